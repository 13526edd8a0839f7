"""The confusion model's (TC430) evidence where the left neighbour is missing or hidden, and the
glossary's terms in the plural. Every sentence here is written for these tests (none is from the
seed, the corpus or the held-out set); each slip has its correct twin, which must stay silent."""
import pytest

from termcheck.config import Config
from termcheck.engine import Engine, data_dir, load_glossary
from termcheck.model import Document
from termcheck.ruleset import load_rules

RULES = {r.id: r for r in load_rules([data_dir("rules") / "spelling.yml"])}


@pytest.fixture(scope="module")
def tc430():
    engine = Engine([RULES["TC410"], RULES["TC430"]], load_glossary(Config()))

    def check(text):
        return [(f.text, f.suggestions[0], f.message) for f in engine.check(Document.from_text(text))]
    return check


# ---------------------------------------------------------------- no left neighbour

# After a comma or at a sentence's start the left factor P(alt | previous) / P(written | previous)
# backs off to the words' own frequencies, so the right side counts as the pairs' joint counts.
NO_LEFT_CAUGHT = [
    ("After the flood, the township, helped by the army, expended its rice fields by 200 mu.", "expended", "expanded"),
    ("As planned, expended its greenhouse area.", "expended", "expanded"),
    ("Sight visits began in May.", "Sight", "Site"),
    ("Assess roads were built to every village.", "Assess", "Access"),
]

NO_LEFT_SILENT = [
    "After the flood, the township, helped by the army, expanded its rice fields by 200 mu.",
    "Site visits began in May.",
    "Access roads were built to every village.",
    # the rarer form correctly written, where neither word pair to the right is listed: the
    # words' frequencies alone must not speak (nothing is known about the context)
    "Expended funds were audited in May.",
    "Clotting factors were tested at the clinic.",
    "Economical stoves save fuel.",
    "Precede each step with a survey.",
    "Tacking into the wind, the boat reached the island.",
]


@pytest.mark.parametrize("text,slip,fix", NO_LEFT_CAUGHT, ids=[c[0][:30] for c in NO_LEFT_CAUGHT])
def test_no_left_neighbour_caught(tc430, text, slip, fix):
    assert [(t, s) for t, s, _ in tc430(text)] == [(slip, fix)]


@pytest.mark.parametrize("text", NO_LEFT_SILENT)
def test_no_left_neighbour_silent(tc430, text):
    assert tc430(text) == []


# ---------------------------------------------------------------- a numeral between

def test_the_word_pair_sees_through_a_numeral(tc430):
    (found,) = tc430("Trainees from 14 counties in Africa and Asia attended the course.")
    assert found[:2] == ("counties", "countries")
    assert "“from … countries" in found[2]  # the message shows that a numeral stands between


@pytest.mark.parametrize("text", [
    "Trainees from 14 countries in Africa and Asia attended the course.",
    "Trainees from 14 counties in Yunnan attended the course.",
    "The delegation from Nepal visited 12 counties of Guizhou.",
    "A delegation from Nepal toured 12 counties and met their leaders.",
])
def test_numeral_before_a_correct_word_stays_silent(tc430, text):
    assert tc430(text) == []


def test_numeral_before():
    from termcheck.kinds._confusion_doc import numeral_before as _numeral_before

    text = "from 1,200 mu and 35 counties; x3 counties"
    assert _numeral_before(text, text.index("mu")) == text.index("1,200")
    assert _numeral_before(text, text.index("35 counties") + 3) == text.index("35")
    assert _numeral_before(text, text.index("x3") + 3) is None  # not a numeral on its own
    assert _numeral_before(text, text.index("from")) is None


def test_a_phrase_across_a_numeral_is_not_the_documents_phrase(tc430):
    """'from 40 countries' elsewhere does not make the document write 'from countries'."""
    found = tc430("Experts came from 40 countries. Trainees from 14 counties in Africa attended.")
    assert [f[:2] for f in found] == [("counties", "countries")]
    assert "document writes “from countries”" not in found[0][2]


# ---------------------------------------------------------------- glossary terms in the plural

def test_glossary_terms_are_indexed_in_the_plural_too():
    from termcheck.kinds.confusion import _glossary_index

    class Term:
        def __init__(self, text):
            self.text = text

    class Concept:
        def __init__(self, *texts):
            self.en = [Term(t) for t in texts]

    class G:
        concepts = [Concept("poor county"), Concept("access to finance")]

    terms, _ = _glossary_index(G())
    assert ("poor", "counties") in terms["counties"] and ("poor", "county") in terms["county"]
    assert ("access", "to", "finance") in terms["access"]  # an uncountable last word: no plural
    assert not any(t[-1] == "finances" for v in terms.values() for t in v)


def test_a_plural_glossary_term_speaks_for_the_county_reading(tc430):
    slip = ("Poor counties received subsidies in 2016. By 2019 the last poor countries of the province "
            "were removed from the list.")
    (found,) = tc430(slip)
    assert found[:2] == ("countries", "counties") and "“poor counties” is a glossary term" in found[2]
    assert tc430(slip.replace("poor countries", "poor counties")) == []
    assert tc430("Aid to poor countries rose in 2019.") == []


# ---------------------------------------------------------------- the document scan (kinds/_confusion_doc.py)

def _doc(text):
    from termcheck.kinds._confusion_doc import DocEvidence
    from termcheck.engine import Context
    from termcheck.lang.ngrams import confusables

    ctx = Context(document=Document.from_text(text), config=Config(), glossary=None)
    return DocEvidence(ctx, confusables().pairs, set(), {"countries"})


def test_a_phrase_of_two_confusable_words_counts_once():
    d = _doc("Teams came from counties in the west. Others came from counties in the east; "
             "the county's plan, 'county' and county3 are not words of the model.")
    assert d.phrases["from counties"] == 2  # met as "from"'s next word and as "counties"' previous one
    assert d.words["from"] == 2 and d.words["counties"] == 2
    assert d.words.get("county", 0) == 0  # a possessive, a quoted word after an apostrophe, a code


SCAN_TEXT = ("Delegates from Ghana and other African counties visited the greenhouse. "
             "Xinlong Country built 300 greenhouses last year; the key problem tacking campaign began. "
             "Most villagers came form the mountains, and AVERAGE PER CAPITAL INCOME rose. ") * 12


def test_findings_do_not_depend_on_how_the_text_is_cut(tc430, monkeypatch):
    import termcheck.kinds._confusion_doc as scan

    whole = tc430(SCAN_TEXT)
    assert len(whole) >= 12  # (one per repetition at least: the slips recur, so the document vouches for some)
    monkeypatch.setattr(scan, "PIECE", 90)  # pieces barely longer than their margins
    assert tc430(SCAN_TEXT) == whole


def test_text_whose_lower_case_is_longer_is_scanned_case_blind(tc430):
    """'İ' lower-cases to two characters: the scan matches the text itself, with the same results."""
    plain = tc430(SCAN_TEXT)
    dotted = tc430(SCAN_TEXT + "İstanbul.")
    assert dotted == plain


def test_foreign_names_near_an_occurrence_window_by_window_or_from_the_segment():
    """``ForeignNearby.near`` scans only the windows asked about until they add up to the segment,
    then the whole segment once: both answer alike, for windows with a foreign country, a world
    region, only the home country, a name cut by the window's edge, or none."""
    import random

    from termcheck.engine import Context
    from termcheck.kinds._confusion_doc import REACH, ForeignNearby

    rnd = random.Random(3)
    pieces = ["China", "China's", "Kenya", "Latin America", "Laos", "South Africa", "Chinese", "Chinamen",
              "counties", "the poor countries", "rural roads", "Nepal", "Pakistani"] + ["a village road"] * 600
    text = " ".join(rnd.choice(pieces) for _ in range(3000)) + " China" * 6
    doc = Document.from_text(text)
    ctx = Context(document=doc, config=Config(), glossary=None)
    seg = ctx.segments[0]
    asked = [(s, s + 8) for s in rnd.sample(range(len(text) - 8), 40)]
    asked += [(REACH + 4 + text.find("Kenya"), REACH + 12 + text.find("Kenya"))]  # the name just outside
    windows, whole = ForeignNearby(ctx), ForeignNearby(ctx)
    whole._scanned[id(seg)] = len(text)  # (as if the windows had covered the segment already)
    answers = [windows.near(seg, s, e) for s, e in asked]
    assert answers == [whole.near(seg, s, e) for s, e in asked]
    assert id(seg) not in windows._spans and id(seg) in whole._spans
    assert True in answers and False in answers


def test_first_words_of_place_names_are_found_as_an_automaton_finds_them():
    """``_first_hits`` (a pattern that takes the longest first word at a place, and the shorter
    ones it begins with) reports every first word lying inside the bounds, as an Aho-Corasick
    automaton of the first words does: prefixes of one another ("Africa", "African"), a word
    beginning inside another ("ASEANorth"), inside longer words, cut by the bounds."""
    import random

    import ahocorasick

    from termcheck.kinds._confusion_doc import _first_hits, _place_names

    firsts = sorted(_place_names()[0])
    automaton = ahocorasick.Automaton()
    for w in firsts:
        automaton.add_word(w, w)
    automaton.make_automaton()
    rnd = random.Random(11)
    pieces = ["Africa", "African", "Americas", "ASEAN", "North", "Northern", "orth", "Lao", "Laos", "Viet", "Vietnam",
              "Åland", "Å", "x", "South", "Southeast", "Korea", "China", " ", " ", "-", "é", "the ", ", "]
    for trial in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 40)))
        lo = rnd.randrange(0, len(text) + 1)
        hi = rnd.randrange(lo, len(text) + 1)
        want = sorted((end + 1 - len(w), w) for end, w in automaton.iter(text[lo:hi]))
        got = sorted((s - lo, w) for s, w in _first_hits(text, lo, hi))
        assert got == want, (text, lo, hi)
    assert ("Africa" in [w for _, w in _first_hits("xAfrican", 0, 8)]
            and "North" in [w for _, w in _first_hits("ASEANorth", 0, 9)])


def test_the_automaton_scan_agrees_with_the_case_blind_scan_on_random_texts(monkeypatch):
    """``DocEvidence`` reads the forms off a shaped ASCII copy of each piece with the automaton and
    the previous word off the reversed piece (the fast path); a text holding a character whose
    lower case is ASCII or longer is matched case-blind with ``prev_word`` instead. Forced onto
    every piece, that second scan must give the same keys, occurrences and counts on random
    texts (words inside words, numerals, hyphens, apostrophes, capitals, letter-like digits,
    letters and marks outside ASCII beside a form, pieces cut short)."""
    import random

    import termcheck.kinds._confusion_doc as scan

    rnd = random.Random(7)
    words = ["from", "form", "counties", "countries", "County", "untie", "the", "Poor", "poor", "118", "1,200",
             "key", "problem", "tacking", "Tackling", "per", "capital", "Capita", "information", "Wang", "lead",
             "let", "quite", "quiet", "FORM", "x_form", "form3", "Ⅻ", "led", "lead's", "formé", "éform",
             "Σform", "formΣ", "form²", "²form", "from’s", "from’", "’from", "?form", "form?", "Forms_"]
    seps = [" ", " ", " ", "  ", "-", ", ", ". ", "\n", "'", "’", " (", "\u00a0", "—", "“", "’ ", "' ", "é", "?"]

    def facts(d):
        return (d.keys, list(d._occ_key), list(d._occ_at), d.words, d.phrases, d._nexts)

    for trial in range(30):
        text = "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randrange(5, 400)))
        monkeypatch.setattr(scan, "PIECE", rnd.choice([90, 300, 1 << 18]))
        fast = facts(_doc(text))
        with monkeypatch.context() as m:
            m.setattr(scan, "_case_blind_needed", lambda piece: True)
            blind = facts(_doc(text))
        assert fast == blind, text
        assert fast[0] or "form" not in text.lower().split()
        keys, occ_key, occ_at = fast[:3]
        for kid, at in zip(occ_key, occ_at):  # the capitalisation flags, from the text itself
            start = at & ((1 << 40) - 1)
            w, prev, nxt, caps = keys[kid]
            nm = scan.NEXT.match(text, start + len(w))
            assert caps[1] == bool(nm and nm.group(1)[0].isupper())
            assert caps[2] == (caps[0] and text[start].isupper())
            assert caps[3] == (scan.prev_word(text, start) is None and scan.numeral_before(text, start) is not None)


def test_the_cached_class_totals_are_the_class_tables_sums():
    """``ngrams()`` loads the class back-off's totals (per form, per class) from its disk cache
    instead of adding them up each process: they must be the sums of its class table."""
    from termcheck.lang.ngrams import ngrams

    g = ngrams()
    rtotal, classes = {}, {}
    for key, c in g.rclass.items():
        w, _, cl = key.partition("\t")
        rtotal[w] = rtotal.get(w, 0) + c
        classes[cl] = classes.get(cl, 0) + c
    mass = sum(classes.values())
    assert g.rtotal == rtotal and len(rtotal) > 100
    assert g.rprior == {cl: c / mass for cl, c in classes.items()}
    assert abs(sum(g.rprior.values()) - 1) < 1e-9


# ---------------------------------------------------------------- phrase evidence (lang/phrases.py)

@pytest.mark.parametrize("text,kind", [
    ("spend 2 million yuan on it", "money"), ("spend RMB 800,000", "money"), ("spend about 50,000 yuan", "money"),
    ("spend US$3 million", "money"), ("spend 300 mu", "area"), ("spend the funds", None), ("spend 12 households", "count"),
])
def test_the_quantity_after_a_word(text, kind):
    from termcheck.lang.phrases import object_kind

    assert object_kind(text, len("spend")) == kind


@pytest.mark.parametrize("text,kind", [
    ("spend great effort on it", "RESOURCE"), ("spend their energy", "RESOURCE"), ("spend more time", "RESOURCE"),
    ("spend 2 million yuan", "money"), ("spend the funds", None), ("spend market time", None),
    ("spend of time", None), ("spend", None),
])
def test_the_object_after_a_word(text, kind):
    from termcheck.lang.phrases import object_of

    assert object_of(text, len("spend"), "money|RESOURCE") == kind


@pytest.mark.parametrize("written,alt,sign", [
    ("expend", "expand", -1),   # a verb of spending written, another verb proposed: against it
    ("expended", "expanded", -1),
    ("lone", "loan", 1),        # no verb written, a verb of lending proposed: for it
    ("waist", "waste", 1),
    ("expand", "expend", 0),    # another verb written: an amount after it may be a measure
    ("rose", "raised", 0),
    ("county", "country", 0),
])
def test_which_forms_take_an_amount_of_money(written, alt, sign):
    from termcheck.lang.phrases import object_sign

    got = object_sign(written, alt)
    assert ((got[0] > 0) - (got[0] < 0) if got else 0) == sign


def test_an_amount_of_money_speaks_for_the_verb_that_takes_it(tc430):
    """The amount is what tells: the same sentence with an object of another kind is a slip."""
    assert tc430("The county will expend 2 million yuan on new roads.") == []
    assert [f[:2] for f in tc430("The county will expend the scheme to new villages.")] == [("expend", "expand")]
    (found,) = tc430("The bank will lone 2 million yuan to the cooperative.")
    assert found[:2] == ("lone", "loan") and "an amount of money follows" in found[2]
    assert tc430("The bank will lone the cooperative a truck.") == []  # no amount: the slot alone is too weak


def test_noun_phrase_head_backs_off_to_the_determiner():
    from termcheck.lang.phrases import determiner_before, head_possible, noun_share

    assert noun_share("affect", "effect") > 2 and noun_share("effect", "affect") < -2
    assert head_possible("spillover", False, "affect", "effect", "on")
    assert head_possible("multiplier", False, "affect", "effect", None)        # punctuation after
    assert not head_possible("rules", False, "affect", "effect", "on")         # a plural: a subject
    assert not head_possible("spillover", False, "affect", "effect", "the")    # no preposition after
    assert not head_possible("government", False, "committed", "committee", "to")  # a past tense: a verb
    assert not head_possible("positive", False, "affect", "effect", "on")      # a listed pair decides
    text = "It had a  spillover, then The clear spillover, and, spillover, of long-term spillover"
    assert determiner_before(text, text.index("spillover")) == "a"
    assert determiner_before(text, text.index("spillover", text.index("clear"))) == "The clear"
    assert determiner_before(text, text.index("spillover", text.index("and,"))) is None
    assert determiner_before(text, text.rindex("spillover")) is None  # (a hyphen joins "long-term")


def test_a_noun_phrase_head_is_caught_only_after_a_determiner(tc430):
    (found,) = tc430("The boom had a spillover affect on the village.")
    assert found[:2] == ("affect", "effect") and "follows a determiner far more often" in found[2]
    assert tc430("Booms spillover affect on villages.") == []  # (no determiner: no noun phrase known)


# ---------------------------------------------------------------- a parallel phrase is a contrast

def test_a_parallel_phrase_beside_the_word_is_no_document_usage(tc430):
    from termcheck.kinds.confusion import CONTRAST_REACH, _contrast

    assert tc430("China helps poor countries abroad and poor counties at home.") == []
    spoke = (("poor countries", 3.0, 1, "the document writes “poor countries” elsewhere"),)
    near = "We help poor countries abroad and poor counties at home."
    at = near.index("counties")
    assert _contrast(near, at, at + 8, spoke) == (3.0, [spoke[0][3]])
    # the alternative's phrase written twice elsewhere: one beside the word leaves a majority
    assert _contrast(near, at, at + 8, (spoke[0][:2] + (2,) + spoke[0][3:],)) == (0.0, [])
    # far apart in one long sentence, or in another sentence: the document's usage
    far = "We help poor countries abroad, " + "and after many long years of careful work, " * 2 + "poor counties."
    at = far.index("counties")
    assert at - far.index("poor countries") > CONTRAST_REACH
    assert _contrast(far, at, at + 8, spoke) == (0.0, [])
    other = "We help poor countries abroad. We help poor counties at home."
    at = other.index("counties")
    assert _contrast(other, at, at + 8, spoke) == (0.0, [])


def test_the_evidence_tool_prints_each_source_and_the_models_total(capsys):
    import importlib.util

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("confusion_evidence", ROOT / "bench" / "confusion_evidence.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.main(["The county will expend 2 million yuan on roads. The boom had a spillover affect on it."])
    out = capsys.readouterr().out
    assert "-> expand: left +5.25 object -3.00" in out and "TOTAL +2.25" in out
    assert "-> effect: right +2.09 head +3.00" in out and "REPORTED" in out.split("-> effect")[1]
