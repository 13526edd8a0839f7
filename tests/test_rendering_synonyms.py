"""TC225 consistency/rendering-synonym: a glossary rendering the document uses, written elsewhere
with near-synonyms; two names of one thing. Sentences written for these tests."""
import pytest

from termcheck.engine import Engine, data_dir
from termcheck.glossary import load_glossaries
from termcheck.kinds.rendering_synonyms import Synonyms, _read, _variants
from termcheck.model import Document
from termcheck.ruleset import load_rules

RULES = {r.id: r for r in load_rules([data_dir("rules")])}
GLOSSARY = load_glossaries([data_dir("glossary")])


def run(text, glossary=GLOSSARY):
    return [(f.text, f.suggestions[0]) for f in Engine([RULES["TC225"]], glossary).check(Document.from_text(text))]


def test_variants_swap_one_or_several_words_and_word_groups():
    syn = Synonyms([(("entire",), ("whole",)), (("advancement",), ("promotion",)),
                    (("working", "team"), ("task", "force"))], [], frozenset())
    assert set(_variants(("entire", "village", "advancement"), syn)) == {
        ("whole", "village", "advancement"), ("entire", "village", "promotion"), ("whole", "village", "promotion")}
    assert _variants(("working", "team"), syn) == [("task", "force")]
    assert _variants(("poverty", "alleviation"), syn) == []


@pytest.mark.parametrize("text, expected", [
    # both words swapped, one word swapped
    ("Entire village advancement covered 300 villages in 2015. A year later the 210 villages that finished "
     "whole village promotion were inspected.", [("whole village promotion", "entire village advancement")]),
    ("Entire village advancement covered 300 villages in 2015. Funds for whole village advancement rose.",
     [("whole village advancement", "entire village advancement")]),
    # a word group, the head's number carried into the fix, capitals at a sentence start
    ("Working teams reached 52 villages. Task forces also trained the village accountants.",
     [("Task forces", "Working teams")]),
    ("The county kept a working team in Shiqiao. The district sent a task force there too.",
     [("task force", "working team")]),
    # a participle opening the phrase after a number or a preposition
    ("Grants reached 1,300 registered poor households. Among documented poor households, 40 percent kept pigs.",
     [("documented poor households", "registered poor households")]),
    # two names of one thing, no glossary needed
    ("Sales through e-commerce doubled. The e-commerce centre trained 400 people. "
     "Young people learned electronic commerce at night school.", [("electronic commerce", "e-commerce")]),
])
def test_reported(text, expected):
    assert run(text) == expected


def test_term_entries_need_no_glossary():
    text = "Sales through e-commerce doubled. The e-commerce centre opened. Few used electronic commerce before."
    assert run(text, glossary=None) == [("electronic commerce", "e-commerce")]


@pytest.mark.parametrize("text", [
    # the swapped words alone are ordinary English
    "The whole village met to discuss the road. Entire village advancement was explained to them.",
    "The promotion of local tea was helped by entire village advancement.",
    # a verb and its object, not a noun phrase
    "Loans reached 8,200 registered poor households. Staff also documented poor households that had moved.",
    "Loans reached 8,200 registered poor households. The office filed poor households' claims in May.",
    # two things named side by side
    "The county sent working teams to the villages, and a flood task force guarded the dam.",
    "The county sent working teams and task forces to the villages.",
    # the document's own rendering used less often than the other form: the other is its choice
    "Task forces reached 52 villages. Task forces trained accountants. A working team stayed in Shiqiao.",
    # a short form glossing the long one
    "Electronic commerce (e-commerce) grew fast; e-commerce sales doubled.",
    "Sales through e-commerce and electronic commerce grew.",
    # another sense: one online firm
    "Two cooperatives sell tea through e-commerce platforms; a third sells through a local e-business.",
    # bodies of two levels, a full name and a short one
    "The county poverty alleviation office and the provincial poverty alleviation office met. "
    "The provincial poverty alleviation office reported.",
    "The resident work team arrived in March. The team stayed a year.",
    # two levels' bodies
    "The provincial working team inspected the dams in May. In June a county task force repaired them.",
])
def test_silent(text):
    assert run(text) == []


def test_the_documents_own_recurring_names_are_anchors_too():
    text = ("The county poverty alleviation task force met in March. In June the county poverty alleviation "
            "task force visited 30 villages. By December the county poverty alleviation working team had finished.")
    assert run(text, glossary=None) == [("county poverty alleviation working team", "county poverty alleviation task force")]
    # a description written once, or two content words, is no name of the document's own
    assert run("The whole village met in May. The entire village met again in June. The whole village voted.",
               glossary=None) == []
    assert run("A county poverty alleviation task force met. A county poverty alleviation working team replied.",
               glossary=None) == []


def test_used_twice_is_a_second_thing_not_a_slip():
    text = ("Entire village advancement covered 300 villages. Whole village promotion in Dongxi differed. "
            "Whole village promotion there was run by the township.")
    assert run(text) == []


def test_synonyms_file_errors_name_the_line(tmp_path):
    bad = tmp_path / "syn.txt"
    bad.write_text("swap: entire | whole\nswap: only-one\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"syn.txt:2:"):
        _read(str(bad))
