"""Bilingual inputs: the same faults are found whatever the container, with segment ids and
spans into each segment's target text; bad input gives one line and exit 2."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from termcheck.config import Config
from termcheck.engine import Engine
from termcheck.readers import read_path

FIX = ROOT / "tests" / "fixtures" / "bilingual"
GLOSSARY = FIX / "glossary.tsv"
FORMATS = ["report.xlf", "report.xliff20.xlf", "report.tmx", "report.tsv", "report.csv", "report.jsonl", "report.en.md"]
# (segment, rule) of the faults planted in tests/fixtures/bilingual/pairs.py that the TC6xx rules own
EXPECTED_TC6 = {
    ("5", "TC610"), ("6", "TC601"), ("7", "TC640"), ("8", "TC620"), ("9", "TC621"),
    ("10", "TC602"), ("11", "TC642"), ("15", "TC631"), ("16", "TC641"), ("20", "TC630"),
}


@pytest.fixture(scope="module")
def engine():
    cfg = Config(default_glossary=False, glossaries=[str(GLOSSARY)])
    return Engine.from_config(cfg), cfg


def findings_of(name, engine):
    eng, cfg = engine
    kw = {"source": str(FIX / "report.zh.md")} if name.endswith(".en.md") else {}
    doc = read_path(str(FIX / name), **kw)
    return doc, eng.check(doc, cfg)


def pairs(findings):
    return {(f.segment, f.rule) for f in findings}


@pytest.mark.parametrize("name", FORMATS)
def test_planted_faults_found_in_every_format(name, engine):
    doc, found = findings_of(name, engine)
    assert doc.bilingual
    got = {p for p in pairs(found) if p[1].startswith("TC6")}
    expected = set(EXPECTED_TC6)
    if name.endswith(".en.md"):
        # the side-by-side English has no paragraph for the empty segment 8: the aligner reports the gap
        expected = (expected - {("8", "TC620")}) | {("8", "TC649")}
    assert got == expected


def test_every_container_gives_the_same_findings(engine):
    reference = pairs(findings_of("report.tsv", engine)[1])
    for name in FORMATS:
        got = pairs(findings_of(name, engine)[1])
        if name.endswith(".en.md"):
            got = (got - {("8", "TC649")}) | {("8", "TC620")}
        assert got == reference, name


@pytest.mark.parametrize("name", FORMATS)
def test_spans_index_the_segment_and_the_file(name, engine):
    doc, found = findings_of(name, engine)
    segs = {s.id: s for s in doc.segments}
    for f in found:
        seg = segs.get(f.segment)
        if seg is None:  # TC649: a source paragraph with no target
            assert f.rule == "TC649" and f.start == f.end == 0
            continue
        assert f.text == seg.original[f.start:f.end]
        assert doc.text[seg.offset + f.start:seg.offset + f.end] == f.text


def test_inline_codes_are_masked_but_counted():
    doc = read_path(str(FIX / "report.xlf"))
    seg = next(s for s in doc.segments if s.id == "6")
    assert '<g id="2">' in seg.original and len(seg.text) == len(seg.original)
    assert "<g" not in seg.text and "fixed-point poverty alleviation" in seg.text
    tmx = next(s for s in read_path(str(FIX / "report.tmx")).segments if s.id == "6")
    assert "&lt;b&gt;" in tmx.original and "<b>" not in tmx.text  # <bpt> content is native code


@pytest.mark.parametrize("name", ["report.xlf", "report.xliff20.xlf"])
def test_translate_no_and_unstarted_units_are_skipped(name):
    ids = [s.id for s in read_path(str(FIX / name)).segments]
    assert ids == [str(i) for i in range(1, 31)]


def test_reader_details(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text('{"id": 7, "zh": "扶贫", "en": "say \\"poverty\\"\\nalleviation"}\n', encoding="utf-8")
    seg = read_path(str(p)).segments[0]
    assert seg.id == "7" and seg.source == "扶贫"
    assert seg.original == 'say \\"poverty\\"\\nalleviation' and len(seg.text) == len(seg.original)
    assert seg.text.replace("\u2060", "") == 'say "poverty"\nalleviation'
    c = tmp_path / "x.csv"
    c.write_text('中文,English\n扶贫,"poverty ""alleviation"", funds"\n', encoding="utf-8")
    seg = read_path(str(c), columns="中文,English").segments[0]
    assert seg.source == "扶贫" and seg.text.replace("\u2060", "") == 'poverty "alleviation", funds'
    assert c.read_text(encoding="utf-8")[seg.offset:seg.offset + len(seg.original)] == seg.original


ZH_PAIR = ("# 四川省扶贫开发\n\n【概况】2011年，全省投入扶贫资金52.3亿元。\n\n全省新建村道公路8600公里。\n\n"
           "年底对工作进行了检查。\n\n全省实施易地扶贫搬迁5.6万人。\n")
EN_PARAS = ["# Poverty Alleviation in Sichuan", "【Overview】In 2011, the province invested 5.23 billion yuan.",
            "The province built 8,600 km of village roads.", "The work was inspected at the end of the year.",
            "56,000 people were relocated in 2011."]


def _pair(tmp_path, paras):
    zh, en = tmp_path / "a.zh.md", tmp_path / "a.en.md"
    zh.write_text(ZH_PAIR, encoding="utf-8")
    en.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    return read_path(str(en), source=str(zh))


def test_alignment_pairs_paragraphs_by_source_number(tmp_path):
    doc = _pair(tmp_path, EN_PARAS)
    by_id = {s.id: s for s in doc.segments}
    assert list(by_id) == ["1", "2", "3", "4", "5"] and not doc.notes
    assert by_id["1"].text.strip().endswith("Sichuan") and "52.3亿元" in by_id["2"].source
    assert "8600" in by_id["3"].source and "56,000" in by_id["5"].text


def test_alignment_reports_an_extra_target_paragraph(tmp_path):
    doc = _pair(tmp_path, EN_PARAS[:2] + ["Translator's note: all figures are provisional."] + EN_PARAS[2:])
    assert [(n.segment, n.rule) for n in doc.notes] == [("t3", "TC649")]
    assert {s.id for s in doc.segments} == {"1", "2", "t3", "3", "4", "5"}
    assert next(s for s in doc.segments if s.id == "t3").source is None


def test_alignment_reports_a_missing_paragraph(tmp_path):
    doc = _pair(tmp_path, EN_PARAS[:3] + EN_PARAS[4:])
    assert [(n.segment, n.rule) for n in doc.notes] == [("4", "TC649")]
    assert "年底对工作进行了检查" in doc.notes[0].message
    assert "56,000" in next(s for s in doc.segments if s.id == "5").text


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "termcheck", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=120)


def test_cli_json_carries_segment_and_text_shows_it():
    r = run_cli("check", str(FIX / "report.xlf"), "--no-config", "--no-default-glossary", "-g", str(GLOSSARY),
                "--select", "TC6", "-f", "json")
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    f = next(f for f in data["files"][0]["findings"] if f["rule"] == "TC601")
    assert f["segment"] == "6" and f["text"] == "fixed-point poverty alleviation"
    assert f["suggestions"][0] == "designated poverty alleviation"
    r = run_cli("check", str(FIX / "report.en.md"), "--source", str(FIX / "report.zh.md"), "--no-config",
                "--no-default-glossary", "-g", str(GLOSSARY), "--select", "TC6", "--no-source")
    assert r.returncode == 1
    assert "report.en.md#6:" in r.stdout and "TC601" in r.stdout and "report.en.md#8:1: TC649" in r.stdout


BAD_INPUTS = {
    "broken.xlf": ('<?xml version="1.0"?>\n<xliff version="1.2">\n<file><body>\n<trans-unit id="1"><source>扶贫</source>\n'
                   '<target>poverty</trans-unit>\n</body></file></xliff>\n', "broken.xlf:5"),
    "bomb.xlf": ('<?xml version="1.0"?>\n<!DOCTYPE xliff [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;">\n]>\n'
                 '<xliff version="1.2"><file><body><trans-unit id="1"><source>&b;</source></trans-unit></body></file></xliff>\n',
                 "bomb.xlf:3"),
    "xxe.tmx": ('<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n'
                '<tmx version="1.4"><header srclang="zh"/><body><tu><tuv xml:lang="zh"><seg>&x;</seg></tuv></tu></body></tmx>\n',
                "xxe.tmx:3"),
    "nocol.tsv": ("id\tzh\tenglish_draft\n1\t扶贫\tpoverty alleviation\n", "nocol.tsv:1"),
    "short.csv": ("id,source,target\n1,扶贫\n", "short.csv:2"),
    "bad.jsonl": ('{"id": 1, "source": "扶贫", "target": "x"}\n{"id": 2, "source": \n', "bad.jsonl:2"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_one_line_exit_2(name, tmp_path):
    text, where = BAD_INPUTS[name]
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    r = run_cli("check", str(p), "--no-config", "--no-default-glossary")
    assert r.returncode == 2, r.stdout + r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr
    assert where in lines[0]


def test_mismatched_side_by_side_files_exit_2(tmp_path):
    zh = tmp_path / "a.zh.txt"
    en = tmp_path / "a.en.txt"
    zh.write_text("\n\n".join(f"第{i}段：全省完成了{i * 100}个村的规划工作，取得明显成效。" for i in range(1, 9)) + "\n", encoding="utf-8")
    en.write_text("Title\n\nOne short line.\n", encoding="utf-8")
    r = run_cli("check", str(en), "--source", str(zh), "--no-config", "--no-default-glossary")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "does not align" in r.stderr
    r = run_cli("check", str(en), "--source", str(en), "--no-config", "--no-default-glossary")
    assert r.returncode == 2 and "no Chinese" in r.stderr
    r = run_cli("check", str(en), "--source", str(tmp_path / "missing.zh.txt"), "--no-config", "--no-default-glossary")
    assert r.returncode == 2 and "missing.zh.txt" in r.stderr


def _strip_annotations(xml: str) -> str:
    import re

    xml = re.sub(r'\s*<its:locQualityIssues xml:id="[^"]*">.*?</its:locQualityIssues>', "", xml, flags=re.S)
    xml = re.sub(r"<notes><note category=\"termcheck\".*?</notes>", "", xml, flags=re.S)
    xml = re.sub(r"<mrk [^>]*>|</mrk>", "", xml)
    xml = xml.replace(' xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0"', "")
    return re.sub(r"\s+", " ", xml)


@pytest.mark.parametrize("name", ["report.xlf", "report.xliff20.xlf"])
def test_xliff_write_back(name, tmp_path):
    import defusedxml.ElementTree as ET

    src = FIX / name
    before = src.read_bytes()
    out = tmp_path / "annotated.xlf"
    r = run_cli("check", str(src), "--no-config", "--no-default-glossary", "-g", str(GLOSSARY), "-f", "xliff", "-o", str(out))
    assert r.returncode == 1, r.stderr
    assert src.read_bytes() == before  # never modified in place
    xml = out.read_text(encoding="utf-8")
    ET.fromstring(xml.encode("utf-8"))  # well-formed
    assert 'xmlns:its="http://www.w3.org/2005/11/its"' in xml
    if name == "report.xlf":
        assert '<mrk mtype="x-its" its:locQualityIssuesRef="#' in xml
        assert 'locQualityIssueType="terminology" locQualityIssueComment="TC601' in xml
        assert 'locQualityIssueType="untranslated"' in xml
    else:
        assert 'type="comment" value="' in xml and 'its:locQualityIssueType="' in xml
        assert '<note category="termcheck" appliesTo="target" priority="1">TC620' in xml
    assert '">fixed-point poverty alleviation</mrk>' in xml
    # nothing but the annotations was added
    assert _strip_annotations(xml) == _strip_annotations(before.decode("utf-8"))
    # a round trip: the annotated file reads back with the same segments and the same findings
    r2 = run_cli("check", str(out), "--no-config", "--no-default-glossary", "-g", str(GLOSSARY), "-f", "json", "--select", "TC6")
    again = {(f["segment"], f["rule"]) for f in json.loads(r2.stdout)["files"][0]["findings"]}
    assert again == EXPECTED_TC6


def test_xliff_format_needs_one_xliff_input_and_never_overwrites_it(tmp_path):
    r = run_cli("check", str(FIX / "report.tsv"), "--no-config", "--no-default-glossary", "-f", "xliff")
    assert r.returncode == 2 and "exactly one XLIFF" in r.stderr
    p = tmp_path / "job.xlf"
    p.write_bytes((FIX / "report.xlf").read_bytes())
    r = run_cli("check", str(p), "--no-config", "--no-default-glossary", "-f", "xliff", "-o", str(p))
    assert r.returncode == 2 and "never overwrites" in r.stderr
    assert p.read_bytes() == (FIX / "report.xlf").read_bytes()


def test_xml_edge_cases():
    from termcheck.readers import read_bytes

    x12 = ('<?xml version="1.0" encoding="UTF-16"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
           '<file source-language="zh" target-language="en" datatype="x" original="a"><body>'
           '<group id="g" translate="no"><trans-unit id="a"><source>不译</source><target>不译</target></trans-unit></group>'
           '<group id="h"><trans-unit id="b"><source>扶贫<x id="1"/>开发</source>'
           '<target><![CDATA[Poverty <b>alleviation</b> & ]]>development &amp; more</target>'
           '<alt-trans><source>x</source><target>y</target></alt-trans></trans-unit></group></body></file></xliff>\n')
    doc = read_bytes(x12.encode("utf-16"), "a.xlf")
    [seg] = doc.segments
    assert seg.id == "b" and seg.source == "扶贫开发"
    assert seg.text.replace("\u2060", "") == "Poverty <b>alleviation</b> & development & more"
    assert doc.text[seg.offset:seg.offset + len(seg.original)] == seg.original
    x20 = ('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en"><file id="f">'
           '<unit id="u1"><segment id="s1"><source>第一句。</source><target>First.</target></segment>'
           '<ignorable><source> </source></ignorable><segment id="s2"><source>第二<ph id="1"/>句。</source>'
           '<target>Second<ph id="1"/>.</target></segment></unit></file></xliff>')
    segs = read_bytes(x20.encode(), "b.xlf").segments
    assert [(s.id, s.source, s.text.replace("\u2060", "")) for s in segs] == [("u1/s1", "第一句。", "First."),
                                                                               ("u1/s2", "第二句。", "Second.")]
    tmx = ('<tmx version="1.1"><header srclang="zh-CN"/><body><tu><tuv lang="ZH-CN"><seg>你好<ph>&lt;br/&gt;</ph></seg></tuv>'
           '<tuv lang="EN-GB"><seg>Hello<ph>&lt;br/&gt;</ph></seg></tuv></tu></body></tmx>')
    [seg] = read_bytes(tmx.encode(), "c.tmx").segments
    assert (seg.id, seg.source, seg.text.replace("\u2060", "")) == ("1", "你好", "Hello")
    csv = '\ufeffid,source,target\r\n1,"多行\r\n原文","two\r\nlines, ""quoted"""\r\n2,简单,simple\r\n'
    doc = read_bytes(csv.encode("utf-8"), "d.csv")
    assert [s.id for s in doc.segments] == ["1", "2"]
    assert doc.segments[0].text.replace("\u2060", "") == 'two\r\nlines, "quoted"'


def test_alignment_notes_obey_select_and_ignore(engine):
    eng, _ = engine
    doc = read_path(str(FIX / "report.en.md"), source=str(FIX / "report.zh.md"))
    base = Config(default_glossary=False, glossaries=[str(GLOSSARY)])
    assert "TC649" in {f.rule for f in eng.check(doc, base.merged(select=["TC64"]))}
    assert "TC649" not in {f.rule for f in eng.check(doc, base.merged(select=["TC64"], ignore=["TC649"]))}
    assert "TC649" not in {f.rule for f in eng.check(doc, base.merged(select=["TC3"]))}


def test_xliff20_write_back_multi_segment_unit():
    import defusedxml.ElementTree as ET

    from termcheck.model import Finding
    from termcheck.readers import read_bytes
    from termcheck.report import FileResult
    from termcheck.report.xliff_report import render

    x20 = ('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en"><file id="f">'
           '<unit id="u1"><segment id="s1"><source>第一句。</source><target>First</target></segment>'
           '<segment id="s2"><source>第二句。</source><target></target></segment></unit></file></xliff>')
    doc = read_bytes(x20.encode(), "b.xlf")
    found = [Finding("TC620", "source/empty-target", "untranslated", "error", 0, 0, "empty", segment="u1/s2"),
             Finding("TC611", "source/short-translation", "omission", "warning", 0, 5, "short", segment="u1/s1"),
             Finding("TC642", "source/missing-final-punctuation", "punctuation", "warning", 1, 3, "overlap", segment="u1/s1")]
    out = render([FileResult("b.xlf", doc, found)], {})
    ET.fromstring(out.encode())
    assert out.count("<notes>") == 1 and "[segment s2] TC620" in out and "TC642" in out
    assert '<mrk id="termcheck-1" type="comment" value="TC611 source/short-translation: short"' in out


def test_title_in_inline_italics_counts_as_marked():
    from termcheck.readers import read_bytes
    from termcheck.ruleset import load_rules

    rule = [r for r in load_rules([ROOT / "rules"]) if r.id == "TC640"]
    xlf = ('<xliff version="1.2"><file><body>'
           '<trans-unit id="1"><source>印发了《纲要》。</source><target>issued the <g id="1" ctype="italic">Outline</g>.</target></trans-unit>'
           '<trans-unit id="2"><source>印发了《纲要》。</source><target>issued the Outline.</target></trans-unit>'
           '</body></file></xliff>')
    doc = read_bytes(xlf.encode(), "a.xlf")
    assert [(f.segment, f.rule) for f in Engine(rule, None).check(doc)] == [("2", "TC640")]


def test_hundred_percent_rendered_by_a_word_of_totality(tmp_path):
    # sentences written for this test: 100% may be "all"/"every" in the English
    from termcheck.engine import Engine
    from termcheck.readers import read_path
    rows = [("1", "全乡贫困户100%参加了医疗保险，共有2400户。",
             "Every poor household of the township, 2400 in all, joined the medical insurance."),
            ("2", "全镇贫困户100%参加了养老保险，共有1800户。",
             "Poor households of the town, 1800 of them, joined the pension insurance.")]
    p = tmp_path / "pairs.tsv"
    p.write_text("id\tsource\ttarget\n" + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    got = [(f.segment, f.rule) for f in Engine.from_config().check(read_path(str(p))) if f.rule == "TC310"]
    assert got == [("2", "TC310")]
