"""TC802: romanised Chinese left in English text (sentences written for this test)."""
from termcheck.engine import Engine
from termcheck.model import Document

ENGINE = Engine.from_config()


def found(text):
    return [f.text for f in ENGINE.check(Document.from_text(text, path="t.txt")) if f.rule == "TC802"]


def test_lower_case_pinyin_is_reported_with_its_capitalised_head():
    assert found("Each township built a jiayuan for elderly residents.") == ["jiayuan"]
    assert found("The Shuangji jiehe campaign paired officials with families.") == ["Shuangji jiehe"]


def test_names_english_words_and_glossed_loanwords_stay_silent():
    assert found("Officials from Xinlong and Liangshan visited Wangcang in May.") == []
    assert found("The jiayuan (home for the elderly) opened in May; a second jiayuan followed.") == []
    assert found("Residents call it jiayuan, a home for the elderly.") == []
    assert found("The plan was adopted and the canal was finished on time.") == []
