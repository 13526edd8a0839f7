"""The pure core: ``check(document, config) -> list[Finding]``. No I/O happens here
except loading rule packs and glossaries once, when an ``Engine`` is built."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .config import Config
from .errors import CheckTimeout, RuleLoadError
from .model import Document, Finding, Segment, Severity

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Shipped data: ``rules/`` or ``glossary/`` beside the package in a checkout, inside it when installed."""
    for cand in (PACKAGE_DIR / "data" / name, PACKAGE_DIR.parent / name):
        if cand.is_dir():
            return cand
    return PACKAGE_DIR / "data" / name


@dataclass
class Context:
    """What a kind sees during one check. ``memo`` shares analyses between rules of one run;
    ``rules`` are the rules of this check (set by ``run_rules``), so that work shared by several
    rules is sized to them (the word scan's words, ``kinds/_wordscan.py``); None when unknown
    (a kind then works for the rule it runs alone)."""

    document: Document
    config: Config
    glossary: Any = None
    memo: dict = field(default_factory=dict)
    rules: tuple | None = None

    @property
    def segments(self) -> tuple[Segment, ...]:
        return self.document.segments

    def memoize(self, key, fn: Callable[[], Any]):
        if key not in self.memo:
            self.memo[key] = fn()
        return self.memo[key]

    def release(self, namespaces) -> None:
        """Forget the analyses of ``namespaces`` (a key's namespace is its first element, or the
        key itself when it is a string): no rule still to run needs them."""
        drop = set(namespaces)
        if drop:
            for key in [k for k in self.memo if memo_namespace(k) in drop]:
                del self.memo[key]


def memo_namespace(key) -> str:
    return key[0] if isinstance(key, tuple) else key


def memo_last_use(rules) -> dict[str, int]:
    """Namespace -> index of the last rule in ``rules`` whose kind declares it in ``MEMO`` (the
    ctx.memo namespaces a kind reads or writes). A namespace no kind declares is never released."""
    from .kinds import load_kind

    last: dict[str, int] = {}
    for i, rule in enumerate(rules):
        for ns in getattr(load_kind(rule.kind), "MEMO", ()):
            last[ns] = i
    return last


class Engine:
    """Rules and glossary loaded and indexed once; ``check`` may be called many times."""

    def __init__(self, rules, glossary=None, config: Config | None = None):
        self.rules = list(rules)
        self.glossary = glossary
        self.config = config or Config()
        self.by_id = {r.id: r for r in self.rules}
        for r in self.rules:
            for a in r.spec.aliases:
                self.by_id.setdefault(a, r)

    @classmethod
    def from_config(cls, config: Config | None = None, glossary_texts: list[tuple[str, str]] | None = None) -> "Engine":
        from .regexcache import install
        from .ruleset import load_rules

        install()  # compiled regex patterns from the disk cache (kinds compile ~150 when they load)
        config = config or Config()
        # [params] overrides are applied while validating, so they are part of the rule cache's key
        rules = load_rules([data_dir("rules"), *config.rule_packs], config.params)
        for r in rules:
            if r.id in config.severity:
                r.severity = config.severity[r.id]
        for key in list(config.params) + list(config.severity):
            if not any(r.id == key for r in rules):
                raise RuleLoadError("config", f"unknown rule id {key!r} in [params]/[severity]")
        glossary = load_glossary(config, glossary_texts)
        return cls(rules, glossary, config)

    def selected(self, config: Config, bilingual: bool = False):
        from .ruleset import rule_matches

        out = []
        for r in self.rules:
            if config.select:
                if not any(rule_matches(r, s) for s in config.select):
                    continue
            elif not r.spec.enabled:
                continue
            if any(rule_matches(r, s) for s in config.ignore):
                continue
            if r.spec.requires_source and not bilingual:
                continue
            out.append(r)
        return out

    def check(self, document: Document, config: Config | None = None) -> list[Finding]:
        config = config or self.config
        rules = tuple(self.selected(config, document.bilingual))
        ctx = Context(document=document, config=config, glossary=self.glossary, rules=rules)
        findings: list[Finding] = [n for n in document.notes if _note_selected(n, config)]
        for _, found in run_rules(rules, ctx, config):
            findings.extend(found)
        return finalize(findings, document, {r.id for r in self.rules if r.spec.requires_source})


def run_rules(rules, ctx: Context, config: Config):
    """(rule, its findings) for each rule in turn. A long document's shared analyses (quantities,
    glossary matches, tokens) are freed as soon as the last rule that uses them has run, so they
    do not all stack up to the peak. A context that does not know its rules yet is told them."""
    rules = tuple(rules)
    if ctx.rules is None:
        ctx.rules = rules
    release_after: dict[int, list[str]] = {}
    for ns, i in memo_last_use(rules).items():
        release_after.setdefault(i, []).append(ns)
    for i, rule in enumerate(rules):
        yield rule, run_rule(rule, ctx, config)
        if i in release_after:
            ctx.release(release_after[i])


def run_rule(rule, ctx: Context, config: Config) -> list[Finding]:
    """One rule's findings on ``ctx``'s document, with the configured severity; a rule past its
    time budget ends the check with CheckTimeout (one line, exit 2)."""
    try:
        produced = list(rule.run(rule, ctx) or ())
    except TimeoutError:
        raise CheckTimeout(f"rule {rule.id} ran past its time budget on {ctx.document.path}") from None
    sev = config.severity.get(rule.id)
    if sev and sev != rule.severity:
        produced = [f.with_(severity=sev) for f in produced]
    return produced


def _note_selected(note: Finding, config: Config) -> bool:
    """Reader findings (e.g. TC649 from the paragraph aligner) obey --select/--ignore like rules."""
    from types import SimpleNamespace

    from .ruleset import rule_matches

    pseudo = SimpleNamespace(id=note.rule, name=note.name, category=note.category, spec=SimpleNamespace(aliases=[]))
    if config.select and not any(rule_matches(pseudo, s) for s in config.select):
        return False
    return not any(rule_matches(pseudo, s) for s in config.ignore)


def finalize(findings: list[Finding], document: Document, prefer: set[str] = frozenset()) -> list[Finding]:
    """Drop suppressed and duplicate findings, fill ``text``, sort by position."""
    seen = set()
    out = []
    seg_by_id = {s.id: s for s in document.segments}
    for f in findings:
        key = (f.rule, f.segment, f.start, f.end)
        if key in seen:
            continue
        seen.add(key)
        if f.segment is None and _suppressed(f, document.suppressed):
            continue
        seg = seg_by_id.get(f.segment)
        if seg is not None and not f.text:
            f = f.with_(text=seg.original[f.start:f.end])
        out.append(f)
    out.sort(key=lambda f: f.sort_key)
    return _merge_same_problem(out, seg_by_id, prefer)


def _fixed(text: str, f: Finding, lo: int, hi: int) -> str | None:
    if not f.suggestions:
        return None
    return text[lo:f.start] + f.suggestions[0] + text[f.end:hi]


def _same_problem(a: Finding, b: Finding, text: str) -> bool:
    """Two rules reporting one problem: the same span, or overlapping spans whose first
    suggestions give the same corrected text ("Immigration" inside "Poverty Alleviation and
    Immigration", both fixed to "...Resettlement")."""
    if (a.start, a.end) == (b.start, b.end):
        return True
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    fa, fb = _fixed(text, a, lo, hi), _fixed(text, b, lo, hi)
    return fa is not None and fa == fb


def _merge_same_problem(findings: list[Finding], seg_by_id, prefer=frozenset()) -> list[Finding]:
    """Keep one finding per problem (the most severe; then one of the ``prefer`` rules, which
    check against the source and so say more; then one with a suggestion; then the lowest id);
    on the same span, the others' suggestions are kept as further suggestions."""
    out: list[Finding] = []
    # the kept findings that a later one can still overlap: findings come sorted by segment and
    # start, so one that ends at or before this finding's start ends before every later one's;
    # the set stays as small as the overlaps are (no look back over the whole document per finding)
    active: list[int] = []
    segment: object = object()
    text = ""
    for f in findings:
        if f.segment != segment:
            segment, active = f.segment, []
            seg = seg_by_id.get(f.segment)
            text = seg.original if seg is not None else ""
        elif active:
            active = [i for i in active if out[i].end > f.start]
        for i in reversed(active):
            k = out[i]
            if _same_problem(k, f, text):
                keep, drop = sorted((k, f), key=lambda x: (-Severity(x.severity).rank, x.rule not in prefer,
                                                                 not x.suggestions, x.rule))
                # suggestions replace a span: only the same span's alternatives carry over
                same_span = (drop.start, drop.end) == (keep.start, keep.end)
                extra = tuple(x for x in drop.suggestions if x not in keep.suggestions) if same_span else ()
                out[i] = keep.with_(suggestions=keep.suggestions + extra) if extra else keep
                break
        else:
            active.append(len(out))
            out.append(f)
    out.sort(key=lambda f: f.sort_key)
    return out


def _suppressed(f: Finding, ranges) -> bool:
    for start, end, ids in ranges:
        if start <= f.start < end and (ids is None or f.rule in ids or f.name in ids):
            return True
    return False


def load_glossary(config: Config, texts=None):
    """Load the shipped glossary (unless disabled) plus configured ones; None if the glossary module is absent."""
    try:
        from . import glossary as gl
    except ImportError:
        return None
    if not hasattr(gl, "load_glossaries"):  # package present but not yet providing its API
        return None
    paths = []
    if config.default_glossary:
        paths.append(data_dir("glossary"))
    paths.extend(config.glossaries)
    return gl.load_glossaries(paths, texts or [])


@functools.lru_cache(maxsize=8)
def _engine_for(key: str) -> Engine:
    return Engine.from_config(Config.model_validate_json(key))


def default_engine(config: Config | None = None) -> Engine:
    config = config or Config()
    key = config.model_copy(update={"select": [], "ignore": [], "fail_on": "warning"}).model_dump_json()
    return _engine_for(key)


def check(document: Document | str, config: Config | None = None) -> list[Finding]:
    """Check a document (or a plain string) with the shipped rules and glossary."""
    if isinstance(document, str):
        document = Document.from_text(document)
    config = config or Config()
    return default_engine(config).check(document, config)


def severity_at_least(sev: str, threshold: str) -> bool:
    return Severity(sev).rank >= Severity(threshold).rank
