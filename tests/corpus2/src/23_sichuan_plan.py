TITLE = "Implementation Plan of Sichuan Province for Consolidating the Achievements in Poverty Alleviation (2021-2025)"
GENRE = "provincial plan with numbered articles and binding/anticipatory indicators (US spelling, yuan)"

# Written for termcheck's second development corpus by the engineer "writer" (round 6), from scratch.
# Figures are invented; the province and national programs are real names.
# House style: American spelling, "yuan" after the figure, commas in 4-digit numbers, straight quotes,
# "Article N" paragraphs, numbered targets "1." and sub-items "(1)".

CLEAN = '''
Implementation Plan of Sichuan Province for Consolidating and Expanding the Achievements in Poverty Alleviation and Linking Them Effectively with Rural Revitalization (2021-2025)

Chapter I General Provisions

Article 1 This Plan is formulated in accordance with the decisions of the Central Committee of the Communist Party of China and the State Council on consolidating and expanding the achievements in poverty alleviation and linking them effectively with rural revitalization, and in light of the actual conditions of Sichuan Province.

Article 2 This Plan applies to the counties (cities, districts) of the province that have been lifted out of poverty, and to the villages, households and people lifted out of poverty in other counties.

Article 3 A transition period of five years, from 2021 to 2025, shall be set from the date on which the poverty-stricken counties were lifted out of poverty. During the transition period, the main assistance policies shall remain generally stable, and they shall be adjusted and improved step by step in order to ensure a smooth shift from poverty alleviation to rural revitalization.

Chapter II Main Targets

Article 4 By 2025, the achievements in poverty alleviation shall be consolidated and expanded, and the economic vitality of the areas lifted out of poverty shall be markedly enhanced. This Plan sets seven main indicators, three of which are binding and four anticipatory:

1. No large-scale return to poverty occurs in the province (binding).
2. The per capita disposable income of rural residents in the counties lifted out of poverty rises from 13,200 yuan in 2020 to 18,600 yuan in 2025, an average annual growth of 7.1 percent, faster than the provincial average for rural residents (anticipatory).
3. The share of central and provincial linkage funds used for industrial development reaches 60 percent or more (binding).
4. The number of people lifted out of poverty who are in employment stays at 2.3 million or above (anticipatory).
5. The consolidation rate of nine-year compulsory education reaches 96 percent (binding).
6. The tap water coverage rate in rural areas reaches 90 percent (anticipatory).
7. All natural villages with 30 or more households are reached by hardened roads (anticipatory).

Chapter III Main Tasks

Article 5 A dynamic monitoring and assistance mechanism to prevent a return to poverty shall be established.

(1) Households that are unstable after being lifted out of poverty, households on the edge of poverty, and households facing sudden severe hardship because of illness, accident or disaster shall be identified as monitoring targets. The monitoring threshold shall be set at 1.5 times the provincial subsistence allowance standard and adjusted every year.

(2) Monitoring targets shall be identified through applications by households, regular visits by grassroots cadres and data sharing among departments. Assistance measures shall be taken within 15 working days after a household is identified.

(3) The risk of a household shall be marked as removed only after its income has remained above the monitoring threshold for at least six months.

Article 6 Industries shall be developed to raise incomes in the long term.

(1) Each county shall develop one or two leading industries with local features, such as tea, kiwifruit, navel oranges, Sichuan pepper and cattle and sheep farming, and shall extend the industrial chain from planting and breeding to processing, storage and marketing.

(2) Leading enterprises, farmer cooperatives and family farms that receive linkage funds shall sign benefit-sharing agreements with the households they assist, through contract purchasing, employment or dividends.

(3) Government departments, state-owned enterprises and public institutions shall continue to give priority to the purchase of farm products from the areas lifted out of poverty.

Article 7 Stable employment shall be ensured for people lifted out of poverty. Labor cooperation with Zhejiang Province under East-West collaboration shall be deepened, and the organized transfer of labor shall be supported with transport subsidies. Assistance workshops set up in villages shall receive rent and electricity subsidies. Public welfare jobs shall be offered to people who are unable to leave home for work, in particular those who care for elderly or disabled family members.

Article 8 Follow-up support shall be provided for people relocated from inhospitable areas. For resettlement sites with more than 800 people, schools, clinics, community service centers and assistance workshops shall be provided, so that relocated people can stay, have jobs and gradually become better off.

Article 9 The key counties for rural revitalization assistance designated by the province shall be given priority in the allocation of funds, land quotas and talent, and provincial departments shall send working teams to each of these counties.

Chapter IV Safeguards

Article 10 The provincial finance department shall allocate no less than 6.8 billion yuan a year in linkage funds during the transition period. Of the linkage funds, 60 percent or more shall be used for industrial development. The management of the funds shall be open to public scrutiny.

Article 11 The provincial government shall take overall responsibility, cities (prefectures) shall coordinate, and counties shall be responsible for implementation. Party secretaries at five levels, namely the province, city, county, township and village, shall work together to promote rural revitalization.

Article 12 The province shall assess the effectiveness of consolidating the achievements in poverty alleviation every year. Cities and counties that fail to meet the binding indicators shall be held accountable.

Article 13 This Plan shall come into effect on the date of its issue and shall remain valid until December 31, 2025.
'''

ERRORS = [
    ("five years, from 2021 to 2025, shall", "2025", "2024", "number",
     "a transition period of five years cannot run from 2021 to 2024; it ends in 2025 (Article 13)"),
    ("three of which are binding and four anticipatory", "four", "five", "number",
     "parts no longer add up: seven indicators are listed, three binding and four anticipatory (3 + 5 = 8)"),
    ("an average annual growth of 7.1 percent", "7.1", "5.1", "number",
     "13,200 to 18,600 yuan in five years is about 7.1 percent a year, not 5.1"),
    ("stays at 2.3 million or above", "2.3 million", "2.3", "number",
     "scale word 'million' lost: 2.3 people in employment"),
    ("Of the linkage funds, 60 percent or more", "60 percent", "55 percent", "number",
     "contradicts binding indicator 3 (60 percent or more of linkage funds for industry)"),
    ("within 15 working days after", "days", "day", "number",
     "singular noun after the plural number 15"),
    ("fail to meet the binding indicators", "binding", "bindng", "spelling",
     "misspelling of 'binding'"),
    ("and linking them effectively with rural revitalization, and in light", "revitalization", "revitalizaton", "spelling",
     "misspelling of 'revitalization'"),
    ("kiwifruit, navel oranges", "navel", "naval", "spelling",
     "real-word error: 'naval' (of a navy) for 'navel' oranges"),
    ("grassroots cadres and data sharing", "data sharing", "date sharing", "spelling",
     "real-word typo: 'date' for 'data'"),
    ("The share of central and provincial linkage funds used for industrial development reaches", "reaches", "reach", "grammar",
     "agreement: the subject is 'The share' (singular), not 'funds'"),
    ("threshold shall be set at 1.5 times the provincial subsistence allowance standard and adjusted", "set at", "set in", "grammar",
     "wrong preposition: a threshold is 'set at' a level"),
    ("in order to ensure a smooth shift", "ensure", "ensuring", "grammar",
     "'in order to' takes the bare infinitive 'ensure'"),
    ("This Plan applies to the counties", "applies to", "applies for", "grammar",
     "wrong preposition: a plan 'applies to' counties"),
    ("in poverty alleviation every year.", "year.", "year..", "punctuation",
     "doubled full stop"),
    ("(2) Leading enterprises, farmer cooperatives", "(2)", "(2", "punctuation",
     "unmatched bracket in the item number '(2'"),
    ("shall allocate no less than 6.8 billion yuan a year in linkage funds", "linkage funds", "connection funds", "consistency",
     "the same funds are called 'linkage funds' everywhere else in the Plan"),
    ("Party secretaries at five levels, namely the province, city, county, township and village, shall work together to promote rural revitalization", "Party secretaries at five levels, namely the province, city, county, township and village, shall work together to promote", "Five-level secretaries shall grasp", "terminology",
     "literal calque of 五级书记抓乡村振兴: Party secretaries at five levels (province, city, county, township and village) work together to promote rural revitalization"),
    ("the provincial subsistence allowance standard", "subsistence allowance standard", "low guarantee standard", "terminology",
     "literal calque of 低保标准: 'subsistence allowance standard'"),
    ("navel oranges, Sichuan pepper and", "Sichuan pepper", "huajiao", "untranslated",
     "pinyin of 花椒 left in the English text: 'Sichuan pepper'"),
]
