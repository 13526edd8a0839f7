"""Glossary readers: TBX v2, TBX v3 (DCA, DCT), TSV, CSV, the reference layout; unsafe and
broken input is refused with one line naming file, line and entry."""
from pathlib import Path

import pytest

from termcheck.errors import GlossaryError
from termcheck.glossary import load_glossaries, parse_glossary, read_glossary

FIX = Path(__file__).parent / "fixtures" / "glossary"


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TERMCHECK_CACHE_DIR", str(tmp_path / "cache"))


def _terms(c):
    return [(t.text, t.lang, t.status) for t in c.terms]


def test_tbx_v2_tig_ntig_and_basic_categories():
    (c,) = read_glossary(FIX / "v2.tbx")
    assert c.id == "v2-1"
    assert _terms(c) == [("光伏扶贫", "zh", "preferred"),
                         ("photovoltaic poverty alleviation", "en", "preferred"),
                         ("solar panel charity", "en", "deprecated")]
    assert c.domain == "rural policy"
    assert "solar power" in c.note and c.source == "fixture"
    assert c.preferred_en.text == "photovoltaic poverty alleviation"


def test_tbx_v3_dca():
    (c,) = read_glossary(FIX / "v3-dca.tbx")
    assert [t.status for t in c.en] == ["preferred", "deprecated", "admitted"]
    assert c.en[2].type == "acronym" and c.en[2].is_acronym
    assert c.note == "Loans to poor households."


def test_tbx_v3_dct():
    (c,) = read_glossary(FIX / "v3-dct.tbx")
    assert [(t.text, t.status) for t in c.en] == [("poverty alleviation workshop", "preferred"),
                                                   ("poor people factory", "deprecated"),
                                                   ("old relief workshop", "superseded")]
    assert c.en[1].type == "fullForm" and c.domain == "rural policy"


def test_tsv_variants_as_rows_and_pipe_lists():
    cs = read_glossary(FIX / "small.tsv")
    assert len(cs) == 2
    assert [(t.text, t.status) for t in cs[0].en] == [("e-commerce poverty alleviation", "preferred"),
                                                      ("internet shop pity", "deprecated")]
    # no status: the first of a | list is preferred, the rest admitted
    assert [(t.text, t.status) for t in cs[1].en] == [("consumption-based poverty alleviation", "preferred"),
                                                      ("poverty alleviation through consumption", "admitted")]
    assert cs[0].note == "Online sales of farm produce." and cs[0].source == "fixture"


def test_csv_with_quoted_commas():
    (c,) = read_glossary(FIX / "small.csv")
    assert c.note == "Schooling, training"
    assert [t.status for t in c.en] == ["preferred", "deprecated"]


def test_reference_layout_and_acronym_in_parentheses():
    a, b = read_glossary(FIX / "reference-layout.tsv")
    assert [t.status for t in a.en] == ["preferred", "admitted", "admitted", "deprecated", "deprecated"]
    assert [(t.text, t.type) for t in b.en] == [
        ("State Council Leading Group Office of Poverty Alleviation and Development", ""), ("LGOP", "acronym")]


def test_bad_status_names_file_line_and_entry():
    with pytest.raises(GlossaryError) as e:
        read_glossary(FIX / "bad-status.tsv")
    msg = str(e.value)
    assert "bad-status.tsv:3" in msg and "脱贫" in msg and "prefered" in msg and "\n" not in msg


def test_malformed_xml_names_the_line():
    with pytest.raises(GlossaryError, match=r"malformed\.tbx:6: malformed XML"):
        read_glossary(FIX / "malformed.tbx")


@pytest.mark.parametrize("name", ["bomb.tbx", "external.tbx"])
def test_entity_bombs_and_external_entities_are_refused(name):
    with pytest.raises(GlossaryError) as e:
        read_glossary(FIX / name)
    assert "unsafe XML refused" in str(e.value) and "\n" not in str(e.value)


def test_tbx_errors_name_the_entry():
    bad = b'<tbx><text><body><conceptEntry id="x7"><langSec xml:lang="en"><termSec>' \
          b'<term>a b</term><termNote type="administrativeStatus">nice</termNote></termSec></langSec>' \
          b'</conceptEntry></body></text></tbx>'
    with pytest.raises(GlossaryError, match=r"g\.tbx:1: entry x7: unknown status 'nice'"):
        parse_glossary(bad, "g.tbx")
    with pytest.raises(GlossaryError, match="not a TBX file"):
        parse_glossary(b"<html/>", "g.tbx")


def test_tsv_without_header_or_entries():
    with pytest.raises(GlossaryError, match="header"):
        parse_glossary("扶贫\tpoverty alleviation\n".encode(), "g.tsv")
    with pytest.raises(GlossaryError, match="no entries"):
        parse_glossary(b"zh\ten\n", "g.tsv")
    with pytest.raises(GlossaryError, match=r"g\.tsv:2: 3 cells"):
        parse_glossary("zh\ten\n扶贫\ta\tb\n".encode(), "g.tsv")


def test_missing_file_and_inline_texts():
    with pytest.raises(GlossaryError, match="glossary not found"):
        load_glossaries([FIX / "nope.tbx"])
    g = load_glossaries([], [("inline.tsv", "zh\ten\n扶贫\tpoverty alleviation\n")])
    assert len(g) == 1 and g.concepts[0].preferred_en.text == "poverty alleviation"


def test_shipped_glossary_has_150_concepts_with_sources():
    from termcheck.engine import data_dir

    g = load_glossaries([data_dir("glossary")])
    assert len(g) >= 150
    assert all(c.source for c in g.concepts)
    assert {"LGOP", "CDD", "NDRC"} <= g.acronyms()
    (c,) = [c for c in g.lookup("移民") if c.zh and c.zh[0].text == "移民"]
    assert c.preferred_en.text == "resettlement"
    assert ("immigration", "deprecated") in [(t.text, t.status) for t in c.en]


def test_tbx_v2_doctype_is_allowed_but_never_read():
    (c,) = read_glossary(FIX / "v2-doctype.tbx")
    assert c.terms[0].text == "poor village"
    with pytest.raises(GlossaryError, match=r"doctype-entity\.tbx:5: entity &unknown; is not defined"):
        read_glossary(FIX / "doctype-entity.tbx")
