TITLE = "Poverty Alleviation and Development in Yunnan Province, 2014"
GENRE = "provincial yearbook chapter"

CLEAN = '''
Poverty Alleviation and Development in Yunnan Province, 2014

Overview
In 2014, Yunnan Province took the identification and registration of poor households as the starting point of targeted poverty alleviation and continued to concentrate its resources on contiguous destitute areas. The province has 88 poor counties, of which 73 are key counties for national poverty alleviation and development, spread across four contiguous destitute areas: the Wumeng Mountain area, the rocky desertification area of Yunnan, Guangxi and Guizhou, the border mountain area of western Yunnan and the Tibetan area of Diqing. According to the Yunnan Provincial Poverty Alleviation and Development Office, the rural poor population of the province fell from 6.61 million to 5.74 million during the year, a reduction of 870,000, and the poverty incidence dropped from 17.8% to 15.5%, down 2.3 percentage points. The per capita net income of farmers in the 73 key counties reached 6,186 yuan, an increase of 13.4% over the previous year and 1.6 percentage points above the growth rate for the province as a whole.

Registration of Poor Households
From April to October, the province sent 41,000 cadres to the villages to identify poor households one by one. The procedure consisted of an application by the household, a discussion by the villagers' assembly, public notice in the village and the township, and approval by the county. In all, 1.72 million households with 5,740,000 people were registered and given record cards, and 4,277 poor villages were registered at the same time. All records were entered into the national information system for poverty alleviation.

Funding
The province invested a total of 4.36 billion yuan of special poverty alleviation funds in 2014, of which 2.58 billion yuan came from the central government, 1.31 billion yuan from the provincial budget and 470 million yuan from prefecture and county budgets. In addition, 11.2 billion yuan of funds from other sectors was pooled for use in poor areas, and financial institutions granted poverty alleviation loans of 9.85 billion yuan. Of the special funds, 52% went to whole-village advancement, 21% to industrial development, 15% to relocation and 12% to training and other items.

Whole-Village Advancement
Whole-village advancement projects were carried out in 2,150 villages during the year. They built or upgraded 6,830 kilometers of village roads, laid 3,400 kilometers of drinking water pipes and installed 12,600 biogas digesters, providing safe drinking water for 1.18 million rural people. In Zhaotong, the prefecture with the largest poor population in the province, the projects were combined with the rebuilding of dilapidated houses, and 38,000 households moved into safe homes by the end of the year.

Industrial Development
Each poor county was asked to choose two or three leading industries suited to its conditions. Support went to walnuts, tea, coffee, potatoes, highland barley and beef cattle, and 86 leading enterprises at the provincial level (including 19 state-owned ones) signed purchase contracts with cooperatives in poor villages. In Pu'er and Lincang, 34,000 hectares of tea and coffee plantations were improved, and the income of participating households rose by an average of 1,420 yuan. The number of farmer cooperatives in the key counties grew to 7,960, and 380,000 poor households joined them.

Training and Labor Transfer
Under the Rain Dew Plan, the province held vocational trainings for 126,000 young people from poor households and practical technical trainings for 410,000 farmers. Each trainee of the Rain Dew Plan received a subsidy of 1,500 yuan. The provincial government speeded up the building of labor service brands such as "Zhaotong Builders" and "Wenshan Sisters", and 1.04 million rural laborers from poor counties found jobs outside agriculture, earning 19.6 billion yuan in wages.

Relocation
The province moved 128,000 poor people out of places where the natural conditions cannot support a livelihood, including 43,000 people from mountain slopes badly affected by landslides and mudslides. Each relocated person received a housing subsidy of 6,000 yuan from the central and provincial budgets. Resettlement sites were planned near towns, industrial parks and main roads, so that the people who move can settle down and gradually become better off.

Border Areas and Ethnic Groups
Special support was given to the 25 border counties and to ethnic groups with small populations such as the Dulong, the De'ang and the Jino. In Gongshan County, the highway tunnel to the Dulong River valley was completed, ending the months of isolation that the valley suffered each winter when snow closed the mountain pass. Over the next three years, the province will invest 1 billion yuan in housing, roads, schools and income-generating industries for the Dulong people.

Assistance from Society
Shanghai continued its paired assistance to Yunnan, providing 450 million yuan for 218 projects. Fifty-two central government departments and enterprises gave fixed-point assistance to 47 key counties, and 12,600 enterprises in the province took part in the campaign of "Ten Thousand Enterprises Helping Ten Thousand Villages". At the end of the year, the Yunnan Provincial Poverty Alleviation and Development Office commended 120 advanced units and 300 individuals.

Problems and Tasks
Although remarkable results were achieved, Yunnan still has one of the largest poor populations in China. Poverty in the border and ethnic minority areas is deep, infrastructure remains weak, and the capacity of poor households to develop on their own is limited. In 2015, the province will put targeted measures into practice and make sure that support reaches the registered households.
'''

ERRORS = [
    # number (5)
    ("fell from 6.61 million to 5.74 million during the year", "5.74", "5.47", "number", "no longer matches the reduction of 870,000 or the 5,740,000 registered"),
    ("470 million yuan from prefecture and county budgets", "470", "740", "number", "parts no longer add up to 4.36 billion yuan"),
    ("granted poverty alleviation loans of 9.85 billion yuan", "9.85 billion yuan", "9.85 yuan", "number", "scale word 'billion' lost"),
    ("15% to relocation and 12% to training", "15%", "25%", "number", "shares of the special funds add up to 110%"),
    ("given to the 25 border counties", "counties", "county", "number", "plural noun after 25"),
    # spelling (4)
    ("The number of farmer cooperatives in the key counties", "cooperatives", "cooperatves", "spelling", "typo: cooperatves"),
    ("Each poor county was asked to choose", "county", "country", "spelling", "country for county"),
    ("mountain slopes badly affected by landslides", "affected", "effected", "spelling", "effected for affected"),
    ("practical technical trainings for 410,000 farmers", "technical", "techincal", "spelling", "typo: techincal"),
    # grammar (3)
    ("the province will invest 1 billion yuan", "will invest", "will invested", "grammar", "past form after modal 'will'"),
    ("capacity of poor households to develop on their own is limited", "is limited", "are limited", "grammar", "subject 'capacity' is singular"),
    ("6,186 yuan, an increase of 13.4%", "an increase", "a increase", "grammar", "'a' before a vowel"),
    # punctuation (3)
    ("such as \"Zhaotong Builders\" and", "Builders\"", "Builders\u201d", "punctuation", "curly closing quote in a straight-quote document"),
    ("(including 19 state-owned ones)", "ones)", "ones", "punctuation", "closing bracket missing"),
    ("In Pu'er and Lincang, 34,000 hectares", "Lincang,", "Lincang ,", "punctuation", "space before comma"),
    # consistency (2)
    ("Each trainee of the Rain Dew Plan received", "Rain Dew Plan", "Rain and Dew Program", "consistency", "Rain Dew Plan named differently"),
    ("At the end of the year, the Yunnan Provincial Poverty Alleviation and Development Office", "Poverty Alleviation and Development Office", "Poverty Relief Office", "consistency", "the provincial office named two ways"),
    # terminology (2)
    ("were registered and given record cards", "were registered and given record cards", "were archived and carded", "terminology", "literal rendering of 建档立卡 (registered)"),
    ("The per capita net income of farmers in the 73 key counties", "net income", "pure income", "terminology", "'pure income' for net income (纯收入)"),
    # untranslated (1)
    ("Whole-village advancement projects were carried out", "Whole-village advancement", "Zhengcun tuijin", "untranslated", "pinyin of 整村推进 left in"),
]
