"""Who reports a figure in a student's answer (lesson 03, Exercise 3): the verbs by which an account says or counts it
(:func:`reporting_words`), the reporter of the words that hold it (:func:`reporter_of`, :func:`reporter_after`).
:func:`.evidence.credited_figures` reads them to check each figure against the account it is credited to.

    >>> reporting_words("the spokesman says 3,500 and the russia article gives 4,000")
    ['says', 'gives']
"""

from __future__ import annotations

import re

__all__ = ["FIGURE_VERBS", "LACKS", "lacks_before", "lacking", "REPORT_END", "no_speech", "report_nouns_in", "side_taken", "stance_before", "stance_against", "reporting_words", "reporter_of", "reporter_after", "opening_name", "CAME_FROM", "NO_SOURCE", "APPOSITIVE", "appositives", "TAKEN", "it_figure", "JOINED", "joined_verb", "opening_subject", "TEXT_WORDS", "text_subject"]


#: Verbs by which an account gives a figure ("gives 4,000", "uses Silo's 4,000", "counts 3,500", "puts it at"): the
#: attribution word list (data/lexicons/attribution.csv) holds verbs of saying only, and "report"/"reports" only as
#: "reported", so these few are named here; every verb of saying comes from that list (:func:`reporting_words`).
FIGURE_VERBS = frozenset("give gives gave giving use uses used count counts counted put puts report reports".split())


#: a verb by which an account lacks what follows it ("leaves out", "omits", "does not mention", "never gives",
#: "ignores", "skips"): a figure after it is what the account does not give (teacher 53 #1)
LACKS = (r"\b(?:(?:leaves?|leaving|left)\s+out|omit(?:s|ted|ting)?|ignor(?:es?|ed|ing)|skip(?:s|ped|ping)?|"
         r"(?:does|do|did)\s*(?:not|n't|nt)\s+(?:mention|give|include|use|report|say|count|quote|cite)|"
         r"never\s+(?:mentions?|gives?|includes?|uses?|reports?|says?|counts?|quotes?|cites?))\b")


def lacks_before(text: str) -> bool:
    """Does ``text`` (what comes before a figure, from the account's name) end with a verb by which the account lacks
    the figure (:data:`LACKS`), with at most a few words and no other figure or name of a text between?

    >>> lacks_before("russia-charges-pentagon leaves out the "), lacks_before("it does not mention the ")
    (True, True)
    >>> lacks_before("it leaves out the civilians and gives "), lacks_before("it gives ")
    (False, False)
    >>> lacks_before("it leaves out the 3,500 and the "), lacks_before("it omits 3,500 civilians, ")  # a list (t54 #1)
    (True, True)
    >>> lacks_before("it leaves out silo's name and the "), lacks_before("it leaves out silo and the ")  # (t55 #6)
    (True, True)
    """
    det = r"(?:\s+(?:the|a|any|its|their|that|those|these|about|some|around|nearly))*"
    # a list of figures or of names: "leaves out the 3,500 and the", "leaves out Silo's name and the" (teacher 55 #6)
    return bool(re.search(LACKS + det + r"(?:\s*(?:\d[\d,.]*|[a-z'-]+)(?:\s+[a-z]+)?\s*(?:,\s*and|,|and|or)" + det + r")*\s*$",
                          text.lower()))


def lacking(low: str, named: list, at: int) -> list | None:
    """The accounts that lack the figure at ``at`` of the lowered sentence ``low`` (:func:`lacks_before`): the first
    name of its clause, before the verb of lacking, that is no possessive ("us-rescue gives 4,000 with no source and
    leaves out the 3,500": us-rescue's; not Silo in "… uses Silo's 4,000 and leaves out the 3,500"); [] where no
    account is named ("The articles leave out the 3,500"); None where no verb of lacking comes before the figure.
    ``named``: the (start, end, account) names of the sentence.

    >>> acc = [(0, 1, "a"), (7, 11, "silo")]
    >>> lacking("a uses silo's 4,000 and leaves out the 3,500", acc, 39), lacking("a gives 3,500", acc, 8)
    (['a'], None)
    """
    if not lacks_before(low[:at]):
        return None
    verb = list(re.finditer(LACKS, low[:at]))[-1].start()
    floor = max((m.end() for m in re.finditer(r",\s*(?:while|whereas|although|though)\b|\bbut\b|\bwhile\b",
                                              low[:verb])), default=0)
    subjects = [(s, a) for s, e, a in named if floor <= s and e <= verb and (not re.match(r"'s?\b|s\s", low[e:e + 3])
                or re.match(r"'s?\s+(?:article|piece|story|one|text)\b", low[e:]))]  # "WSWS's article" (t55 #2)
    return [a for s, a in subjects if s == subjects[0][0]] if subjects else []


def no_speech() -> frozenset:
    """The verbs of the attribution word list that report no words, so they make no reporter of a figure: a stand or
    a view (``view_verbs`` of data/word_sets.csv, as ``kit.quotes`` reads them: "supported", "opposed") and the
    other verbs that are no speech (``not_speech`` of data/headline_words.csv: "ordered", "found", "blamed").

    >>> "supported" in no_speech(), "ordered" in no_speech(), "says" in no_speech()
    (True, True, False)
    """
    from ..wordsets import word_sets
    from .frame_checks import headline_words

    return word_sets().view_verbs | headline_words()["not_speech"]


def report_nouns_in(text: str) -> list[str]:
    """The nouns of report (``report_nouns`` of data/word_sets.csv) after "the", "a" or another determiner in
    ``text``: "backed the report that 4,000 left" names a report, and whose it is the words do not say. A noun of a
    count or a document (``document_nouns``: "figure(s)", "estimate", "count") is one too where "that" or "of" follows
    it: "welcomed the figure of 4,000" (not "Silo says the figure is 4,000").

    >>> report_nouns_in("russia backed the report that"), report_nouns_in("silo reports that")
    (['report'], [])
    >>> report_nouns_in("moscow rejected the figure of"), report_nouns_in("silo says the figure is")
    (['figure'], [])
    """
    from ..relative_subjects import DETERMINERS, ONE_THING
    from ..wordsets import word_sets

    sets = word_sets()
    words = re.findall(r"[a-z]+", text.lower())
    nouns, counts = sets.report_nouns, sets.document_nouns

    def noun(i, w):
        return w in nouns or ((w in counts or w + "s" in counts) and words[i + 1:i + 2] in (["that"], ["of"]))
    return [w for i, w in enumerate(words) if noun(i, w) and i and words[i - 1] in DETERMINERS | ONE_THING]


def side_taken(verb: str) -> str:
    """The side a verb takes on a report it has for its object ("Russia welcomed the report that 4,000 left"):
    "against" for a verb of denial or refusal (``denial_verbs``/``refusal_verbs`` of data/word_sets.csv: "disputed",
    "rejected", "dismissed", "refused"), "for" for any other verb of saying or of a view the kit knows (the attribution
    word list, a teacher's edit counting at once: "praised", "hailed", "cited", "pointed to"; ``agrees`` of
    data/headline_words.csv: "backed", "welcomed"; ``view_verbs``: "supported"), "" for a verb that is none of them
    and so says nothing of what its subject makes of the report ("read", "studied").

    >>> side_taken("welcomed"), side_taken("pointed to"), side_taken("rejected"), side_taken("read")
    ('for', 'for', 'against', '')
    """
    from ..lexicons import attribution_tone
    from ..wordsets import word_sets
    from .frame_checks import headline_words

    sets, verb = word_sets(), verb.lower()
    if verb in sets.denial_verbs | sets.refusal_verbs:
        return "against"
    return "for" if verb in headline_words()["agrees"] | sets.view_verbs or attribution_tone(verb) else ""


def stance_before(text: str) -> int | None:
    """Where a verb that takes a side on a report (:func:`side_taken`: "backed", "welcomed", "cited", "pointed to",
    "rejected") starts, when it is the last word of ``text`` (with "with", "to", "out" or "at" after it) before a
    determiner: "Russia welcomed the report that 4,000 left" states Russia's stand on the figure, so the figure is
    checked as Russia's (and :func:`stance_against` says which way); None otherwise.

    >>> stance_before("the pentagon backed the "), stance_before("moscow agreed with a "), stance_before("silo read the ")
    (13, 7, None)
    >>> stance_before("russia pointed to the "), stance_before("the coalition dismissed the ")
    (7, 14)
    """
    from ..relative_subjects import DETERMINERS, ONE_THING

    m = re.search(r"\b([a-z]+)(?:\s+(with|to|out|at))?\s+([a-z]+)\s*$", text.lower())
    if not m or m.group(3) not in DETERMINERS | ONE_THING:
        return None
    verb = f"{m.group(1)} {m.group(2)}" if m.group(2) else m.group(1)
    return m.start() if side_taken(verb) or (m.group(2) and side_taken(m.group(1))) else None


def stance_against(text: str) -> bool:
    """Is the side that ends ``text`` (:func:`stance_before`) against the report: "Moscow rejected the "?

    >>> stance_against("moscow rejected the "), stance_against("the pentagon welcomed the "), stance_against("silo read the ")
    (True, False, False)
    """
    at = stance_before(text)
    return at is not None and side_taken(re.findall(r"[a-z]+", text.lower()[at:])[0]) == "against"


def without_stances(low: str) -> str:
    """``low`` (in small letters) with each verb of agreeing before a report (:func:`stance_before`, a noun of
    report: "supported the report that …", "backed the claim") taken out: a stand on a report is no verdict of the
    student's, as "the us supported isis" is, so "supported" and "backed" are read alike.

    >>> without_stances("russia supported the report that 4,000 left, but the us supported isis.")
    'russia the report that 4,000 left, but the us supported isis.'
    """
    from ..wordsets import word_sets

    nouns = word_sets().report_nouns

    def cut(m):
        return "" if stance_before(m.group(1) + " " + m.group(2) + " ") is not None and m.group(3) in nouns else m.group(0)
    return re.sub(r"\b([a-z]+)(?:\s+with)?\s+(?=([a-z]+)\s+([a-z]+)\b)", cut, low)


def reporting_words(text: str) -> list[str]:
    """The verbs in ``text`` that report what an account says or counts: the attribution word list's (a teacher's
    edit counts at once) and :data:`FIGURE_VERBS`, but no verb that reports no words (:func:`no_speech`) and no noun
    of report after "the" (:func:`report_nouns_in`).

    >>> reporting_words("the spokesman says 3,500 but the russia article gives 4,000 and charges the us")
    ['says', 'gives', 'charges']
    >>> reporting_words("russia supported the report that 4,000 left, as the pentagon ordered")
    []
    """
    from ..lexicons import attribution_tone

    silent, words = no_speech(), re.findall(r"[a-z]+", text.lower())
    nouns = set(report_nouns_in(text))
    return [w for i, w in enumerate(words) if (w in FIGURE_VERBS or attribution_tone(w)) and w not in silent and not (
        w in nouns and w in report_nouns_in(" ".join(words[max(0, i - 1):i + 1])))]


#: a verb joined to the clause before it by "and" or "but", with no subject of its own or with a pronoun for one: "X
#: says the Pentagon helped ISIS, but gives the 4,000 …", "…, and it names Silo for the 4,000" (teacher 56 #1)
JOINED = r"(?:,\s*|\s+)(?:and|but)\s+(?:(it|they|he|she)\s+(?:also\s+|only\s+|then\s+|still\s+)?)?([a-z]+)\b"


def joined_verb(low: str, at: int) -> tuple[int, int] | None:
    """Where the last verb before ``at`` in the lowered sentence ``low`` that is joined to the clause before it
    (:data:`JOINED`) starts, as (where "and"/"but" starts, where what comes after it starts), with no figure between
    it and ``at``; None where there is none. With no subject of its own the verb must be one of giving or saying
    ("but gives", "and says"); after "it" or "they" any verb is ("and it names"). Such a verb has the subject of the
    sentence's first clause (:func:`opening_subject`), not a name inside the words that clause reports.

    >>> low = "a says the pentagon helped isis, but gives the 4,000"
    >>> joined_verb(low, low.index("4,000")), joined_verb("a says the us and isis left 4,000", 30)
    ((31, 37), None)
    >>> low = "a says russia blames the us, and it names silo for the 4,000"
    >>> low[joined_verb(low, low.index("4,000"))[1]:]
    'it names silo for the 4,000'
    """
    found = None
    for m in re.finditer(JOINED, low[:at]):
        if not re.search(r"\d", low[m.end():at]) and (m.group(1) or m.group(2) in FIGURE_VERBS or reporting_words(m.group(2))):
            found = (m.start(), m.start(1) if m.group(1) else m.start(2))
    return found


#: a word for a text, or for its writer, as the subject of a report: "the article says …", "the second article
#: says …", "the writer says …" (teacher 57 #9)
TEXT_WORDS = r"(?:articles?|stor(?:y|ies)|pieces?|texts?|writers?|authors?|journalists?|reporters?|sites?|websites?|ones?)"


def text_subject(low: str, before: list, cut: int) -> bool:
    """Does the clause that ends at ``cut`` of the lowered sentence ``low`` open with a word for a text the kit
    cannot tell (no name of ``before``, the (start, end, account) names, is in it), reporting before any name: "the
    second article says the Pentagon colluded, but gives the 4,000 …" gives the 4,000 to that article, not to the
    Pentagon named inside what it says (teacher 57 #9).

    >>> text_subject("the second article says the pentagon helped isis", [(28, 36, "pentagon")], 48)
    True
    >>> text_subject("the pentagon says the article is wrong", [(4, 12, "pentagon")], 38)
    False
    """
    floor = max((m.end() for m in re.finditer(r",\s*(?:while|whereas|although|though)\b|\bbut\b|\bwhile\b", low[:cut])),
                default=0)
    first = min((s for s, e, _ in before if floor <= s and e <= cut), default=cut)
    opening = low[floor:first]
    m = re.match(rf"\s*(?:(?:the|this|that|an?|each|one)\s+)?(?:[a-z]+\s+)?{TEXT_WORDS}\b", opening)
    return bool(m) and bool(reporting_words(opening[m.end():]))


def opening_subject(low: str, before: list, cut: int) -> list:
    """The accounts named as the subject of the clause that ends at ``cut`` in the lowered sentence ``low``: its first
    name (of ``before``, the (start, end, account) names), after any earlier clause ("…, while", "but"); [] where
    none is. "us-rescue leaves out the 3,500 the spokesman gives and uses 4,000": us-rescue, not the spokesman.

    >>> acc = [(0, 1, "a"), (11, 19, "pentagon")]
    >>> opening_subject("a says the pentagon helped isis", acc, 31), opening_subject("while the pentagon helped", acc[1:], 5)
    (['a'], [])
    >>> opening_subject("a leaves out the 3,500 the spokesman gives", [(0, 1, "a"), (27, 36, "spokesman")], 42)
    ['a']
    """
    floor = max((m.end() for m in re.finditer(r",\s*(?:while|whereas|although|though)\b|\bbut\b|\bwhile\b", low[:cut])),
                default=0)
    names = [s for s, e, _ in before if floor <= s and e <= cut]
    return [a for s, _, a in before if names and s == min(names)]


#: where a report ends before a figure: an earlier figure, or a new clause ("…, while", "but"): "The Pentagon says
#: 3,500 came out, while the coalition let 4,000 leave" gives 4,000 to no report of the Pentagon's
REPORT_END = r"(?:\d|,\s*(?:while|whereas|although|though)\b|\bbut\b|\bwhile\b)"


def reporter_of(low: str, before: list, last: int) -> list | None:
    """Whose report holds the name at ``last`` (``before``: the (start, end, account) names before a figure in the
    lowered sentence ``low``): "Silo says the coalition let 4,000 leave", "according to Silo, Russia sent 4,000" give
    the figure to the reporter (Silo), not to the party named inside the reported words. None where no reporting
    word (the attribution word list's, :func:`reporting_words`) comes before the name in its clause; [] where one
    does but the kit holds no account by the reporter's name.

    >>> acc = [(0, 4, "silo"), (10, 23, "coalition")]
    >>> reporter_of("silo says the coalition let 4,000 leave", acc, 14), reporter_of("the coalition let 4,000", acc[1:], 4)
    (['silo'], None)
    """
    from ..lexicons import attribution_tone

    floor = max((m.end() for m in re.finditer(REPORT_END, low[:last])), default=0)
    joined = joined_verb(low, last)  # "…, and it names Silo for the 4,000": a clause of its own (teacher 56 #1)
    floor = max(floor, joined[1]) if joined else floor
    cues = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\baccording to\b|[a-z]+", low[floor:last])
            if (reporting_words(m.group()) or (" " in m.group() and attribution_tone(m.group()))) and not any(
                s <= floor + m.start() < e for s, e, _ in before)]  # "Russia Charges Pentagon": a title, no report
    if not cues:
        return None
    start, end, cue = (floor + cues[-1][0], floor + cues[-1][1], cues[-1][2])
    if report_nouns_in(" ".join(low[floor:end].split()[-2:])):  # "… the report that …": whose, it does not say
        stance = stance_before(low[floor:start])  # "Russia backed the report": Russia's stand on the figure
        names = [s for s, e, _ in before if floor <= s and e <= floor + stance] if stance is not None else []
        return [a for s, _, a in before if names and s == max(names)]
    if " " in cue:  # "according to Silo, …": the name just after it
        return [a for s, _, a in before if s >= end and re.fullmatch(r"\s*(?:the\s+)?", low[end:s])]
    names = [s for s, e, _ in before if floor <= s and e <= start]  # "Silo says …", "the Pentagon claims …"
    return [a for s, _, a in before if names and s == max(names)]


#: the words between a figure and the source it came from: "the 4,000 came from the BBC", "4,000 people come from
#: Silo", "the 4,000 from the BBC", "it is from Silo" (teacher 54 #5); not "4,000 fighters from the SDF" (no verb)
CAME_FROM = r"(?:\s+[a-z]+){0,2}?\s+(?:c[oa]mes?|coming|is|was|were)\s+from\s+(?:the\s+)?|\s+from\s+(?:the\s+)?"

#: the words after a figure that say an account gives it with no source: "4,000 with no source", "4,000 people
#: without a source", "4,000, unsourced" (teacher 54 #5): checked against whose words the account gives it in
NO_SOURCE = (r"(?:\s+[a-z]+){0,2}?\s*,?\s*(?:(?:with\s+no|without\s+(?:a|any)|and\s+no)\s+(?:named\s+)?sources?"
             r"|unsourced|(?:and|but)\s+(?:does\s*n[o']?t|doesnt|never)\s+say\s+who\s+counted\s+(?:it|them))\b")


def reporter_after(low: str, named: list, end: int) -> list:
    """The accounts a closing report names after a figure that ends at ``end`` in the lowered sentence ``low``
    ("Russia sent 4,000, according to Silo", "the coalition let 4,000 leave, Silo says"), with no other figure after
    it; [] where there is none. ``named``: the (start, end, account) names of the sentence.

    >>> acc = [(0, 6, "russia"), (32, 36, "silo")]
    >>> reporter_after("russia sent 4,000, according to silo.", acc, 17), reporter_after("russia sent 4,000.", acc, 17)
    (['silo'], [])
    >>> reporter_after("russia said the 4,000 came from silo.", [(0, 6, "russia"), (32, 36, "silo")], 21)
    ['silo']
    """
    from ..lexicons import attribution_tone

    if re.search(r"\d", low[end:]):
        return []
    found = [(s, a) for s, e, a in named if s >= end and (
        (re.search(r"\baccording to\s+(?:the\s+)?$", low[end:s]) and attribution_tone("according to"))
        or re.fullmatch(CAME_FROM, low[end:s])
        or (re.search(r",\s*(?:the\s+)?$", low[end:s]) and re.fullmatch(r"\s+([a-z]+)\W*", low[e:])
            and reporting_words(low[e:])))]
    return [a for s, a in found if s == found[0][0]] if found else []




#: a name as a student writes it, in capitals: one to three words ("Ivan Petrov", "John Smith", "BBC")
CAPITALS = r"(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2}"


#: someone the student knows ("my cousin", "our teacher", "my best friend"): no text names them (teacher 55 #3)
OWN_PEOPLE = r"\b(?:[Mm]y|[Oo]ur)\s+((?:[a-z]+\s+)?[a-z]+)\s+([a-z]+)\b"


def unknown_reporter(sentence: str, start: int, known, end: int | None = None) -> str:
    """The name in capitals that reports the figure at ``start`` of ``sentence`` (ending at ``end``), when it holds
    none of the ``known`` names (lowered: the accounts the kit holds); "" otherwise. The name stands just before the
    verb of saying of the figure's clause or just after "according to" ("Ivan Petrov says 4,000 left", "according to
    John Smith, 4,000 left"), or, with no other figure after it, in a closing report ("4,000 left, Ivan Petrov says",
    "…, says Ivan Petrov", "…, according to John Smith"). Little words before it are not the name ("The BBC"), and one
    word in capitals that opens the sentence is no name ("Officials say"). Someone the student knows ("My cousin says
    3,500 left") is "your cousin": no text names them.

    >>> unknown_reporter("Ivan Petrov says 4,000 left.", 17, ["silo"]), unknown_reporter("Talal Silo says 4,000 left.", 16, ["silo"])
    ('Ivan Petrov', '')
    >>> unknown_reporter("According to John Smith, 4,000 left.", 25, []), unknown_reporter("Officials say 4,000 left.", 14, [])
    ('John Smith', '')
    >>> unknown_reporter("4,000 left, Ivan Petrov says.", 0, [], 5), unknown_reporter("4,000 left, says the BBC.", 0, [], 5)
    ('Ivan Petrov', 'BBC')
    >>> unknown_reporter("4,000 left, according to John Smith.", 0, [], 5), unknown_reporter("4,000 left, Talal Silo says.", 0, ["silo"], 5)
    ('John Smith', '')
    >>> unknown_reporter("My cousin said 3,500 left.", 15, []), unknown_reporter("My teacher's 3,500 left.", 13, [])
    ('your cousin', '')
    >>> unknown_reporter("Dillon, whom RT quoted, says 3,500 left.", 29, ["dillon"])
    ''
    """
    floor = max((m.end() for m in re.finditer(REPORT_END, sentence[:start].lower())), default=0)
    found = ""
    for m in re.finditer(rf"\b[Aa]ccording\s+to\s+(?:the\s+)?({CAPITALS})|(?<![\w'’])({CAPITALS})\s+([a-z]+)\b",
                         sentence[floor:start]):
        name, verb = (m.group(1), "") if m.group(1) else (m.group(2), m.group(3))
        if not m.group(1) and re.search(r",\s*(?:whom|who|which|that|as)\s+$", sentence[:floor + m.start(2)]):
            continue  # "Dillon, whom RT quoted, says 3,500": a description of Dillon, not RT's report (teacher 57 #3)
        if m.group(1) or reporting_words(verb):
            found = reporter_named(sentence, floor + m.start(1 if m.group(1) else 2), name, known)
    for m in re.finditer(OWN_PEOPLE, sentence[floor:start]) if not found else ():  # "My cousin said 3,500 left"
        found = f"your {m.group(1)}" if reporting_words(m.group(2)) else found
    if found or end is None or re.search(r"\d", sentence[end:]):
        return found
    # after the figure: "…, according to John Smith", "…, Ivan Petrov says", "…, says Ivan Petrov"
    for m in re.finditer(rf"\b[Aa]ccording\s+to\s+(?:the\s+)?({CAPITALS})|,\s*({CAPITALS})\s+([a-z]+)\b[^\d,;:]{{0,30}}$|"
                         rf",\s*([a-z]+)\s+(?:the\s+)?({CAPITALS})\W*$", sentence[end:]):
        name = (m.group(1) or m.group(2) or m.group(5)).rstrip(".")  # "…, says the BBC.": the full stop ends it
        if m.group(1) or reporting_words(m.group(3) or m.group(4)):
            return reporter_named(sentence, end + m.start(1 if m.group(1) else 2 if m.group(2) else 5), name, known)
    return ""


def opening_name(words: str) -> bool:
    """Is the one word in capitals that opens ``words`` a person's name before its verb of saying ("Peskov said …",
    "Kirby says …"), not a common word a sentence opens with ("Officials say", "Experts said", "Everyone says")? The
    kit reads it as it reads a lone subject in an article (:func:`kit.clause_subjects.lone_name`): a plural, a
    pronoun, a determiner or a title is no name (teacher 54 #3).

    >>> opening_name("Peskov said 3,500 left."), opening_name("Officials say 3,500 left."), opening_name("Many say so")
    (True, False, False)
    """
    import pandas as pd

    from ..clause_subjects import lone_name
    from ..sourcing import checked_articles, prepare_articles

    first = re.match(r"[A-Z][a-z]+(?=\s+[a-z])", words)
    if not first:
        return False
    art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["answer"], "text": [words]}), "answer"))[0]
    found = lone_name(art, 0, first.end())
    return bool(found) and found["type"] == "named person"


def reporter_named(sentence: str, at: int, name: str, known) -> str:
    """The reporter's name ``name`` (in capitals, at ``at`` of ``sentence``) without the little words before it ("The
    BBC": "BBC"), or "" where it holds one of the ``known`` names, or is one word in capitals that opens the sentence.

    >>> reporter_named("The BBC says 4,000.", 0, "The BBC", []), reporter_named("Officials say 4,000.", 0, "Officials", [])
    ('BBC', '')
    >>> reporter_named("RT says 4,000.", 0, "RT", [])  # an initialism in capitals is a name, even first
    'RT'
    """
    from ..words import FUNCTION_WORDS

    words = name.split()
    while words and words[0].lower() in FUNCTION_WORDS:  # "The BBC": the name is "BBC"
        words = words[1:]
    at += len(name) - len(" ".join(words))
    low = " ".join(words).lower()
    initials = len(words) == 1 and re.fullmatch(r"[A-Z]{2,5}", words[0])  # "RT says …": a name, unlike "Officials"
    if not words or (len(words) == 1 and not sentence[:at].strip() and not initials
                     and not opening_name(sentence[at:])) or any(
            re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", low) for k in known):
        return ""
    return " ".join(words)


#: the words between a person's name and a noun phrase set off after it by a comma (an appositive): "Talal Silo, the
#: SDF's former spokesman, says …", "Dillon, a Kremlin spokesman, says …" (teacher 55 #5, #7)
APPOSITIVE = r",\s*(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'.-]+\s+){0,3}"


def appositives(low: str, named: list) -> dict:
    """The names of the lowered sentence ``low`` that describe a speaker named next to them, so they report no figure
    of their own. Maps the index of each such name in ``named`` (its (start, end, account) names, in order) to the
    index of the speaker:

    - a noun phrase set off by commas just after a speaker's name (an appositive, :data:`APPOSITIVE`): "Silo, the
      SDF's former spokesman, says"; but after a role word a person's name is who it is: "the other spokesman, Silo,
      says" is Silo (teacher 56 #7);
    - a side and a role word just before a person's name: "the Russian spokesman Silo says" (teacher 56 #8).

    >>> silo, spk, kr = {"names": ("silo",), "one_voice": True}, {"names": ("spokesman",), "one_voice": True}, {"party": "Russia"}
    >>> appositives("silo, the sdf's former spokesman, says 4,000", [(0, 4, silo), (23, 32, spk)])
    {1: 0}
    >>> appositives("dillon, the kremlin spokesman, says 3,500", [(0, 6, spk), (12, 19, kr), (20, 29, spk)])
    {1: 0, 2: 0}
    >>> appositives("silo says 4,000, the spokesman says 3,500", [(0, 4, silo), (21, 30, spk)])
    {}
    >>> appositives("the other spokesman, silo, says 4,000", [(10, 19, spk), (21, 25, silo)])
    {0: 1}
    >>> sorted(appositives("the kremlin spokesman silo says 4,000", [(4, 11, kr), (12, 21, spk), (22, 26, silo)]).items())
    [(0, 2), (1, 2)]
    """
    from .figure_sides import description_span
    from .source_checks import ROLE_WORDS

    def role(i):  # named by a role word ("spokesman"), not by a name
        return low[named[i][0]:named[i][1]] in ROLE_WORDS

    out: dict[int, int] = {}
    for i, (start, end, _) in enumerate(named):
        heads = [j for j in range(i) if j not in out and not named[j][2].get("party") and named[j][2].get("one_voice")]
        if not heads:
            continue
        head = heads[-1]
        if not re.fullmatch(APPOSITIVE, low[named[head][1]:start]):
            continue
        close = re.match(r"[\w'.-]*((?:\s+[\w'.-]+){0,2}?)\s*,\s*([a-z]+)|\s+([a-z]+)", low[end:])
        if close and (close.group(2) is not None or reporting_words(close.group(3) or "")):
            person = role(head) and not role(i) and not named[i][2].get("party") and named[i][2].get("one_voice")
            out.update({head: i} if person else {i: head})
    for head, (_, end, account) in enumerate(named):  # "Silo, who used to speak for the SDF, says" (teacher 57 #3)
        if head in out or account.get("party") or not account.get("one_voice") or role(head):
            continue
        span = description_span(low, end, lambda w: bool(reporting_words(w)))
        out.update({i: head for i, (s, e, _) in enumerate(named) if span and span[0] <= s and e <= span[1] and i not in out})
    for i, (start, _, account) in enumerate(named):  # "the russian spokesman silo", "kremlin spokesman silo"
        if i in out or account.get("party") or not account.get("one_voice") or role(i):
            continue
        # "Moscow's Silo says", "The Pentagon's Dillon says": the side or body before the name (teacher 57 #12, 58 #10)
        owners = [j for j in range(i) if j not in out and (named[j][2].get("party") or named[j][2].get("body"))
                  and re.fullmatch(r"'s?\s+", low[named[j][1]:start])]
        if owners:
            out.update({j: i for j in owners})
            continue
        chain = []
        for j in reversed(range(i)):  # the names just before it, with no more than two plain words between
            gap = low[named[j][1]:named[j + 1][0] if j + 1 < i else start]
            if j in out or not re.fullmatch(r"(?:'s?)?\s+(?:(?!(?:says?|said|and|or|but|of|to)\b)[a-z'.-]+\s+){0,2}", gap):
                break
            chain.append(j)
        words = low[named[chain[-1]][0]:start] if chain else ""
        if chain and re.search(rf"\b(?:{'|'.join(ROLE_WORDS)})\s+$", words) and not reporting_words(words):
            out.update({j: i for j in chain})
    return out


#: a verb by which a text takes a figure from a source: "us-rescue got the 4,000 from Silo" (teacher 55 #9)
TAKEN = r"\b(?:got|gets|get|getting|took|takes|take|taking)\b"


def it_figure(sentence: str, last: list) -> str:
    """``sentence`` with "it" (or "that figure", "this number") standing for the figure the sentence before gave
    (``last``: its figures; one only) written out where the source it came from follows ("The WSWS one says it came
    from Silo", "russia-charges got it from the BBC": teacher 55 #9), so the source is checked as the figure's.

    >>> it_figure("The WSWS one says it came from Silo.", ["4,000"]), it_figure("It came from Silo.", ["300", "3,500"])
    ('The WSWS one says 4,000 came from Silo.', 'It came from Silo.')
    >>> it_figure("us-rescue got it from the BBC.", ["4,000"])
    'us-rescue got 4,000 from the BBC.'
    """
    if len(set(last)) != 1:
        return sentence
    return re.sub(r"\b(?:it|that (?:figure|number)|this (?:figure|number))\b(?=\s+(?:c[oa]mes?|is|was)\s+from\b|\s+from\b)",
                  last[0], sentence, flags=re.IGNORECASE)
