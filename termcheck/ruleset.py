"""Load and validate rule packs (``rules/*.yml``).

A rule is data: id, name, kind, category, severity, message, params, docs and examples.
Loading is all-or-nothing: any problem raises ``RuleLoadError`` naming file, line and id.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .errors import RuleLoadError
from .kinds import KINDS, load_kind
from .lazymodel import BaseModel, ConfigDict, Field, field_validator
from .model import CATEGORIES, Finding, new_finding, new_fix

MARK = re.compile(r"\[\[(.*?)\]\]", re.S)


class RuleDoc(BaseModel):
    model_config = ConfigDict(extra="forbid")
    what: str
    why: str = ""
    example: str = ""
    instead: str = ""


class BadExample(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    fix: str | None = None  # expected first suggestion
    source: str | None = None
    glossary: str | None = None  # inline TSV glossary for this example

    @field_validator("text")
    @classmethod
    def _has_marker(cls, v: str) -> str:
        if not MARK.search(v):
            raise ValueError("a bad example must mark the expected span with [[...]]")
        return v


class GoodExample(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    source: str | None = None
    glossary: str | None = None


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")
    bad: list[BadExample] = Field(min_length=1)
    good: list[GoodExample] = Field(min_length=1)

    @field_validator("good", mode="before")
    @classmethod
    def _strings_ok(cls, v):
        return [{"text": x} if isinstance(x, str) else x for x in (v or [])]

    @field_validator("bad", mode="before")
    @classmethod
    def _bad_strings_ok(cls, v):
        return [{"text": x} if isinstance(x, str) else x for x in (v or [])]


class RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^TC\d{3}$")
    name: str = Field(pattern=r"^[a-z]+/[a-z0-9-]+$")
    kind: str
    category: Literal[CATEGORIES]  # type: ignore[valid-type]
    severity: Literal["error", "warning", "info"]
    message: str
    fix: Literal["safe", "unsafe", "none"] = "none"
    critical: bool = False
    enabled: bool = True
    requires_source: bool = False
    aliases: list[str] = []
    params: dict[str, Any] = {}
    doc: RuleDoc
    examples: Examples

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, v: str) -> str:
        if v not in KINDS:
            raise ValueError(f"unknown kind {v!r} (known: {', '.join(sorted(KINDS))})")
        return v


@dataclass
class Rule:
    """A validated rule bound to its kind's code."""

    spec: RuleSpec
    params: Any
    path: str
    line: int | None
    severity: str = ""
    run: Any = field(default=None, repr=False)
    run_document: Any = field(default=None, repr=False)

    def __post_init__(self):
        self.severity = self.severity or self.spec.severity

    id = property(lambda self: self.spec.id)
    name = property(lambda self: self.spec.name)
    kind = property(lambda self: self.spec.kind)
    category = property(lambda self: self.spec.category)

    def finding(self, seg, start: int, end: int, message: str | None = None,
                suggestions=(), replacement: str | None = None, **fmt) -> Finding:
        """Build a finding on ``seg`` (a Segment) with this rule's identity.

        ``message`` overrides the rule's template; both are formatted with ``text`` and ``fmt``.
        The first suggestion becomes the fix when the rule declares one.
        """
        text = seg.original[start:end]
        suggestions = tuple(s for s in suggestions if s is not None and s != text)
        values = _Fmt(text=text, suggestion=suggestions[0] if suggestions else "", **fmt)
        msg = (message or self.spec.message).format_map(values)
        fix = None
        if self.spec.fix != "none":
            rep = replacement if replacement is not None else (suggestions[0] if suggestions else None)
            if rep is not None:
                fix = new_fix(rep, self.spec.fix)
        return new_finding(self.id, self.name, self.category, self.severity, start, end, msg, text, suggestions,
                           fix, seg.id)

    def explain(self) -> str:
        s, d = self.spec, self.spec.doc
        out = [f"{s.id} {s.name}  [{s.kind}, {s.category}, {self.severity}; fix: {s.fix}]", "",
               "What it checks", "  " + d.what.strip()]
        if d.why:
            out += ["", "Why it matters", "  " + d.why.strip()]
        if d.example:
            out += ["", "Example", "  " + d.example.strip()]
        if d.instead:
            out += ["", "Use instead", "  " + d.instead.strip()]
        if s.params:
            out += ["", "Parameters"] + [f"  {k}: {v!r}" for k, v in s.params.items()]
        return "\n".join(out)


class _Fmt(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def _line_loader():
    """A SafeLoader that records each mapping's line as ``__line__`` (yaml is imported only
    when a pack is parsed: a warm start reads the rule cache instead)."""
    import yaml

    class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        pass

    def _construct_mapping(loader, node, deep=False):
        mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping

    _LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    return _LineLoader


def _strip_lines(obj):
    if isinstance(obj, dict):
        return {k: _strip_lines(v) for k, v in obj.items() if k != "__line__"}
    if isinstance(obj, list):
        return [_strip_lines(v) for v in obj]
    return obj


def parse_pack(text: str, path: str) -> list[tuple[dict, int | None]]:
    import yaml

    try:
        data = yaml.load(text, Loader=_line_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RuleLoadError(path, f"invalid YAML: {problem}", line) from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleLoadError(path, "a rule pack is a mapping with a 'rules:' list")
    out = []
    for raw in data["rules"]:
        if not isinstance(raw, dict):
            raise RuleLoadError(path, "each rule must be a mapping")
        out.append((raw, raw.get("__line__")))
    return out


def validate_rule(raw: dict, path: str, line: int | None, overrides: dict | None = None):
    """(spec, params) of one rule, validated (pydantic is imported here, not on a warm start).
    ``overrides``: parameter values from the configuration, merged over the pack's."""
    from pydantic import ValidationError

    rid = raw.get("id") if isinstance(raw.get("id"), str) else None
    try:
        spec = RuleSpec.model_validate(_strip_lines(raw))
        if overrides and spec.id in overrides:
            spec = RuleSpec.model_validate({**spec.model_dump(), "params": {**spec.params, **overrides[spec.id]}})
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"]) or "rule"
        raise RuleLoadError(path, f"{loc}: {err['msg']}", line, rid) from None
    params_model = getattr(load_kind(spec.kind), "Params", None)
    try:
        params = params_model.model_validate(spec.params) if params_model else spec.params
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise RuleLoadError(path, f"params.{loc}: {err['msg']}", line, rid) from None
    return spec, params


def bind_rule(spec: RuleSpec, params, path: str, line: int | None) -> Rule:
    """A validated rule bound to its kind's code: ``prepare(params)`` runs here, at every start."""
    mod = load_kind(spec.kind)
    prepare = getattr(mod, "prepare", None)
    if prepare is not None:
        try:
            params = prepare(params) or params
        except (ValueError, re.error) as exc:
            raise RuleLoadError(path, f"params: {exc}", line, spec.id) from None
    return Rule(spec=spec, params=params, path=path, line=line,
                run=getattr(mod, "run", None), run_document=getattr(mod, "run_document", None))


class _PendingRule(Rule):
    """A rule from the cache, bound to its kind (module imported, ``prepare()`` run) on first
    use of ``params``/``run``: rules a check never runs (those that need a Chinese source, on a
    monolingual file; those outside ``--select``) cost nothing."""

    def __init__(self, spec: RuleSpec, params_blob: bytes, path: str, line: int | None, kin: list):
        self.spec, self.path, self.line, self.severity = spec, path, line, spec.severity
        self._blob = params_blob
        self._kin = kin  # the rules of this kind: bound together, in load order, as before the
        kin.append(self)  # cache (a kind's prepare() may gather data of all its rules)

    def _bound(self) -> Rule:
        bound = self.__dict__.get("_rule")
        if bound is None:
            import pickle

            for r in self._kin:
                if "_rule" not in r.__dict__:
                    r.__dict__["_rule"] = bind_rule(r.spec, pickle.loads(r._blob), r.path, r.line)
            bound = self.__dict__["_rule"]
        return bound

    params = property(lambda self: self._bound().params)
    run = property(lambda self: self._bound().run)
    run_document = property(lambda self: self._bound().run_document)


def build_rule(raw: dict, path: str, line: int | None) -> Rule:
    return bind_rule(*validate_rule(raw, path, line), path, line)


def pack_files(paths) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files.extend(sorted(p.glob("*.yml")) + sorted(p.glob("*.yaml")))
        elif p.exists():
            files.append(p)
        else:
            raise RuleLoadError(p, "rule pack not found")
    return files


def load_rules(paths, overrides: dict | None = None) -> list[Rule]:
    """Load every pack in ``paths`` (files or directories of ``*.yml``); ``overrides``: rule id ->
    parameter values (the configuration's ``[params]``). The validated rules are cached on disk
    (``rulecache.py``), so only a changed pack, configuration or code parses YAML and validates."""
    from . import rulecache

    files = pack_files(paths)
    texts = []
    for f in files:
        try:
            texts.append((f, f.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            raise RuleLoadError(f, f"cannot read rule pack: {exc}") from None
    key = rulecache.key(texts, overrides)
    cached = rulecache.load(key)
    if cached is not None:
        kinds: dict[str, list] = {}
        return [_PendingRule(spec, params_blob, path, line, kinds.setdefault(spec.kind, []))
                for spec, params_blob, path, line in cached]
    rules: list[Rule] = []
    validated = []
    seen: dict[str, str] = {}
    names: dict[str, str] = {}
    for f, text in texts:
        for raw, line in parse_pack(text, str(f)):
            spec, params = validate_rule(raw, str(f), line, overrides)
            # params pickled apart (a cached rule unpickles them when it first runs), before prepare()
            validated.append(rulecache.dumps((spec, rulecache.dumps(params), str(f), line)))
            rule = bind_rule(spec, params, str(f), line)
            where = f"{f}:{line}"
            if rule.id in seen:
                raise RuleLoadError(f, f"duplicate rule id (first defined at {seen[rule.id]})", line, rule.id)
            if rule.name in names:
                raise RuleLoadError(f, f"duplicate rule name {rule.name!r} (first at {names[rule.name]})", line, rule.id)
            for alias in rule.spec.aliases:
                if alias in seen:
                    raise RuleLoadError(f, f"alias {alias} clashes with an existing id", line, rule.id)
            seen[rule.id] = where
            names[rule.name] = where
            rules.append(rule)
    rulecache.save(key, validated)
    return rules


def rule_matches(rule: Rule, selector: str) -> bool:
    """A selector is an id, an id prefix (TC5), an alias, a name, a name prefix or a category."""
    sel = selector.strip()
    if not sel:
        return False
    up = sel.upper()
    if up == "ALL":
        return True
    if rule.id.startswith(up) or up in (a.upper() for a in rule.spec.aliases):
        return True
    if sel == rule.name or (sel.endswith("/") and rule.name.startswith(sel)) or rule.name.startswith(sel + "/"):
        return True
    return sel.lower() == rule.category
