"""A Chinese place named at the wrong administrative level: "Guangyuan County" where Guangyuan
is a prefecture-level city and no county of that name exists anywhere in China.

The gazetteer is data (``termcheck/lang/china_places.tsv``, built by tools/build_places.py from
the national division codes): a name is reported only when it is a prefecture-level city and no
county-level division (county, district, county-level city, banner) in any province has the same
romanised name, so a county that shares its city's name (Yibin County beside Yibin City) and
names that two divisions share after tones are dropped stay silent.

Params: ``wrong_suffix`` (the level word written, default "County") and ``right_suffix``
(the level word to propose, default "City").
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex
from ..lazymodel import BaseModel, ConfigDict

PLACES = Path(__file__).resolve().parent.parent / "lang" / "china_places.tsv"


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    wrong_suffix: str = "County"
    right_suffix: str = "City"
    pattern: object = None
    reverse: object = None


@lru_cache(maxsize=1)
def cities_without_county_namesake() -> dict[str, tuple[str, str]]:
    """Romanised base name -> (Chinese name, province) for prefecture-level cities that no
    county-level division shares a name with."""
    cities: dict[str, tuple[str, str]] = {}
    county_names: set[str] = set()
    # tab-separated, no quoting (tools/build_places.py writes no quotes): split by hand, several
    # times faster than csv.DictReader, which was most of what the first check paid here
    lines = [ln for ln in PLACES.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    col = {name: i for i, name in enumerate(lines[0].split("\t"))}
    i_name, i_zh, i_level, i_suffix, i_prov = (col[c] for c in ("name", "zh", "level", "suffix", "province"))
    for line in lines[1:]:
        r = line.split("\t")
        if r[i_level] == "county":
            county_names.add(r[i_name])
        elif r[i_level] == "prefecture" and r[i_suffix] == "市":
            if r[i_name] in cities:  # the same romanised name for two cities: ambiguous
                cities[r[i_name]] = ("", "")
            else:
                cities[r[i_name]] = (r[i_zh], r[i_prov])
    return {k: v for k, v in cities.items() if k not in county_names and v[0]}


def prepare(p: Params) -> Params:
    body = r"\b([A-Z][a-z]+(?:'[a-z]+)?)\s+" + regex.escape(p.wrong_suffix) + r"\b"
    p.pattern = regex.compile(body)
    # searched from the end, the pattern starts with its literal suffix, which the regex module
    # finds by a fast scan: twenty times faster than the forward search on a long text
    p.reverse = regex.compile("(?r)" + body)
    return p


def _matches(p: Params, text: str) -> list:
    """``p.pattern.finditer(text)``. A name followed by white space and the suffix has one start
    for each end and one end for each start, so the backward search finds the same matches,
    unless two possible matches overlap, which needs the suffix inside a match before its end
    ("Bo County County"): then the forward search decides."""
    found = list(p.reverse.finditer(text))
    n = len(p.wrong_suffix)
    if any(m.group().find(p.wrong_suffix) != len(m.group()) - n for m in found):
        return list(p.pattern.finditer(text))
    found.reverse()
    return found


def run(rule, ctx):
    p: Params = rule.params
    cities = None  # the gazetteer is read at the first match only
    for seg in ctx.segments:
        if p.wrong_suffix not in seg.text:
            continue
        for m in _matches(p, seg.text):
            if cities is None:
                cities = cities_without_county_namesake()
            hit = cities.get(m.group(1))
            if hit is None:
                continue
            zh, province = hit
            yield rule.finding(seg, m.start(), m.end(), suggestions=(f"{m.group(1)} {p.right_suffix}",),
                               name=m.group(1), zh=zh, province=province)
