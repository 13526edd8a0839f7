"""Countable nouns that policy texts count (people, households, villages ...), with their
singular and plural forms. Number checks only reason about nouns listed here, so an unknown
word after a number never produces a finding."""
from __future__ import annotations

_IRREGULAR = {"person": "people", "child": "children", "woman": "women", "man": "men",
              "person-time": "person-times", "staff member": "staff members"}
_REGULAR = """
household family resident farmer herdsman villager student pupil teacher doctor worker laborer
labourer cadre official member volunteer head deputy leader migrant retiree patient
county village town township city district prefecture province region area community
project program programme enterprise company cooperative firm school hospital clinic road
bridge house dwelling department unit bureau office organ agency institution organization
organisation seminar meeting conference delegation session plan policy task batch group team
site base center centre station park zone job post position case loan bank country nation
household-head party branch classroom library well reservoir canal toilet kindergarten
""".split()


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


SINGULAR_TO_PLURAL: dict[str, str] = {w: _plural(w) for w in _REGULAR}
SINGULAR_TO_PLURAL.update(_IRREGULAR)
PLURAL_TO_SINGULAR: dict[str, str] = {p: s for s, p in SINGULAR_TO_PLURAL.items()}
PLURAL_TO_SINGULAR["persons"] = "person"

# Words that may stand between a number and the counted noun ("453,000 poor residents").
ADJECTIVES = frozenset("""
poor rural urban registered impoverished poverty-stricken needy new key additional more other
migrant ethnic minority local senior junior young elderly disabled pilot leading deputy
contiguous relocated resettled extra designated national provincial
""".split())


def is_plural(word: str) -> bool:
    return word.lower() in PLURAL_TO_SINGULAR


def is_singular(word: str) -> bool:
    return word.lower() in SINGULAR_TO_PLURAL


def with_case(model: str, word: str) -> str:
    """``word`` written with the capitalisation of ``model``."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def pluralise(word: str) -> str:
    return with_case(word, SINGULAR_TO_PLURAL.get(word.lower(), _plural(word.lower())))


def singularise(word: str) -> str:
    return with_case(word, PLURAL_TO_SINGULAR.get(word.lower(), word.lower()))
