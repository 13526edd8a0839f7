"""model.new_finding / new_fix build the same objects as Finding(...) / Fix(...) (Rule.finding uses them)."""
import dataclasses
import pickle

from termcheck.model import Finding, Fix, new_finding, new_fix


def test_new_fix_is_fix():
    for args in (("x",), ("x", "safe")):
        a, b = Fix(*args), new_fix(*args)
        assert a == b and hash(a) == hash(b) and vars(a) == vars(b) and list(vars(a)) == list(vars(b))
        assert pickle.loads(pickle.dumps(b)) == a


def test_new_finding_is_finding():
    fix = Fix("roads", "safe")
    full = dict(rule="TC1", name="n", category="style", severity="info", start=3, end=7, message="m",
                text="road", suggestions=("roads",), fix=fix, segment="s1", source_span=(1, 2))
    for kw in (full, {k: full[k] for k in ("rule", "name", "category", "severity", "start", "end", "message")}):
        a, b = Finding(**kw), new_finding(**kw)
        assert a == b and hash(a) == hash(b) and repr(a) == repr(b)
        assert list(vars(a).items()) == list(vars(b).items())  # every field, in field order
        assert pickle.loads(pickle.dumps(b)) == a and b.with_(start=4) == a.with_(start=4)
    assert new_finding(**full) != new_finding(**dict(full, end=8))


def test_fields_are_covered():
    # a field added to Finding or Fix must be added to the fast builders too (this fails until then)
    import inspect
    assert [f.name for f in dataclasses.fields(Finding)] == list(inspect.signature(new_finding).parameters)
    assert [f.name for f in dataclasses.fields(Fix)] == list(inspect.signature(new_fix).parameters)
    assert not hasattr(Finding, "__post_init__") and not hasattr(Fix, "__post_init__")
