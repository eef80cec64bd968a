"""What a rewritten headline says besides its claim's source: whose side a named speaker is on (from the words the
article puts around the name), whether its source is the one the hints suggest, a reply credited to another party
after the claim, and a label that judges the claim ("Fact check:"). Used by
:func:`kit.exercises.frame_checks.check_neutral_headline`, alike for every side.

    >>> reply_clause("WSWS says US rescued ISIS, Pentagon says that is false", {"says"})[2]
    'Pentagon'
"""

from __future__ import annotations

import re

from . import headline_sources as hs
from .answers import norm
from .headline_sources import (
    NAME_PARTICLES,
    OFFICE_WORDS,
    SELF_WORDS,
    actors_in,
    article_of,
    claim_makers,
    claim_words,
    holds_claim_word,
    no_reply_from,
)

__all__ = ["speaker_sides", "own_start", "reply_clause", "participle", "reply_reported", "verdict_label", "context_drops", "reply_check",
           "claim_sides", "reported_reply", "no_reply_said", "no_reply_clause", "party_of", "title_source", "the_name",
           "listed_parties", "party_check", "person_party", "spelled_words", "claim_outlet", "source_fault", "makes_the_claim"]


def speaker_sides(row, articles) -> dict[str, set]:
    """Each word of the full name of a speaker of the article's claim sentences (:func:`claim_makers`), with the actors
    the article names in that speaker's title or description: the capitalised words right before the name ("Russian
    General Sergei Surovikin") and the part between commas right after it ("Valery Gerasimov, chief of the Russian
    military's general staff"). One rule for every speaker, whichever side.

    >>> import kit
    >>> row = article_of("Russia charges Pentagon with training ex-ISIS fighters", kit.load_articles())
    >>> speaker_sides(row, kit.load_articles())["gerasimov"]
    {'Russia'}
    """
    import kit

    one = articles[articles["article_id"] == row["article_id"]]
    text = str(row.get("text") or "")
    words = claim_words(str(row.get("title") or ""), text)
    rows = kit.quotes(one)
    rows = rows[rows["quote"].fillna("").astype(str).map(lambda quote: holds_claim_word(quote, words))]
    sides: dict[str, set] = {}
    for name in {str(n).strip() for n in rows["speaker"] if isinstance(n, str) and " " in str(n).strip()}:
        for m in re.finditer(r"((?:[A-Z][\w'’.-]*\s+){0,4})" + re.escape(name) + r"(,[^,.;]*)?", text):
            actors = set(actors_in(" ".join(m.group(1).split()) + " " + (m.group(2) or "")))
            for w in re.findall(r"[a-z]+", norm(name)):
                if len(w) > 2 and w not in SELF_WORDS | OFFICE_WORDS | NAME_PARTICLES:
                    sides.setdefault(w, set()).update(actors)
    return sides


def own_start(source: list[str], original: str, articles) -> bool:
    """True when a rewrite's source is one a hint suggests (:func:`own_shapes`): "Article says …" or the outlet's name.

    >>> import kit
    >>> own_start(["article"], "US rescue of ISIS in Raqqa exposed", kit.load_articles())
    True
    >>> own_start(["russia"], "Russia charges Pentagon with training ex-ISIS fighters", kit.load_articles())
    False
    """
    row = article_of(original, articles)
    outlet = re.findall(r"[a-z]+", norm(str(row.get("outlet") or ""))) if row is not None else []
    named = [w for w in source if w not in ("the", "a", "an", "this", "its")]
    return bool(named) and (named in (["article"], ["the", "article"]) or bool(outlet) and set(named) <= set(outlet) | {"article"})


def makes_the_claim(name: str, original: str, articles) -> bool:
    """True when ``name`` (a headline's source, as typed) makes the claim of the article's headline ``original``: the
    article, its outlet or its writer (:func:`own_start`), or the party that headline credits the claim to
    (:func:`title_source`: "Russia charges Pentagon …": Russia, the Kremlin, Moscow and Lavrov alike, :func:`party_of`),
    or a speaker the article quotes making it (:func:`claim_makers`) who is not of the side it accuses.

    >>> import kit
    >>> makes_the_claim("the Kremlin", "Russia charges Pentagon with training ex-ISIS fighters", kit.load_articles())
    True
    >>> makes_the_claim("the Pentagon", "Russia charges Pentagon with training ex-ISIS fighters", kit.load_articles())
    False
    """
    from .frame_checks import saying_forms

    row = article_of(original, articles)
    words = re.findall(r"[a-z]+", norm(name))
    if row is None or not words:
        return False
    author = re.findall(r"[a-z]+", norm(str(row.get("author") or "")))
    outlet = "".join(re.findall(r"[a-z]+", norm(str(row.get("outlet") or ""))))
    if own_start(words, original, articles) or hs.spells_out(outlet, words) or author and author[-1] in words:
        return True
    party = party_of(name, str(row.get("text") or ""))[0]
    if set(words) & claim_makers(row, articles)[0]:  # a speaker quoted making it ("General Mark Reed"), not the accused
        return not party & claim_sides(row, articles, saying_forms())[0]
    return bool(title_source(str(row.get("title") or ""), saying_forms()) & party)


def reply_clause(headline: str, verbs: set, agree: frozenset = frozenset()) -> tuple[str, str, str]:
    """A reply credited to another party after the claim ("…, Pentagon says that's not true", "…; Kremlin denies
    it"): (the headline before it, the reply, the reply's source as typed); ("", "", "") when there is none. A verb
    of ``verbs`` (the one-word verbs of saying) with a source before it and words after it: a second source, not a
    negation of the claim. "…, BBC reports" (nothing after the verb) credits the claim itself. A verb of denial, or
    of ``agree`` (``agrees`` in data/headline_words.csv: "…, Pentagon agrees", "…, the US backs it"), is a reply
    alone. The source ends before an auxiliary or a negation ("…, Pentagon doesnt deny it": 'Pentagon').

    >>> reply_clause("Russia says Pentagon trained fighters, Pentagon says that's not true", {"says"})
    ('Russia says Pentagon trained fighters', "Pentagon says that's not true", 'Pentagon')
    >>> reply_clause("Russia says US trained fighters, US military says that is false", {"says"})[2]
    'US military'
    >>> reply_clause("WSWS says US helped ISIS, citing BBC report on convoy", {"says", "report"})[1]
    ''
    >>> reply_clause("US helped ISIS, BBC reports", {"reports"})
    ('', '', '')
    >>> reply_clause("WSWS says US helped ISIS, Kremlin agrees", {"says"}, frozenset({"agrees"}))[2]
    'Kremlin'
    >>> reply_clause("WSWS says US helped ISIS, Pentagon doesnt deny it", {"says", "deny"})[2]
    'Pentagon'
    """
    from ..wordsets import word_sets

    sets = word_sets()
    denials = sorted(map(re.escape, sets.denial_verbs & set(verbs) | set(agree)))  # "…, Pentagon denies": a reply alone
    denials = [d + r"(?:\s+(?:it|that|this|them|the\s+(?:claim|charge|report|story)))?" for d in denials]  # "backs it"
    found = re.search(r"^(?P<head>.+?\w.*?)\s*(?:,|;|\s[-–—]+)\s*(?:but\s+|while\s+|and\s+|yet\s+)?(?P<tail>(?P<src>"
                      r"[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,5}?)\s+(?:(?P<verb>" + "|".join(sorted(map(re.escape, verbs))) +
                      r"|call(?:s|ed)?(?=\s+(?:it|that|this|them|those|the\s+\w+)\s+\S))\s+(?P<rest>\S.*?)|(?:" +
                      "|".join(denials or ["(?!)"]) + r")))\s*[.!]?\s*$", headline)  # "…, Pentagon calls it fake"
    if not found or not verbs:
        return "", "", ""
    src = [w for w in re.findall(r"[a-z]+", norm(found.group("src"))) if w not in ("the", "a", "an")]
    if not src or set(src) <= SELF_WORDS - {"critics"} or any(w in verbs for w in src) or participle(found.group("src"), headline) \
            or hs.NO_REPLY.search(found.group("tail")):  # "…, Pentagon hasnt responded yet": no reply (adds_negation)
        return "", "", ""
    said = found.group("src").split()
    while len(said) > 1 and (norm(said[-1]) in sets.auxiliaries | {"not", "never"} or re.sub(r"nt$", "n't", norm(said[-1])) in sets.auxiliaries):
        said.pop()  # "Pentagon doesnt", "Kremlin does not", "US won't": the party ends before its auxiliary
    return found.group("head").strip(), found.group("tail").strip(), " ".join(said)


def participle(source: str, headline: str) -> bool:
    """True when a reply's ``source`` (as typed) holds a participle in -ing ("…, citing BBC report"), so it is no party:
    a word in -ing that is a name is one ("Beijing", "Xi Jinping"): a state or body the gazetteer or data/concepts.csv
    knows, or a word written with a capital in a headline whose other words are not all capitalised.

    >>> participle("citing BBC", "WSWS says US helped ISIS, citing BBC report"), participle("Beijing", "x, beijing denies")
    (True, False)
    >>> participle("Xi Jinping", "WSWS says US helped ISIS, Xi Jinping denies"), participle("Citing BBC", "A Says B, Citing BBC Report")
    (False, True)
    >>> participle("xi jinping", "wsws says us helped isis, xi jinping denies")
    False
    """
    words = re.findall(r"[A-Za-z][\w'’-]*", headline)
    title_case = sum(w[0].isupper() for w in words if len(w) > 3) > len([w for w in words if len(w) > 3]) / 2
    names = {w for n in hs.actor_names() for w in [n.lower(), *n.lower().split()]}  # "xi jinping": a word of a name
    return any(norm(w).endswith("ing") and not (hs.names_a_state([norm(w)]) or norm(w) in names
                                                 or w[0].isupper() and not title_case)
               for w in re.findall(r"[A-Za-z][\w'’.-]*", source))


def reply_reported(replier: str, original, articles) -> bool:
    """True when the article reports a reply from the party a reply is credited to (:func:`reported_reply`), or
    when there is no article.

    >>> import kit
    >>> reply_reported("Pentagon", "US rescue of ISIS in Raqqa exposed", kit.load_articles())
    True
    >>> reply_reported("Xinhua", "US rescue of ISIS in Raqqa exposed", kit.load_articles())
    False
    """
    row = article_of(original, articles) if original else None
    return row is None or bool(reported_reply(replier, row, articles))


def party_of(replier: str, text: str = "") -> tuple[set, set]:
    """The actors a party's name stands for (``data/concepts.csv``: "Pentagon", "US military" and "Washington" are
    the United States; "Kremlin", "Russian military" and "Moscow" are Russia; "the coalition" with the state a name of
    it says leads it, "US-led coalition"; a country by its adjective, "Syria" as "Syrian", :func:`country_of`; a
    person by the party the article's ``text`` says they speak for, :func:`person_party`), and the words of its name.

    >>> party_of("the Kremlin"), party_of("Col. Ryan Dillon")[1] == {"col", "ryan", "dillon"}
    (({'Russia'}, set()), True)
    >>> sorted(party_of("coalition")[0]), party_of("Syria")[0]
    (['Coalition', 'United States'], {'Syrian government'})
    >>> party_of("former Pentagon spokesman Eric Pahon")[0], sorted(party_of("former Pentagon spokesman Eric Pahon")[1])
    (set(), ['eric', 'pahon'])
    """
    from ..affiliations import former_role
    from ..concepts import load_concepts
    from ..wordsets import word_sets

    if former_role(replier.split()):  # "former Pentagon spokesman Eric Pahon": no one's side today, only his name
        sets = word_sets()
        named = {w for name in actors_in(replier).values() for w in re.findall(r"[a-z]+", norm(name))}
        roles = sets.titles | sets.description_nouns | sets.before_name | sets.rank_words | sets.office_words
        return set(), {w for w in re.findall(r"[a-z]+", norm(replier)) if not former_role([w]) and w not in
                       named | roles | SELF_WORDS | OFFICE_WORDS | {"the", "ex", "yet"}}
    table = load_concepts()
    bare = " ".join(re.findall(r"[a-z]+", norm(re.sub(r"(?i)^the\s+", "", replier.strip()))))
    wanted = set(actors_in(replier)) or {c for c, n in zip(table["concept"], table["surface"].astype(str))
                                         if bare and norm(re.sub(r"(?i)^the\s+", "", n)) == bare}
    words = {w for w in re.findall(r"[a-z]+", norm(replier)) if w not in SELF_WORDS | OFFICE_WORDS | {"the", "yet"}}
    wanted = wanted or {hs.country_of(w) for w in words if hs.country_of(w)} or person_party(replier, text)
    for concept, name in zip(table["concept"], table["surface"].astype(str)):  # "US-led coalition": the US's side
        led = re.match(r"(?:the\s+)?(\S+)-led\s", name)
        if concept in wanted and led:
            wanted |= set(actors_in(led.group(1))) - {concept}
    return wanted, set() if wanted else words


def person_party(replier: str, text: str) -> set:
    """The actors a person named in a reply speaks for, read from the article's ``text``: the body or country the
    words with the name give (:func:`kit.affiliations.speaks_for`: "General Valery Gerasimov, chief of the Russian
    military's general staff", or "The US defense secretary Gen. James “Mad Dog” Mattis"), else the one concept of data/concepts.csv whose names hold the name ("President Bashar al-Assad"). Empty for a party that is an actor.

    >>> sorted(person_party("Ivan Petrov", "Russian General Ivan Petrov said so.")), person_party("Ann Lee", "Ann Lee said so.")
    (['Russia'], set())
    >>> person_party("Mark Reed", "The US defense secretary Gen. Mark Reed said so."), person_party("Assad", "")
    ({'United States'}, {'Syrian government'})
    >>> person_party("Ann Lee", "Former Pentagon spokesman Ann Lee said so."), person_party("Ann Lee", "Kremlin critic Ann Lee said so.")
    (set(), set())
    """
    from ..affiliations import speaks_for
    from ..concepts import load_concepts

    name = re.sub(r"(?i)^the\s+", "", replier.strip())
    if actors_in(replier) or not re.search(r"[A-Z]", name):
        return set()
    said = speaks_for(text, name)
    if said:  # "Syria" (from "Syrian Foreign Minister …") as the actor its adjective names, as "Russian" is Russia
        return set(actors_in(said)) or {hs.country_of(w) for w in re.findall(r"[a-z]+", norm(said)) if hs.country_of(w)}
    table = load_concepts()
    words = spelled_words(name)  # "Sergei Lavrov" is "Sergey Lavrov" (data/name_spellings.csv)
    found = {c for c, n in zip(table["concept"], table["surface"].astype(str))
             if words and words <= spelled_words(n) and n != n.lower()}
    return found if len(found) == 1 else set()


def spelled_words(name: str) -> set:
    """The words of a person's name, each in the spelling all its spellings share (:func:`kit.concepts.spelling_key`,
    data/name_spellings.csv: a name written from another alphabet, "Sergei" and "Sergey"; a short form, "Jim").

    >>> spelled_words("Sergei Lavrov") == spelled_words("Foreign Minister Sergey Lavrov") - {"foreign", "minister"}
    True
    >>> sorted(spelled_words("Walid al-Muallem")) == sorted(spelled_words("Walid al-Moallem"))
    True
    """
    from ..concepts import spelling_key

    return {spelling_key(w) for w in re.findall(r"[a-z]+", norm(name))}


def source_fault(headline: str, words: str, original, articles, shapes: str, bare: frozenset) -> tuple[str, str]:
    """What is wrong with the source a headline credits its claim to before ``words`` (its verb of saying), as the
    check says it when nothing else is wrong: a source that names no one ("Report says …": ``bare`` words only),
    or one the article does not give (:func:`kit.exercises.headline_sources.wrong_source`); ("", "") when the source
    is fine. A headline with a verdict in it is told "your headline already says who makes the claim" only then.

    >>> import kit
    >>> source_fault("pentagon denies rescuing isis lol", "denies", "US rescue of ISIS in Raqqa exposed",
    ...              kit.load_articles(), "WSWS says …", frozenset({"report"}))[0]
    "it gives a denial by 'pentagon', but not who makes the claim in the article: say who makes it."
    """
    source = hs.source_words(headline, words)
    tail = hs.source_words(headline.rsplit(",", 1)[-1], words) if "," in headline else []  # "…, BBC reports"
    if source and all(w in bare for w in source):
        return f"it credits the claim to '{' '.join(source)}', but whose report? Name it: {shapes}.", ""
    if not re.search(rf"\b{re.escape(words)}\s+(of|by)\b", norm(headline)) and (
            hs.stranger(tail or source, original, articles) or hs.denial_after(headline, tail or source)):
        return hs.wrong_source(headline, tail or source, original, articles, shapes)
    return "", ""


def claim_outlet(replier: str, row, articles, verbs: set) -> bool:
    """True when ``replier`` names the outlet the article cites for its claim: named in the sentence of a quotation
    in which a maker of the claim (:func:`claim_makers`, not of the side it accuses, :func:`claim_sides`) states it (:func:`claim_words`), not as its speaker ("…,” Gerasimov said in an interview with the
    Russian daily Komsomolskaya Pravda.").

    >>> import kit
    >>> row = article_of("Russia charges Pentagon with training ex-ISIS fighters", kit.load_articles())
    >>> verbs = {"says", "charges"}
    >>> claim_outlet("Komsomolskaya Pravda", row, kit.load_articles(), verbs), claim_outlet("Reuters", row, kit.load_articles(), verbs)
    (True, False)
    """
    import kit

    words = set(re.findall(r"[a-z]+", norm(replier))) - {"the"}
    if not words or actors_in(replier):
        return False
    one = articles[articles["article_id"] == row["article_id"]]
    rows, table = kit.quotes(one), kit.sentences(one)
    texts = dict(zip(table["sentence_id"], table["text"]))
    claim = claim_words(str(row.get("title") or ""), str(row.get("text") or ""))
    makers, maker_actors = claim_makers(row, articles)
    accused = claim_sides(row, articles, verbs)[0]
    for quote, sid, *pair in zip(rows["quote"].fillna("").astype(str), rows["sentence_id"], rows["speaker"], rows["speaker_text"]):
        names = [str(n) for n in pair if isinstance(n, str)]
        named = {w for n in names for w in re.findall(r"[a-z]+", norm(n))}
        actors = {c for n in names for c in actors_in(n)}
        maker = (named & makers or actors & maker_actors) and not actors & accused  # the accused's words: a reply
        sentence = set(re.findall(r"[a-z]+", norm(str(texts.get(sid) or "").replace(quote, " "))))
        if maker and holds_claim_word(quote, claim) and words <= sentence and not words <= named:
            return True
    return False


def reported_reply(replier: str, row, articles, nouns: frozenset | None = None) -> str:
    """The sentence of the first ``kit.quotes`` row whose speaker is the party ``replier`` names (:func:`party_of`),
    or, for a party that is no actor, by the words of its name ("Gerasimov", "BBC"); "" when there is none. A row of
    the claim's own makers that states the claim (:func:`claim_makers`, a claim word in the quote) is the claim, not
    a reply. Whether a row is a denial is not judged. With ``nouns`` (the nouns that name a claim, data/headline_words.csv:
    "report", "charges", "allegation"), only a row whose sentence names the claim with one of them: a reply to it.

    >>> import kit
    >>> row = article_of("US rescue of ISIS in Raqqa exposed", kit.load_articles())
    >>> reported_reply("Washington", row, kit.load_articles())[:40]
    'In the face of the evidence uncovered by'
    """
    import kit

    one = articles[articles["article_id"] == row["article_id"]]
    rows, table = kit.quotes(one), kit.sentences(one)
    texts = dict(zip(table["sentence_id"], table["text"]))
    wanted, words = party_of(replier, str(row.get("text") or ""))
    makers, maker_actors = claim_makers(row, articles)
    claim = claim_words(str(row.get("title") or ""), str(row.get("text") or ""))
    for quote, sid, *pair in zip(rows["quote"].fillna("").astype(str), rows["sentence_id"], rows["speaker"], rows["speaker_text"]):
        names = [str(n) for n in pair if isinstance(n, str) and n.strip()]
        actors = {c for n in names for c in actors_in(n)}
        named = {w for n in names for w in re.findall(r"[a-z]+", norm(n))}
        if holds_claim_word(quote, claim) and (actors & maker_actors or named & makers) or len(quote.split()) < 2:
            continue  # the claim itself, as its maker states it; a word quoted ("annihilate") is no reply
        sentence = " ".join(str(texts.get(sid) or quote).split())
        if (wanted & actors or words and words <= named) and (
                nouns is None or set(re.findall(r"[a-z]+", sentence.lower())) & nouns):
            return sentence
    return ""


def claim_sides(row, articles, verbs: set) -> tuple[set, set]:
    """The actors the article's claim is about (its headline's actors but the headline's own source: the Pentagon in
    "Russia charges Pentagon with …"), and the actors that make it (that source, :func:`claim_makers`, and a speaker
    whose quoted words name an actor the claim is about, by the actors the speaker's name gives or, for a person,
    the party the article says that person speaks for: "Russian Foreign Ministry spokesman General Igor Konashenkov
    blasted US regional forces …", :func:`person_party`). One rule, whichever side accuses.

    >>> import kit
    >>> articles, CHARGES = kit.load_articles(), "Russia charges Pentagon with training ex-ISIS fighters"
    >>> accused, makers = claim_sides(article_of(CHARGES, articles), articles, {"charges"})
    >>> "United States" in accused, makers
    (True, {'Russia'})
    >>> sorted(claim_sides(article_of("US rescue of ISIS in Raqqa exposed", articles), articles, {"says"})[1])
    ['Iran', 'Russia', 'Syrian government']
    """
    import kit

    title = str(row.get("title") or "")
    source = title_source(title, verbs)
    accused = set(actors_in(title)) - source
    makers = source | claim_makers(row, articles)[1]
    rows, text = kit.quotes(articles[articles["article_id"] == row["article_id"]]), str(row.get("text") or "")
    for quote, *pair in zip(rows["quote"].fillna("").astype(str), rows["speaker"], rows["speaker_text"]):
        if set(actors_in(quote)) & accused:  # "the Pentagon has colluded with …", said by Iran, Russia and Syria
            names = [n for n in pair if isinstance(n, str)]
            makers |= {c for n in names for c in actors_in(n)} or {c for n in names for c in person_party(n, text)}
    return accused, makers - accused


def title_source(title: str, verbs: set) -> set:
    """The actors a headline credits its claim to, before its verb of saying ("Russia charges …"); none for a
    headline that makes the claim in its own voice ("US rescue of ISIS in Raqqa exposed").

    >>> title_source("Russia charges Pentagon with training ex-ISIS fighters", {"charges"}), title_source("US rescue", {"says"})
    ({'Russia'}, set())
    """
    words = re.findall(r"[A-Za-z][\w'’-]*", title)
    at = next((i for i, w in enumerate(words[:4]) if i and w.lower() in verbs), 0)
    return set(actors_in(" ".join(words[:at]))) if at else set()


def the_name(actor: str, owner: bool = False) -> str:
    """An actor's name in a sentence: "the" before a name of two words ("the Syrian government"), "'s" to own.

    >>> the_name("Syrian government", owner=True), the_name("Russia")
    ("the Syrian government's", 'Russia')
    """
    return ("the " if " " in actor else "") + actor + (("'" if actor.endswith("s") else "'s") if owner else "")


def listed_parties(typed: str) -> list[str]:
    """The parties of a list a no-reply names ("the US, Russia or anyone else"), each as typed; in a list, words in
    lower case that name no actor ("anyone else", "others") name no party.

    >>> listed_parties("the US, Russia or anyone else"), listed_parties("the Pentagon")
    (['the US', 'Russia'], ['the Pentagon'])
    """
    items = [p.strip(" .!") for p in re.split(r"\s*,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor)\s+", typed) if p.strip(" .!")]
    if len(items) < 2:
        return items
    return [p for p in items if actors_in(p) or p != p.lower()]


def no_reply_said(replier: str, text: str) -> str:
    """The sentence of ``text`` that says the party ``replier`` names gave no reply (:data:`NO_REPLY`), or "".

    >>> no_reply_said("Washington", "Russia made the charge. There was no immediate response from the Pentagon.")
    'There was no immediate response from the Pentagon.'
    >>> no_reply_said("Kremlin", "Russia made the charge. There was no immediate response from the Pentagon.")
    ''
    """
    wanted, words = party_of(replier, text)
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if any(party & wanted or words and words <= party for party in no_reply_from(sentence)):
            return " ".join(sentence.split())
    return ""


def no_reply_clause(headline: str) -> tuple[str, str]:
    """A no-reply credited to a party after the claim ("…; no reply from the Pentagon", "…, Kremlin hasnt responded
    yet", "…; Moscow declined to comment"): (the headline before it, the party as typed); ("", "") when there is none.

    >>> no_reply_clause("WSWS says US rescued ISIS; no reply from the Pentagon yet")
    ('WSWS says US rescued ISIS', 'the Pentagon')
    >>> no_reply_clause("Russia says US trained ISIS, no reply from the US, Russia or anyone else")[1]
    'the US, Russia or anyone else'
    >>> no_reply_clause("WSWS says US rescued ISIS, Kremlin hasnt responded"), no_reply_clause("US did not respond")
    (('WSWS says US rescued ISIS', 'Kremlin'), ('', ''))
    """
    for m in hs.NO_REPLY.finditer(headline):
        head = re.match(r"^(.*?\w.*?)\s*(?:,|;|\s[-–—]+|,?\s+(?:and|but|while|yet))\s*$", headline[:m.start()])
        more = re.match(r"(?:\s*,\s*(?:(?:or|and|nor)\s+)?[\w'’ -]+)*", headline[m.end():]) if m.group("to") else None
        party = re.sub(r"(?i)\s+yet$", "", (m.group("to") + more.group() if more else m.group("by")).strip(" .!"))
        if head and party:
            return head.group(1).strip(), party
    return "", ""


def reply_check(headline: str, verbs: set, original, articles, nouns: frozenset = frozenset(),
                agree: frozenset = frozenset()) -> tuple[str, str, str]:
    """A reply or a no-reply credited to a party after the claim (:func:`reply_clause`, :func:`no_reply_clause`),
    checked against the article: (the headline without it, what is wrong with it or "", a caution or "").
    A reply is fine only where the article reports one from that party: not where the article says the party gave
    none (its sentence is quoted), unless it reports that party's words on the claim later (a row whose sentence names
    the claim with one of ``nouns``: "Later, a Pentagon spokesman said the report was …"), and never from the side
    that makes the claim (:func:`claim_sides`). A no-reply is fine only where the article says so; where it reports a
    response from that party, that response is quoted; where it says neither, it adds a negation (``adds_negation``).
    The same rule for the accused and the accuser, whichever side they are.

    >>> import kit
    >>> check = reply_check("Russia says Pentagon trained them, Kremlin denies", {"says", "charges", "denies"},
    ...                     "Russia charges Pentagon with training ex-ISIS fighters", kit.load_articles())
    >>> check[1]
    "Russia makes the claim in this article; a reply comes from the side it accuses: the claim is about what the United States did, so take out a reply from 'Kremlin'."
    >>> two = reply_check("Russia says Pentagon trained them, Kremlin and Pentagon deny", {"says", "charges", "deny"},
    ...                   "Russia charges Pentagon with training ex-ISIS fighters", kit.load_articles())[1]
    >>> [fault.split(";")[0].split(":")[0] for fault in two.split(" Also: ")]
    ['Russia makes the claim in this article', "the article does not report a reply from 'Pentagon'"]
    >>> reply_check("Russia says Pentagon trained them; no reply from the Pentagon", {"says", "charges"},
    ...             "Russia charges Pentagon with training ex-ISIS fighters", kit.load_articles())
    ('Russia says Pentagon trained them', '', '')
    """
    main, reply, replier = reply_clause(headline, verbs, agree)  # "…, Pentagon agrees" (``agree``) as "…, Pentagon denies"
    silent = not reply
    if silent:
        main, replier = no_reply_clause(headline)
    if not replier:
        return headline, "", ""
    row = article_of(original, articles) if original else None
    if row is None:
        return main, "", "" if silent else f"it gives a reply from '{replier}' too: check that the article reports that reply."
    parties = listed_parties(replier)  # "no reply from the US, Russia or …"; "…, Mattis and Lavrov deny": two repliers
    found = [party_check(headline, main, party, reply if silent or len(parties) < 2 else f"{party} {reply[len(replier):].strip()}",
                         row, articles, verbs, nouns, agree) for party in parties]
    faults = list(dict.fromkeys(f[1] for f in found if f[1]))  # each replier's own fault, once
    return (main, " Also: ".join(faults), "") if faults else found[0] if found else (main, "", "")


def party_check(headline: str, main: str, replier: str, reply: str, row, articles, verbs: set,
                nouns: frozenset = frozenset(), agree: frozenset = frozenset()) -> tuple[str, str, str]:
    """:func:`reply_check` for one party (``reply`` the reply as typed, "" for a no-reply): (the headline without
    it, what is wrong with it or "", a caution or ""). A reply whose verb is one of ``agree`` ("…, Pentagon agrees")
    says the claim is true, as "…, Pentagon says it's legit" does.

    >>> import kit
    >>> row = article_of("US rescue of ISIS in Raqqa exposed", kit.load_articles())
    >>> party_check("WSWS says US rescued ISIS, Syria denies", "WSWS says US rescued ISIS", "Syria", "Syria denies",
    ...             row, kit.load_articles(), {"says", "denies"})[1]
    "the article reports the Syrian government's charge (with Iran and Russia); a reply comes from the side accused: the claim is about what the United States did, so take out a reply from 'Syria'."
    """
    from ..affiliations import former_role
    from .verdicts import verdicts_said

    silent, kind = not reply, "reply" if reply else "no-reply"
    outlet = claim_outlet(replier, row, articles, verbs)  # "Komsomolskaya Pravda": where the claim comes from, no side
    wanted = set() if outlet else party_of(replier, str(row.get("text") or ""))[0]
    accused, accusers = claim_sides(row, articles, verbs)
    source = title_source(str(row.get("title") or ""), verbs)
    states = sorted(c for c in accused if hs.names_a_state(norm(c).split())) or sorted(accused)  # not "ISIS"
    about = f": the claim is about what {' and '.join(map(the_name, states))} did" if states else ""  # student 43 #6
    if wanted and wanted <= accusers and wanted <= source:  # "…, Kremlin denies" where Russia makes the charge
        names = {**{c: c for c in wanted}, **actors_in(str(row.get("title") or ""))}
        who = " and ".join(names[c] for c in sorted(wanted))
        return main, (f"{who} makes the claim in this article; a reply comes from the side it accuses{about}, so take "
                      + (f"out a reply from '{replier}'." if not silent else f"out the {kind} from '{replier}'.")), ""
    unsaid = (f" The article does not say that '{replier}' gave no reply." if silent and not no_reply_said(
        replier, str(row.get("text") or "")) else "")  # "…, the Kremlin says nothing": nor does the article say so
    if wanted and wanted <= accusers:  # "earlier charges by Iran, Russia and the Syrian government": alike
        text, named = str(row.get("text") or ""), actors_in(str(row.get("text") or ""))
        others = " and ".join(the_name(c) for c in sorted(accusers - wanted, key=lambda c: (text.find(named.get(c, c)), c)))
        *rest, last = sorted(wanted)
        return main, (f"the article reports {' and '.join([*map(the_name, rest), the_name(last, owner=True)])} charge"
                      + (f" (with {others})" if others else "") + f"; a reply comes from the side accused{about}, so take out "
                      + (f"a reply from '{replier}'." if not silent else f"the {kind} from '{replier}'.") + unsaid), ""
    said = no_reply_said(replier, str(row.get("text") or ""))
    response = reported_reply(replier, row, articles, nouns if said else None)  # a reply to the claim after all
    said = "" if response else said
    if not wanted and (response and set(actors_in(response)) & accused and set(re.findall(r"[a-z]+", response.lower()))
                       & nouns or outlet):
        return main, (f"{replier} is where the article's claim comes from, not a side that replies: take out the "  # the BBC
                      f"{kind} from '{replier}'."), ""
    if silent and said:
        return main, "", ""
    if silent and response:  # "no reply from the Pentagon", "Pentagon hasnt responded yet": one message
        return main, (f"the article reports a response from '{replier}': “{response}” Say what they said, or take out "
                      "the no-reply."), ""
    if silent:  # "…; no reply from the Pentagon" where the article says neither: split off (teacher 49 #4)
        return main, f"the article does not say that '{replier}' gave no reply: take that out, or say where you read it.", ""
    if said:  # "…, Pentagon denies" where the article says "There was no immediate response from the Pentagon"
        return main, (f"the article does not report a reply from '{replier}': take out the reply, or say where you "
                      f"read it. The article says “{said}”"), ""
    said_back = re.sub(r"^\s*\S+\s*", "", reply[len(replier):] if reply.startswith(replier) else reply)  # "it's legit"
    agrees = any(v.side == "vouches" for v in verdicts_said(said_back.lower())) or norm(  # "…, the US says it's legit"
        (reply[len(replier):].split() or [""])[0]) in agree  # "…, the US backs it"
    if response and agrees and wanted & accused and not any(v.side == "vouches" for v in verdicts_said(response.lower())):
        return main, (f"the reply the article reports from '{replier}' does not say the claim is true: "
                      f"“{response}” Say what they said."), ""
    if response:
        return main, "", f"it gives a reply from '{replier}' too: check that the article reports that reply."
    left = ", and someone who has left an office no longer speaks for it" if former_role(replier.split()) else ""
    return main, (f"the article does not report a reply from '{replier}'{left}: take out the reply, or say where you "
                  "read it."), ""


def verdict_label(headline: str, labels: frozenset) -> str:
    """The label before a headline that says its claim has been judged ("Fact check:", "Verified:", "Debunked:",
    from ``judges_label`` in data/headline_words.csv), as typed; "" when there is none.

    >>> verdict_label("Fact check: Russia says Pentagon trained fighters", frozenset({"fact check"}))
    'Fact check'
    >>> verdict_label("Raqqa: Russia says Pentagon trained fighters", frozenset({"fact check"}))
    ''
    """
    found = re.match(r"\s*([^:|!–—]{1,40}?)\s*(?::|\||!|\s[-–—]+\s)", headline)
    return found.group(1) if found and norm(found.group(1)) in labels else ""


def context_drops(headline: str, form: str) -> str:
    """The context rule (``data/context_rules.csv``, the detector's own: :mod:`kit.context`) that says a form of the
    attribution list does not report anyone's words where it stands in a headline ("claimed responsibility", "they
    found the keys"), or "" when none does: the check reads the list as the detector reads it.

    >>> context_drops("ISIS claimed responsibility for the attack", "claimed")
    'claimed-responsibility'
    >>> context_drops("Russia claimed US trained ISIS fighters", "claimed")
    ''
    """
    from ..context import compiled_rules
    from .word_checks import entry_term

    rules = compiled_rules()
    rules.start_text(headline)
    for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", headline, flags=re.IGNORECASE):
        hit = rules.applies(headline, m.start(), m.end(), "attribution", entry_term(form, "attribution"), 0, None)
        if hit is None or hit[1] != "drop":
            return ""
        return hit[0]
    return ""
