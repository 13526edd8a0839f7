"""Chinese quantity parser: 万/亿 forms, Chinese numerals (cn2an), percentages, dates, labels."""
from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termcheck.lang.zh_numbers import parse_quantities


def values(text):
    return [(q.kind, q.value) for q in parse_quantities(text)]


@pytest.mark.parametrize("text,kind,value", [
    ("1356万人", "count", Decimal("13560000")),
    ("25.31亿元", "money", Decimal("2531000000")),
    ("二十五点三一亿元", "money", Decimal("2531000000")),
    ("三万二千户", "count", 32000),
    ("两百个村", "count", 200),
    ("500余万元", "money", 5_000_000),
    ("4.5万亩", "area", 45000),
    ("百分之六十五", "percent", 65),
    ("65%", "percent", 65),
    ("三成", "percent", 30),
    ("提高2个百分点", "percent", 2),
    ("增长1.5倍", "count", Decimal("1.5")),
    ("1.2万平方公里", "area", 12000),
    ("60多人次", "count", 60),
    ("第十二", "ordinal", 12),
    ("一万亿元", "money", 10 ** 12),
    ("三分之一", "fraction", Decimal(1) / 3),
])
def test_quantities(text, kind, value):
    (k, v), = values(text)
    assert (k, v) == (kind, value)


def test_years_dates_plans_and_labels():
    qs = parse_quantities("二〇一一年八月")
    assert [(q.kind, q.parts) for q in qs] == [("date", (2011, 8, None))]
    assert parse_quantities("2011年8月15日")[0].parts == (2011, 8, 15)
    assert [(q.kind, q.value) for q in parse_quantities("“十二五”规划")] == [("ordinal", 12), ("count", 5)]
    (q,) = parse_quantities("川委发〔2011〕21号")
    assert (q.kind, q.value, q.parts) == ("docnumber", 21, (2011,))
    assert {q.kind for q in parse_quantities("电话：010-84419655 邮编100028 G318国道")} <= {"phone", "code"}


def test_words_that_contain_numerals_are_not_numbers():
    assert values("统一部署，进一步加强，千方百计，十分重要，一是加强，两不愁三保障") == []


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=2, max_value=10 ** 15))
def test_cn2an_numerals_round_trip(n):
    (q,) = parse_quantities(f"共有{cn2an.an2cn(n)}户")
    assert q.value == n


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value="0.01", max_value="99999.99", places=2), st.sampled_from(["万", "亿", "万亿"]))
def test_wan_yi_round_trip(d, scale):
    mult = {"万": 10 ** 4, "亿": 10 ** 8, "万亿": 10 ** 12}[scale]
    (q,) = parse_quantities(f"投入{d}{scale}元")
    assert q.value == d * mult and q.kind == "money"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99_999_999))
def test_arabic_with_units_round_trip(n):
    (q,) = parse_quantities(f"帮助{n:,}名学生")
    assert q.value == n


def test_approximator_before_the_scale_word():
    # 30余万 / 二十多万: 多 and 余 may stand between the numeral and 万 (written for this test)
    for text, value, approx in [("培训农民工20余万人次", 200000, "余"), ("新建住房二十多万套", 200000, "多"),
                                ("投入资金3余亿元", 300000000, "余")]:
        q = parse_quantities(text)[0]
        assert (q.value, q.approx) == (value, approx), text
