TITLE = "From Bare Slopes to Mushroom Sheds: A Village in Xiji Finds Its Feet"
GENRE = "news-agency feature about one village (US spelling, yuan, dates like 'March 15', straight quotes, villagers quoted)"

# Written for termcheck's second development corpus by the engineer "writer" (round 6), from scratch.
# The village, the people and the figures are invented; the county, region and programs are real names.
# House style: American spelling, "yuan" after the figure, commas in 4-digit numbers, straight double
# quotes, news dateline, dates written "March 15".

CLEAN = '''
From Bare Slopes to Mushroom Sheds: A Village in Xiji Finds Its Feet

XIJI, Ningxia, March 15 -- At seven o'clock on a cold spring morning, Ma Hongmei is already inside her greenhouse, lifting the plastic cover to check the rows of mushrooms that will be picked before noon.

"Last year this greenhouse alone brought in 23,000 yuan," the 43-year-old said, brushing soil from her gloves. "When I was a girl, my family did not earn that much in five years."

Maying Village lies in the hills of Xiji County in the Ningxia Hui Autonomous Region, an hour's drive from the county seat over roads that were paved only in 2017. For generations its families scraped a living from potatoes and wheat grown on the bare loess slopes, and in dry years they sometimes had no harvest at all. When poor households were registered in 2014, 103 of the village's 412 households, or 25 percent, were listed as poor.

Ma's family was one of them. Her husband worked on building sites in Yinchuan, and she stayed at home with two children and an elderly mother-in-law. In 2016, a village-based working team arrived, led by Zhang Liang, an agricultural engineer sent by Fujian Province under the Fujian-Ningxia paired assistance program. He brought with him the idea of growing mushrooms on a substrate made from local grass.

"At first nobody believed it," Zhang recalled. "People said, what can grow on grass except sheep?"

Ma was among the first eight families to try. With a loan of 50,000 yuan and help from the technicians, she built her first greenhouse in the autumn of 2016. Three years later, in 2019, her family was lifted out of poverty. Today she has three greenhouses, and her husband has come home to work with her.

The village now has 37 greenhouses: 22 for mushrooms and 15 for vegetables. Each of them produces two or three crops a year. The mushrooms are sold through the Maying Mushroom Cooperative, which signs contracts with supermarkets in Yinchuan and Xiamen and pays members within a week of delivery. In 2020, the village's collective income reached 1.26 million yuan, up from almost nothing five years earlier.

Cattle have also come back to Maying. On the slopes where the sheep once grazed the grass bare, the village has planted alfalfa, and 86 households now raise beef cattle in sheds built with government subsidies. Ma Wenjun, 58, sold 12 calves last autumn. "The cattle feed on what we grow ourselves, so nothing is wasted," he said. "My son wanted to leave for the city. Now he has decided to stay and raise cattle with me."

Ma Hongmei's family earned 86,000 yuan last year, she said. The old house of mud brick has been replaced by a brick house with a solar water heater, and her daughter studies nursing at a college in Guyuan. "Now the children can study at home in a warm room," she said. "We are proud of what we have built."

For village Party secretary Li Dezhong, the greatest change is not in the figures. "In the past, young people could not wait to leave," he said. "Now six of them have come back to start businesses in the village. That is what gives me hope."

Xiji County was removed from the list of poverty-stricken counties in 2020, together with the other counties of the region's mountainous south. The challenge now, local officials say, is to make the gains last. The county has set up a monitoring system that checks the incomes of households that have shaken off poverty twice a year, and it has promised that the main assistance policies will remain in place during the five-year transition period.

Not every household has done as well as the Ma family. Some elderly villagers who live alone still depend on subsistence allowances and pensions, and the price of mushrooms fell sharply last summer, when a glut hit the markets in Yinchuan. Li said the Maying Mushroom Cooperative is building a cold store so that members can hold back their crops when prices are low.

Back in the greenhouse, Ma Hongmei has finished picking. The baskets will be on a truck to Yinchuan by the afternoon. "Who would have believed it?" she said with a laugh. "Mushrooms from Maying on tables in the city. A moderately prosperous life is not a dream for us anymore."
'''

ERRORS = [
    ("collective income reached 1.26 million yuan", "1.26 million yuan", "1.26 yuan", "number",
     "scale word 'million' lost: a village collective income of 1.26 yuan"),
    ("households, or 25 percent, were", "25", "35", "number",
     "103 of 412 households is 25 percent, not 35"),
    ("Three years later, in 2019, her", "2019", "2018", "number",
     "three years after 2016 is 2019"),
    ("22 for mushrooms and 15 for vegetables", "22", "20", "number",
     "parts no longer add up to the stated total of 37 greenhouses (20 + 15 = 35)"),
    ("Today she has three greenhouses", "greenhouses", "greenhouse", "number",
     "singular noun after the plural number three"),
    ("Ma Wenjun, 58, sold 12 calves", "calves", "caves", "spelling",
     "real-word typo: 'caves' for 'calves' (letter dropped)"),
    ("on the bare loess slopes", "slopes", "slops", "spelling",
     "real-word typo: 'slops' for 'slopes' (letter dropped)"),
    ("check the rows of mushrooms", "mushrooms", "mushroms", "spelling",
     "misspelling of 'mushrooms'"),
    ("signs contracts with supermarkets in Yinchuan and Xiamen", "supermarkets", "supermarkest", "spelling",
     "misspelling of 'supermarkets' (letters swapped)"),
    ("Each of them produces two", "produces", "produce", "grammar",
     "agreement: 'Each of them' takes a singular verb"),
    ("he has decided to stay and raise", "stay", "stayed", "grammar",
     "after 'to' the bare infinitive 'stay' is needed"),
    ("an hour's drive from the county seat", "an hour's", "a hour's", "grammar",
     "article: 'hour' begins with a vowel sound, so 'an hour's'"),
    ("We are proud of what we have built", "of", "for", "grammar",
     "wrong preposition: 'proud of'"),
    ("\"Now the children can study at home in a warm room,\" she", "room,\"", "room,", "punctuation",
     "unmatched quote: the villager's words are not closed before 'she said'"),
    ("\"Who would have believed it?\"", "it?", "it ?", "punctuation",
     "space before the question mark"),
    ("Li said the Maying Mushroom Cooperative is building", "Maying Mushroom Cooperative", "Maying Edible Fungi Association", "consistency",
     "the same body is called the 'Maying Mushroom Cooperative' earlier in the story"),
    ("Back in the greenhouse, Ma Hongmei has finished", "Ma Hongmei", "Ma Hongmai", "consistency",
     "the villager's name is spelled 'Ma Hongmei' everywhere else"),
    ("Xiji County was removed from the list of poverty-stricken counties in 2020", "was removed from the list of poverty-stricken counties", "took off its poverty hat", "terminology",
     "literal calque of 摘帽: 'was removed from the list of poverty-stricken counties'"),
    ("A moderately prosperous life is not a dream", "A moderately prosperous life", "A small well-off life", "terminology",
     "literal calque of 小康生活: 'a moderately prosperous life'"),
    ("Ma Hongmei's family earned 86,000 yuan last year", "86,000 yuan", "8.6\u4e07 yuan", "untranslated",
     "the Chinese unit 万 left in the English text: 86,000 yuan"),
]
