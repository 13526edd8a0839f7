"""termcheck's HTTP service (FastAPI). Imported only by ``termcheck serve`` and by users of ``create_app``."""


def create_app(settings=None):
    from .app import create_app as _create

    return _create(settings)


__all__ = ["create_app"]
