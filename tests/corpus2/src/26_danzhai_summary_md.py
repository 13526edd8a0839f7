TITLE = "Danzhai County Poverty Alleviation and Development Office: Work Summary for 2018"
GENRE = "Markdown annual summary of a county poverty alleviation office (US spelling, 'RMB' before the figure)"

# Written for termcheck's second development corpus by the engineer "writer" (round 6), from scratch.
# Figures are invented; the county, prefecture, province and national programs are real names.
# House style: Markdown (# headings, bullet lists, **bold** labels, one pipe table), American spelling,
# "RMB" before the figure, commas in 4-digit numbers, straight quotes, "percent".

CLEAN = '''
# Danzhai County Poverty Alleviation and Development Office: Work Summary for 2018

In 2018, under the leadership of the county Party committee and the county government, the Danzhai County Poverty Alleviation and Development Office worked with all departments and townships to carry out targeted poverty alleviation. This summary reports the main results, the work done, the problems that remain and the plans for 2019.

## 1. Main results

- **Poverty reduction:** 2,946 households with 10,312 people shook off poverty, and 23 poor villages were removed from the list. The poverty headcount ratio fell from 9.62 percent to 3.47 percent.
- **Income:** The per capita disposable income of rural residents reached RMB 8,960, up 10.2 percent.
- **Funds:** RMB 412 million was invested in poverty alleviation, of which RMB 268 million came from higher levels of government and RMB 144 million from integrated county funds.
- **Five-year total:** Over the five years from 2014 to 2018, the county lifted 38,650 people out of poverty.

## 2. Work done

### 2.1 Identifying the poor accurately

In the first half of the year, the office organized a "look back" review of every registered poor household in the county. Working teams visited 16,420 households, checked their income, housing and family members against the records, and corrected the data of 1,271 households. Through this review, 318 households that had been wrongly registered were removed and 206 households that had been missed were added. All changes were made public in the villages for seven days before they were confirmed. The results of the "look back" review were entered into the national information system by the end of June.

### 2.2 Industries

The county focused on three leading industries with local features. Each industry has at least one leading enterprise and several cooperatives that are linked with poor households through land rent, wages and dividends.

| Industry | Scale at end of 2018 | Poor households linked |
| --- | --- | --- |
| Tea | 31,000 mu | 2,140 |
| Blueberries | 18,500 mu | 1,260 |
| Free-range chickens | 420,000 birds | 980 |
| **Total** | | **4,380** |

A blueberry processing plant with an annual capacity of 3,000 tons went into operation in July. The number of poor households linked to the three industries has grown by a third since 2017.

### 2.3 Employment

- Skills trainings were held for 3,600 people, 2,430 of whom found jobs, a placement rate of 67.5 percent.
- Under East-West cooperation with Jiangsu Province, 1,150 workers from poor households took jobs in Jiangsu, with transport costs paid by the county.
- A total of 14 assistance workshops in villages employed 620 people, most of them women who cannot leave home.
- A total of 390 public welfare jobs, such as road keepers and forest rangers, were given to poor people who are unable to work far from home.

### 2.4 Relocation for poverty alleviation

The county completed the relocation of 1,086 households with 4,630 people to 6 resettlement sites. An employment service station was set up at each site, and at least one member of every relocated household has a job. The old houses were demolished and the land was returned to farming or forest.

### 2.5 Education, health and housing

- **Education:** Every school-age child from a registered poor household is in school. Living subsidies of RMB 1,000 to RMB 3,000 a year were paid to 5,280 students.
- **Health:** All registered poor people are covered by basic medical insurance, and 96 percent of them have a contracted family doctor.
- **Housing:** A total of 742 dilapidated houses were renovated, and all registered poor households now live in safe housing.

### 2.6 Work teams and supervision

A total of 98 first secretaries and 294 members of village-based working teams worked in the villages. The office ran an inspection every quarter, and a unified online platform now tracks every project from approval to payment.

## 3. Problems

- Some industries are still small, and the income of the households linked to them depends heavily on market prices.
- The skills of some relocated people do not match the jobs available near the resettlement sites.
- A few township officials are not familiar with the policies, and the management of project funds must be strengthened.

## 4. Plans for 2019

1. Lift the remaining 5,820 poor people out of poverty and apply for the county's exit from the list of poverty-stricken counties.
2. Expand the three leading industries and link at least 1,000 more poor households to them.
3. Help a further 2,000 workers from poor households find jobs, and keep the assistance workshops running.
4. Carry out follow-up support for relocated people, and make every resettlement site a safe and pleasant community.
5. Strengthen the monitoring of households that have shaken off poverty, so that none of the 10,312 people lifted out of poverty in 2018 falls back into it.
'''

ERRORS = [
    ("- **Funds:** RMB 412 million was invested", "RMB 412 million", "RMB 412", "number",
     "scale word 'million' lost: RMB 412 invested (the parts are RMB 268 million and RMB 144 million)"),
    ("| **Total** | | **4,380** |", "4,380", "4,830", "number",
     "the table total no longer adds up: 2,140 + 1,260 + 980 = 4,380"),
    ("a placement rate of 67.5 percent", "67.5", "76.5", "number",
     "2,430 of 3,600 trainees is 67.5 percent, not 76.5"),
    ("Over the five years from 2014 to 2018", "five", "four", "number",
     "2014 to 2018 is five years, not four"),
    ("none of the 10,312 people lifted", "10,312", "10,132", "number",
     "digits swapped: 10,312 people were lifted out of poverty in 2018 (section 1)"),
    ("to 6 resettlement sites", "sites", "site", "number",
     "singular noun after the plural number 6"),
    ("| Blueberries | 18,500 mu", "Blueberries", "Bluberries", "spelling",
     "misspelling of 'Blueberries'"),
    ("### 2.3 Employment", "Employment", "Employement", "spelling",
     "misspelling of 'Employment'"),
    ("A blueberry processing plant", "plant", "pant", "spelling",
     "real-word typo: 'pant' for 'plant' (letter dropped)"),
    ("linked with poor households through land rent", "through", "though", "spelling",
     "real-word typo: 'though' for 'through' (letter dropped)"),
    ("The number of poor households linked to the three industries has grown", "has", "have", "grammar",
     "agreement: the subject is 'The number' (singular), not 'households'"),
    ("the management of project funds must be strengthened", "strengthened", "strengthen", "grammar",
     "passive after 'must be' needs the past participle 'strengthened'"),
    ("and a unified online platform", "a unified", "an unified", "grammar",
     "article: 'unified' begins with a /j/ sound, so 'a unified'"),
    ("A few township officials are not familiar with the policies", "familiar with", "familiar to", "grammar",
     "wrong preposition: officials are 'familiar with' policies"),
    ("- **Income:** The per capita", "**Income:**", "**Income:", "punctuation",
     "unmatched Markdown bold marker: '**Income:' is never closed"),
    ("checked their income, housing and family members", "income,", "income,,", "punctuation",
     "doubled comma"),
    ("the Danzhai County Poverty Alleviation and Development Office worked with", "Danzhai County Poverty Alleviation and Development Office", "Danzhai Poverty Relief Bureau", "consistency",
     "the office is named 'Danzhai County Poverty Alleviation and Development Office' in the title"),
    ("The results of the \"look back\" review", "\"look back\"", "\"retrospective\"", "consistency",
     "the same named exercise is called the \"look back\" review at the start of the section"),
    ("the relocation of 1,086 households", "relocation", "different-place relocation", "terminology",
     "literal calque of 易地搬迁: 'relocation (for poverty alleviation)', as in the section heading"),
    ("390 public welfare jobs, such as road keepers", "public welfare jobs", "public good posts", "terminology",
     "literal calque of 公益性岗位: 'public welfare jobs'"),
    ("A total of 98 first secretaries", "first secretaries", "diyi shuji", "untranslated",
     "pinyin of 第一书记 left in the English text: 'first secretaries'"),
]
