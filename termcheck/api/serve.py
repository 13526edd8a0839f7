"""``termcheck serve``: run the API under uvicorn. Registered through ``cli.EXTRA_COMMANDS``;
FastAPI and uvicorn are imported only when the command runs."""
from __future__ import annotations

import os


def register(sub) -> None:
    p = sub.add_parser("serve", help="run the HTTP API, the LanguageTool-compatible API and the editor page")
    p.add_argument("--host", help="address to bind (default 127.0.0.1; TERMCHECK_HOST)")
    p.add_argument("--port", type=int, help="port (default 8080; TERMCHECK_PORT)")
    p.add_argument("--workers", type=int, help="worker processes (default 1; TERMCHECK_WORKERS)")
    p.add_argument("--config", help="termcheck.toml with rules, glossaries and a [serve] table (TERMCHECK_CONFIG)")
    p.add_argument("--glossary", action="append", metavar="NAME=PATH",
                   help="load an extra glossary that requests may name; repeatable (TERMCHECK_GLOSSARIES)")
    p.add_argument("--api-key", action="append", dest="api_keys", metavar="KEY",
                   help="require 'Authorization: Bearer KEY'; repeatable (TERMCHECK_API_KEYS, comma-separated)")
    p.add_argument("--cors-origin", action="append", dest="cors_origins", metavar="ORIGIN",
                   help="allow browser calls from this origin; repeatable (TERMCHECK_CORS_ORIGINS; default off)")
    p.add_argument("--max-body-bytes", type=int, help="largest request body (default 2000000)")
    p.add_argument("--max-text-chars", type=int, help="largest text to check (default 500000)")
    p.add_argument("--time-budget", type=float, help="seconds a check may take (default 10)")
    p.add_argument("--log-level", choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(func=cmd_serve)


def cmd_serve(args) -> int:
    from ..errors import TermcheckError
    from .settings import load_settings, to_env

    flags = {k: getattr(args, k) for k in ("host", "port", "workers", "config", "api_keys", "cors_origins",
                                            "max_body_bytes", "max_text_chars", "time_budget", "log_level")}
    if args.glossary:
        flags["glossaries"] = args.glossary
    settings = load_settings(flags)
    try:
        import uvicorn
    except ImportError:
        raise TermcheckError("serve needs the api extra: pip install 'termcheck[api]'") from None
    os.environ.update(to_env(settings))  # worker processes rebuild the same settings from these
    from .settings import get_settings

    get_settings.cache_clear()
    from .engines import EngineStore

    store = EngineStore(settings)  # fail fast (exit 2, one line) on a broken config before binding the port
    options = {"host": settings.host, "port": settings.port, "log_level": settings.log_level, "proxy_headers": False}
    if settings.workers == 1:
        from .app import create_app

        uvicorn.run(create_app(settings, store), **options)
    else:  # each worker process builds its own engines from the TERMCHECK_* environment
        del store
        uvicorn.run("termcheck.api.app:app_from_env", factory=True, workers=settings.workers, **options)
    return 0
