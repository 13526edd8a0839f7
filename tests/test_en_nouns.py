"""The one pluraliser (lang.en_nouns over lang.morph / lemminflect) and its users."""
import pytest

from termcheck.glossary import forms
from termcheck.lang import en_nouns, morph


@pytest.mark.parametrize("sing,plural", [
    ("county", "counties"), ("Bridge", "Bridges"), ("child", "children"), ("analysis", "analyses"),
    ("herdsman", "herdsmen"), ("poverty-stricken area", None), ("poverty-stricken county", None),
])
def test_plural_form(sing, plural):
    if " " in sing:  # the glossary's head-word inflection handles phrases
        return
    assert en_nouns.plural_form(sing) == plural


def test_hyphenated_and_irregular():
    assert en_nouns.plural_form("sub-district") == "sub-districts"
    assert en_nouns.singular_form("women") == "woman"
    assert en_nouns.singular_form("people") == "person"
    assert en_nouns.singular_form("COUNTIES") == "COUNTY"
    assert en_nouns.singular_form("news") is None and en_nouns.singular_form("series") is None


def test_countability():
    assert en_nouns.countable("household") and en_nouns.countable("village")
    for w in ("equipment", "information", "poverty", "percent", "personnel", "training"):
        assert not en_nouns.countable(w), w
    assert en_nouns.is_plural("counties") and not en_nouns.is_plural("people")
    assert not en_nouns.is_plural("funds")  # also a singular ("a trust funds ...": never judged)


def test_views_leave_out_units_of_measure():
    assert "villages" in en_nouns.PLURAL_TO_SINGULAR and "village" in en_nouns.SINGULAR_TO_PLURAL
    assert "kilometers" not in en_nouns.PLURAL_TO_SINGULAR and "hectare" not in en_nouns.SINGULAR_TO_PLURAL
    union = en_nouns.PLURAL_TO_SINGULAR | en_nouns.SINGULAR_TO_PLURAL.keys()
    assert "villages" in union and "village" in union and "quickly" not in union


def test_glossary_forms_use_the_lexicon():
    assert forms.pluralise("county") == "counties" and forms.singularise("Counties") == "County"
    assert forms.pluralise("poverty") is None and forms.singularise("status") is None
    assert forms.inflections("key county") == [("key counties", "plural")]


def test_morph_table_is_cached_on_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("TERMCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(morph, "_TABLE", None)
    table = morph._table()
    assert list(tmp_path.glob("morph-*.marshal"))
    monkeypatch.setattr(morph, "_TABLE", None)
    again = morph._table()  # read back from the cache file: the same entries
    assert len(again) == len(table) > 50_000
    assert [again.get(w) for w in ("county", "counties", "=county", "went", "zzzz")] == \
        [table.get(w) for w in ("county", "counties", "=county", "went", "zzzz")]
    assert morph.tags("built") == {"VBD": ("build",), "VBN": ("build",)}
    assert morph.inflect("come", "VBN") == "come" and morph.inflect("go", "VBN") == "gone"
