TITLE = "Report on the Work of the Government of Huachi County (Excerpt)"
GENRE = "county government work report (US spelling, yuan, commas in 4-digit numbers, straight quotes)"

# Written for termcheck's second development corpus by the engineer "writer" (round 6), from scratch.
# Figures are invented; the county, province and national programs are real names.

CLEAN = '''
Report on the Work of the Government of Huachi County (Excerpt)

Delivered at the Fourth Session of the 18th People's Congress of Huachi County on January 9, 2020

I. Review of Work in 2019

Fellow deputies,

The year 2019 was a decisive year in the fight against poverty. Under the strong leadership of the county Party committee, the county government kept to the overall goal of lifting the whole county out of poverty, carried out targeted poverty alleviation household by household, and completed the main tasks set by the Third Session of the county people's congress. The county's gross domestic product reached 4.86 billion yuan, up 6.8 percent; general public budget revenue reached 312 million yuan, up 5.2 percent; and the per capita disposable income of rural residents reached 8,416 yuan, up 10.4 percent.

(1) We fought the battle against poverty with all our strength.

A total of 3,215 registered poor households with 11,870 people shook off poverty during the year, 19 poor villages were removed from the list, and the poverty headcount ratio fell from 7.9 percent to 0.86 percent. In April, the provincial government announced that Huachi had exited the list of poverty-stricken counties, and the national third-party assessment in October confirmed the result.

We implemented the "two no-worries and three guarantees" household by household. All 4,682 school-age children from registered poor households were in school, and no child dropped out because of poverty. Basic medical insurance and serious illness insurance covered all registered poor people, and the share of hospital expenses reimbursed for stays within the county rose to 90 percent. We renovated 1,046 dilapidated rural houses and built safe drinking water projects for 96 villages, so that safe housing and safe drinking water are now guaranteed for every household.

Industry is the surest way out of poverty. We built up four leading industries: beef cattle, meat sheep, apples and edible fungi. The stock of cattle reached 52,300 head and that of sheep 186,000 head; 2,400 mu of new apple orchards were planted; and 36 greenhouse bases for edible fungi were completed. Every poor village now has at least one farmer cooperative, and 128 cooperatives and 11 leading enterprises are linked with poor households through dividends, jobs and contract purchasing.

We organized 214 skills trainings for 7,650 trainees and helped 18,300 rural laborers find work outside the county, of whom 6,120 were from registered poor households, accounting for 33.4 percent of the total. For most of these families, income from wages now makes up more than half of household income.

We completed relocation for poverty alleviation for 1,380 households with 5,217 people, who moved into 12 resettlement sites. Every site has a school, a clinic and a bus stop, and a one-stop service center helps the new residents with jobs, medical insurance and school places. At least one member of each relocated household has found a job.

East-West poverty alleviation cooperation brought new strength. Jinnan District of Tianjin provided 28.5 million yuan in assistance funds, and 46 Tianjin enterprises bought 31 million yuan of farm products from the county. Under East-West poverty alleviation cooperation, 23 teachers and doctors from Tianjin worked in our schools and hospitals for six months or more. A total of 142 village-based working teams with 426 first secretaries and team members lived in the villages and worked side by side with village cadres.

The county put 1.02 billion yuan into poverty alleviation in 2019, including 468 million yuan from the central and provincial governments, 395 million yuan of integrated agriculture-related funds, and 157 million yuan in microcredit loans to poor households. All funds were managed in accordance with the rules on publicity and audit, and no case of misuse was found.

(2) We improved rural infrastructure.

We built 386 kilometers of rural roads, and all administrative villages now have hardened roads and regular bus services. The power grid was upgraded in 111 villages, and broadband reached every village. We built 214 village public toilets and cleared 9,300 tons of household waste from village lanes.

(3) We strengthened basic public services.

We recruited 162 teachers for rural schools and opened 17 new kindergartens. Every village clinic now has a qualified doctor. The subsistence allowance for rural residents was raised to 4,080 yuan a year per person, and 6,954 people received it.

Fellow deputies, these achievements were made under the leadership of the county Party committee and through the hard work of the people of all ethnic groups in the county. We are also clearly aware of the problems: the income of some households that have shaken off poverty is still low and unstable, our industries are small and weak, and the village-based working teams in some villages are not yet fully effective. These problems must be addressed in earnest.

II. Main Tasks for 2020

The year 2020 is the last year of the fight against poverty and of the 13th Five-Year Plan. We will keep the current assistance policies stable, set up a monitoring mechanism to prevent people from falling back into poverty, and check every household that has shaken off poverty at least twice a year. We will expand the four leading industries, help another 5,000 rural laborers find jobs, and make sure that no household returns to poverty.
'''

ERRORS = [
    ("product reached 4.86 billion yuan", "4.86 billion yuan", "4.86 yuan", "number",
     "scale word 'billion' lost: a county GDP of 4.86 yuan"),
    ("395 million yuan of integrated", "395", "359", "number",
     "parts no longer add up to the stated total: 468 + 395 + 157 = 1,020 million (1.02 billion)"),
    ("accounting for 33.4 percent of the total", "33.4", "43.4", "number",
     "6,120 of 18,300 laborers is 33.4 percent, not 43.4"),
    ("19 poor villages were removed", "villages", "village", "number",
     "singular noun after the plural number 19"),
    ("The year 2020 is the last year", "2020", "2021", "number",
     "the section is 'Main Tasks for 2020' in a report delivered in January 2020: the year meant is 2020"),
    ("3,215 registered poor households with", "households", "housholds", "spelling",
     "misspelling of 'households'",),
    ("who moved into 12 resettlement sites", "resettlement", "resettlment", "spelling",
     "misspelling of 'resettlement'"),
    ("have hardened roads and regular", "roads", "rods", "spelling",
     "real-word typo: 'rods' for 'roads' (letter dropped)"),
    ("income from wages now makes", "wages", "wags", "spelling",
     "real-word typo: 'wags' for 'wages' (letter dropped)"),
    ("shaken off poverty is still low and unstable", "is", "are", "grammar",
     "agreement: the subject is 'the income' (singular), not 'households'"),
    ("These problems must be addressed in earnest", "addressed", "address", "grammar",
     "passive after 'must be' needs the past participle 'addressed'"),
    ("and a one-stop service center", "a one-stop", "an one-stop", "grammar",
     "article: 'one' begins with a /w/ sound, so 'a one-stop'"),
    ("managed in accordance with the rules", "with", "to", "grammar",
     "wrong preposition: 'in accordance with'"),
    ('implemented the "two no-worries and three guarantees" household', '"two no-worries and three guarantees"',
     '\u201ctwo no-worries and three guarantees\u201d', "punctuation",
     "curly quotes in a document that uses straight quotes throughout"),
    ("up 6.8 percent; general", "percent;", "percent ;", "punctuation",
     "space before the semicolon"),
    ("A total of 142 village-based working teams", "village-based working teams", "village-stationed work teams", "consistency",
     "the same teams are called 'village-based working teams' elsewhere in the report"),
    ("128 cooperatives and 11 leading enterprises", "leading enterprises", "dragon-head enterprises", "terminology",
     "literal calque of 龙头企业: the standard rendering is 'leading enterprises' (used elsewhere in the report)"),
    ("We completed relocation for poverty alleviation for 1,380", "relocation for poverty alleviation", "yidi banqian", "untranslated",
     "pinyin of 易地搬迁 left in the English text: 'relocation for poverty alleviation'"),
]
