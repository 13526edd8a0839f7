"""Generated terminology variants (tools/build_glossary.py add_head_variants: a deprecated rendering
with a synonymous head noun; tools/literal_glosses.py prefix_calques: the leading morpheme pair
calqued before an approved rendering) and the fix taken from the document's own rendering."""
import sys

import pytest

from conftest import ROOT
from termcheck.engine import Engine, data_dir
from termcheck.glossary import load_glossaries
from termcheck.glossary.model import Concept, Term
from termcheck.model import Document
from termcheck.ruleset import load_rules

sys.path.insert(0, str(ROOT / "tools"))
import build_glossary as bg  # noqa: E402
import literal_glosses as lg  # noqa: E402

RULES = {r.id: r for r in load_rules([data_dir("rules") / "terminology.yml"])}
CLASSES = [["area", "region", "zone"], ["program", "programme", "project", "scheme"]]


def concept(cid, zh, *en):
    return Concept(cid, [Term(zh, "zh", "preferred")] + [Term(t, "en", s) for t, s in en])


def test_head_variants_keep_number_and_leave_names_alone():
    assert bg.head_variants("dry hill areas", CLASSES) == ["dry hill regions", "dry hill zones"]
    assert bg.head_variants("grain-for-cash project", CLASSES) == [
        "grain-for-cash program", "grain-for-cash programme", "grain-for-cash scheme"]
    assert bg.head_variants("Dry Hill Areas", CLASSES) == []        # a name: its head may be the error
    assert bg.head_variants("areas", CLASSES) == []                 # one word
    assert bg.head_variants("dry hill villages", CLASSES) == []     # head in no class
    assert bg.head_variants("dry hill areas of the north", CLASSES) == []  # head not last


def test_head_variants_are_deprecated_unless_some_concept_uses_them():
    cs = [concept("a", "旱山区", ("arid mountain areas", "preferred"), ("dry hill areas", "deprecated")),
          concept("b", "旱区", ("dry hill regions", "preferred"))]
    bg.add_head_variants(cs, CLASSES)
    got = {t.text: t.status for t in cs[0].en}
    assert got["dry hill zones"] == "deprecated"
    assert "dry hill regions" not in got  # another concept's approved rendering: not a slip
    assert "head-synonyms" in cs[0].note and "dry hill zones" in cs[0].note
    # approved renderings get no variants
    assert [t.text for t in cs[1].en] == ["dry hill regions"]


DIC = {"易": ["surname Yi", "easy", "amiable", "to change"], "地": ["earth", "ground", "field", "place"],
       "搬迁": ["to relocate"], "扶贫": ["poverty alleviation"], "整": ["whole"], "村": ["village"],
       "推进": ["to advance"], "扶持": ["to support"]}


def test_prefix_calques_of_a_morpheme_pair():
    cs = [concept("a", "易地搬迁", ("relocation from inhospitable areas", "preferred"), ("relocation", "admitted")),
          concept("b", "整村推进", ("village-based development", "preferred")),
          concept("c", "易地扶持", ("Inland Support Plan", "preferred"))]  # a name: not glossed
    out = lg.prefix_calques(cs, DIC, {"whole village"})
    gl, pair = out["a"]
    assert pair == ["易地"]
    assert "easy-place relocation" in gl and "easy-earth relocation from inhospitable areas" in gl
    assert "change-place relocation" not in gl  # the senses' ranks add up past MAX_PREFIX_RANK
    assert "b" not in out  # "whole village" is ordinary English
    assert "c" not in out
    # a pair the dictionary lists as a word has its own gloss: no morpheme calque
    assert lg.prefix_calques(cs[:1], dict(DIC, 易地=["to relocate"]), set()) == {}
    # a calque that is an English term of a concept is not a slip
    cs[0].terms.append(Term("easy-place relocation", "en", "admitted"))
    assert "easy-place relocation" not in lg.prefix_calques(cs, DIC, set())["a"][0]


@pytest.fixture(scope="module")
def shipped():
    return load_glossaries([data_dir("glossary")])


def run(rid, text, g):
    return [(f.text, f.suggestions) for f in Engine([RULES[rid]], g).check(Document.from_text(text))]


def test_tc102_head_synonym_of_a_deprecated_rendering(shipped):
    got = run("TC102", "Clinics opened in the concentrated contiguous special hardship zones.", shipped)
    assert got == [("concentrated contiguous special hardship zones",
                    ("contiguous poor areas with special difficulties",))]
    for text in ("Clinics opened in the contiguous poor areas with special difficulties.",
                 "Hardship regions and special zones were listed apart.",
                 "The Special Hardship Regions Fund paid for the clinics."):
        assert run("TC102", text, shipped) == [], text


def test_tc106_morpheme_calque_before_an_approved_rendering(shipped):
    got = run("TC106", "In 2018 Easy-place relocation for poverty alleviation reached the hills.", shipped)
    assert [t for t, _ in got] == ["Easy-place relocation for poverty alleviation"]
    # the fix drops the calqued word: the approved rendering it was put before, then the preferred term
    assert got[0][1] == ("Relocation for poverty alleviation", "Relocation of poor people from inhospitable areas")
    for text in ("In 2018 relocation for poverty alleviation reached the hills.",
                 "The plain was an easy place to live; relocation followed.",
                 "An easy-going place, the township welcomed relocation."):
        assert run("TC106", text, shipped) == [], text


def test_the_fix_is_the_documents_own_rendering_first(shipped):
    text = ("Contiguous destitute areas got new roads. Most contiguous destitute areas also got clinics, "
            "and the concentrated contiguous special hardship areas got schools.")
    (found, sugg), = run("TC102", text, shipped)
    assert found == "concentrated contiguous special hardship areas"
    assert sugg == ("contiguous destitute areas", "contiguous poor areas with special difficulties")
    # without an approved rendering in the document, the preferred term alone
    (_, sugg), = run("TC102", "The concentrated contiguous special hardship areas got schools.", shipped)
    assert sugg == ("contiguous poor areas with special difficulties",)
    # a calque's fix: the rendering the document uses
    text = "Relocation for poverty alleviation began. Easy-place relocation for poverty alleviation ended."
    (_, sugg), = run("TC106", text, shipped)
    assert sugg[0] == "Relocation for poverty alleviation"
