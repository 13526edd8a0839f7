"""The word scan shared by the grammar patterns (anchor words) and the confusion model (forms):
one pass with both kinds' keys must find what each kind's own search finds, words in both sets
included (their keys carry both readings)."""
from __future__ import annotations

import random

from termcheck.config import Config
from termcheck.engine import Context
from termcheck.kinds import _confusion_doc as cd
from termcheck.kinds import _wordscan as ws
from termcheck.kinds import grammar_pattern as gp
from termcheck.model import Document

ANCHORS = frozenset({"the", "a", "an", "to", "were", "their", "its", "has", "from"})
FORMS = frozenset({"from", "form", "were", "where", "their", "there", "its", "it", "county", "country", "an"})
PIECES = ["the", "The", "THE", "tHe", "a", "A", "an", "An", "AN", "to", "To", "were", "Were", "WERE", "where",
          "their", "There", "its", "It's", "it", "from", "From", "FROM", "fRom", "form", "county", "Country",
          "and", "other", "theory", "x", "x_", "_", "1", "é", "’", "'", "-", "—", "“", "(", "[", '"', ",", ".",
          "?", "\u00a0", "\t", "\n", " ", " ", " ", "  "]


def _plain_anchor_hits(text: str) -> dict[str, list[int]]:
    """Whole tokens (gp._whole), lower case or capitalised, by str.find."""
    out: dict[str, list[int]] = {}
    for w in ANCHORS:
        for form in {w, w[:1].upper() + w[1:]}:
            i = text.find(form)
            while i != -1:
                if gp._whole(text, i, len(w)):
                    out.setdefault(w, []).append(i)
                i = text.find(form, i + 1)
    return {w: sorted(v) for w, v in out.items()}


def _case_blind_forms(text: str) -> list[tuple[int, str]]:
    return cd._any_case(cd.scanners(FORMS), text, FORMS)


def test_one_scan_finds_each_kinds_words_as_their_own_search_does():
    rnd = random.Random(5)
    for trial in range(400):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randrange(0, 60)))
        both = ws.scan(text, ANCHORS, FORMS, gp._whole, cd._whole_form)
        anchors_only = ws.scan(text, ANCHORS, frozenset(), gp._whole, None)
        forms_only = ws.scan(text, frozenset(), FORMS, None, cd._whole_form)
        got = {w: list(v) for w, v in both[0].items()}
        assert got == {w: list(v) for w, v in anchors_only[0].items()} == _plain_anchor_hits(text), text
        places = list(zip(both[1], both[2]))
        assert places == list(zip(forms_only[1], forms_only[2])) == _case_blind_forms(text), text


def test_the_kinds_share_one_scan_per_segment():
    """A check's grammar anchors and confusion forms come from one ``word-scan`` entry; a kind
    that finds other words than its own there (another set of forms) scans for itself."""
    import termcheck.kinds.confusion  # noqa: F401  (registers its forms, as the engine's import does)
    from termcheck.lang.ngrams import confusables

    doc = Document.from_text("They came form the counties where their county's plan was made. " * 3)
    ctx = Context(document=doc, config=Config(), glossary=None)
    seg = ctx.segments[0]
    anchors, forms, (hits, starts, words) = ws.word_scan(ctx, seg)
    assert forms == frozenset(confusables().pairs)  # (registered when the confusion kind was imported)
    assert ("word-scan", id(seg)) in ctx.memo
    places = cd.form_places(ctx, seg, confusables().pairs)
    assert places == (starts, words) and "form" in words
    own = cd.form_places(ctx, seg, {"form": None, "county": None})
    assert list(own[1]) == ["form", "form", "form"]  # (a scan of its own: the plan's 'county' is a possessive)
