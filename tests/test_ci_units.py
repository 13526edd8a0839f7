"""Pure parts of the CI features: fixes, fingerprints, MQM, baseline matching, diff parsing."""
from termcheck.fingerprint import fingerprint
from termcheck.fix import apply_fixes
from termcheck.gitdiff import parse_diff
from termcheck.model import Document, Finding, Fix
from termcheck.mqm import score


def F(start, end, text, rep, app="safe", rule="TC999", sev="warning", segment=None):
    return Finding(rule=rule, name="x/y", category="punctuation", severity=sev, start=start, end=end,
                   message="m", text=text, fix=Fix(rep, app), segment=segment)


def test_apply_only_spans_and_safe_by_default():
    text = "one etc, two \"quoted” three\r\n"
    fs = [F(4, 7, "etc", "etc."), F(13, 14, '"', "“"), F(0, 3, "one", "One", app="unsafe")]
    res = apply_fixes(text, fs)
    assert res.text == "one etc., two “quoted” three\r\n"
    assert [f.start for f in res.applied] == [4, 13]
    assert any("unsafe" in why for _, why in res.skipped)
    assert apply_fixes(text, fs, unsafe=True).text.startswith("One etc.,")


def test_overlaps_resolved_deterministically():
    text = "abcdef"
    a = F(1, 4, "bcd", "X", rule="TC2")
    b = F(2, 5, "cde", "Y", rule="TC1")
    c = F(2, 5, "cde", "Z", app="unsafe", rule="TC0")
    for order in ([a, b, c], [c, b, a], [b, c, a]):
        res = apply_fixes(text, order, unsafe=True)
        assert res.text == "aXef"  # safe before unsafe, then the earlier start
    ins1, ins2 = F(3, 3, "", "-"), F(3, 3, "", "+")
    assert apply_fixes(text, [ins2, ins1]).text == apply_fixes(text, [ins1, ins2]).text == "abc+def"


def test_stale_and_bilingual_fixes_skipped():
    text = "hello world"
    res = apply_fixes(text, [F(0, 5, "HELLO", "Hi"), F(6, 11, "world", "earth", segment="u1")])
    assert res.text == text and not res.applied
    reasons = " ".join(why for _, why in res.skipped)
    assert "stale" in reasons and "bilingual" in reasons


def test_crlf_kept_when_replacement_has_newline():
    text = "a\r\nb x\r\n"
    assert apply_fixes(text, [F(5, 6, "x", "y\nz")]).text == "a\r\nb y\r\nz\r\n"


def test_fingerprint_ignores_position_and_far_edits():
    line = "The Ministry of Finance, etc, made joint efforts."
    i = line.index("etc")
    fp = fingerprint("TC507", "etc", line, i, i + 3)
    moved = "New paragraph.\n\n" + line + "\nAnother line was edited."
    j = moved.index("etc")
    assert fingerprint("TC507", "etc", moved, j, j + 3) == fp
    other = line.replace("Ministry", "Bureau")  # an edit right next to it changes the context
    k = other.index("etc")
    assert fingerprint("TC507", "etc", other, k, k + 3) != fp
    assert fingerprint("TC508", "etc", line, i, i + 3) != fp


def test_mqm_formula():
    fs = [{"rule": "A", "category": "number", "severity": "error"},
          {"rule": "B", "category": "spelling", "severity": "warning"},
          {"rule": "C", "category": "style", "severity": "info"}]
    m = score(fs, 2000, threshold=99)
    assert m["apt"] == 6 and m["npt"] == 3.0 and m["score"] == 99.7 and m["passed"] is True
    assert m["by_dimension"] == {"Accuracy": 5, "Linguistic conventions": 1, "Style": 0}
    m = score(fs, 2000, critical={"C"}, threshold=50)
    assert m["apt"] == 31 and m["critical"] == 1 and m["passed"] is False
    assert score([], 0)["score"] == 100


def test_baseline_counts_and_relative_paths(tmp_path):
    from termcheck import baseline
    from termcheck.report import FileResult

    text = "etc, etc, etc."
    doc = Document.from_text(text, str(tmp_path / "a.txt"))
    fs = [F(0, 3, "etc", "etc."), F(5, 8, "etc", "etc.")]
    res = [FileResult(doc.path, doc, fs)]
    bl = tmp_path / "sub" / "baseline.json"
    bl.parent.mkdir()
    assert baseline.write(res, str(bl)) == 2
    data = baseline.load(str(bl))
    assert all(p == "../a.txt" for p, _, _ in data)
    new, known = baseline.filter_new(res, str(bl))
    assert known == 2 and new[0].findings == []
    more = [FileResult(doc.path, doc, fs + [F(10, 13, "etc", "etc.", rule="TC998")])]
    new, known = baseline.filter_new(more, str(bl))
    assert known == 2 and [f.rule for f in new[0].findings] == ["TC998"]
    assert bl.read_text(encoding="utf-8") == baseline.dumps(baseline.build(res, str(bl)))


def test_parse_git_diff():
    out = parse_diff("diff --git a/x.txt b/x.txt\n--- a/x.txt\n+++ b/x.txt\n@@ -3 +3,2 @@\n-a\n+b\n+c\n"
                     "@@ -10,2 +12,0 @@\n-x\n-y\n@@ -20 +20 @@\n-p\n+q\n"
                     "diff --git a/g.md b/g.md\n--- /dev/null\n+++ b/g.md\n@@ -0,0 +1,2 @@\n+n\n+m\n")
    assert out == {"x.txt": {3, 4, 20}, "g.md": {1, 2}}


def test_replacement_encoder_for_markup():
    res = apply_fixes("a R+D b", [F(2, 5, "R+D", "R&D <x>")], encode_replacement=lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    assert res.text == "a R&amp;D &lt;x&gt; b"


def test_progress_bar_only_on_terminal_after_delay(monkeypatch):
    import io

    from termcheck import runner

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert runner.progress_wanted(Tty()) and not runner.progress_wanted(io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not runner.progress_wanted(Tty())
    stream = Tty()
    p = runner.Progress(3, enabled=True, stream=stream)
    p.tick("a.txt")
    assert stream.getvalue() == ""  # fast runs draw nothing
    p.t0 -= runner.PROGRESS_AFTER + 1
    p.tick("b.txt")
    assert "2/3" in stream.getvalue() and "b.txt" in stream.getvalue()
    p.close()
    assert stream.getvalue().endswith("\r\033[K")


def test_fix_never_touches_masked_markup():
    text = "the <em>the</em> end"
    masked = "the     the      end"
    res = apply_fixes(text, [F(0, 11, "the <em>the", "the")], masked=masked)
    assert res.text == text and "markup" in res.skipped[0][1]
