TITLE = "Final Evaluation of the Women's Livelihood and Microcredit Project in Ludian County, Yunnan"
GENRE = "NGO project evaluation (UK spelling, 'RMB 1.2 million', %, table-like list, single curly quotes)"

# Written for termcheck's second development corpus by the engineer "writer" (round 6), from scratch.
# The foundation, the figures and the people are invented; county, prefecture and province are real.
# House style: British spelling (-ise, programme, organisation), "RMB" before the figure, "%" sign with no
# space, commas in 4-digit numbers, single curly quotes ‘ ’ and curly apostrophes, "person-times".

CLEAN = '''
Final Evaluation of the Women’s Livelihood and Microcredit Project in Ludian County, Yunnan Province

Summary of the evaluation report, September 2020

1. The project

The Women’s Livelihood and Microcredit Project was carried out from July 2017 to June 2020 in 24 villages of four townships in Ludian County, Zhaotong, an area that was still rebuilding after the earthquake of 2014. It was funded by the Clearwater Foundation, an NGO based in Hong Kong, and implemented by the Ludian County Women’s Federation. The total budget was RMB 4.8 million, of which RMB 3.6 million came from the foundation and RMB 1.2 million from the county government as co-financing. The project aimed to raise the incomes of 1,200 women from registered poor households and households on the edge of poverty through small loans, skills training and women’s savings groups.

2. Method

The evaluation team of three consultants worked in the county from 3 to 21 August 2020. It reviewed project documents and the loan ledgers, surveyed 360 households (30% of the 1,200 women in the project), held 12 focus-group discussions and interviewed 28 key informants, including township officials, village cadres, loan officers and staff of the Women’s Federation. Survey results were compared with the baseline survey of September 2017 and with the mid-term review of May 2019. Respondents were grouped by age, marital status, education and the type of business they ran.

3. Findings

Relevance. The project fitted well with the county’s targeted poverty alleviation programme. Most of the women surveyed had never borrowed from a bank before, and many said that a loan without a guarantor was the first chance they had been given to start a business of their own. The focus on women was well chosen: since men from two thirds of the households surveyed work outside the county for most of the year, women now carry most of the farm labour.

Effectiveness. The project reached or exceeded its targets for four of its five outcome indicators. The key figures are listed below.

Table 1. Key outcome indicators (baseline 2017 / target / endline 2020)
- Average annual income of beneficiary households: RMB 9,400 / RMB 12,000 / RMB 13,160 (+40.0% on the baseline)
- Share of women with access to credit: 18% / 60% / 71%
- Loan repayment rate: not applicable / 95% / 97.8%
- Women’s savings groups in operation: 0 / 48 / 52
- Women members of villagers’ committees in the 24 villages: 6 / 20 / 17

Only the target for women members of villagers’ committees was missed. The elections of 2018 came too early for most of the newly trained women to stand as candidates.

Efficiency. A total of RMB 6.3 million was lent in 1,146 loans, an average of about RMB 5,500 per loan, as the revolving fund was lent out three times over the three years. Training was provided in 86 sessions for 2,310 person-times, covering pig and goat raising, potato storage, bookkeeping, online sales and labour-saving farm tools. The budget was spent as follows: revolving loan fund RMB 2.1 million, training RMB 0.9 million, community infrastructure RMB 0.7 million, staff and management RMB 0.8 million, and monitoring and evaluation RMB 0.3 million. Management costs of 16.7% of the total budget are reasonable for a project of this kind in a mountainous area.

Impact. Women in the survey named three main changes: higher and steadier incomes, more say in household decisions, and more confidence in dealing with banks and officials. In 19 of the 24 villages, savings groups have begun to lend small sums to their own members. Some households used loans to rent land from neighbours through land transfer and now grow potatoes and buckwheat on a larger scale.

Sustainability. In 2020 the revolving fund was handed over to the Ludian County Women’s Federation, a well-recognised organisation in the county, which will keep lending under the same rules. Twenty-two savings groups have registered as farmer cooperatives. The main risk is the loss of trained loan officers: four of the nine officers left in the final year for better-paid jobs.

4. Recommendations

(1) The Women’s Federation should keep a full-time team of at least five loan officers and should review their pay every year.
(2) The savings groups should be linked with the county’s rural credit cooperative, so that the strongest members can move on to larger loans.
(3) Any new phase should pay more attention to ‘soft’ skills such as marketing, and to the women who care for elderly or disabled relatives and cannot leave home.
(4) The monitoring system built by the project should be kept, and the data shared with the county poverty alleviation office.
'''

ERRORS = [
    ("A total of RMB 6.3 million was lent", "RMB 6.3 million", "RMB 6.3", "number",
     "scale word 'million' lost: RMB 6.3 lent in 1,146 loans (average RMB 5,500)"),
    ("staff and management RMB 0.8 million", "0.8", "1.8", "number",
     "parts no longer add up: 2.1 + 0.9 + 0.7 + 0.8 + 0.3 = 4.8 million, the stated total budget"),
    ("(+40.0% on the baseline)", "40.0", "44.0", "number",
     "RMB 9,400 to RMB 13,160 is a rise of 40.0%, not 44.0%"),
    ("In 19 of the 24 villages", "24", "42", "number",
     "digits swapped: the project covered 24 villages"),
    ("with the mid-term review of May 2019", "2019", "2021", "number",
     "a mid-term review of a project that ran from July 2017 to June 2020 cannot date from 2021 (and the evaluation is of 2020)"),
    ("held 12 focus-group discussions", "discussions", "discussion", "number",
     "singular noun after the plural number 12"),
    ("The project aimed to raise the incomes", "aimed", "aimd", "spelling",
     "misspelling of 'aimed'"),
    ("The main risk is the loss of trained loan officers", "officers", "offcers", "spelling",
     "misspelling of 'officers'"),
    ("Respondents were grouped by age, marital status", "marital", "martial", "spelling",
     "real-word typo: 'martial' for 'marital' (letters swapped)"),
    ("In 2020 the revolving fund was handed over", "fund", "fun", "spelling",
     "real-word typo: 'fun' for 'fund' (letter dropped)"),
    ("The elections of 2018 came too early", "came", "come", "grammar",
     "tense: past event in a past-tense passage ('came')"),
    ("funded by the Clearwater Foundation, an NGO", "an NGO", "a NGO", "grammar",
     "article: 'NGO' is read 'en-gee-oh', so 'an NGO'"),
    ("The Women’s Federation should keep a full-time team", "should keep", "should keeps", "grammar",
     "after the modal 'should' the bare infinitive 'keep' is needed"),
    ("since men from two thirds of the households surveyed work", "work", "works", "grammar",
     "agreement: the subject is 'men' (plural)"),
    ("Share of women with access to credit: 18% / 60% / 71%", "71%", "71 %", "punctuation",
     "space before the % sign in a document that writes 71%, 18%, 30% throughout"),
    ("attention to ‘soft’ skills", "‘soft’", "‘soft'", "punctuation",
     "quote styles mixed: a curly opening quote closed by a straight one"),
    ("and implemented by the Ludian County Women’s Federation", "Ludian County Women’s Federation", "Ludian Women’s Association", "consistency",
     "the implementing body is the 'Ludian County Women’s Federation' elsewhere in the report"),
    ("now carry most of the farm labour", "labour", "labor", "consistency",
     "American spelling 'labor' in a report that uses British spelling ('labour-saving', 'neighbours', 'programme')"),
    ("land from neighbours through land transfer", "land transfer", "land circulation", "terminology",
     "literal calque of 土地流转: 'land transfer'"),
    ("1,200 women from registered poor households", "registered poor households", "archived and carded poor households", "terminology",
     "literal calque of 建档立卡贫困户: 'registered poor households'"),
    ("and staff of the Women’s Federation. Survey", "Women’s Federation", "Fulian", "untranslated",
     "pinyin of 妇联 left in the English text: 'Women’s Federation'"),
]
