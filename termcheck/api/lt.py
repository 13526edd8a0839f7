"""LanguageTool's /v2 protocol on top of termcheck: request parsing and match building (no web framework).

Offsets and lengths are UTF-16 code units, as LanguageTool (Java) counts them; see
shared/design/interfaces.md section 2 and language-tool-client.md.
"""
from __future__ import annotations

import json
from urllib.parse import parse_qsl

from .. import __version__
from ..errors import TermcheckError
from ..model import Document, Finding, Segment
from ..readers.mask import FILL
from ..text import sentence_spans, utf16_len

CONTEXT = 40  # characters each side, as LanguageTool
LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (Australian)", "code": "en", "longCode": "en-AU"},
    {"name": "English (Canadian)", "code": "en", "longCode": "en-CA"},
    {"name": "English (New Zealand)", "code": "en", "longCode": "en-NZ"},
    {"name": "English (South African)", "code": "en", "longCode": "en-ZA"},
    # listed so clients accept Chinese as the motherTongue; checking needs English text
    {"name": "Chinese", "code": "zh", "longCode": "zh-CN"},
]
# termcheck category -> (ITS issueType, LT category id, LT category name, LT type)
CATEGORY = {
    "terminology": ("terminology", "TERMINOLOGY", "Terminology", "Other"),
    "consistency": ("inconsistency", "TERMINOLOGY", "Terminology", "Other"),
    "number": ("numbers", "NUMBERS", "Numbers", "Other"),
    "spelling": ("misspelling", "TYPOS", "Possible Typo", "UnknownWord"),
    "grammar": ("grammar", "GRAMMAR", "Grammar", "Other"),
    "punctuation": ("typographical", "PUNCTUATION", "Punctuation", "Other"),
    "untranslated": ("untranslated", "GRAMMAR", "Grammar", "Other"),
    "omission": ("omission", "GRAMMAR", "Grammar", "Other"),
    "style": ("style", "STYLE", "Style", "Hint"),
}
LT_CATEGORIES = {"TYPOS": ["spelling"], "STYLE": ["style"], "TERMINOLOGY": ["terminology", "consistency"],
                 "NUMBERS": ["number"], "PUNCTUATION": ["punctuation"], "TYPOGRAPHY": ["punctuation"],
                 "GRAMMAR": ["grammar", "untranslated", "omission"]}


class LTError(TermcheckError):
    """A bad or missing parameter: LanguageTool answers ``Error: ...`` with this status."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def parse_body(body: bytes) -> dict[str, str]:
    """Form fields of a body, whatever its Content-Type says (LTeX labels form data application/json)."""
    if not body.strip():
        return {}
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise LTError("the request body is not UTF-8") from None
    if text.lstrip().startswith("{"):  # a real JSON object: accept it too
        try:
            obj = json.loads(text)
        except ValueError:
            raise LTError("the request body starts with '{' but is not valid JSON") from None
        if isinstance(obj, dict):
            return {k: v if isinstance(v, str) else json.dumps(v) if isinstance(v, (dict, list)) else str(v)
                    for k, v in obj.items()}
    return dict(parse_qsl(text, keep_blank_values=True))


# The language codes this server accepts, stated once for the validator and the OpenAPI schema
# (English, any variant, or auto; JSON Schema patterns have no case-insensitive flag).
LANGUAGE_PATTERN = r"^(?:[aA][uU][tT][oO]|[eE][nN](?:[-_][\s\S]*)?)$"


def language_of(params: dict) -> dict:
    import re

    code = params.get("language", "")
    if not code.strip():
        raise LTError("Missing 'language' parameter, e.g. 'language=en-US' or 'language=auto'")
    if not re.fullmatch(LANGUAGE_PATTERN, code):
        raise LTError(f"'{code}' is not supported: termcheck checks English (use en, en-US, en-GB or auto)")
    low = code.lower().replace("_", "-")
    if low == "auto":
        low = "en-us"
    for lang in LANGUAGES:
        if lang["code"] == "en" and low in (lang["longCode"].lower(), lang["code"]):
            return lang if low != "en" else LANGUAGES[1]
    if low.startswith("en-"):
        return LANGUAGES[1]
    raise LTError(f"'{code}' is not supported: termcheck checks English (use en, en-US, en-GB or auto)")


def annotated_text(params: dict) -> tuple[str, str | None]:
    """(original text, masked text or None). ``data`` markup is masked but keeps its length."""
    has_text, has_data = "text" in params, "data" in params
    if has_text == has_data:
        raise LTError("Missing 'text' or 'data' parameter" if not has_text
                      else "Set only one of the parameters 'text' or 'data'")
    if has_text:
        return params["text"], None
    try:
        data = json.loads(params["data"])
    except ValueError:
        raise LTError("Could not parse JSON from 'data' parameter") from None
    if not isinstance(data, dict) or not ("annotation" in data or "text" in data):
        raise LTError("'data' must be a JSON object with 'annotation' (or 'text')")
    if "annotation" not in data:
        if not isinstance(data["text"], str):
            raise LTError("'data.text' must be a string")
        return data["text"], None
    original, masked = [], []
    for i, part in enumerate(data["annotation"] if isinstance(data["annotation"], list) else [None]):
        if isinstance(part, dict) and isinstance(part.get("text"), str) and "markup" not in part:
            original.append(part["text"])
            masked.append(part["text"])
        elif isinstance(part, dict) and isinstance(part.get("markup"), str):
            markup, interpret = part["markup"], part.get("interpretAs") or ""
            original.append(markup)
            masked.append(_mask(markup, str(interpret)))
        else:
            raise LTError(f"'data.annotation[{i}]' needs 'text' or 'markup' (a string)")
    return "".join(original), "".join(masked)


def _mask(markup: str, interpret: str) -> str:
    """Same length as the markup: its interpretation first, then invisible fill; newlines kept."""
    chars = ["\n" if ch == "\n" else FILL for ch in markup]
    for i, ch in enumerate(interpret[:len(chars)]):
        chars[i] = ch
    return "".join(chars)


def build_document(params: dict) -> Document:
    text, masked = annotated_text(params)
    source = params.get("sourceText", params.get("srctext"))
    if source is not None:
        seg = Segment(id="1", text=masked if masked is not None else text, raw=text, source=source)
        return Document(path="<text>", text=text, segments=(seg,), bilingual=True)
    if masked is None:
        from ..readers import read_text

        return read_text(text, "<text>", "txt")
    return Document.from_text(text, "<text>", masked=masked)


def _csv(value: str | None) -> list[str]:
    return [x.strip() for x in (value or "").split(",") if x.strip()]


def _categories(ids: list[str]) -> list[str]:
    out = []
    for c in ids:
        out.extend(LT_CATEGORIES.get(c.upper(), [c.lower()] if c.lower() in CATEGORY else []))
    return out


def selection(params: dict, default_enabled: list[str]) -> tuple[list[str], list[str]]:
    """(select, ignore) for the engine from LT's enabled/disabled rules and categories."""
    enabled = _csv(params.get("enabledRules")) + _categories(_csv(params.get("enabledCategories")))
    ignore = _csv(params.get("disabledRules")) + _categories(_csv(params.get("disabledCategories")))
    if params.get("enabledOnly", "").lower() == "true":
        if not (_csv(params.get("enabledRules")) or _csv(params.get("enabledCategories"))):
            raise LTError("You can only use 'enabledOnly' if you specify enabledRules or enabledCategories")
        return enabled or ["-no-such-rule-"], ignore
    return (default_enabled + enabled if enabled else []), ignore


class Offsets:
    """Python str offsets -> UTF-16 code units (identity when the text has no astral characters)."""

    def __init__(self, text: str):
        self.astral = any(ord(ch) > 0xFFFF for ch in text)
        if self.astral:
            self.prefix = [0]
            for ch in text:
                self.prefix.append(self.prefix[-1] + (2 if ord(ch) > 0xFFFF else 1))

    def __call__(self, i: int) -> int:
        return self.prefix[i] if self.astral else i


def _short(name: str) -> str:
    tail = name.split("/", 1)[-1].replace("-", " ")
    return tail[:1].upper() + tail[1:]


def match(f: Finding, text: str, u16: Offsets, sentences, rule) -> dict:
    issue, cat_id, cat_name, type_name = CATEGORY.get(f.category, ("other", "GRAMMAR", "Grammar", "Other"))
    a, b = max(0, min(f.start, len(text))), max(0, min(f.end, len(text)))
    c0, c1 = max(0, a - CONTEXT), min(len(text), b + CONTEXT)
    pre, post = ("..." if c0 > 0 else ""), ("..." if c1 < len(text) else "")
    window = text[c0:c1].replace("\n", " ")
    sentence = next((text[s:e] for s, e in sentences if s <= a < e), "")
    description = rule.spec.doc.what.strip().splitlines()[0] if rule is not None else f.name
    return {
        "message": f.message,
        "shortMessage": _short(f.name),
        "replacements": [{"value": s} for s in list(f.suggestions)[:10]],
        "offset": u16(a),
        "length": u16(b) - u16(a),
        "context": {"text": pre + window + post, "offset": utf16_len(pre + text[c0:a]), "length": u16(b) - u16(a)},
        "sentence": sentence,
        "type": {"typeName": type_name},
        "rule": {"id": f.rule, "description": description, "issueType": issue,
                 "category": {"id": cat_id, "name": cat_name}},
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def response(doc: Document, findings: list[Finding], language: dict, rules: dict) -> dict:
    text = doc.segments[0].original if doc.bilingual else doc.text
    u16 = Offsets(text)
    sentences = list(sentence_spans(text))
    lang = {"name": language["name"], "code": language["longCode"]}
    return {
        "software": {"name": "termcheck", "version": __version__, "buildDate": "", "apiVersion": 1,
                     "premium": False, "premiumHint": "", "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {**lang, "detectedLanguage": {**lang, "confidence": 1.0}},
        "matches": [match(f, text, u16, sentences, rules.get(f.rule)) for f in findings],
        "sentenceRanges": [[u16(s), u16(e)] for s, e in sentences],
    }
