"""PDF: text per page, running heads and page numbers dropped, line-end hyphens joined, scans
and encrypted files refused in one line. PDFs are written here by hand (a small text-only PDF
writer) or, for the seed, by LibreOffice when it is installed (skipped with a reason if not)."""
import json
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SEED

pypdf = pytest.importorskip("pypdf", reason="pypdf (termcheck[office]) is not installed")

from termcheck.readers import read_bytes  # noqa: E402


def _esc(s: str) -> bytes:
    return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose pages show ``lines`` top to bottom in Helvetica (WinAnsi: English text only)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        ops = b"BT /F1 10 Tf 14 TL 56 780 Td " + b"".join(b"(" + _esc(ln) + b") Tj T* " for ln in lines) + b"ET"
        objs.append(b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    b"/Contents %d 0 R >>" % (len(objs)))
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def page(n: int, body: list[str]) -> list[str]:
    return ["Annual Report on Rural Development"] + body + [f"- {n} -"]




def test_pages_running_heads_hyphens_and_paragraphs():
    pages = [
        page(1, ["The county opened new clinics in the mountain townships and trained",
                 "local doctors in the basics of rural health care. The develop-",
                 "ment of roads followed in the second half of the year, and poverty-",
                 "stricken villages were linked to the market towns by bus lines.",
                 "Short closing line.",
                 "Schools were rebuilt in nine villages, and teachers from the",
                 "city taught there for one term each, which the parents wel-"]),
        page(2, ["comed warmly at the meetings held at the end of the spring term in",
                 "each of the nine villages.",
                 "The recieved funds were spent in the year."]),
        page(3, ["A third page keeps the running head and the page number common",
                 "to most pages, so both are dropped."]),
    ]
    doc = read_bytes(make_pdf(pages), "report.pdf")
    ids = [s.id for s in doc.segments]
    assert ids == ["page1", "page2", "page3"]
    text = {s.id: s.text for s in doc.segments}
    assert "Annual Report" not in doc.text and "- 1 -" not in doc.text
    assert "The development of roads" in text["page1"]            # hyphen at a line end joined
    assert "poverty-stricken villages" in text["page1"]           # a real compound keeps its hyphen
    assert "Short closing line.\n\nSchools" in text["page1"]      # a short line ends a paragraph
    # the paragraph running on to page 2 stays whole on the page where it starts
    assert "the parents welcomed warmly" in text["page1"]
    assert text["page2"].startswith("The recieved funds")


def test_findings_name_the_page(tmp_path):
    pages = [page(n, [f"Line one of page {n} is plain and correct English text for the test.",
                      "It has nothing wrong with it at all, as far as anyone can tell."]) for n in (1, 2)]
    pages.append(page(3, ["On this page the funds were recieved late in the year."]))
    path = tmp_path / "p.pdf"
    path.write_bytes(make_pdf(pages))
    r = subprocess.run([sys.executable, "-m", "termcheck", "check", str(path), "--format", "json", "--no-config",
                        "--select", "TC410"], capture_output=True, cwd=ROOT, timeout=120)
    found = json.loads(r.stdout)["files"][0]["findings"]
    assert [(f["segment"], f["text"]) for f in found] == [("page3", "recieved")]


@pytest.mark.parametrize("make, message", [
    (lambda: make_pdf([[], []]), "no text layer"),
    (lambda: b"%PDF-1.4\n garbage", "not a readable PDF"),
    (lambda: b"just some text", "not a PDF file"),
    ("encrypted", "encrypted"),
])
def test_bad_pdfs_get_one_line_and_exit_2(tmp_path, make, message):
    if make == "encrypted":
        writer = pypdf.PdfWriter()
        writer.append(pypdf.PdfReader(__import__("io").BytesIO(make_pdf([["Secret text here."]]))))
        writer.encrypt(user_password="secret", owner_password="owner")
        path = tmp_path / "bad.pdf"
        with open(path, "wb") as fh:
            writer.write(fh)
    else:
        path = tmp_path / "bad.pdf"
        path.write_bytes(make())
    r = subprocess.run([sys.executable, "-m", "termcheck", "check", str(path)], capture_output=True, cwd=ROOT, timeout=120)
    err = r.stderr.decode()
    assert r.returncode == 2 and message in err and err.count("\n") == 1 and "Traceback" not in err, err


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _has_cjk_font() -> bool:
    fc = shutil.which("fc-list")
    return bool(fc and subprocess.run([fc, ":lang=zh"], capture_output=True, timeout=30).stdout.strip())


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
@pytest.mark.skipif(SOFFICE is not None and not _has_cjk_font(),
                    reason="no Chinese font for LibreOffice (the seed's Chinese lines): apt-get install fonts-droid-fallback")
def test_seed_as_pdf_gives_the_seed_findings_with_pages(tmp_path):
    r = subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
                        "--convert-to", "pdf", "--outdir", str(tmp_path), str(SEED)], capture_output=True, timeout=180)
    pdf = tmp_path / (SEED.stem + ".pdf")
    assert pdf.exists(), r.stderr.decode()

    def findings(path):
        out = subprocess.run([sys.executable, "-m", "termcheck", "check", str(path), "--format", "json", "--no-config"],
                             capture_output=True, cwd=ROOT, timeout=180)
        assert out.returncode in (0, 1), out.stderr.decode()
        return json.loads(out.stdout)["files"][0]["findings"]

    from_pdf = findings(pdf)
    # spaces are layout in a PDF (and CJK glyph spacing varies by font): compare without them
    key = lambda f: (f["rule"], "".join(f["text"].split()))  # noqa: E731
    want = sorted(key(f) for f in findings(SEED))
    assert sorted(key(f) for f in from_pdf) == want
    pages = {f["segment"] for f in from_pdf}
    assert len(pages) > 1 and all(p.startswith("page") for p in pages)
