"""Pydantic models declared without importing pydantic: the CLI's check path stays light.

Kinds' ``Params``, the rule schema (``ruleset.RuleSpec``) and ``Config`` are written as usual
pydantic models, but with ``BaseModel``, ``ConfigDict``, ``Field`` and ``field_validator`` from
this module. Declaring such a class records its body only; the real pydantic model is built
(and pydantic imported, ~0.1-0.2 s) the first time something is validated. What validation
returns is an instance of the *declared* class: a plain object with the validated field values
as attributes (nested models likewise), which pickles cheaply and needs no pydantic to load.
That is what the rule cache (``ruleset.py``) stores, so a warm start never imports pydantic.

Supported: fields with defaults or ``Field(...)``, ``model_config``, ``field_validator``,
nested models, methods and properties. On an instance, ``model_copy(update=...)`` (shallow,
no validation, as in pydantic) is native; ``model_dump``/``model_dump_json`` and any other
``model_*`` method go through the real model.
"""
from __future__ import annotations

import copy
import sys

ConfigDict = dict  # pydantic's ConfigDict is a TypedDict: a plain dict at run time

_LAZY_OF: dict = {}  # real pydantic class -> declared class


class _Deferred:
    """``Field(...)`` or a ``field_validator`` decorator, turned into pydantic's when the model is built."""

    def __init__(self, what: str, args, kwargs, func=None):
        self.what, self.args, self.kwargs, self.func = what, args, kwargs, func

    def real(self):
        import pydantic

        if self.what == "Field":
            return pydantic.Field(*self.args, **self.kwargs)
        return getattr(pydantic, self.what)(*self.args, **self.kwargs)(self.func)

    def default(self):
        """The field's default without pydantic, or ``_MISSING``."""
        if "default_factory" in self.kwargs:
            return self.kwargs["default_factory"]()
        if self.args and self.args[0] is not Ellipsis:
            return copy.deepcopy(self.args[0])
        if "default" in self.kwargs:
            return copy.deepcopy(self.kwargs["default"])
        return _MISSING


_MISSING = object()


def Field(*args, **kwargs):  # noqa: N802 - pydantic's name
    return _Deferred("Field", args, kwargs)


def _validator(what):
    def deco_factory(*args, **kwargs):
        def deco(func):
            return _Deferred(what, args, kwargs, func)
        return deco
    return deco_factory


field_validator = _validator("field_validator")
model_validator = _validator("model_validator")


class _RealNames(dict):
    def __init__(self, names):
        super().__init__()
        self.names = names

    def __missing__(self, key):
        v = self.names[key]
        return v._real() if isinstance(v, _Meta) and v is not BaseModel else v


class _Meta(type):
    def _real(cls):
        """The pydantic model for this declaration (built once)."""
        real = cls.__dict__.get("_pydantic_model")
        if real is not None:
            return real
        import pydantic

        module = sys.modules.get(cls.__module__)
        names = vars(module) if module else {}
        resolve = _RealNames(names)  # annotations name declared models: the real ones, built on demand
        ns = {"__module__": cls.__module__, "__qualname__": cls.__qualname__}
        for k, v in cls.__dict__.items():
            if k in ("__dict__", "__weakref__", "__annotations__", "__module__", "__qualname__", "__doc__"):
                continue
            ns[k] = v.real() if isinstance(v, _Deferred) else v
        anns = {}
        for k, a in cls.__dict__.get("__annotations__", {}).items():
            anns[k] = eval(a, dict(names), resolve) if isinstance(a, str) else a  # noqa: S307 - our own declarations
        ns["__annotations__"] = anns
        if cls.__doc__:
            ns["__doc__"] = cls.__doc__
        bases = tuple(b._real() for b in cls.__bases__ if isinstance(b, _Meta) and b is not BaseModel) \
            or (pydantic.BaseModel,)
        real = type(pydantic.BaseModel)(cls.__name__, bases, ns)
        type.__setattr__(cls, "_pydantic_model", real)
        _LAZY_OF[real] = cls
        return real

    @property
    def model_fields(cls):
        return cls._real().model_fields


class BaseModel(metaclass=_Meta):
    """A declared pydantic model (see the module docstring)."""

    def __init__(self, **data):
        if not data:
            defaults = type(self)._defaults()
            if defaults is not None:
                self.__dict__.update(defaults)
                return
        self.__dict__.update(_light(type(self)._real()(**data)).__dict__)

    @classmethod
    def _defaults(cls) -> dict | None:
        """Every field's default, when all fields have one (no validation needed then)."""
        out = {}
        for klass in reversed(cls.__mro__):
            for k in klass.__dict__.get("__annotations__", {}):
                if k.startswith("_") or k == "model_config":
                    continue
                v = klass.__dict__.get(k, _MISSING)
                if isinstance(v, _Deferred):
                    v = v.default()
                elif v is not _MISSING:
                    v = copy.deepcopy(v)
                if v is _MISSING:
                    return None
                out[k] = v
        return out

    @classmethod
    def model_validate(cls, data, **kwargs):
        if isinstance(data, cls):
            return data
        return _light(cls._real().model_validate(data, **kwargs))

    @classmethod
    def model_validate_json(cls, data, **kwargs):
        return _light(cls._real().model_validate_json(data, **kwargs))

    def model_copy(self, update: dict | None = None, deep: bool = False):
        new = copy.deepcopy(self) if deep else copy.copy(self)
        if update:
            new.__dict__.update(update)
        return new

    def __getattr__(self, name):
        if name.startswith("model_"):  # model_dump, model_dump_json, ...: the real model does it
            return getattr(_real_instance(self), name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __eq__(self, other):
        return type(other) is type(self) and other.__dict__ == self.__dict__

    __hash__ = None  # like a (non-frozen) pydantic model

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


def _light(value):
    """Validated pydantic values -> the same values with declared classes instead of real ones."""
    cls = _LAZY_OF.get(type(value))
    if cls is not None:
        obj = object.__new__(cls)
        fields = dict(value.__dict__)
        fields.update(getattr(value, "__pydantic_extra__", None) or {})
        obj.__dict__.update({k: _light(v) for k, v in fields.items()})
        return obj
    if type(value) is list:
        return [_light(v) for v in value]
    if type(value) is tuple:
        return tuple(_light(v) for v in value)
    if type(value) is dict:
        return {k: _light(v) for k, v in value.items()}
    return value


def _real_instance(value):
    """A declared instance -> the real pydantic instance (no validation: the values are validated)."""
    if isinstance(value, BaseModel):
        real = type(value)._real()
        return real.model_construct(**{k: _real_instance(v) for k, v in value.__dict__.items()})
    if type(value) is list:
        return [_real_instance(v) for v in value]
    if type(value) is tuple:
        return tuple(_real_instance(v) for v in value)
    if type(value) is dict:
        return {k: _real_instance(v) for k, v in value.items()}
    return value
