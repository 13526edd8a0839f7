#!/usr/bin/env python3
"""Build termcheck/lang/china_places.tsv: the romanised names of China's prefecture-level and
county-level divisions, for the place-level check (TC105: "Guangyuan County" for a
prefecture-level city).

Source: the administrative division codes shipped in the PyPI package ``cpca`` (MIT licence,
resources/adcodes.csv, codes of the National Bureau of Statistics, 2020 vintage); names
romanised with ``pypinyin`` (MIT) as Hanyu Pinyin without tones, syllables joined, an
apostrophe before a syllable starting with a, o or e (Xi'an). Both are needed only to rebuild
the file, not at run time:

    pip install cpca pypinyin && python tools/build_places.py

Output columns: name (romanised base name, e.g. Guangyuan), zh (full Chinese name), level
(prefecture | county), suffix (市, 县, 区, 自治县, 旗 ...), province (romanised).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "termcheck" / "lang" / "china_places.tsv"
# longest first: a base name is what is left when the division's type is taken off
SUFFIXES = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "自治县", "自治旗", "自治州", "林区", "特区", "地区", "市", "县", "区", "旗", "盟", "州"]
# the syllables of Hanyu Pinyin that a reader could join to the one before (the apostrophe rule)
VOWEL_START = ("a", "o", "e")


def romanise(zh: str) -> str:
    from pypinyin import Style, lazy_pinyin

    sylls = lazy_pinyin(zh, style=Style.NORMAL, errors="ignore", v_to_u=False)
    out = ""
    for i, s in enumerate(sylls):
        s = s.replace("v", "u")  # ü is written u in place names (Lüliang -> Lvliang is not used)
        out += ("'" if i and s.startswith(VOWEL_START) else "") + s
    return out[:1].upper() + out[1:]


def base_name(name: str) -> tuple[str, str]:
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            return name[: -len(suf)], suf
    return name, ""


def main() -> None:
    import importlib.util

    spec = importlib.util.find_spec("cpca")  # located, not imported: its __init__ needs pandas
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install cpca pypinyin first")
    data = (Path(spec.submodule_search_locations[0]) / "resources" / "adcodes.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(data)))
    provinces = {r["adcode"][:2]: r["name"] for r in rows if r["adcode"][2:] == "0000000000"}
    out = []
    for r in rows:
        code, name = r["adcode"], r["name"]
        if code[4:] == "00000000" and code[2:4] != "00":
            level = "prefecture"
        elif code[6:] == "000000" and code[4:6] != "00":
            level = "county"
        else:
            continue
        if "族" in name:
            continue  # autonomous divisions keep ethnic names in English; not base-name material
        base, suf = base_name(name)
        if len(base) < 2 or not suf:
            continue
        prov = provinces.get(code[:2], "")
        out.append((romanise(base), name, level, suf, romanise(base_name(prov)[0]) if prov else ""))
    out.sort()
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# Romanised names of China's prefecture- and county-level divisions; built by tools/build_places.py\n")
        f.write("# from cpca's adcodes.csv (2020 codes, MIT) with pypinyin (MIT). Do not edit by hand.\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["name", "zh", "level", "suffix", "province"])
        w.writerows(out)
    print(f"{len(out)} places -> {OUT}")


if __name__ == "__main__":
    main()
