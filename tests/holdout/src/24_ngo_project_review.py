TITLE = "Mid-term Review of the Women's Livelihood and Health Programme in Du'an Yao Autonomous County, Guangxi"
GENRE = "NGO project review"

CLEAN = '''
Mid-term Review of the Women's Livelihood and Health Programme in Du'an Yao Autonomous County, Guangxi

Prepared by the Monitoring and Evaluation Unit, Qingshan Women's Development Foundation, March 2019

1. Summary
The Women's Livelihood and Health Programme was launched in July 2016 in 24 villages of six townships in Du'an Yao Autonomous County, a nationally designated poor county in the karst hills of north-western Guangxi. It combines small group loans for women with training in livestock raising, and adds a community health component focused on maternal health and on screening for cervical and breast cancer. This review covers the first 30 months, from July 2016 to December 2018. It draws on programme records, a questionnaire survey of 412 borrowers and focus group discussions in eight villages.

Overall, the programme has met or exceeded its targets for lending and health screening, while its effect on household income has been more uneven. We recommend that the programme continue into an 18-month extension phase, with the changes set out in Section 6.

2. Design and Budget
The three-year budget is RMB 6.8 million: RMB 4.2 million for the loan fund, RMB 1.5 million for health activities, RMB 700,000 for training and RMB 400,000 for staff, monitoring and management. Funding comes from a corporate donor (55%), the Foundation's own resources (30%) and the county women's federation and county health commission (15%).

Loans follow a group model. Five women form a group, and the groups in a village form a centre that meets once a fortnight. First loans range from RMB 3,000 to RMB 8,000 over twelve months, repaid in monthly instalments. Women from registered poor households who qualify for the government's interest-free microcredit for poverty alleviation are referred to the local bank first, so that the programme does not compete with public schemes.

3. Lending Results
By 31 December 2018, 1,386 women had borrowed, against a target of 1,200. Of these, 604 (43.6%) came from registered poor households. The fund had disbursed 2,915 loans worth RMB 15.3 million, an average of RMB 5,249 per loan. Portfolio at risk over 30 days stood at 1.9%, and the cumulative repayment rate was 98.7%.

Borrowers used their loans for raising pigs and goats (41%), chickens and ducks (22%), small shops and trading (19%), crops such as maize and tea (11%) and other purposes (7%). In the survey, 68% of borrowers reported that their household income was higher than before their first loan, with a median increase of RMB 2,600 a year. Gains were smallest among women who lose livestock to disease or who care for a sick family member, and 14% of respondents said that they had borrowed elsewhere to meet a repayment.

4. Health Component
The programme trained 48 village health volunteers, two in each village, most of them Yao women who speak both Yao and Mandarin. They held 376 health talks, reaching 9,210 participants. Together with the county maternal and child health hospital, the programme arranged free screening of 5,420 women aged 35 to 64 for cervical cancer and 5,180 for breast cancer, as part of the national “two cancers” screening effort. Sixty-three women with precancerous lesions or cancer were referred for treatment, and 59 of them have been treated. Staff of the county maternal and child health hospital noted that very few women in the programme villages had ever been screened before. The rate of hospital delivery in the villages covered by the Women's Livelihood and Health Programme rose from 91.5% to 98.2% over the period.

5. Participation and Empowerment
Each centre elects its own chair and treasurer. In the focus groups, women said that regular meetings had given them the confidence to speak in public, and 37% of centre chairs have attended village committee meetings. Five borrowers were elected to village committees in 2018. Several groups began to keep written accounts of household spending after the trainings on bookkeeping.

6. Issues and Recommendations
First, income gains are uneven. Goat prices fell sharply in 2018, and households that had borrowed to expand their herds struggled. We recommend adding training on market information and supporting a wider range of activities.

Second, some women are carrying more debt than they can manage. Loan officers should ask about other borrowing before each loan, and the Foundation should agree on a limit on total debt per household.

Third, treatment costs remain a barrier after screening. The programme should help women to use basic medical insurance, serious illness insurance and medical assistance, and work with the county health commission on follow-up.

Fourth, the loan fund, with a repayment rate of 98.7%, is sound, but the programme has not yet found a partner to take it over. Talks with the county women's federation and a local rural commercial bank should begin in 2019.
'''

ERRORS = [
    # number (5)
    ("RMB 700,000 for training", "700,000", "900,000", "number", "parts no longer add up to RMB 6.8 million"),
    ("The three-year budget is RMB 6.8 million", "million", "billion", "number", "scale word wrong: billion for million"),
    ("small shops and trading (19%)", "19%", "29%", "number", "loan uses add up to 110%"),
    ("with a repayment rate of 98.7%, is sound", "98.7%", "97.8%", "number", "differs from the repayment rate of 98.7% in Section 3"),
    ("24 villages of six townships", "townships", "township", "number", "plural noun after six"),
    # spelling (4)
    ("while its effect on household income", "effect", "affect", "spelling", "affect for effect"),
    ("a questionnaire survey of 412 borrowers", "questionnaire", "questionaire", "spelling", "typo: questionaire"),
    ("Women from registered poor households who qualify", "from", "form", "spelling", "form for from"),
    ("women who lose livestock to disease", "lose", "loose", "spelling", "loose for lose"),
    # grammar (3)
    ("women said that regular meetings", "said that", "said that that", "grammar", "doubled word 'that'"),
    ("continue into an 18-month extension phase", "an 18-month", "a 18-month", "grammar", "'a' before 'eighteen'"),
    ("Several groups began to keep written accounts", "began to keep", "began to kept", "grammar", "past form after 'to'"),
    # punctuation (3)
    ("the national \u201ctwo cancers\u201d screening", "cancers\u201d", "cancers\"", "punctuation", "straight closing quote in a curly-quote document"),
    ("Of these, 604 (43.6%) came", "(43.6%)", "(43.6%", "punctuation", "closing bracket missing"),
    ("on follow-up.", "follow-up.", "follow-up", "punctuation", "missing full stop"),
    # consistency (2)
    ("Staff of the county maternal and child health hospital noted", "maternal and child health hospital", "women and children's hospital", "consistency", "county hospital named two ways"),
    ("villages covered by the Women's Livelihood and Health Programme rose", "Livelihood and Health Programme", "Livelihoods and Health Project", "consistency", "programme named differently"),
    # terminology (2)
    ("interest-free microcredit for poverty alleviation are referred", "microcredit for poverty alleviation", "poverty alleviation small-amount credit", "terminology", "literal rendering of 扶贫小额信贷"),
    ("serious illness insurance and medical assistance", "medical assistance", "medical rescue", "terminology", "'medical rescue' for medical assistance (医疗救助)"),
    # untranslated (1)
    ("Talks with the county women's federation", "women's federation", "Fulian", "untranslated", "pinyin of 妇联 left in"),
]
