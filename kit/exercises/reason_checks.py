"""What a student says an article does, checked against the article: whether the reason given for a verdict on a
page ("one sided because it never quotes Dillon") is true of it (teacher 57 #1), and whom a student says it accuses
(:func:`swapped_actor_note`, teacher 57 #5), and whom it says a speaker speaks for (:func:`side_notes`, t57 #8).
Who it quotes (words in quotation marks, ``kit.quotes``) and who it names (``kit.sources``): each name matched as the
exercises match speakers (:func:`.plan_outlets.speaker`), each side by any of its names
(:func:`.finding_facts.sides_named`); the same rule for every side.

    >>> from kit.exercises import my_article
    >>> text = ("Kremlin spokesman Ivan Petrov said: “We will not stop.” The strikes went on. "
    ...         "The convoy left at night, the report said. ") * 20
    >>> art = my_article(text=text, title="A convoy")
    >>> print(reason_note("The article is one sided", "it never quotes Petrov", art))
    The article quotes Ivan Petrov (“We will not stop”): look again.
    >>> reason_note("The article is one sided", "it never quotes the Pentagon", art)
    ''
"""

from __future__ import annotations

import re

__all__ = ["CLAIMED", "claimed_about", "reason_sentences", "reason_article", "reason_note", "ARTICLE_SAYS", "SAYING",
           "swapped_actor", "swapped_actor_note", "side_notes", "QUOTED_WORDS", "quotations", "quoted_by", "quoted_names",
           "only_note", "plain_claim_note", "words_called_note", "texts_meant", "swapped_in", "TEXT_SUBJECT",
           "WORDS_CALLED", "head_noun"]

#: what a reason says the article does not do, or does only: "never quotes X", "doesn't even quote X", "only cites X",
#: "never names X", "only uses X" (a name: "Silo")
CLAIMED = (r"(?P<how>\b(?:only|never|not|no longer|fails? to|refuses? to)|n't)\s+(?:even\s+|once\s+|actually\s+)?"
           r"(?P<verb>quot(?:es?|ed|ing)|cit(?:es?|ed|ing)|nam(?:es?|ed|ing)|mention(?:s|ed|ing)?|us(?:es?|ed|ing))\s+"
           r"(?:(?:from|with)\s+)?(?P<who>[^.;:!?,]+)")
#: where the name a verb governs ends ("the spokesman to attack him", "Dillon and never Russia")
WHO_END = r"\s+(?:to|and|or|but|because|so|while|who|which|when|at all|even|once|in|about|on|as)\b.*$"
#: a word that opens a new sentence, written with a capital after a word in lower case and followed by one (a full
#: stop left out: "it never quotes the spokesman The kit flags …"); a name ("The Independent") keeps its capital
NEXT_SENTENCE = (r"(?<=[a-z0-9'’)\"”])\s+(?=(?:The|This|That|These|Those|It|Its|I|I'd|I'm|We|They|He|She|There|My|"
                 r"Our|Also|Then|But|So|And|Maybe|If)\s+[a-z])")


def reason_sentences(reason: str) -> list[str]:
    """The reason a verdict gives, cut where a new sentence starts with no full stop before it, and what follows it,
    each a sentence of its own.

    >>> reason_sentences("it never quotes the spokesman The kit flags 'merciless' as loaded language")
    ['it never quotes the spokesman', "The kit flags 'merciless' as loaded language"]
    >>> reason_sentences("it only quotes The Independent.")
    ['it only quotes The Independent.']
    """
    return [part.strip() for part in re.split(NEXT_SENTENCE, reason) if part.strip()]


def claimed_about(reason: str) -> tuple[str, str, str] | None:
    """("only" or "never", "quotes" or "names", whom) for a reason that says whom an article quotes or names only, or
    does not ("it never quotes the spokesman", "it doesn't even cite Lavrov"); None for any other reason.

    >>> claimed_about("it never quotes the spokesman"), claimed_about("it doesn't even cite Lavrov.")
    (('never', 'quotes', 'the spokesman'), ('never', 'quotes', 'Lavrov'))
    >>> claimed_about("it only quotes Dillon to attack him"), claimed_about("it calls the war on terror fake news")
    (('only', 'quotes', 'Dillon'), None)
    """
    found = re.search(CLAIMED, reason.replace("’", "'"), flags=re.IGNORECASE)
    if found is None:
        return None
    who = re.sub(WHO_END, "", found.group("who").strip(), flags=re.IGNORECASE).strip(" '\"“”")
    who = re.sub(r"^(?:any(?:one|body)? (?:from|of)\s+)", "", who, flags=re.IGNORECASE)
    if not who or len(who.split()) > 5 or re.match(r"us", found.group("verb"), flags=re.IGNORECASE) and not re.match(
            r"(?:the\s+)?[A-Z]", who):
        return None  # "it only uses Silo": a source; "it only uses loaded words": no one
    how = "only" if found.group("how").lower() == "only" else "never"
    verb = "names" if re.match(r"nam|mention", found.group("verb"), flags=re.IGNORECASE) else "quotes"
    return how, verb, who


def reason_article(verdict: str, article):
    """The one text a verdict is about, as a one-row table: the analysed article itself (lesson 06: a table of one
    row), or the text whose id, outlet or writer (:func:`.figure_accounts.byline_names`) the verdict's words name
    (lesson 03: "us-rescue-of-isis-in-raqqa is one sided", "WSWS is one sided", "Van Auken says"); None when it names
    none, or several.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"article_id": ["a-b", "c-d"], "outlet": ["WSWS", "RT"], "text": ["x", "y"]})
    >>> reason_article("WSWS is one sided", t)["article_id"].tolist(), reason_article("The article is one sided", t)
    (['a-b'], None)
    """
    from .figure_accounts import byline_names

    tables = [t for t in (article if isinstance(article, (list, tuple)) else [article]) if hasattr(t, "columns")]
    if len(tables) == 1 and len(tables[0]) == 1:
        return tables[0]
    low = verdict.lower()
    found = [table.iloc[[i]] for table in tables for i, row in enumerate(table.itertuples())
             if any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", low) for n in [
                 str(row.article_id).lower(), str(getattr(row, "outlet", "") or "").strip().lower(),
                 *byline_names(str(getattr(row, "author", "") or ""))] if n)]  # its id, its outlet, its writer (t58 #8)
    return found[0] if len(found) == 1 else None


#: a quotation counts as quoting its speaker when it is a whole statement in quotation marks, or a part of at least
#: this many words said by a named person: a word or a phrase the writer sets in quotation marks after an unnamed
#: group or a body ("to “annihilate” ISIS" of "top US officials", "would not “engage in public speculation”" of "the US
#: military", teacher 58 #12) is the writer's report with a scare quote, not the speaker's account
QUOTED_WORDS = 3


def head_noun(word: str) -> str:
    """A noun as the speaker names are compared: lower case, one of many ("skaters" as "skater", "spokesmen" as
    "spokesman").

    >>> head_noun("Skaters"), head_noun("spokesmen"), head_noun("council")
    ('skater', 'spokesman', 'council')
    """
    low = word.lower()
    return re.sub(r"men$", "man", low) if low.endswith("men") else re.sub(r"(?<=[^s])s$", "", low)


def quotations(table) -> list[tuple[str, str, frozenset, str]]:
    """(the speaker, their words, the sides they speak for, how the text describes them) for each quotation of
    ``table`` (one text) that quotes its speaker as ``kit.sources`` counts it (a whole statement, reported speech, or
    a named person's words in part: :data:`QUOTED_WORDS`), whole statements first; the sides are the
    speaker's own name's (one side, not "Iran, Russia and the Syrian government") and the side ``kit.sources`` says
    they speak for; [] for a table the kit cannot read."""
    from ..clause_subjects import SEVERAL_SOURCES
    from ..sourcing import quotes, sources
    from .evidence import article_text
    from .figure_accounts import parties_named
    from .figure_sides import described_sides

    try:
        said, known = quotes(table), sources(table)
    except Exception:  # a table the kit cannot read: no one is known to be quoted
        return []
    sides_of = {str(s): str(p or "") for s, p in zip(known["source"], known["speaks_for"])}
    people = {str(s) for s, kind in zip(known["source"], known["source_type"]) if kind == "named person"}
    text, out = article_text(table), []
    for kind in ("direct", "indirect", "partial"):  # words the speaker said in full first, then reported (as
        # kit.sources counts them: "He told the media that some 4,000 people …" quotes Silo, teacher 59 #1, #4)
        for name, words, how, note in zip(said["speaker"], said["quote"], said["kind"], said["note"]):
            if SEVERAL_SOURCES in str(note):  # "charges by Iran, Russia and the Syrian government": no one party's words
                continue
            words = re.sub(r"(?<=\w)- (?=\w)", "-", " ".join(str(words).split())).strip(" ,.;:")
            if not isinstance(name, str) or how != kind or kind == "partial" and name not in people or \
                    kind != "direct" and len(words.split()) < QUOTED_WORDS:
                continue
            own = parties_named(name, cased=True)
            found = described_sides(text, (name.lower(), name.split()[-1].lower())) if " " in name and not own else {}
            shown = found["sentence"][slice(*found["span"])] if found.get("span") and found.get("sentence") else ""
            shown += "".join(f" {m.group(1)}" for m in re.finditer(  # the words just before the name: "Councillor Ann Webb"
                rf"((?:[\w-]+ ){{1,2}}){re.escape(name)}(?![\w-])", text) if " " in name and not own)
            former = found.get("former") or re.search(rf"\b(?:former|ex)[\w-]* (?:[\w-]+ )?{re.escape(name)}", text)
            out.append((name, words, (own if len(own) == 1 else frozenset()) | parties_named(
                sides_of.get(name, ""), cased=True), shown + ("\0former" if former else "")))
    return out


def quoted_by(table, who: str) -> list[tuple[str, str]]:
    """(the speaker, their words) for each quotation of ``table`` (one text, :func:`quotations`) whose speaker is
    ``who``: a person by full name, family name or the name without its job word ("Jake Lee" for "Skater Jake
    Lee", :func:`.plan_outlets.speaker`); a group or a role by a noun the speaker's name or the text's description of
    them holds ("the skaters": "Skater Jake Lee", "local skaters"; "the spokesman": "Col. Ryan Dillon, spokesman for
    …", not a former one); a side by any of its names (:func:`.finding_facts.sides_named`)."""
    from .figure_accounts import parties_named
    from .finding_facts import sides_named
    from .plan_outlets import speaker

    sides = sides_named(who)
    noun = re.fullmatch(r"(?:(?:the|a|an|any|some|all|its|their)\s+)?(?:[a-z]+\s+)?(?P<noun>[a-z]+)", who.strip())
    out = []
    for name, words, theirs, described in quotations(table):
        held = {head_noun(w) for w in re.findall(r"[A-Za-z]+", name + " " + described.split("\0")[0])}
        person = " " in name and not parties_named(name, cased=True)
        if (person and speaker(who, [name])) or (sides and sides & theirs) or (
                noun and not sides and head_noun(noun.group("noun")) in held and "\0former" not in described):
            out.append((name, words))
    return out


def quoted_names(table) -> list[str]:
    """Every speaker :func:`quotations` finds quoted in ``table``, once each, in order."""
    return list(dict.fromkeys(name for name, *_ in quotations(table)))


def reason_note(verdict: str, reason: str, article) -> str:
    """The note for a verdict's reason that the article shows is untrue (:func:`claimed_about`): it quotes (or names)
    whom the reason says it never does, or does not quote whom the reason says it only quotes, or quotes others too;
    "" when the reason is true of it, is about something else, or the kit cannot tell which article it is about
    (:func:`reason_article`).

    >>> from kit.exercises import my_article
    >>> text = "“We will stay,” said Ann Lee, a Pentagon spokesman. Skater Jo Day said: “They never asked us.” " * 20
    >>> art = my_article(text=text, title="A park")
    >>> print(reason_note("The article is one sided", "it only quotes Lee", art))
    The article also quotes Skater Jo Day (see kit.sources): look again.
    >>> print(reason_note("The article is one sided", "it never quotes the skaters", art))
    The article quotes Skater Jo Day (“They never asked us”): look again.
    """
    claim = claimed_about(reason)
    table = reason_article(verdict, article) if claim else None
    if table is None:
        return ""
    how, verb, who = claim
    named = [str(table[c].iloc[0]).strip() for c in ("article_id", "outlet") if c in table and str(table[c].iloc[0]).strip()]
    subject = next((n for n in named if re.search(rf"(?<![\w-]){re.escape(n.lower())}(?![\w-])", verdict.lower())),
                   "The article")  # the name the student gives the text, or "The article"
    if verb == "names":
        return named_note(subject, who, table) if how == "never" else ""
    if how == "only":
        return only_note(subject, reason, table)
    found = quoted_by(table, who)
    if not found:
        return ""
    name, words = found[0]
    the = "the " if name.split()[0] in ("Pentagon", "Kremlin") or re.match(r"[A-Z]+ ", name) else ""
    return f"{subject} quotes {the}{name} (“{words}”): look again."


def only_note(subject: str, reason: str, table) -> str:
    """The note for "only quotes X (and Y)" (:func:`claimed_about`): the text never names X, or does not quote X, or
    quotes others too (named as ``kit.sources`` names them); "" when X are all it quotes. "Only quotes X to attack
    him" says why it quotes X, not that X is all it quotes: only whether it quotes X is checked. "US officials like
    Mattis and Kirby": the group is checked here, the people named as examples by
    :func:`.finding_facts.unquoted_note`."""
    from .evidence import article_text
    from .finding_facts import and_list, sides_named

    found = re.search(CLAIMED, reason.replace("’", "'"), flags=re.IGNORECASE)
    whole, *rest = re.split(r"\s+(?=(?:to|but|because|so|while|who|which|when|at all|in|about|on|as|never|not|no|except|"
                            r"instead|rather|than|then|for|with|from)\b)", found.group("who"), maxsplit=1)
    # "only quotes Dillon to attack him": why, not whom alone; "only uses Silo for the 4,000": for what; "only uses /
    # cites Silo": the source it leans on, not every voice in it (teacher 59 #1): only whether it quotes X is checked
    purpose = bool(rest and re.match(r"(?:to|for|with|from)\s+\w", rest[0])) or found.group("verb")[:3] != "quo"
    whole = re.split(r"\s+(?:like|such as|including)\s+", whole)[0]  # "US officials like Mattis": the group
    whos = [w.strip(" '\"“”") for w in re.split(r",\s*(?:and\s+)?|\s+(?:and|or)\s+", whole) if w.strip(" '\"“”")]
    text, theirs = article_text(table), []
    for who in whos:
        said = quoted_by(table, who)
        bare = re.sub(r"^(?:the|a|an|any)\s+", "", who, flags=re.IGNORECASE)
        if not said and not sides_named(who) and not re.search(rf"(?<![\w-]){re.escape(bare)}", text, re.IGNORECASE):
            return f"{subject} never names {who}: check whom it quotes (see kit.sources), and look again."
        if not said:
            return f"{subject} does not quote {who}: check whom it quotes (see kit.sources), and look again."
        theirs += [name for name, _ in said]
    others = [n for n in quoted_names(table) if n not in theirs]
    from ..sourcing import sources

    known = sources(table)
    persons = set(known["source"][known["source_type"] == "named person"])
    people = [n for n in others if n in persons] or others  # people by name first: a short list
    shown = and_list(people[:3] + (["others"] if len(others) > 3 else []))
    return f"{subject} also quotes {shown} (see kit.sources): look again." if others and not purpose else ""


def named_note(subject: str, who: str, table) -> str:
    """The note for "never names X" when ``table`` names X: a person it names (``kit.sources``' name finder), or a
    side, by any of its names, in its text; with the words around the first place it does."""
    from ..segment import sentence_bounds
    from .evidence import article_text
    from .figure_sides import shown_around
    from .finding_facts import sides_named
    from .headline_sources import actor_names
    from .plan_outlets import named_people, quoted_people, speaker

    text = article_text(table)
    person = speaker(who, named_people(table) + quoted_people(table))
    sides = sides_named(who)
    names = [person, person.split()[-1]] if person else [n for n, c in actor_names().items() if c in sides]
    spots = [m for n in sorted(names, key=len, reverse=True) if n
             for m in re.finditer(rf"(?<![\w.]){re.escape(n)}(?![\w])", text)]
    if not spots:
        return ""
    first = min(spots, key=lambda m: m.start())
    start, end = next(((s, e) for _p, s, e in sentence_bounds(text) if s <= first.start() < e), (0, len(text)))
    sentence = text[start:end]
    lead = len(sentence) - len(sentence.lstrip())
    shown = shown_around(" ".join(sentence.split()), (first.start() - start - lead, first.end() - start - lead), most=80)
    return f"{subject} names {person or who} (“{shown}”): look again."


#: the article as the subject of a plain sentence that says what it does ("The article does not quote …", "It
#: doesn't quote …", "WSWS never quotes …", "The writer only quotes …")
TEXT_SUBJECT = (r"\s*(?P<ref>(?i:it|(?:the|this|that|my)\s+(?:[\w-]+\s+)?(?:article|piece|story|text|report|writer|author))|"
                r"[\w-]+)\s+(?:(?:does|did|do|is|was|has|also|even|really|just|actually|simply)\s*)*")
#: whose words a student says the article answers with a phrase: "The article calls Lavrov's words patent nonsense"
WORDS_CALLED = (r"^\s*(?P<ref>(?i:it|(?:the|this|that|my)\s+(?:[\w-]+\s+)?(?:article|piece|story|text|writer|author))|"
                r"[\w-]+)\s+(?:calls|called|labels|labelled|labeled|dismisses|dismissed)\s+(?P<who>(?:the\s+)?[\w .-]+?)"
                r"(?:'s|')\s+(?:words|claims?|statements?|remarks|comments|account|answer|denial|charges?)\s+(?:as\s+)?"
                r"(?P<what>[^.;!?,]+)")


def plain_claim_note(sentence: str, article) -> str:
    """The note for a plain sentence that says whom the article quotes ("The article does not quote the spokesman.",
    "It doesn't quote Mattis at all.": :func:`reason_note`, with no verdict word, teacher 58 #4), or whose words a
    phrase of it answers (:func:`words_called_note`); "" otherwise.

    >>> from kit.exercises import my_article
    >>> art = my_article(text="Skater Jo Day said: “They never asked us.” The vote was close. " * 30, title="A park")
    >>> print(plain_claim_note("The article does not quote Jo Day.", art))
    The article quotes Skater Jo Day (“They never asked us”): look again.
    >>> plain_claim_note("Jo Day does not quote the council.", art)
    ''
    """
    plain = sentence.replace("’", "'")
    called = words_called_note(plain, article)
    found = re.search(CLAIMED, plain, flags=re.IGNORECASE)
    ref = re.fullmatch(TEXT_SUBJECT, plain[:found.start()]) if found and not called else None
    if ref is None or re.fullmatch(r"[\w-]+", ref.group("ref")) and ref.group("ref").lower() != "it" and reason_article(
            ref.group("ref"), article) is None:
        return called  # "Mattis never mentions Russia": a speaker, not the text
    return reason_note(ref.group("ref"), plain[found.start():], article)


def words_called_note(sentence: str, article) -> str:
    """The note for "the article calls X's words <phrase>" (:data:`WORDS_CALLED`) when the article does not quote X
    (:func:`quoted_by`), or its phrase is said of another's words or side (:func:`.finding_facts.word_targets`)."""
    from .finding_facts import and_list, word_targets
    from .plan_outlets import quoted_people

    found = re.match(WORDS_CALLED, sentence)
    table = reason_article(found.group("ref"), article) if found else None
    if table is None:
        return ""
    who, what = found.group("who").strip(), found.group("what").strip(" '\"“”")
    said = quoted_by(table, who)
    if not said:  # the words of :func:`.finding_facts.unquoted_note`
        people = quoted_people(table)
        finds = (f"the kit finds quotations from {and_list(people)}" if people else
                 "the kit finds no quotation from a named person in it")
        return f"This article does not quote {who}: {finds} (see kit.sources). Check who it quotes."
    read = word_targets(what, table)
    if read is None:
        return ""
    theirs = [n for n, *_ in quotations(table) if n in {name for name, _ in said}]
    sides = frozenset().union(*(s for n, _, s, _ in quotations(table) if n in theirs))
    if read[0].startswith("answers ") and any(read[0].startswith(f"answers {n}'") for n in theirs) or (
            not read[0].startswith("answers ") and read[1] & sides):
        return ""
    whose = f"{who}'s" if read[0].startswith("answers ") else f"of {who}'s words"
    return f"In this article, '{what}' {read[0]}, not {whose}: read that sentence again."


#: what a student says an article says: "<the article / its id / its outlet> says (that) <clause>"
ARTICLE_SAYS = (r"(?P<ref>\b(?i:the|this|that|my)\s+(?:[\w-]+\s+)?(?:article|piece|story|text|writer|author|journalist|"
                r"reporter)|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){1,2}|[\w-]+)\s+"
                r"(?:says|said|claims|claimed|writes|wrote|reports|reported|argues|argued|alleges|alleged|suggests)\s+"
                r"(?:that\s+)?(?P<clause>[^.;!?]+)")
#: a verb after the actor that reports what someone says, not what they did ("Russia accuses the Pentagon")
SAYING = (r"(?:says?|said|claims?|claimed|accus\w*|charg\w*|blam\w*|den(?:y|ies|ied)|tells?|told|argu\w*|insists?|"
          r"warns?|calls?|called|has|had|is|was|are|were)")


def swapped_actor(sentence: str, article) -> tuple[str, str, str, str] | None:
    """(the text's name as typed, the actor as typed, the verb, the table of that text) for a sentence that says an
    article says that one who makes its claim did what the article accuses another of ("us-rescue-of-isis-in-raqqa
    says the Kremlin colluded with ISIS": the article accuses the US, and Russia is among those whose charges it
    reports); the accused and the accusers are read from its headline and quotations as lesson 05's headline check
    reads them (:func:`.headline_replies.claim_sides`); None otherwise, or when the kit cannot tell which text. The
    subject may be the text's writer ("Van Auken says …", "the writer says …": teacher 58 #8).

    >>> import kit
    >>> swapped_actor("Van Auken says Moscow colluded with ISIS.", [kit.load_articles()])[1:3]
    ('Moscow', 'colluded')
    """
    for found in re.finditer(ARTICLE_SAYS, sentence.replace("’", "'")):
        ref, clause = found.group("ref"), found.group("clause").strip()
        meant = texts_meant(ref, article)
        hits = [swapped_in(ref, clause, table) for table in meant]
        if any(hits) and not any(swapped_in(ref, clause, table, accused=True) for table in meant):
            return next(hit for hit in hits if hit)  # "the writer" among several texts: none of them accuses that side
    return None


def texts_meant(ref: str, article) -> list:
    """The texts (one-row tables) a subject a student gives ("WSWS", "Van Auken", "the article", "the writer") may
    be: the one it names (:func:`reason_article`), or, for "the writer" among several texts, each text with a writer
    (:func:`swapped_actor` reads a swap only when none of them accuses that side); [] for a speaker ("Silo says …"),
    and for "the article" among several texts (the kit cannot tell which)."""
    from .figure_accounts import byline_names

    table = reason_article(ref, article)
    generic = re.search(r"(?:article|piece|story|text|writer|author|journalist|reporter)$", ref.lower())
    if table is not None:
        row = table.iloc[0]
        named = [str(row.get(c) or "").strip().lower() for c in ("article_id", "outlet")]
        return [table] if generic or ref.lower() in named + byline_names(str(row.get("author") or "")) else []
    writer = re.search(r"(?:writer|author|journalist|reporter)$", ref.lower())
    if not writer or not isinstance(article, (list, tuple)):
        return []  # "the second article" among several: the kit cannot tell which
    return [t.iloc[[i]] for t in article if hasattr(t, "columns") and "article_id" in t for i in range(len(t))
            if byline_names(str(t.iloc[i].get("author") or ""))]


def swapped_in(ref: str, clause: str, table, accused: bool = False) -> tuple[str, str, str, str] | None:
    """:func:`swapped_actor` for one text (``table``, one row) and the clause said of it; with ``accused``, the same
    tuple when the text does accuse the actor the clause names (None otherwise)."""
    from .frame_checks import saying_forms
    from .headline_replies import claim_sides
    from .headline_sources import actor_names

    row = table.iloc[0]
    for name, concept in sorted(actor_names().items(), key=lambda item: -len(item[0])):
        at = re.match(rf"(?:the\s+)?{re.escape(name)}(?:'s)?\s+(?:(?:also|has|had|secretly|really|actually)\s+)*"
                      rf"['\"“‘]?(?P<verb>[a-z]+)\b", clause, flags=0 if len(name) <= 2 else re.IGNORECASE)
        if at is None:
            continue
        if re.fullmatch(SAYING, at.group("verb")) or at.group("verb") in ("and", "or") or re.match(
                r"(?:made|makes?)\s+(?:the|a|an|this|that|these|those)\s+(?:charges?|claims?|accusations?)\b",
                clause[at.start("verb"):]):
            break  # "… says Russia accuses the Pentagon", "… Russia and Iran made the charge": who accuses
        blamed, makers = claim_sides(row, table, saying_forms())
        if (concept in blamed) if accused else (concept in makers and concept not in blamed):
            return ref, clause[:at.start("verb")].strip(" '\"“‘"), at.group("verb"), table
        break
    return None


def swapped_actor_note(sentence: str, article) -> str:
    """The note for a sentence that says an article accuses one of those who make its claim (:func:`swapped_actor`),
    with the article's own words where it accuses someone of the same deed (the verb, as typed, in its text after
    the accused's name), or else its headline; "" otherwise.

    >>> import kit
    >>> arts = kit.load_articles()
    >>> print(swapped_actor_note("us-rescue-of-isis-in-raqqa says the Kremlin colluded with ISIS.", arts))
    us-rescue-of-isis-in-raqqa says “the Pentagon has colluded with the Islamic State…”, not the Kremlin: check who the article accuses.
    >>> swapped_actor_note("us-rescue-of-isis-in-raqqa says the Pentagon colluded with ISIS.", arts)
    ''
    """
    from ..concepts import load_concepts
    from .frame_checks import saying_forms
    from .headline_replies import claim_sides
    from .headline_sources import actor_names, actors_in

    found = swapped_actor(sentence, article)
    if found is None:
        return ""
    ref, actor, verb, table = found
    row = table.iloc[0]
    accused = claim_sides(row, table, saying_forms())[0] - {"ISIS"}
    names = sorted((n for n, c in actor_names().items() if c in accused), key=len, reverse=True)
    text = re.sub(r"(?<=\w)- (?=\w)", "-", " ".join(str(row.get("text") or "").split()))  # its words, not its headline
    stem = re.escape(verb[:max(3, min(5, len(verb) - 2))])
    said = "|".join(re.escape(n) for n in names)
    at = re.search(rf"(?:\b(?i:the)\s+)?(?<![\w.])(?:{said})(?![\w])(?:\s+[\w'’-]+){{0,6}}?\s+{stem}\w*(?:\s+[\w'’-]+){{0,4}}",
                   text) if names else None
    if at:
        return f"{ref} says “{at.group(0)}…”, not {actor}: check who the article accuses."
    title = str(row.get("title") or "")
    surfaces = set(load_concepts()["surface"].astype(str))
    whom = [("the " if f"the {n}" in surfaces else "") + n for c, n in actors_in(title).items() if c in accused]
    return (f"{ref}'s headline, “{title}”, accuses {' and '.join(whom) or 'another side'}, not {actor}: check who the "
            "article accuses.")


def side_notes(sentence: str, article) -> list[str]:
    """The notes for a sentence that gives a speaker of ``article`` (lesson 06: the student's own article) a side the
    article does not give them ("Dillon, the Kremlin spokesman, says …"): 03 Exercise 3's check
    (:func:`.figure_checks.names_cast`, :func:`.figure_accounts.miscast_note`), with whom each person speaks for read
    from the article itself: its description of them (:func:`.figure_sides.described_sides`), or else the side
    ``kit.sources`` reads for them; a person it does not describe is not checked (teacher 57 #8).

    >>> from kit.exercises import my_article
    >>> text = "“We will stay,” said Ann Lee, a Pentagon spokesman. The convoy left at night. " * 25
    >>> art = my_article(text=text, title="A convoy")
    >>> side_notes("Lee, the Kremlin spokesman, says they will stay.", art)
    ['In the article, Ann Lee speaks for the United States, not for the Kremlin: check whom each speaker speaks for.']
    >>> side_notes("Lee, the Pentagon spokesman, says they will stay.", art)
    []
    """
    from ..sourcing import sources
    from .evidence import article_text
    from .figure_accounts import held_accounts, miscast_note, parties_named, party_accounts
    from .figure_checks import names_cast
    from .figure_sides import described_sides

    if not hasattr(article, "columns"):
        return []
    accounts = held_accounts(article)
    try:
        speaks = {str(s): str(p or "") for s, p in zip(sources(article)["source"], sources(article)["speaks_for"])}
    except Exception:  # a table kit.sources cannot read: no one's side is known
        return []
    text, people = article_text(article), []
    for account in (a for a in accounts if a.get("person") or "described" in a):  # a person, quoted or giving a figure
        who = re.sub(r"'s words$", "", account["label"])
        described = described_sides(text, account["names"])
        sides = described.get("sides") or parties_named(speaks.get(who, ""), cased=True)
        if sides and (described or speaks.get(who)):
            people.append({**account, "sides": sides, "described": described})
    if not people:
        return []
    cast = [a for _, _, a in names_cast(sentence, people + party_accounts(accounts)) if a.get("miscast")]
    return [re.sub(r"^In the texts,", "In the article,", miscast_note(a)) + "." for a in cast]
