"""The word scan shared by the grammar patterns (anchor words) and the confusion model (forms):
one pass with both kinds' keys must find what each kind's own search finds, words in both sets
included (their keys carry both readings)."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from termcheck.config import Config
from termcheck.engine import Context, Engine, run_rule
from termcheck.kinds import _confusion_doc as cd
from termcheck.kinds import _wordscan as ws
from termcheck.kinds import _grammar_anchors as ga
from termcheck.model import Document

ROOT = Path(__file__).resolve().parent.parent

ANCHORS = frozenset({"the", "a", "an", "to", "were", "their", "its", "has", "from"})
FORMS = frozenset({"from", "form", "were", "where", "their", "there", "its", "it", "county", "country", "an"})
PIECES = ["the", "The", "THE", "tHe", "a", "A", "an", "An", "AN", "to", "To", "were", "Were", "WERE", "where",
          "their", "There", "its", "It's", "it", "from", "From", "FROM", "fRom", "form", "county", "Country",
          "and", "other", "theory", "x", "x_", "_", "1", "é", "’", "'", "-", "—", "“", "(", "[", '"', ",", ".",
          "?", "\u00a0", "\t", "\n", " ", " ", " ", "  "]


def _plain_anchor_hits(text: str) -> dict[str, list[int]]:
    """Whole tokens (ga._whole), lower case or capitalised, by str.find."""
    out: dict[str, list[int]] = {}
    for w in ANCHORS:
        for form in {w, w[:1].upper() + w[1:]}:
            i = text.find(form)
            while i != -1:
                if ga._whole(text, i, len(w)):
                    out.setdefault(w, []).append(i)
                i = text.find(form, i + 1)
    return {w: sorted(v) for w, v in out.items()}


def _case_blind_forms(text: str) -> list[tuple[int, str]]:
    return cd._any_case(cd.scanners(FORMS), text, FORMS)


def test_one_scan_finds_each_kinds_words_as_their_own_search_does():
    rnd = random.Random(5)
    for trial in range(400):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randrange(0, 60)))
        both = ws.scan(text, ANCHORS, FORMS, ga._whole, cd._whole_form)
        anchors_only = ws.scan(text, ANCHORS, frozenset(), ga._whole, None)
        forms_only = ws.scan(text, frozenset(), FORMS, None, cd._whole_form)
        got = {w: list(v) for w, v in both[0].items()}
        assert got == {w: list(v) for w, v in anchors_only[0].items()} == _plain_anchor_hits(text), text
        places = list(zip(both[1], both[2]))
        assert places == list(zip(forms_only[1], forms_only[2])) == _case_blind_forms(text), text


@pytest.fixture(scope="module")
def engine():
    return Engine.from_config(Config())


def _ctx(engine, doc, cfg=None, rules=None):
    cfg = cfg or engine.config
    return Context(document=doc, config=cfg, glossary=engine.glossary,
                   rules=tuple(engine.selected(cfg)) if rules is None else rules)


def _anchors_of(engine, cfg):
    return frozenset().union(*(r.params.anchors for r in engine.selected(cfg) if r.kind == "grammar_pattern"))


def test_the_kinds_share_one_scan_per_segment(engine):
    """A check's grammar anchors and confusion forms come from one ``word-scan`` entry; a kind
    that finds other words than its own there (another set of forms) scans for itself."""
    from termcheck.lang.ngrams import confusables

    doc = Document.from_text("They came form the counties where their county's plan was made. " * 3)
    ctx = _ctx(engine, doc)
    seg = ctx.segments[0]
    anchors, forms, (hits, starts, words) = ws.word_scan(ctx, seg)
    assert forms == frozenset(confusables().pairs)  # (the check holds the confusion rule)
    assert anchors == _anchors_of(engine, engine.config) and "the" in hits
    assert ("word-scan", id(seg)) in ctx.memo
    places = cd.form_places(ctx, seg, confusables().pairs)
    assert places == (starts, words) and "form" in words
    own = cd.form_places(ctx, seg, {"form": None, "county": None})
    assert list(own[1]) == ["form", "form", "form"]  # (a scan of its own: the plan's 'county' is a possessive)


PACK = """rules:
  - id: TC990
    name: grammar/test-pack-rule
    kind: grammar_pattern
    category: grammar
    severity: info
    message: "x"
    params:
      patterns:
        - seq: [{w: [wherewith], name: a}, {w: [promulgates], name: b}]
          report: [a, b]
    doc: {what: "a test rule"}
    examples:
      bad: ['It [[wherewith promulgates]] the rules.']
      good: ['It promulgates the rules.']
"""

# sentences of their own for the grammar patterns, the confusion model and the pack's rule
TEXT = ("The office issued the Notice on Earnestly Study the Spirit of the Conference. Most of them came form "
        "the poor counties of the province, and each of the village have a clinic. The county wherewith "
        "promulgates its rules. Loans were made to an household in every village. The county office plans to rebuilt two bridges.\n")


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    path = tmp_path_factory.mktemp("pack") / "pack.yml"
    path.write_text(PACK, encoding="utf-8")
    return str(path)


def test_a_checks_words_are_its_own_rules_whatever_was_prepared_before(engine, pack):
    """The words scanned are those of the check's rules: another engine prepared earlier in the
    process (a rule pack with other anchor words) or another selection adds none of its own."""
    doc = Document.from_text(TEXT)
    one = Config(select=["TC703"])

    def scanned(eng, cfg):
        ctx = _ctx(eng, doc, cfg)
        return ws.word_scan(ctx, ctx.segments[0])[:2]

    before = scanned(engine, one)
    tc703 = engine.by_id["TC703"].params.anchors
    assert before == (tc703, frozenset())  # one grammar rule: its words, no confusion forms
    assert scanned(engine, Config(select=["TC430"]))[0] == frozenset()  # the confusion rule alone: no anchors
    packed = Engine.from_config(Config(rule_packs=[pack]))
    assert any(f.rule == "TC990" for f in packed.check(doc))  # the pack's rule prepared and run
    assert "wherewith" in scanned(packed, packed.config)[0]
    assert scanned(engine, one) == before
    assert "wherewith" not in scanned(engine, engine.config)[0]
    assert scanned(engine, engine.config)[0] == _anchors_of(engine, engine.config)


def _fresh_findings(cfg: Config) -> list:
    """The findings of TEXT in a process of their own."""
    code = ("import json, sys\n"
            "from termcheck.config import Config\n"
            "from termcheck.engine import Engine\n"
            "from termcheck.model import Document\n"
            "cfg = Config.model_validate_json(sys.argv[1])\n"
            "found = Engine.from_config(cfg).check(Document.from_text(sys.argv[2]), cfg)\n"
            "print(json.dumps([[f.rule, f.start, f.end, list(f.suggestions), f.message] for f in found]))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", code, cfg.model_dump_json(), TEXT], capture_output=True,
                         text=True, env=env, cwd=str(ROOT), check=True).stdout
    return json.loads(out)


def test_engines_with_other_selections_in_one_process_find_what_a_fresh_process_finds(engine, pack):
    configs = [Config(rule_packs=[pack]), Config(select=["TC7"]), Config(select=["TC430", "TC704"]), Config()]
    doc = Document.from_text(TEXT)
    here = []
    for cfg in configs:  # (the pack's engine first: its rule is prepared before the others check)
        eng = Engine.from_config(cfg)
        here.append([[f.rule, f.start, f.end, list(f.suggestions), f.message] for f in eng.check(doc, cfg)])
    assert {f[0] for f in here[0]} >= {"TC990", "TC430", "TC703", "TC704"}  # the text reaches the rules
    assert all(here), "every configuration finds something"
    for cfg, found in zip(configs, here):
        assert found == _fresh_findings(cfg), cfg


def test_a_rule_outside_the_checks_rules_scans_for_itself(engine):
    """A context that does not know its rules, or knows others, still gives each rule its
    findings (the rule scans for its own words)."""
    doc = Document.from_text(TEXT * 2)
    rules = [r for r in engine.selected(engine.config) if r.kind in ("grammar_pattern", "confusion")]
    full = _ctx(engine, doc)
    expected = {r.id: run_rule(r, full, engine.config) for r in rules}
    assert expected["TC703"] and expected["TC430"]
    unknown = Context(document=doc, config=engine.config, glossary=engine.glossary)
    other = _ctx(engine, doc, rules=(engine.by_id["TC703"],))
    for ctx in (unknown, other):
        for r in rules:
            assert run_rule(r, ctx, engine.config) == expected[r.id], r.id
