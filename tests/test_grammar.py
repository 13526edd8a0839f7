"""Grammar patterns over word classes (TC701, TC703-TC708) and number agreement (TC302), on
sentences written for these tests: each slip is caught with its fix, its correct counterpart
stays silent."""
import pytest

from termcheck.engine import data_dir
from termcheck.examples import run_example
from termcheck.kinds.grammar_pattern import Params, adverb_of, prepare
from termcheck.ruleset import load_rules

RULES = {r.id: r for r in load_rules([data_dir("rules")])}


def found(rule_id: str, text: str):
    return [(f.text, f.suggestions[0] if f.suggestions else None)
            for f in run_example(RULES[rule_id], text, None, None)]


# (rule, slip sentence, expected (span, first suggestion), correct sentence)
CASES = [
    # verb form after "to", modals, perfect auxiliaries, "been", "newly"
    ("TC704", "The fund was set up to trained the herders.", ("to trained", "to train"),
     "The fund was set up to train the herders and gave access to trained vets."),
    ("TC704", "Schools continued to expanded their canteens.", ("to expanded", "to expand"),
     "Schools continued to expand their canteens."),
    ("TC704", "The villages could planted more tea.", ("could planted", "could plant"),
     "The villages could plant more tea."),
    ("TC704", "Townships must reports twice a year.", ("must reports", "must report"),
     "Townships must report twice a year."),
    ("TC704", "The county has invest a lot in the school.", ("has invest", "has invested"),
     "The county has invested a lot in the school."),
    ("TC704", "Prices had rose before the harvest.", ("had rose", "had risen"),
     "Prices had risen before the harvest."),
    ("TC704", "Two wells were newly dig in the hamlet.", ("newly dig", "newly dug"),
     "Two wells were newly dug in the hamlet."),
    ("TC704", "The office prepared the signed the contract.",
     ("prepared the signed the", "prepared and signed the"),
     "The office prepared the signed contract."),
    # bare verb after a preposition and a manner adverb (TC703)
    ("TC703", "a Notice on Firmly Advance Rural Reform", ("Advance", "Advancing"),
     "a Notice on Firmly Advancing Rural Reform"),
    # subject-verb agreement
    ("TC705", "The village roads was paved last year.", ("was", "were"),
     "The village roads were paved last year; one of the roads was paved twice."),
    ("TC705", "The total number of new jobs are rising.", ("are", "is"),
     "The total number of new jobs is rising."),
    ("TC705", "Each of the pilot towns have a clinic.", ("have", "has"),
     "Each of the pilot towns has a clinic."),
    ("TC705", "Every student of the school get a free lunch.", ("get", "gets"),
     "Every student of the school gets a free lunch."),
    # adjective for adverb
    ("TC706", "Harvests were notable enlarged by terracing.", ("notable", "notably"),
     "Harvests were notably enlarged by terracing."),
    # a/an by sound
    ("TC707", "They built a irrigation pond.", ("a", "an"), "They built an irrigation pond."),
    ("TC707", "It was an useful visit.", ("an", "a"), "It was a useful visit of an hour."),
    # redundant prepositions (data list)
    ("TC708", "The panel discusses about wages.", ("discusses about", "discusses"),
     "The panel discusses wages."),
    # doubled words across hyphens and line breaks
    ("TC701", "It helps small-scale small-scale farms.", ("small-scale small-scale", "small-scale"),
     "It helps small-scale farms and large-scale ones."),
    ("TC701", "They paved the\nthe lane.", ("the\nthe", "the"), "They paved the\nlane."),
    # number agreement from the lexicon: any countable noun
    ("TC302", "The road crosses 14 ravine.", ("14 ravine", "14 ravines"),
     "The road crosses 14 ravines."),
    ("TC302", "It has one greenhouses now.", ("one greenhouses", "one greenhouse"),
     "It has one greenhouse now."),
    ("TC302", "Nine orchard were planted.", ("Nine orchard", "Nine orchards"),
     "Nine orchards were planted."),
    ("TC302", "Since 2015 seven poor township merged.", ("seven poor township", "seven poor townships"),
     "Since 2015 seven poor townships merged and seven poor township heads retired."),
    ("TC302", "Leases for two successive season must be signed.",
     ("two successive season", "two successive seasons"), "Leases for two successive seasons must be signed."),
]


@pytest.mark.parametrize("rule_id,bad,expected,good", CASES, ids=[f"{c[0]}:{c[2][0]}" for c in CASES])
def test_slip_caught_and_correct_counterpart_silent(rule_id, bad, expected, good):
    assert found(rule_id, bad) == [expected]
    assert found(rule_id, good) == []


@pytest.mark.parametrize("sentence", [
    "The county relocated 300 personnel and 2,000 surplus labor in 2016.",  # collective nouns
    "It ran 12 trainings and 3 labors' schools; 40 people and one people.",  # tolerated plurals
    "The funds were spent and 5 percent of 7 equipment was new.",  # mass nouns
    "Version 2 API was built with a C++11 compiler and the Qt5 toolkit; see #12 release.",  # names
    "The last one counts; the Guang'an 3 pilot was the nearest one.",  # "one" as a pronoun
])
def test_agreement_silent_on_uncountable_and_tolerated_plurals(sentence):
    assert found("TC302", sentence) == []


@pytest.mark.parametrize("sentence", [
    "It gave support to improved varieties and to registered poor households.",
    "The data is public, the means is simple and the news was good.",
    "An honest survey took an hour; a European team and a one-off grant came with a union.",
    "The meeting was held in Lu'an City and in Tai'an, a city in the east.",
    "They discussed the budget and talked about the roads; the stress on farmers grew.",
    "The county has access to credit and has complete records.",
    "The poor registered households were relatively poor and remote.",
])
def test_grammar_rules_silent_on_correct_text(sentence):
    for rid in ("TC703", "TC704", "TC705", "TC706", "TC707", "TC708"):
        assert found(rid, sentence) == [], rid


def test_adverb_of_uses_the_lexicon():
    assert [adverb_of(w) for w in ["remarkable", "significant", "easy", "basic", "rural"]] == \
        ["remarkably", "significantly", "easily", "basically", None]


def test_pattern_must_have_a_cue_slot():
    with pytest.raises(ValueError):
        prepare(Params(patterns=[{"seq": [{"tags": ["VB"], "name": "v"}], "report": ["v"]}]))  # no words
    with pytest.raises(ValueError):
        prepare(Params(patterns=[{"seq": [{"w": ["to"], "name": "t"}], "report": ["x"]}]))


def test_count_agreement_judges_the_head_after_a_noun_modifier():
    # sentences written for this test: "border", "village" modify the head noun
    from termcheck.engine import Engine
    from termcheck.model import Document
    eng = Engine.from_config()

    def tc302(text):
        return [f.text for f in eng.check(Document.from_text(text, path="t.txt")) if f.rule == "TC302"]

    assert tc302("Loans reached the 14 border county and to the herders.") == ["14 border county"]
    assert tc302("Crews repaired 12 village road.") == ["12 village road"]
    assert tc302("Loans reached the 14 border counties and the herders.") == []
    assert tc302("The 30 village road projects were finished.") == []
    assert tc302("Two village cadres attended.") == []
