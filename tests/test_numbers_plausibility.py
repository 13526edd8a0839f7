"""Plausibility, repeats, shares, parts and hedges (TC308, TC314-TC319) on sentences written for
these tests: each class of slip caught, and its correct counterpart silent."""
from decimal import Decimal

import pytest

from termcheck.engine import Engine, data_dir
from termcheck.kinds.number_repeats import _one_slip
from termcheck.kinds.number_plausibility import limits
from termcheck.model import Document, Segment
from termcheck.ruleset import load_rules

RULES = [r for r in load_rules([data_dir("rules")]) if r.id.startswith("TC3")]
ENGINE = Engine(RULES)
OURS = {"TC308", "TC314", "TC315", "TC316", "TC317", "TC318", "TC319", "TC320"}


def found(text, rule=None):
    out = [f for f in ENGINE.check(Document.from_text(text)) if f.rule in OURS]
    return [(f.rule, f.text, f.suggestions[0] if f.suggestions else None) for f in out
            if rule is None or f.rule == rule]


def pairs(source, target, rule):
    seg = Segment(id="1", text=target, raw=target, source=source)
    doc = Document(path="<pair>", text=target, segments=(seg,), format="tsv", bilingual=True)
    return [(f.text, f.suggestions[0] if f.suggestions else None) for f in ENGINE.check(doc) if f.rule == rule]


# --- TC314: a scale word lost ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The township put 6.45 yuan into its irrigation canals last spring.", "6.45 million"),
    ("Of the 8.2 billion yuan raised, 5.15 yuan came from bank loans.", "5.15 billion"),
    ("Its herders fell from 2.7 million in 2012 to 1.93 in 2016.", "1.93 million"),
    ("Migrant workers rose from 4.4 million to 5.1 million, an increase of 0.7, in one year.", "0.7 million"),
    ("Of 412,000 poor households, banks lent RMB 8.82 to 196,000 households, an average of RMB 45,000 per household.",
     "8.82 billion"),
    ("Its members numbered 3.6 million in 2014 and fell by 0.4 the next year.", "0.4 million"),
])
def test_lost_scale_word_is_reported_with_the_scale_of_its_context(text, expected):
    (rule, _, sugg), = found(text, "TC314")
    assert sugg == expected


@pytest.mark.parametrize("text", [
    "Rice sold at 2.6 yuan per kilogram and milk at 3.4 yuan a litre.",
    "Each resident paid 12.5 yuan; the average was 8.75 yuan for the village.",
    "The subsidy standard of 1.5 yuan applies to every household.",
    "The share rose 1.5 percentage points and output grew 2.5 times in five years.",
    "Each family farms 3.2 mu per person on average.",
    "The ratio of cadres to households fell from 3.5 to 2.8.",
    "The 2.4 million yuan plan was approved by 35 of the 41 village representatives.",
    "The county spent 6.45 million yuan on canals.",
    "Each yuan of the grant drew 2.1 yuan of loans and 1.4 yuan of private money.",
    "The project got 3.5 yuan from the province for every yuan the villagers raised.",
    "The disposable income of farmers in the county reached 8,214.6 yuan.",
])
def test_prices_rates_averages_and_ratios_are_silent(text):
    assert found(text) == []


# --- TC315: a figure its measure cannot hold ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("In the prefecture, 930 million mu of walnut orchards were planted.", "930,000"),
    ("Safe water reached 1.9 billion farmers in the province.", "1.9 million"),
    ("The province has 52 million poor households in its hills.", "52,000"),
    ("Each of the counties will get a bonus of 12 billion yuan each.", "12 million"),
    ("Herders there earn a per capita income of 9.4 million yuan.", "9,400"),
    ("The township moved 640 households with 2.5 million people uphill.", "2,500"),
    ("Across the county, 31.4 million people in 8,200 households left poverty.", "31,400"),
    ("The prefecture hardened 1.8 million km of rural roads.", "1,800"),
    ("Trained farmers rose from 3,600 people to 4.2 million people in the county.", "4,200"),
    ("The township raised 318 billion yuan for its new school.", "318 million"),
])
def test_a_figure_beyond_what_its_measure_holds(text, expected):
    (rule, _, sugg), = found(text, "TC315")
    assert sugg == expected


@pytest.mark.parametrize("text", [
    "In the prefecture, 930,000 mu of walnut orchards were planted.",
    "China's farmland of 1.9 billion mu feeds 1.4 billion people nationwide.",
    "The province has 5.2 million poor households in its hills.",
    "Each county will get a bonus of 12 million yuan.",
    "The province's 14 prefectures share 5.6 billion yuan each year.",
    "Inner Mongolia's grassland covers 1.1 billion mu.",
    "Herders there earn a per capita income of 9,400 yuan; 640 households with 2,500 people moved.",
    "Across the county, 31,400 people in 8,200 households left poverty.",
    "China's rural roads reached 4.2 million km nationwide.",
    "The country built or upgraded 1.1 million km of rural roads.",
    "Cooperatives grew from 14 to 16,800, and loans from 2.1 million yuan to 3.4 million yuan.",
    "The province gave the county 130 billion yuan, and the county's output reached 48 billion yuan.",
])
def test_figures_within_their_bounds_are_silent(text):
    assert found(text, "TC315") == []


def test_every_bound_has_a_reason():
    national, ranges, each, outlier, household = limits()
    assert ranges and each
    assert all(r[5] and r[4] > 0 for r in ranges) and all(e[2] for e in each) and household[2]
    assert household[0] < 3 < 4.5 < household[1]


def test_a_sum_ten_times_every_other_sum_of_the_document():
    text = ("The city spent 3.1 billion yuan on roads, 2.4 billion yuan on water and 1.7 billion yuan "
            "on schools. A single hospital cost 450 billion yuan.")
    assert found(text, "TC315") == [("TC315", "450 billion", "450 million")]
    assert found(text.replace("450 billion", "450 million"), "TC315") == []


# --- TC316: shares of one whole over 100 -----------------------------------------------------

def test_shares_of_one_whole_over_100():
    (rule, text, _), = found("Of the trainees, 48% were farmers, 39% herders and 21% students.", "TC316")
    assert text == "48% were farmers, 39% herders and 21%"
    assert found("Of the trainees, 48% were farmers, 31% herders and 21% students.") == []
    (rule, text, _), = found("Of the funds, 61.4% went to roads, 27.5% to water and 16.1% to schools.", "TC316")
    assert found("Of the funds, 56.4% went to roads, 27.5% to water and 16.1% to schools.", "TC316") == []


@pytest.mark.parametrize("text", [
    "Electricity reached 98% of villages and 87% of schools had broadband.",
    "Grain output rose 64% and fruit output rose 71% over 2010.",
    "The enrolment rate reached 97% and the coverage rate 96%.",
    "Poverty incidence fell from 62% to 41% and then to 18%.",
])
def test_percentages_that_are_not_shares_of_one_whole(text):
    assert found(text, "TC316") == []


# --- TC308: parts and totals -----------------------------------------------------------------

def test_parts_after_of_which_must_add_up():
    bad = ("The fund totalled 7.4 billion yuan, up 12% on the year, of which 4.9 billion yuan came from "
           "the centre, 1.6 billion yuan from the province and 0.7 billion yuan from the counties.")
    (rule, text, _), = found(bad, "TC308")
    assert text.startswith("7.4 billion yuan") and text.endswith("0.7 billion yuan")
    assert found(bad.replace("0.7 billion", "0.9 billion"), "TC308") == []


def test_a_figure_outside_the_coordinated_list_is_not_a_part():
    text = ("The bank lent 5.1 billion yuan, including 2.2 billion yuan to households and 2.9 billion "
            "yuan to firms, with interest subsidies of 160 million yuan from the budget.")
    assert found(text, "TC308") == []


def test_an_announced_number_of_parts():
    text = ("The city will resettle 520,000 poor people through four channels: 210,000 through jobs, "
            "150,000 through relocation, 90,000 through schooling and 100,000 through welfare.")
    assert [r for r, *_ in found(text, "TC308")] == ["TC308"]
    assert found(text.replace("100,000 through welfare", "70,000 through welfare"), "TC308") == []


def test_of_the_refers_back_to_an_earlier_total():
    text = ("The fund had RMB 2.4 billion, of which RMB 1.5 billion came from loans and RMB 900 million "
            "from grants. Of the loans, RMB 700 million came from banks and RMB 600 million from cooperatives.")
    assert [r for r, *_ in found(text, "TC308")] == ["TC308"]
    assert found(text.replace("RMB 600 million from", "RMB 800 million from"), "TC308") == []


def test_a_list_that_names_its_last_part_adds_up_to_the_group_stated_elsewhere():
    text = ("The programme covered 412 poor townships and 3 other townships.\nRoads were built.\n"
            "Poor townships left the list in batches: 36 in 2017, 118 in 2018, 170 in 2019 and the last 97 in 2020.")
    (rule, span, _), = found(text, "TC308")
    assert span == "36 in 2017, 118 in 2018, 170 in 2019 and the last 97"
    assert found(text.replace("the last 97", "the last 88"), "TC308") == []
    assert found(text.replace("the last 97", "97"), "TC308") == []  # not marked as the last: maybe not all


def test_overlapping_groups_of_people_are_not_parts():
    assert found("It trained 2,000 people, of whom 1,200 were women and 900 were under 30.", "TC308") == []


def test_people_split_by_one_question_are_parts():
    text = "The town resettled 9,400 people, of whom 6,100 moved to the county seat and 2,700 to new villages."
    assert [r for r, *_ in found(text, "TC308")] == ["TC308"]
    assert found(text.replace("2,700", "3,300"), "TC308") == []


# --- TC317: the same figure stated twice -----------------------------------------------------

def test_one_slip_relation():
    assert _one_slip("1890", "1980") and _one_slip("986", "968") and _one_slip("186", "176")
    assert not _one_slip("45", "47") and not _one_slip("450000", "452000") and not _one_slip("1890", "1890")


def test_a_figure_repeated_with_swapped_digits_is_reported_at_both_places():
    text = ("The prefecture has 2,340 poor villages.\nIn 2016 a working team was sent to each of the "
            "2,430 poor villages.")
    got = found(text, "TC317")
    assert sorted(t for _, t, _ in got) == ["2,340", "2,430"]
    assert found(text.replace("2,430", "2,340"), "TC317") == []


def test_the_odd_one_out_of_three_statements():
    text = ("The forum had 314 delegates.\nAll 314 delegates signed.\nThe 341 delegates left on Monday.")
    assert found(text, "TC317") == [("TC317", "341", "314")]


def test_different_subjects_with_similar_figures_are_silent():
    text = ("The county relocated 12,360 people in 2016.\nIn 2017 it trained 13,260 people in new skills.\n"
            "Forest cover was 67.4%.\nThe literacy rate was 64.7%.")
    assert found(text, "TC317") == []


def test_a_generic_noun_with_and_without_its_modifier():
    text = ("During the year, 76,300 people were lifted out of poverty.\nRoads were built.\n"
            "In sum, 73,600 poor people were lifted out of poverty.")
    assert sorted(t for _, t, _ in found(text, "TC317")) == ["73,600", "76,300"]
    text2 = "The county has 1,460 villages.\nRoads were built.\nAll 1,640 poor villages got clinics."
    assert found(text2, "TC317") == []


def test_the_same_measure_in_two_years_is_silent():
    text = ("In 2015 the village mutual fund lent 318.4 million yuan.\nRoads were built.\n"
            "In 2016 the village mutual fund lent 314.8 million yuan.")
    assert found(text, "TC317") == []
    assert len(found(text.replace("2016", "2015"), "TC317")) == 2


def test_the_same_measure_of_two_named_places_is_silent():
    text = ("The poverty incidence of Anlong County was 14.3% in 2014.\nRoads were built.\n"
            "The poverty incidence of Puding County was 13.4% in 2014.")
    assert found(text, "TC317") == []
    assert len(found(text.replace("Puding", "Anlong"), "TC317")) == 2


# --- TC318/TC319: hedges and order against the source ----------------------------------------

def test_a_dropped_or_added_hedge():
    assert pairs("解决了近46万人的饮水问题。", "Drinking water was provided for 460,000 people.", "TC318") == [
        ("460,000 people", "nearly 460,000 people")]
    assert pairs("累计发放贷款8亿余元。", "Loans of 800 million yuan were issued.", "TC318") == [
        ("800 million yuan", "more than 800 million yuan")]
    assert pairs("资金达4.2亿元。", "Funds reached more than 420 million yuan.", "TC318") == [
        ("more than 420 million yuan", "420 million yuan")]
    assert pairs("每村补助不低于50万元。", "Each village gets no less than 500,000 yuan.", "TC318") == []
    assert pairs("参训人员约3000人。", "Around 3,000 people were trained.", "TC318") == []


@pytest.mark.parametrize("source, target", [
    ("近5年来，全市投入资金3亿元。", "Over the past five years, the city invested 300 million yuan."),
    ("存款余额超过800亿元。", "Deposits exceeded 80 billion yuan."),
    ("约有4000户受益。", "About 4,000 households benefited."),
])
def test_hedges_said_with_other_words_are_silent(source, target):
    assert pairs(source, target, "TC318") == []


def test_a_hedge_a_word_before_the_figure():
    assert pairs("约有4000户受益。", "4,000 households benefited.", "TC318") == [
        ("4,000 households", "about 4,000 households")]


def test_respectively_keeps_the_source_order():
    src = "城镇和农村居民收入分别增长8.1％和12.6％。"
    assert pairs(src, "Urban and rural incomes rose by 12.6% and 8.1% respectively.", "TC319") == [
        ("12.6% and 8.1%", None)]
    assert pairs(src, "Urban and rural incomes rose by 8.1% and 12.6% respectively.", "TC319") == []


def test_bounds_are_decimals():
    assert all(isinstance(r[4], Decimal) for r in limits()[1])


# --- TC320: from-to and the change ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Registered poor fell from 5.36 million to 3.14 million, a reduction of 2.12 million, by 2016.", "2.22 million"),
    ("Coverage rose from 61.5% to 83.2%, up 27.1 percentage points.", "21.7"),
    ("Poor households fell from 42,300 to 18,900, a decrease of 24,300.", "23,400"),
    ("The poor fell from 64,200 to 21,700, a reduction of 42.5.", "42,500"),
])
def test_a_change_that_is_not_the_difference_of_its_pair(text, expected):
    (rule, _, sugg), = found(text, "TC320")
    assert sugg == expected


@pytest.mark.parametrize("text", [
    "Registered poor fell from 5.36 million to 3.14 million, a reduction of 2.22 million, by 2016.",
    "Coverage rose from 61.5% to 83.2%, up 21.7 percentage points, and income rose from 4,000 yuan to 6,000 yuan, up 50%.",
    "Poor households fell from 42,300 to 18,900, a decrease of 23,400.",
    "The poor fell from 9.23 million to 7.45 million, a decrease of 1.78, in one year.",
    "Output rose from 1.2 million tonnes to 1.5 million tonnes, an increase of 300,000 tonnes.",
])
def test_changes_that_add_up_are_silent(text):
    assert found(text, "TC320") == []


def test_a_named_group_stated_with_two_values_gives_no_total():
    lead = "Poor townships left the list in batches: 36 in 2017, 118 in 2018, 170 in 2019 and the last 97 in 2020."
    same = "The programme covered 412 poor townships.\nBy 2016 the 412 poor townships had plans.\n" + lead
    (rule, span, _), = found(same, "TC308")  # one value stated twice: still the group's total
    assert span == "36 in 2017, 118 in 2018, 170 in 2019 and the last 97"
    two = "The programme covered 412 poor townships.\nBy 2016 the 410 poor townships had plans.\n" + lead
    assert found(two, "TC308") == []
    # the longest phrase the lead names decides: "poor townships", not "townships"
    longer = "The county has 900 townships.\nThe programme covered 412 poor townships.\n" + lead
    assert [r for r, *_ in found(longer, "TC308")] == ["TC308"]


# _magnitude hands _range only the bounds whose unit and noun-set tests a figure's unit passes
# (_unit_ranges, once per unit): the same verdict as the walk over every bound of its kind
RANGE_TEXTS = ["The county has 3,000,000 mu of farmland.", "It covers 25 billion hectares of land in the province.",
               "A total of 2 billion people live in the county.", "The road is 45,000 km long.",
               "The town has 900,000 households and 7 million residents nationwide.",
               "The city built 80,000 kilometres of roads.", "The province spent 500 billion yuan on 5,000 schools.",
               "There are 12,000 km2 of wetland and 3 million square kilometers of forest.",
               "The village of 200 million poor villages covers 40,000 sq km.", "It has 1.6 billion teachers."]


def test_unit_ranges_give_the_verdict_of_every_range():
    from termcheck.kinds.number_plausibility import _range, _unit_ranges
    from termcheck.lang.en_numbers import parse_quantities

    _, ranges, _, _, _ = limits()
    verdicts = 0
    for text in RANGE_TEXTS:
        for q in parse_quantities(text):
            if q.kind not in ("count", "money", "area") or q.value is None:
                continue
            every = [r for r in ranges if r[0] == q.kind]
            for national in (False, True):
                full = _range(text, 0, len(text), q, every, lambda: national)
                assert _range(text, 0, len(text), q, _unit_ranges(every, q.unit), lambda: national) == full, (text, q)
                verdicts += full is not None
    assert verdicts >= 4  # the texts cross bounds, so the filter is tested on verdicts, not only on silence


# ------------------------------------------------------------ a national document (its title)

@pytest.mark.parametrize("title,national", [
    ("China's Progress in Poverty Reduction", True),
    ("Poverty Alleviation in China", True),
    ("National Plan for Rural Roads (2016-2020)", True),
    ("Tea and tourism bring new life to a central China mountain village", False),  # a place below the nation
    ("Guizhou's Progress under the National Plan", False),  # a romanised Chinese place name
    ("Poverty Alleviation and Development in Yunnan Province", False),
    ("China Development Bank lends to herders in Qinghai", False),
    ("Since 2013, China has lifted 98 million people out of poverty.", False),  # a sentence, not a title
])
def test_a_national_title_makes_the_whole_document_national(title, national):
    from termcheck.engine import Engine
    from termcheck.readers import read_text

    text = title + "\n\nMore than 650 million rural people have been lifted out of poverty.\n"
    found = [f for f in Engine.from_config().check(read_text(text, "doc.txt")) if f.rule == "TC315"]
    assert bool(found) is not national, found
