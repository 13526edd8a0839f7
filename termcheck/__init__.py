"""termcheck: translation-quality and terminology checker for English renderings of Chinese policy texts."""

__version__ = "0.1.0"

__all__ = ["__version__", "check", "Finding", "Document", "Config"]


def __getattr__(name):  # lazy re-exports keep `import termcheck` cheap
    if name == "check":
        from .engine import check

        return check
    if name in ("Finding", "Document", "Segment", "Fix"):
        from . import model

        return getattr(model, name)
    if name == "Config":
        from .config import Config

        return Config
    raise AttributeError(name)
