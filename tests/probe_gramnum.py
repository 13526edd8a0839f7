"""A probe set of grammar and number slips of the kinds translators make, and correct sentences near
the same edges, all written for termcheck (round 6), in the genre of English renderings of Chinese
policy documents. Each slip marks the words a finding should cover with [[...]]; a correct sentence
must draw no grammar or number finding.

    python tests/probe_gramnum.py          # recall and false alarms, with the misses and false alarms
"""
from __future__ import annotations

# (family, sentence): family is "grammar" or "number"
SLIPS = [
    # verb form after an auxiliary, a modal or "to"
    ("grammar", "Over the past three years the county [[has build]] 14 new bridges over the river."),
    ("grammar", "The provincial budget set aside RMB 300 million [[to supported]] enterprises in poor areas."),
    ("grammar", "By 2020 the township [[will increased]] the allowance for each boarding pupil."),
    ("grammar", "The programme aims [[to promoted]] local employment and raise incomes."),
    ("grammar", "Average incomes in the valley [[have grew]] steadily since 2015."),
    ("grammar", "The old dam [[had broke]] twice before it was rebuilt in 2012."),
    ("grammar", "Every poor household [[should received]] a visit from a cadre each month."),
    ("grammar", "The relocation sites [[must provided]] schools and clinics for the new residents."),
    ("grammar", "Officials [[have took]] steps to stop the misuse of relief funds."),
    ("grammar", "The county government [[has decide]] to extend the scheme to all townships."),
    ("grammar", "The cooperative was able [[to sold]] its walnuts at a higher price."),
    ("grammar", "A new road [[has been build]] to link the three hamlets."),
    # subject-verb agreement
    ("grammar", "The quality of rural roads [[have]] improved markedly in recent years."),
    ("grammar", "The per capita disposable income of rural residents [[have]] risen by 9 percent."),
    ("grammar", "The living conditions of the relocated families [[has]] improved greatly."),
    ("grammar", "A number of private enterprises [[has]] moved their workshops into the villages."),
    ("grammar", "The number of children who drop out of school [[have]] fallen sharply."),
    ("grammar", "Each of the pilot counties [[have]] set up a leading group."),
    ("grammar", "Every village in the county [[have]] a doctor and a teacher now."),
    ("grammar", "At the same time the funds [[was]] spent on roads and water."),
    ("grammar", "The survey found that every household [[receive]] the subsidy on time."),
    ("grammar", "The new policy [[are]] welcomed by farmers in the hills."),
    ("grammar", "The village [[have]] 312 households and 1,260 residents."),
    ("grammar", "She [[have]] worked as a village doctor for twenty years."),
    ("grammar", "There [[is]] still many difficulties in the remote mountain areas."),
    ("grammar", "These [[measure]] have helped poor families find stable jobs."),
    ("grammar", "This [[projects]] has brought clean water to 3,000 people."),
    ("grammar", "The county [[provide]] free lunches to all pupils in rural schools."),
    ("grammar", "Cadres stationed in the village [[has]] visited every household."),
    # articles
    ("grammar", "The county set up [[a]] e-commerce service centre in every township."),
    ("grammar", "The app is [[an]] useful tool for tracking the poor population."),
    ("grammar", "Each township appointed [[a]] official to supervise the funds."),
    # plural after a number or a quantifier
    ("grammar", "The county built [[12 new school]] and three clinics last year."),
    ("grammar", "[[Several village]] still have no paved road."),
    ("grammar", "The working team visited [[many household]] in the mountains."),
    ("grammar", "The county took [[various measure]] to raise the incomes of herders."),
    ("grammar", "The fund has helped [[three thousand family]] rebuild their houses."),
    ("grammar", "The project covers [[five township]], 42 villages and 9,000 households."),
    # wrong participle, comparatives, "one of"
    ("grammar", "Living conditions in the region are [[more better]] than before."),
    ("grammar", "Paved roads make travel to market [[more easier]] for villagers."),
    ("grammar", "Guizhou was once [[one of the poorest province]] in China."),
    ("grammar", "The incidence of poverty [[has fell]] to 0.6 percent."),
    ("grammar", "The bridge was [[build]] in 2018 with a bank loan."),
    ("grammar", "The training centre [[have been]] built with funds from Shanghai."),
    ("grammar", "Poor students [[is]] exempted from tuition fees."),
    # numbers: a lost scale word
    ("number", "The poor population fell to 5.51 million in 2019; that year [[5.51 people]] left poverty."),
    ("number", "The province relocated [[1.3 households]] from inhospitable areas by 2020."),
    # parts that do not add up to a stated total
    ("number", "The county has [[120 villages, of which 45 are in the mountains and 85]] are on the plain."),
    ("number", "A total of [[RMB 860 million was invested, including RMB 500 million from the central budget and RMB 410 million]] from the province."),
    ("number", "The county trained [[3,200 people, of whom 1,900 were trained in cooking and 1,500]] in building work."),
    # a percentage inconsistent with two stated figures
    ("number", "Of the 2,000 households surveyed, 500 were registered as poor, [[accounting for 40 percent]]."),
    ("number", "The county has 250 villages, and 200 of them, or [[60 percent]], now have broadband."),
    # a change that contradicts the figures before and after
    ("number", "Income rose from 2,000 yuan in 2015 to 3,000 yuan in 2019, an increase of [[1,500 yuan]]."),
    ("number", "The poverty rate fell from 12.4% to 3.1%, down [[8.3]] percentage points."),
    ("number", "The number of poor people fell from 3.24 million to 1.12 million, a reduction of [[2.21 million]]."),
    # a figure repeated differently in one paragraph
    ("number", "In 2018 the county moved 12,350 people into new flats. Each of the 12,350 relocated people received a grant, "
               "and the [[12,530]] relocated people were also offered jobs."),
    # shares over 100
    ("number", "Of the funds, 62% went to roads, 31% to water and [[15%]] to schools."),
    # years out of order
    ("number", "The plan for the period [[from 2016 to 2006]] set out five goals."),
    ("number", "Between [[2019 and 2015]] the county built 300 kilometres of road."),
    # number agreement
    ("number", "The scheme reached [[one thousands]] households in its first year."),
    ("number", "The county opened [[1 new clinics]] in each township."),
]

CORRECT = [
    # verb forms near the edges
    "Over the past three years the county has built 14 new bridges over the river.",
    "The provincial budget set aside RMB 300 million to support enterprises in poor areas.",
    "Access to improved seeds and to registered lenders has raised yields.",
    "The county turned to qualified contractors for the work.",
    "By 2020 the township will have increased the allowance for each boarding pupil.",
    "The programme aims to promote local employment and raise incomes.",
    "Average incomes in the valley have grown steadily since 2015.",
    "The cooperative has access to credit and has complete records of its members.",
    "Poor households have priority in the scheme, and the political will is there.",
    "The new road has been built to link the three hamlets.",
    "The county has little farmland and has to import grain.",
    # agreement near the edges
    "The number of poor households has fallen by half since 2015.",
    "A number of private enterprises have moved their workshops into the villages.",
    "Each of the pilot counties has set up a leading group.",
    "Every village in the county has a doctor and a teacher now.",
    "The county requires that each township submit its plan by June.",
    "It is essential that every pupil receive a free lunch.",
    "The quality of rural roads has improved markedly in recent years.",
    "The per capita disposable income of rural residents has risen by 9 percent.",
    "The living conditions of the relocated families have improved greatly.",
    "The data are published every quarter, and the data is also available online.",
    "The team is made up of five cadres, and the team are all from the county town.",
    "The committee meets every month; the police were called in twice.",
    "The United Nations has praised the programme; the Philippines has a similar one.",
    "Lianghekou Township lies on the Wujiang River; the Netherlands sent two experts.",
    "The news was welcomed, and the series of reports was printed in May.",
    "Economics is taught at the county school, and physics is taught in town.",
    "The staff of the clinic work long hours, and the people of the valley grow tea.",
    "Most of the funds go to roads, and most of the money goes to water.",
    "One of the counties has a new airport, and one of the townships has a railway station.",
    "Half of the households are headed by women, and half of the land is terraced.",
    "They each receive a monthly allowance, and we each keep a record.",
    "The villagers, each of whom owns a share, elect the board.",
    "She has worked as a village doctor for twenty years, and he has two apprentices.",
    "There are still many difficulties in the remote mountain areas.",
    "There is still much to do, and there are more than 200 projects.",
    "These measures have helped poor families find stable jobs.",
    "This project has brought clean water to 3,000 people.",
    "Cadres stationed in the village have visited every household.",
    "The county provides free lunches to all pupils in rural schools.",
    "Let each village decide how the fund is spent, and make sure every household knows.",
    "The bureau helped each cooperative draw up a plan.",
    # articles
    "The county set up an e-commerce service centre, a one-stop office and a university campus.",
    "It is a useful tool, an honest account and a European loan.",
    "Each township appointed an official to supervise a U-shaped canal.",
    # plurals after numbers and quantifiers
    "The county built 12 new schools and three clinics last year.",
    "The county trained 300 village and township cadres.",
    "Several villages still have no paved road, and several village cadres resigned.",
    "The working team visited many households in the mountains; many a household had no toilet.",
    "The county took various measures, and various township officials took part.",
    "The project covers five townships, 42 villages and 9,000 households.",
    "Under the 2016 plan 14 mountain villages exited poverty.",
    "The farm keeps 300 head of cattle and 40 staff.",
    # comparatives and "one of"
    "Living conditions in the region are much better than before, and travel is easier.",
    "Guizhou was once one of the poorest provinces in China.",
    "Yields are more stable and prices are higher.",
    "The incidence of poverty has fallen to 0.6 percent.",
    # numbers: totals that add up, with rounding
    "The poor population fell to 5.51 million in 2019; that year 1.09 million people left poverty.",
    "The county has 120 villages, of which 45 are in the mountains and 75 are on the plain.",
    "A total of RMB 860 million was invested, including RMB 500 million from the central budget and RMB 360 million from the province.",
    "The county trained 3,200 people, of whom 1,900 were trained in cooking and 1,300 in building work.",
    "Of the 2,000 households surveyed, 500 were registered as poor, accounting for 25 percent.",
    "The county has 250 villages, and 200 of them, or 80 percent, now have broadband.",
    "Of the 3,000 households, 1,000 (33.3%) were relocated and 2,000 (66.7%) stayed.",
    "Of the funds, 62.4% went to roads, 31.3% to water and 6.4% to schools.",
    "Income rose from 2,000 yuan in 2015 to 3,000 yuan in 2019, an increase of 1,000 yuan, or 50 percent.",
    "The poverty rate fell from 12.4% to 3.1%, down 9.3 percentage points.",
    "The number of poor people fell from 3.24 million to 1.12 million, a reduction of 2.12 million.",
    "Incomes more than doubled, from 2,300 yuan in 2012 to 5,100 yuan in 2019.",
    "Exports grew by 150 percent, and the share of processed goods rose to 40 percent.",
    "Women made up 52% of the trainees and 30% of the village cadres.",
    # numbers: percentages of different bases
    "Some 80% of villages have broadband and 65% of schools have computers.",
    "Of the trainees, 60% were women and 45% were under 30.",
    # figures stated twice the same way, and years in order
    "In 2018 the county moved 12,350 people into new flats. Each of the 12,350 relocated people received a grant.",
    "The plan for the period from 2016 to 2020 set out five goals.",
    "Between 2015 and 2019 the county built 300 kilometres of road.",
    "In 2019 and 2015 the survey was repeated, and the 2016-2020 plan was reviewed.",
    "The scheme reached one thousand households in its first year, and 1 new clinic opened.",
    "Average household size is 3.4 people, and each family has 1.5 mu of land.",
    "The county spent 1,250 yuan per pupil, and the 1,250-yuan grant was paid in two parts.",
]


def _strip(text):
    from termcheck.examples import strip_marks
    return strip_marks(text)


def findings(text):
    from termcheck.engine import check
    return [f for f in check(text) if f.category in ("grammar", "number")]


def caught(marked):
    text, spans = _strip(marked)
    found = findings(text)
    return all(any(f.start < e and s < f.end for f in found) for s, e in spans), found


if __name__ == "__main__":
    import sys
    sys.path.insert(0, ".")
    by = {}
    for fam, s in SLIPS:
        ok, found = caught(s)
        by.setdefault(fam, [0, 0])[0] += ok
        by[fam][1] += 1
        if not ok:
            print("MISS", fam, s, [(f.rule, f.text) for f in found])
    fa = 0
    for s in CORRECT:
        found = findings(s)
        if found:
            fa += 1
            print("FALSE", s, [(f.rule, f.text) for f in found])
    for fam, (k, n) in by.items():
        print(f"{fam}: {k}/{n}")
    print(f"recall {sum(v[0] for v in by.values())}/{len(SLIPS)}; false alarms {fa} of {len(CORRECT)} correct")
