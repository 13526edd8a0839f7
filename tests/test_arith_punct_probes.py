"""Probe sentences of our own for the arithmetic, percentage and punctuation checks, both ways
round: each bad probe must give a finding of its rule over the expected text, each good probe
(correct text near the edges: rounding, "about", other bases, points vs per cent, parts that add
up) must give none of the rules listed."""
import pytest

from termcheck.engine import Engine, data_dir
from termcheck.model import Document
from termcheck.ruleset import load_rules

MINE = {"TC308", "TC321", "TC322", "TC323", "TC320", "TC301", "TC502", "TC512", "TC513"}
RULES = [r for r in load_rules([data_dir("rules")]) if r.id in MINE]
ENGINE = Engine(RULES)


def findings(text):
    return ENGINE.check(Document.from_text(text))


# (rule, text, a piece of text the finding must cover)
BAD = [
    # punctuation
    ("TC512", "The teams checked the wells,, the pumps and the pipes.", ",,"),
    ("TC512", "After the floods,, the county rebuilt 14 bridges.", ",,"),
    ("TC513", "Enrolment was 91% in 2015, 94% in 2017 and 96% in 2018, and 99 % in 2020.", "99 %"),
    ("TC513", "The shares were 12 %, 30 %, 41 % and 17%.", "17%"),
    ("TC502", '"The clinic used to be two hours away, my mother said. "Now the doctor comes to us."',
     "The clinic used to be"),
    ("TC502", '"We had no road until 2015, said Wang Ping. "The trucks stopped at the river."', "We had no road"),
]

# (rules that must stay silent, text)
GOOD = [
    ({"TC512"}, "The teams checked the wells, the pumps and the pipes."),
    ({"TC512"}, "The export wrote 3,,7 for the empty cells."),
    ({"TC513"}, "Enrolment was 91% in 2015, 94% in 2017 and 96% in 2018, and 99% in 2020."),
    ({"TC513"}, "Enrolment was 91 % in 2015, 94 % in 2017 and 96 % in 2018, and 99 % in 2020."),
    ({"TC513"}, "Enrolment rose from 91% to 99 %."),
    ({"TC502"}, '"The clinic used to be two hours away," my mother said. "Now the doctor comes to us."'),
    ({"TC502"}, '"We had no road until 2015," said Wang Ping. "The trucks stopped at the river."'),
    ({"TC502"}, 'She called the plan "a good start" and said "More will follow" at the meeting.'),
]


@pytest.mark.parametrize("rule,text,piece", BAD)
def test_bad_probe_is_found(rule, text, piece):
    got = [f for f in findings(text) if f.rule == rule]
    assert any(piece in f.text or f.text in piece for f in got), (rule, [(f.rule, f.text) for f in findings(text)])


@pytest.mark.parametrize("rules,text", GOOD)
def test_good_probe_is_silent(rules, text):
    assert [(f.rule, f.text) for f in findings(text) if f.rule in rules] == []
