"""Probe sentences of our own for the arithmetic, percentage and punctuation checks, both ways
round: each bad probe must give a finding of its rule over the expected text, each good probe
(correct text near the edges: rounding, "about", other bases, points vs per cent, parts that add
up) must give none of the rules listed."""
import pytest

from termcheck.engine import Engine, data_dir
from termcheck.model import Document
from termcheck.ruleset import load_rules

MINE = {"TC308", "TC321", "TC322", "TC323", "TC320", "TC301", "TC502", "TC512", "TC513"}
RULES = [r for r in load_rules([data_dir("rules")]) if r.id in MINE]
ENGINE = Engine(RULES)


def findings(text):
    return ENGINE.check(Document.from_text(text))


# (rule, text, a piece of text the finding must cover)
BAD = [
    # punctuation
    ("TC512", "The teams checked the wells,, the pumps and the pipes.", ",,"),
    ("TC512", "After the floods,, the county rebuilt 14 bridges.", ",,"),
    ("TC513", "Enrolment was 91% in 2015, 94% in 2017 and 96% in 2018, and 99 % in 2020.", "99 %"),
    ("TC513", "The shares were 12 %, 30 %, 41 % and 17%.", "17%"),
    ("TC502", '"The clinic used to be two hours away, my mother said. "Now the doctor comes to us."',
     "The clinic used to be"),
    # TC322: year arithmetic
    ("TC322", "A grace period of three years, from 2020 to 2025, applies to the loans.", "three"),
    ("TC322", "The six-year programme (2015-2018) trained 900 teachers.", "six"),
    ("TC322", "The well was dug in 2011. Four years later, in 2016, a pump was fitted.", "2016"),
    ("TC322", "The school was rebuilt in 2019. Two years earlier, in 2018, the old one had been closed.", "2018"),
    ("TC322", "The road reached the village in March 2014. A year later, in 2016, the bus came.", "2016"),
    # TC301: a count that lost its scale word
    ("TC301", "The number of people lifted out of poverty who have jobs stays at 2.6 or above.", "2.6"),
    ("TC301", "By 2019 the number of registered poor residents had fallen to 1.4.", "1.4"),
    ("TC301", "The total number of trainees rose to 1.15 in the second year.", "1.15"),
    # TC308: parts and totals
    ("TC308", "The fund paid out RMB 86 in 2018, of which RMB 51 million went to roads and RMB 35 million to water.",
     "RMB 86"),
    ("TC308", "It spent 3.4 billion yuan, including 2.1 billion yuan on housing and 1.3 yuan on roads.", "1.3 yuan"),
    ("TC308", "The county raised 2.75 billion yuan, including 1.26 billion yuan from the province, 846 million yuan "
              "from the county and 728 million yuan from banks.", "2.75 billion"),
    ("TC308", "The township runs 64 cooperatives: 27 for tea, 19 for cattle and 15 for vegetables.", "64 cooperatives"),
    ("TC308", "The office set nine targets, four of which are binding and six are advisory.", "nine"),
    ("TC308", "| County | Wells |\n|---|---|\n| Anding | 1,245 |\n| Lintao | 2,318 |\n| Total | 3,653 |", "3,653"),
    ("TC308", "Town\tSchools\nEast\t12\nWest\t17\nNorth\t9\nTotal\t40", "40"),
    ("TC308", "Loans reached 6.45 million yuan, of which 3.71 million yuan went to women and 2.47 million yuan to men.",
     "6.45 million"),
    ("TC308", "The grant came to RMB 2.5 million. The grant was spent as follows: seeds RMB 1.2 million, "
              "tools RMB 0.6 million and training RMB 1.7 million.", "RMB 1.7 million"),
    ("TC321", "Of the 2,480 pupils tested, 1,860 of them passed, a pass rate of 85 percent.", "85"),
    ("TC321", "The loans reached 316 of the 1,264 registered poor households, or 31.0%.", "31.0"),
    ("TC320", "Wheat yields fell from 5,200 kg to 3,900 kg per hectare, a drop of 33 per cent.", "33"),
    ("TC320", "Exports rose from 1.62 billion yuan in 2016 to 2.91 billion yuan in 2019, an average annual increase "
              "of 28.5%.", "28.5"),
    ("TC512", "The survey covered Anding,, Lintao and Weiyuan.", ",,"),
    ("TC502", '"Our fields were terraced in 2017, the old farmer recalled. "Since then the soil stays put."',
     "Our fields were terraced"),
    # TC321: a share stated for two figures
    ("TC321", "By May, 48 of the 160 wells, or 40 percent, had been repaired.", "40"),
    ("TC321", "The survey reached 2,000 households, of which 640 kept livestock, accounting for 23% of the total.", "23"),
    ("TC321", "The clinic saw 1,250 patients, 300 of whom were children, a share of 42 percent.", "42"),
    ("TC321", "Repayment reached 96% (1,104 of 1,250 loans).", "96"),
    ("TC321", "Only 12 out of 80 teachers, or 25%, held a degree.", "25"),
    ("TC321", "It has RMB 4.2 million of the RMB 6 million, or 80 percent, in hand.", "80"),
    ("TC321", "The cooperative enrolled 350 members, among whom 140 were women, or 35.0 percent.", "35.0"),
    ("TC321", "Of its 62 villages, none was poor; 18 of the 62 villages, or 39 percent, had no road in 2012.", "39"),
    # TC320: relative and average annual changes
    ("TC320", "Output fell from 4.6 million tonnes to 3.1 million tonnes, a decline of 23 percent.", "23"),
    ("TC320", "Membership grew from 1,250 to 2,000, an increase of 80%.", "80"),
    ("TC320", "Visitor numbers rose by 25% from 48,000 to 72,000.", "25"),
    ("TC320", "GDP grew from 8.2 billion yuan in 2015 to 12.6 billion yuan in 2020, an average annual growth of 11.4%.",
     "11.4"),
    ("TC320", "Sales rose from 600,000 yuan to 1,500,000 yuan in four years, an average annual increase of 35%.", "35"),
    ("TC320", "Poor households fell from 3,420 to 1,140, a reduction of 50 percent.", "50"),
    ("TC320", "The dropout rate fell from 8% to 2%, a decrease of 60%.", "60"),
    ("TC320", "Farm income rose from 3,000 yuan to 4,500 yuan over three years, an average annual increase of 800 yuan.",
     "800"),
    ("TC502", '"We had no road until 2015, said Wang Ping. "The trucks stopped at the river."', "We had no road"),
]

# (rules that must stay silent, text)
GOOD = [
    ({"TC322"}, "A grace period of five years, from 2020 to 2025, applies; the six-year programme (2015-2020) too."),
    ({"TC322"}, "Over the four years from 2014 to 2018 and the five years from 2014 to 2018, output doubled."),
    ({"TC322"}, "The 13th Five-Year Plan (2016-2020) and a three-year action plan (2018-2020) set the goals."),
    ({"TC322"}, "The well was dug in 2011. Four years later, in 2015, a pump was fitted."),
    ({"TC322"}, "The well was dug in 2011 and the road built in 2013. Four years later, in 2017, a pump was fitted."),
    ({"TC322"}, "The clinic opened in May 2015. A year later, in 2016, it hired a doctor."),
    ({"TC322"}, "The plan covers the 10 years from 2011 to 2020, and 2,300 households in 25 villages."),
    ({"TC301"}, "The number of doctors per 1,000 people reached 2.3 in 2019."),
    ({"TC301"}, "The number of people per household fell to 3.2."),
    ({"TC301"}, "The number of births fell to 1.6 per woman, and the number of tourists grew 3.5 times."),
    ({"TC301"}, "The number of poor villages fell by 2.5 percent, and the number of people served rose to 1.2 million."),
    ({"TC301"}, "The average number of children in a family is 1.8."),
    ({"TC301"}, "### 2.2 Industries\n\nThe county grew tea.\n\n3.4 Households moved to towns"),
    ({"TC308"}, "The fund paid out RMB 86 million in 2018, of which RMB 51 million went to roads and RMB 35 million to water."),
    ({"TC308"}, "It spent 3.4 billion yuan, including 2.1 billion yuan on housing and 1.3 billion yuan on roads."),
    ({"TC308"}, "It spent 3.4 billion yuan, including 2.1 billion yuan on housing and 0.9 billion yuan on roads."),
    ({"TC308"}, "The county raised 2.75 billion yuan, including 1.26 billion yuan from the province and 846 million "
                "yuan from the county."),
    ({"TC308"}, "The township runs 64 cooperatives: 27 for tea, 19 for cattle and 18 for vegetables."),
    ({"TC308"}, "The township runs 64 cooperatives: 27 for tea, 19 for cattle and others for fruit."),
    ({"TC308"}, "The office set nine targets, four of which are binding and five are advisory."),
    ({"TC308"}, "It trained 1,000 people, 600 of whom were women and 450 were over 60."),
    ({"TC308"}, "| County | Wells | Share |\n|---|---|---|\n| Anding | 1,245 | 35.0 |\n| Lintao | 2,318 | 65.1 |\n"
                "| Total | 3,563 | 100.0 |"),
    ({"TC308"}, "| County | Wells |\n|---|---|\n| Anding | 1,245 |\n| Lintao | n/a |\n| Total | 3,653 |"),
    ({"TC308"}, "Town\tSchools\nEast\t12\nWest\t17\nNorth\t9\nTotal\t38"),
    ({"TC308"}, "Loans reached 6.45 million yuan, of which 3.71 million yuan went to women and 2.74 million yuan to men."),
    ({"TC308"}, "It spent 520 million yuan, including 310 million yuan on roads and 120 million yuan on schools."),
    ({"TC308"}, "The plan covers 48 counties, of which 25 are in Qinba, and 19 townships in Wumeng."),
    ({"TC308"}, "The grant came to RMB 2.5 million. The grant was spent as follows: seeds RMB 1.2 million, "
                "tools RMB 0.6 million and training RMB 0.7 million."),
    ({"TC308"}, "In 2018 the grant came to RMB 2.5 million; in 2019 the grant came to RMB 3 million. The grant was "
                "spent as follows: seeds RMB 1.2 million and tools RMB 0.6 million."),
    ({"TC308"}, "The grant came to RMB 2.5 million. The grant was spent as follows: seeds RMB 1.2 million, "
                "tools RMB 0.6 million and other items."),
    ({"TC321"}, "By May, 48 of the 160 wells, or 30 percent, had been repaired."),
    ({"TC321"}, "The survey reached 2,000 households, of which 640 kept livestock, accounting for 32% of the total."),
    ({"TC321"}, "The clinic saw 1,250 patients, 300 of whom were children, a share of 24 percent."),
    ({"TC321"}, "Repayment reached 88% (1,104 of 1,250 loans)."),
    ({"TC321"}, "Only 12 out of 80 teachers, or 15%, held a degree."),
    ({"TC321"}, "Some 12 out of 80 teachers, or about 16%, held a degree."),
    ({"TC321"}, "It reached 2,000 households, of which 640 kept livestock, accounting for 12% of the county's herders."),
    ({"TC321"}, "Of 900 trainees, 300 found work in 2018 and 450 in 2019, a rate of 50 percent."),
    ({"TC321"}, "Two of the three villages, or 67 percent, and 1 of 3 towns, or 33.3 percent, had a market."),
    ({"TC321"}, "In 2016, 120 of 400 households were poor; by 2019 the share had fallen to 5%."),
    ({"TC321"}, "The county has 210 villages, 63 of which are poor, accounting for 30 percent; 48,000 people live there."),
    ({"TC321"}, "Of the 1,500 members, 600 were women, or 40%, up 6 percentage points on 2018."),
    ({"TC321"}, "About 300 of the 1,000 households, or 31 percent, sell online."),
    ({"TC320"}, "Output fell from 4.6 million tonnes to 3.1 million tonnes, a decline of 33 percent."),
    ({"TC320"}, "Membership grew from 1,250 to 2,000, an increase of 60%."),
    ({"TC320"}, "The rate fell from 12.7% to 8.5%, a decrease of 4.2 percentage points."),
    ({"TC320"}, "The rate fell from 12.7% to 8.5%, a decrease of 4.2 percent."),
    ({"TC320"}, "The dropout rate fell from 8% to 2%, a decrease of 75%."),
    ({"TC320"}, "GDP grew from 8.2 billion yuan in 2015 to 12.6 billion yuan in 2020, an average annual growth of 9%."),
    ({"TC320"}, "GDP grew from 8.2 billion yuan in 2015 to 12.6 billion yuan in 2020, an average annual growth of 10.7%."),
    ({"TC320"}, "Sales rose from 600,000 yuan to 1,500,000 yuan in four years, an average annual increase of 25.7%."),
    ({"TC320"}, "Income rose from 2,800 yuan to 4,100 yuan, up about 50%."),
    ({"TC320"}, "Farm income rose from 3,000 yuan to 4,500 yuan over three years, an average annual increase of 500 yuan."),
    ({"TC320"}, "Grain output rose from 1.2 million tonnes to 1.5 million tonnes, an increase of 300,000 tonnes, or 25%."),
    ({"TC320"}, "The poor fell from 9.8 million to 5.5 million, a drop of 4.3 million, or 43.9 percent."),
    ({"TC320"}, "Visitors rose by 50% from 48,000 to 72,000, and hotel beds by 30% from 2,000 to 2,600."),
    ({"TC320"}, "Income grew from 4,250 yuan in 2016 to 6,930 yuan in 2020, growing by 13% a year on average."),
    ({"TC320"}, "Income grew from 4,250 yuan to 6,930 yuan in the plan period, an average annual increase of 9.9%."),
    ({"TC320"}, "The share of women rose from 18% in 2017 to 71% in 2020, an average annual rise of 17.7 percentage points."),
    ({"TC320"}, "Clinics rose from 96 to 120, an increase of 25% over 2016."),
    ({"TC512"}, "The teams checked the wells, the pumps and the pipes."),
    ({"TC512"}, "The export wrote 3,,7 for the empty cells."),
    ({"TC513"}, "Enrolment was 91% in 2015, 94% in 2017 and 96% in 2018, and 99% in 2020."),
    ({"TC513"}, "Enrolment was 91 % in 2015, 94 % in 2017 and 96 % in 2018, and 99 % in 2020."),
    ({"TC513"}, "Enrolment rose from 91% to 99 %."),
    ({"TC502"}, '"The clinic used to be two hours away," my mother said. "Now the doctor comes to us."'),
    ({"TC502"}, '"We had no road until 2015," said Wang Ping. "The trucks stopped at the river."'),
    ({"TC502"}, 'She called the plan "a good start" and said "More will follow" at the meeting.'),
]


@pytest.mark.parametrize("rule,text,piece", BAD)
def test_bad_probe_is_found(rule, text, piece):
    got = [f for f in findings(text) if f.rule == rule]
    assert any(piece in f.text or f.text in piece for f in got), (rule, [(f.rule, f.text) for f in findings(text)])


@pytest.mark.parametrize("rules,text", GOOD)
def test_good_probe_is_silent(rules, text):
    assert [(f.rule, f.text) for f in findings(text) if f.rule in rules] == []
