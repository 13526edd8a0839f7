"""Word files: reading (segments named by place, exact spans), the reviewed file with comments,
fixes as tracked changes, bad packages, the API upload. Every .docx is generated here with
python-docx; LibreOffice (Debian's `soffice`) is used when present, skipped with a reason if not."""
import io
import json
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT, SEED

docx = pytest.importorskip("docx", reason="python-docx (termcheck[office]) is not installed")
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.opc.packuri import PackURI  # noqa: E402
from docx.opc.part import Part  # noqa: E402
from docx.oxml.parser import parse_xml  # noqa: E402
from lxml import etree  # noqa: E402

from termcheck.readers import read_bytes  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
TABLE = [["County", "Households helped"], ["Xinlong", "the the remote villages"]]
NOTE = "Figures for the year were recieved from the county offices."


def w(tag):
    return f"{{{W}}}{tag}"


def add_footnote(document, paragraph, text, note_id=1):
    """python-docx has no footnote API: add a footnotes part and a reference run by hand."""
    xml = (f'<w:footnotes {NS}>'
           f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:id="{note_id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
           f'</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    paragraph._p.append(parse_xml(f'<w:r {NS}><w:footnoteReference w:id="{note_id}"/></w:r>'))


def docx_bytes(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def seed_docx_and_txt():
    """The seed as a Word file (one paragraph per paragraph of the text, a table and a footnote
    added), and the same text as a plain file: the seed file itself with the table's cells and
    the note appended as paragraphs (plain-text paragraphs are separated by blank lines)."""
    seed = SEED.read_text(encoding="utf-8")
    lines = [ln for ln in seed.split("\n") if ln.strip()]
    d = docx.Document()
    for ln in lines:
        d.add_paragraph(ln)
    table = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    add_footnote(d, d.paragraphs[3], NOTE)
    txt = seed.rstrip("\n") + "\n\n" + "\n\n".join([cell for row in TABLE for cell in row] + [" " + NOTE]) + "\n"
    ids = [f"p{i}" for i in range(1, len(lines) + 1)] + [f"table1/r{r}/c{c}" for r in (1, 2) for c in (1, 2)] + ["footnote1"]
    return docx_bytes(d), txt, ids


def paragraph_lines(txt: str) -> list[int]:
    """1-based numbers of the non-blank lines of a text (paragraph k of the Word file is line [k])."""
    return [i for i, ln in enumerate(txt.split("\n"), 1) if ln.strip()]


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "termcheck", *args], capture_output=True, cwd=cwd, timeout=300,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def json_findings(path):
    r = run_cli("check", str(path), "--format", "json", "--no-config")
    assert r.returncode in (0, 1), r.stderr.decode()
    return json.loads(r.stdout)["files"][0]["findings"]


# ---------------------------------------------------------------- reading

def test_structure_ids_tracked_changes_fields_and_cjk():
    d = docx.Document()
    d.add_paragraph("First paragraph.")
    d.add_paragraph("")                                   # empty: no segment, but it keeps its number
    p = d.add_paragraph()
    p.add_run("Poverty ")
    p.add_run("allev").bold = True                       # one word split over three runs
    p.add_run("iation")
    p.add_run(" works in 四川省.")
    tracked = parse_xml(
        f'<w:p {NS}><w:r><w:t xml:space="preserve">Kept </w:t></w:r>'
        f'<w:del w:id="1" w:author="A"><w:r><w:delText>gone </w:delText></w:r></w:del>'
        f'<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">added </w:t></w:r></w:ins>'
        f'<w:hyperlink><w:r><w:t>link</w:t></w:r></w:hyperlink>'
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        f'<w:r><w:tab/><w:t>end</w:t></w:r></w:p>')
    d.element.body.insert(len(d.element.body) - 1, tracked)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 1).text = "cell text"
    d.sections[0].header.paragraphs[0].text = "Running head"
    add_footnote(d, d.paragraphs[0], "A note.", note_id=3)
    doc = read_bytes(docx_bytes(d), "x.docx")
    segs = {s.id: s.text for s in doc.segments}
    assert segs["p1"] == "First paragraph."
    assert "p2" not in segs
    assert segs["p3"] == "Poverty alleviation works in 四川省."
    assert segs["p4"] == "Kept added link7\tend"          # deletion and field code gone, result kept
    assert segs["table1/r1/c2"] == "cell text" and "table1/r1/c1" not in segs
    assert segs["footnote3"] == " A note."
    assert any(k.startswith("header") and k.endswith("/p1") and v == "Running head" for k, v in segs.items())
    for s in doc.segments:  # offsets place each segment in Document.text
        assert doc.text[s.offset:s.offset + len(s.text)] == s.text


def test_text_box_is_its_own_segment_read_once_and_commented_at_the_start():
    from termcheck.engine import check
    from termcheck.report import FileResult, get_reporter

    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    wps = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    v = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    box = '<w:txbxContent><w:p><w:r><w:t>The boxed note was recieved.</w:t></w:r></w:p></w:txbxContent>'
    d = docx.Document()
    d.add_paragraph("Opening words of the report.")
    d.element.body.insert(1, parse_xml(
        f'<w:p {NS} {mc} {wps} {v}><w:r><w:t xml:space="preserve">Body text </w:t></w:r>'
        f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx>'
        f'</wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape>'
        f'</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>continues.</w:t></w:r></w:p>'))
    doc = read_bytes(docx_bytes(d), "box.docx")
    assert [(s.id, s.text) for s in doc.segments] == [
        ("p1", "Opening words of the report."), ("p2", "Body text continues."),
        ("textbox1/p1", "The boxed note was recieved.")]
    findings = [f for f in check(doc) if f.rule == "TC410"]
    assert [(f.segment, f.text) for f in findings] == [("textbox1/p1", "recieved")]
    reviewed = docx.Document(io.BytesIO(get_reporter("docx")([FileResult("box.docx", doc, findings)], {})))
    (c,) = reviewed.comments
    assert c.text.startswith("[textbox1/p1 “recieved”] TC410")
    assert list(commented_text(reviewed).values()) == ["Opening"]


def test_seed_docx_gives_the_txt_findings(tmp_path):
    data, txt, ids = seed_docx_and_txt()
    (tmp_path / "seed.docx").write_bytes(data)
    (tmp_path / "seed.txt").write_text(txt, encoding="utf-8")
    from_txt = json_findings(tmp_path / "seed.txt")
    from_docx = json_findings(tmp_path / "seed.docx")
    assert len(from_txt) >= 29
    # the k-th non-blank line of the text file is segment ids[k]; a column is 1 + the offset in the segment
    seg_of_line = dict(zip(paragraph_lines(txt), ids))
    expected = sorted((f["rule"], seg_of_line[f["line"]], f["column"], f["text"]) for f in from_txt)
    got = sorted((f["rule"], f["segment"], f["start"] + 1, f["text"]) for f in from_docx)
    assert got == expected
    doc = read_bytes(data, "seed.docx")
    segs = {s.id: s.text for s in doc.segments}
    for f in from_docx:
        assert segs[f["segment"]][f["start"]:f["end"]] == f["text"]


# ---------------------------------------------------------------- reviewed file

def commented_text(document):
    """comment id -> the text between its range start and end, over every part that has them."""
    parts = [document.part.element] + [etree.fromstring(p.blob) for p in document.part.package.iter_parts()
                                       if str(p.partname).startswith(("/word/footnotes", "/word/header"))]
    out = {}
    for root in parts:
        open_ids = set()
        for el in root.iter():
            if el.tag == w("commentRangeStart"):
                open_ids.add(el.get(w("id")))
                out.setdefault(el.get(w("id")), "")
            elif el.tag == w("commentRangeEnd"):
                open_ids.discard(el.get(w("id")))
            elif el.tag in (w("t"), w("tab")):
                for i in open_ids:
                    out[i] += el.text if el.tag == w("t") else "\t"
    return out


def test_reviewed_docx_has_one_comment_per_finding_on_its_words(tmp_path):
    data, _, _ = seed_docx_and_txt()
    src = tmp_path / "seed.docx"
    src.write_bytes(data)
    findings = json_findings(src)
    out = tmp_path / "seed.reviewed.docx"
    r = run_cli("check", str(src), "--format", "docx", "-o", str(out), "--no-config")
    assert r.returncode == 1, r.stderr.decode()
    reviewed = docx.Document(str(out))                    # opens again with python-docx
    comments = list(reviewed.comments)
    assert len(comments) == len(findings)
    covered = commented_text(reviewed)

    def words(c):  # a note's comment sits on its reference mark and names the place and the words
        if c.text.startswith("["):
            place, rest = c.text[1:].split("] ", 1)
            assert covered[str(c.comment_id)] == ""
            return place.split(" ", 1)[1].strip("“”"), place.split(" ", 1)[0], rest.split(" ", 1)[0]
        return covered[str(c.comment_id)], None, c.text.split(" ", 1)[0]

    got = sorted(words(c) for c in comments)
    want = sorted((f["text"], f["segment"] if f["segment"].startswith("footnote") else None, f["rule"]) for f in findings)
    assert got == want
    assert any(place == "footnote1" for _, place, _ in got)
    assert {c.author for c in comments} == {"termcheck"}
    assert sorted(c.text.split(": ", 1)[1].split(" — ")[0] for c in comments) == sorted(f["message"] for f in findings)
    # the text of the document did not change
    before = [(s.id, s.text) for s in read_bytes(data, "a.docx").segments]
    assert [(s.id, s.text) for s in read_bytes(out.read_bytes(), "b.docx").segments] == before
    # the input is never overwritten
    r = run_cli("check", str(src), "--format", "docx", "-o", str(src), "--no-config")
    assert r.returncode == 2 and b"never overwrites" in r.stderr


def test_comment_on_a_word_split_over_runs_keeps_formatting():
    from termcheck.engine import check
    from termcheck.report import FileResult, get_reporter

    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Local offices in 2019 helped poverty ")
    p.add_run("alle").italic = True
    p.add_run("viatoin teams.")
    doc = read_bytes(docx_bytes(d), "s.docx")
    findings = [f for f in check(doc) if f.text == "alleviatoin"]
    assert findings, "the misspelling should be found"
    out = get_reporter("docx")([FileResult("s.docx", doc, findings)], {})
    reviewed = docx.Document(io.BytesIO(out))
    assert list(commented_text(reviewed).values()) == ["alleviatoin"]
    runs = reviewed.paragraphs[0].runs
    assert "".join(r.text for r in runs) == "Local offices in 2019 helped poverty alleviatoin teams."
    assert [r.text for r in runs if r.italic] == ["alle"]


# ---------------------------------------------------------------- fix as tracked changes

def accept_all(data: bytes) -> list[str]:
    """Paragraph texts with every tracked change accepted (deletions dropped, insertions kept)."""
    d = docx.Document(io.BytesIO(data))
    body = d.element.body
    for el in list(body.iter(w("del"))):
        el.getparent().remove(el)
    for el in list(body.iter(w("ins"))):
        parent = el.getparent()
        i = parent.index(el)
        for child in list(el):
            parent.insert(i, child)
            i += 1
        parent.remove(el)
    return [p.text for p in d.paragraphs]


def test_fix_writes_tracked_changes_equal_to_fixing_the_text(tmp_path):
    data, txt, _ = seed_docx_and_txt()
    (tmp_path / "seed.docx").write_bytes(data)
    (tmp_path / "seed.txt").write_text(txt, encoding="utf-8")
    for name in ("seed.docx", "seed.txt"):
        r = run_cli("fix", str(tmp_path / name), "--no-config")
        assert r.returncode == 0, r.stderr.decode()
    fixed_txt = (tmp_path / "seed.txt").read_text(encoding="utf-8")
    assert fixed_txt != txt, "the seed has safe fixes"
    fixed = (tmp_path / "seed.docx").read_bytes()
    fixed_paragraphs = [ln for ln in fixed_txt.split("\n") if ln.strip()]
    n_lines = len(paragraph_lines(SEED.read_text(encoding="utf-8")))
    assert accept_all(fixed)[:n_lines] == fixed_paragraphs[:n_lines]
    xml = zipfile.ZipFile(io.BytesIO(fixed)).read("word/document.xml").decode()
    assert 'w:author="termcheck"' in xml and "<w:del " in xml and "<w:ins " in xml
    # the reader sees the accepted text; a second run changes nothing
    r = run_cli("fix", str(tmp_path / "seed.docx"), "--no-config")
    assert b"Fixed 0 issues" in r.stderr


def test_fix_keeps_the_first_runs_formatting(tmp_path):
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("The plan covered 12 counties, ")
    p.add_run("etc").bold = True
    p.add_run(" and the towns around them.")
    path = tmp_path / "f.docx"
    path.write_bytes(docx_bytes(d))
    r = run_cli("fix", str(path), "--no-config", "--select", "TC507")
    assert r.returncode == 0 and b"Fixed 1 issue" in r.stderr, r.stderr.decode()
    body = docx.Document(str(path)).element.body
    ins = list(body.iter(w("ins")))
    assert ins and ins[0].get(w("author")) == "termcheck"
    assert ins[0].find(f"{w('r')}/{w('rPr')}/{w('b')}") is not None
    assert accept_all(path.read_bytes())[0] == "The plan covered 12 counties, etc. and the towns around them."


# ---------------------------------------------------------------- bad files

def _zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "x" * 1000)
    data = bytearray(buf.getvalue())
    # claim a huge unpacked size in the central directory, as a bomb's entry would have
    i = data.find(b"PK\x01\x02")
    while i != -1:
        data[i + 24:i + 28] = (0xFFFFFFF0).to_bytes(4, "little")
        i = data.find(b"PK\x01\x02", i + 4)
    return bytes(data)


@pytest.mark.parametrize("content, message", [
    (b"plain text, not a package", "not a ZIP package"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "legacy Word 97-2003"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\0" * 600, "encrypted"),
    (b"PK\x03\x04 broken", "broken ZIP"),
    ("plain zip", "not an Office document"),
    (None, "unpacks to"),
])
def test_bad_word_files_get_one_line_and_exit_2(tmp_path, content, message):
    path = tmp_path / "bad.docx"
    if content == "plain zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("notes.txt", "hello")
        content = buf.getvalue()
    path.write_bytes(_zip_bomb() if content is None else content)
    r = run_cli("check", str(path))
    assert r.returncode == 2
    err = r.stderr.decode()
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_missing_extra_is_one_clear_line(monkeypatch):
    from termcheck.errors import InputError

    data, _, _ = seed_docx_and_txt()
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(InputError, match=r"termcheck\[office\]"):
        read_bytes(data, "a.docx")


def test_check_on_text_does_not_import_office_libraries():
    code = ("import sys, io, contextlib; import termcheck.cli as c\n"
            f"with contextlib.redirect_stdout(io.StringIO()): c.main(['check', '--format', 'json', {str(SEED)!r}])\n"
            "print(','.join(m for m in sys.modules if m.split('.')[0] in ('docx', 'pypdf', 'lxml')))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout.decode().strip() == ""


# ---------------------------------------------------------------- API

def test_api_reviews_an_uploaded_docx():
    from fastapi.testclient import TestClient

    from termcheck.api.app import create_app
    from termcheck.api.settings import Settings

    data, _, _ = seed_docx_and_txt()
    with TestClient(create_app(Settings()), raise_server_exceptions=False) as client:
        found = client.post("/v1/check/file", files={"file": ("seed.docx", data)}).json()["files"][0]["findings"]
        assert found and all(f["segment"] for f in found)
        r = client.post("/v1/review/docx", files={"file": ("seed.docx", data)})
        assert r.status_code == 200, r.text
        assert "seed.reviewed.docx" in r.headers["content-disposition"]
        assert len(list(docx.Document(io.BytesIO(r.content)).comments)) == len(found)
        bad = client.post("/v1/review/docx", files={"file": ("x.docx", b"not a zip")})
        assert bad.status_code == 422 and "not a ZIP package" in bad.json()["detail"]
        page = client.get("/").text
        assert 'id="download-docx"' in page
        assert "/v1/review/docx" in client.get("/static/editor.js").text


# ---------------------------------------------------------------- LibreOffice

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def soffice_convert(src, fmt, outdir):
    r = subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{outdir}/profile",
                        "--convert-to", fmt, "--outdir", str(outdir), str(src)], capture_output=True, timeout=180)
    assert r.returncode == 0 and (outdir / (src.stem + "." + fmt.split(":")[0])).exists(), r.stdout.decode() + r.stderr.decode()


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
def test_libreoffice_shows_the_comments_and_the_tracked_changes(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    data, _, _ = seed_docx_and_txt()
    src = tmp_path / "seed.docx"
    src.write_bytes(data)
    out = tmp_path / "reviewed.docx"
    assert run_cli("check", str(src), "-f", "docx", "-o", str(out), "--no-config").returncode == 1
    soffice_convert(out, 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}', tmp_path)
    notes = [a.get_object().get("/Contents", "") for page in pypdf.PdfReader(tmp_path / "reviewed.pdf").pages
             for a in page.get("/Annots") or [] if a.get_object().get("/Subtype") == "/Text"]
    comments = [c.text for c in docx.Document(str(out)).comments]
    assert len(notes) == len(comments)
    assert all(any(c in n for n in notes) for c in comments)
    assert run_cli("fix", str(src), "--no-config").returncode == 0
    soffice_convert(src, "odt", tmp_path)
    content = zipfile.ZipFile(tmp_path / "seed.odt").read("content.xml").decode()
    assert "<text:changed-region" in content and "<dc:creator>termcheck</dc:creator>" in content
