"""Checks for lesson 05 (frames): naming, distinctive words, a neutral headline.

    >>> check_neutral_headline("Russian general says US trained former ISIS fighters").status
    'correct'
"""

from __future__ import annotations

import re

from ..lexicons import entry_forms
from . import headline_replies as hr
from . import headline_sources as hs
from .answers import MAX_CHARS, check_choice, loose, match_choice, need_text, norm, quote_list
from .headline_sources import adds_negation, find_phrase, source_words
from .helpers import corpus_or_bundled, spans_in_text
from .reading import guarded
from .result import CORRECT, INCORRECT, PARTLY, CheckResult

__all__ = ["check_naming", "name_key", "check_distinctive_word", "check_neutral_headline", "MAX_HEADLINE_WORDS", "headline_words",
           "how_it_attributes", "loaded_verbs", "saying_forms", "spelled_verbs", "states_contested_claim",
           "reports_no_news", "adds_negation"]

SMALL_NUMBERS = dict(enumerate("zero one two three four five six seven eight nine ten".split()))
MAX_HEADLINE_WORDS = 30  # a longer "headline" is refused before any word list is run
DEED = "Check that it still says what the article claims: who did what to whom."  # what no word list can see


def times(n) -> str:
    """How often, in words: "once", "twice", "3 times" (never "1 times").
    >>> times(1), times(2), times(7)
    ('once', 'twice', '7 times')
    """
    return {0: "no times", 1: "once", 2: "twice"}.get(int(n), f"{int(n)} times")


def name_key(name: str) -> str:
    """How an answer and a row of kit.naming are compared: the kit's one spelling key for names
    (:func:`kit.concepts.spelling_key`: "U.S." is "US", case aside), and a leading "the" aside
    ("United States" stays a different name: the exercise is about word choice).

    >>> name_key("the U.S. military"), name_key("US military"), name_key("U.S.A.")
    ('us military', 'us military', 'us')
    """
    from kit.concepts import spelling_key
    return re.sub(r"^the ", "", spelling_key(norm(str(name))))


@guarded
def check_naming(answer, concept: str, outlet: str, articles=None) -> CheckResult:
    """Which name does ``outlet`` use most often for ``concept`` (e.g. "United States")?

    Spelling variants of one name ("U.S. military", "US military") are counted together and
    either spelling is accepted (see :func:`name_key`).

    >>> check_naming(3, "United States", "wsws.org").status
    'wrong_type'
    """
    import kit
    problem = need_text(answer, "name")
    if problem is not None:
        return problem
    table = kit.naming(corpus_or_bundled(articles))
    outlet_hit = match_choice(outlet, table["outlet"].astype(str)) or outlet
    rows = table[(table["concept"].astype(str).str.lower() == concept.lower())
                 & (table["outlet"].astype(str) == outlet_hit)]
    rows = rows[rows["count"] > 0]
    known = list(dict.fromkeys(table["concept"].astype(str)))
    if concept.lower() not in {k.lower() for k in known}:
        return CheckResult(INCORRECT, f"the kit finds no actor called {concept!r} in these articles.",
                           f"Use one of the actors found: {', '.join(known)}.")
    if rows.empty:
        return CheckResult(INCORRECT, f"{outlet_hit!r} never names {concept!r} in this corpus.")
    # "U.S. military" and "US military" are one name spelt two ways: counted together, and either is accepted
    rows = rows.assign(key=rows["surface"].astype(str).map(name_key))
    shown = rows.sort_values("count", ascending=False, kind="stable").drop_duplicates("key")
    spelling = dict(zip(shown["key"], shown["surface"].astype(str)))
    rows = rows.groupby("key")["count"].sum().rename(index=spelling)
    top = rows.max()
    best = [n for n, c in rows.items() if c == top]
    typed = answer
    if isinstance(answer, str) and name_key(answer) in spelling:
        answer = spelling[name_key(answer)]
    elif isinstance(answer, str):
        # a name of the actor that this outlet never uses ("America" in WSWS) is a real name: say so
        of_concept = table[table["concept"].astype(str).str.lower() == concept.lower()]["surface"].astype(str)
        unused = {name_key(n): n for n in of_concept}
        if name_key(answer) in unused:
            return CheckResult(INCORRECT, f"{unused[name_key(answer)]!r} is a name for {concept}, but {outlet_hit} "
                               "does not use it.", f"Look at the names {outlet_hit} uses, and their counts.")
    result = check_choice(answer, best, list(rows.index), "name",
                          f"{outlet_hit} uses it {times(top)}. Compare with the other outlets' choices.",
                          lambda hit: f"{outlet_hit} uses {hit!r} {times(rows.get(hit, 0))}; "
                          f"its most frequent name is used {times(top)}.")
    if typed is not answer and not result.correct and loose(typed) != loose(answer):  # "USA": say how it was read
        result.message = result.message.replace(f"{answer!r} is not it", f"{typed.strip()!r} (read as {answer!r}) is not it")
    return result


@guarded
def check_distinctive_word(answer, group: str, articles=None, by: str = "outlet", top: int = 5) -> CheckResult:
    """Name a word that is distinctive of ``group``: one of its ``top`` longest bars (five, as the exercise
    asks) in :func:`kit.plot_distinctive_words`, counted as the plot counts them (grammar words such as
    "the" and "will" left out; :func:`kit.framing.top_distinctive_words`).

    Number ``top + 1`` to ``2 * top`` is partly right (distinctive, but not one of the longest bars), as
    is a misspelling close to exactly one of the longest bars ("did you mean …?"). A wrong answer is told
    where to look (the plot), never the words.

    >>> check_distinctive_word(["a", "b"], "wsws.org").status
    'wrong_type'
    """
    import kit

    from ..framing import FUNCTION_WORDS, top_distinctive_words
    from .answers import did_you_mean, known_words
    problem = need_text(answer, "word")
    if problem is not None:
        return problem
    table = kit.distinctive_words(corpus_or_bundled(articles), by=by)
    group_hit = match_choice(group, table[by].astype(str)) or group
    word = norm(answer)
    shown = " ".join(answer.split()).strip(" '\"“”‘’.,;:!?")  # what the student typed, in their case
    if word in FUNCTION_WORDS:
        return CheckResult(INCORRECT, f"'{shown}' is a grammar word: the plot leaves these out, because they say "
                                      "little about how an outlet frames events.",
                           "Choose one of the bars in the plot: a word with meaning of its own.")
    mine = top_distinctive_words(table, group_hit, n=len(table))
    ranks = {}
    for i, w in enumerate(mine["word"].astype(str)):  # "us" finds the bar "US" (acronyms keep capitals)
        ranks.setdefault(norm(w), i)
    typed = word
    forms = [f for f in (word, word + "s", word + "es", word[:-1] if word.endswith("s") else "",
                         word[:-3] + "y" if word.endswith("ies") else "", word[:-1] + "ies" if word.endswith("y") else "")
             if f in ranks]
    if forms:  # "terrorist" for the bar "terrorists": the same word; else the student's own word, with its own counts
        best = min(forms, key=ranks.get)
        word = best if ranks[best] < 2 * top or word not in ranks else word
    bars = SMALL_NUMBERS.get(top, str(top))
    where = f"Look at the {bars} longest bars of {group_hit} in the plot."
    if word in ranks and ranks[word] < 2 * top:
        rank = ranks[word]
        row = mine.iloc[rank]
        word = str(row["word"])
        same = f" (you wrote '{shown}': the same word)" if norm(typed) != norm(word) else ""
        chance = ("more than chance would explain" if float(row["z"]) >= 1.96 else
                  "though chance could explain a difference this small (its bar stops before the dashed line)")
        used = f"it uses it {int(row['count'])} times, more often than the other {by}s do, {chance}."
        if rank < top:
            return CheckResult(CORRECT, f"'{word}'{same} is number {rank + 1} of the words that set {group_hit} "
                               f"apart: {used}",
                               "The plot ranks words by how much more often this group uses them than the other "
                               "articles do; past the dashed line, chance alone is an unlikely reason for the difference.")
        return CheckResult(PARTLY, f"'{word}'{same} is distinctive, but not one of the {bars} longest bars: it is "
                           f"number {rank + 1}; {used}", where)
    guess = None
    if word not in ranks and typed not in known_words():
        guess = did_you_mean(typed, [norm(w) for w in mine["word"].astype(str).head(top)])
    if guess is not None:
        return CheckResult(PARTLY, f"'{shown}' is not a word of these articles: did you mean '{guess}'? "
                           "Check the spelling.", where)
    as_form = f" (as '{word}')" if word != typed and word in ranks else ""
    top_words = [str(w) for w in mine["word"].head(top)]
    related = [w for w in top_words if len(typed) >= 4 and norm(w) != typed
               and (norm(w).startswith(typed[:-1]) or typed.startswith(norm(w)[:-1])) and len(norm(w)) >= 4]
    detail = [where, f"A related word is among them: {quote_list(related)}." if related else ""]
    if word in ranks and ranks[word] < 50:
        return CheckResult(PARTLY, f"'{shown}'{as_form} leans towards {group_hit}, but is only number "
                           f"{ranks[word] + 1}.", detail)
    if word in ranks and not as_form:  # a word the group uses: its own counts, never another form's
        n, others = int(mine.iloc[ranks[word]]["count"]), int(mine.iloc[ranks[word]]["count_other"])
        uses = (f"{group_hit} does not use it (the other {by}s do, {others} times)" if n == 0 else
                f"{group_hit} uses it {times(n)} and the other {by}s {others} times; in the plot's order it would be bar number {ranks[word] + 1}")
        return CheckResult(INCORRECT, f"'{shown}' is not distinctive of {group_hit}: {uses}.", detail)
    rank = f" (its form '{word}' ranks number {ranks[word] + 1})" if as_form else ""
    return CheckResult(INCORRECT, f"'{shown}' is not distinctive of {group_hit}{rank}.", detail)


def headline_words() -> dict[str, frozenset]:
    """The word sets of ``data/headline_words.csv`` (lowercase): reporting nouns, words that report a
    claim as disputed, words that present a claim as proven, verbs of the attribution list that
    do not report speech in a headline ("plans", "wants"), and verbs of saying that cast doubt on
    what they report ("claims": lesson 03; "says" is the neutral verb); the parties and acts of the contested
    claim (a headline that names neither, "Convoy left Raqqa in October", states no contested claim),
    misspellings of "says"/"said" that no spelling distance finds ("sez"), words that name a report or a topic
    but no news ("article", "story": "Report on Raqqa" says nothing happened), and words of negation ("not",
    "never", "no", and "n't" as an ending) that reverse a claim, and adverbs that judge the claim ("falsely", "rightly").

    >>> "alleged" in headline_words()["disputed"], "reveals" in headline_words()["proven"]
    (True, True)
    >>> "claims" in headline_words()["casts_doubt"], "pentagon" in headline_words()["contested_party"]
    (True, True)
    >>> "story" in headline_words()["no_news"], "n't" in headline_words()["negation"]
    (True, True)
    """
    from ..datafiles import csv_lines, data_path
    from ..errors import LexiconError

    stamp, lines = csv_lines("headline_words.csv", ["set", "word"])
    if HEADLINE_CACHE.get("stamp") != stamp:
        path = data_path("headline_words.csv")
        sets: dict[str, set] = {"reporting_nouns": set(), "disputed": set(), "proven": set(), "not_speech": set(),
                                "casts_doubt": set(), "contested_party": set(), "contested_act": set(),
                                "misspelt_says": set(), "misspelt_said": set(), "no_news": set(), "negation": set(),
                                "judges_claim": set(), "judges_label": set(), "agrees": set()}
        for line, row in lines:
            if len(row) != 2 or row[0] not in sets or not row[1].strip():
                raise LexiconError(f"{path.name}: line {line} is {row}", file=str(path), field="set", line=line,
                                   fix=f"Write one of {sorted(sets)}, a comma, and a word.")
            sets[row[0]].add(row[1].strip().lower())
        HEADLINE_CACHE.update(stamp=stamp, sets={k: frozenset(v) for k, v in sets.items()})
    return HEADLINE_CACHE["sets"]


HEADLINE_CACHE: dict = {}


#: words that, with a reporting noun, still name no source ("Report:", "Reports say", "New report:")
BARE_SOURCE = frozenset("a an the new some latest media news reports report sources source".split())
FIGURE = re.compile(r"(?<![\w,.])(?!(?:19|20)\d\d\b)\d[\d,.]*|\b(?:dozens|hundreds|thousands|millions|tens of thousands)\b",
                    re.IGNORECASE)  # a year ("2017") dates the news; it is not a figure


def figures_in(headline: str) -> list[str]:
    """The figures of a headline: numbers and counting words ("4,000", "thousands").

    >>> figures_in("BBC report says thousands left Raqqa"), figures_in("Reuters says 4,000 left in October 2017")
    (['thousands'], ['4,000'])
    """
    return list(dict.fromkeys(m.group(0).rstrip(",.") for m in FIGURE.finditer(str(headline))))


def how_it_attributes(headline: str, lexicon=None) -> tuple[str, str]:
    """How a headline handles its claim: ("attributed", the words), ("disputed", the word) or ("", "").

    A claim is attributed when a source comes before a reporting verb ("Russia says …"), a
    source stands before a colon ("Russian general: …"), the verb comes after the claim
    ("…, Russia says") or "according to" names one. It is reported as disputed when a word
    such as "alleged", "denies" or "accused" says so. The detector's context rules apply ("claimed responsibility").

    >>> how_it_attributes("Russian general says US trained ISIS fighters")
    ('attributed', 'says')
    >>> how_it_attributes("WSWS says US helped ISIS fighters leave Raqqa, citing BBC report")
    ('attributed', 'says')
    >>> how_it_attributes("US helped ISIS leave Raqqa")
    ('', '')
    >>> how_it_attributes("Raqqa: US let ISIS fighters go")
    ('', '')
    >>> how_it_attributes("Fake news: WSWS lies about Raqqa")
    ('', '')
    """
    import kit

    from .answers import norm

    sets = headline_words()
    low = norm(headline).replace("’", "'")
    words = re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*|:", low)
    if ":" in words and 0 < words.index(":") <= 6 and words.index(":") < len(words) - 2:
        from ..wordsets import word_sets
        before = words[:words.index(":")]
        places = word_sets().places
        pushing = spans_in_text(" ".join(before), categories=["loaded_language", "label", "booster", "scare_quote"],
                                lexicon=lexicon)
        is_place = all(w in places or w in ("the", "in", "war", "battle", "crisis") for w in before) and not (
            hs.names_a_state(before))  # "Raqqa:" names a place; "Russia:", "Moscow:" a state that speaks, as "Kremlin:"
        rest = headline.split(":", 1)[1]  # "Syria: WSWS says …": a label before a claim already credited
        if (not is_place and pushing.empty and not set(before) & sets["proven"] and " ".join(before) not in
                sets["judges_label"] and not how_it_attributes(rest, lexicon)[0]):  # "Fact check:" judges: no source
            # "Raqqa:" names a place, and "Fake news:" or "Truth:" a judgement: neither is a source
            return "attributed", " ".join(before) + ":"
    table = kit.load_lexicon() if lexicon is None else lexicon
    verbs = table[table["category"] == "attribution"]
    forms = set()
    for term, variants in zip(verbs["term"], verbs["variants"]):
        forms.update(norm(f) for f in entry_forms(term, variants) if norm(f))
    forms -= sets["proven"] | sets["not_speech"]
    found = []  # the first way the headline attributes its claim ("WSWS says …, citing BBC report": "says")
    for form in sorted(forms | sets["reporting_nouns"], key=len, reverse=True):
        at = find_phrase(words, form)
        if at < 0:
            continue
        if (form == "according to" and at + 2 < len(words)) or (at > 0 and words[at - 1] not in (":",) and not (
                form in sets["disputed"] and at == len(words) - 1 and "," not in headline)):  # "US rescue … disputed"
            found.append((at, -len(form), form))
    found = [f for f in found if not hr.context_drops(headline, f[2])]  # the detector's context rules, as in a text
    if found:
        return "attributed", min(found)[2]
    for word in words:
        if word in sets["disputed"]:
            return "disputed", word
    return "", ""


def loaded_verbs(headline: str, lexicon=None) -> list[tuple[str, str]]:
    """The loaded verbs of saying in a headline ("slams", "blasts"), with the word list's note.

    "Accuses", "claims", "denies" and "alleges" are left out: they are how a headline reports a
    disputed claim.

    >>> [form for form, note in loaded_verbs("Russian general slams US over Raqqa")]
    ['slams']
    >>> loaded_verbs("Russia accuses US of helping ISIS")
    []
    """
    import kit

    from .answers import norm

    sets = headline_words()
    words = re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", norm(headline))
    table = kit.load_lexicon() if lexicon is None else lexicon
    verbs = table[(table["category"] == "attribution") & (table["tone"].astype(str) == "loaded")]
    found = []
    for term, variants, note in zip(verbs["term"], verbs["variants"], verbs["note"].fillna("")):
        for form in (norm(f) for f in entry_forms(term, variants)):
            if (form and form not in sets["disputed"] | sets["proven"] | sets["casts_doubt"]
                    and find_phrase(words, form) >= 0):
                found.append((form, str(note)))
                break
    return found


def saying_forms(lexicon=None) -> set[str]:
    """The one-word forms of the verbs of saying and the reporting nouns a headline can attribute with.

    >>> "says" in saying_forms() and "report" in saying_forms()
    True
    """
    import kit
    table = kit.load_lexicon() if lexicon is None else lexicon
    verbs = table[table["category"] == "attribution"]
    forms = {norm(f) for term, variants in zip(verbs["term"], verbs["variants"])
             for f in entry_forms(term, variants) if norm(f) and " " not in norm(f)}
    sets = headline_words()
    return (forms - sets["proven"] - sets["not_speech"]) | {w for w in sets["reporting_nouns"] if " " not in w}


def spelled_verbs(headline: str, lexicon=None) -> tuple[str, dict[str, str]]:
    """The headline with misspelt verbs of saying written as meant, and what was changed (typed -> meant).

    >>> spelled_verbs("wsws sez us helpd isis leeve raqqa")[1]
    {'sez': 'says'}
    >>> spelled_verbs("WSWS reprots US helped ISIS")[1]
    {'reprots': 'reports'}
    """
    from .answers import did_you_mean, known_words
    sets = headline_words()
    forms = saying_forms(lexicon)
    fixes: dict[str, str] = {}

    def fix(match):  # "say's": a stray apostrophe in a verb of saying is the verb; "Artical": the article (t54 #8)
        word, low = match.group(0), re.sub(r"['’]s$", "s", match.group(0).lower())
        if (low in forms or low in known_words()) if low == word.lower() else low not in forms:
            return word
        meant = (low if low in forms else "says" if low in sets["misspelt_says"] else "said" if low in sets["misspelt_said"]
                 else hs.meant_self_word(word) or did_you_mean(low, [f for f in forms if f[0] == low[0]]) if len(low) >= 4 else None)
        if meant:
            fixes[word] = meant
        return meant or word
    return re.sub(r"[A-Za-z]+(?:['’]s\b)?", fix, headline), fixes


def states_contested_claim(headline: str) -> bool:
    """True when a headline names a party or an act of the contested claim (data/headline_words.csv):
    "US helped ISIS leave Raqqa" does, "Convoy left Raqqa in October" (what every account reports) does not.

    >>> states_contested_claim("US helped ISIS leave Raqqa"), states_contested_claim("Convoy left Raqqa in October")
    (True, False)
    """
    sets = headline_words()
    words = set(re.findall(r"[a-z0-9]+(?:[.'-][a-z0-9]+)*", norm(headline).replace("’", "'")))
    return bool(words & (sets["contested_party"] | sets["contested_act"]))


def reports_no_news(headline: str) -> str:
    """"" when a headline says something happened; otherwise what it does instead: "who" (it names a report or
    a source, "Report on Raqqa", "BBC report on Raqqa") or "topic" (only a topic, "News about Syria").
    Every word is a grammar word, a place, a reporting noun, a source's name or a word of
    ``no_news`` (data/headline_words.csv).

    >>> reports_no_news("Report on Raqqa"), reports_no_news("News about Syria"), reports_no_news("Convoy left Raqqa")
    ('who', 'topic', '')
    """
    from ..framing import FUNCTION_WORDS
    from ..wordsets import word_sets
    from .entity_names import entity_aliases

    sets = headline_words()
    words = re.findall(r"[a-z0-9]+(?:[.'-][a-z0-9]+)*", norm(headline).replace("’", "'"))
    plain = FUNCTION_WORDS | word_sets().places | sets["no_news"]
    sources = {w for alias in entity_aliases() for w in alias.split()} - plain  # "Syria" is a place here
    reporting = {w for phrase in sets["reporting_nouns"] for w in phrase.split()} - FUNCTION_WORDS
    if not words or any(w not in plain | reporting | sources for w in words):
        return ""
    return "who" if any(w in reporting | sources for w in words) else "topic"


@guarded
def check_neutral_headline(answer, original: str | None = None, lexicon=None) -> CheckResult:
    """Does a rewritten headline report the contested claim neutrally?

    A headline is neutral when it says who makes the claim (a source and a reporting verb,
    or a source and a colon: "Russian general says …", "BBC report: …") or reports the claim
    as disputed ("alleged", "denies"), and has no word from the word lists that pushes the
    reader (loaded language, labels, boosters, scare quotes) and no word that presents the
    claim as proven ("reveals", "exposed", "proves", "shows", "the truth": "BBC report shows X" asserts X).
    A loaded word before a colon ("Fake news: …") is a judgement, not a source. A verb of saying that casts
    doubt ("WSWS claims …") attributes the claim, but is partly right: "says" is neutral. A headline that states the claim as
    a fact gets no tick; one that states no contested claim at all (it names none of the parties or acts of
    ``data/headline_words.csv``: "Convoy left Raqqa in October", what every account reports) leaves out the
    article's claim: partly right (with no ``original``, it needs no source). "US accused of …" or "Alleged …" with
    no one named says no source: partly right ("accused by whom?").
    A misspelt verb of saying ("sez", "reprots") still attributes: partly right, with "did you mean …?". A source
    that names no one ("Report: …", "Reports say …") is partly right (whose report?), and so is a figure credited
    to a source that published none of the articles ("BBC report says thousands left"): check who gives it.
    The claim of an article's headline is the article's: a rewrite that credits it to another source ("BBC report
    says …" for a WSWS headline) is partly right, unless the article credits that source for the headline's claim
    (:mod:`kit.exercises.headline_sources`); the hints suggest "WSWS says …" or "Article says …", never a source.
    An adverb that judges the claim ("WSWS falsely says …", "… rightly says …") is not neutral, either way; two actors
    of the original in the other order ("Pentagon says Russia trained …" for "Russia charges Pentagon …") swap who did
    what to whom. Every tick asks the student to check the deed, which no word list can see.
    What the check cannot judge is said first ("Check this first:"), when it applies (a figure in the headline).
    A "headline" over 30 words is refused before any word list runs; so is any rewrite of an article with no title
    (``original`` given but empty): there is nothing to rewrite, and nothing is ticked.

    >>> check_neutral_headline("Russian general says US trained former ISIS fighters").status
    'correct'
    >>> check_neutral_headline("US helped ISIS leave Raqqa").status
    'incorrect'
    >>> check_neutral_headline(None).status
    'wrong_type'
    >>> print(check_neutral_headline("brutal " * 1_500_000))
    ✗ Not yet: your answer has 10,500,000 characters; this check reads at most 20,000.
      Write it in your own words, a few sentences long.
    """
    problem = need_text(answer, "headline")
    if problem is not None:
        return problem
    n_words = len(answer[:MAX_CHARS].split())
    untitled = hs.untitled(original) if original is not None else None  # an article with no title: no tick
    if untitled is not None:
        return untitled
    if n_words < 3:
        return CheckResult(INCORRECT, "a headline needs a few words: who did or said what?")
    if n_words > MAX_HEADLINE_WORDS:
        return CheckResult(INCORRECT, f"that is {n_words} words; a headline has at most {MAX_HEADLINE_WORDS}.",
                           "Say who did or said what, in one line.")
    if original and norm(answer) == norm(original):
        return CheckResult(INCORRECT, "that is the original headline — rewrite it in your own words.")
    import kit

    shapes = hs.own_shapes(original, kit.load_articles())  # never another source: the claim is the article's
    answer = hs.with_apostrophes(answer, saying_forms(lexicon), original, kit.load_articles())  # "Russias military"
    from .verdicts import verdict_tone, without_intensifiers

    figures = figures_in(without_intensifiers(answer))  # "…, 100% cap": how sure, not a figure of the article
    # what the check cannot judge, said first, only where it applies: a figure is a detail words cannot check
    caution = ("this check reads words, not facts, so make sure every figure in your headline "
               f"({quote_list(figures)}) is in the article, and said by the one you credit." if figures else "")
    no_news = reports_no_news(answer)
    if no_news:  # "Report on Raqqa": nothing in it is a claim, but nothing in it is news either (05's teacher's note)
        return CheckResult(PARTLY, ("it says who, but not what" if no_news == "who" else
                                    "it names a topic, but not what happened") +
                           ": a neutral headline still reports the news.",
                           "Say what the report says, and who says it: " + shapes + ".",
                           caution=caution)
    # "…, Pentagon says that's not true", "…; no reply from the Pentagon": a second source, not a negation of the claim
    main, reply_wrong, also = hr.reply_check(answer, saying_forms(lexicon), original, kit.load_articles(), headline_words()[
        "reporting_nouns"] | headline_words()["disputed"], headline_words()["agrees"])  # "…, Pentagon agrees": a reply
    caution += (" " if caution and also else "") + also
    added = adds_negation(main, original, headline_words()["negation"])
    reversed_claim = (f"it adds '{added[0]}', which the original headline does not have: check that it says what the "
                      f"article says; the article's own headline is “{' '.join(str(original).split())}”." if added
                      else "")
    how, words = how_it_attributes(main, lexicon)  # a reply's verb ("…, Pentagon denies") credits no claim
    meant, spelled = spelled_verbs(answer, lexicon)  # with a verb of saying found, only "Artical" (teacher 53 #12)
    spelled = {t: m for t, m in spelled.items() if not how or m.lower() in hs.SELF_WORDS}
    if not how:  # a misspelt verb of saying ("sez", "reprots") still says who makes the claim: partly right
        how, words = how_it_attributes(meant, lexicon) if spelled else ("", "")
        spelled = spelled if how else {}
    typo = "; ".join(f"'{typed}': did you mean '{meant}'? Check the spelling." for typed, meant in spelled.items())
    spans = spans_in_text(answer, categories=["loaded_language", "label", "booster", "scare_quote"],
                          lexicon=lexicon)
    sets = headline_words()
    low_words = re.findall(r"[a-z]+(?:['-][a-z]+)*", norm(answer))
    proven = [w for w in dict.fromkeys(low_words) if w in sets["proven"]]
    pushes = [f"'{w}' presents the claim as proven, as if the question were settled: a neutral headline says "
              "who makes the claim ('says', 'reports', 'cites'), not that it is true." for w in proven]
    pushes += [f"'{t}' ({c.replace('_', ' ')}): {n}" for t, c, n in
               zip(spans["text"], spans["category"], spans["note"]) if norm(t) not in proven]
    pushes += [f"'{form}' (a loaded verb of saying): {note}" for form, note in loaded_verbs(answer, lexicon)]
    pushes += [note for words, note in hs.scare_marks(answer) if not any(words in t for t in spans.loc[spans.category == "scare_quote", "text"])]
    label = hr.verdict_label(answer, sets["judges_label"])  # "Fact check: …", "Debunked: …": a verdict on the claim
    judged = [label] * bool(label) + hs.judging_words(main, sets["judges_claim"])
    if judged:  # "WSWS falsely says …" and "WSWS rightly says …" alike: the headline decides what is true
        claim = hs.claim_part(main, how, words)  # every fault named: "Pentagon says Kremlin trained …, thats cap"
        also = (hs.changed_claim(main, claim, original) or hs.swapped_roles(main, claim, original)) if how else ""
        pushes = [p for p in pushes if not any(p.startswith(f"'{w}' presents") for w in proven if w in " ".join(judged))
                  ] + [f"'{w}' judges the claim too." for w in judged[1:]] + [f"Also: {also}"] * bool(also)
        tone = verdict_tone(judged[0])  # "lol": it mocks the claim (data/verdict_words.csv), it does not rule on it
        fault = hr.source_fault(main, words, original, kit.load_articles(), shapes, sets["reporting_nouns"] | BARE_SOURCE
                                ) if how == "attributed" else ("", "")  # the source is wrong too: no "keep that" (t50 #4)
        return CheckResult(PARTLY if how or judged[0] in hs.SAYER_VERDICTS else INCORRECT, f"'{judged[0]}' judges the claim: it tells the reader "
                           + ("the claim has been checked and judged" if label else "whether to believe the claim") +
                           ". A neutral headline says who claims what, not whether it is right.",
                           pushes + [(f"'{judged[0]}' {tone} the claim: take it out" if tone and not judged[1:] else
                                      f"Take out {quote_list(judged)}") + ("." if fault[0] else (". Your headline" if tone and not judged[1:] else
                                     ": your headline") * bool(how) + (" already says who makes the claim, so keep that and "
                                     "leave the judging to the reader." if how else " and say who makes the claim: " + shapes + "."))]
                           + [f"Also: {fault[0]}", fault[1]] * bool(fault[0]), caution=caution)
    if not how and answer.strip().endswith("?"):
        return CheckResult(INCORRECT, "it asks the contested claim as a question, without saying who makes it: "
                           "a question in a headline still puts the claim in the reader's mind.",
                           pushes + ["Say who makes the claim: " + shapes + "."],
                           caution=caution)
    if not how and proven:
        return CheckResult(INCORRECT, f"'{proven[0]}' presents the contested claim as proven: the headline asserts "
                           "it instead of saying who makes it.",
                           pushes + ["Say who makes the claim: " + shapes + "."],
                           caution=caution)
    if added and not pushes and (how or not states_contested_claim(answer)):  # "… says US did not help ISIS"
        return CheckResult(PARTLY, reversed_claim, "A neutral headline reports what the article claims, in other "
                           "words, and says who claims it.", caution=caution)
    if not how and not pushes and not states_contested_claim(answer) and original:  # "Convoy leaves Raqqa"
        return CheckResult(PARTLY, "it leaves out the article's claim: say who claims what.",  # 05's teacher's note
                           f"The article's headline (“{' '.join(str(original).split())}”) makes a claim about "
                           "who did what: keep that claim, in neutral words, and say who makes it: "
                           + shapes + ".", caution=caution)
    if not how and not pushes and not states_contested_claim(answer):  # no original: nothing in it needs a source
        return CheckResult(CORRECT, "it states no contested claim: it says what happened, not who helped whom, so "
                           "nothing in it needs a source.",
                           ["If you add the contested part (what the US did), say who makes that claim: "
                            + shapes + ".", DEED], caution=caution)
    if not how:
        return CheckResult(INCORRECT, "it states the contested claim as a fact: it does not say who makes it.",
                           pushes + ["Start with who says it: " + shapes + "."], caution=caution)
    said = (f"it says who makes the claim ('{words}')" if how == "attributed"
            else f"it reports the claim as disputed ('{words}')")
    source = source_words(answer, words) if how == "attributed" else []
    tail = source_words(main.rsplit(",", 1)[-1], words) if "," in main else []  # "…, BBC reports"
    after = re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", norm(main.rsplit(",", 1)[-1])) if "," in main else []
    if not tail and after[:len(words.split())] == words.split():  # "…, says WSWS": the source after the verb
        tail = after[len(words.split()):]
    accused = re.search(rf"\b{re.escape(words)}\s+(of|by)\b", norm(answer))  # "US accused of …": the accused, no source
    if not accused and hs.denial_after(answer, denier := tail or source or source_words(answer, words) * words.endswith("s")):  # its own verb:
        message, note = hs.wrong_source(answer, denier, original, kit.load_articles(), shapes)  # "Russia denies/disputes …"
        return CheckResult(PARTLY, message, [*pushes, typo, note] + ["Take out each word that pushes, or put a neutral word in its place."] * bool(pushes), caution=caution)
    elsewhere = hs.stranger(tail or source, original, kit.load_articles()) if how == "attributed" and not accused else []
    claim = hs.claim_part(main, how, words)
    changed = "" if elsewhere else hs.changed_claim(main, claim, original) or hs.swapped_roles(main, claim, original)
    row = hs.article_of(original, kit.load_articles()) if changed and source else None
    if row is not None:  # "Valery Gerasimov says …": the speaker, named as the article names them, is their side
        sides = hr.speaker_sides(row, kit.load_articles())
        credited = frozenset(a for w in source for a in sides.get(w, ()))
        changed = hs.changed_claim(main, claim, original, credited) or hs.swapped_roles(main, claim, original)
    if hs.alleged_by(answer, words):  # "WSWS alleged US helped …": as "WSWS alleges …", attributed with doubt
        how, said = "attributed", f"it says who makes the claim ('{words}')"
    elif words in ("accused", "alleged", "allegedly", "charged", "blamed", "suspected") and not re.search(
            rf"\b{words}\s+by\b", norm(answer)):  # "US accused of …": the accused is named, not the accuser
        return CheckResult(PARTLY, f"'{words}' names no one who makes the claim: {words.removesuffix('ly')} by whom? "
                           "Name who makes the claim: " + shapes + ".", pushes, caution=caution)
    if how == "attributed" and source and all(w in sets["reporting_nouns"] | BARE_SOURCE for w in source):
        return CheckResult(PARTLY, f"it credits the claim to '{' '.join(source)}', but whose report? Name it: "
                           + shapes + ".", pushes, caution=caution)
    if proven:
        return CheckResult(PARTLY, f"{said}, but '{proven[0]}' presents the claim as proven.", pushes,
                           caution=caution)
    doubt = [w for w in dict.fromkeys(low_words) if w in sets["casts_doubt"] and not hr.context_drops(answer, w)] or (
        [words] if hs.alleged_by(answer, words) else [])
    if how == "attributed" and doubt:  # "WSWS claims …", "BBC report claims …": attributed, but with doubt
        return CheckResult(PARTLY, f"it attributes the claim, but '{doubt[0]}' casts doubt on it (lesson 03): "
                           "'says' is neutral.", [*pushes, changed and f"Also: {changed}"], caution=caution)
    if pushes:
        n = len(pushes)
        fault = hs.wrong_source(answer, tail or source, original, kit.load_articles(), shapes) if elsewhere else ()
        return CheckResult(PARTLY, f"{said}, but {n} word{'s' if n != 1 else ''} still push{'es' if n == 1 else ''} the reader.",
                           [*pushes, typo, changed and f"Also: {changed}", "Take out each word that pushes, or put a "
                            "neutral word in its place" + (f". Also: {fault[0]}" if fault else ", and keep who says it."),
                            *fault[1:]], caution=caution)
    if spelled:
        return CheckResult(PARTLY, f"{said}, but it is misspelt: {typo}", caution=caution)
    publishers = {norm(o) for o in kit.load_articles()["outlet"].dropna().astype(str) if o.strip()}
    if how == "attributed" and figures and not set(source) & {w for o in publishers for w in o.split()}:
        return CheckResult(PARTLY, f"{said}, and credits the figure {quote_list(figures)} to it: check who gives "
                           "that figure in the article. A figure can be the writer's own, or another source's; "
                           "credit the one who said it.", caution=caution)
    if elsewhere:  # "BBC report says …", "White House says …" for a WSWS headline: one message, the name as typed
        message, note = hs.wrong_source(answer, tail or source, original, kit.load_articles(), shapes)
        return CheckResult(PARTLY, message, [*pushes, note], caution=caution)
    if changed:  # "WSWS says Russia helped ISIS leave Raqqa": the source is named, but the claim is not the article's
        own = hs.typed_as(answer, source + words.split()) if hr.own_start(source, original, kit.load_articles()) else ""
        return CheckResult(PARTLY, f"{said}, but {changed} A neutral headline keeps the article's claim (who did "
                           "what, where) and says who makes it.", f"The article's headline: “{' '.join(str(original).split())}”. "
                           + (f"Keep '{own}' and put back what is missing after it." if own else f"Try {shapes}."),
                           caution=caution)
    if reply_wrong:  # a reply the article does not report, or a no-reply it contradicts (hr.reply_check)
        return CheckResult(PARTLY, f"{said}, but {reply_wrong}", DEED, caution=caution)
    return CheckResult(CORRECT, f"{said}, and no word from the word lists pushes the reader.", DEED, caution=caution)
