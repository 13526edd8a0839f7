"""Hand-made results for reporter snapshots: fixed rules and findings, no engine involved,
so the snapshots change only when a reporter does (not when a shipped rule does)."""
from termcheck.model import Document, Finding, Fix, Segment
from termcheck.report import FileResult
from termcheck.ruleset import build_rule

ROOT_DIR = "/repo"


def _rule(rid, name, category, severity, fix, what):
    raw = {"id": rid, "name": name, "kind": "pattern", "category": category, "severity": severity, "fix": fix,
           "message": "{text}", "params": {"pattern": "zzz"},
           "doc": {"what": what, "why": "Readers notice it.", "example": "zzz", "instead": "z"},
           "examples": {"bad": [{"text": "[[zzz]]"}], "good": ["z"]}}
    return build_rule(raw, "tests/ci_fixtures.py", 1)


RULES = [
    _rule("TC991", "punctuation/test-etc", "punctuation", "warning", "safe", "An “etc” without its period. Second sentence."),
    _rule("TC992", "grammar/test-doubled", "grammar", "warning", "unsafe", "A doubled word."),
    _rule("TC993", "number/test-span", "number", "error", "none", "A number problem across lines."),
    _rule("TC994", "spelling/test-typo", "spelling", "info", "safe", "A typo."),
]

TEXT_A = ("The Ministry, etc, made \"joint efforts”.\r\n"
          "Line two has 😀 the the problem,\r\n"
          "and a span\r\n"
          "across lines: 100% done, 50:50.\r\n")


def _f(rule, start, end, text, message, suggestions=(), fix=None, segment=None):
    r = next(x for x in RULES if x.id == rule)
    return Finding(rule=r.id, name=r.name, category=r.category, severity=r.severity, start=start, end=end,
                   message=message, text=text, suggestions=tuple(suggestions), fix=fix, segment=segment)


def results():
    a = TEXT_A
    i_etc = a.index("etc")
    i_q = a.index('"')
    i_tt = a.index("the the")
    i_span = a.index("a span")
    i_end = a.index("across") + len("across")
    fa = [
        _f("TC991", i_etc, i_etc + 3, "etc", "“etc” needs its period: “etc.”.", ["etc."], Fix("etc.", "safe")),
        _f("TC991", i_q, i_q + 1, '"', "Quote pair does not match, straight: curly.", ["“"], Fix("“", "safe")),
        _f("TC992", i_tt, i_tt + 7, "the the", "Word repeated: “the the”.", ["the"], Fix("the", "unsafe")),
        _f("TC993", i_span, i_end, a[i_span:i_end], "Spans lines: 100% sure,\nreally.\r"),
    ]
    doc_a = Document(path=f"{ROOT_DIR}/docs/a.txt", text=a, segments=(Segment(id=None, text=a, raw=a),))
    b = '<unit id="u1"><source>你好世界</source><target>Hello wrld &amp; more</target></unit>\n'
    off = b.index("Hello")
    seg = Segment(id="u1", text="Hello wrld & more", raw="Hello wrld & more", source="你好世界", offset=off)
    doc_b = Document(path=f"{ROOT_DIR}/docs/b file.xlf", text=b, segments=(seg,), format="xliff", bilingual=True)
    fb = [_f("TC994", 6, 10, "wrld", "Unknown word “wrld”.", ["world", "word"], Fix("world", "safe"), segment="u1")]
    doc_c = Document.from_text("All good.\n", f"{ROOT_DIR}/docs/c.md", format="md")
    return [FileResult(doc_a.path, doc_a, fa), FileResult(doc_b.path, doc_b, fb), FileResult(doc_c.path, doc_c, [])]


def options(**kw):
    return {"rules": RULES, "root": ROOT_DIR, "fail_on": "warning", "color": False, **kw}
