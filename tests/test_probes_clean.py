"""Correct text in house styles nobody tuned to stays silent.

tests/probes/clean holds texts of our own writing (see tests/probes/README.md) in varied, correct
house styles: UK and US spelling, RMB/yuan/Yuan/CNY, 4-digit numbers with and without commas,
straight and curly quotes, per cent/percent/%, Markdown and plain text, numbered articles,
pinyin glosses in brackets. Every finding there is a false alarm; bench/quality.py counts a
clean twin's findings of every severity, so this test allows none (info included).

The helpers behind the fixed false alarms are tested here both ways round.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from termcheck.config import Config
from termcheck.engine import Engine
from termcheck.lang.pinyin import in_pinyin_gloss
from termcheck.readers import read_path, read_text
from termcheck.readers.plain import looks_like_markdown
from termcheck.text import sentence_start_before

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "tests" / "probes" / "clean"
FILES = sorted([*PROBES.glob("*.txt"), *PROBES.glob("*.md")])


@pytest.fixture(scope="module")
def engine_config():
    config = Config()  # shipped rules and glossary, no configuration file (as bench/quality.py: --no-config)
    return Engine.from_config(config), config


def test_probe_texts_are_there():
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in FILES)
    assert len(FILES) >= 10 and words >= 4000


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_probe_text_is_silent(path, engine_config):
    engine, config = engine_config
    found = engine.check(read_path(str(path)), config)
    assert not found, "\n".join(f"{f.rule} {f.severity} {f.text!r}: {f.message}" for f in found)


def _check(text: str, engine_config, fmt: str = "txt"):
    engine, config = engine_config
    return [(f.rule, f.text) for f in engine.check(read_text(text, "probe." + fmt, fmt), config)]


# --- TC201: sentence starts in other house styles, dates, the document's own name ---

def test_sentence_start_after_curly_quote_or_bracket():
    text = "He said, “We are done.” His team left. (It rained.) The road held."
    assert sentence_start_before(text, text.index("His"))
    assert sentence_start_before(text, text.index("The"))
    inside = "He praised the “new pump” and His staff."
    assert not sentence_start_before(inside, inside.index("His"))


@pytest.mark.parametrize("text", [
    "The head said, “Our wells are full.” His office may close; his staff stay.",
    "A report is due by 15 May 2020. Each township may add figures in May.",
    "Plan for Rural Roads (2021–2025)\n\nEach county shall draw up a plan. The bureau shall carry out this Plan.",
    "Targets\n\n- The share of paved roads shall rise.\n- The budget for the schools shall not fall.",
    "Xining, 3 June 2022 – When the road opened, prices fell when trucks came.",
])
def test_case_consistency_silent(text, engine_config):
    assert not [f for f in _check(text, engine_config) if f[0] == "TC201"]


@pytest.mark.parametrize("text, word", [
    ("The county May apply for funds, and each township may apply too.", "May"),
    ("Rural Roads\n\nEach county drew up a plan. The teams will revise this Plan next year.", "Plan"),
    ("He praised the “new pump” and His staff; his deputy agreed.", "His"),
    ("In the town – When the road opened, prices fell when trucks came.", "When"),
])
def test_case_consistency_still_caught(text, word, engine_config):
    assert ("TC201", word) in _check(text, engine_config)


# --- Markdown stored as .txt ---

def test_markdown_in_txt_is_recognised():
    md = "# Work Summary\n\nText.\n\n## 1. Results\n\n- **Funds:** RMB 412 million.\n"
    assert looks_like_markdown(md)
    assert looks_like_markdown("# Summary\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert read_text(md, "x.txt", "txt").format == "md"


@pytest.mark.parametrize("text", [
    "Work Summary\n\nThe county met on 3 May. # 5 was the room.\n",
    "#hashtag at the start of a line\nand # another\n",
    "Plain text with **emphasis** but no heading.\n",
])
def test_plain_text_stays_plain(text):
    assert not looks_like_markdown(text)
    assert read_text(text, "x.txt", "txt").format == "txt"


def test_markdown_txt_bullets_silent(engine_config):
    md = ("# Office Summary for 2018\n\nThe office worked with all townships.\n\n## 1. Results\n\n"
          "- **Income:** The per capita income rose, and the income of every village rose too.\n"
          "- **Funds:** All funds were spent; the funds of all townships were checked.\n\n"
          "### 2.2 Industries\n\nThe county grew tea, and industries of all kinds grew.\n")
    assert not _check(md, engine_config)


# --- TC301 / TC304 ---

def test_section_number_is_no_fractional_count(engine_config):
    assert not _check("Work Done\n\n2.2 Industries\n\nTea grew, and other industries too.\n", engine_config)
    assert ("TC301", "2.2 households") in _check("Results\n2.2 households were lifted out of poverty.", engine_config)


def test_year_before_a_verb_is_no_count(engine_config):
    year = "Of the 2,946 households, none lifted out of poverty in 2018 falls back; 1,271 were checked."
    assert not [f for f in _check(year, engine_config) if f[0] == "TC304"]
    count = "Teams visited 2,946 households, and in 1500 households the data were corrected."
    assert ("TC304", "1500") in _check(count, engine_config)


# --- TC802 / TC410: a pinyin original in brackets after its translation ---

def test_pinyin_glosses():
    text = 'a system called "diagnosis first, payment later" (xian zhenliao hou fufei) and (*tuigeng huanlin*)'
    assert in_pinyin_gloss(text, text.index("hou")) and in_pinyin_gloss(text, text.index("huanlin"))
    assert not in_pinyin_gloss(text, text.index("payment"))
    other = "the shop (fo men) and (see below) and (hou) and (hou many)"
    assert not any(in_pinyin_gloss(other, i) for i in range(len(other)))


def test_pinyin_gloss_silent_and_bare_pinyin_caught(engine_config):
    assert not _check("Patients pay after treatment (xian zhenliao hou fufei) in county hospitals.", engine_config)
    assert ("TC802", "tuigeng") in _check("The county paid for tuigeng on steep slopes (over 25 degrees).", engine_config)


# --- TC430: a modifier before a word that can be an adjective ---

def test_lone_before_adjective(engine_config):
    assert not _check("A lone elderly person may not act as guarantor for a loan, and each loan is checked.",
                      engine_config)
    assert ("TC430", "lone") in _check("Each household may take a lone of up to 50,000 yuan from the credit union.",
                                       engine_config)


# --- TC315: a national white-paper chapter titled by its subject ---

def test_national_chapter_without_china_in_title(engine_config):
    national = ("IV. Improving Rural Roads\n\nThe central government paid for most of the work. From 2013 to 2020, "
                "1.1 million kilometres of rural roads were built in poor areas.")
    assert not _check(national, engine_config)
    local = ("Annual Report on Rural Roads\n\nWith central government funds, the county paved 1.1 million "
             "kilometres of village roads.")
    assert ("TC315", "1.1 million") in _check(local, engine_config)


# --- TC502: "1)" list labels at a line start ---

def test_line_start_enumerator_is_no_unopened_bracket(engine_config):
    items = "1) Scope. The plan covers eight counties.\n2) Investment. Most comes from budgets (see Table 2).\n"
    assert not _check(items, engine_config)
    assert ("TC502", ")") in _check("1) Scope. The plan covers eight counties and villages) in the hills.",
                                    engine_config)


# --- TC801: a Chinese original in brackets after its rendering ---

def test_bracketed_chinese_gloss(engine_config):
    assert not _check("East-West cooperation (东西部扶贫协作) paired the provinces, and Minning Town （闽宁镇） grew.",
                      engine_config)
    assert [f for f in _check("Poor households (贫困户，即建档立卡户) received help.", engine_config) if f[0] == "TC801"]
    assert [f for f in _check("The results were reported in 扶贫日报.", engine_config) if f[0] == "TC801"]


def test_long_title_cased_line_is_a_heading(engine_config):
    title = ("Report on the Licensing of Village Doctors and Water Meters in Eight Townships of Guyuan (2019)\n\n"
             "Village doctors need a licence. Water meters were installed.")
    assert not _check(title, engine_config)
    sentence = ("The report covers the licensing of Village Doctors and water meters in eight townships of Guyuan\n\n"
                "Village doctors need a licence.")
    assert ("TC201", "Doctors") in _check(sentence, engine_config)


# --- round 6 (clean2): item markers, web addresses, transcripts, month spans, coverage rates ---

def test_item_marker_opens_a_sentence():
    from termcheck.text import sentence_start_before as starts
    text = "Tasks for the year.\n(iii) Water works were built.\n  iv) Health posts opened, and the Water office (b) Water"
    assert starts(text, text.index("Water works"))
    assert starts(text, text.index("Health"))
    assert not starts(text, text.index("Water office"))
    assert not starts(text, text.rindex("Water"))  # "(b)" inside a line is not an item marker


def test_web_address_spans():
    from termcheck.text import in_web_address
    text = "See http://tjj.wanzhou.example.cn/nianjian or write to fupin@wanzhou.example.org; the wanzhou office."
    assert in_web_address(text, text.index("wanzhou.example.cn"))
    assert in_web_address(text, text.index("nianjian"))
    assert in_web_address(text, text.index("fupin"))
    assert not in_web_address(text, text.index("wanzhou office"))
    assert not in_web_address(text, text.index("See"))


def test_pinyin_in_web_address_is_silent_but_in_prose_is_caught(engine_config):
    quiet = "Data are at http://tjj.wanzhou.example.cn/nianjian/2020 and www.kaixian.example.org."
    assert not [r for r, _ in _check(quiet, engine_config) if r == "TC802"]
    loud = "Villagers opened 120 nongjiale along the new road."
    assert ("TC802", "nongjiale") in _check(loud, engine_config)


def test_transcript_speaker_labels_are_not_acronyms_or_short_names(engine_config):
    quiet = ("Host: Ms. Wu Yan, spokesperson\nWU YAN: Welcome.\nZHANG LIMING: Thank you. We built 40 roads.\n"
             "REPORTER (Shaanxi Daily): How many bridges?\nZHANG LIMING: Twelve.")
    found = _check(quiet, engine_config)
    assert not [f for f in found if f[0] in ("TC101", "TC222")], found
    loud = "The county water office met. Then the CWRB said that funds from the PADC were late."
    assert {"CWRB", "PADC"} <= {t for r, t in _check(loud, engine_config) if r == "TC101"}
    short = "The Guizhou Poverty Alleviation Office met. Later the Guizhou PAO reported."
    assert ("TC222", "Guizhou PAO") in _check(short, engine_config)


def test_month_span_is_quiet_but_a_lone_capital_may_is_caught(engine_config):
    quiet = "Teams may test it weekly in the rainy season (May to September) and in March-May; they may stop."
    assert not [f for f in _check(quiet, engine_config) if f[0] == "TC201"]
    loud = "Teams may test the water. The tests, which May be late, may stop."
    assert ("TC201", "May") in _check(loud, engine_config)


def test_two_majorities_are_rates_but_a_partition_over_100_is_caught(engine_config):
    quiet = "By June, 91% of the households had a bank account, and 87% had a mobile phone."
    assert not [f for f in _check(quiet, engine_config) if f[0] == "TC316"]
    loud = "Of the poor, 44 percent lived in the hills, 41 percent in the valleys and 22 percent elsewhere."
    assert [f for f in _check(loud, engine_config) if f[0] == "TC316"]


def test_abbreviation_list_defines_and_keeps_column_gaps(engine_config):
    quiet = ("List of abbreviations\nCWRB    County Water Resources Bureau\nHWF     Hubei Women's Federation\n\n"
             "The Hubei Women's Federation (HWF) and the CWRB met.")
    assert not _check(quiet, engine_config)
    loud = "Notes\nThe  county paid. The CWRB and the  HWF met."
    found = _check(loud, engine_config)
    assert [f for f in found if f[0] == "TC505"] and len([f for f in found if f[0] == "TC505"]) == 2
    assert {"CWRB", "HWF"} <= {t for r, t in found if r == "TC101"}


def test_numbered_reference_is_quiet_but_a_capital_without_number_is_caught(engine_config):
    quiet = "The law has 48 articles; the duties are set out in Articles 8 to 14, and the annexes in Annexes 2-3."
    assert not [f for f in _check(quiet, engine_config) if f[0] == "TC201"]
    loud = "The law has 48 articles; the duties are set out in several Articles of it."
    assert ("TC201", "Articles") in _check(loud, engine_config)


def test_target_is_not_a_share_but_parts_over_100_are_caught(engine_config):
    quiet = "By June, 48.6 per cent of the funds had been spent, against a target of 60 per cent."
    assert not [f for f in _check(quiet, engine_config) if f[0] == "TC316"]
    loud = "Of the funds, 48.6 per cent went to roads, 40 per cent to schools and 20 per cent to clinics."
    assert [f for f in _check(loud, engine_config) if f[0] == "TC316"]


def test_glossary_table_cell_is_quiet_but_chinese_in_a_sentence_is_caught(engine_config):
    quiet = "| Chinese | English |\n|---|---|\n| 低保 | minimum living allowance |\n| 五保 | five guarantees |\n"
    assert not _check(quiet, engine_config, "md")
    loud = "| Item | Result |\n|---|---|\n| Roads | 低保 were paid late |\n| Schools | 五保 |\n| Clinics | done |\n"
    found = [t for r, t in _check(loud, engine_config, "md") if r == "TC801"]
    assert len(found) == 2, found  # a cell with English around it; a lone Chinese cell in an English table
