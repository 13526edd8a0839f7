TITLE = "Notice of the People's Government of the Tibet Autonomous Region on Further Strengthening Support for Students from Poor Families"
GENRE = "government notice"

CLEAN = '''
Notice of the People's Government of the Tibet Autonomous Region on Further Strengthening Support for Students from Poor Families

Zang Zheng Fa [2017] No. 41

To the people's governments of all prefectures (cities) and counties (districts), and to all departments and institutions directly under the autonomous region:

To carry out the decisions of the CPC Central Committee and the State Council on winning the fight against poverty, to stop poverty from passing from one generation to the next, and to make sure that no student leaves school because of family hardship, the People's Government of the Autonomous Region has decided to further strengthen support for students from poor families. In 2016, support of various kinds reached 96,300 students from registered poor households in the region and the gross enrollment rate in senior secondary education rose by 3.1 percentage points, but gaps remained between the stages of schooling and between policies run by different departments. The relevant matters are hereby notified as follows.

Article 1 Scope
This notice applies to students enrolled in preschool, compulsory, senior secondary and higher education who come from registered poor households, households receiving subsistence allowances, households of persons entitled to the five guarantees, and families of persons with disabilities who face financial difficulty.

Article 2 The "Three Guarantees" Policy
The autonomous region continues to cover the cost of meals, lodging and study for children of farming and herding families from preschool to senior secondary school. From the autumn semester of 2017, the standard is raised to 3720 yuan per student per year, an increase of 360 yuan over the previous standard. Of this amount, 2900 yuan is for meals, 500 yuan for bedding and clothing, and 320 yuan for books and stationery. Schools shall publish the menu each week and may not use the meal allowance for any other purpose.

Article 3 Preschool Education
Children from registered poor households who attend public kindergartens or kindergartens run by villages are exempt from all fees. Each of the 74 counties (districts) shall ensure that every township has at least one public kindergarten by the end of 2018, so that children in remote pastoral areas have access to preschool education close to home.

Article 4 Senior Secondary Education
Students from registered poor households at regular senior high schools and secondary vocational schools receive a state grant of 2000 yuan per year in addition to the Three Guarantees of 3720 yuan. Those studying in inland Tibetan classes also receive a travel subsidy of 1200 yuan per year to cover one return journey home.

Article 5 Higher Education
Students from registered poor households admitted to full-time undergraduate programs receive a one-time enrollment subsidy of 5000 yuan and a living allowance of 4000 yuan per year; students admitted to higher vocational colleges receive a one-time subsidy of 3000 yuan and the same living allowance. All such students may apply for credit-based student loans through the county where their household is registered, up to 8000 yuan per year, and the government pays the interest while they are in school.

Article 6 Funding
Funds for Articles 3 to 5 are borne by the regional budget and by prefecture and county budgets, with the regional budget bearing 70% and prefecture and county budgets 30%. The total for 2017 is estimated at 1.26 billion yuan, of which 882 million yuan comes from the regional budget and 378 million yuan from prefecture and county budgets. Funds shall be allocated before the start of each semester.

Article 7 Identification and Payment
Education departments shall compare student records with the data of poverty alleviation, civil affairs and disabled persons' organizations each semester so that no eligible student is missed. Each school shall keep a file for every student who receives the Three Guarantees or any other support. Grants and allowances shall be paid directly into the students' or their guardians' bank cards. Schools and education offices shall not withhold or deduct any part of them.

Article 8 Responsibilities
County governments bear the main responsibility for controlling dropouts and ensuring enrollment. The principal of each school, the township head and the village committee shall together follow up every student who stops attending, and teachers and village cadres shall visit the family in person. The Education Department of the Tibet Autonomous Region shall report the dropout situation of each county every semester.

Article 9 Supervision
Audit and education departments shall inspect the use of funds every year, and the lists of students receiving support shall be publicly posted at school. Anyone who makes false claims, or who withholds or embezzles funds, shall be dealt with severely, and those responsible shall be held to account according to law.

Article 10 Effective Date
This notice takes effect from the date of issue. Where earlier provisions are inconsistent with it, this notice shall prevail. The Education Department of the Tibet Autonomous Region is responsible for its interpretation.

People's Government of the Tibet Autonomous Region
September 12, 2017
'''

ERRORS = [
    # number (5)
    ("in addition to the Three Guarantees of 3720 yuan", "3720", "3270", "number", "differs from the standard of 3720 yuan in Article 2"),
    ("500 yuan for bedding and clothing", "500", "600", "number", "parts no longer add up to 3720 yuan"),
    ("of which 882 million yuan comes from", "882 million yuan", "882 yuan", "number", "scale word 'million' lost"),
    ("prefecture and county budgets 30%", "30%", "40%", "number", "budget shares add up to 110%"),
    ("Each of the 74 counties (districts) shall", "counties", "county", "number", "plural noun after 74"),
    # spelling (4)
    ("have access to preschool education close to home", "access", "assess", "spelling", "assess for access"),
    ("and a living allowance of 4000 yuan per year", "allowance", "allowence", "spelling", "typo: allowence"),
    ("students' or their guardians' bank cards", "their", "there", "spelling", "there for their"),
    ("The principal of each school, the township head", "principal", "principle", "spelling", "principle for principal"),
    # grammar (3)
    ("Schools and education offices shall not withhold or deduct", "shall not withhold", "shall not withheld", "grammar", "past form after modal 'shall'"),
    ("Funds for Articles 3 to 5 are borne by", "are borne", "is borne", "grammar", "plural subject 'Funds' with singular verb"),
    ("shall be dealt with severely", "severely", "severe", "grammar", "adjective for adverb"),
    # punctuation (3)
    ("To the people's governments of all prefectures (cities) and", "(cities)", "(cities", "punctuation", "closing bracket missing"),
    ("Funds shall be allocated before the start of each semester.", "semester.", "semester", "punctuation", "missing full stop"),
    ("Article 2 The \"Three Guarantees\" Policy", "\"Three Guarantees\"", "\u201cThree Guarantees\"", "punctuation", "curly opening quote with straight closing quote"),
    # consistency (2)
    ("The Education Department of the Tibet Autonomous Region shall report", "Education Department of the Tibet Autonomous Region", "Tibet Autonomous Region Education Bureau", "consistency", "the Education Department named two ways"),
    ("student who receives the Three Guarantees or any", "Three Guarantees", "Three Packages", "consistency", "Three Guarantees policy named differently"),
    # terminology (2)
    ("main responsibility for controlling dropouts and ensuring enrollment", "controlling dropouts and ensuring enrollment", "controlling dropping and protecting study", "terminology", "literal rendering of 控辍保学"),
    ("households receiving subsistence allowances, households of persons", "households receiving subsistence allowances", "lowest-living-security households", "terminology", "literal rendering of 低保户"),
    # untranslated (1)
    ("Those studying in inland Tibetan classes also", "inland Tibetan classes", "neidi Xizang classes", "untranslated", "pinyin of 内地西藏班 left in"),
]
