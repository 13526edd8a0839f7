"""The LanguageTool-compatible API (/v2): raw requests shaped as LTeX, Obsidian and LibreOffice send them,
and the real `language_tool_python` client (check() and its command line) against a live server."""
import json
import os
import subprocess
import sys
from urllib.parse import quote, urlencode

import pytest
from fastapi.testclient import TestClient

from conftest import ROOT
from live_server import live_server
from termcheck.api.app import create_app
from termcheck.api.settings import Settings

# an unclosed quote (TC5xx punctuation) after an astral-plane emoji: UTF-16 offsets differ from Python's
EMOJI_TEXT = "Progress 😀 was reported.\nThe province adopted the “Outline for Development on 3 May.\n"
QUOTE = EMOJI_TEXT.index("“")
# TC502 spans an unclosed quote from its opener to where the closer belongs (the sentence's end)
UNCLOSED = "“Outline for Development on 3 May"
MATCH_KEYS = {"message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "type", "rule",
              "ignoreForIncompleteSentence", "contextForSureMatch"}


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings(max_text_chars=5000, api_keys=[])), raise_server_exceptions=False) as c:
        yield c


def utf16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def quote_match(body):
    return next(m for m in body["matches"] if m["offset"] == utf16(EMOJI_TEXT[:QUOTE]))


def assert_lt_shape(body):
    assert {"software", "warnings", "language", "matches", "sentenceRanges"} <= set(body)
    assert {"name", "version", "buildDate", "apiVersion", "premium", "status"} <= set(body["software"])
    assert body["warnings"] == {"incompleteResults": False}
    assert {"name", "code", "detectedLanguage"} <= set(body["language"])
    assert {"name", "code", "confidence"} <= set(body["language"]["detectedLanguage"])
    for m in body["matches"]:
        assert MATCH_KEYS <= set(m)
        assert isinstance(m["message"], str) and isinstance(m["shortMessage"], str)
        assert all(set(r) == {"value"} for r in m["replacements"]) and len(m["replacements"]) <= 10
        assert {"text", "offset", "length"} <= set(m["context"])
        assert m["type"]["typeName"] in ("UnknownWord", "Hint", "Other")
        assert {"id", "description", "issueType", "category"} <= set(m["rule"])
        assert m["rule"]["issueType"] in ("terminology", "inconsistency", "numbers", "misspelling", "grammar",
                                          "typographical", "untranslated", "omission", "style")
        assert m["rule"]["category"]["id"] in ("TYPOS", "STYLE", "TERMINOLOGY", "NUMBERS", "PUNCTUATION", "GRAMMAR")
        assert isinstance(m["ignoreForIncompleteSentence"], bool) and isinstance(m["contextForSureMatch"], int)


def test_form_check_utf16_offsets_and_every_field(client):
    r = client.post("/v2/check", data={"text": EMOJI_TEXT, "language": "en-US"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert_lt_shape(body)
    m = quote_match(body)
    assert m["offset"] == QUOTE + 1 and m["length"] == len(UNCLOSED)  # the emoji counts as two UTF-16 units
    assert m["rule"]["category"]["id"] == "PUNCTUATION" and m["rule"]["issueType"] == "typographical"
    ctx = m["context"]
    assert ctx["text"][ctx["offset"]:ctx["offset"] + ctx["length"]] == UNCLOSED
    assert ctx["text"].replace("...", "") in EMOJI_TEXT.replace("\n", " ")
    assert "Outline" in m["sentence"]
    assert body["language"]["code"] == "en-US"


def test_get_check_with_query_parameters(client):
    r = client.get("/v2/check", params={"text": EMOJI_TEXT, "language": "auto"})
    assert r.status_code == 200
    assert quote_match(r.json())["offset"] == QUOTE + 1


def test_ltex_shape_form_body_labelled_json_with_annotations(client):
    # LTeX (valentjn/ltex-ls) posts a form-urlencoded body with Content-Type: application/json,
    # the text as a `data` annotation (markup skipped, still counted in offsets)
    annotation = [{"text": "        "}, {"markup": "\\section{"}, {"text": "Intro"}, {"markup": "}", "interpretAs": "\n\n"},
                  {"text": "The province adopted the “Outline for Development."}]
    form = {"language": "en-US", "data": json.dumps({"annotation": annotation}), "motherTongue": "zh-CN",
            "level": "picky", "enabledRules": "SOME_LT_RULE,TC502"}
    r = client.post("/v2/check", content=urlencode(form).encode(), headers={"Content-Type": "application/json",
                                                                            "Accept": "application/json"})
    assert r.status_code == 200, r.text
    full = "".join(p.get("text", p.get("markup")) for p in annotation)
    m = next(m for m in r.json()["matches"] if m["rule"]["category"]["id"] == "PUNCTUATION")
    assert full[m["offset"]:m["offset"] + m["length"]] == "“Outline for Development"


def test_obsidian_shape_auto_language_and_categories(client):
    annotation = [{"text": "Notes\n"}, {"markup": "- ", "interpretAs": "• "},
                  {"text": "The province adopted the “Outline for Development."}]
    form = {"data": json.dumps({"annotation": annotation}), "language": "auto", "enabledOnly": "false",
            "level": "default", "disabledCategories": "TYPOS", "preferredVariants": "en-GB"}
    r = client.post("/v2/check", content=urlencode(form), headers={"Content-Type": "application/x-www-form-urlencoded",
                                                                   "Accept": "application/json"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert not any(m["rule"]["category"]["id"] == "TYPOS" for m in body["matches"])
    assert any(m["rule"]["category"]["id"] == "PUNCTUATION" for m in body["matches"])
    r = client.post("/v2/check", data={**form, "disabledCategories": "PUNCTUATION"})
    assert not any(m["rule"]["category"]["id"] == "PUNCTUATION" for m in r.json()["matches"])


def test_libreoffice_shape(client):
    # LibreOffice: BaseURL + "/check", curl form body "text=...&language=en-US" (no Accept header)
    body = "text=" + quote(EMOJI_TEXT) + "&language=en-US"
    r = client.post("/v2/check", content=body.encode(), headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 200
    assert quote_match(r.json())["length"] == len(UNCLOSED)


def test_enabled_only_and_unknown_ids_ignored(client):
    r = client.post("/v2/check", data={"text": EMOJI_TEXT, "language": "en", "enabledOnly": "true",
                                       "enabledRules": "MORFOLOGIK_RULE_EN_US,TC502"})
    assert r.status_code == 200 and {m["rule"]["id"] for m in r.json()["matches"]} <= {"TC502"}
    r = client.post("/v2/check", data={"text": EMOJI_TEXT, "language": "en", "disabledRules": "NOPE,TC502"})
    assert r.status_code == 200 and "TC502" not in {m["rule"]["id"] for m in r.json()["matches"]}
    r = client.post("/v2/check", data={"text": EMOJI_TEXT, "language": "en", "enabledOnly": "true"})
    assert r.status_code == 400 and r.text.startswith("Error: ")


def test_bilingual_source_text_and_srctext(client):
    target = "The province lifted 13.56 people out of poverty."
    for key in ("sourceText", "srctext"):
        r = client.post("/v2/check", data={"text": target, "language": "en-US", key: "全省减贫1356万人。",
                                           "sourceLanguage": "zh-CN"})
        assert r.status_code == 200, r.text
        for m in r.json()["matches"]:
            assert 0 <= m["offset"] and m["offset"] + m["length"] <= len(target)


@pytest.mark.parametrize("form, status, needle", [
    ({"text": "Hello."}, 400, "Missing 'language'"),
    ({"language": "en-US"}, 400, "Missing 'text' or 'data'"),
    ({"language": "en-US", "text": "a", "data": "{}"}, 400, "only one"),
    ({"language": "en-US", "data": "{not json"}, 400, "Could not parse JSON"),
    ({"language": "en-US", "data": json.dumps({"annotation": [{"foo": 1}]})}, 400, "annotation[0]"),
    ({"language": "de-DE", "text": "Hallo."}, 400, "English"),
    ({"language": "en-US", "text": "word " * 2000}, 413, "exceeds the limit of 5000 characters"),
])
def test_errors_are_plain_text(client, form, status, needle):
    r = client.post("/v2/check", data=form)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/plain")
    assert r.text.startswith("Error: ") and needle in r.text


def test_body_limit_on_v2_is_plain_text_413():
    with TestClient(create_app(Settings(max_body_bytes=2048))) as c:
        r = c.post("/v2/check", data={"language": "en", "text": "x" * 5000})
        assert r.status_code == 413 and r.text.startswith("Error: ")


def test_api_key_as_lt_parameter():
    with TestClient(create_app(Settings(api_keys=["k1"]))) as c:
        assert c.post("/v2/check", data={"language": "en", "text": "Fine."}).status_code == 401
        assert c.post("/v2/check", data={"language": "en", "text": "Fine.", "apiKey": "k1"}).status_code == 200
        assert c.post("/v2/check", data={"language": "en", "text": "Fine."},
                      headers={"Authorization": "Bearer k1"}).status_code == 200
        assert c.get("/v2/languages").status_code == 200


def test_languages_and_healthcheck(client):
    langs = client.get("/v2/languages").json()
    assert isinstance(langs, list) and {"name", "code", "longCode"} <= set(langs[0])
    assert {"en-US", "en-GB", "zh-CN"} <= {x["longCode"] for x in langs}
    r = client.get("/v2/healthcheck")
    assert r.status_code == 200 and r.text == "OK"


@pytest.fixture(scope="module")
def server():
    with live_server() as url:
        yield url


def test_language_tool_python_check(server):
    lt = pytest.importorskip("language_tool_python")
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
    tool = lt.LanguageTool("en-US", remote_server=server, mother_tongue="zh-CN")
    try:
        matches = tool.check(EMOJI_TEXT)
        assert matches, "termcheck's findings reach the client"
        quote = next(m for m in matches if m.rule_id.startswith("TC5") and m.offset == QUOTE)
        # the client turns UTF-16 offsets back into Python indices (one less after the emoji)
        assert EMOJI_TEXT[quote.offset:quote.offset + quote.error_length] == UNCLOSED
        assert quote.category == "PUNCTUATION" and quote.rule_issue_type == "typographical"
        tool.disable_spellchecking()
        assert all(m.category != "TYPOS" for m in tool.check("All is wel here, in the “Outline."))
    finally:
        tool.close()


def test_language_tool_python_command_line(server, tmp_path):
    pytest.importorskip("language_tool_python")
    doc = tmp_path / "doc.txt"
    doc.write_text(EMOJI_TEXT, encoding="utf-8")
    host, port = server.rsplit(":", 1)
    env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    r = subprocess.run([sys.executable, "-m", "language_tool_python", "-l", "en-US", "--remote-host",
                        host.replace("http://", ""), "--remote-port", port, str(doc)],
                       capture_output=True, cwd=ROOT, env=env, timeout=120)
    out = r.stdout.decode()
    assert r.returncode == 2, r.stderr.decode()[-2000:]  # 2: matches found
    line = next(x for x in out.splitlines() if ": TC5" in x)
    # FILE:LINE:COLUMN: RULE: MESSAGE; the quote is on line 2, column 27 (1-based)
    assert line.startswith(f"{doc}:2:{EMOJI_TEXT.splitlines()[1].index('“') + 1}: TC5"), out
