"""The matcher: one automaton, case-insensitive, whole words, leftmost-longest, inflection,
possessives, hyphen/space variants, exact offsets; Chinese source matching."""
import pytest

from termcheck.glossary import load_glossaries

TSV = """zh\ten\tstatus
重点县\tkey county\tpreferred
国家扶贫开发工作重点县\tkey county for poverty alleviation and development\tpreferred
整村推进\twhole-village advancement\tpreferred
整村推进\tentire village advancement\tadmitted
贫困地区\tpoverty-stricken areas\tpreferred
村\tvillage\tpreferred
元\tyuan\tpreferred
元\tYuan\tsuperseded
办\tLeading Group Office (LGOP)\tpreferred
移民\tresettlement\tpreferred
移民\timmigration\tdeprecated
"""


@pytest.fixture(scope="module")
def g(tmp_path_factory):
    import os

    os.environ["TERMCHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    return load_glossaries([], [("m.tsv", TSV)])


def spans(g, text):
    return [(text[m.start:m.end], m.term.text, m.form, m.possessive) for m in g.match(text)]


def test_offsets_are_exact_and_case_is_kept(g):
    text = "In Liangshan, KEY COUNTY and Key Counties\nwere named."
    for m in g.match(text):
        assert text[m.start:m.end] == m.text
    assert spans(g, text) == [("KEY COUNTY", "key county", "", ""), ("Key Counties", "key county", "plural", "")]


def test_plural_and_singular_heads(g):
    assert spans(g, "two key counties")[0][2] == "plural"
    assert spans(g, "a poverty-stricken area")[0][:3] == ("poverty-stricken area", "poverty-stricken areas", "singular")
    assert spans(g, "villages and village")[0][1:3] == ("village", "plural")


def test_head_before_preposition_is_inflected(g):
    m = spans(g, "the key counties for poverty alleviation and development")
    assert m == [("key counties for poverty alleviation and development",
                  "key county for poverty alleviation and development", "plural", "")]


def test_possessives(g):
    assert spans(g, "the key county's plan")[0] == ("key county's", "key county", "", "'s")
    assert spans(g, "the key county’s plan")[0][3] == "’s"
    assert spans(g, "the key counties’ plans")[0] == ("key counties’", "key county", "plural", "’")


def test_hyphen_and_space_variants(g):
    assert spans(g, "whole village advancement")[0][1] == "whole-village advancement"
    assert spans(g, "Entire-Village Advancement")[0][1] == "entire village advancement"
    assert spans(g, "poverty stricken areas")[0][1] == "poverty-stricken areas"


def test_word_boundaries(g):
    assert g.match("subvillage villager villages-based multivillage") == []
    assert spans(g, "(village)")[0][0] == "village"


def test_longest_match_wins_and_matches_do_not_overlap(g):
    text = "key county for poverty alleviation and development key county"
    ms = g.match(text)
    assert [m.term.text for m in ms] == ["key county for poverty alleviation and development", "key county"]
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))


def test_forms_differing_only_in_case_are_case_sensitive(g):
    assert [(m.text, m.term.status) for m in g.match("20 yuan and 30 Yuan")] == [("yuan", "preferred"), ("Yuan", "superseded")]


def test_acronyms_are_case_sensitive(g):
    assert [m.text for m in g.match("LGOP met; lgop did not")] == ["LGOP"]
    assert g.acronyms() == {"LGOP"}
    assert "advancement" in g.words() and "lgop" in g.words()


def test_match_source(g):
    text = "四川国家扶贫开发工作重点县和整村推进"
    ms = g.match_source(text)
    assert [(m.text, text[m.start:m.end]) for m in ms] == [("国家扶贫开发工作重点县", "国家扶贫开发工作重点县"), ("整村推进", "整村推进")]
    assert ms[0].concept.preferred_en.text == "key county for poverty alleviation and development"


def test_lookup(g):
    assert [c.zh[0].text for c in g.lookup("移民")] == ["移民"]
    assert g.lookup("VILLAGE ADV")[0].zh[0].text == "整村推进"


def test_later_glossary_wins(tmp_path):
    over = "zh\ten\tstatus\n移民\timmigration\tadmitted\n"
    g2 = load_glossaries([], [("m.tsv", TSV), ("over.tsv", over)])
    assert [m.term.status for m in g2.match("immigration")] == ["admitted"]


def test_near_miss_candidates(g):
    from termcheck.glossary.nearmiss import candidates

    text = "the whole village advancment went on"
    (c,) = list(candidates(g, text, min_tokens=3))
    assert text[c[0]:c[1]] == "advancment" and c[6] == "advancement"
    assert list(candidates(g, "the whole village advancement went on")) == []
