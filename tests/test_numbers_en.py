"""English quantity parser: labels are never counts; parse(render(n)) round-trips."""
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termcheck.lang.en_numbers import parse_quantities
from termcheck.lang.quantity import render_en

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str:
    """Spell 1..999 the way a translator would."""
    out = []
    if n >= 100:
        out.append(ONES[n // 100] + " hundred")
        n %= 100
        if n:
            out.append("and")
    if n >= 20:
        out.append(TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else ""))
    elif n or not out:
        out.append(ONES[n])
    return " ".join(out)


def only(text):
    qs = [q for q in parse_quantities(text)]
    assert len(qs) == 1, [(q.text, q.kind) for q in qs]
    return qs[0]


@pytest.mark.parametrize("text,kind,value", [
    ("In 2011, the province acted.", "year", 2011),
    ("(Chuan Kai Fa [2011] No. 4)", "docnumber", 4),
    ("(Chuan Wei Ting [2011] No.53)", "docnumber", 53),
    ("see Document No. 21 for details", "docnumber", 21),
    ("under Article 12 of the law", "docnumber", 12),
    ("Tel: +86-10-84419655", "phone", None),
    ("call 010-84419655 now", "phone", None),
    ("the 12th plan", "ordinal", 12),
    ("the twelfth plan", "ordinal", 12),
    ("in the 1990s", "year", 1990),
    ("the A320 aircraft and 5G", None, None),
    ("At the end of August 2011 it ended.", "date", 2011),
    ("On 8 August 2011 it began.", "date", 2011),
    ("(2010 constant prices)", "year", 2010),
])
def test_labels_are_recognised(text, kind, value):
    qs = parse_quantities(text)
    if kind is None:
        assert all(q.kind == "code" for q in qs), [(q.text, q.kind) for q in qs]
        return
    q = qs[0]
    assert q.kind == kind, (q.text, q.kind)
    assert q.kind != "count"
    if value is not None:
        assert q.value == value


def test_postcodes_and_codes_are_never_counts():
    text = "Postcode: 100028; 邮编100028 京ICP备2020039194号-2; COVID-19; G318 highway"
    assert all(q.kind in ("code", "phone") for q in parse_quantities(text)), \
        [(q.text, q.kind) for q in parse_quantities(text)]


@pytest.mark.parametrize("text,kind,value,unit", [
    ("13.56 million people", "count", Decimal("13560000"), "people"),
    ("2.531 billion Yuan", "money", Decimal("2531000000"), "Yuan"),
    ("RMB 5 million", "money", Decimal("5000000"), "RMB"),
    ("US$ 1.2 billion", "money", Decimal("1200000000"), "US$"),
    ("453,000 poor residents", "count", Decimal("453000"), "residents"),
    ("65%", "percent", 65, "%"),
    ("65 per cent", "percent", 65, "per cent"),
    ("2 percentage points", "percent", 2, "percentage point"),
    ("45,000 mu", "area", 45000, "mu"),
    ("1.2 square kilometers", "area", Decimal("1.2"), "square kilometers"),
    ("twenty-five villages", "count", 25, "villages"),
    ("a dozen projects", "count", 12, "projects"),
    ("three hundred and five households", "count", 305, "households"),
    ("25.31 hundred million yuan", "money", Decimal("2531000000"), "yuan"),
    ("1878 people", "count", 1878, "people"),
])
def test_quantities(text, kind, value, unit):
    q = only(text)
    assert (q.kind, q.value, q.unit) == (kind, value, unit)


def test_approximators_and_ranges():
    q = only("more than 4.8 billion Yuan")
    assert q.approx == "more than" and q.value == Decimal("4.8e9") and q.text == "more than 4.8 billion Yuan"
    q = only("10 to 20 million people")
    assert (q.kind, q.value, q.high) == ("range", Decimal("1e7"), Decimal("2e7"))
    q = only("(2011-2020)")
    assert (q.kind, q.value, q.high, q.unit) == ("range", 2011, 2020, "year")
    q = only("between 5 and 8 counties")
    assert (q.value, q.high) == (5, 8)


def test_may_the_verb_is_not_a_month():
    assert parse_quantities("They May apply. It may rain.") == []
    assert parse_quantities("In May the plan began.")[0].parts == (None, 5, None)


# --- round trips ------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10 ** 13))
def test_digits_with_separators_round_trip(n):
    q = only(f"It helped {n:,} households.")
    assert q.value == n and q.kind == "count"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=10_000, max_value=10 ** 13))
def test_plain_digits_round_trip(n):
    q = only(f"It helped {n} households.")
    assert q.value == n and not q.separators


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value="0.01", max_value="9999.99", places=2),
       st.sampled_from(["thousand", "million", "billion", "trillion"]))
def test_scale_words_round_trip(d, scale):
    mult = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12}[scale]
    q = only(f"It invested {d} {scale} yuan.")
    assert q.value == d * mult and q.kind == "money" and q.scale == scale


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999))
def test_number_words_round_trip(n):
    q = only(f"They built {words(n)} villages.")
    assert q.value == n and q.words


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.integers(min_value=0, max_value=10 ** 14),
                 st.decimals(min_value="0.001", max_value="999999", places=3).map(lambda d: d * 10 ** 6)))
def test_render_en_round_trip(v):
    v = Decimal(v)
    q = only(f"It spent {render_en(v)} yuan.")
    assert q.value == v, render_en(v)


def test_render_en_house_style():
    assert render_en(Decimal(13_560_000)) == "13.56 million"
    assert render_en(Decimal(2_531_000_000)) == "2.531 billion"
    assert render_en(Decimal(30_800)) == "30,800"
    assert render_en(Decimal(65), "percent") == "65%"


@pytest.mark.parametrize("text,parts", [
    ("on 2011-08-15", (2011, 8, 15)), ("in 2011.08", (2011, 8, None)),
    ("on 2011.8.15", (2011, 8, 15)), ("on 2011/08/15", (2011, 8, 15)),
    ("on November 15, 2011", (2011, 11, 15)),
])
def test_numeric_dates(text, parts):
    q = only(text)
    assert (q.kind, q.parts) == ("date", parts)


def test_season_is_a_year_range_not_a_date():
    q = only("the 2011-12 season")
    assert (q.kind, q.value, q.high) == ("range", 2011, 12)


def test_a_decimal_with_a_scale_is_not_a_date():
    q = only("2030.01 thousand yuan")
    assert (q.kind, q.value) == ("money", Decimal("2030010"))


def test_ranges_need_a_tight_dash_or_a_rising_pair():
    assert [q.kind for q in parse_quantities("32 counties - 8 of them")] == ["count", "count"]
    assert [q.text for q in parse_quantities("gave 500 to 32 counties")] == ["500", "32 counties"]


def test_glued_currency_and_year_to_amount():
    q = only("nearly RMB1.6 trillion")
    assert (q.kind, q.value, q.unit, q.approx) == ("money", Decimal("1.6e12"), "RMB", "nearly")
    kinds = [q.kind for q in parse_quantities("from 6,079 yuan in 2013 to 12,588 yuan")]
    assert kinds == ["money", "year", "money"]


def test_standard_numbers_are_codes():
    kinds = [(q.text, q.kind) for q in parse_quantities("under GB 50011-2010, GB/T 19001 and ISO 9001")]
    assert [k for _, k in kinds] == ["code", "year", "code", "code"], kinds


@pytest.mark.parametrize("text,value", [
    ("one third of the poor", Decimal(1) / 3), ("two-thirds of villages", Decimal(2) / 3),
    ("a quarter of households", Decimal("0.25")), ("1/3 of the funds", Decimal(1) / 3),
])
def test_fractions(text, value):
    q = only(text)
    assert (q.kind, q.value) == ("fraction", value)


# parse_quantities tries MASTER only at the candidate offsets of one scan; it must find exactly
# what a parse over MASTER.finditer finds. The texts mix every kind of start (digits, brackets,
# glued currency, number words in any case, months, "No.", "a half") with near misses, and
# characters that (?i) folds to ASCII letters (those texts take MASTER.finditer itself).
MATCH_PIECES = ["[2011] No. 4", "x(2011) No.5", "Nos. 3", "No 12", "now", "Tel:+86-10-84419655", "a(010) 84419655",
                "RMB500", "USD3", "rmb5", "12.5", "1,234.56", "2011-2020", "2011.8.15", "1/3", "one", "ONE", "Twenty-five",
                "a half", "A Quarter", "a dozen", "A HUNDRED", "dozens", "ninth", "Ninety", "May", "may", "March",
                "NOVEMBER", "first", "Second", "forty", "fortyish", "sixteen", "ſix", "Kelvin K", "İstanbul", "ı",
                "only", "often", "money", "attention", "COVID-19", "A320", "-", "(", "+", "/", ".", ",", "\n", "“",
                "5 million", "30 per cent", "RMB 2.5 billion", "more than 40", "between 5 and 8", "12 poor villages",
                "8 August 2011", "1,200 mu", "3 thousand", "10 to 20 million", "up to 7", "the 1990s"]


# The plain candidate scan parse_quantities used before the shaped one (en_numbers._candidates):
# one pattern for the digits and number-word starts after a non-word character, str.find for the
# brackets and glued currencies. The shaped scan must find a superset of its offsets.
CAND = re.compile(r"""[^\w](?=(?u:\d)|a(?:pril|ugust|[ -](?:half|thir|quarter|four|fif|six|seven|eigh|nin|ten|dozen|hundred))
  |d(?:ecember|ozen)|e(?:igh|leven)|f(?:ebruary|i(?:v|f|rst)|o(?:ur|rty))|j(?:anuary|u(?:ne|ly))|ma(?:rch|y)
  |n(?:in|o(?:vember|s?\.|(?u:\s)))|o(?:ne|ctober)|s(?:eptember|ix|even|econd)|t(?:wo|hr|en|we|hir))""", re.X | re.A)


def candidates_plain(text, low):
    from termcheck.lang.en_numbers import has_odd_case

    if len(low) != len(text) or has_odd_case(text):
        return None
    cands = [0] + [m.start() + 1 for m in CAND.finditer(low)]
    extra = []
    for mark in "[〔(+":
        i = text.find(mark)
        while i >= 0:
            if text[i + 1:i + 2].isdigit():  # (a superset of \d)
                extra.append(i)
            i = text.find(mark, i + 1)
    for cur in ("RMB", "CNY", "USD"):
        i = text.find(cur)
        while i >= 0:
            if text[i + 3:i + 4].isdigit():
                extra.append(i + 3)
            i = text.find(cur, i + 3)
    return sorted(set(cands).union(extra)) if extra else cands


def reference_parse(text):
    """parse_quantities as it was: MASTER tried at every offset."""
    from termcheck.lang.en_numbers import parse_every_offset

    return parse_every_offset(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(MATCH_PIECES), st.sampled_from(["", " ", "-", ".", "(", "\u00a0", ", "])),
                max_size=12))
def test_candidate_scan_finds_what_master_finds(pieces):
    text = "".join(a + b for a, b in pieces)
    assert parse_quantities(text) == reference_parse(text)
    assert parse_quantities(text, text.lower()) == reference_parse(text)


def test_candidate_scan_on_a_long_text():
    from termcheck.lang.en_numbers import _candidates

    text = " ".join(p for p in MATCH_PIECES if p.isascii() or p == "“") * 20
    assert _candidates(text, None) is not None  # the candidate scan, not the fallback, is tested
    got = parse_quantities(text)
    assert got == reference_parse(text) and len(got) > 100
    odd = text + " ſix İ"  # (?i) folds these to ASCII letters: MASTER scans the text itself
    assert _candidates(odd, None) is None
    assert parse_quantities(odd) == reference_parse(odd)


SHAPE_PIECES = MATCH_PIECES + ["５", "٣", "(５", "〔2011〕", "〔٣", "RMB٣", "no\u00a05", "No\u2003", "a-half", "a_half",
                               "x_1", "中", "é", "?", "?5", "No.", "nos.", "no-", "\t", "_"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SHAPE_PIECES), st.sampled_from(["", " ", "-", ".", "(", "\u00a0", ", ", "“", "_"])),
                max_size=12))
def test_shaped_candidate_scan_covers_the_pattern_scan(pieces):
    """_candidates (an automaton over a shaped copy, bytes.find, characters outside ASCII one by
    one) finds every offset candidates_plain (CAND's scan) finds, each once, in order, and the
    parse over them is MASTER.finditer's."""
    from termcheck.lang import en_numbers as E

    text = "".join(a + b for a, b in pieces)
    low = text.lower()
    plain = candidates_plain(text, low)
    got = E._candidates(text, low)
    assert (got is None) == (plain is None)
    if got is not None:
        assert set(plain) <= set(got) and got == sorted(set(got))
    assert parse_quantities(text, low) == reference_parse(text)


def test_shaped_candidate_scan_on_long_texts():
    from termcheck.lang import en_numbers as E

    text = " ".join(p for p in SHAPE_PIECES if not E.has_odd_case(p)) * 30
    got = E._candidates(text, text.lower())
    assert got is not None and set(candidates_plain(text, text.lower())) <= set(got)
    assert parse_quantities(text) == reference_parse(text)


def test_words_matched_through_case_folding_do_not_crash():
    # (?i) matches "ſ" (long s) to "s" and "İ" to "i": the table look-ups fold them first
    assert [(q.kind, q.value) for q in parse_quantities("a ninthſ of it")] == [("fraction", Decimal(1) / Decimal(9))]
    assert parse_quantities("5 thouſand yuan")[0].value == 5000
    assert parse_quantities("the fİrst plan")[0].value == 1


# The per-figure pretests answered by table (_ENDS before a figure, _AFTERS after it) are
# necessary conditions: whenever a pattern would match, the table lets it run.
PRETEST_PIECES = ["more than", "over", "about", "Article", "Tel.", "Tel:", "GB/T", "DB51", "code", "ID", "No.", "is",
                  "RMB", "US$", "$", "¥", "up to", "close to", "in excess of", "an estimated", "MORE THAN", "ſome",
                  "village", "the", "and", "of", "to", "é", "x", "5", " ", "  ", "\t", "\n", "\u00a0", ":", "-", "–", "~",
                  "million", "yuan", "%", "per cent", "mu", "km²", "June", "and 7", "to 9", "villages", "st"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PRETEST_PIECES), max_size=8), st.lists(st.sampled_from(PRETEST_PIECES), max_size=4))
def test_pretest_tables_let_every_match_through(before, after):
    from termcheck.lang import en_numbers as E

    head, tail = "".join(before), "".join(after)
    text, s = head + "12" + tail, len(head)
    e = s + 2
    if E._one_space_before(text, s):
        ends = E._ENDS[text[s - 5:s - 1]]
        assert ends & E.MAY_BEFORE or not E._BEFORE.search(text[max(0, s - 24):s])
        assert ends & E.MAY_APPROX or not E._APPROX.search(text[max(0, s - 24):s])
    flags = E._AFTERS[text[e:e + 4]]
    assert bool(flags & E.MAY_TAIL) == E._may_tail(text, e)
    assert flags & E.MAY_TAIL or not E.TAIL.match(text, e).group()
    assert bool(flags & E.MAY_MONTH) == E._may_month(text, e)
    assert flags & E.MAY_MONTH or not E._DAY_MONTH.match(text, e)
    assert flags & E.MAY_RANGE or not E._RANGE.match(text, e)
    assert bool(flags & E.GLUED) == (text[e:e + 1].isalpha() or text[e:e + 1] == "-" and text[e + 1:e + 2].isalpha())


# The fast path for the commonest figure ("a word, one space, digits, nothing a pattern could
# begin with after them") must give what the general path gives, field by field.
FAST_PIECES = ["12", "2015", "1,200", "3.5", "1999", "2101", "0", "in", "the", "more than", "about", "Article", "of",
               "villages", "village", "poor", "new", "consecutive", "years", "year", "standard", "million", "yuan", "%",
               "to", "and", "June", "st", "-", "–", "(", ")", ",", ".", ";", " ", "  ", "\u00a0", "\n", "households",
               "rural", "é", "x5"]


def _parse_both(text):
    from termcheck.lang import en_numbers as E

    fast = parse_quantities(text)
    E._FAST_PATH = False
    try:
        general = parse_quantities(text)
    finally:
        E._FAST_PATH = True
    return fast, general


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FAST_PIECES), min_size=1, max_size=14), st.sampled_from([" ", ""]))
def test_plain_figure_fast_path_equals_the_general_path(pieces, sep):
    from termcheck.lang import en_numbers as E

    text = sep.join(pieces)
    fast, general = _parse_both(text)
    assert fast == general
    assert [q.text for q in fast] == [q.text for q in general]
    for q in general:  # and the function itself, wherever its condition holds
        s, e = q.num_start, q.num_end
        if (not q.words and text[s:e] == q.number and q.number[:1].isdigit() and not E._AFTERS[text[e:e + 4]]
                and s >= 5 and text[s - 1] == " " and not text[s - 2].isspace() and not E._ENDS[text[s - 5:s - 1]]):
            assert E._plain_figure(text, s, e, q.number) == q


def test_plain_figure_fast_path_is_taken_and_agrees_on_a_long_text():
    from termcheck.lang import en_numbers as E

    text = ("In 2015 the county built 12 villages and 3 consecutive years of 1,200 rural households, "
            "about 40 farms, Article 5 says 2101 year 1999 standard 7 poor villages of 3.5 points. ") * 30
    calls = []
    real = E._plain_figure
    E._plain_figure = lambda *a: calls.append(a) or real(*a)
    try:
        fast, general = _parse_both(text)
    finally:
        E._plain_figure = real
    assert fast == general and len(calls) >= 5 * 30  # 2015, 12, 3, 2101, 1999, 7: ("of" may end "in excess of")


# The candidate scan runs with re.A (a faster class test); its offsets must include every offset
# of the same scan with Unicode classes, and the parse must stay MASTER.finditer's, around
# non-ASCII letters, digits and white space.
UNICODE_PIECES = ["é", "中", "ü", "５", "٣", "No", "no", "x", "5", "12", "one", "Two", "May", "a half", "\u00a0", "\u2003",
                  " ", "-", "(", "“", ".", "Nos.", "villages", "million", "RMB"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(UNICODE_PIECES), min_size=1, max_size=14))
def test_ascii_candidate_scan_covers_the_unicode_scan(pieces):
    import re

    from termcheck.lang import en_numbers as E

    text = "".join(pieces)
    low = text.lower()
    unicode_cand = re.compile(CAND.pattern, re.X)  # the same scan with Unicode classes
    got = E._candidates(text, low)
    assert got is not None
    assert {m.start() + 1 for m in unicode_cand.finditer(low)} <= set(got)
    assert parse_quantities(text) == reference_parse(text)


TAIL_PIECES = [" ", "\u00a0", "hundred million", "Ten-Thousand", "thousand", "MILLION", "bn", "mn", "%", "％", "per cent",
               "percentage points", "Percent", "yuan", "Yuan", "RMB", "US dollars", "euros", "mu", "hectares",
               "square kilometres", "sq. km", "km²", "m2", "tons", "times", "x", "é", "\u0301", "5", "_", "-", "ſ", "K"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TAIL_PIECES), max_size=6))
def test_tail_on_either_engine_is_tails_match(pieces):
    """_tail (the stdlib engine when the next characters are ASCII) gives TAIL's match: span and
    every group."""
    from termcheck.lang import en_numbers as E

    text = "".join(pieces)
    got, want = E._tail(text, 0), E.TAIL.match(text, 0)
    assert got.span() == want.span() and got.groups() == want.groups()
    assert [got.span(i) for i in range(1, 6)] == [want.span(i) for i in range(1, 6)]


DIGIT_PIECES = ["0871-12345678", "1/3", "2/10", "2011.8.15", "2011-08-15", "2011/08", "2030.01", "1999.12", "12", "5",
                "1,234.56", "0", "07", "+86", "(010)", "２０１５", "٣/٤", "-", ".", "/", " ", "x", "RMB", ","]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(DIGIT_PIECES), max_size=8))
def test_digits_alternative_alone_where_the_others_cannot_match(pieces):
    """At a digit not "0", not followed by "/" and without a separator four characters on,
    MASTER's match (its digit half) is its "digits" alternative's: same span, same group."""
    from termcheck.lang import en_numbers as E

    text = "".join(pieces)
    for c, ch in enumerate(text):
        if ch.isdecimal() and ch != "0" and text[c + 1:c + 2] != "/" and text[c + 4:c + 5] not in E._YMD_SEPS:
            want, got = E._MASTER_DIGIT.match(text, c), E._MASTER_NUMBER.match(text, c)
            assert (got is None) == (want is None)
            if want is not None:
                assert got.span() == want.span() and got.lastgroup == want.lastgroup


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SHAPE_PIECES + ["rmb", "5", "?5"]), max_size=14), st.sampled_from([1, 2, 3, 5, 8]))
def test_candidate_scan_block_by_block(pieces, block):
    """The candidate scan shaped block by block (bounded copies) finds what one block finds:
    keys, brackets and currencies across a block's end are found once."""
    from termcheck.lang import en_numbers as E

    text = "".join(pieces)
    whole = E._candidates(text, text.lower())
    saved = E._CAND_BLOCK
    try:
        E._CAND_BLOCK = block
        assert E._candidates(text, text.lower()) == whole
    finally:
        E._CAND_BLOCK = saved
