"""Chinese quantities: ``parse_quantities(text) -> list[Quantity]``.

Handled: Arabic digits with 万/亿/万亿/千万/百万 (``1356万``, ``25.31亿``); Chinese numerals via
cn2an (``三万二千``, ``两百``, ``二十五点三一亿``); 百分之, %, 个百分点, 成 (三成 = 30%), 倍; years
with 〇 (``二〇一一年``), dates (``2011年8月``, ``8月15日``); ordinals (第十二); five-year plans
(``十二五`` = 12th + five-year); document numbers (``〔2011〕4号``); phone numbers and postcodes
after 电话/传真/邮编; units and measure words (元, 万元, 亩, 人, 户, 个, 县, 村, 人次, 平方公里 ...);
approximators 多/余/近/约/超过.

A Chinese-character numeral counts only with a unit or measure word, after 第 or 百分之, or
when it has a place value (十百千万亿) and two or more characters; so 统一, 进一步, 千方百计,
十分 are not numbers.
"""
from __future__ import annotations

import warnings
from decimal import Decimal, InvalidOperation

import regex

from .quantity import Quantity

_D = "〇零一二两三四五六七八九"
_CN = f"[{_D}十百千万亿点]"
UNITS = ("万元|亿元|千元|元|美元|亩|公顷|平方公里|平方千米|平方米|公里|千米|米|吨|人次|人口|人|户|个百分点|"
         "个月|个|县|村|乡|镇|名|家|所|项|次|条|批|期|座|间|套|处|位|支|种|类|件|份|台|辆|头|只|株|张|"
         "岁|倍|年|月|天|周|届|市|州|区|省|国|部门|单位|站|场|校|届")
SCALE_CHARS = {"万亿": 10 ** 12, "千亿": 10 ** 11, "百亿": 10 ** 10, "亿": 10 ** 8, "千万": 10 ** 7,
               "百万": 10 ** 6, "十万": 10 ** 5, "万": 10 ** 4, "千": 10 ** 3}
MONEY = {"元", "万元", "亿元", "千元", "美元"}
AREA = {"亩", "公顷", "平方公里", "平方千米", "平方米"}
_CN_DAY = f"[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"

MASTER = regex.compile(rf"""
  (?P<doc>[〔\[［(（](?P<dy>\d{{4}})[〕\]］)）]\s*第?\s*(?P<dn>\d+)\s*号)
| (?P<plan>十(?P<pn>[一二三四五六七八九])五(?=规划|计划|期间|时期|末|以来|开局|”|」|』|’|"|'))
| (?P<date>(?P<y>\d{{4}}|[〇零一二三四五六七八九]{{4}})年
      (?:(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月)?
      (?:(?P<d>3[01]|[12]\d|0?[1-9]|{_CN_DAY})日)?
    |(?<![\d{_D}十])(?P<m2>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?!份?以来)
      (?:(?P<d2>3[01]|[12]\d|0?[1-9]|{_CN_DAY})日)?)
| (?P<pct>百分之(?P<pv>\d+(?:\.\d+)?|{_CN}+))
| (?P<frac>(?P<fd>\d+|[{_D}十]+)分之(?P<fn>\d+|[{_D}十]+))
| (?P<ord>第(?P<ov>\d+|[{_D}十百千]+))
| (?P<num>(?P<pre>近|约|超过|逾|多达|将近|不到|不足|不低于|不少于|不超过|至少|最多)?
      (?P<n>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{_D}十]{_CN}*)
      (?:(?P<mid>多|余)(?=万|亿|千))?  # 30余万: the approximator may stand before the scale
      (?P<scale>万亿|千亿|百亿|亿|千万|百万|十万|万|千)?(?P<post>多|余)?
      (?P<unit>%|％|{UNITS}|成(?![为立功果效绩员本就长熟型品交都片]))?)
""", regex.X)
_CUE = regex.compile(r"(?P<phone>电话|传真|热线|手机|Tel|TEL|Fax)\s*[:：]?\s*\+?[\d\s-]*$|(?P<code>邮编|邮政编码|备)\s*[:：]?\s*$")


def cn_value(s: str) -> Decimal | None:
    """Value of a numeral written in digits or Chinese characters (cn2an), '两百' -> 200."""
    s = s.replace(",", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        pass
    scale = 1
    for chars, mult in (("万亿", 10 ** 12), ("亿", 10 ** 8), ("万", 10 ** 4)):
        if "点" in s and s.endswith(chars):  # 二十五点三一亿: cn2an does not take a decimal before a scale
            s, scale = s[: -len(chars)], mult
            break
    import cn2an

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            v = cn2an.cn2an(s.replace("两", "二"), "normal")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return Decimal(str(v)) * scale


def _year(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    digits = "".join(str("〇一二三四五六七八九".find(c)) if c != "零" else "0" for c in s)
    return int(digits) if digits.isdigit() else None


def _small(s: str | None) -> int | None:
    if not s:
        return None
    v = cn_value(s)
    return int(v) if v is not None else None


def parse_quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in MASTER.finditer(text):
        q = _classify(text, m)
        if q is not None:
            out.extend(q if isinstance(q, list) else [q])
    return out


def _classify(text, m):
    s, e = m.span()
    g = m.lastgroup
    prev, nxt = text[s - 1:s], text[e:e + 1]
    if (prev.isascii() and prev.isalpha()) or (nxt.isascii() and nxt.isalpha() and g in ("bare", "num")):
        return Quantity(s, e, m.group(), "code", None, m.group(), s, e)
    if g == "doc":
        return Quantity(s, e, m.group(), "docnumber", Decimal(m.group("dn")), m.group("dn"),
                        *m.span("dn"), parts=(int(m.group("dy")),))
    if g == "plan":
        n = 10 + "一二三四五六七八九".index(m.group("pn")) + 1
        return [Quantity(s, e - 1, m.group()[:-1], "ordinal", Decimal(n), m.group()[:-1], s, e - 1),
                Quantity(e - 1, e, "五", "count", Decimal(5), "五", e - 1, e, unit="年")]
    if g == "date":
        y = _year(m.group("y")) if m.group("y") else None
        mo = _small(m.group("m") or m.group("m2"))
        d = _small(m.group("d") or m.group("d2"))
        return Quantity(s, e, m.group(), "date", Decimal(y) if y else None, m.group("y") or "",
                        s, e, parts=(y, mo, d))
    if g == "frac":  # 三分之一 = 1/3
        num, den = cn_value(m.group("fn")), cn_value(m.group("fd"))
        if not num or not den:
            return None
        return Quantity(s, e, m.group(), "fraction", num / den, m.group(), s, e)
    if g == "pct":
        v = cn_value(m.group("pv"))
        return Quantity(s, e, m.group(), "percent", v, m.group("pv"), *m.span("pv"), unit="%")
    if g == "ord":
        v = cn_value(m.group("ov"))
        return Quantity(s, e, m.group(), "ordinal", v, m.group("ov"), *m.span("ov")) if v else None
    cue = _CUE.search(text, max(0, s - 12), s)
    if cue:
        kind = "phone" if cue.lastgroup == "phone" else "code"
        return Quantity(s, e, m.group(), kind, None, m.group(), s, e)
    number, scale, unit = m.group("n"), m.group("scale"), m.group("unit")
    if not scale and not unit:
        return _bare(text, m)
    v = cn_value(number)
    if v is None:
        return None
    if scale:
        v *= SCALE_CHARS[scale]
    kind = "count"
    if unit in ("%", "％"):
        kind, unit = "percent", "%"
    elif unit == "个百分点":
        kind, unit = "percent", "percentage point"
    elif unit == "成":
        kind, unit, v = "percent", "%", v * 10
    elif unit in MONEY:
        kind = "money"
        v *= {"万元": 10 ** 4, "亿元": 10 ** 8, "千元": 10 ** 3}.get(unit, 1)
    elif unit in AREA:
        kind = "area"
    elif unit == "年" and number.isdigit() and len(number) == 4 and not scale:
        kind = "year"
    approx = m.group("pre") or m.group("mid") or m.group("post")
    return Quantity(s, e, m.group(), kind, v, number, *m.span("n"), scale=scale, unit=unit,
                    approx=approx)


def _bare(text, m):
    s, e = m.span()
    number = m.group("n")
    if not number[0].isdigit() and (len(number) < 2 or not any(c in "十百千万亿" for c in number)):
        return None  # 十分, 一一, 二〇: not quantities without a unit
    v = cn_value(number)
    if v is None:
        return None
    kind = "count"
    if number.isdigit() and len(number) == 4 and 1800 <= int(number) <= 2100:
        kind = "year"
    return Quantity(s, e, number, kind, v, number, s, e)
