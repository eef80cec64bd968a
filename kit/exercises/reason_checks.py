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
           "swapped_actor", "swapped_actor_note", "side_notes"]

#: what a reason says the article does not do, or does only: "never quotes X", "doesn't even quote X", "only cites X",
#: "never names X"
CLAIMED = (r"(?P<how>\b(?:only|never|not|no longer|fails? to|refuses? to)|n't)\s+(?:even\s+|once\s+|actually\s+)?"
           r"(?P<verb>quot(?:es?|ed|ing)|cit(?:es?|ed|ing)|nam(?:es?|ed|ing)|mention(?:s|ed|ing)?)\s+"
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
    if not who or len(who.split()) > 5:
        return None
    how = "only" if found.group("how").lower() == "only" else "never"
    verb = "names" if re.match(r"nam|mention", found.group("verb"), flags=re.IGNORECASE) else "quotes"
    return how, verb, who


def reason_article(verdict: str, article):
    """The one text a verdict is about, as a one-row table: the analysed article itself (lesson 06: a table of one
    row), or the text whose id or outlet the verdict's words name (lesson 03: "us-rescue-of-isis-in-raqqa is one
    sided", "WSWS is one sided"); None when it names none, or several.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"article_id": ["a-b", "c-d"], "outlet": ["WSWS", "RT"], "text": ["x", "y"]})
    >>> reason_article("WSWS is one sided", t)["article_id"].tolist(), reason_article("The article is one sided", t)
    (['a-b'], None)
    """
    tables = [t for t in (article if isinstance(article, (list, tuple)) else [article]) if hasattr(t, "columns")]
    if len(tables) == 1 and len(tables[0]) == 1:
        return tables[0]
    low = verdict.lower()
    found = [table.iloc[[i]] for table in tables for i, row in enumerate(table.itertuples())
             if re.search(rf"(?<![\w-]){re.escape(str(row.article_id).lower())}(?![\w-])", low)
             or str(getattr(row, "outlet", "") or "").strip() and re.search(
                 rf"(?<![\w-]){re.escape(str(row.outlet).strip().lower())}(?![\w-])", low)]
    return found[0] if len(found) == 1 else None


def quoted_by(table, who: str) -> list[tuple[str, str]]:
    """(the speaker, their words) for each quotation in ``table`` (one text) in quotation marks (direct, or in part)
    whose speaker is ``who``: a person by full or family name, a side by any of its names (the speaker's own name, or
    the side ``kit.sources`` says they speak for; a source that names several sides at once, "Iran, Russia and the
    Syrian government", speaks for none alone), or "the spokesman": a speaker the text describes as one, not a former
    one (:func:`.figure_sides.described_sides`)."""
    from ..sourcing import quotes, sources
    from .evidence import article_text
    from .figure_accounts import parties_named
    from .figure_sides import described_sides
    from .finding_facts import sides_named
    from .plan_outlets import speaker

    try:
        said, known = quotes(table), sources(table)
    except Exception:  # a table the kit cannot read: no one is known to be quoted
        return []
    sides_of = {str(s): str(p or "") for s, p in zip(known["source"], known["speaks_for"])}
    sides = sides_named(who)
    role = re.fullmatch(r"(?:the|a|an|any)\s+(?P<role>[a-z]+?)s?", who.strip().lower())
    text, out = article_text(table), []
    for kind in ("direct", "partial"):  # words the speaker said in full first
        for name, words, how in zip(said["speaker"], said["quote"], said["kind"]):
            if not isinstance(name, str) or how != kind:
                continue
            own = parties_named(name, cased=True)
            theirs = (own if len(own) == 1 else frozenset()) | parties_named(sides_of.get(name, ""), cased=True)
            person = " " in name and not own
            described = described_sides(text, (name.lower(), name.split()[-1].lower())) if person and role else {}
            if (person and speaker(who, [name])) or (sides and sides & theirs) or (
                    role and described.get("role") == role.group("role") and not described.get("former")):
                out.append((name, re.sub(r"(?<=\w)- (?=\w)", "-", " ".join(words.split())).strip(" ,.;:")))
    return out


def reason_note(verdict: str, reason: str, article) -> str:
    """The note for a verdict's reason that the article shows is untrue (:func:`claimed_about`): it quotes (or names)
    whom the reason says it never does, or does not quote whom the reason says it only quotes; "" when the reason is
    true of it, is about something else, or the kit cannot tell which article it is about (:func:`reason_article`).
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
    found = quoted_by(table, who)
    if how == "only":
        return "" if found else f"{subject} does not quote {who}: check whom it quotes (see kit.sources), and look again."
    if not found:
        return ""
    name, words = found[0]
    the = "the " if name.split()[0] in ("Pentagon", "Kremlin") or re.match(r"[A-Z]+ ", name) else ""
    return f"{subject} quotes {the}{name} (“{words}”): look again."


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


#: what a student says an article says: "<the article / its id / its outlet> says (that) <clause>"
ARTICLE_SAYS = (r"(?P<ref>\b(?i:the|this|that|my)\s+(?:[\w-]+\s+)?(?:article|piece|story|text)|[\w-]+)\s+"
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
    reads them (:func:`.headline_replies.claim_sides`); None otherwise, or when the kit cannot tell which text."""
    from .frame_checks import saying_forms
    from .headline_replies import claim_sides
    from .headline_sources import actor_names

    for found in re.finditer(ARTICLE_SAYS, sentence.replace("’", "'")):
        ref, clause = found.group("ref"), found.group("clause").strip()
        table = reason_article(ref, article)
        if table is None:
            continue
        row = table.iloc[0]
        named = [str(row.get(c) or "").strip().lower() for c in ("article_id", "outlet")]
        if ref.lower() not in named and not re.search(r"(?:article|piece|story|text)$", ref.lower()):
            continue  # "Silo says …": a speaker, not the text
        for name, concept in sorted(actor_names().items(), key=lambda item: -len(item[0])):
            at = re.match(rf"(?:the\s+)?{re.escape(name)}(?:'s)?\s+(?:(?:also|has|had|secretly|really|actually)\s+)*"
                          rf"['\"“‘]?(?P<verb>[a-z]+)\b", clause, flags=0 if len(name) <= 2 else re.IGNORECASE)
            if at is None:
                continue
            if re.fullmatch(SAYING, at.group("verb")) or at.group("verb") in ("and", "or") or re.match(
                    r"(?:made|makes?)\s+(?:the|a|an|this|that|these|those)\s+(?:charges?|claims?|accusations?)\b",
                    clause[at.start("verb"):]):
                break  # "… says Russia accuses the Pentagon", "… Russia and Iran made the charge": who accuses
            accused, makers = claim_sides(row, table, saying_forms())
            if concept in makers and concept not in accused:
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
