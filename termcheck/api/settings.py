"""Server settings: flags > environment (``TERMCHECK_*``) > ``[serve]`` in the config file > defaults.

Nothing is read at import time: ``get_settings()`` builds the settings once per process (cached),
so tests can build their own ``Settings`` and pass them to ``create_app``. ``termcheck serve``
puts its flags into the environment, which is how uvicorn worker processes receive them.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import ConfigError

ENV_PREFIX = "TERMCHECK_"


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    workers: int = Field(1, ge=1, le=64)
    config: str | None = None  # termcheck.toml / pyproject.toml: rules, glossaries, [serve]
    # extra glossaries the server loads, NAME=PATH (requests can name them, never a path)
    glossaries: dict[str, str] = {}
    max_body_bytes: int = Field(2_000_000, ge=1024)
    max_text_chars: int = Field(500_000, ge=100)
    time_budget: float = Field(10.0, gt=0)  # seconds per check request
    api_keys: list[str] = []  # empty: no authentication
    cors_origins: list[str] = []  # empty: CORS off
    log_level: str = "info"

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _split_csv(cls, v):
        if isinstance(v, str):
            return [x.strip() for x in v.split(",") if x.strip()]
        return v

    @field_validator("glossaries", mode="before")
    @classmethod
    def _split_pairs(cls, v):
        if isinstance(v, str):
            v = [x for x in v.split(",") if x.strip()]
        if isinstance(v, list):
            out = {}
            for item in v:
                name, sep, path = str(item).partition("=")
                if not sep or not name.strip() or not path.strip():
                    raise ValueError(f"glossary {item!r} must be NAME=PATH")
                out[name.strip()] = path.strip()
            return out
        return v


def _from_env(environ) -> dict[str, Any]:
    out = {}
    for name in Settings.model_fields:
        val = environ.get(ENV_PREFIX + name.upper())
        if val is not None and val != "":
            out[name] = val
    return out


def _from_config_file(path: str | None) -> dict[str, Any]:
    """The ``[serve]`` table of the config file (``[tool.termcheck.serve]`` in pyproject.toml)."""
    if not path:
        return {}
    import tomllib

    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None
    if p.name == "pyproject.toml":
        data = data.get("tool", {}).get("termcheck", {})
    serve = dict(data.get("serve", {}))
    serve.pop("config", None)
    if "glossaries" in serve and isinstance(serve["glossaries"], dict):  # relative to the config file
        serve["glossaries"] = {k: str((p.parent / v)) for k, v in serve["glossaries"].items()}
    return serve


def load_settings(overrides: dict[str, Any] | None = None, environ=None) -> Settings:
    environ = os.environ if environ is None else environ
    env = _from_env(environ)
    flags = {k: v for k, v in (overrides or {}).items() if v is not None}
    config_path = flags.get("config") or env.get("config")
    data = {**_from_config_file(config_path), **env, **flags}
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"server setting {loc} ({ENV_PREFIX}{loc.upper()}): {err['msg']}") from None


def to_env(settings: Settings) -> dict[str, str]:
    """The environment that reproduces ``settings`` in a worker process."""
    s = settings
    env = {"host": s.host, "port": str(s.port), "workers": str(s.workers), "config": s.config or "",
           "glossaries": ",".join(f"{k}={v}" for k, v in s.glossaries.items()),
           "max_body_bytes": str(s.max_body_bytes), "max_text_chars": str(s.max_text_chars),
           "time_budget": str(s.time_budget), "api_keys": ",".join(s.api_keys),
           "cors_origins": ",".join(s.cors_origins), "log_level": s.log_level}
    return {ENV_PREFIX + k.upper(): v for k, v in env.items()}


@functools.lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
