"""The value both number parsers produce, and helpers to compare and render values."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# Kinds that name something rather than count it: never summed, separated or agreed with a noun.
LABEL_KINDS = frozenset({"year", "date", "docnumber", "code", "phone", "ordinal"})
KINDS = ("count", "percent", "money", "area", "fraction", "year", "date", "docnumber", "ordinal",
         "range", "code", "phone")

SCALES = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9,
          "trillion": Decimal(10) ** 12}


# slots: a long text holds ~10,000 a MB. Not frozen (treat it as immutable all the same): a frozen
# dataclass sets each of the 17 fields through object.__setattr__, three times the cost of this
# __init__; unsafe_hash keeps the hash a frozen one has (from the fields, like its __eq__).
@dataclass(slots=True, unsafe_hash=True)
class Quantity:
    """One quantity found in a text.

    ``start``/``end`` span the whole expression (approximator, currency, numeral, scale, unit);
    ``num_start``/``num_end`` the numeral alone. ``value`` is the number with its scale applied
    (``13.56 million`` -> 13560000); for a range it is the low end and ``high`` the high end; for
    dates it is the year (or None) and ``parts`` holds (year, month, day).
    """

    start: int
    end: int
    text: str
    kind: str
    value: Decimal | None
    number: str = ""
    num_start: int = 0
    num_end: int = 0
    scale: str | None = None
    unit: str | None = None
    unit_start: int | None = None
    unit_end: int | None = None
    approx: str | None = None
    high: Decimal | None = None
    separators: bool = False
    words: bool = False  # the numeral is spelled out ("five")
    parts: tuple = ()

    @property
    def is_label(self) -> bool:
        return self.kind in LABEL_KINDS


def same_value(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return False
    if a == b:
        return True
    big = max(abs(a), abs(b))
    return big > 0 and abs(a - b) / big < Decimal("1e-9")


def plain(d: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 13.560 -> '13.56', 1E+3 -> '1000'."""
    s = format(d.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def group(digits: str) -> str:
    """Insert thousands separators into a plain decimal string."""
    neg = digits.startswith("-")
    digits = digits.lstrip("-")
    head, _, tail = digits.partition(".")
    out = f"{int(head):,}"
    return ("-" if neg else "") + out + ("." + tail if tail else "")


def render_en(value: Decimal, kind: str = "count") -> str:
    """The English house style for a value: '13.56 million', '2.531 billion', '30,800', '65%'."""
    if kind == "percent":
        return plain(value) + "%"
    if kind in LABEL_KINDS:
        return plain(value)
    v = abs(value)
    for word in ("trillion", "billion", "million"):
        unit = SCALES[word]
        if v >= unit:
            q = value / unit
            if len(plain(q).partition(".")[2]) <= 4:
                return f"{plain(q)} {word}"
    return group(plain(value))
