"""Spelling (TC410), pinyin recognition, the lexicon and real-word confusions (TC411-TC421)."""
import json
from pathlib import Path

import pytest

from termcheck.engine import Engine, data_dir
from termcheck.lang.lexicon import Lexicon, lexicon
from termcheck.lang.pinyin import is_pinyin_name, is_pinyin_word, segment
from termcheck.model import Document
from termcheck.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent
RULES = {r.id: r for r in load_rules([data_dir("rules")])}
MINE = [r for rid, r in RULES.items() if rid.startswith(("TC41", "TC42", "TC22"))]


def run(ids, text, glossary=None):
    rules = [RULES[i] for i in ids]
    return Engine(rules, glossary).check(Document.from_text(text))


# ---------------------------------------------------------------- pinyin

@pytest.mark.parametrize("name", ["Xinlong", "Wangcang", "Liangshan", "Guang'an", "Guang’an", "Dege",
                                  "Zhejiang", "Heilongjiang", "Xishuangbanna", "Qinba", "Wumeng", "Xi'an"])
def test_pinyin_names_are_recognised(name):
    assert is_pinyin_name(name)


@pytest.mark.parametrize("word", ["Kashin", "Goverment", "Mexico", "Dean", "Lhasa", "Urumqi", "XINLONG", "xinlong"])
def test_non_pinyin_or_not_a_name(word):
    assert not is_pinyin_name(word)


def test_vowel_initial_syllable_needs_an_apostrophe():
    assert segment("Xi'an") == ("xi", "an")
    assert segment("Xian") == ("xian",)
    assert segment("Dean") is None  # de + an would need "De'an"


def test_lowercase_pinyin_loanwords_need_two_syllables():
    assert is_pinyin_word("hukou") and is_pinyin_word("dibao")
    assert not is_pinyin_word("fo")  # a typo of "of" is not excused as pinyin
    assert is_pinyin_word("xiang") and is_pinyin_word("shui") and not is_pinyin_word("jin")


# ---------------------------------------------------------------- lexicon

def test_lexicon_loads_once_and_is_large():
    assert lexicon() is lexicon()
    assert len(lexicon().counts) > 100_000


@pytest.mark.parametrize("word", ["government", "colour", "organisation", "programme", "centres", "defence",
                                  "labour", "modelling", "judgement", "reemployment", "nonagricultural"])
def test_known_words_including_british_and_affixed(word):
    assert lexicon().known(word)


@pytest.mark.parametrize("word", ["goverment", "recieve", "alleviaton", "developement"])
def test_typos_are_unknown_and_get_suggestions(word):
    lex = lexicon()
    assert not lex.known(word)
    assert lex.suggest(word)[0][1] == 1


def test_suggestions_rank_distance_then_frequency():
    lex = Lexicon({"tackling": 500, "tacking": 100, "talking": 9000, "stacking": 60})
    got = [w for w, _ in lex.suggest("tacklng", 3)]
    assert got[:2] == ["tackling", "tacking"]  # both one edit away: the more frequent first
    assert got[-1] == "talking"  # distance 2 comes after every distance-1 word, however frequent


# ---------------------------------------------------------------- the spelling rule

def test_typos_caught_and_names_silent():
    text = ("The goverment of Xinlong County and Wangcang County met in Guang'an City. "
            "Liangshan Prefecture and Dege County recieve funds, etc.")
    found = run(["TC410"], text)
    assert [(f.text, f.suggestions[0]) for f in found] == [("goverment", "government"), ("recieve", "receive")]


def test_glossary_words_are_accepted():
    class G:
        def words(self):
            return {"zorblat"}

        def acronyms(self):
            return {"SPBPRR"}

    assert [f.text for f in run(["TC410"], "The zorblat model; the goverment agreed.")] == ["zorblat", "goverment"]
    assert [f.text for f in run(["TC410"], "The zorblat model; the goverment agreed.", G())] == ["goverment"]
    # lower-case pinyin loanwords of two or more syllables need no glossary
    assert run(["TC410"], "A moderately prosperous xiaokang society and the dibao system.") == []


def test_glossary_without_helpers_does_not_break_spelling():
    assert [f.text for f in run(["TC410"], "The goverment met.", object())] == ["goverment"]


def test_repeated_checks_give_the_same_findings():
    text = "The goverment met. " * 50
    a = run(["TC410"], text)
    b = run(["TC410"], text)
    assert len(a) == 50 and [(f.start, f.end) for f in a] == [(f.start, f.end) for f in b]


def test_hyphen_parts_and_code_like_tokens():
    found = run(["TC410"], "A well-orgnized pre-existing plan, see https://example.org/abcdefg and 12th item.")
    assert [f.text for f in found] == ["orgnized"]


# ---------------------------------------------------------------- confusions

def test_counties_in_international_context_only():
    text = ("In July it held two seminars on the Theory and Practice for Development of Asian Counties "
            "participated by more than 60 senior officials from 55 counties, exchanged experience with the participants. "
            "It built 40 projects in 32 counties of Qinba Mountain area and 8 counties in Wumeng Mountain area.")
    found = run(["TC411"], text)
    assert [(f.text, f.suggestions[0]) for f in found] == [("Counties", "Countries"), ("counties", "countries")]


def test_cue_words_are_general_not_sentence_specific():
    assert [f.text for f in run(["TC411"], "Delegates from Latin American counties visited Chengdu.")] == ["counties"]
    assert [f.text for f in run(["TC411"], "A foreign delegation met officials from 14 counties at the seminar.")] == ["counties"]
    assert run(["TC411"], "Officials from 30 counties attended the provincial seminar.") == []


def test_tacking_and_immigration():
    assert [f.suggestions[0] for f in run(["TC420"], "It implemented the key problem tacking for poverty reduction.")] == ["tackling"]
    assert run(["TC420"], "The boat was tacking into the wind.") == []
    assert [f.text for f in run(["TC421"], "It integrated poverty relief and immigration cadres.")] == ["immigration"]
    assert run(["TC421"], "The immigration office checked the visas of foreign visitors.") == []


# ---------------------------------------------------------------- precision and the seed

@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "fixtures" / "clean").glob("*.txt")), ids=lambda p: p.name)
def test_clean_fixtures_stay_silent(path):
    text = path.read_text(encoding="utf-8")
    found = Engine(MINE, None).check(Document.from_text(text, str(path)))
    assert [(f.rule, f.text) for f in found] == []


def test_seed_errors_of_these_rules():
    seed = ROOT / "seeds" / "000_650a57b38a898bbd.txt"
    gold = [json.loads(line) for line in (ROOT / "seeds" / "000_650a57b38a898bbd.gold.jsonl").open(encoding="utf-8")]
    text = seed.read_text(encoding="utf-8")
    found = Engine(MINE, None).check(Document.from_text(text, str(seed)))
    wanted = {"tacking", "Asian Counties", "55 counties", "Provincial Leading Group of Poverty Alleviation and Development",
              "Sichuan TV", "Poverty Alleviation and Immigration", "immigration cadres"}
    spans = [(g["start"], g["end"]) for g in gold if g["quote"] in wanted]
    assert len(spans) == len(wanted)
    for a, b in spans:
        assert any(f.start < b and a < f.end for f in found), text[a:b]
    for f in found:  # and nothing else
        assert any(f.start < b and a < f.end for a, b in spans), (f.rule, f.text)


# ---------------------------------------------------------------- rule data errors

def _confusion_rule(cues):
    from termcheck.ruleset import build_rule

    raw = {"id": "TC449", "name": "spelling/test", "kind": "confusion", "category": "spelling",
           "severity": "warning", "message": "m", "params": {"replace": {"form": "from"}, "cues": cues},
           "doc": {"what": "w"}, "examples": {"bad": ["[[form]] 2011"], "good": ["form"]}}
    return build_rule(raw, "test.yml", 3)


def test_confusion_cue_errors_name_file_line_and_rule():
    from termcheck.errors import RuleLoadError

    with pytest.raises(RuleLoadError) as e:
        _confusion_rule([{"weight": 1, "before": "x", "after": "y"}])
    assert "test.yml" in str(e.value) and "TC449" in str(e.value) and "\n" not in str(e.value)
    with pytest.raises(RuleLoadError):
        _confusion_rule([{"weight": 1, "before": "(unclosed"}])
    assert _confusion_rule([{"weight": 3, "after": r"\d"}]).params.compiled is not None


def test_house_words_through_config_params():
    from termcheck.config import Config

    cfg = Config(params={"TC410": {"accept": ["zorblat", "etc"]}}, default_glossary=False, select=["TC410"])
    engine = Engine.from_config(cfg)
    found = engine.check(Document.from_text("The zorblat and the goverment, etc."), cfg)
    assert [f.text for f in found] == ["goverment"]
