"""A check that compares two rows of ``kit.quotes`` (lesson 03's extension): is one row the same kind of row as
another the lesson showed?

A short indirect "quotation" that starts like a noun phrase ("The report", "the civilian death toll") names the
thing a speaker confirmed or acknowledged, not words the speaker said; the kit keeps such rows without a note that
warns. The answer is computed from the two rows at check time, never stored.

    >>> import kit
    >>> arts = example_corpus().assign(text=["The report was confirmed by Lee.", "The toll was acknowledged by Kim."])
    >>> print(check_same_kind("same: Kim acknowledged a toll, Lee confirmed a report", kit.quotes(arts), "The toll", "The report"))
    ✓ Correct: the same kind of row: “The toll” is the thing acknowledged (speaker: Kim), not words the speaker said, and so is “The report” (confirmed, speaker: Lee).
      Kim · acknowledged · “The toll” · indirect, 2 words, no note that warns
      Lee · confirmed · “The report” · indirect, 2 words, no note that warns
      Neither row warns you: a reader has to see it in the sentence.
      Your reason points at the rows.
"""

from __future__ import annotations

import re

from .answers import did_you_mean, need_text, next_attempt, norm, quote_list
from .entity_names import entity_aliases, same_entity
from .helpers import example_corpus, text_frame  # noqa: F401  (doctests)
from .quote_hints import answer_concepts, speaker_concepts
from .reading import guarded
from .result import CORRECT, INCORRECT, PARTLY, CheckResult, wrong_type

__all__ = ["check_same_kind", "speaker_in_sentence", "reason_words", "points_at_rows", "names_a_thing", "check_speaker_guess", "read_same", "guess_passage", "without_names",
           "where_to_find", "SPEAKER_KINDS", "HEDGE", "hedges_in", "COMMIT", "spelling_note"]

# a noun phrase starts with one of these ("the report", "its count"); a clause someone said does not need to
DETERMINERS = r"(?:the|a|an|this|that|these|those|its|their|his|her|our|some|any)"
SHORT = 4  # words: a longer span is more likely a summary of what was said
#: words that say an answer is unsure ("idk theyre kinda the same?", "surovikin prob"): read, but not a full ✓
HEDGE = (r"(?<![\w'])(?:idk|prob|probs|probably|maybe|perhaps|kinda|kind of|sorta|sort of|i think|i guess|i suppose|"
         r"not sure|dunno|possibly)(?![\w'])|\?+\s*$")
#: what an unsure answer is asked: commit to it, with a reason
COMMIT = ("You wrote {hedges}: your answer is read without {it}. Commit to one answer, and give a reason from the "
          "sentence for it (in the discussion, or in a comment after a #).")


def hedges_in(answer: str) -> list[str]:
    """The words of ``answer`` that say it is unsure (:data:`HEDGE`), each once; a question mark at the end counts.

    >>> hedges_in("idk theyre kinda the same?"), hedges_in("surovikin prob"), hedges_in("The same")
    (['idk', 'kinda', '?'], ['prob'], [])
    """
    return list(dict.fromkeys(m.group().strip() for m in re.finditer(HEDGE, answer, flags=re.IGNORECASE)))


def spelling_note(answer: str, candidates) -> str:
    """"did you mean …?" for an answer a letter or two off one of ``candidates`` (names, their
    parts, the words an answer may be), as :func:`check_speakers` says it; "" when none is close.

    >>> spelling_note("the writter", ["the writer", "Anti-Media"]), spelling_note("diffrent", ["same", "different"])
    ("'the writter': did you mean 'the writer'? Check the spelling.", "'diffrent': did you mean 'different'? Check the spelling.")
    >>> spelling_note("Russia", ["the writer", "Russians"])
    ''
    """
    from .answers import known_words

    unknown = [w for w in answer.split() if w.strip(".,;:!?").lower() not in known_words()]
    pool = [p for c in candidates for p in [c, *re.split(r"[\s-]+", str(c))] if len(p) > 2]
    for word in [answer] if unknown else []:  # the whole answer ("the US": words of the articles, no typo)
        guess = did_you_mean(word, pool, endings=False)
        if guess is not None:
            return f"{word.strip()!r}: did you mean {guess!r}? Check the spelling."
    return ""


def names_a_thing(row) -> bool:
    """True when a quotation row is a short indirect span that starts like a noun phrase and has no note of its own
    beyond the one every indirect row has: the thing a speaker confirmed or acknowledged, kept with no warning.

    >>> names_a_thing({"kind": "indirect", "quote": "the civilian death toll", "note": ""})
    True
    >>> names_a_thing({"kind": "indirect", "quote": "that the convoy left at night", "note": ""})
    False
    """
    from ..quote_rows import INDIRECT_NOTE

    quote, note = str(row["quote"]).strip(), str(row["note"] or "").strip()
    words = quote.split()
    return (row["kind"] == "indirect" and 0 < len(words) <= SHORT and note in ("", INDIRECT_NOTE)
            and bool(re.match(rf"{DETERMINERS}\b", quote, flags=re.IGNORECASE)))


def row_facts(row) -> str:
    """One row as the feedback shows it: speaker, cue, quote, kind, length and whether a note warns."""
    from ..quote_rows import INDIRECT_NOTE

    note = str(row["note"] or "").strip()
    warns = "no note that warns" if note in ("", INDIRECT_NOTE) else f"note: {note}"
    return (f"{row['speaker']} · {row['cue']} · “{str(row['quote']).strip()}” · {row['kind']}, "
            f"{len(str(row['quote']).split())} words, {warns}")


# what an answer to "is this row any different?" says: the first of these phrases in it decides ("It's not the same",
# "different: the same mistake is not made"), else a first "no"/"yes"; at one place the longer phrase wins
SAYS_SAME = (r"not (?:any |very |really )?different|identical|(?:no|nothing) (?:is )?different|no difference|not really|(?:the )?same|alike|"
             r"similar|both|just like|like (?:the|that|this)")
SAYS_DIFFERENT = (r"not (?:the |really |quite |exactly )?(?:same|similar|alike|identical)|isn't (?:the )?same|aren't (?:the )?same|"
                  r"both (?:rows )?(?:are |look )?(?:very )?different|different|unlike|differs?")
# a first "yes" or "no" that answers the question on its own ("No, …", "yes it is", "Nope."), not "no difference"
YES_OR_NO = (r"\W*(yes|yeah|yep|yup|no|nope|nah)\b(?=\s*(?:[,.!;:\-–]|$)|\s+(?:it|its|it's|they|they're|both|i|the|that|"
             r"this|there|these|not|same|different|similar|alike)\b)[\s,.!;:\-–]*")


def read_same(answer: str) -> str | None:
    """"same", "different" or None for an answer to "is this row any different?".

    A written "same" or "different" (or its negation: "not different", "isn't the same") decides, the first one
    in the answer, whatever comes before it: "any different?" makes a "yes" or "no" read either way ("Yes, it is the
    same" answers "are they the same?"). A "yes" or "no" ("yes" = different) decides only when neither word is
    written. After a question mark, the words after it are the answer ("different from each other? no").

    >>> read_same("The same"), read_same("no, it's not different"), read_same("Yes, different"), read_same("maybe")
    ('same', 'same', 'different', None)
    >>> read_same("It's not the same"), read_same("not similar"), read_same("No. Both are things, not words")
    ('different', 'different', 'same')
    >>> read_same("No, they're different"), read_same("yes, it's the same"), read_same("nope"), read_same("No it isn't")
    ('different', 'same', 'same', 'same')
    >>> read_same("It isn't any different"), read_same("both are different"), read_same("different from each other? no")
    ('same', 'different', 'same')
    >>> read_same("'same'"), read_same('"different": the rows differ')  # quotation marks typed in the text
    ('same', 'different')
    >>> read_same("same or different"), read_same("different/same")  # both choices offered: no answer yet
    (None, None)
    """
    low = re.sub(r"n't\b", " not", answer.lower().replace("’", "'"))
    if re.search(r"\b(same|different)\b\W*(?:or|/|and)?\W*\b(?!\1\b)(same|different)\b", low):
        return None  # "same or different", "same/different": the question's two choices, not a choice
    low = low.rsplit("?", 1)[1] if "?" in low and re.search(r"[a-z]", low.rsplit("?", 1)[1]) else low
    lead = re.match(YES_OR_NO, low)
    rest = " ".join(re.findall(r"[a-z]+(?:'[a-z]+)*", low[lead.end():] if lead else low))  # "'same'" is same
    found = [(m.start(), -len(m.group()), said) for said, pattern in (("same", SAYS_SAME), ("different", SAYS_DIFFERENT))
             for m in re.finditer(rf"(?:{pattern})(?![a-z'])", rest) if m.start() == 0 or rest[m.start() - 1] == " "]
    written = min(found)[2] if found else None
    # "yes"/"no" answers the question ("any different?"): "no" is same, "yes" is different
    bare = None if lead is None else "same" if lead.group(1) in ("no", "nope", "nah") else "different"
    return written or bare


@guarded
def check_same_kind(answer, quotes=None, quote: str = "the civilian death toll", like: str = "The report",
                    articles=None) -> CheckResult:
    """Is the row of ``quotes`` (a ``kit.quotes`` table) that quotes ``quote`` the same kind of row as the one that
    quotes ``like``? Answer "same" or "different". ``articles`` (the bundled ones when None) gives the words the
    feedback quotes around a row's speaker.

    Both are "the same" when each is a short indirect span that starts like a noun phrase and has no note that
    warns (:func:`names_a_thing`): the thing a speaker confirmed or acknowledged, not words they said.

    >>> check_same_kind(None).status
    'wrong_type'
    """
    import kit

    problem = need_text(answer, "word")
    if problem is not None and problem.status == "wrong_type":  # the lesson asks for a choice, then a reason
        return wrong_type(SAME_KIND_ASKS, answer, 'Write it as one piece of text: answer = "same: …" or answer = '
                          '"different: …", with your reason after the colon.')
    if problem is not None:
        return problem
    if quotes is None:
        quotes = kit.quotes(kit.load_articles())
    rows = [quotes[quotes["quote"].astype(str).str.strip() == q] for q in (quote, like)]
    missing = [q for q, r in zip((quote, like), rows) if r.empty]
    if missing:
        return CheckResult(INCORRECT, f"the check could not run: no row quotes “{missing[0]}”.",
                           "Run the cells above, and keep the quotes table as `kit.quotes(articles)` made it.")
    one, other = (r.iloc[0] for r in rows)
    said, unsure = read_same(answer), hedges_in(answer)
    if said is None:
        choices = ["same", "different", "similar", "alike"]  # "diffrent", "diffrent: because …" (student 45 #4)
        typo = spelling_note(answer, choices) or next(
            (note for word in answer.split()[:3] if (note := spelling_note(word.strip(".,;:!?\"'"), choices))), "")
        return CheckResult(INCORRECT, "write \"same\" or \"different\".",
                           [typo, 'Like this, with the word you choose: answer = "same" or answer = "different"'])
    alike = names_a_thing(one) and names_a_thing(other)
    expected = "same" if alike else "different"
    next_attempt(("same kind", quote, like), said == expected and not unsure, said, answer)  # what it says, its words
    if said == expected and unsure:  # "idk theyre kinda the same?": right reading, not yet an answer to mark ✓
        return CheckResult(PARTLY, f"your answer reads “{said}”, but it is not sure of it yet.",
                           [COMMIT.format(hedges=quote_list(unsure), it="them" if len(unsure) > 1 else "it"),
                            f'Then write it plainly: answer = "{said}", with your reason.'])
    facts = [row_facts(one), row_facts(other)]
    reason = reason_words(answer)
    others = [written for written, name in actors_named(answer) if not any(
        same_entity(name, str(r["speaker"])) or same_entity(str(r["speaker"]), name) for r in (one, other))]
    if others:  # "Washington" for the Pentagon, "the SDF" for its spokesman: the same concept (data/concepts.csv)
        articles = kit.load_articles() if articles is None else articles
        theirs = speaker_concepts(one, articles) | speaker_concepts(other, articles)
        others = [w for w in others if not answer_concepts(answer, w) & theirs]
    if said == expected and reason and others:  # "the Kremlin acknowledged a number": no row's speaker is the Kremlin
        speakers = [speaker_in_sentence(r, articles) for r in (one, other)]
        return CheckResult(PARTLY, f"your answer reads “{said}”, but your reason names {quote_list(others)}, and "
                           f"neither row's speaker is {'one of them' if len(others) > 1 else 'that'}: the speakers are "
                           f"{speakers[0]} and {speakers[1]}.",
                           [REASON_ASK.format(rows=" and what ".join(f"{w} {r['cue']}" for w, r in zip(speakers, (one, other))))])
    judged = judging_words(answer) if said == expected and reason else []
    if judged or (said == expected and reason and alike and calls_them_words_said(answer)):  # a verdict, or "said"
        articles = kit.load_articles() if articles is None else articles
        ask = REASON_ASK.format(rows=" and what ".join(f"{speaker_in_sentence(r, articles)} {r['cue']}" for r in (one, other)))
        why = (f"judges the speakers ({quote_list(judged)}): it does not point at the two rows yet" if judged else
               "calls them words a speaker said")
        return CheckResult(PARTLY, f"your answer reads “{said}”, but your reason {why}.", [ask])
    if said == expected and not (reason and points_at_rows(reason, (one, other))):  # "same", "both legit"
        articles = kit.load_articles() if articles is None else articles
        ask = REASON_ASK.format(rows=" and what ".join(f"{speaker_in_sentence(r, articles)} {r['cue']}" for r in (one, other)))
        if not reason:  # the question asks for a reason: a bare choice is half an answer
            return CheckResult(PARTLY, f"“{said}” is the right choice; now add a reason that points at the rows.",
                               [ask, f'Next, give your reason from the rows after the word: answer = "{said}: …".'])
        return CheckResult(PARTLY, f"your answer reads “{said}”, but your reason ({quote_list(reason)}) does not point "
                           "at the two rows yet.", [ask])
    if alike:
        why = (f"“{str(one['quote']).strip()}” is the thing {one['cue']} (speaker: {one['speaker']}), not words the "
               f"speaker said, and so is “{str(other['quote']).strip()}” ({other['cue']}, speaker: {other['speaker']}).")
        after = "Neither row warns you: a reader has to see it in the sentence."
    else:
        kept = [r for r in (one, other) if names_a_thing(r)]
        why = (f"only “{str(kept[0]['quote']).strip()}” is a thing named, not words said." if kept else
               "neither row is a short thing named: both give words a speaker said, or a note says more.")
        after = "Read each row's sentence: what did the speaker say, and what did the writer add?"
    if said == expected:  # a reason that points at the rows (a weak one or none is asked for one above)
        return CheckResult(CORRECT, f"{'the same' if alike else 'not the same'} kind of row: {why}",
                           [*facts, after, "Your reason points at the rows."])
    # a wrong try gets a question to look into, not the reason (which gives the answer away)
    articles = kit.load_articles() if articles is None else articles
    ask = " ".join(f"Did {speaker_in_sentence(r, articles)} say the words “{str(r['quote']).strip()}”, or is it what "
                   f"{'it' if r['speaker_type'] in BODIES else 'they'} {r['cue']}?" for r in (one, other))
    return CheckResult(INCORRECT, "read the `sentence` column of both rows again.",
                       [ask, "Then decide: are both rows words a speaker said, or both a thing named, or one of each?"])


#: the kinds of state body a reason may name in small letters ("the kremlin", "washington"); any other name counts
#: when written with a capital, as short ones ("US", "IS") must be ("us", "is" are words)
STATE_TYPES = ("government", "ministry", "military")


def actors_named(answer: str) -> list[tuple[str, str]]:
    """(as written, as the gazetteer names it) for each outlet, government or group of the gazetteer that an answer
    names: a name written with a capital, or a state body's name in small letters.

    >>> actors_named("same: because the kremlin acknowledged a number"), actors_named("same: Washington did, it is a thing")
    ([('kremlin', 'Kremlin')], [('Washington', 'US government')])
    >>> actors_named("same: it is a number, us readers see the times it says")
    []
    """
    from ..gazetteer import load_gazetteer

    aliases = entity_aliases()
    table = load_gazetteer()
    states = {name for name, kind in zip(table["name"], table["type"]) if kind in STATE_TYPES}
    words = re.findall(r"[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Za-z]", answer)
    found: list[tuple[str, str]] = []
    for i in range(len(words)):
        for j in range(min(len(words), i + 5), i, -1):
            written = " ".join(words[i:j])
            name = aliases.get(norm(written))
            if name is None or re.fullmatch(r"(?i)the", words[i]):
                continue
            if written[0].isupper() and (len(written) > 3 or written.isupper()) or len(written) > 3 and name in states:
                found += [(written, name)] if name not in {n for _, n in found} else []
                break
    return found


def speaker_in_sentence(row, articles) -> str:
    """A row's speaker named inside a sentence of feedback as its article names it: the words the article uses when
    they are the name or one of its gazetteer names ("Moscow", "Washington"), with the "the" the article puts before
    them ("the Pentagon", "the Kremlin"), none where it puts none ("Talal Silo"). A speaker the kit read from a pronoun
    or a description ("he", "the general") keeps its name, as the row gives it.

    >>> arts = text_frame("The toll was acknowledged by the Pentagon. The report was confirmed by Moscow.")
    >>> import kit
    >>> [speaker_in_sentence(r, arts) for _, r in kit.quotes(arts).iterrows()]
    ['the Pentagon', 'Moscow']
    """
    name, written = str(row["speaker"]), " ".join(str(row.get("speaker_text") or "").split())
    bare = re.sub(r"(?i)^the\s+", "", written)
    if not bare or norm(bare) != norm(name) and entity_aliases().get(norm(bare)) != name:
        return name  # "he", "the general": the name the kit read, as the row gives it
    pos = row.get("speaker_start")
    text = " ".join(str(t) for t in articles.loc[articles["article_id"] == row["article_id"], "text"])
    before = text[max(0, int(pos) - 8):int(pos)] if pos is not None and pos == pos and text else ""
    has_the = bare != written or re.search(r"(?i)(?<![\w'’-])the\s+$", before) is not None
    return ("the " if has_the else "") + bare


#: what the same/different question asks for (said to an answer of the wrong kind)
SAME_KIND_ASKS = 'the answer should be text in quotes: "same" or "different", then a reason.'
#: speakers that are a body, not a person: "what it acknowledged", not "what they acknowledged"
BODIES = ("organisation", "media outlet", "document")
#: what a reason that does not point at the rows is asked to add ({rows}: one question for each row)
REASON_ASK = "Give a reason that points at the text: say what {rows}: words they said, or a thing?"
#: the words of an answer that only give the choice ("No, both are the same"), not a reason for it
CHOICE_WORDS = frozenset("""same different both alike similar like just not yes yeah yep yup nope nah nothing really
    kind row rows one ones any identical difference differ differs unlike exactly quite very also too either neither
    them they these those theyre it its isnt arent""".split())
#: words that name what the lesson asks about: a row that is a thing named ("a report", "a number"), not words said
THING_WORDS = frozenset("thing things named name names noun nouns object objects number numbers figure figures "
                        "document documents".split())


def reason_words(answer: str) -> list[str]:
    """The words of an answer to "same or different?" that give a reason, not only the choice and its grammar.

    >>> reason_words("No, both are the same"), reason_words("same: Silo confirmed the report"), reason_words("both legit")
    ([], ['silo', 'confirmed', 'report'], ['legit'])
    """
    from ..words import FUNCTION_WORDS

    plain = re.sub(HEDGE, " ", answer.lower().replace("’", "'"), flags=re.IGNORECASE)
    words = re.findall(r"[a-z][a-z'-]*", plain.replace("'", ""))
    return list(dict.fromkeys(w for w in words if len(w) > 2 and w not in FUNCTION_WORDS and w not in CHOICE_WORDS))


#: words of saying in a reason ("both are things the speaker said"): the rows hold things named, not words said
WORDS_SAID = r"\b(said|says|say|saying|quoted?|quotes|quotations?|words|statements?|spoke|speech)\b"
#: what turns them round before them ("not words said", "acknowledged rather than said")
NOT_SAID = r"\b(not|never|no|neither|nor|rather than|instead of|than)\b|n't\b"


def calls_them_words_said(answer: str) -> bool:
    """Does a same/different reason call the rows words a speaker said (with no "not" before it)?

    >>> calls_them_words_said("same: both are things the speaker said"), calls_them_words_said("same: things, not words said")
    (True, False)
    """
    low = answer.lower().replace("’", "'")
    found = re.search(WORDS_SAID, low)
    return bool(found) and not re.search(NOT_SAID, low[:found.start()])


def judging_words(answer: str) -> list[str]:
    """The verdict words of a same/different reason ("the Pentagon is sus", "both lied"): they judge the speakers
    and say nothing of what the rows hold. Read with the verdict words of data/verdict_words.csv.

    >>> judging_words("same: because the Pentagon is sus and so is Silo"), judging_words("same: both are things")
    (['sus'], [])
    """
    from .verdicts import EXTRA_VERDICT_WORDS, plain_verdict_words, spelled_out, verdict_pairs, verdicts_said

    low = spelled_out(answer.lower().replace("’", "'"))
    # a plain word of truth judges only said as a verdict ("the Pentagon is right"): "real numbers", "true, both …"
    # qualify a noun or agree, and are left to points_at_rows
    said = {v.words for v in verdicts_said(low)}
    words = {w for pair in verdict_pairs() for w in pair[:2]} | set(EXTRA_VERDICT_WORDS) | {"lied", "lie"}
    found = [w for w in sorted(words, key=len, reverse=True) if (w not in plain_verdict_words() or w in said)
             and re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low)]
    return [w for w in found if not any(w != longer and w in longer for longer in found)]


def points_at_rows(reason, rows) -> bool:
    """Does a reason point at the text: name a word of either row (its quote, cue or speaker; "toll", "confirmed",
    "Pentagon", any ending) or what a row holds (a thing named, a number, not words said)?

    >>> rows = [{"quote": "the civilian death toll", "cue": "acknowledged", "speaker": "Pentagon", "speaker_text": ""}]
    >>> points_at_rows(["tolls"], rows), points_at_rows(["things"], rows), points_at_rows(["legit"], rows)
    (True, True, False)
    """
    from ..words import FUNCTION_WORDS

    seen = {w for r in rows for field in ("quote", "cue", "speaker", "speaker_text")
            for w in re.findall(r"[a-z][a-z-]*", str(r.get(field) or "").lower()) if w not in FUNCTION_WORDS and len(w) > 2}
    return any(w in THING_WORDS or any(w.startswith(s) or s.startswith(w) or w[:5] == s[:5] for s in seen)
               for w in reason)


#: the kinds of name a speaker can be (kit.names' candidates): a place or an unnamed group is no one to credit
SPEAKER_KINDS = ("named person", "organisation", "media outlet")


def guess_passage(articles, row) -> dict | None:
    """Where a reader looks to see whom a row's speaker words (``speaker_text`` at ``speaker_start``) stand for: the
    paragraph that holds them and the one before it. Returns the paragraph's number (1 = the first), its opening
    words, whether the speaker words' sentence opens it (``first``), that sentence's opening up to the speaker words
    and one word after, and the people and groups the kit reads there
    (``names``: its candidates, each with ``speaker``, ``text``, ``type``); None when the article is not in
    ``articles``.

    >>> import kit
    >>> arts = text_frame("Gen. Ann Lee met Gen. Bo Kim. The general said the road “is open to all.”")
    >>> where = guess_passage(arts, kit.quotes(arts).iloc[0])
    >>> where["paragraph"], where["sentence"], [n["speaker"] for n in where["names"]]
    (1, 'The general said', ['Ann Lee', 'Bo Kim'])
    """
    import bisect

    from ..sourcing import checked_articles, prepare_articles

    one = articles[articles["article_id"] == row["article_id"]]
    pos = row.get("speaker_start")
    if one.empty or pos != pos or pos is None or int(pos) < 0:
        return None
    art = prepare_articles(checked_articles(one, "check_speaker_guess"))[0]
    pos, end = int(pos), int(row.get("speaker_end", pos) or pos)
    k = max(0, bisect.bisect_right(art.para_starts, pos) - 1)
    lo, hi = art.paragraphs[max(0, k - 1)][0], art.paragraphs[k][1]
    sentence = art.sentence_at(pos)
    opening = art.text[sentence[1] if sentence else pos:end]
    after = re.match(r"(?:\W*[\w'’-]+){0,1}", art.text[end:end + 40])  # a word after the speaker words ("As we noted")
    return {"paragraph": k + 1, "start": " ".join(art.text[art.paragraphs[k][0]:hi].split()[:6]),
            "first": not art.text[art.paragraphs[k][0]:sentence[1] if sentence else pos].strip(),
            "sentence": " ".join((opening + (after.group(0) if after else "")).split()),
            "names": [c for c in art.candidates(lo, hi) if c["type"] in SPEAKER_KINDS]}


def without_names(words: str, names) -> str:
    """``words`` cut before the first word of any of ``names`` in them, so a hint that quotes the article never gives a
    name, not even a part of it.

    >>> without_names("Late last year, Anti-Media reported on", ["Anti-Media"]), without_names("Gen. Ann Lee met Gen. Bo", ["Bo Kim"])
    ('Late last year,', 'Gen. Ann Lee met Gen.')
    """
    parts = {p for n in names if n for p in re.split(r"\s+", str(n)) if len(p.strip(".,")) > 1}
    found = [m.start() for p in parts for m in [re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", words, re.I)] if m]
    return words[:min(found, default=len(words))].rstrip()


def where_to_find(where: dict | None, speaker_text: str, article_id: str, names) -> list[str]:
    """The lines that send a student to the words a guessed row's speaker stands for, and the question to ask there
    (never the name: the article's words quoted stop before any of ``names``).

    >>> print("\\n".join(where_to_find({"paragraph": 3, "start": "This is not the first time", "sentence": "As we noted", "first": False},
    ...                                "we", "a", [])))
    Read the paragraph that starts “This is not the first time …” up to “As we noted …”, and the paragraph before it.
    To see these two paragraphs, run this in a new cell:
      print(exercises.paragraph(articles, "a", 1))
      print(exercises.paragraph(articles, "a", 2))
    Ask: whose words hold “we”, the writer's own or someone's in quotation marks? Whom does the article name around it?
    """
    if where is None:
        look = f"Find “{speaker_text}” in the article: print(kit.raw_text(\"{article_id}\")) shows it."
    else:
        start, sentence = (without_names(where[k], names) for k in ("start", "sentence"))
        before = ", and the paragraph before it." if where["paragraph"] > 1 else "."
        if speaker_text not in sentence:  # the words before it give a name away: no quotation of them
            look = f"Read the paragraph where “{speaker_text}” is" + before
        elif where["first"]:  # the speaker words' sentence opens the paragraph
            look = f"Read the paragraph that starts “{sentence} …”" + before
        else:
            look = (f"Read the paragraph that starts “{start} …”" if start else "Read the paragraph") + (
                f" up to “{sentence} …”" + before)
    show = [] if where is None else [
        "To see " + ("these two paragraphs" if where["paragraph"] > 1 else "the paragraph") + ", run this in a new cell:",
        *(f"  print(exercises.paragraph(articles, \"{article_id}\", {k}))"
          for k in range(max(0, where["paragraph"] - 2), where["paragraph"]))]
    return [look, *show, f"Ask: whose words hold “{speaker_text}”, the writer's own or someone's in quotation marks? "
            "Whom does the article name around it?"]


@guarded
def check_speaker_guess(answer, quotes=None, speaker_text: str = "we", article_id: str = "russian-general-accuses",
                        articles=None) -> CheckResult:
    """Whom would you credit the row of ``quotes`` whose speaker is written ``speaker_text`` (a guess of the kit's)?
    The answer is a name; the kit's guess, its note and the sentence it read are taken from the row at check time,
    the words around it from ``articles`` (the bundled ones when None).

    The kit's name is marked ✓. Another name is ✓ too when the kit's reading is in doubt and the article supports
    the student's: the paragraph of the speaker words (or the one before) names someone else of the same kind
    (two generals before "the general") and the student names one of them; a guess is a reading, so theirs may be
    the better one. A "we" the kit reads as the article's own outlet is the writer's voice, not in doubt. Any other
    name is told it does not match the article and where to look, never the kit's name.

    >>> import kit
    >>> arts = example_corpus().assign(text=["As we noted:\\n\\n“The plan failed on every count, and nobody said so, which surprised us.”", "x"])
    >>> print(check_speaker_guess("Reuters", kit.quotes(arts), "we", "a", arts).message)
    “Reuters” does not match what the article says about “we”.
    >>> check_speaker_guess("the writer", kit.quotes(arts), "we", "a", arts).status, check_speaker_guess("idk", kit.quotes(arts), "we", "a", arts).status
    ('correct', 'incorrect')
    """
    import kit

    problem = need_text(answer, "name")
    if problem is not None:
        return problem
    if quotes is None:
        quotes = kit.quotes(kit.load_articles())
    rows = quotes[(quotes["article_id"] == article_id) & (quotes["speaker_text"].astype(str) == speaker_text)]
    if rows.empty:
        return CheckResult(INCORRECT, f"the check could not run: no row of {article_id!r} has the speaker “{speaker_text}”.",
                           "Run the cells above, and keep the quotes table as `kit.quotes(articles)` made it.")
    row = rows.iloc[0]
    kit_name, note = str(row["speaker"]), str(row["note"] or "").strip()
    said = " ".join(str(answer).split())
    if re.search(r"\s(?:or|and/or)\s|\w\s*/\s*\w", said):  # "Surovikin or Anti-Media": two guesses, not one
        return CheckResult(INCORRECT, f"choose one name: who is “{speaker_text}” in this sentence?",
                           ["Your answer names more than one. Read the sentence again and write the one you choose: "
                            'answer = "…"'])
    why = [f"The kit's reading: {note}" if note else "The kit gives no note for this row.",
           f"Check it in the sentence: look for “{speaker_text}” just before the quotation."]
    outlet = str(row.get("outlet") or "").strip()
    own = kit_name in (outlet, article_id)  # the kit reads "we" as the article's own outlet and its writer
    bare = re.sub(r"\W+", "", said.lower())
    if bare == re.sub(r"\W+", "", kit_name.lower()) or not own and same_entity(said, kit_name) or own and (re.sub(r"\W+", "", kit_name.lower()) in bare or
                                                             re.fullmatch(OWN_WRITER, said.lower())):
        return CheckResult(CORRECT, f"the same reading as the kit's: “{speaker_text}” is {kit_name}, a guess"
                           + (" (the kit counts the outlet and its writer as one)." if own else "."), why)
    articles = kit.load_articles() if articles is None else articles
    text = " ".join(str(t) for t in articles[articles["article_id"] == article_id]["text"]).lower()
    where = guess_passage(articles, row)
    names = [n for n in (where["names"] if where else []) if n["type"] == row.get("speaker_type")]
    rivals = [n for n in names if not same_entity(n["speaker"], kit_name) and not same_entity(n["text"], kit_name)
              and same_kind(speaker_text, n, articles, article_id)]
    theirs = [n for n in rivals if same_entity(said, n["speaker"]) or same_entity(said, n["text"])]
    if theirs and not own:  # the kit's reading is in doubt, and the article names the student's too
        return CheckResult(CORRECT, f"a reading the article supports: it names {theirs[0]['text']} near “{speaker_text}”, "
                           f"and the kit's guess is {kit_name}.", [why[0], f"Your reading: {said}. A guess is a reading, "
                           "and yours may be the better one: say in the discussion what in the article points to it."])
    look = where_to_find(where, speaker_text, article_id, [kit_name, outlet])
    def known(words):  # every word a word of the articles ("moscow", "igor konashenkov"): a name, in lower case
        from .answers import known_words
        return all(w.strip(".,;:!?") in known_words() for w in words.lower().split())

    unsure = hedges_in(said)
    plain = " ".join(re.sub(HEDGE, " ", said, flags=re.IGNORECASE).split()).strip(" ,.;:")
    if unsure and plain and not re.fullmatch(NO_NAME, said.lower()):  # "surovikin prob": the name, read without it
        result = check_speaker_guess(plain, quotes, speaker_text, article_id, articles)
        if result.correct:  # a reading not committed to is not marked ✓ yet
            result = CheckResult(PARTLY, result.message, result.detail)
        result.detail = "\n".join([COMMIT.format(hedges=quote_list(unsure), it="them" if len(unsure) > 1 else "it"),
                                    result.detail])
        return result
    if said.lower() not in text and not re.fullmatch(NO_NAME, said.lower()):  # "the writter": as check_speakers says
        typo = spelling_note(said, [kit_name, "the writer", *(n[k] for n in (where["names"] if where else [])
                                                               for k in ("speaker", "text")),
                                     *dict.fromkeys(re.findall(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*",
                                                               " ".join(articles["text"].astype(str))))])
        if typo:
            return CheckResult(INCORRECT, typo, [*look, "Then write the name as the article writes it (or \"the writer\")."])
    if re.fullmatch(NO_NAME, said.lower()) or bare == re.sub(r"\W+", "", speaker_text.lower()) or (
            said == said.lower() and said.lower() not in text and not known(said)):  # "idk", "xkcd", "asdf": no name yet
        return CheckResult(INCORRECT, f"write a name: who is “{speaker_text}” in this sentence?",
                           [*look, 'Then write whom the words point to: answer = "…"'])
    return CheckResult(INCORRECT, f"“{said}” does not match what the article says about “{speaker_text}”.",
                       [*look, 'Then write the name you read there: answer = "…"'])


def same_kind(speaker_text: str, name: dict, articles, article_id: str) -> bool:
    """Could ``name`` (a candidate of ``guess_passage``) be what ``speaker_text`` stands for? A pronoun ("we", "he")
    may stand for any name of its type; a description ("the Russian general") only for a name the article gives
    that word, in the name ("Gen. Ann Lee") or just before it ("the general, Ann Lee").

    >>> arts = text_frame("Gen. Ann Lee met President Bo Kim. The general said the road “is open to all.”")
    >>> lee, kim = ({"start": 0, "text": "Gen. Ann Lee"}, {"start": 17, "text": "President Bo Kim"})
    >>> same_kind("The general", lee, arts, "a"), same_kind("The general", kim, arts, "a"), same_kind("he", kim, arts, "a")
    (True, False, True)
    """
    head = (re.findall(r"[\w'’-]+", speaker_text.lower()) or [""])[-1]
    if head in PRONOUN_SPEAKERS:
        return True
    text = " ".join(str(t) for t in articles[articles["article_id"] == article_id]["text"])
    start = int(name.get("start", 0))
    around = (text[max(0, start - 40):start] + " " + str(name.get("text", ""))).lower()
    words = re.findall(r"[\w'’-]+\.?", around)
    return any(w.rstrip(".") == head or w.endswith(".") and len(w) > 3 and head.startswith(w[:-1]) for w in words)


PRONOUN_SPEAKERS = frozenset({"we", "us", "they", "them", "he", "him", "she", "her", "it", "i", "you", "one"})

# an answer that names no one ("I don't know"), and the writer's roles that are the outlet's own "we"
NO_NAME = r"\W*(i (do not|don't|dont) know|idk|no idea|not sure|dunno|nobody|no one|nothing|\?+|-+)\W*"
OWN_WRITER = (r"\W*((it|that)['’]?s |(it|that) is )?(the |its |their )?((article|outlet|website|site|piece|story|publication)['’]?s )?"
              r"(writers?|authors?|journalists?|reporters?|article|website|site|outlet|publication|editors?|narrator|"
              r"(person|people|one) (who|that) wrote (it|the (article|piece|story)))"
              r"( (who wrote it|of (the|this) (article|piece|story)|of it))?( i think| probably| maybe| i guess)?\W*")
