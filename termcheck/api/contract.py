"""What the OpenAPI document must say that only the running server knows: the names of the glossaries
it loaded, which requests may name (any other name is a 422). Fields carry an ``x-glossary-names``
marker (``list``: a JSON array of names, ``csv``: a comma-separated form field); this fills them in."""
from __future__ import annotations

_REGEX_SPECIALS = set("\\^$.|?*+()[]{}/")


def _escape(name: str) -> str:
    return "".join("\\" + c if c in _REGEX_SPECIALS else c for c in name)


def csv_names_pattern(names) -> str:
    """Comma-separated items, each blank or one of ``names`` (blanks around items are ignored)."""
    if not names:
        return r"^[\s,]*$"
    one = "(?:" + "|".join(_escape(n) for n in sorted(names)) + ")"
    return rf"^\s*(?:{one}\s*)?(?:,\s*(?:{one}\s*)?)*$"


def state_glossary_names(node, names) -> None:
    """Walk an OpenAPI document and constrain every marked field to ``names``."""
    if isinstance(node, dict):
        kind = node.get("x-glossary-names")
        if kind == "csv":
            node["pattern"] = csv_names_pattern(names)
        elif kind == "list":
            for variant in node.get("anyOf", [node]):
                if variant.get("type") == "array":
                    variant["items"] = {"type": "string", "enum": sorted(names)} if names else {"not": {}}
        for value in node.values():
            state_glossary_names(value, names)
    elif isinstance(node, list):
        for value in node:
            state_glossary_names(value, names)
