TITLE = "Report on Ecological Migration and Relocation for Poverty Alleviation in Ningxia, 2016-2018"
GENRE = "relocation report"

CLEAN = '''
Report on Ecological Migration and Relocation for Poverty Alleviation in the Ningxia Hui Autonomous Region, 2016-2018

1. Background
The southern mountain area of Ningxia is one of the driest and most ecologically fragile parts of China. In much of the area annual rainfall is below 300 millimetres while evaporation exceeds 2000 millimetres, soil erosion is severe, and many villages lie scattered on steep loess slopes far from roads, schools and clinics. Since the 1980s the autonomous region has moved people from the mountains to the irrigated plain along the Yellow River in several rounds of ecological migration.

In line with the “Plan for Relocation for Poverty Alleviation during the 13th Five-Year Plan Period” issued by the National Development and Reform Commission, the autonomous region set out in 2016 to move 82,000 registered poor people out of areas where the land can no longer feed the people who live on it. This report reviews the work done by the end of 2018 and the problems that need attention in the final two years.

2. Scale and Progress
By the end of 2018, 76,400 people from 18,900 households had been moved, 93.2% of the five-year target. Of these, 61,300 were registered poor people and 15,100 were other residents of the same villages who moved at the same time; the former received the full housing subsidy while the latter received a reduced one. Guyuan City accounted for 58% of the people moved, Zhongwei City for 29% and Wuzhong City for 13%.

Two forms of resettlement were used. Under centralised resettlement, 49 sites were built, 31 of them in county towns or beside industrial parks and 18 as new villages on irrigated land. Under dispersed resettlement, 2140 households bought vacant houses in existing villages with a government subsidy, an approach that costs less and helps newcomers mix with the local population.

3. Funding
Total investment reached RMB 5.94 billion. Of this, RMB 3.46 billion came from loans by the China Development Bank and the Agricultural Development Bank of China, channelled through the regional investment company, RMB 1.57 billion from central budgetary investment and special construction funds, RMB 610 million from the regional budget and RMB 300 million from the contributions of relocated households. Housing for registered poor households was limited to 25 square metres per person, and no such household paid more than RMB 3000 towards its new home, so that moving would not push families into debt. Loans from the China Development Bank carry a term of 20 years and are repaid from the regional budget.

4. Housing and Public Services
Every centralised site has a school or teaching point, a clinic, a community service centre and a shop within walking distance. School building was speeded up, and during the three years 54 kindergartens and primary schools were built or enlarged, and 3960 children from relocated families enrolled in them. All relocated people were transferred to the medical insurance and subsistence allowance systems of their new place of residence, and community offices were opened to handle their household registration and pensions.

5. Employment and Income
The autonomous region holds to the principle that relocated households must be able to move out, settle down and gradually become better off. Of the 33,700 working-age people in relocated households, 28,500 had found work by the end of 2018, an employment rate of 84.6%. Enterprises from Fujian Province, Ningxia's partner in East-West collaboration on poverty alleviation, opened 42 workshops in resettlement sites, making clothing, electronic parts and handicrafts. Minning Town in Yongning County, which has become a model for resettlement in the region, now produces mushrooms, wine grapes and vegetables in greenhouses, and the town plans to expand the area under greenhouses by a further 300 hectares. Other sites developed wolfberry growing and the raising of Tan sheep. In 2018 the per capita disposable income of relocated registered poor households reached RMB 8650, up 16.2% on the previous year.

6. Ecological Restoration
In the areas that people left, 83,000 hectares of sloping farmland were returned to forest and grassland, and old houses were pulled down so that the land could recover. The regional forestry and grassland bureau hired 3200 relocated people as forest and grassland rangers, each earning RMB 10,000 a year.

7. Problems and Next Steps
Several problems remain. Some sites are far from places of work, and the elderly find it hard to adapt to life away from their land. Although 84.6% of working-age people are employed, many jobs are seasonal and poorly paid. Some households borrowed from relatives to furnish their new homes and now carry debts.

The regional government has stressed the need to shift the focus from building houses to supporting people after the move. In 2019 and 2020 the autonomous region will complete the relocation of the remaining people under the “Plan for Relocation for Poverty Alleviation during the 13th Five-Year Plan Period”, set up a follow-up support fund for every county, and give priority to jobs near the sites, training and the care of elderly residents who live alone.
'''

ERRORS = [
    # number (5)
    ("RMB 610 million from the regional budget", "610", "160", "number", "parts no longer add up to RMB 5.94 billion"),
    ("RMB 1.57 billion from central budgetary investment", "billion", "million", "number", "scale word wrong: million for billion; parts no longer add up"),
    ("Zhongwei City for 29%", "29%", "39%", "number", "shares of people moved add up to 110%"),
    ("Although 84.6% of working-age people are employed", "84.6%", "86.4%", "number", "differs from the employment rate of 84.6% in Part 5"),
    ("opened 42 workshops in resettlement sites", "workshops", "workshop", "number", "plural noun after 42"),
    # spelling (4)
    ("Under dispersed resettlement, 2140 households", "resettlement", "resettelment", "spelling", "typo: resettelment"),
    ("holds to the principle that relocated households", "principle", "principal", "spelling", "principal for principle"),
    ("while the latter received a reduced one", "latter", "later", "spelling", "later for latter"),
    ("plans to expand the area under greenhouses", "expand", "expend", "spelling", "expend for expand"),
    # grammar (3)
    ("which has become a model for resettlement", "has become", "has became", "grammar", "past tense after 'has'"),
    ("The regional government has stressed the need", "stressed the need", "stressed on the need", "grammar", "redundant preposition 'stressed on'"),
    ("steep loess slopes far from roads", "far from roads", "far from from roads", "grammar", "doubled word 'from'"),
    # punctuation (3)
    ("during the 13th Five-Year Plan Period\u201d issued by", "Period\u201d", "Period\"", "punctuation", "straight closing quote in a curly-quote document"),
    ("care of elderly residents who live alone.", "alone.", "alone..", "punctuation", "doubled full stop"),
    ("soil erosion is severe, and many villages", "severe,", "severe\uff0c", "punctuation", "full-width comma in English text"),
    # consistency (2)
    ("Loans from the China Development Bank carry", "China Development Bank", "National Development Bank", "consistency", "China Development Bank named two ways"),
    ("remaining people under the \u201cPlan for Relocation for Poverty Alleviation during", "Relocation for Poverty Alleviation", "Relocation of Poor People", "consistency", "title of the national plan quoted with words changed"),
    # terminology (2)
    ("Report on Ecological Migration and Relocation for Poverty Alleviation in the Ningxia", "Relocation for Poverty Alleviation", "Poverty Alleviation Relocation in Different Places", "terminology", "literal rendering of 易地扶贫搬迁"),
    ("the per capita disposable income of relocated", "disposable income", "dominable income", "terminology", "'dominable income' for disposable income (可支配收入)"),
    # untranslated (1)
    ("medical insurance and subsistence allowance systems", "subsistence allowance", "dibao", "untranslated", "pinyin of 低保 (subsistence allowance) left in"),
]
