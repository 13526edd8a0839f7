"""Run configuration: from ``termcheck.toml`` or ``[tool.termcheck]`` in ``pyproject.toml``.

Keys (all optional)::

    select = ["TC5", "punctuation"]      # ids, id prefixes, names, categories
    ignore = ["TC507"]
    fail-on = "warning"                  # error | warning | info
    rule-packs = ["style/house.yml"]     # extra packs, relative to the config file
    glossaries = ["glossary/ours.tsv"]   # extra glossaries
    default-glossary = true              # load the shipped glossary
    include = ["**/*.md", "**/*.txt"]   # file globs for directories
    exclude = ["drafts/**"]
    [severity]                           # severity overrides
    TC507 = "info"
    [params.TC502]                       # rule parameter overrides
    allow = ["【", "】"]
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from .errors import ConfigError
from .lazymodel import BaseModel, ConfigDict, Field

DEFAULT_INCLUDE = ["*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.xlf", "*.xliff", "*.tmx", "*.tsv", "*.csv", "*.jsonl"]


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    select: list[str] = []
    ignore: list[str] = []
    fail_on: Literal["error", "warning", "info"] = Field("warning", alias="fail-on")
    severity: dict[str, Literal["error", "warning", "info"]] = {}
    params: dict[str, dict[str, Any]] = {}
    rule_packs: list[str] = Field([], alias="rule-packs")
    glossaries: list[str] = []
    default_glossary: bool = Field(True, alias="default-glossary")
    include: list[str] = list(DEFAULT_INCLUDE)
    exclude: list[str] = []
    base_dir: str | None = Field(None, exclude=True)

    def merged(self, **overrides) -> "Config":
        update = {k: v for k, v in overrides.items() if v is not None}
        if all(k in self.__dict__ and type(v) is type(self.__dict__[k]) for k, v in update.items()):
            # values of the fields' own types (from argparse or the API): no validation, no pydantic
            return self.model_copy(update={**update, "base_dir": None})
        data = self.model_dump(by_alias=False)
        data.update(update)
        return Config.model_validate(data)


def _read_toml(path: Path) -> dict:
    """The TOML file parsed, kept in the cache directory by content (``toml-<key>.pkl``): the
    configuration search reads every pyproject.toml on the way up (a Python project's own, with or
    without [tool.termcheck]), and importing tomllib (its patterns compiled, datetime) cost ~40 M
    instructions a start, parsing a few more."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: invalid configuration: {exc}") from None
    from . import rulecache

    key = rulecache.digest(b"toml", data)
    cached = rulecache.load_object("toml", key)
    if isinstance(cached, dict):
        return cached
    import io
    import tomllib

    try:
        parsed = tomllib.load(io.BytesIO(data))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid configuration: {exc}") from None
    rulecache.save(key, parsed, prefix="toml")
    return parsed


def _validated(data: dict, path: Path) -> Config:
    """``Config.model_validate(data)``, kept in the cache directory (keyed by the settings and the
    code), so that a start with a configuration file imports no pydantic either."""
    import json

    from . import rulecache

    key = rulecache.digest(json.dumps(data, sort_keys=True, default=repr).encode())
    cached = rulecache.load_object("config", key)
    if isinstance(cached, Config):
        return cached
    from pydantic import ValidationError

    try:
        cfg = Config.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{path}: {loc}: {err['msg']}") from None
    rulecache.save(key, cfg, prefix="config")
    return cfg


def find_config(start: Path) -> Path | None:
    """The nearest termcheck.toml, or pyproject.toml with [tool.termcheck], from ``start`` upwards."""
    start = start.resolve()
    if start.is_file():
        start = start.parent
    for d in (start, *start.parents):
        cand = d / "termcheck.toml"
        if cand.is_file():
            return cand
        cand = d / "pyproject.toml"
        if cand.is_file() and "termcheck" in _read_toml(cand).get("tool", {}):
            return cand
    return None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("termcheck", {})
    data = {k: v for k, v in data.items() if k != "serve"}  # [serve] is read by termcheck.api.settings
    cfg = _validated(data, path)
    base = path.parent
    return cfg.model_copy(update={
        "base_dir": str(base),
        "rule_packs": [str((base / p)) for p in cfg.rule_packs],
        "glossaries": [str((base / p)) for p in cfg.glossaries],
    })
