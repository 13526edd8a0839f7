TITLE = "Health Poverty Alleviation in Rural China (white paper, Section III)"
GENRE = "white-paper section (UK spelling, RMB, no comma in 4-digit numbers, curly quotes)"

# Written for termcheck's second development corpus by the engineer "writer" (round 6), from scratch.
# Figures are invented; provinces, counties and national programmes are real names.
# House style: British spelling (programme, centre, paediatric), "RMB" before the figure, four-digit
# numbers without a comma (2100, 1346) but larger ones with commas (83,000), curly quotes “ ” and ’.

CLEAN = '''
III. Ensuring Basic Medical Care for the Rural Poor

Illness has long been one of the main causes of poverty in rural China. When poor households were registered in 2014, 38.6 per cent of them named illness as a cause of their poverty. For a family living on less than RMB 3000 a year, one serious illness could wipe out the savings of many years and push it back into poverty. In 2016 China launched the Health Poverty Alleviation Project, with the aim that the rural poor can afford medical treatment, can obtain it close to home, and fall ill less often in the first place. In the first year of the project, 2016, the central government allocated RMB 28.7 billion to subsidise medical insurance contributions and medical assistance for the poor.

1. Insurance for everyone

The government pays part or all of the individual contributions of registered poor people to basic medical insurance. On top of basic medical insurance, serious illness insurance lowers the deductible for the poor and raises the share it reimburses, and medical assistance covers much of what is left. By the end of 2020, these three lines of protection covered 99.9 per cent of the registered poor population. The share of inpatient costs paid by patients themselves has fallen to around 10 per cent, against more than 40 per cent before the project began.

Registered poor patients admitted to a hospital in their own county are treated first and pay later: they need not pay a deposit, and they settle only their own share when they leave, at a single “one-stop” window where basic medical insurance, serious illness insurance and medical assistance are settled together. Reimbursement that once took weeks is now completed on the day of discharge.

2. Special treatment for serious illness

Thirty categories of serious illness, including childhood leukaemia, congenital heart disease, oesophageal cancer and end-stage kidney disease, have been brought under a programme of special treatment. Designated hospitals treat patients according to standard clinical pathways, so that costs are known in advance, and patients with end-stage kidney disease can receive haemodialysis at their county hospital. By 2020 more than 83,000 children with congenital heart disease from poor families had undergone surgery, most of them free of charge.

For chronic diseases such as hypertension and diabetes, contracted family doctor services bring care to the patient’s door. Village doctors and doctors from township health centres visit each registered poor patient with a chronic disease at least four times a year, check blood pressure and blood sugar, and adjust prescriptions.

3. Stronger hospitals in poor counties

The quality of care in poor counties depends on the strength of their hospitals. Under a pairing programme launched in 2016, 1118 tertiary hospitals in cities have each been paired with one or two county-level hospitals in poor counties, 1346 in all. The urban hospitals send doctors and managers for terms of at least six months, train local staff and help the county hospitals open new departments such as paediatrics, intensive care and emergency surgery. Under this pairing of the 1118 tertiary hospitals with county-level hospitals, more than 500 county hospitals in poor areas now meet the national standard for the basic capacity of county hospitals.

Township health centres and village clinics have also been rebuilt. In 2015 about 2100 villages in poor areas had no clinic, and many more had no qualified doctor. By the end of 2020 every administrative village had a clinic, and every clinic had at least one village doctor. Where a village is too small or too remote to keep a doctor, a doctor from the township health centre holds surgeries there on fixed days.

4. Preventing illness in the first place

Prevention costs far less than treatment. Free health check-ups are offered every year to registered poor people aged 65 and over. Programmes against endemic diseases have made steady progress: screening for tuberculosis has been extended to all poor counties in the west, and in the pastoral areas of Sichuan, Qinghai and the Tibet Autonomous Region, the Centres for Disease Control and Prevention (CDC) run campaigns against echinococcosis, treating infected dogs and screening herders. Among children aged 6 to 24 months in poor counties, the rate of anaemia has been reduced by half through the free distribution of nutrition sachets.

As a result of these measures, the number of registered poor people who had fallen into poverty because of illness dropped from 7.34 million at the end of 2015 to 0.98 million at the end of 2019, a decrease of 86.6 per cent. The Health Poverty Alleviation Project has shown that a basic safety net for health, paid for largely from public funds, is within reach even in the poorest areas. The task now is to make these gains last, so that illness no longer throws the families who have escaped poverty back into it.
'''

ERRORS = [
    ("allocated RMB 28.7 billion to subsidise", "RMB 28.7 billion", "RMB 28.7", "number",
     "scale word 'billion' lost: a central allocation of RMB 28.7"),
    ("Under this pairing of the 1118 tertiary", "1118", "1181", "number",
     "digits swapped: the paired tertiary hospitals are given as 1118 earlier in the same subsection"),
    ("a decrease of 86.6 per cent", "86.6", "68.6", "number",
     "from 7.34 million to 0.98 million is a fall of 86.6 per cent, not 68.6"),
    ("In the first year of the project, 2016,", "2016", "2017", "number",
     "the project was launched in 2016, so its first year cannot be 2017"),
    ("about 2100 villages in poor areas", "2100 villages", "2,100 villages", "consistency",
     "house style writes four-digit numbers without a comma (3000, 1118, 1346)"),
    ("screening for tuberculosis has", "tuberculosis", "tuberculsis", "spelling",
     "misspelling of 'tuberculosis'"),
    ("Reimbursement that once took weeks", "Reimbursement", "Reimbursment", "spelling",
     "misspelling of 'Reimbursement'"),
    ("and medical assistance covers much", "medical assistance", "medial assistance", "spelling",
     "real-word typo: 'medial' for 'medical' (letter dropped)"),
    ("so that costs are known in advance", "costs", "cots", "spelling",
     "real-word typo: 'cots' for 'costs' (letter dropped)"),
    ("The share of inpatient costs paid by patients themselves has fallen", "has", "have", "grammar",
     "agreement: the subject is 'The share' (singular), not 'patients'"),
    ("one of the main causes of poverty in rural China", "causes", "cause", "grammar",
     "'one of the main ...' needs the plural 'causes'"),
    ("can receive haemodialysis", "receive", "received", "grammar",
     "after the modal 'can' the bare infinitive 'receive' is needed"),
    ("depends on the strength of their hospitals", "on", "of", "grammar",
     "wrong preposition: 'depends on'"),
    ("at a single \u201cone-stop\u201d window", "\u201cone-stop\u201d", "\u201cone-stop\"", "punctuation",
     "quote styles mixed: a curly opening quote closed by a straight one"),
    ("Prevention (CDC) run", "(CDC)", "(CDC", "punctuation",
     "unmatched bracket: '(CDC' is never closed"),
    ("The Health Poverty Alleviation Project has shown", "Health Poverty Alleviation Project", "Health Poverty Relief Programme", "consistency",
     "the same programme is called the 'Health Poverty Alleviation Project' earlier in the section"),
    ("Under a pairing programme launched", "programme", "program", "consistency",
     "American spelling 'program' in a section that uses British 'programme' throughout"),
    ("On top of basic medical insurance, serious illness insurance lowers", "serious illness insurance", "big disease insurance", "terminology",
     "literal calque of 大病保险: the standard rendering is 'serious illness insurance' (used elsewhere in the section)"),
    ("For chronic diseases such as hypertension and diabetes, contracted family doctor services", "contracted family doctor services", "family doctor signing services", "terminology",
     "literal calque of 家庭医生签约服务: 'contracted family doctor services'"),
    ("Village doctors and doctors from township health centres visit", "township health centres", "\u4e61\u9547\u536b\u751f\u9662", "untranslated",
     "Chinese characters 乡镇卫生院 left in the English text: 'township health centres'"),
]
