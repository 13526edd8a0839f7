"""TC224 consistency/name-synonym on sentences written for these tests: one body or programme
named with institutional synonyms is reported, the same name twice, different bodies (place,
level, number, head), a body beside its Leading Group and names listed together stay silent."""
import pytest

from termcheck.engine import data_dir
from termcheck.examples import run_example
from termcheck.kinds import name_synonyms
from termcheck.ruleset import load_rules

RULE = next(r for r in load_rules([data_dir("rules") / "consistency.yml"]) if r.id == "TC224")


def found(text):
    return [(f.text, f.suggestions[0]) for f in run_example(RULE, text)]


@pytest.mark.parametrize("text,slip,model", [
    # a project called a programme once, with a plural changed too
    ("The Upland Sustainable Livelihoods Project began in 2015. The Upland Sustainable Livelihoods Project "
     "trained 800 herders. By 2018 the Upland Sustainable Livelihood Programme covered four townships.",
     "Upland Sustainable Livelihood Programme", "Upland Sustainable Livelihoods Project"),
    # a plan with its connector dropped
    ("Students joined the Sunrise and Harvest Program in May. Graduates of the Sunrise Harvest Plan found jobs.",
     "Sunrise Harvest Plan", "Sunrise and Harvest Program"),
    # word order and Bureau/Department at once
    ("The Health Bureau of Maple County sent doctors. The Maple County Health Department paid them.",
     "Maple County Health Department", "Health Bureau of Maple County"),
    # a relief office without "and Development"; the glossary's swaps make Reduction a Relief word
    ("The Qinghe Poverty Alleviation and Development Office met twice. The Qinghe Poverty Alleviation and "
     "Development Office reported. The Qinghe Poverty Reduction Office replied.",
     "Qinghe Poverty Reduction Office", "Qinghe Poverty Alleviation and Development Office"),
    # a national qualifier changed
    ("The State Grain Administration bought wheat. In 2017 the National Grain Bureau sold it.",
     "National Grain Bureau", "State Grain Administration"),
    # a leading team / leading group
    ("The Township Leading Group for Road Building met. The Township Road Building Leading Team approved it.",
     "Township Road Building Leading Team", "Township Leading Group for Road Building"),
    # a numbered slogan with its head changed; the slogan's uses inside a longer slogan count
    ("It met the One Standard and Two Checks. The Two Checks were done in May. In June the Two Reviews ended.",
     "Two Reviews", "Two Checks"),
    # a two-part slogan with one part's head changed
    ("Teams checked the One Roof and Two Wells. The One Roof and Two Wells were built. "
     "The One Roof and Two Springs were finished in 2019.",
     "One Roof and Two Springs", "One Roof and Two Wells"),
    # a word of the name put in the singular, nothing else changed
    ("The Upland Sustainable Livelihoods Project began. The Upland Sustainable Livelihoods Project trained "
     "herders. The Upland Sustainable Livelihood Project ended in 2019.",
     "Upland Sustainable Livelihood Project", "Upland Sustainable Livelihoods Project"),
    # a slogan the glossary names is established at its first use
    ("Every household achieved the Two No-Worries and Three Guarantees in 2019. "
     "Doctors explained the Three Packages to them.",
     "Three Packages", "Three Guarantees"),
    # a reordered name inside a list, which the name-order rule does not see
    ("The Provincial Department of Water Resources and the County Forestry Bureau met. "
     "The Provincial Water Resources Department paid.",
     "Provincial Water Resources Department", "Provincial Department of Water Resources"),
])
def test_slip_reported_with_model(text, slip, model):
    assert found(text) == [(slip, model)]


@pytest.mark.parametrize("text", [
    # the same names, written the same way or only reordered (TC220's)
    "The Upland Sustainable Livelihoods Project began. The Upland Sustainable Livelihoods Project ended.",
    "The Health Bureau of Maple County sent doctors. The Maple County Health Bureau paid them.",
    # another place, another level, another number, another head
    "The Maple County Health Bureau sent doctors. The Birch County Health Department paid them.",
    "The Provincial Health Bureau sent doctors. The County Health Department paid them.",
    "The Second Irrigation Project began. The Third Irrigation Programme followed.",
    "The Maple Development Office planned it. The Maple Development Bank paid for it.",
    "The Maple Party Committee met. The Maple Commission replied.",
    # an office and its leading group; an office of a leading group
    "The Qinghe Poverty Alleviation Leading Group met. The Qinghe Poverty Alleviation Office replied.",
    "The Road Building Leading Group met. The Road Building Leading Group Office replied.",
    # two banks that differ in "Development" without "and"
    "The Farmers Bank of Maple lent in May. The Farmers Development Bank of Maple lent in June.",
    # listed together in one sentence
    "The Maple Health Bureau and the Maple Health Department of the prefecture signed.",
    # "and" inside a name: its second half is no name of its own
    "The Provincial Development and Reform Commission planned it. The National Development and Reform "
    "Commission approved it. The County Development and Reform Bureau carried it out.",
    # a list of bodies of different levels, and names listed with "and the"
    "The Provincial Department of Water Resources and the County Water Resources Bureau met. "
    "The Provincial Department of Water Resources paid.",
    # a plural head names many bodies or things, not the one body
    "The Maple Poverty Alleviation Plan was drafted. Maple Poverty Alleviation Projects were built in 40 villages.",
    # "Five-Year" is no numbered slogan
    "The Five-Year Plan ended. The Five-Year Plan was reviewed. Before the Five-Year Period began, we met.",
    # a connector inside a hyphenated word
    "The Maple Mother-and-Child Health Centre opened. The Maple Mother-and-Child Health Centre grew.",
    # a short reference
    "The National Grain Bureau bought wheat. The Bureau sold it in June.",
    # numbered slogans: both used twice, different numbers, or the changed form a glossary term
    "The Two Checks came first. The Two Checks ended. The Two Reviews began. The Two Reviews ended.",
    "The Two Checks came first. The Two Checks ended. The Three Reviews began.",
    "Cadres keep the Four Loyalties. The Four Loyalties guide them, and so do the Four Duties.",
    "Families met the Three Guarantees. The Three Guarantees were checked. The Two Centenary Goals guide us.",
])
def test_silent(text):
    assert found(text) == []


def test_synonym_file_entries_and_glossary_extension():
    syn = name_synonyms._read("name-synonyms.txt")
    assert syn.classes["bureau"] == syn.classes["department"] == syn.classes["office"]
    assert syn.classes["bureau"] != syn.classes["programme"]
    assert "development" in syn.optional and "double" in syn.numerals
    assert "committee" not in syn.classes and "bank" not in syn.classes


def test_bad_synonym_file_is_one_line(tmp_path):
    bad = tmp_path / "syn.txt"
    bad.write_text("class office office bureau\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"syn\.txt:1: expected"):
        name_synonyms._read(str(bad))


def test_cli_bad_synonym_file_exit_2(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    (tmp_path / "syn.txt").write_text("leading national\n", encoding="utf-8")
    (tmp_path / "termcheck.toml").write_text(
        f'[params.TC224]\nsynonyms_file = "{(tmp_path / "syn.txt").as_posix()}"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("The Maple Health Bureau met.\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "termcheck", "check", "--config", str(tmp_path / "termcheck.toml"),
                        str(tmp_path / "a.txt")], cwd=root, capture_output=True, text=True)
    assert r.returncode == 2
    assert "syn.txt:1: expected" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_a_places_level_word_may_be_left_out_with_a_synonym_swapped():
    a = "Xiyang County Poverty Alleviation and Development Office"
    text = f"The {a} set targets in May. The {a} checked them in June. Later the Xiyang Poverty Relief Bureau audited them."
    assert found(text) == [("Xiyang Poverty Relief Bureau", a)]


@pytest.mark.parametrize("text", [
    # only the level word left out: a short form
    "The Xiyang County Poverty Alleviation Office met in May. The Xiyang Poverty Alleviation Office met in June.",
    # two levels: two places
    "The Xiyang City Education Bureau met in May. The Xiyang County Education Department met in June.",
    "Funds went to Mianyang City in May and to Mianyang County in June.",
])
def test_level_words_silent(text):
    assert found(text) == []
