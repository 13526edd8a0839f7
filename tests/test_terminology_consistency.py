"""Terminology and consistency on correct text and on slips, with sentences written for these
tests: a deprecated rendering used throughout is one finding, house style stays silent, the
shipped glossary is built from its cited sources only, and the consistency rules tell a changed
name from a different body."""
import importlib.util
import os

import pytest

from termcheck.engine import Engine, data_dir
from termcheck.glossary import load_glossaries
from termcheck.model import Document
from termcheck.ruleset import load_rules

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = {r.id: r for r in load_rules([data_dir("rules") / "terminology.yml", data_dir("rules") / "consistency.yml"])}
TSV = """zh\ten\tstatus
水土保持\tsoil and water conservation\tpreferred
水土保持\twater and soil keeping\tdeprecated
市林业局\tMunicipal Forestry Bureau\tpreferred
市林业局\tBureau of Forestry of the Municipality\tadmitted
扶贫办\tpoverty alleviation office\tpreferred
扶贫办\tOffice of Poverty Alleviation and Development\tadmitted
扶贫\tpoverty alleviation\tpreferred
扶贫\tpoverty relief\tadmitted
"""


@pytest.fixture(scope="module", autouse=True)
def _cache(tmp_path_factory):
    os.environ["TERMCHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def small():
    return load_glossaries([], [("t.tsv", TSV)])


@pytest.fixture(scope="module")
def shipped():
    return load_glossaries([data_dir("glossary")])


def run(g, rid, text):
    return [(f.text, f.suggestions[0] if f.suggestions else None, f.message)
            for f in Engine([RULES[rid]], g).check(Document.from_text(text))]


# --- TC102: one finding for a rendering used throughout --------------------------------------

def test_deprecated_rendering_used_throughout_is_one_finding_with_its_count(small):
    text = ("Terraces helped water and soil keeping on the slopes. The county funded water and soil "
            "keeping in 12 villages, and water and soil keeping teams planted trees.")
    found = run(small, "TC102", text)
    assert [(t, s) for t, s, _ in found] == [("water and soil keeping", "soil and water conservation")]
    assert "3×" in found[0][2]


def test_deprecated_rendering_beside_the_approved_one_is_reported_each_time(small):
    text = ("Soil and water conservation began in 2012. Later water and soil keeping reached the "
            "hills, and Water and soil keeping funds doubled.")
    assert [t for t, _, _ in run(small, "TC102", text)] == ["water and soil keeping", "Water and soil keeping"]


def test_approved_rendering_inside_a_longer_term_counts_as_used(shipped):
    # "resettlement" only occurs inside a longer glossary term that the matcher takes whole
    text = ("The Poverty Alleviation and Resettlement Bureau planned the move. Its immigration staff "
            "visited 40 households, and immigration grants followed.")
    assert [t for t, _, _ in run(shipped, "TC102", text)] == ["immigration", "immigration"]


def test_publisher_house_style_is_silent(shipped):
    text = ("The township trained 2,400 labors and lent 1.5 million Yuan from its village mutual funds; "
            "RMB 300,000 went to key problem tackling, and fixed-point poverty alleviation continued.")
    for rid in ("TC102", "TC103", "TC203"):
        assert run(shipped, rid, text) == [], rid


def test_mistranslations_still_fire(shipped):
    assert [t for t, _, _ in run(shipped, "TC102", "Hydropower dams forced immigration of 3,000 farmers.")] == ["immigration"]
    assert [t for t, _, _ in run(shipped, "TC102", "The county put precise poverty alleviation first.")] == \
        ["precise poverty alleviation"]


def test_superseded_rendering_once_per_document(shipped):
    text = "The Dewdrop Project trained them. The Dewdrop Project also paid their fares."
    found = run(shipped, "TC103", text)
    assert [(t, s) for t, s, _ in found] == [("Dewdrop Project", "Rain and Dew Plan")]


# --- the shipped glossary: cited sources only -------------------------------------------------

def test_shipped_glossary_has_no_sample_derived_entries(shipped):
    ids = [c.id for c in shipped.concepts]
    assert not [i for i in ids if i.startswith("pa-x")]
    assert all(c.source.strip() for c in shipped.concepts)
    seed_chapter = "2012njyw/dffpp/385023"  # the sample's own yearbook chapter
    assert not [c.id for c in shipped.concepts if seed_chapter in c.source and c.id.startswith("pa-s")]
    zh = {t.text for c in shipped.concepts for t in c.zh}
    assert not zh & {"扶贫和移民", "移民干部", "县（市、区）", "市（州）"}
    words = {t.text.lower() for c in shipped.concepts for t in c.en}
    assert "no worries about food and clothing, three guarantees" not in words


def test_shipped_tbx_is_what_the_build_script_writes():
    spec = importlib.util.spec_from_file_location("build_glossary", os.path.join(ROOT, "tools", "build_glossary.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    from termcheck.glossary.write import to_tbx

    built = to_tbx(mod.build(), 3, "Chinese poverty-alleviation and rural-policy terminology (termcheck)")
    with open(os.path.join(ROOT, "glossary", "poverty-alleviation.tbx"), encoding="utf-8") as f:
        assert f.read() == built


# --- TC104: other forms of the term's word are no slip -----------------------------------------

@pytest.mark.parametrize("text", [
    "Some 8,000 households have shaken off poverty since 2015.",
    "The county ran labour transfer training for 900 women.",
])
def test_near_miss_accepts_inflections_and_british_spelling(shipped, text):
    assert run(shipped, "TC104", text) == []


def test_near_miss_still_catches_a_real_word_slip(shipped):
    found = run(shipped, "TC104", "Most funds went to key problem tacking in the mountains.")
    assert [(t, s) for t, s, _ in found] == [("tacking", "tackling")]


# --- TC203: second renderings that are not second names --------------------------------------

def test_declared_short_name_is_not_a_second_rendering(small):
    text = ('The City Office of Poverty Alleviation and Development (hereafter the "City Poverty '
            'Alleviation Office") sets the quotas. The City Poverty Alleviation Office publishes them.')
    assert run(small, "TC203", text) == []


def test_rendering_inside_another_body_name_is_not_counted(small):
    text = ("Money came from the Joint Leading Group Office of Poverty Alleviation and Development. "
            "The poverty alleviation office of the town spent it, and the poverty alleviation office reported.")
    assert run(small, "TC203", text) == []


def test_second_name_of_one_body_is_reported(small):
    text = ("The Municipal Forestry Bureau planted 300 hectares. The Municipal Forestry Bureau "
            "paid the farmers. The Bureau of Forestry of the Municipality later audited it.")
    assert [(t, s) for t, s, _ in run(small, "TC203", text)] == \
        [("Bureau of Forestry of the Municipality", "Municipal Forestry Bureau")]


# --- TC220: bodies of different places --------------------------------------------------------

def test_name_order_silent_for_bodies_of_different_places():
    text = ("Officials of Wuxi Hui and Tibetan Autonomous County visited Luqu Tibetan and Hui "
            "Autonomous County, and Luqu Tibetan and Hui Autonomous County returned the visit.")
    assert Engine([RULES["TC220"]], None).check(Document.from_text(text)) == []


# --- TC223: a name or title cited again with a word changed -----------------------------------

def test_changed_title_word_is_reported_with_the_other_form():
    text = ("The bureau applied the “Provisions on Supervising the Quality of Drinking Water Projects”. "
            "Each county then met the “Provisions on Monitoring the Quality of Drinking Water Projects”.")
    found = Engine([RULES["TC223"]], None).check(Document.from_text(text))
    assert [(f.text, f.suggestions[0]) for f in found] == [("Monitoring", "Supervising")]


@pytest.mark.parametrize("text", [
    # a family of documents: the frame shares four content words only
    "It issued the “Notice on Rural Road Safety Work” and the “Notice on Rural School Safety Work”.",
    # the same title twice
    "It cited the “Measures for Rating the Work of Township Health Centres” and, later, the "
    "“Measures for Rating the Work of Township Health Centres” again.",
    # different bodies of one department
    "The Provincial Department of Water Resources and the Provincial Department of Land Resources met.",
    # two titles of a series named in one sentence are siblings, however long their shared frame
    "It issued the “Notice on Strengthening Road Safety Work in Poor Areas” and the “Notice on "
    "Strengthening School Safety Work in Poor Areas” on one day.",
    # a number is never the change
    "The “Third Plan for Forest Protection in Upper Basins” replaced the “Second Plan for Forest Protection in Upper Basins”.",
])
def test_changed_name_silent_on_correct_text(text):
    assert Engine([RULES["TC223"]], None).check(Document.from_text(text)) == []


def test_changed_name_uses_glossary_word_swaps(small):
    text = ("The Township Poverty Alleviation Office kept the list. Later the Township Poverty "
            "Relief Office updated it, and the Township Poverty Alleviation Office signed it.")
    found = Engine([RULES["TC223"]], small).check(Document.from_text(text))
    assert [(f.text, f.suggestions[0]) for f in found] == [("Relief", "Alleviation")]
    # without the glossary the two words are unrelated: a name needs a relation, so silence
    assert Engine([RULES["TC223"]], None).check(Document.from_text(text)) == []


# --- TC221: a prefixed derivation is no slip --------------------------------------------------

def test_rare_phrase_variant_silent_on_a_prefixed_word():
    text = ("Members made the payment of dues in spring and the payment of fees in autumn; "
            "the repayment of loans followed.")
    assert Engine([RULES["TC221"]], None).check(Document.from_text(text)) == []


def test_changed_name_against_a_glossary_name(shipped):
    bad = "Two officials of the International Poverty Alleviation Center of China visited the county."
    found = Engine([RULES["TC223"]], shipped).check(Document.from_text(bad))
    assert [(f.text, f.suggestions[0]) for f in found] == \
        [("International Poverty Alleviation Center of China", "International Poverty Reduction Center in China")]
    # the glossary's own name, and a provincial namesake of a national body, stay silent
    for good in ("Two officials of the International Poverty Reduction Center in China visited the county.",
                 "The Prefectural Leading Group of Poverty Alleviation and Development met in May."):
        assert Engine([RULES["TC223"]], shipped).check(Document.from_text(good)) == []


def test_short_programme_name_inside_a_sentence_counts_for_term_consistency(shipped):
    bad = ("Pupils joined the Rain and Dew Plan in 2013. The Rain and Dew Plan paid their fees, "
           "and the Rain Plan covered their meals.")
    assert [t for t, _, _ in run(shipped, "TC203", bad)] == ["Rain Plan"]
    # two words at the start of a sentence are no name: capitals say nothing there
    good = "Poverty Relief came first. Later, poverty alleviation took over; poverty alleviation grew."
    assert run(shipped, "TC203", good) == []


def test_quoted_short_programme_name_counts_for_term_consistency(shipped):
    text = ('The "Rain Plan" paid tuition. Students praised the "Rain Plan". '
            'In 2014 the "Rain and Dew Plan" added meal grants.')
    assert [(t, s) for t, s, _ in run(shipped, "TC203", text)] == [("Rain and Dew Plan", "Rain Plan")]


# --- source <-> target (bilingual) ------------------------------------------------------------

SOURCE_RULES = {r.id: r for r in load_rules([data_dir("rules") / "source.yml"])}


def _bi(rid, text, source, glossary=None):
    from termcheck.examples import run_example

    return [f.text for f in run_example(SOURCE_RULES[rid], text, source, glossary)]


def test_quoted_chinese_term_is_marked_by_an_english_name():
    assert _bi("TC640", "The first Clean Water Week opened in the county.", "全县首个“净水周”开幕。") == []
    # the same term in lower case, neither quoted nor named: reported
    assert _bi("TC640", "The first clean water week opened in the county.", "全县首个“净水周”开幕。") != []
    # a book title needs quotation marks or italics, a capitalised name is not enough
    assert _bi("TC640", "The county printed the Guide to Clean Water.", "全县印发了《净水指南》。") != []


def test_romanised_only_concept_is_not_missing_but_a_translatable_one_is():
    gl = "zh\ten\tstatus\n羌家新苑\tQiangjia Xinyuan\tpreferred\n净水周\tClean Water Week\tpreferred\n"
    assert _bi("TC602", "The county finished 80 new homes for Qiang families.", "该县建成羌家新苑80户。", gl) == []
    assert _bi("TC602", "The county held a week of tap checks.", "该县举办净水周。", gl) != []


def test_term_variants_ignore_short_renderings():
    gl = "zh\ten\tstatus\n贫困人口\tpoor population\tpreferred\n贫困人口\tthe poor\tadmitted\n"
    text = "The poor population fell.\nThe poor population fell again.\nThe poor shrank further."
    src = "贫困人口减少。\n贫困人口再次减少。\n贫困人口进一步减少。"
    assert _bi("TC603", text, src, gl) == []


def test_changed_word_of_a_title_the_glossary_knows(shipped):
    bad = ("The county studied the “Decision on Winning the Tough Battle Against Poverty”. Later it "
           "reported on the “Decision on Winning the Bitter Battle Against Poverty”.")
    found = Engine([RULES["TC223"]], shipped).check(Document.from_text(bad))
    assert [(f.text, f.suggestions[0]) for f in found] == [("Bitter", "Tough")]
    # the same four-word frame without a glossary title is not enough
    other = bad.replace("Battle Against Poverty", "Battle Against Floods")
    assert Engine([RULES["TC223"]], shipped).check(Document.from_text(other)) == []
    # administrative levels are different bodies, never a changed word
    levels = ("The Central Poverty Alleviation and Development Conference met in May. In June the "
              "Provincial Poverty Alleviation and Development Conference followed.")
    assert Engine([RULES["TC223"]], shipped).check(Document.from_text(levels)) == []
