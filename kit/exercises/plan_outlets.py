"""Steps of a lateral-reading plan that look into someone: the feedback when who they look into did not publish
the article, and when the kit cannot see who published it at all (a pasted text, a file with no outlet). One rule
for outlets and governments, whoever they are (for :func:`kit.exercises.check_lateral_plan`).

    >>> unknown_outlet_note("I would look up who runs RT.", ["RT"]).split(":")[0]
    'Looks into RT'
"""

from __future__ import annotations

import re

from .plan_shows import StepMoves
from .plan_steps import LOOKS_INTO, article_outlets, looked_into, own_site, party_group, shorten, writer_names

__all__ = ["reads_as_person", "unknown_name", "named_in", "step_person", "step_names", "person_moves", "named_people", "people_looked_into", "person_step", "person_traces", "SAID_WHERE", "TRACES_WORDS", "traces_words", "publisher_notes", "FIND_PUBLISHER", "other_outlet_note", "did_not_publish", "not_published_note", "unknown_outlet_note", "name_kinds", "another_text", "quoted_people", "speaker", "finds_publisher", "FINDS_PUBLISHER", "quoted_parties", "others_said",
           "SAID_BY_NAME"]

#: a step that finds who first published the text itself: the note asking for it is then not needed
FINDS_PUBLISHER = (r"\b(?:who (?:first |originally )?(?:published|posted|wrote|put out) (?:it|this|that|the (?:article|text|"
                   r"story|piece))|where (?:it|this|that|the (?:article|text|story|piece)) (?:first |originally )?(?:appeared|"
                   r"came from|was (?:first )?(?:published|posted))|(?:the )?original (?:publisher|article|site|website)|"
                   r"(?:sentences?|lines?|words|quotes?|phrases?) [^.;]{0,40}?in quot(?:es|ation marks))\b")


def finds_publisher(plan: str) -> bool:
    """True when a plan has a step that finds who first published the text itself ("look up who published this",
    "search a sentence in quotation marks to see where it first appeared"), whoever that turns out to be.

    >>> finds_publisher("I would search a sentence in quotes to see where it first appeared.")
    True
    >>> finds_publisher("I would look up who published this."), finds_publisher("I would look up who runs the Kremlin.")
    (True, False)
    """
    return bool(re.search(FINDS_PUBLISHER, plan.lower().replace("’", "'")))


def reads_as_person(name: str, sentence: str = "") -> bool:
    """True when a name looked into reads as a person (:func:`kit.person_names.looks_like_person`), never an outlet
    or a publisher: a first and a last name ("John Kirby"), a title and a name ("General Gerasimov"), or one name
    the ``sentence`` calls "he" or "she" ("look up Gerasimov to see who he speaks for"). A name the gazetteer holds
    (an outlet, a government: "Global Research", "Komsomolskaya Pravda") is not a person, whoever's it is.

    >>> [reads_as_person(n) for n in ("John Kirby", "Dmitry Peskov", "General Gerasimov", "Global Research", "RT")]
    [True, True, True, False, False]
    >>> reads_as_person("Gerasimov", "I would look up Gerasimov to see who he speaks for."), reads_as_person("Sputnik")
    (True, False)
    """
    from ..person_names import is_title, looks_like_person, person_name
    from .answers import norm
    from .entity_names import entity_aliases

    words = re.sub(r"^(?i:the)\s+", "", name.strip()).split()
    if not words or norm(" ".join(words)) in entity_aliases() or not looks_like_person(" ".join(words)):
        return False
    if len(person_name(" ".join(words)).split()) >= 2 or len(words) >= 2 and is_title(words[0]):
        return True
    return bool(re.search(rf"\b{re.escape(words[-1])}\b[^.;!?]*\b(?:he|she|him|her|his)\b", sentence, re.IGNORECASE))


def unknown_name(name: str) -> bool:
    """True when ``name`` is a name the gazetteer knows neither as an outlet nor as a country or government, and
    that could be a person's ("Kirby", "Gerasimov"): the kit cannot call it an outlet, whoever's side it is on.

    >>> [unknown_name(n) for n in ("Kirby", "Peskov", "RT", "the Kremlin", "the Pentagon", "Global Research")]
    [True, True, False, False, False, False]
    """
    from ..person_names import looks_like_person
    from ..wordsets import word_sets
    from .answers import norm
    from .entity_names import entity_aliases

    bare, sets = re.sub(r"^(?i:the)\s+", "", name.strip()), word_sets()
    return (bool(bare) and norm(bare) not in entity_aliases() and not party_group(bare) and looks_like_person(bare)
            and norm(bare) not in sets.places | sets.search_engines)


def named_in(name: str, article) -> bool:
    """True when ``article`` names ``name`` anywhere (its text, any case; a person by family name too).

    >>> from kit.exercises import my_article
    >>> art = my_article(text="Valery Gerasimov spoke to reporters about the convoy at night. " * 40, title="A convoy")
    >>> named_in("Gerasimov", art), named_in("gerasimov", art), named_in("Kirby", art), named_in("Kirby", None)
    (True, True, False, False)
    """
    if not hasattr(article, "columns") or "text" not in article.columns:
        return False
    words = re.sub(r"^(?i:the)\s+", "", name.strip())
    return bool(words) and any(re.search(rf"(?i)(?<![\w-]){re.escape(words)}(?![\w-])", str(t)) for t in article["text"])


def step_person(sentence: str, names: list, article=None) -> str:
    """The first of ``names`` (looked into by a plan step, ``sentence``) that is a person: one that reads as a
    person (:func:`reads_as_person`), one ``article`` names or quotes as a person, or a name no list of the kit
    holds as an outlet or a government (:func:`unknown_name`); "" for none. The same for every side.

    >>> step_person("I would look up Kirby and find the Pentagon statement.", ["Kirby"])
    'Kirby'
    >>> step_person("I would look up Lavrov.", ["Lavrov"]), step_person("I would look into RT.", ["RT", "the Kremlin"])
    ('Lavrov', '')
    """
    people = (named_people(article) + quoted_people(article)) if article is not None else []
    return next((n for n in names if reads_as_person(n, sentence) or speaker(n, people) or unknown_name(n)), "")


def step_names(sentence: str, article=None) -> list[str]:
    """Every name a plan step (``sentence``, as typed) looks into ("google Mattis", "who runs RT", "look up peskov"
    as the article spells it: :func:`people_looked_into`), whether or not ``article`` names it or publishes it.

    >>> step_names("I would google Mattis to see if hes lying and look into who runs RT.")
    ['Mattis', 'RT']
    """
    names: list = []
    looked_into(people_looked_into(sentence, article), lambda name: names.append(name) or True)
    return list(dict.fromkeys(names))


def person_moves(moves: list, sentence: str, names: list, article=None) -> list:
    """A step's ways off the page (``moves``) with the person it looks into (:func:`step_person`, among ``names`` and
    every name the step looks into: :func:`step_names`), so that the example fitted to it is what that person said,
    where and when (:func:`kit.exercises.plan_shows.show_example`), on every article, whoever published it.

    >>> person_moves(["finds out who is behind the source"], "I would look up Peskov.", ["Peskov"]).person
    'Peskov'
    >>> person_moves(["finds out who is behind the source"], "I would google Mattis to see if hes lying.", []).person
    'Mattis'
    >>> import pandas as pd  # the article's writer is no speaker of it
    >>> person_moves(["finds out who is behind the source"], "I would look up Anna Volkova.", ["Anna Volkova"],
    ...              pd.DataFrame({"outlet": ["RT"], "author": ["Anna Volkova"], "text": ["No names."]})).person
    ''
    """
    from .answers import norm

    writers = writer_names(article)  # the writer: who they write for is who is behind the source, not what they said
    names = [n for n in dict.fromkeys(names + step_names(sentence, article)) if norm(n) not in writers]
    return StepMoves(moves, person=step_person(sentence, names, article))


def other_outlet_note(sentence: str, names: list, outlets: list) -> str:
    """The feedback on a step that finds out who is behind ``names``, none of them this article's outlet
    (``outlets``) or named in it: what that step does instead, and which one to look into; the same words for a
    country or a government, but for what it is ("someone", not "another outlet").

    >>> print(other_outlet_note("I would look into RT.", ["RT"], ["WSWS"]))
    Looks into another outlet: “I would look into RT.” But RT did not publish this article and is not named in it: finding out who is behind RT shows you RT, not this article's source. Look up who is behind WSWS, which published it, or the source the article cites.
    >>> other_outlet_note("I would look into Iran.", ["Iran"], ["WSWS"]).split(":")[0]
    'Looks into someone this article does not name'
    >>> print(other_outlet_note("I would look up John Kirby.", ["John Kirby"], ["WSWS"]).split(" Look up")[0])
    Looks into someone this article does not name: “I would look up John Kirby.” But John Kirby is a person, not an outlet, and is not named in it: looking John Kirby up shows you what John Kirby said, where and when, not this article's source.
    >>> print(other_outlet_note("I would look up Gerasimov.", ["Gerasimov"], ["Anti-Media"]).split(" Look up")[0])
    Looks into someone this article does not name: “I would look up Gerasimov.” But Gerasimov did not publish this article and is not named in it: looking Gerasimov up shows you what Gerasimov said, where and when, not this article's source.
    """
    who = " and ".join(names)
    one = len(names) == 1
    people = all(reads_as_person(n, sentence) for n in names)  # "John Kirby": a person, never an outlet
    someone = all(reads_as_person(n, sentence) or unknown_name(n) for n in names)  # "Gerasimov": no outlet the kit knows
    kind = "someone this article does not name" if someone or any(party_group(n) for n in names) else "another outlet"
    did = (f"{'is a person' if one else 'are people'}, not {'an outlet' if one else 'outlets'}," if people
           else did_not_publish(names))
    finding = (f"looking {who} up shows you what {who if one else 'they'} said, where and when" if someone else
               f"finding out who is behind {who} shows you {who if one else 'them'}")
    return (f"Looks into {kind}: {shorten(sentence)} But {who} {did} and {'is' if one else 'are'} not named in it: "
            f"{finding}, not this article's source. Look up who is "
            f"behind {' or '.join(outlets) or 'the outlet'}, which published it, or the source the article cites.")


def did_not_publish(names: list) -> str:
    """What is true of outlets (``names``) that did not publish the article: the plan check's words, and the
    reflection check's (:func:`not_published_note`).

    >>> did_not_publish(["RT"]), did_not_publish(["RT", "Sputnik"])
    ('did not publish this article', 'do not publish this article')
    """
    return f"{'did' if len(names) == 1 else 'do'} not publish this article"


def not_published_note(sentence: str, names: list, outlets: list) -> str:
    """The feedback on a reflection's sentence that talks of ``names`` (outlets) as the publisher of an article
    that ``outlets`` published and that does not name them: the plan check's words (:func:`other_outlet_note`).

    >>> print(not_published_note("RT is a state outlet, so it is biased.", ["RT"], ["WSWS"]))
    Names another outlet: “RT is a state outlet, so it is biased.” But RT did not publish this article and is not named in it: WSWS published it. Say what the text shows about WSWS, or where you would check who runs it.
    """
    who, one = " and ".join(names), len(names) == 1
    own = " or ".join(outlets) or "the outlet that published it"
    return (f"Names another outlet: {shorten(sentence)} But {who} {did_not_publish(names)} and {'is' if one else 'are'} "
            f"not named in it: {own} published it. Say what the text shows about {own}, or where you would check who "
            "runs it.")


def quoted_people(article) -> list[str]:
    """The people ``article`` quotes or names as a source (``kit.sources``, source_type "named person"), by full
    name, and the groups the kit knows only from the text ("the group Safe Streets Millbrook said": an organisation
    no data file lists, student 49 #3); [] for text, or a table kit.sources cannot read.

    >>> from kit.exercises import my_article
    >>> text = "Pentagon spokesman Eric Pahon said the report was false. The convoy left at night. " * 25
    >>> quoted_people(my_article(text=text, title="A convoy")), quoted_people("Plain text.")
    (['Eric Pahon'], [])
    """
    from ..clause_subjects import SEVERAL_SOURCES
    from ..sourcing import quotes, sources

    if not hasattr(article, "columns"):
        return []
    try:
        table, said = sources(article), quotes(article)
    except Exception:  # a table kit.sources cannot read: no one is known to be quoted
        return []
    # a local group ("Safe Streets Millbrook"), not several parties together ("Iran, Russia and the Syrian
    # government"): kit.quotes notes those
    joint = set(said["speaker"][said["note"].str.contains(SEVERAL_SOURCES, regex=False, na=False)])
    return [str(n) for n, kind, gaz in zip(table.get("source", []), table.get("source_type", []),
                                           table.get("gazetteer_type", [""] * len(table)))
            if kind == "named person" or kind == "organisation" and not gaz and n not in joint]


def named_people(article) -> list[str]:
    """Every person ``article`` names, quoted or not, by the longest name it gives (the name finder of
    :func:`kit.sourcing.prepare_articles`, as :func:`kit.sources` reads it); [] for text, or a table it cannot read.

    >>> from kit.exercises import my_article
    >>> text = "The convoy left at night, a week after John Kirby and Dmitry Peskov spoke. The trucks were full. " * 25
    >>> named_people(my_article(text=text, title="A convoy")), named_people("Plain text.")
    (['John Kirby', 'Dmitry Peskov'], [])
    """
    from ..sourcing import checked_articles, prepare_articles

    if not hasattr(article, "columns"):
        return []
    try:
        return [p for art in prepare_articles(checked_articles(article, "named_people")) for p in art.persons.values()]
    except Exception:  # a table the name finder cannot read: no one is known to be named
        return []


def people_looked_into(sentence: str, article=None) -> str:
    """``sentence`` (a plan step, as typed) with each person ``article`` names (:func:`named_people`, or quotes:
    :func:`quoted_people`), by full or family name, written as the article spells it when a step looks into them in
    any case ("google peskov": "google Peskov"), and each person joined to one looked into ("look up Peskov and
    Kirby") given a look-up of their own: each person gets their own note, whoever they speak for. Other words, and
    outlets, stay as typed.

    >>> from kit.exercises import my_article
    >>> text = "Pentagon spokesman John Kirby and Kremlin spokesman Dmitry Peskov spoke. The convoy left at night. " * 25
    >>> art = my_article(text=text, title="A convoy")
    >>> people_looked_into("id google peskov and see if hes lying", art), people_looked_into("look up kirby", art)
    ('id google Peskov and see if hes lying', 'look up Kirby')
    >>> people_looked_into("I would look up Peskov and kirby to see whose side each speaks for.", art)
    'I would look up Peskov and look up Kirby to see whose side each speaks for.'
    >>> people_looked_into("look up peskov", "Plain text.")
    'look up peskov'
    """
    people = list(dict.fromkeys(named_people(article) + quoted_people(article))) if article is not None else []
    names = {n.lower(): n for p in people for n in (p, p.split()[-1]) if re.fullmatch(r"[\w.' -]+", n)}
    if not names:
        return sentence
    said = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    person = rf"(?i:\b(?:{said})\b)(?![\w'’-])"
    sentence = re.sub(rf"(?P<up>{LOOKS_INTO})(?P<n>{person})",
                      lambda m: m.group("up") + names[m.group("n").lower()], sentence)
    joined = re.compile(rf"(?P<first>{LOOKS_INTO}(?:{'|'.join(re.escape(n) for n in names.values())})(?:'s|’s)?)"
                        rf"(?P<joint>\s*(?:,|\band\b|&)\s*)(?P<n>{person})")
    for _ in people:  # "look up Peskov, Kirby and Lavrov": each in turn
        sentence, more = joined.subn(lambda m: f"{m.group('first')}{m.group('joint')}look up "
                                               f"{names[m.group('n').lower()]}", sentence)
        if not more:
            break
    return sentence


def speaker(name: str, people) -> str:
    """The one of ``people`` (full names) that ``name`` is, by full name or family name ("Gerasimov"), or the name
    without the job word a text puts before it ("Jake Lee" for "Skater Jake Lee": the last words of it), or "".

    >>> speaker("Gerasimov", ["Valery Gerasimov"]), speaker("eric pahon", ["Eric Pahon"]), speaker("RT", ["Eric Pahon"])
    ('Valery Gerasimov', 'Eric Pahon', '')
    >>> speaker("General Gerasimov", ["Valery Gerasimov"])  # the title dropped, as kit.person_names does
    'Valery Gerasimov'
    >>> speaker("Jake Lee", ["Skater Jake Lee"]), speaker("Jake", ["Skater Jake Lee"])
    ('Skater Jake Lee', '')
    """
    from ..person_names import person_name

    words = person_name(name).lower().split() if name.strip() else []
    return next((p for p in people if words and (words == p.lower().split()[-1:] or len(words) > 1 and words ==
                                                  p.lower().split()[-len(words):])), "")


#: where a person said something ("the Pentagon statement", "his briefing", "the interview"): a step that names one
#: goes to that person's own words
SAID_WHERE = (r"\b(?:statements?|briefings?|interviews?|transcripts?|press (?:releases?|conferences?)|speech(?:es)?|"
              r"posts?|tweets?|remarks|comments|words|quotes?|quotations?|accounts?|feeds?|channels?|websites?|sites?|"
              r"pages?|reports?|videos?|said|says|wrote|posted|told)\b")
#: what a step is for when it says it traces the claim ("to trace the claim", "and trace it back to its source")
TRACE_PURPOSE = (r"\s*\b(?:(?:to|and|then)\s+)?trac(?:e|es|ing)\s+(?:the\s+claim|it|this|that)(?:\s+back)?"
                 r"(?:\s+to\s+(?:its|the)\s+(?:original|source|start|origin)s?)?")


def person_traces(low: str, sentence: str, names: list, article=None) -> str:
    """A lower-cased plan step (``low``) that looks into ``names`` without what it is for when that is tracing the
    claim ("to trace the claim"), if one of them is a person the text does not quote (:func:`reads_as_person`, or
    the family name of a person it names: :func:`named_people`) and the step names no place where that person said
    it (:data:`SAID_WHERE`: "the Pentagon statement", "the Kremlin briefing"): looking a person up shows who they
    are, not where the claim started. The same rule whoever the person speaks for; a person the text quotes, and an
    outlet, keep the step.

    >>> person_traces("i would look up the publisher to trace the claim.", "I would look up John Kirby to trace the claim.", ["John Kirby"])
    'i would look up the publisher.'
    >>> person_traces("i would look up the publisher and find the kremlin statement to trace the claim.",
    ...               "I would look up Dmitry Peskov and find the Kremlin statement to trace the claim.", ["Dmitry Peskov"])
    'i would look up the publisher and find the kremlin statement to trace the claim.'
    >>> person_traces("i would look up the publisher to trace the claim.", "I would look up RT to trace the claim.", ["RT"])
    'i would look up the publisher to trace the claim.'
    """
    if not names:
        return low
    spoken = quoted_people(article) if article is not None else []
    named = named_people(article) if article is not None and not all(reads_as_person(n, sentence) for n in names) else []
    if re.search(SAID_WHERE, low) or not any(not speaker(n, spoken) and (reads_as_person(n, sentence) or speaker(n, named))
                                             for n in names):
        return low
    return re.sub(TRACE_PURPOSE, "", low)


#: what a step that looks a person up is for when it traces their words to where they were said ("to find where he
#: said it", "to check if he really said it", "to find the original speech", "to see what Lavrov said, where and when"):
#: where a quotation comes from, not who is behind a source
TRACES_WORDS = (r"\b(?:where|when)\s+(?:(?:he|she|they|[a-z][\w.'-]*)\s+)?(?:(?:first|really|actually|originally)\s+)?"
                r"(?:said|says|say|made|gave|wrote|posted|told)\b|"
                r"\b(?:(?:if|whether|that)\s+)?(?:he|she|they|[a-z][\w.'-]*)\s+(?:really|actually|truly|ever|even)\s+(?:said|says|say|"
                r"made|wrote|told)\b|\b(?:original|actual|full|real|whole)\s+(?:speech|statement|interview|briefing|remarks|"
                r"words|quotes?|quotation|transcript|video|post|tweet)\b|"
                r"\bwhat\s+(?:he|she|they|[a-z][\w.'-]*)\s+(?:really\s+|actually\s+)?said,?\s+(?:and\s+)?(?:where|when)\b")


def traces_words(sentence: str, article=None) -> str:
    """The person a plan step (``sentence``, as typed) looks up to trace their words to where they were said
    (:data:`TRACES_WORDS`), or "": the step traces a quotation, whoever the person speaks for.

    >>> traces_words("I would look up Lavrov to find where he said it."), traces_words("I would look up Mattis.")
    ('Lavrov', '')
    >>> traces_words("I would google Kirby to check if he really said it."), traces_words("I would look up RT to find the original post.")
    ('Kirby', '')
    """
    if not re.search(TRACES_WORDS, sentence.lower().replace("’", "'")):
        return ""
    return step_person(sentence, step_names(sentence, article), article)


def person_step(sentence: str, article=None, is_own=None, others: list | None = None, unseen: list | None = None) -> str:
    """A plan step (``sentence``, as typed) as the plan check reads it: each name it looks into written as "the
    publisher" (:func:`kit.exercises.plan_steps.looked_into`, with ``is_own`` and ``others``), each person of
    ``article`` in any case and each of several people on their own (:func:`people_looked_into`), and a person
    looked into tracing the claim only to where they said it (:func:`person_traces`; ``unseen``: the names
    ``is_own`` has gathered so far, when the kit cannot see who published the text).

    >>> person_step("I would investigate WSWS to see who funds it.")
    'I would look up the publisher to see who funds it.'
    >>> person_step("I would look up Peskov to find where he said it.")  # where a quotation was said: its original
    'I would look up the original source to find where he said it.'
    """
    seen = len(unseen) if unseen is not None else 0
    low = own_site(looked_into(people_looked_into(sentence, article), is_own, others), article_outlets(article))
    if traces_words(sentence, article):  # "look up Lavrov to find where he said it": the quotation's original
        low = re.sub(r"\bthe publisher\b", "the original source", low, count=1)
    return person_traces(low, sentence, (unseen or [])[seen:], article)


def name_kinds(sentence: str, names: list, article=None) -> tuple[list, list, list]:
    """The ``names`` a plan step (``sentence``) looks into, when the kit cannot see who published ``article``: those
    it quotes (:func:`quoted_people`), the other people (:func:`reads_as_person`, or the family name of a person it
    names: :func:`named_people`), and the people or names the kit knows as no outlet (:func:`unknown_name`) that it
    never names (:func:`named_in`): a step about them may be about another text. The same for every side.

    >>> name_kinds("I would look up Kirby and find the Pentagon statement.", ["Kirby"])
    ([], [], ['Kirby'])
    """
    people = quoted_people(article) if article is not None else []
    spoken = [n for n in names if speaker(n, people)]
    named = named_people(article) if article is not None and not all(reads_as_person(n, sentence) for n in names) else []
    persons = [n for n in names if n not in spoken and (reads_as_person(n, sentence) or speaker(n, named))]
    return spoken, persons, [n for n in names if n not in spoken and (n in persons or unknown_name(n))
                             and not named_in(n, article)]


def another_text(unknown: list, article=None) -> str:
    """Why a plan cannot reach Mastery for ``article`` when a step of it looks into someone the text never names
    (``unknown``: each step's sentence and the names it looks into, when the kit cannot see who published the text;
    :func:`name_kinds`), and what to add; "" when every name is one the text gives. Whoever the person speaks for.

    >>> print(another_text([("I'd check who Peskov is, then read the Kremlin transcript", ["Peskov"])]))
    the step that looks into Peskov may be about another text: this text does not name Peskov. Add a step about this text: look up someone it names or quotes, or who first published it.
    >>> another_text([("I would look up who runs RT.", ["RT"])])
    ''
    """
    who = " and ".join(dict.fromkeys(n for sentence, names in unknown for n in name_kinds(sentence, names, article)[2]))
    return (f"the step that looks into {who} may be about another text: this text does not name {who}. Add a step about "
            "this text: look up someone it names or quotes, or who first published it.") if who else ""


def unknown_outlet_note(sentence: str, names: list, article=None) -> str:
    """The feedback on a step that looks into ``names`` when the kit does not know who published the text: the
    step counts, but first find the original publisher (SIFT's "find the original"), the same words for an outlet
    or a government. A person the text quotes (:func:`quoted_people` of ``article``) is a speaker, not a possible
    publisher: looking into who they speak for is said to count as a step (teacher 48 #12, student 48 #8), whoever's side; a
    person it does not quote (:func:`reads_as_person`, or the family name of a person it names: :func:`named_people`)
    is not a publisher either (teacher 49 #7, teacher 50 #7); a person, or a name the kit knows as no outlet
    (:func:`unknown_name`), that the text does not name at all may be about another text (teacher 51 #2).

    >>> print(unknown_outlet_note("I would look into the Kremlin.", ["the Kremlin"]))
    Looks into the Kremlin: “I would look into the Kremlin.” The kit cannot see who published this text, so it cannot tell whether the Kremlin did. Find the original publisher first.
    >>> from kit.exercises import my_article
    >>> text = "Pentagon spokesman Eric Pahon said the report was false. The convoy left at night. " * 25
    >>> print(unknown_outlet_note("I would look up Pahon.", ["Pahon"], my_article(text=text, title="A convoy")))
    Looks into Pahon: “I would look up Pahon.” Pahon is quoted in this text: a speaker, not its publisher, and this step counts: finding out who Pahon speaks for is a way to check a source. The kit cannot see who published this text: find the original publisher too.
    >>> print(unknown_outlet_note("I would look up Pahon to find where he said it.", ["Pahon"], my_article(text=text, title="A convoy")).split(" The kit")[0])
    Looks into Pahon: “I would look up Pahon to find where he said it.” Pahon is quoted in this text: a speaker, not its publisher, and this step traces Pahon's words to where they were said.
    >>> print(unknown_outlet_note("I would look up John Kirby.", ["John Kirby"]).split(" The kit")[0])
    Looks into John Kirby: “I would look up John Kirby.” John Kirby is a person this text does not quote, not its publisher. This text does not name John Kirby, so this step may be about another text. Looking John Kirby up shows you what John Kirby said, where and when, not who published this text.
    """
    who, (spoken, persons, unnamed) = " and ".join(names), name_kinds(sentence, names, article)
    rest = " and ".join(n for n in names if n not in spoken and n not in persons and n not in unnamed)
    them, alone = " and ".join(persons), len(persons) == 1
    unquoted = (f" {them} {'is a person' if alone else 'are people'} this text does not quote, not its "
                f"{'publisher' if alone else 'publishers'}." if persons else "")
    looked = " and ".join(dict.fromkeys(persons + unnamed))  # a person's own words: what they said, where, when
    unquoted += (f" This text does not name {' and '.join(unnamed)}, so this step may be about another text."
                 if unnamed else "") + (f" Looking {looked} up shows you what {looked if len(set(persons + unnamed)) == 1 else 'they'}"
                                       " said, where and when, not who published this text." if looked else "")
    said = " and ".join(spoken)
    one = len(spoken) == 1
    speakers = (f" {said} {'is' if one else 'are'} quoted in this text: {'a speaker' if one else 'speakers'}, not "
                f"its publisher, " + (f"and this step traces {said}'s words to where they were said." if traces_words(
                    sentence, article) else f"and this step counts: finding out who {said if one else 'they'} "
                                            f"{'speaks' if one else 'speak'} for is a way to check a source.")) if spoken else ""
    publisher = (f" The kit cannot see who published this text, so it cannot tell whether {rest} did. Find the "
                 "original publisher first" if rest else " The kit cannot see who published this text: find the "
                 "original publisher too")
    return f"Looks into {who}: {shorten(sentence)}{speakers}{unquoted}{publisher}."


#: how to find who first published a text: said once under a plan's notes (:func:`publisher_notes`), not under each
FIND_PUBLISHER = ("To find who first published this text (SIFT: find the original), search one of its sentences in "
                  "quotation marks and see where it first appeared.")


def publisher_notes(plan: str, unknown: list, article=None, traces: bool = False) -> list[str]:
    """The notes on the steps of ``plan`` that look into names when the kit cannot see who published the text
    (``unknown``: each step's sentence and the names it looks into; :func:`unknown_outlet_note`), each short, then
    how to find the publisher (:data:`FIND_PUBLISHER`) once, only when the plan has no step that traces the claim to
    its original (``traces``); none when the plan has a step that finds who published it (:func:`finds_publisher`).

    >>> notes = publisher_notes("I would look into the Kremlin. I would look into the Pentagon.",
    ...                         [("I would look into the Kremlin.", ["the Kremlin"]), ("I would look into the Pentagon.", ["the Pentagon"])])
    >>> [note[:27] for note in notes], sum("quotation marks" in note for note in notes)
    (['Looks into the Kremlin: “I ', 'Looks into the Pentagon: “I', 'To find who first published'], 1)
    >>> publisher_notes("I would look up who published this.", [("I would look into RT.", ["RT"])])
    []
    """
    if finds_publisher(plan) or not unknown:
        return []
    return [unknown_outlet_note(sentence, names, article) for sentence, names in unknown] + [FIND_PUBLISHER] * (not traces)


#: "what the Pentagon said", "what Moscow announced": a step to what a named party said (plan_steps.SAID_BY)
SAID_BY_NAME = (r"\bwhat (?P<n>(?:the )?[a-z][a-z.'-]*(?: (?!(?:said|says|say|stated|states|announced|announces|told)\b)"
                r"[a-z][a-z.'-]*){0,3}?) (?=(?:said|says|say|stated|states|announced|announces|told)\b)")


def quoted_parties(article) -> frozenset | None:
    """Every name, as written, of the countries (or groups) ``article`` (a row or table the kit's
    :func:`kit.sources` reads, e.g. from ``my_article``) reports as making or answering a claim: each of its
    sources, quoted or not, and each party of a source that names several ("Iran, Russia and the Syrian
    government"), whichever side; the party each named person speaks for (``speaks_for`` of kit.sources:
    "Russian General Sergei Surovikin" gives Russia, "Pentagon spokesman Eric Pahon" the Pentagon); and each
    outlet whose words it gives (its cited source, e.g. "BBC"); None when it cannot be read.

    >>> from kit.exercises import my_article
    >>> text = "The Kremlin said Russian forces hit a convoy, according to the Russian Defense Ministry. " * 30
    >>> parties = quoted_parties(my_article(text=text, title="A convoy"))
    >>> "Kremlin" in parties, "Pentagon" in parties, quoted_parties("Plain text.")
    (True, False, None)
    """
    from ..sourcing import sources

    try:
        table = sources(article)
    except Exception:  # text, or a table kit.sources cannot read: no party is known to be quoted
        return None
    names = [part for name in table.get("source", []) for part in re.split(r",\s*|\s+and\s+|\s*&\s*", str(name))]
    names += [str(p) for p in table.get("speaks_for", []) if p]  # "Russian General Sergei Surovikin": Russia's side
    own = set(table.get("outlet", []))  # the article's own outlet is the page itself, not a source it cites
    cited = [row.source for row in table.itertuples() if getattr(row, "source_type", "") == "media outlet"
             and getattr(row, "role", "") in ("quoted", "quoted in part") and row.source not in own]
    return frozenset([n for name in names if name.strip() for n in party_group(name.strip())] + cited)


def others_said(low: str, quoted: frozenset | None) -> str:
    """A lower-cased step with "what <a party> said" written as "what other news said" when the article gives
    none of that party's words: the other side's account is other coverage, not the claim's original. The same
    rule for every country; a party the article quotes keeps its own words, and what an outlet the article cites
    wrote is "the report it cites" (the claim's original, not other coverage).

    >>> others_said("i would look up what the pentagon said to see if they confirm it", frozenset({"Kremlin", "Russia"}))
    'i would look up what other news said to see if they confirm it'
    >>> others_said("i would look up what the kremlin said to see if they confirm it", frozenset({"Kremlin", "Russia"}))
    'i would look up what the kremlin said to see if they confirm it'
    >>> others_said("then i would read what the bbc wrote", frozenset({"BBC"}))
    'then i would read the report it cites'
    """
    if not quoted:
        return low

    def swap(m):
        group = party_group(m.group("n"))
        return "what other news " if group and not group & quoted else m.group(0)
    low = re.sub(SAID_BY_NAME, swap, low)
    for outlet in (n for n in quoted if not party_group(n)):  # "what the BBC wrote", the BBC being its cited source
        low = re.sub(rf"\bwhat (?:the )?{re.escape(outlet.lower())} (?:wrote|writes|reported|reports|said|says)\b",
                     "the report it cites", low)
    return low
