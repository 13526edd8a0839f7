"""Punctuation (TC5xx), acronyms (TC101) and case consistency (TC201) on sentences written for
these tests: each slip is caught and its correct counterpart stays silent."""
import pytest

from conftest import ROOT
from termcheck.engine import Engine
from termcheck.errors import RuleLoadError
from termcheck.glossary import load_glossaries
from termcheck.model import Document
from termcheck.ruleset import load_rules

RULES = {r.id: r for r in load_rules([ROOT / "rules" / "punctuation.yml", ROOT / "rules" / "style.yml"])}


def run(rule_id, text, glossary=None):
    g = load_glossaries([], [("t.tsv", glossary)]) if glossary else None
    return [(f.text, f.suggestions[0] if f.suggestions else None)
            for f in Engine([RULES[rule_id]], g).check(Document.from_text(text))]


# ---------------------------------------------------------------- quotes and brackets

def test_mixed_quote_reported_at_the_end_the_document_does_not_use():
    straight = 'The "Bright Lamp" fund and the "Warm Home" plan backed the "Safe Bridge” drive.'
    assert run("TC501", straight) == [("”", '"')]
    curly = 'The “Bright Lamp” fund and the “Warm Home” plan backed the "Safe Bridge” drive.'
    assert run("TC501", curly) == [('"', "“")]
    assert run("TC501", 'The “Bright Lamp” fund and the "Warm Home" plan were merged.') == []


def test_unclosed_bracket_spans_its_clause_and_a_quote_its_sentence():
    assert run("TC502", "The grant (Ban Fa [2019] No. 7, which covers nine towns, was paid.") == \
        [("(Ban Fa [2019] No. 7", None)]
    assert run("TC502", 'Under the slogan "plant trees, keep water and earn more, the hills turned green. Then it rained.') == \
        [('"plant trees, keep water and earn more, the hills turned green', None)]
    assert run("TC502", "The grant (Ban Fa [2019] No. 7), which covers nine towns, was paid.") == []
    # a bracket left open inside another pair must close before that pair does
    assert run("TC502", "The grant (Ban Fa [2019 No. 7) went to nine towns, and it was paid.") == [("[2019 No. 7", None)]


def test_pairs_across_hard_wrapped_lines_and_named_quote_marks():
    wrapped = "The grant went to nine towns (and the farms\naround them) in the hills.\n"
    assert run("TC502", wrapped) == []
    # a line ending a sentence ends the paragraph: the bracket left open there is reported
    assert [t for t, _ in run("TC502", "The grant went to nine towns (and farms.\nThe hills) were dry.")] == \
        ["(and farms", ")"]
    assert run("TC502", 'A title opens with a straight quote (") or a curly one (“).') == []


# ---------------------------------------------------------------- new punctuation rules

def test_doubled_full_stop_but_not_an_ellipsis():
    assert run("TC508", "The clinic opened in April.. The school followed.") == [("..", ".")]
    assert run("TC508", "The clinic opened in April... The school followed.") == []
    assert run("TC508", "The clinic opened in April . . . and then the school.") == []


def test_space_inside_a_possessive():
    assert run("TC509", "The village’ s well was dug in May.") == [("’ s", "’s")]
    assert run("TC509", "The village’s well and the villagers’ shop opened.") == []


DASH_DOC = "The well-known, low-cost and family-run inns joined a {} route."


def test_em_dash_between_words_where_the_document_hyphenates():
    assert run("TC510", DASH_DOC.format("hill—walking")) == [("hill—walking", "hill-walking")]
    # the document uses em dashes as punctuation elsewhere: house style, silent
    assert run("TC510", DASH_DOC.format("hill—walking") + " It was busy — very busy.") == []
    # a pair of dashes frames an aside
    assert run("TC510", "The inns—well-known, low-cost, family-run—stayed open.") == []
    # no hyphenated compounds to compare with
    assert run("TC510", "The inns joined a hill—walking route.") == []


def test_paragraph_without_full_stop():
    text = "The county paved 12 km of road. It opened two clinics. Each clinic has a [[doctor\n\nThe next year began."
    assert run("TC511", text.replace("[[", "")) == [("doctor", "doctor.")]
    # headings, numbered headings, a paragraph ending in a colon and the last line of a list stay silent
    assert run("TC511", "2. Roads and clinics\n\nThe county paved 12 km of road.\n\nThe tasks were:\n\nroads; clinics") == []
    # bulleted list items
    assert run("TC511", "- The county paved 12 km of road. It opened two clinics\n- It trained 40 nurses") == []
    # captions
    assert run("TC511", "Figure 3. Poor households by county, 2015-2019\n\nTable 2: Funds by source and year") == []
    # an aside in brackets after the last full stop
    assert run("TC511", "The county paved 12 km of road. It opened two clinics. (Figures from the county office)") == []
    # a paragraph hard-wrapped into lines: only its last short line is seen, and it is not reported
    assert run("TC511", "The county paved 12 km of road and it opened two\nclinics in the hills") == []


# ---------------------------------------------------------------- acronyms

def test_labels_and_datelines_are_not_acronyms():
    assert run("TC101", "NOTE: the county plans are provisional.\nREMARK: see the annex.") == []
    assert run("TC101", "KUNMING, June 9 (Xinhua) -- The city opened a school.") == []
    # the same words inside a sentence are acronyms
    assert [t for t, _ in run("TC101", "The plan went to KUNMING and the county.")] == ["KUNMING"]


def test_known_acronyms_come_from_the_data_file():
    listed = {ln.split("#")[0].strip() for ln in (ROOT / "rules" / "known-acronyms.txt").read_text().splitlines()} - {""}
    assert {"UN", "NGO", "GDP", "WTO"} <= listed
    assert run("TC101", "The UN and two NGOs said GDP rose after the WTO talks.") == []
    assert [t for t, _ in run("TC101", "The plan went to the XQZ in May.")] == ["XQZ"]


def test_glossary_acronyms_with_and_without_a_long_form():
    gl = "zh\ten\n水利局\tWater Works Bureau (WWB)\n人民币\tRMB\n"
    assert run("TC101", "Funds went to WWB and cost 30 RMB a day.", gl) == [("WWB", "the Water Works Bureau (WWB)")]
    assert run("TC101", "The WWB paid 30 RMB a day.", gl) == [("WWB", "Water Works Bureau (WWB)")]
    assert run("TC101", "The Water Works Bureau (WWB) paid 30 RMB a day. The WWB is busy.", gl) == []


def test_expansion_in_full_width_brackets_counts():
    # the brackets are TC503's slip; the acronym is expanded all the same
    assert run("TC101", "Village savings groups（VSGs）lent money. The VSGs grew.") == []


def test_missing_known_file_is_a_one_line_load_error(tmp_path):
    pack = tmp_path / "r.yml"
    pack.write_text((ROOT / "rules" / "style.yml").read_text(encoding="utf-8").replace(
        "known_file: known-acronyms.txt", "known_file: no-such-list.txt"), encoding="utf-8")
    with pytest.raises(RuleLoadError) as e:
        load_rules([pack])
    assert "no-such-list.txt" in str(e.value) and "\n" not in str(e.value)


# ---------------------------------------------------------------- case consistency

def test_case_slip_still_reported():
    assert run("TC201", "In mid-May the survey began. From early April to Mid-May, teams visited farms.") == \
        [("Mid-May", "mid-May")]


@pytest.mark.parametrize("text", [
    # a numbered label at a line start: the next word begins the sentence
    "Section 14 Housing and water. The county will build housing.\nSection 15 Water. Clean water reaches every town.",
    "(3) Training for jobs. The county expands training in every town.",
    # a heading line
    "Work on Housing in 2019\n\nThe county built housing.",
    # titles in quotes of any style, nested or mixed
    'It printed the "Notes on the “Clean Well” drive and the Pledge to share water" and a pledge to share water.',
    "It printed the ‘Notes on the Pledge to share water’ and a pledge to share water.",
    'It printed the "Notes on the “Clean Well” drive and the Pledge to share water” and a pledge to share water.',
    # a list of capitalised words
    "The fields are Town, Village, Household and Person; each town and village is listed.",
    # a sentence after masked Markdown emphasis
    "A village is listed.\u2060\u2060 Village heads sign it.",
    # the capital is the document's majority form: house style
    "A family got 2,000 Yuan, a school 9,000 Yuan and a clinic 4,000 Yuan; 300 yuan went to roads.",
])
def test_case_consistency_silent(text):
    assert run("TC201", text) == []


# ---------------------------------------------------------------- redundant phrases

def test_redundant_phrases_in_every_listed_form():
    assert run("TC903", "The herders returned back home and the teams reduced down the costs.") == \
        [("returned back", "returned"), ("reduced down", "reduced")]
    assert run("TC903", "Returning back, they found the past history of the town.") == \
        [("Returning back", "Returning"), ("past history", "history")]
    assert run("TC903", "The herders went back home; the back roads and the return trip were long.") == []
    # a letter whose lower case is longer ("İ") shifts offsets: the pattern search takes over
    assert run("TC903", "İlham's team returned back home.") == [("returned back", "returned")]


def test_redundant_phrase_list_errors_name_the_line(tmp_path):
    bad = tmp_path / "phrases.txt"
    bad.write_text("# note\nreturn back\n", encoding="utf-8")
    pack = tmp_path / "r.yml"
    pack.write_text((ROOT / "rules" / "style.yml").read_text(encoding="utf-8").replace(
        "list_file: redundant-phrases.txt", f"list_file: {bad}"), encoding="utf-8")
    with pytest.raises(RuleLoadError) as e:
        load_rules([pack])
    assert "phrases.txt:2" in str(e.value)


# ---------------------------------------------------------------- enumerations and definitions

def test_each_enumeration_series_is_judged_alone():
    mixed = "First, map the wells. Secondly, fix them. Thirdly, test the water."
    assert run("TC902", mixed) == [("First", "Firstly")]
    two_lists = "First, map the wells. Second, fix them. Third, test. Firstly, pay. Secondly, audit. Thirdly, report."
    assert run("TC902", two_lists) == []


def test_acronym_defined_by_hereinafter():
    assert run("TC101", "The County Road Office (hereinafter referred to as the CRO) met. The CRO agreed.") == []
    assert [t for t, _ in run("TC101", "The office met. The CRO agreed.")] == ["CRO"]


# ---------------------------------------------------------------- corrected text stays silent

@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "corpus" / "clean").glob("*.txt")), ids=lambda p: p.name)
def test_silent_on_the_corrected_corpus_documents(path):
    """The clean twins of the development corpus: every finding of these rules there is a false alarm."""
    from termcheck.engine import data_dir

    glossary = load_glossaries([data_dir("glossary")])
    found = Engine(list(RULES.values()), glossary).check(Document.from_text(path.read_text(encoding="utf-8"), str(path)))
    assert [(f.rule, f.text) for f in found] == []
