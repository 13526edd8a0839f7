"""TC431 (real-word slips onto a much rarer word, candidates generated from the lexicon) and the
spelling probes of our own (tests/data/spelling_probes.tsv). Every sentence here and in the probe
file is written for these tests (none is from the seed, the corpus or the held-out set)."""
import sys
from pathlib import Path

import pytest

from termcheck.config import Config
from termcheck.engine import Engine, data_dir, load_glossary
from termcheck.lang.ngrams import confusables
from termcheck.lang.realword import RATIO, tables
from termcheck.model import Document
from termcheck.ruleset import load_rules

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import spelling_probes  # noqa: E402

RULES = {r.id: r for r in load_rules([data_dir("rules") / "spelling.yml"])}


@pytest.fixture(scope="module")
def spelling():
    """The spelling rules with the shipped glossary (as the CLI runs them)."""
    engine = Engine(list(RULES.values()), load_glossary(Config()))
    return lambda text: engine.check(Document.from_text(text))


def test_candidates_are_generated_from_the_lexicon():
    t = tables()
    alts = t.alternatives
    assert len(alts) > 5000  # generated, not a hand list
    assert "manage" in alts["mange"].split() and "been" in alts["bean"].split()
    for w in list(alts.keys())[:300]:
        for a in alts[w].split():
            assert t.unigram(a) >= RATIO * t.unigram(w)


def test_curated_forms_inflections_and_spelling_variants_are_left_out():
    alts = tables().alternatives
    assert not set(alts.keys()) & set(confusables().pairs)  # TC430 models those
    assert "waist" not in alts.get("waists", "").split()  # one word's inflections
    assert "labor" not in alts.get("labour", "").split() and "labour" not in alts.get("labor", "").split()
    assert "organize" not in alts.get("organise", "").split()


def test_pair_counts_are_the_listed_ones():
    t = tables()
    assert t.count("will", "manage") > t.count("manage", "the") / 100 > 0
    assert t.count("will", "mange") is None and t.count("mange", "the") is None


CAUGHT = [  # (sentence, slip, fix): TC431, both neighbours or the word class speak
    ("A new clinic has bean built in every township.", "bean", "been"),
    ("Most pupils no loner have to walk to school in the dark.", "loner", "longer"),
    ("The cooperative should mange its accounts more carefully.", "mange", "manage"),
    ("Relief funds were sued to repair the school roofs.", "sued", "used"),
]

SILENT = [  # the same words where they are meant, and rare words in their own contexts
    "The clinic has been rebuilt, and the farmers sell soya beans and broad beans.",
    "A shy loner in the village now runs the cooperative's shop.",
    "Herders treated their flocks for mange before winter.",
    "Two households sued the contractor, and the court ruled for them in May.",
    "The grafted seedlings were granted to the poorest households.",
    "The fee is lent out to members at a low rate of interest.",
    "Every fen of the wetland was protected by the county.",
]


@pytest.mark.parametrize("text,slip,fix", CAUGHT, ids=[c[1] + "->" + c[2] for c in CAUGHT])
def test_real_word_slips_caught(spelling, text, slip, fix):
    found = [f for f in spelling(text) if f.rule == "TC431"]
    assert [(f.text, f.suggestions[0]) for f in found] == [(slip, fix)]
    assert "“" in found[0].message.split(":", 1)[1]  # the message names its evidence


@pytest.mark.parametrize("text", SILENT)
def test_real_word_correct_sentences_silent(spelling, text):
    assert spelling(text) == []


def test_a_word_the_document_keeps_using_is_its_own():
    text = ("The herd had mange in spring. Mange spread to two villages. "
            "Vets said mange is curable. The team will mange the outbreak.")
    assert [f for f in check_tc431(text)] == []


def check_tc431(text):
    return Engine([RULES["TC431"]], load_glossary(Config())).check(Document.from_text(text))


def test_capitalised_word_inside_a_sentence_is_a_name():
    assert check_tc431("The survey team met Mr Bean in Kunming.") == []


PROBES = spelling_probes.load()


@pytest.mark.parametrize("text", [t for t, s, _ in PROBES if not s])
def test_probe_correct_sentences_are_silent(spelling, text):
    assert spelling(text) == []


@pytest.mark.parametrize("text,slip,fix", [r for r in PROBES if r[1]], ids=[r[1] for r in PROBES if r[1]])
def test_probe_slips_found_or_known_missed(spelling, text, slip, fix):
    """Each probe slip is found with the intended word first, or listed in MISSED (what the
    checker cannot tell yet): a change that finds one more must move it out of MISSED."""
    found = [f for f in spelling(text) if f.text == slip]
    if slip in MISSED:
        assert not found, f"{slip!r} is found now: take it out of MISSED"
    else:
        assert found and fix in found[0].suggestions  # (first for all but provded: TC410 ranks "proved" first)


# Probe slips the spelling rules do not find yet (the remaining gap, for the next round): mostly
# slips between two words of one class (heath/health, state/stage, waves/wages), slips with a
# number or the sentence end beside them (at lest 300, every mouth.), and function words.
MISSED = {
    "asses", "basic", "be", "boarder", "boast", "by", "contact", "corps", "deceased", "deduce",
    "deeper", "doubted", "emergence", "Ever", "fee", "field", "fist", "form", "fountain", "framing", "fun",
    "grand", "hall", "head", "lease", "lest", "Literary", "lunched", "mature", "may", "mouth",
    "novice", "off", "plaining", "projection", "pubic", "rods", "safely", "sing", "stared", "state", "stuff",
    "subside", "team", "there", "though", "too", "tripped", "waves", "whit", "word",
}


# Same-class pairs of the genre (confusables.tsv, "same-class slips of the genre") in two-sentence
# documents: the core word used correctly elsewhere speaks for it (caught), and the rare word used
# in its own sense beside the core word stays silent.
SAME_CLASS_CAUGHT = [
    ("Each household signed a land contract. Both parties signed the land contact in 2019.", "contact", "contract"),
    ("The county set up a relief fund. Farmers can apply to the relief fun for loans.", "fun", "fund"),
    ("Medical staff were recruited. Teachers and medical stuff received training.", "stuff", "staff"),
    ("The county issued a notice on housing. The county issued a novice on the use of the funds.", "novice", "notice"),
    ("The poverty rate decreased quickly. The poverty rate deceased from 12 percent to 2 percent.", "deceased",
     "decreased"),
    ("Workers were paid their wags on time.", "wags", "wages"),
]
SAME_CLASS_SILENT = [
    "Each household signed a land contract. Each village named a contact person for the programme.",
    "The contract was renewed. Villagers can contact the work team by phone.",
    "The county set up a relief fund. Sports days are fun for the pupils.",
    "Medical staff were recruited. The clinic sorted the stuff donated by the company.",
    "The county issued a notice on housing. A novice teacher was paired with an experienced one.",
    "The poverty rate decreased quickly. The farm of the deceased herder passed to his son.",
    "Workers were paid their wages on time.",
]


@pytest.mark.parametrize("text,slip,fix", SAME_CLASS_CAUGHT, ids=[r[1] for r in SAME_CLASS_CAUGHT])
def test_same_class_pair_caught(spelling, text, slip, fix):
    found = [f for f in spelling(text) if f.text == slip]
    assert found and found[0].suggestions[0] == fix


@pytest.mark.parametrize("text", SAME_CLASS_SILENT)
def test_same_class_pair_silent(spelling, text):
    assert spelling(text) == []
