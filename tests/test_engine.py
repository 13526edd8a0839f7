"""Engine post-processing: one finding per problem, suppression, order."""
from termcheck.engine import finalize
from termcheck.model import Document, Finding

TEXT = "the Poverty Alleviation and Immigration Bureau"


def f(rule, start, end, sugg=(), sev="warning"):
    return Finding(rule=rule, name="x/y", category="terminology", severity=sev, start=start, end=end,
                   message="m", text=TEXT[start:end], suggestions=tuple(sugg))


def run(*fs, prefer=frozenset()):
    return finalize(list(fs), Document.from_text(TEXT), prefer)


def test_same_span_merged_keeping_most_severe_and_all_suggestions():
    a = f("TC104", 4, 11, ["poverty"])
    b = f("TC410", 4, 11, ["Povert"], sev="error")
    (kept,) = run(a, b)
    assert kept.rule == "TC410" and kept.suggestions == ("Povert", "poverty")


def test_overlapping_spans_with_the_same_correction_merged_without_mixing_suggestions():
    whole = f("TC102", 4, 39, ["Poverty Alleviation and Resettlement"])
    word = f("TC421", 28, 39, ["Resettlement"])
    (kept,) = run(whole, word)
    assert kept.rule == "TC102" and kept.suggestions == ("Poverty Alleviation and Resettlement",)


def test_different_corrections_are_kept_apart():
    whole = f("TC102", 4, 39, ["Poverty Alleviation and Resettlement"])
    word = f("TC421", 28, 39, ["Relocation"])
    assert [x.rule for x in run(whole, word)] == ["TC102", "TC421"]


def test_preferred_rules_win_ties():
    a = f("TC301", 4, 11, ["x"])
    b = f("TC312", 4, 11, ["y"])
    assert run(a, b, prefer={"TC312"})[0].rule == "TC312"
    assert run(a, b)[0].rule == "TC301"


def test_findings_inside_a_long_finding_merge_with_each_other_not_with_it():
    whole = f("TC102", 4, 39, ["Poverty Alleviation and Resettlement"])
    a = f("TC104", 12, 23, ["Alleviation"])
    b = f("TC410", 12, 23, ["Aleviation"], sev="error")
    c = f("TC104", 40, 46, ["Office"])
    d = f("TC221", 40, 46, ["Bureau"])
    kept = run(whole, a, b, c, d)
    assert [(x.rule, x.start) for x in kept] == [("TC102", 4), ("TC410", 12), ("TC104", 40)]
    assert kept[1].suggestions == ("Aleviation", "Alleviation")
    assert kept[2].suggestions == ("Office", "Bureau")


def test_a_finding_that_ended_is_not_merged_with_a_later_one():
    first = f("TC104", 4, 11, ["Poverty"])
    later = f("TC410", 12, 23, ["Poverty"])  # the same suggestion, but the spans do not overlap
    assert [x.rule for x in run(first, later)] == ["TC104", "TC410"]
