"""The terminology kinds on small inline glossaries: fixes keep number, case and possessive;
consistency counts renderings; near-misses are blocked; nothing without a glossary."""
import pytest

from termcheck.engine import Engine, data_dir
from termcheck.glossary import load_glossaries
from termcheck.model import Document
from termcheck.ruleset import load_rules

RULES = {r.id: r for r in load_rules([data_dir("rules") / "terminology.yml"])}
TSV = """zh\ten\tstatus
移民干部\tresettlement cadre\tpreferred
移民干部\timmigration cadre\tdeprecated
重点县\tkey county\tpreferred
重点县\tkey working county\tdeprecated
两不愁三保障\tTwo Assurances and Three Guarantees\tpreferred
两不愁三保障\ttwo no-worries and three guarantees|no worries about food and clothing and three guarantees\tadmitted
攻坚\tbattle against poverty\tpreferred
攻坚\tkey problem tackling|key problem tackling for poverty reduction\tadmitted
"""


@pytest.fixture(scope="module")
def g(tmp_path_factory):
    import os

    os.environ["TERMCHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    return load_glossaries([], [("r.tsv", TSV)])


def run(g, rid, text):
    return [(f.text, f.suggestions[0] if f.suggestions else None)
            for f in Engine([RULES[rid]], g).check(Document.from_text(text))]


@pytest.mark.parametrize("text,want", [
    ("the immigration cadres met", ("immigration cadres", "resettlement cadres")),
    ("an immigration cadre met", ("immigration cadre", "resettlement cadre")),
    ("Immigration cadres met", ("Immigration cadres", "Resettlement cadres")),
    ("the Key Working Counties' plans", ("Key Working Counties'", "Key Counties'")),
    ("the key working county's plan", ("key working county's", "key county's")),
])
def test_deprecated_fix_keeps_number_case_and_possessive(g, text, want):
    assert run(g, "TC102", text) == [want]


def test_no_glossary_no_findings():
    for rid in ("TC102", "TC103", "TC104", "TC203"):
        assert Engine([RULES[rid]], None).check(Document.from_text("immigration cadres; key problem tacking")) == []


def test_consistency_majority_tie_and_nesting(g):
    a, b = "two no-worries and three guarantees", "no worries about food and clothing and three guarantees"
    assert run(g, "TC203", f"{a}. {a}. {b}.") == [(b, a)]
    assert run(g, "TC203", f"{b}. {a}.") == [(a, b)]  # tie: the first form wins
    # the preferred form wins a tie
    assert run(g, "TC203", f"{a}. Two Assurances and Three Guarantees.") == [(a, "Two Assurances and Three Guarantees")]
    # a rendering nested in another is the same rendering
    assert run(g, "TC203", "key problem tackling; key problem tackling for poverty reduction.") == []


def test_near_miss_reports_the_odd_word(g):
    assert run(g, "TC104", "the key problem tacking for poverty reduction") == [("tacking", "tackling")]
    assert run(g, "TC104", "The Key Problem Tacklng was hard") == [("Tacklng", "Tackling")]
    # plural/singular and exact terms are not slips; neither are sentence breaks
    assert run(g, "TC104", "key problem tackling. Key problems tackling") == []
    assert run(g, "TC104", "key problem. Tacking resumed") == []
