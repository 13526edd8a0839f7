"""Readers: spans always index the original file text."""
import pytest

from termcheck.engine import check
from termcheck.errors import InputError
from termcheck.readers import decode, read_bytes, read_text

MD = """---
title: "Front matter with \"odd quotes
---
# Poverty alleviation

The province issued the "Notice on Work” in 2011.  Also `code "quote` here.

```
code block with the the doubled words and "quote
```

See [the the link](http://example.com/a_(b)) and <!-- a "comment --> https://x.org/"q".

- item with etc, and more
"""

HTML = """<!DOCTYPE html><html><head><title>Report</title><style>p { content: "x" }</style>
<script>var s = "unbalanced;</script></head>
<body><p>The province issued the "Notice on Work&rdquo; in 2011.</p>
<p>It built the the roads &amp; bridges, etc, in <b>Sichuan</b>.</p></body></html>
"""


@pytest.mark.parametrize("fmt,text", [("md", MD), ("html", HTML)])
def test_spans_point_into_original(fmt, text):
    doc = read_text(text, f"x.{fmt}", fmt)
    assert len(doc.segments[0].text) == len(text)
    findings = check(doc)
    assert findings, "expected findings in the sample"
    for f in findings:
        assert f.text == text[f.start:f.end]


def test_markdown_skips_code_comments_urls_front_matter():
    doc = read_text(MD, "x.md", "md")
    rules = {f.rule: f.text for f in check(doc)}
    found_texts = [f.text for f in check(doc)]
    # the doubled word inside the code block and link text's URL are not reported; the prose ones are
    assert "TC501" in rules  # "Notice on Work” mixed quotes in prose
    assert all("code block" not in t for t in found_texts)
    assert rules.get("TC507") == "etc"
    starts = [f.start for f in check(doc) if f.rule == "TC701"]
    assert len(starts) == 1 and MD[starts[0]:starts[0] + 7] == "the the"  # the link text, not the code block


def test_html_skips_script_and_style_and_decodes_entities():
    doc = read_text(HTML, "x.html", "html")
    found = check(doc)
    assert not any(HTML.find("<script>") < f.start < HTML.find("</script>") for f in found)
    assert any(f.rule == "TC501" and f.text == '"' for f in found)  # closed by &rdquo;
    assert any(f.rule == "TC701" for f in found)


def test_decode_utf8_bom_and_utf16():
    text, enc, bom = decode("\ufeffHello".encode("utf-8"), "a.txt")
    assert (text, bom) == ("Hello", True)
    text, enc, bom = decode("Hello 扶贫".encode("utf-16"), "a.txt")
    assert text == "Hello 扶贫" and bom


def test_undecodable_names_byte_offset():
    with pytest.raises(InputError, match=r"a.txt: cannot decode as utf-8 at byte 6"):
        decode(b"Hello \xff world", "a.txt")


def test_binary_rejected():
    with pytest.raises(InputError, match="binary"):
        read_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "img.txt")


def test_text_suppression_line_and_block():
    text = "the the one\nthe the two termcheck-disable-line TC701\n"
    found = check(read_text(text, "a.txt", "txt"))
    assert [f.start for f in found if f.rule == "TC701"] == [0]
    md = "the the a\n<!-- termcheck-disable TC701 -->\nthe the b\n<!-- termcheck-enable -->\nthe the c\n"
    found = [f for f in check(read_text(md, "a.md", "md")) if f.rule == "TC701"]
    assert [md[f.start:f.end + 2] for f in found] == ["the the a", "the the c"]
