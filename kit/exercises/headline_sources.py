"""Who a rewritten headline may credit (the article's own outlet or author, or a source the article credits
for the headline's claim), and whether it keeps the claim (the actors and places of the article's headline).

A neutral rewrite says who makes the article's claim: crediting it to another outlet ("BBC report says …" for a WSWS
headline) is not what the article does, unless the article credits that source in a sentence that makes the claim.

    >>> import kit
    >>> original = "US rescue of ISIS in Raqqa exposed"
    >>> stranger(["bbc", "report"], original, kit.load_articles())
    ['bbc']
    >>> stranger(["wsws"], original, kit.load_articles()), stranger(["russian", "general"], "", kit.load_articles())
    ([], [])
"""

from __future__ import annotations

import re

from .answers import norm
from .headline_verdicts import SAYER_VERDICTS, judging_words, scare_marks

__all__ = ["stranger", "meant_self_word", "SELF_WORDS", "claim_makers", "typed_as", "wrong_source", "OFFICE_WORDS", "own_shapes", "article_of", "claim_sentences", "claim_words", "holds_claim_word", "actor_names", "actors_in", "places_in", "changed_claim", "claim_part", "alleged_by", "names_a_state", "untitled", "adds_negation", "judging_words", "scare_marks", "with_apostrophes", "SAYER_VERDICTS", "swapped_roles", "same_actor", "denial_after", "source_words", "find_phrase", "NO_REPLY", "no_reply_from"]

# words that name the article itself, or say nothing about who: never another source
SELF_WORDS = frozenset("article articles writer author website site web page outlet editorial socialist story piece "
                       "report reports reported new a an the its this that some media news source sources disputed "
                       "unconfirmed unverified critics".split())


def article_of(original: str, articles):
    """The row of ``articles`` whose title is ``original`` (None when no title is)."""
    if not original or articles is None or "title" not in articles:
        return None
    hits = articles[articles["title"].fillna("").astype(str).map(norm) == norm(original)]
    return None if hits.empty else hits.iloc[0]


def claim_sentences(original: str, text: str) -> list[str]:
    """The sentences of ``text`` that hold one of the headline's own claim words (its words written in lower case
    in the text, so not names such as "Raqqa" or "ISIS"), lower-cased.

    >>> claim_sentences("Russia charges Pentagon", "Russia charges the US. The Pentagon denies it.")
    ['russia charges the us.']
    """
    words = claim_words(original, text)
    sentences = [s.lower() for s in re.split(r"(?<=[.!?])\s+", text)]
    return [s for s in sentences if holds_claim_word(s, words)]


def claim_words(original: str, text: str) -> list[str]:
    """The headline's own claim words: its words of four letters or more, not function words, that ``text``
    writes in lower case (so not names such as "Raqqa" or "ISIS"), or a word with their first five letters.

    >>> claim_words("Is US Fighting ISIS?", "They are fighting. ISIS left.")
    ['fighting']
    """
    from ..framing import FUNCTION_WORDS

    words = [w for w in re.findall(r"[a-z]+", norm(original)) if len(w) > 3 and w not in FUNCTION_WORDS]
    lower = set(re.findall(r"(?<![.!?]\s)\b[a-z][a-z-]+", text))  # words the text writes in lower case
    return [w for w in words if w in lower or any(t.startswith(w[:5]) for t in lower if len(t) > 3)]


def holds_claim_word(text: str, words: list[str]) -> bool:
    """True when ``text`` holds one of the claim ``words`` (:func:`claim_words`) in any form: the same first five
    letters ("trained" for "training"). The doer's noun of a verb ("fighters" of "fighting": the root and "-er") is
    another word: it names people, not the deed.

    >>> holds_claim_word("They trained them.", ["training"]), holds_claim_word("3,000 fighters left.", ["fighting"])
    (True, False)
    >>> holds_claim_word("3,000 fighters left.", ["fighters"])
    True
    """
    for word in words:
        root = re.sub(r"(ing|ed)$", "", word) if len(word) > 6 else word
        for found in re.finditer(rf"\b{re.escape(word[:5])}[a-z]*", text.lower()):
            doer = root != word and re.fullmatch(rf"{re.escape(root)}[eo]rs?", found.group(0))
            if not doer:
                return True
    return False


# words of an office or a body that, with a country or a speaker's name, still name that speaker: never a claim-maker alone
OFFICE_WORDS = frozenset("minister ministry foreign defense defence military government officials official spokesman spokeswoman "
                         "spokesperson command army forces president general state department office secretary ambassador embassy statement".split())


def claim_makers(row, articles) -> tuple[set, set]:
    """The speakers of the ``kit.quotes`` rows in the article's claim sentences (:func:`claim_sentences`): the words
    of their names as the table gives them and as the article writes them, and the actors they belong to
    (``data/concepts.csv``: the Pentagon is the United States).

    >>> import kit
    >>> row = article_of("Russia charges Pentagon with training ex-ISIS fighters", kit.load_articles())
    >>> words, actors = claim_makers(row, kit.load_articles())
    >>> "gerasimov" in words, "Russia" in actors
    (True, True)
    """
    import kit

    one = articles[articles["article_id"] == row["article_id"]]
    claims = claim_sentences(str(row.get("title") or ""), str(row.get("text") or ""))
    table = kit.sentences(one)
    in_claims = {sid for sid, text in zip(table["sentence_id"], table["text"])
                 if any(text.lower() in c or c in text.lower() for c in claims)}
    rows = kit.quotes(one)
    # the speaker of words that make the claim: one quoted in a claim sentence on something else ("DIA memos") is not
    words = claim_words(str(row.get("title") or ""), str(row.get("text") or ""))
    rows = rows[rows["sentence_id"].isin(in_claims) & rows["quote"].fillna("").astype(str).map(lambda q: holds_claim_word(q, words))]
    names = [str(n) for pair in zip(rows["speaker"], rows["speaker_text"]) for n in pair
             if isinstance(n, str) and n.strip() and n.strip().lower() not in ("none", "he", "she", "they", "it", "we")]
    text = str(row.get("text") or "")
    # the title the article gives a named speaker anywhere ("Syrian Foreign Minister Walid al-Moallem")
    titles = [m.group(1) for n in names if " " in n.strip()
              for m in re.finditer(r"((?:[A-Z][\w'-]*\s+){1,4})" + re.escape(n.strip()), text)]
    words = {w for n in names + titles for w in re.findall(r"[a-z]+", norm(n)) if len(w) > 2 and w not in SELF_WORDS}
    return words - OFFICE_WORDS, {c for n in names + titles for c in actors_in(n)}


def stranger(source: list[str], original: str, articles) -> list[str]:
    """The words of a headline's ``source`` that name neither the article's outlet or writer (all of the outlet's
    name, or the writer's surname) nor a speaker of the article's claim sentences (:func:`claim_makers`: the speaker,
    or that speaker's country or office); [] when the original is not one of the articles' titles. A word that is
    only the claim's object or target ("Washington" in "…led by Washington") is not a speaker.
    """
    row = article_of(original, articles)
    if row is None:
        return []
    source = [p for w in source for p in re.split(r"['-]", re.sub(r"'s$", "", w)) if p]  # "russia's", "al-moallem"
    outlet = re.findall(r"[a-z]+", norm(str(row.get("outlet") or "")))
    author = re.findall(r"[a-z]+", norm(str(row.get("author") or "")))
    if outlet and (set(outlet) <= set(source) or spells_out("".join(outlet), source)) or author and author[-1] in source:
        return []
    named = [w for w in source if w not in SELF_WORDS and w not in OFFICE_WORDS and w not in NAME_PARTICLES
             and not meant_self_word(w)]  # "Artical says …": the article, misspelt (teacher 53 #12)
    if not named:  # "Government says …", "Officials say …": whose? an office alone names nobody
        return [w for w in source if w in OFFICE_WORDS]
    words, actors = claim_makers(row, articles)
    mine = actors_in(" ".join(source))
    countries = {w: country_of(w) for w in named if country_of(w)}  # "Syria" as "Syrian", "Russia's" as "Russian"
    mine.update({concept: word for word, concept in countries.items()})
    if mine and set(mine) <= actors and all(w in words or w in countries or any(w in n.lower().split() for n in mine.values())
                                            or w in {x.lower() for x in actor_names() if actor_names()[x] in mine}
                                            for w in named):
        return []
    return [w for w in named if w not in words]


def meant_self_word(word: str) -> str:
    """The word for the article itself (``SELF_WORDS``, five letters or more) that a misspelt ``word`` means, in the
    case it was typed ("Artical": "Article"), or "" for a real word or one too far from any.

    >>> meant_self_word("Artical"), meant_self_word("artcle"), meant_self_word("Article"), meant_self_word("Raqqa")
    ('Article', 'article', '', '')
    """
    from .answers import did_you_mean, known_words

    low = word.lower()
    if len(low) < 5 or low in SELF_WORDS or low in known_words():
        return ""
    meant = did_you_mean(low, sorted(w for w in SELF_WORDS if len(w) >= 5 and w[0] == low[0])) or ""
    return meant.capitalize() if meant and word[:1].isupper() else meant


def with_apostrophes(answer: str, verbs: set, original: str, articles) -> str:
    """``answer`` with a possessive written without its apostrophe before the verb of saying (``verbs``) put back
    ("Russias military says" as "Russia's military says", "WSWSs article", "Pentagons report", "Russian militarys"):
    only where the word is no name or source word itself and the word without its "s" is one (the article's outlet,
    writer, an actor, a country, an office). The one repair made before the check reads the source.

    >>> with_apostrophes("Russias military says Pentagon trained them", {"says"}, "", None)
    "Russia's military says Pentagon trained them"
    >>> with_apostrophes("Pentagons report says the Americas", {"says"}, "", None), with_apostrophes("Reports say so", {"say"}, "", None)
    ("Pentagon's report says the Americas", 'Reports say so')
    """
    row = article_of(original, articles)
    known = SELF_WORDS | OFFICE_WORDS | {w for n in actor_names() for w in n.lower().split()}
    if row is not None:
        known |= set(re.findall(r"[a-z]+", norm(f"{row.get('outlet') or ''} {row.get('author') or ''}")))

    def is_name(word):
        return word in known or bool(country_of(word))
    verb = next((m for m in re.finditer(r"[A-Za-z]+", answer) if m.group(0).lower() in verbs), None)
    at = verb.start() if verb else 0
    head = re.sub(r"\b([A-Za-z]+)([sS])\b", lambda m: f"{m.group(1)}'{m.group(2)}" if not is_name(m.group(0).lower())
                  and is_name(m.group(1).lower()) else m.group(0), answer[:at])
    return head + answer[at:]


# the small words of a name or a title that name no one: "al-" in "Walid al-Moallem", "Gen." in "Gen. Gerasimov",
# "'s" in "Russia's"
NAME_PARTICLES = frozenset("al el bin ibn gen dr mr mrs ms s".split())


def spells_out(acronym: str, source: list[str]) -> bool:
    """True when ``source`` writes the outlet's short name in full: its words' first letters ("World Socialist Web
    Site" for WSWS) or its words run together ("GlobalResearch").

    >>> spells_out("wsws", ["the", "world", "socialist", "web", "site"]), spells_out("wsws", ["world", "socialist"])
    (True, False)
    """
    words = [w for w in source if w != "the"]
    return len(acronym) > 1 and (acronym in words or "".join(w[0] for w in words) == acronym)


def country_of(word: str) -> str:
    """The actor a country's name stands for, by the adjective the kit's concept table gives that actor ("syria":
    "Syrian", so the Syrian government), or "" (one rule for every country; names already in the table are read
    there).

    >>> country_of("syria"), country_of("russia"), country_of("china"), country_of("raqqa")
    ('Syrian government', 'Russia', 'China', '')
    """
    if len(word) < 4:
        return ""
    adjectives = {name.lower(): concept for name, concept in actor_names().items()
                  if " " not in name and name.endswith(("an", "sh", "se", "i"))}
    return next((concept for adj, concept in sorted(adjectives.items())
                 if adj != word and (adj.startswith(word) or adj.startswith(word[:-1]) and adj.endswith("ese"))), "")


def names_a_state(words: list[str]) -> bool:
    """True when ``words`` (lower case) are the name of a state or one of its bodies: a country, its capital, its
    government, ministry or military ("russia", "moscow", "the kremlin", "us", "the pentagon", from the gazetteer),
    which speaks for the state, whichever state it is; a place that names no state ("raqqa") does not.

    >>> names_a_state(["russia"]), names_a_state(["washington"]), names_a_state(["the", "kremlin"]), names_a_state(["raqqa"])
    (True, True, True, False)
    """
    from .plan_steps import PARTY_CACHE, party_names

    party_names()
    return re.sub(r"^the ", "", " ".join(words)) in PARTY_CACHE["states"]


def untitled(original, articles=None):
    """The result for a rewrite of an article that has no headline (``original`` given, but empty: "", None from a
    table, NaN): nothing to rewrite, so nothing is ticked; it says which articles have one. None when it has one.

    >>> print(untitled(""))
    ✗ Not yet: the article you picked has no headline (its title is empty), so there is nothing to rewrite yet.
      Pick an article that has one: change the article_id in the cell with original = … (articles.title shows each article's headline), or write a headline for it yourself from its first paragraph, in quotes, in place of that line: original = "Who did what, where", then rewrite that.
    >>> untitled("Russia charges Pentagon") is None
    True
    """
    from .result import INCORRECT, CheckResult

    if isinstance(original, str) and original.strip():
        return None
    return CheckResult(INCORRECT, "the article you picked has no headline (its title is empty), so there is nothing "
                       "to rewrite yet.", "Pick an article that has one: change the article_id in the cell with "
                       "original = … (articles.title shows each article's headline), or write a headline for it yourself "
                       "from its first paragraph, in quotes, in place of that line: original = \"Who did what, where\", "
                       "then rewrite that.")


def typed_as(answer: str, words: list[str]) -> str:
    """The words of ``answer`` that ``words`` (lower case) come from, as the student typed them.

    >>> typed_as("White House says Washington pretends", ["white", "house"])
    'White House'
    """
    found = re.search(r"(?<!\w)" + r"\W+".join(re.escape(w).replace("'", "['’]?") for w in words) + r"(?!\w)", answer, flags=re.I)
    return found.group(0) if found else " ".join(words)


def wrong_source(answer: str, source: list[str], original: str, articles, shapes: str) -> tuple[str, str]:
    """The one message (and its detail) for a claim-maker the article does not give, whoever it names: the name as
    the student typed it, and who makes the claim in the article.

    >>> import kit
    >>> wrong_source("BBC says US helped ISIS", ["bbc"], "US rescue of ISIS in Raqqa exposed", kit.load_articles(),
    ...              '"WSWS says …"')[0]
    "it credits the claim to 'BBC', but the article is WSWS's: say who makes the claim in it."

    A source whose verb is a denial ("Sergei Lavrov denies US rescued ISIS", ``denial_verbs`` of data/word_sets.csv)
    credits the claim to no one: the message says whose denial it gives, and what to put first.

    >>> wrong_source("Mattis denies US helped ISIS", ["mattis"], "US rescue of ISIS in Raqqa exposed", kit.load_articles(),
    ...              '"WSWS says …"')[0]
    "it gives a denial by 'Mattis', but not who makes the claim in the article: say who makes it."

    A denial by the one who makes the claim in the article (:func:`kit.exercises.headline_replies.makes_the_claim`:
    "WSWS denies …" on WSWS's article, "Russia denies …" where Russia charges) turns the claim round:

    >>> wrong_source("WSWS denies US helped ISIS", ["wsws"], "US rescue of ISIS in Raqqa exposed", kit.load_articles(),
    ...              '"WSWS says …"')[0]
    "'WSWS' makes the claim in the article, but 'denies' turns it round, as if 'WSWS' rejected it."
    """
    from .headline_replies import makes_the_claim

    row = article_of(original, articles)
    outlet = str(row.get("outlet") or "").strip() if row is not None else ""
    name, whose = typed_as(answer, source), f"{outlet}'s" if outlet else "its writer's"
    verb = denial_after(answer, source)
    if verb and makes_the_claim(name, original, articles):  # "Russia denies …" where Russia charges: turned round
        who = "the article" if name.lower() in ("article", "the article") else f"'{name}'"
        return (f"{who} makes the claim {'itself' if who == 'the article' else 'in the article'}, but '{verb}' turns "
                f"it round, as if {who} rejected it.", f'Keep {who}, with a verb that reports the claim: '
                f'"{name[0].upper() + name[1:] if name.lower().startswith("the ") else name} says …". A neutral headline says who makes the claim, not the opposite.')
    if verb:  # "Lavrov denies …": a denial credits no claim
        return (f"it gives a denial by '{name}', but not who makes the claim in the article: say who makes it.",
                f"A denial says who rejects a claim, not who makes it. The headline you are rewriting is {whose} claim: "
                f"start with {outlet or 'the writer'}, or the person the article quotes making it; add a reply after "
                f"the claim only if the article reports one. Try {shapes}.")
    if all(w in OFFICE_WORDS | SELF_WORDS for w in source):  # "Government says …": an office, but whose?
        return (f"it credits the claim to '{name}', but does not say whose: name the country or the person.",
                f"'{name}' alone could be any country's. Name the one the article quotes making the claim, or "
                f"credit it to {outlet or 'the writer'}. Try {shapes}.")
    return (f"it credits the claim to '{name}', but the article is {whose}: say who makes the claim in it.",
            f"The headline you are rewriting is {whose} claim: credit it to {outlet or 'the writer'}, or to the person "
            f"the article quotes making it. Try {shapes}.")


def denial_after(answer: str, source: list[str]) -> str:
    """The verb of denial right after a headline's ``source`` (``denial_verbs`` of data/word_sets.csv), as typed, or "".

    >>> denial_after("Russia denies US trained them", ["russia"]), denial_after("Russia says US trained them", ["russia"])
    ('denies', '')
    >>> denial_after("US rescue of ISIS disputed", ["us", "rescue", "of", "isis"])  # a participle at the end: no one's verb
    ''

    """
    from ..wordsets import word_sets

    verb = re.search(rf"{re.escape(typed_as(answer, source))}\s+([a-z]+(?:\s+out)?)", answer, flags=re.I)
    if not source or not verb or not answer[verb.end():].strip(" .!?"):  # "US rescue of ISIS disputed": no subject's verb
        return ""
    return verb.group(1) if verb.group(1).lower() in word_sets().denial_verbs else ""


def same_actor(word: str, source: str, sentences: list[str]) -> bool:
    """True when ``word`` is part of a name of an actor (``data/concepts.csv``: "Moscow" and "the Kremlin" name
    Russia, "Washington" and "the White House" the US) that ``sentences`` name in any of its names.

    >>> same_actor("moscow", "moscow", ["the russian military command says the us trained them."])
    True
    >>> same_actor("kremlin", "kremlin", ["the bbc says they left."]), same_actor("bbc", "bbc", ["the bbc says so."])
    (False, False)
    """
    names = actor_names()
    for name, concept in names.items():
        low = name.lower()
        if word in low.split() and re.search(rf"(?<![\w.]){re.escape(low)}(?!\w)", source):
            others = [n.lower() for n, c in names.items() if c == concept and len(n) > 2]
            return any(re.search(rf"(?<![\w.]){re.escape(n)}(?!\w)", s) for n in others for s in sentences)
    return False


def own_shapes(original: str, articles) -> str:
    """The shapes a hint suggests for a rewrite: the article's outlet says it, or the article says it; never
    another source.

    >>> import kit
    >>> own_shapes("US rescue of ISIS in Raqqa exposed", kit.load_articles())
    '"WSWS says …" or "Article says …"'
    """
    row = article_of(original, articles)
    outlet = str(row.get("outlet") or "").strip() if row is not None else ""
    return (f'"{outlet} says …" or ' if outlet else "") + '"Article says …"'


def actor_names() -> dict[str, str]:
    """Each way a headline can name an actor of ``data/concepts.csv``, with the actor: its names ("the Pentagon" as
    "Pentagon") and the adjective most of its names begin with ("Russian" from "Russian forces", "Kurdish").

    >>> names = actor_names()
    >>> names["Pentagon"], names["Russian"], names["Kurdish"], names["Beijing"]
    ('United States', 'Russia', 'SDF', 'China')
    """
    from collections import Counter

    from ..concepts import load_concepts

    table = load_concepts()
    names: dict[str, str] = {}
    firsts: dict[str, Counter] = {}
    for concept, surface in zip(table["concept"].astype(str), table["surface"].astype(str)):
        bare = re.sub(r"^the ", "", surface)
        if bare[:1].isupper():
            names.setdefault(bare, concept)
            first = re.split(r"[\s-]", bare)[0]
            if " " in bare and first[:1].isupper() and first.endswith(("an", "sh", "se")):  # Russian, Kurdish, Chinese
                firsts.setdefault(first, Counter())[concept] += 1
    for first, counts in firsts.items():
        names.setdefault(first, counts.most_common(1)[0][0])
    return names


def actors_in(headline: str) -> dict[str, str]:
    """The actors a headline names, each with the name it uses ("US" is not "us", unless the whole headline is in
    lower case; "US-led" names the US).

    >>> actors_in("WSWS says Russia helped ISIS leave Raqqa")
    {'ISIS': 'ISIS', 'Russia': 'Russia'}
    >>> sorted(actors_in("Pentagon let ex-ISIS fighters go")), sorted(actors_in("Xinhua: Iranian forces and China"))
    (['ISIS', 'United States'], ['China', 'Iran'])
    """
    found: dict[str, tuple[int, str]] = {}
    lower = headline == headline.lower()  # "wsws sez us helpd isis": a headline typed all in lower case
    for name, concept in actor_names().items():
        short = len(name) <= 2 and not lower  # "US", "IS" are capitalised; "Russia" or "russia" alike
        hit = re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", headline, flags=0 if short else re.IGNORECASE)
        if hit and (concept not in found or hit.start() < found[concept][0]):
            found[concept] = (hit.start(), name)
    return {concept: name for concept, (_, name) in sorted(found.items())}


def places_in(headline: str) -> set[str]:
    """The places a headline names (capitalised words of the kit's place list that name no actor; any case in a
    headline typed all in lower case).

    >>> sorted(places_in("WSWS says US helped ISIS leave Mosul, not Raqqa")), sorted(places_in("Convoy left the city"))
    (['mosul', 'raqqa'], [])
    """
    from ..wordsets import word_sets

    actors = {name.lower() for name in actor_names()}
    words = re.findall(r"\b[A-Za-z][\w'-]*" if headline == headline.lower() else r"\b[A-Z][\w'-]*", headline)
    return {w.lower() for w in words if w.lower() in word_sets().places and w.lower() not in actors}


def changed_claim(rewrite: str, claim_part: str, original: str, credited: frozenset = frozenset()) -> str:
    """What a rewrite changes in the original headline's claim: "" when it keeps its actors and places.

    ``claim_part`` is the rewrite without its source ("WSWS says"). A rewrite that reports what a cited source says
    ("WSWS cites BBC report that …") may leave out an actor: the cited report's claim is what it reports. A speaker
    named as the article names them ("Valery Gerasimov says …") stands for the actors in ``credited``
    (:func:`speaker_sides`: "Russia" for the Russian general), as "Russian general Gerasimov" does in its own words.

    >>> original = "US rescue of ISIS in Raqqa exposed"
    >>> changed_claim("WSWS says Russia helped ISIS leave Raqqa", "Russia helped ISIS leave Raqqa", original)
    "it puts 'Russia' where the article's headline has 'US'."
    >>> changed_claim("WSWS says US helped ISIS leave Raqqa", "US helped ISIS leave Raqqa", original)
    ''
    """
    if not original:
        return ""
    cited = bool(re.search(r"\b(cites?|citing|quotes?|quoting)\b", rewrite.lower()))
    before, kept = actors_in(original), {**actors_in(rewrite), **dict.fromkeys(credited, "")}
    added = [name for concept, name in actors_in(claim_part).items() if concept not in before]
    missing = [name for concept, name in before.items() if concept not in kept]

    def names(found):
        return " and ".join(f"'{n}'" for n in found)
    if missing and added:
        return f"it puts {names(added)} where the article's headline has {names(missing)}."
    places, new_places = places_in(original), places_in(claim_part)
    if places and new_places and not places & new_places:
        return (f"it puts the claim in {names(p.title() for p in sorted(new_places))}; the article's headline "
                f"says {names(p.title() for p in sorted(places))}.")
    if missing and not cited:
        return f"it leaves out {names(missing)}, which the article's headline names."
    return ""


def claim_part(headline: str, how: str, attributing: str) -> str:
    """The headline without its source: after "says" or the colon, before "…, BBC reports" or "according to".

    >>> claim_part("WSWS says US helped ISIS", "attributed", "says"), claim_part("WSWS: US helped ISIS", "attributed", "wsws:")
    ('US helped ISIS', 'US helped ISIS')
    >>> claim_part("US helped ISIS, Russia claims", "attributed", "claims")
    'US helped ISIS'
    """
    if how != "attributed":
        return headline
    if attributing.endswith(":"):
        return headline.split(":", 1)[-1].strip()
    verb = re.search(rf"\b{re.escape(attributing)}\b", headline, flags=re.IGNORECASE)
    if attributing == "according to" or not verb or verb.start() == 0 or "," in headline[:verb.start()]:
        cut = re.search(r",[^,]*$|\baccording to\b.*$", headline, flags=re.IGNORECASE)
        return headline[:cut.start()].strip() if cut else headline
    return headline[verb.end():].strip()


def alleged_by(headline: str, word: str) -> bool:
    """True when "alleged" is the verb of a named source ("WSWS alleged US helped …"), not a word naming no one.

    >>> alleged_by("WSWS alleged US helped ISIS", "alleged"), alleged_by("Alleged US rescue of ISIS", "alleged")
    (True, False)
    """
    if word != "alleged":
        return False
    words = re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", norm(headline))
    at = words.index(word) if word in words else -1
    return 0 < at < len(words) - 1 and words[at + 1] not in ("to", "of", "by", "in")


#: A party that gave no reply ("no immediate response from the Pentagon", "Moscow hasnt replied"): headline or article.
NO_REPLY = re.compile(r"\bno\s+(?:[a-z]+\s+)?(?:reply|response|comment)\s+from\s+(?P<to>[\w'’ -]+)|(?P<by>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)(?:\s+(?:(?:has|have|had|did|does|do)\s*(?:not|n[’']?t)\s+(?:yet\s+)?|(?:declin|refus)(?:ed|es|e)\s+to\s+)(?:respond|repl[yi]|comment)|(?:\s+(?:says|said|say)\s+nothing(?!\s+(?:about|of|on|over))|\s+(?:(?:is|was|are|were|remains?|remained|stays?|stayed|keeps?|kept|(?:has|have)\s+been)\s+)?(?:silent|quiet)|\s*:?\s+(?:(?:has|had|gave|offers|offered|says|said)\s+)?no\s+comment(?!\s+from))(?=\s*(?:yet|so\s+far)?\s*(?:$|[.,;:!?)”\x22]|\s(?:on|about|over)\s)))", re.I)  # "…, Pentagon silent", not "a silent base"


def no_reply_from(text: str) -> set[frozenset]:
    """The parties ``text`` says gave no reply (:data:`NO_REPLY`; teacher 46 #1), each as its actors, else its words.

    >>> no_reply_from("There was no immediate response from the Pentagon.") == no_reply_from("Washington hasnt replied")
    True
    """
    found = [" ".join(re.findall(r"[a-z]+", norm(m.group("to") or m.group("by")))) for m in NO_REPLY.finditer(text)]
    return {frozenset(actors_in(p)) or frozenset(p.split()) - {"the", "yet"} for p in found}


def adds_negation(headline: str, original: str, negation: frozenset) -> list[str]:
    """The words of ``negation`` ("not", "no", "…n't") a headline has and ``original`` lacks, but a no-reply its article gives.

    >>> words = frozenset({"not", "never", "no", "n't"})
    >>> adds_negation("Article says US did not help ISIS", "US rescue of ISIS in Raqqa exposed", words)
    ['not']
    >>> adds_negation("US didn't help ISIS", "", words), adds_negation("Pentagon denies helping ISIS", "US rescue", words)
    ([], [])
    """
    if not original:
        return []
    import kit
    row = article_of(original, kit.load_articles())
    said = no_reply_from(str(row.get("text") or "")) if row is not None else set()  # "no response from the Pentagon"
    headline = NO_REPLY.sub(lambda m: "" if no_reply_from(m.group()) <= said else m.group(), headline)
    endings = tuple(n for n in negation if n.startswith("n'"))

    def negations(text):
        words = re.findall(r"[a-z]+(?:'[a-z]+)?", norm(text).replace("’", "'"))
        return [w for w in dict.fromkeys(words) if w in negation or (endings and w.endswith(endings))]
    before = set(negations(original))
    return [w for w in negations(headline) if w not in before]


def swapped_roles(rewrite: str, claim: str, original: str) -> str:
    """What a rewrite swaps in the original headline: "" unless two actors the original names come in the other
    order (who did what to whom). The rewrite's source ("Pentagon says", "…, Russia says") comes first; a claim in
    the passive ("… rescued by the US") or with "with US help" ("… left with US help") is not compared.

    >>> swapped_roles("Pentagon says Russia trained ex-ISIS fighters", "Russia trained ex-ISIS fighters",
    ...               "Russia charges Pentagon with training ex-ISIS fighters")
    "it has 'Pentagon' and 'Russia' the other way round from the article's headline ('Russia', then 'Pentagon'): who did what to whom?"
    >>> swapped_roles("Moscow accuses Washington of training ex-ISIS fighters", "Moscow accuses Washington of training ex-ISIS fighters",
    ...               "Russia charges Pentagon with training ex-ISIS fighters")
    ''
    """
    if not original or re.search(r"\b(by|from)\b|\bwith\s+(the\s+)?\S+\s+(help|aid|support|backing)\b", claim,
                                  flags=re.IGNORECASE):
        return ""
    where = rewrite.find(claim) if claim else -1
    source = rewrite[:where] + " " + rewrite[where + len(claim):] if where >= 0 else ""

    def order(text):
        found = actors_in(text)
        return sorted(found, key=lambda c: re.search(rf"(?i)(?<![\w.]){re.escape(found[c])}(?!\w)", text).start())
    before = order(original)
    after = [c for c in [*order(source), *order(claim if where >= 0 else rewrite)] if c in before]
    after = list(dict.fromkeys(after))
    for i, first in enumerate(after):
        for second in after[i + 1:]:
            if before.index(first) > before.index(second):
                names, old = actors_in(rewrite), actors_in(original)
                return (f"it has '{names[first]}' and '{names[second]}' the other way round from the article's "
                        f"headline ('{old[second]}', then '{old[first]}'): who did what to whom?")
    return ""


def source_words(headline: str, attributing: str) -> list[str]:
    """The words that name the source of an attributed headline: before the colon ("BBC report:"), after
    "according to", or before the verb of saying ("Disputed reports say").

    >>> source_words("Reports say US let ISIS fighters leave Raqqa", "say")
    ['reports']
    >>> source_words("ISIS left Raqqa, according to reports", "according to"), source_words("BBC report: deal", "bbc report:")
    (['reports'], ['bbc', 'report'])
    >>> source_words("Raqqa: Russia says Pentagon trained ex-ISIS fighters", "says")
    ['russia']
    """
    if attributing.endswith(":"):
        return attributing[:-1].split()
    label, _, rest = headline.partition(":")  # "Raqqa: Russia says …": the place label is not the source
    words = re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", norm(rest if rest and len(label.split()) <= 6 else headline))
    at = find_phrase(words, attributing)
    if at < 0:
        return []
    if attributing == "according to":
        return words[at + 2:]
    return words[:at]


def find_phrase(words: list[str], phrase: str) -> int:
    """The index of the first word of ``phrase`` in ``words`` (-1 when absent)."""
    parts = phrase.split()
    for i in range(len(words) - len(parts) + 1):
        if words[i:i + len(parts)] == parts:
            return i
    return -1

