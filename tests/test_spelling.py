"""Spelling: the Hunspell lexicon, pinyin recognition, the non-word rule (TC410) and the confusion
model (TC430, which replaced the per-pair rules TC411-TC426). Every sentence here is written for
these tests (none is from the seed or the corpus)."""
import json
from pathlib import Path

import pytest

from termcheck.config import Config
from termcheck.engine import Engine, data_dir, load_glossary
from termcheck.lang.lexicon import Lexicon, lexicon
from termcheck.lang.ngrams import DATA, confusables
from termcheck.lang.pinyin import is_pinyin_name, is_pinyin_word, segment
from termcheck.model import Document
from termcheck.ruleset import build_rule, load_rules

ROOT = Path(__file__).resolve().parent.parent
RULES = {r.id: r for r in load_rules([data_dir("rules") / "spelling.yml"])}


def run(ids, text, glossary=None):
    rules = [RULES[i] for i in ids]
    return Engine(rules, glossary).check(Document.from_text(text))


def _shipped_engine():
    return Engine([RULES["TC410"], RULES["TC430"]], load_glossary(Config()))


@pytest.fixture(scope="module")
def shipped():
    """The spelling rules with the shipped glossary (as the CLI runs them)."""
    engine = _shipped_engine()
    return lambda text: engine.check(Document.from_text(text))


# ---------------------------------------------------------------- pinyin

@pytest.mark.parametrize("name", ["Xinlong", "Wangcang", "Liangshan", "Guang'an", "Guang’an", "Dege",
                                  "Zhejiang", "Heilongjiang", "Xishuangbanna", "Qinba", "Wumeng", "Xi'an"])
def test_pinyin_names_are_recognised(name):
    assert is_pinyin_name(name)


@pytest.mark.parametrize("word", ["Kashin", "Goverment", "Mexico", "Dean", "Lhasa", "Urumqi", "XINLONG", "xinlong"])
def test_non_pinyin_or_not_a_name(word):
    assert not is_pinyin_name(word)


def test_vowel_initial_syllable_needs_an_apostrophe():
    assert segment("Xi'an") == ("xi", "an")
    assert segment("Xian") == ("xian",)
    assert segment("Dean") is None  # de + an would need "De'an"


def test_lowercase_pinyin_loanwords_need_two_syllables():
    assert is_pinyin_word("hukou") and is_pinyin_word("dibao")
    assert not is_pinyin_word("fo")  # a typo of "of" is not excused as pinyin
    assert is_pinyin_word("xiang") and is_pinyin_word("shui") and not is_pinyin_word("jin")


# ---------------------------------------------------------------- the Hunspell lexicon

def test_lexicon_loads_once_and_is_large():
    assert lexicon() is lexicon()
    assert len(lexicon().lower) > 150_000  # en_US + en_GB stems expanded by their affix rules
    assert len(lexicon().counts) > 100_000  # frequencies for ranking


@pytest.mark.parametrize("word", ["subsidys", "countys", "implementd", "overcomed", "developped",
                                  "undertakeing", "unfulfiled", "goverment", "recieve", "alleviaton"])
def test_non_words_are_unknown(word):
    """Forms that a home-made affix stripper accepted: Hunspell's own rules do not generate them."""
    assert not lexicon().known(word)


@pytest.mark.parametrize("word", ["subsidies", "counties", "implemented", "overcame", "developed", "undertaking",
                                  "unfulfilled", "colour", "color", "organisation", "organization", "programme",
                                  "centres", "defence", "labours", "modelling", "judgement", "reemployment",
                                  "trainings", "speeded"])
def test_dictionary_words_british_and_american(word):
    assert lexicon().known(word)


@pytest.mark.parametrize("word", ["goverment", "recieve", "alleviaton", "developement", "infrastucture"])
def test_typos_get_a_suggestion_one_edit_away(word):
    assert lexicon().suggest(word)[0][1] == 1


def test_suggestions_rank_distance_then_keyboard_then_frequency():
    lex = Lexicon({"tackling", "tacking", "talking", "stacking", "fund", "find", "fond"}, set(),
                  {"tackling": 500, "tacking": 100, "talking": 9000, "stacking": 60, "fund": 100, "find": 9000,
                   "fond": 5000})
    got = [w for w, _ in lex.suggest("tacklng", 3)]
    assert got[:2] == ["tackling", "tacking"]  # both one edit away: the more frequent first
    assert got[-1] == "talking"  # distance 2 comes after every distance-1 word, however frequent
    # "fumd": u->i (find) is not a neighbouring key, m->n (fund) is; adjacency beats frequency
    assert lex.suggest("fumd", 3)[0][0] == "fund"
    assert lex.suggest("fnud", 3)[0] == ("fund", 1)  # a transposition is one edit


def test_closed_compounds_of_common_words():
    assert lexicon().compound("roundtable") and lexicon().compound("dryland")
    assert not lexicon().compound("goverment") and not lexicon().compound("povetry")


# ---------------------------------------------------------------- the non-word rule

def test_typos_caught_and_names_silent():
    text = ("The goverment of Xinlong County and Wangcang County met in Guang'an City. "
            "Liangshan Prefecture and Dege County recieve funds, etc.")
    found = run(["TC410"], text)
    assert [(f.text, f.suggestions[0]) for f in found] == [("goverment", "government"), ("recieve", "receive")]


@pytest.mark.parametrize("word", ["subsidys", "countys", "implementd", "overcomed", "developped", "undertakeing",
                                  "unfulfiled"])
def test_issue_non_words_are_reported(word):
    assert [f.text for f in run(["TC410"], f"The village {word} the plan last year.")] == [word]


def test_suggestions_prefer_the_documents_and_the_glossarys_words():
    text = "The plan for poverty alleviation was revised; allevation of hardship came first."
    (f,) = run(["TC410"], text)
    assert f.text == "allevation" and f.suggestions[0] == "alleviation"  # not "allegation"

    class G:
        def words(self):
            return {"poverty"}

        def acronyms(self):
            return set()

    (g,) = run(["TC410"], "A new povetry line was set.", G())
    assert g.suggestions[0] == "poverty"  # a typo inside a glossary term's word: the term's word, not "poetry"


def test_foreign_words_far_from_english_are_not_typos():
    assert run(["TC410"], "Farmers grow konjac and tsaoko on the slopes.") == []


def test_documents_consistent_word_is_accepted_unless_its_look_alike_is_there():
    text = "The resettlers moved in May. Resettlers got houses. All resettlers were trained."
    assert run(["TC410"], text) == []
    text = "The goverment met. The goverment agreed. The goverment paid. The government is new."
    assert len(run(["TC410"], text)) == 3


def test_glossary_words_are_accepted():
    class G:
        def words(self):
            return {"farmex"}

        def acronyms(self):
            return {"SPBPRR"}

    assert [f.text for f in run(["TC410"], "The farmex model; the goverment agreed.")] == ["farmex", "goverment"]
    assert [f.text for f in run(["TC410"], "The farmex model; the goverment agreed.", G())] == ["goverment"]
    assert run(["TC410"], "A moderately prosperous xiaokang society and the dibao system.") == []


def test_glossary_without_helpers_does_not_break_spelling():
    assert [f.text for f in run(["TC410"], "The goverment met.", object())] == ["goverment"]


def test_repeated_checks_give_the_same_findings():
    text = "The goverment met. The government paid. " * 25
    a = run(["TC410"], text)
    b = run(["TC410"], text)
    assert len(a) == 25 and [(f.start, f.end) for f in a] == [(f.start, f.end) for f in b]


def test_distinct_tokens_equal_the_regex_matches_per_segment():
    """The tokens taken from the white-space tokens (one segment: the shared token counts) are the
    regex's own matches, segment by segment, with joiners, digits, numerals and odd white space."""
    from termcheck.engine import Context
    from termcheck.kinds.spelling import TOKEN, _distinct_tokens
    from termcheck.model import Segment

    parts = ["Poverty-alleviation", "don’t", "x--y", "'quoted'", "12th", "No.53", "a_b", "²abc", "½mu",
             "Guang'an,", "(county)", "e-mail@host", "--", "’’", "Ⅻ", "naïve", "Straße", "京津冀", "ab\u00a0cd",
             "x\u2003y", "tab\there", "line\x1cbreak", "end."]
    import random
    rnd = random.Random(7)
    texts = [" ".join(rnd.choice(parts) for _ in range(60)) + rnd.choice(["", " ", "\n"]) for _ in range(6)]
    single = Document.from_text(texts[0])
    multi = Document(path="multi.txt", text="\n".join(texts),
                     segments=tuple(Segment(id=str(i), text=t) for i, t in enumerate(texts)))
    for doc in (single, multi):
        ctx = Context(document=doc, config=Config(), glossary=None)
        assert _distinct_tokens(ctx) == [set(TOKEN.findall(seg.text)) for seg in ctx.segments]


def test_plain_word_shortcut_gives_the_full_verdict():
    """``token_problems``'s shortcut for plain ASCII words agrees with the per-part verdict."""
    from termcheck.kinds.spelling import LATIN, PART, _verdict_part, token_problems

    p = RULES["TC410"].params
    words = ["government", "Government", "goverment", "Goverment", "GOVERMENT", "iPhone", "xiv", "Xiv", "ab",
             "Ab", "a", "I", "roundtable", "konjac", "hukou", "Xinlong", "China", "china", "abbot", "Tel",
             "subsidys", "subsidies", "Blang", "allevation", "McDonald", "well-orgnized", "pre-existing",
             "Poverty-Alleviation", "poverty--alleviation", "anti-Goverment", "x-ray", "A-B", "co-op", "iii-iv",
             "ab1", "a12", "-", "--x", "", "a"]
    for w in words:
        full = []
        if LATIN.match(w):
            for m in PART.finditer(w):
                v = _verdict_part(m.group(), p)
                if v is not None:
                    full.append((m.start(), m.end(), *v))
        assert token_problems(w, p) == tuple(full), w


def test_packed_members_equal_membership(monkeypatch):
    """``PackedCounts.members`` (the bulk look-up of the suggestions' edit candidates) answers as
    ``in`` does, for few and many words per bucket, packed and unpacked."""
    import marshal

    from termcheck.lang import packed

    lex = lexicon()
    words = [w for w, _ in zip(lex.lower, range(3000))]
    counts = dict.fromkeys(words, 1)
    table = packed.PackedCounts(marshal.loads(marshal.dumps(packed.pack(counts))))
    for probe in ("goverment", "allevation", "polcy", "a", "zz"):
        cands = lex._edits1(probe) | set(words[:50]) | {"", "x" * 30, "naïve", "it's"}
        assert table.members(cands) == {c for c in cands if c in counts}
        assert lex.lower.members(cands) == {c for c in cands if c in lex.lower}
    monkeypatch.setattr(packed, "UNPACK_AFTER", 0)
    table.get("x")
    cands = lex._edits1("polcy") | set(words[:9])
    assert table._dict is not None and table.members(cands) == {c for c in cands if c in counts}


def test_hyphen_parts_and_code_like_tokens():
    found = run(["TC410"], "A well-orgnized pre-existing plan, see https://example.org/abcdefg and 12th item.")
    assert [f.text for f in found] == ["orgnized"]


def test_house_words_through_params():
    r = RULES["TC410"]
    raw = r.spec.model_dump()
    raw["params"] = {**raw["params"], "accept": ["farmex", "etc"]}
    found = Engine([build_rule(raw, r.path, r.line)]).check(Document.from_text("The farmex and the goverment, etc."))
    assert [f.text for f in found] == ["goverment"]


# ---------------------------------------------------------------- the confusion data

def test_confusion_data_is_large_annotated_and_made_of_real_words():
    sets = [ln.split("\t") for ln in Path(DATA).read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith(("#", "@"))]
    assert len(sets) >= 150
    assert all(len(cols) == 3 and cols[2].strip() for cols in sets)
    for form in confusables().pairs:
        assert lexicon().known(form.replace("’", "'")), form  # non-words are TC410's business


def test_old_rule_ids_resolve_to_the_model():
    engine = Engine(list(RULES.values()))
    for old in ["TC411", "TC412", "TC415", "TC418", "TC420", "TC421", "TC426"]:
        assert engine.by_id[old].id == "TC430"


def test_confusion_data_errors_are_one_line(tmp_path):
    from termcheck.errors import TermcheckError
    from termcheck.lang.ngrams import _parse

    bad = tmp_path / "c.tsv"
    bad.write_text("form|from\tweight=3\ta note\n", encoding="utf-8")
    with pytest.raises(TermcheckError) as e:
        _parse(str(bad))
    assert "c.tsv:1" in str(e.value) and "\n" not in str(e.value)
    bad.write_text("form\t-\ta note\n", encoding="utf-8")
    with pytest.raises(TermcheckError):
        _parse(str(bad))


# ---------------------------------------------------------------- the confusion model

CAUGHT = [  # (sentence, the slip, the fix): every pair of the issue, and both directions where English allows
    ("Delegates from Ghana and other African counties visited the greenhouse.", "counties", "countries"),
    ("Volunteers from Kenya, Peru and other developing counties joined the training course.", "counties", "countries"),
    ("Xinlong Country built 300 greenhouses last year.", "Country", "County"),
    ("The key problem tacking campaign began in March.", "tacking", "tackling"),
    ("Most villagers came form the mountains.", "form", "from"),
    ("The households moved away form the landslide area.", "form", "from"),
    ("The results were different form those of last year.", "form", "from"),
    ("The plan was agreed in principle in May. The budget was approved in principal in June.", "principal", "principle"),
    ("The county will expend the scheme to 20 more villages.", "expend", "expand"),
    ("The cooperative will expend its market share next year.", "expend", "expand"),
    ("Residents gained assess to safe drinking water.", "assess", "access"),
    ("Auditors will access whether the funds were used properly.", "access", "assess"),
    ("The road will be repaired at a latter date.", "latter", "later"),
    ("The later part of the project was delayed.", "later", "latter"),
    ("Electricity prices are lower then last year.", "then", "than"),
    ("We finished the survey and than started the training.", "than", "then"),
    ("The new bridge had a positive affect on trade.", "affect", "effect"),
    ("The typhoon did not effect the harvest.", "effect", "affect"),
    ("The clinic will loose money if prices fall.", "loose", "lose"),
    ("The project was lead by the provincial office.", "lead", "led"),
    ("It plays a mayor role in the local economy.", "mayor", "major"),
    ("Average per capital income reached 9,000 yuan.", "capital", "capita"),
    ("The county has taken steps to insure that every child attends school.", "insure", "ensure"),
    ("The township gave technical advise to the growers.", "advise", "advice"),
    ("The economical development of the county was rapid.", "economical", "economic"),
    ("The work will precede according to the plan.", "precede", "proceed"),
    ("The plan was quiet successful.", "quiet", "quite"),
    ("Farmers asked weather the loan could be extended.", "weather", "whether"),
    ("The whether was dry in spring.", "whether", "weather"),
    ("The project site was moved to a new sight near the river.", "sight", "site"),
    ("Local residence were consulted on the plan.", "residence", "residents"),
    ("The forth stage began in 2016.", "forth", "fourth"),
    # word-class evidence (lang.slots, the next word's class, the verb frame, the local tense)
    ("The principle donors of the school met in May.", "principle", "principal"),
    ("The principle Ministry officials of the province arrived on Monday.", "principle", "principal"),
    ("The office will try to relief the burden on families.", "relief", "relieve"),
    ("The county should advice the growers on pest control.", "advice", "advise"),
    ("Last spring, Wang lead the villagers to build a road, and they finished it in May.", "lead", "led"),
    ("In 2019, Zhou lead a survey team to the border villages, which was the first such visit.", "lead", "led"),
    ("They adopt the methods to local conditions.", "adopt", "adapt"),
    ("Governments adopt policies to local realities.", "adopt", "adapt"),
    ("The plan covers the early and latter-phase tasks.", "latter", "later"),
    # the kind of object a verb takes (lang.phrases, @object in confusables.tsv): an amount of money
    ("The fund will lone RMB 500,000 to the growers.", "lone", "loan"),
    ("Careless spending can waist 3 million yuan a year.", "waist", "waste"),
    # the head of a noun phrase (determiner, modifiers, _, preposition): the determiner back-off
    ("The subsidy had a multiplier affect on rural demand.", "affect", "effect"),
    ("The township saw a clear spillover affect in trade.", "affect", "effect"),
    ("The bus line had a network affect on tourism.", "affect", "effect"),
    ("The spillover affect of the fair on hotels was large.", "affect", "effect"),
    # the document's phrase evidence still counts a correct phrase far away in the same sentence
    ("Key counties in the north of the province received funds first, while the key countries in "
     "the south of the province, which had better roads, waited until May.", "countries", "counties"),
]

SILENT = [
    # a resource after a verb of spending is its object (@class RESOURCE): "expend", not "expand"
    "The township will expend great effort on the new irrigation channels.",
    "Teachers should expend more time on pupils who fall behind.",
    "Officials will expand the resources of the county hospital.",
    "Officials from 30 counties attended the provincial training seminar on village planning.",
    "Officials from Laos and Cambodia visited poor counties in Yunnan.",
    "The county government of Kenya met delegates from several developing countries.",
    "Xinlong County built 300 greenhouses last year.",
    "The key problem tackling campaign began in March.",
    "The boat was tacking into the wind.",
    "Please fill in the application form before Friday.",
    "Most villagers came from the mountains.",
    "The plan was approved in principle by the county.",
    "The principal of the middle school spoke.",
    "The principal task follows the principle of voluntary participation.",
    "The county will expand the scheme to 20 more villages.",
    "The township spent its funds and will expand the greenhouse area.",
    "Residents gained access to safe drinking water.",
    "Auditors will assess whether the funds were used properly.",
    "The road will be repaired at a later date.",
    "Of the two plans, the latter was adopted.",
    "Electricity prices are lower than last year.",
    "We finished the survey and then started the training.",
    "The new bridge had a positive effect on trade.",
    "The typhoon did not affect the harvest.",
    "The bolts were loose after the flood.",
    "The project was led by the provincial office.",
    "The mayor of the city attended the ceremony.",
    "Per capita income rose by nine percent, more than the target.",
    "Every household should be insured against crop failure.",
    "The planting area of tea reached 2,000 mu.",
    "The township gave technical advice to the growers.",
    "Experts will advise farmers on irrigation.",
    "Buying in bulk is more economical for the cooperative.",
    "Spring planting will precede the rainy season.",
    "The work will proceed according to the plan.",
    "The valley is quiet at night, and the plan was quite successful.",
    "Farmers asked whether the loan could be extended. The weather was dry in spring.",
    "The sight of new houses pleased the villagers at the new site.",
    "Her residence is near the clinic; local residents were consulted.",
    "The fourth stage began in 2016, and officials went back and forth between the villages.",
    # word-class evidence: the correct counterparts, and the same forms where the class fits
    "The principal donors of the school met in May.",
    "The principal Ministry officials of the province arrived on Monday.",
    "The principle China has followed is self-reliance, and it is a principle Party members uphold.",
    "The principle farmers follow is simple: the principle households must follow is thrift.",
    "This principle guides the plan, and the principle applies to every township.",
    "The office will try to relieve the burden on families. Relief funds arrived in March.",
    "The county should advise the growers on pest control.",
    "Last spring, Wang led the villagers to build a road, and they finished it in May.",
    "They let Wang lead the team, and the road was finished in May.",
    "Last year the county helped Li lead the cooperative, and incomes rose.",
    "Today Wang leads the team, and the road is open.",
    "He will lead the survey team to the border villages next autumn.",
    "The Poverty Alleviation Lead Group met in March.",
    "They adapt the methods to local conditions.",
    "The villages adopt new methods to raise yields.",
    "The villages adopt the methods of their neighbours.",
    "Villages adopt a new approach to tourism, and the counties adopt a positive attitude to migrants.",
    "Many cooperatives adopt a similar solution to the problem.",
    "The team needs to assess the damage to the crops.",
    "The counties adopted the plan in 2015 and applied it to ten villages.",
    "The township will ensure that the funds reach the households on time.",
    "The later-phase tasks start next year; of the two phases, the latter is longer.",
    # an amount of money after a verb of spending is its object ("expand" takes none)
    "The township plans to expend RMB 800,000 on the clinic.",
    "Each village will expend about 50,000 yuan on water pipes.",
    "The county has expended 3 billion yuan on relocation since 2016.",
    "The bank will loan 2 million yuan to the cooperative.",
    "Careless spending can waste 3 million yuan a year.",
    "The county will lose 2 million yuan if prices fall, and the county raised 2 million yuan for the school.",
    # an amount after a verb of another kind is a measure, and an area is no money
    "Incomes rose 1,200 yuan last year.",
    "The new greenhouses will expand 300 mu of farmland.",
    # the head of a noun phrase: correct nouns, and verbs after a subject
    "The subsidy had a multiplier effect on rural demand.",
    "The township saw a clear spillover effect in trade.",
    "The new rules affect about 200 households.",
    "This policy affects in particular the poorest households.",
    "The county government committed to building roads.",
    "How does the new policy affect farmers in the valley?",
    "The school principal of the county spoke.",
    # a parallel phrase beside the word is a contrast, not the document's usage
    "China helps poor countries abroad and poor counties at home.",
    "Experience gained in poor counties at home is shared with poor countries in Africa and Asia.",
    "Teachers from key counties and from key countries of Asia met in Kunming.",
]


@pytest.mark.parametrize("text,slip,fix", CAUGHT, ids=[c[1] + "->" + c[2] for c in CAUGHT])
def test_confusion_caught_in_new_sentences(shipped, text, slip, fix):
    found = [f for f in shipped(text) if f.rule == "TC430"]
    assert [(f.text, f.suggestions[0]) for f in found] == [(slip, fix)]
    assert "“" in found[0].message.split(":", 1)[1]  # the message names its evidence


@pytest.mark.parametrize("text", SILENT)
def test_correct_sentences_stay_silent(shipped, text):
    assert shipped(text) == []


def test_message_names_the_evidence(shipped):
    (f,) = shipped("Most villagers came form the mountains.")
    assert "“came from the”" in f.message and "“came form the”" in f.message


# ---------------------------------------------------------------- word-class evidence (lang.slots)

def test_slot_data_is_parsed_and_names_known_classes():
    from termcheck.lang.slots import grammar

    g = grammar()
    assert {"DET", "PREP", "TO", "MODAL", "SUBJ", "CAUSE"} <= set(g.classes)
    assert "the" in g.classes["DET"] and "of" in g.classes["PREP"]
    assert {s.need for s in g.slots} <= {"N", "J", "V", "VB", "VBD", "VBZ", "R"}
    assert all(s.note for s in g.slots)
    assert g.objects and all(o.note and o.weight > 0 for o in g.objects)
    assert g.objects[0].kind.split("|") == ["money", "RESOURCE"] and "effort" in g.classes["RESOURCE"]
    assert {"spend", "expend", "lend"} <= g.objects[0].lemmas and "expand" not in g.objects[0].lemmas
    from termcheck.lang.quantity import KINDS, LABEL_KINDS
    from termcheck.lang.slots import OBJECT_KINDS

    assert set(OBJECT_KINDS) == set(KINDS) - LABEL_KINDS  # an @object names a kind quantities carry


def test_slot_data_errors_are_one_line(tmp_path):
    from termcheck.errors import TermcheckError
    from termcheck.lang.slots import grammar

    bad = tmp_path / "c.tsv"
    for line in ("@slot\tDET\tN\tJ\theavy\ta note\n", "@slot\tDET\tN\tJ\n", "@slot\tNOPE\tN\tJ\t1\ta note\n",
                 "@object\tmoney\tspend\theavy\ta note\n", "@object\tcash\tspend\t3\ta note\n",
                 "@object\tmoney\t \t3\ta note\n", "@object\tmoney\tspend\t3\n",
                 "@object\tmoney|NOCLASS\tspend\t3\ta note\n"):
        bad.write_text(line, encoding="utf-8")
        with pytest.raises(TermcheckError) as e:
            grammar.__wrapped__(str(bad))
        assert "c.tsv" in str(e.value) and "\n" not in str(e.value)


def test_word_classes_come_from_the_lexicon():
    from termcheck.lang.ngrams import word_class
    from termcheck.lang.slots import classes_of

    assert "J" in classes_of("principal") and "J" not in classes_of("principle")
    assert "VBD" in classes_of("led") and "VB" in classes_of("lead") and "VBD" not in classes_of("lead")
    assert word_class("leaders") == "N" and word_class("the") == "the" and word_class("35") == "#"


@pytest.mark.parametrize("prev,cap,written,alt,nxt,sign", [
    ("the", False, "principle", "principal", "donors", 1),     # determiner _ noun: an adjective
    ("the", False, "principal", "principle", "donors", -1),    # ... and the other way round
    ("should", False, "advice", "advise", "the", 1),           # modal _ : a verb
    ("zhou", True, "lead", "led", "a", 1),                     # singular name _ : not the base form
    ("zhou", False, "lead", "led", "a", 0),                    # not a name inside a sentence: nothing
    ("the", False, "grain", "gain", "prices", 0),              # same classes: the class says nothing
])
def test_slot_evidence_both_ways(prev, cap, written, alt, nxt, sign):
    from termcheck.lang.slots import slot_evidence

    v, _ = slot_evidence(prev, cap, written, alt, nxt, False)
    assert (v > 0) - (v < 0) == sign


def test_class_backoff_speaks_only_where_no_pair_is_listed():
    from termcheck.lang.ngrams import ngrams

    g = ngrams()
    assert g.class_ratio("principle", "principal", "donors") > 1.5   # nouns follow the adjective
    assert g.class_ratio("principal", "principle", "donors") < -1.5
    assert g.class_ratio("principle", "principal", "of") == 0.0      # a listed pair: the word pairs decide
    assert g.class_ratio("form", "from", "joint") == 0.0             # an ambiguous neighbour says nothing


@pytest.mark.parametrize("text,verb", [
    ("China has followed it", True), ("Party members must follow", True), ("farmers follow it", True),
    ("leaders of the county", False), ("Party and government leaders of", False), ("donors.", False),
])
def test_a_verb_after_the_noun_marks_a_clause(text, verb):
    from termcheck.lang.slots import verb_after_noun

    assert verb_after_noun("the principle " + text, len("the principle ")) is verb


def test_past_tense_needs_past_context(shipped):
    past = "That autumn, Wang lead the villagers to the fields, and they harvested the maize."
    present = "Every autumn, Wang lead the villagers to the fields, and they harvest the maize."
    assert [(f.text, f.suggestions[0]) for f in shipped(past)] == [("lead", "led")]
    assert shipped(present) == []


def test_the_written_word_elsewhere_in_another_slot_does_not_vouch_for_it(shipped):
    slip = ("The principle of fairness guides the fund, and the principle of openness guides its board. "
            "The principle donors of the fund met in May.")
    fixed = slip.replace("principle donors", "principal donors")
    assert [(f.text, f.suggestions[0]) for f in shipped(slip)] == [("principle", "principal")]
    assert shipped(fixed) == []


# ---------------------------------------------------------------- precision and the seed

@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "corpus" / "clean").glob("*.txt"))
                         + sorted((ROOT / "tests" / "fixtures" / "clean").glob("*.txt")), ids=lambda p: p.name)
def test_clean_texts_yield_no_spelling_finding(shipped, path):
    """Property: correct text of the genre (the corpus' clean twins, the clean fixtures) stays silent."""
    text = path.read_text(encoding="utf-8")
    assert [(f.rule, f.text) for f in shipped(text)] == []


def test_seed_spelling_slips():
    seed = ROOT / "seeds" / "000_650a57b38a898bbd.txt"
    gold = [json.loads(line) for line in (ROOT / "seeds" / "000_650a57b38a898bbd.gold.jsonl").open(encoding="utf-8")]
    found = _shipped_engine().check(Document.from_text(seed.read_text(encoding="utf-8"), str(seed)))
    for quote in ("tacking", "Asian Counties"):
        (g,) = [g for g in gold if g["quote"] == quote]
        assert any(f.start < g["end"] and g["start"] < f.end for f in found), quote


def test_their_there_both_ways_in_new_sentences():
    # sentences written for this test
    from termcheck.engine import Engine
    from termcheck.model import Document
    eng = Engine.from_config()

    def tc430(text):
        return [(f.text, f.suggestions[:1]) for f in eng.check(Document.from_text(text, path="t.txt")) if f.rule == "TC430"]

    assert tc430("Farmers and there children moved to the new town.") == [("there", ("their",))]
    assert tc430("Farmers and their children moved to the new town.") == []
    assert tc430("There are two clinics, and their doctors come from there.") == []


def test_word_pair_table_split_keeps_every_pair():
    """The kept pairs are split into those with a confusable word (a dict: the model's look-ups)
    and the rest (packed: the verb frame's "noun preposition"); ``count`` answers from both."""
    from termcheck.lang.ngrams import ngrams

    g = ngrams()
    forms = set(confusables().pairs)
    assert g.bi and len(g.other) > 1000
    assert all(a in forms or b in forms for a, b in (p.split(" ") for p in g.bi))
    other = dict(g.other.items())
    assert not other.keys() & g.bi.keys()
    assert all(a not in forms and b not in forms for a, b in (p.split(" ") for p in other))
    for pair, c in list(other.items())[:500] + list(g.bi.items())[:500]:
        assert g.count(pair) == c
    assert g.count("approach to") > 0 and g.count("zzqx to") == 0
