"""Document-internal consistency without a glossary: TC220 (re-ordered names), TC221 (rare
phrase variants), TC222 (short forms of names)."""
from termcheck.engine import Engine, data_dir
from termcheck.kinds.name_variants import _abbreviates, extract_names
from termcheck.model import Document
from termcheck.ruleset import load_rules

RULES = {r.id: r for r in load_rules([data_dir("rules")])}


def run(rid, text):
    return Engine([RULES[rid]], None).check(Document.from_text(text))


def test_name_extraction_drops_openers_and_keeps_inner_connectors():
    doc = Document.from_text("Later the Provincial Leading Group of Poverty Alleviation and Development met. "
                             "In Sichuan Province, the Poverty Alleviation and Resettlement Bureau of Sichuan Province acted.")
    names = [n.text for n in extract_names(doc.segments[0])]
    assert names == ["Provincial Leading Group of Poverty Alleviation and Development", "Sichuan Province",
                     "Poverty Alleviation and Resettlement Bureau of Sichuan Province"]


def test_minority_order_is_reported_with_majority_suggestion():
    a, b = "County Poverty Alleviation Office", "Office of County Poverty Alleviation"
    found = run("TC220", f"The {b} met. The {a} met. The {a} reported. The {a} closed.")
    assert [(f.text, f.suggestions[0]) for f in found] == [(b, a)]


def test_tie_reports_the_later_form():
    a, b = "County Poverty Alleviation Office", "Office of County Poverty Alleviation"
    found = run("TC220", f"The {a} met. The {b} reported.")
    assert [f.text for f in found] == [b]


def test_possessive_and_ampersand_variants_are_one_name():
    found = run("TC220", "The People's Bank of Sichuan met. The Sichuan People's Bank reported. "
                         "The People's Bank of Sichuan closed.")
    assert [f.text for f in found] == ["Sichuan People's Bank"]


def test_abbreviation_matching():
    assert _abbreviates("TV", ["Television"]) == 0
    assert _abbreviates("PAO", ["Poverty", "Alleviation", "Office"]) == 2
    assert _abbreviates("PAO", ["Poverty", "and", "Alleviation", "Office"]) == 3
    assert _abbreviates("TV", ["Radio", "and", "Television"]) is None  # starts at Radio: no


def test_short_form_needs_the_same_leading_words():
    assert run("TC222", "Sichuan Radio and Television reported. Yunnan TV broadcast it.") == []
    found = run("TC222", "Sichuan Radio and Television News Channel reported. Sichuan TV broadcast it.")
    assert [(f.text, f.suggestions[0]) for f in found] == [("Sichuan TV", "Sichuan Radio and Television")]


def test_rare_phrase_variant_needs_frequency_asymmetry():
    base = "It did the key problem tackling. The key problem tackling went on. "
    # one frequent occurrence beside one rare one: no evidence which is the slip (min_frequent 2)
    assert run("TC221", "It did the key problem tackling. It did the key problem tacking.") == []
    found = run("TC221", base + "It did the key problem tacking.")
    assert [(f.text, f.suggestions[0]) for f in found] == [("tacking", "tackling")]
    # the rare word is used elsewhere too: not a one-off, stay silent
    assert run("TC221", base * 2 + "It did the key problem tacking. The boat was tacking.") == []


def test_hyphen_and_connector_variants_are_near_duplicates():
    a = "Outline for Development-oriented Poverty Reduction for China's Rural Areas"
    b = "Outline for Development Oriented Poverty Reduction in China's Rural Areas"
    found = run("TC220", f"The {a} was issued. The {a} was studied. The {b} was printed.")
    assert [(f.text, f.suggestions[0]) for f in found] == [(b, a)]


def test_place_qualifier_is_kept_apart_from_the_order():
    a = "Provincial Poverty Alleviation and Development Leading Group"
    b = "Sichuan Provincial Leading Group of Poverty Alleviation and Development"
    found = run("TC220", f"The {a} met. The {a} reported. The {b} approved it.")
    assert [(f.text, f.suggestions[0]) for f in found] == [(b, "Sichuan " + a)]
    # same order with and without the place name: one name, silent
    assert run("TC220", f"The {a} met. The Sichuan {a} reported.") == []
    # different places, same order: different bodies, silent
    assert run("TC220", "The Sichuan Provincial Party Committee met. The Yunnan Provincial Party Committee met.") == []
