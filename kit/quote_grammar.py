"""What the words around a quotation say about it, read by English word order: the subject between
a quotation and its reporting word, a sign's words, a headline's
speaker, a verb of naming. kit.speaker_rules uses these to decide a quotation's kind and speaker.

    >>> bool(SHORT_SAID.match("Ann Lee said in a statement."))
    True
"""

from __future__ import annotations

import functools
import re

from .clause_subjects import lone_name
from .names import Article, is_abbreviation
from .speaker_phrases import DETERMINERS
from .speakers import sentence_subject, speaker_before

__all__ = ["answer_after_asked", "inside_report_before", "DISTANCE_WORD", "NAME_COLON", "NEW_PREDICATE", "SHORT_SAID", "dash_signature", "headline_name", "inverted_subject",
           "named_by_subject", "subject_between", "written_on_thing"]


@functools.lru_cache(maxsize=4)
def inscription_pattern(words: frozenset) -> re.Pattern:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:{alts})[ \t]*[:,]?[ \t]*$", re.IGNORECASE)


def written_on_thing(art: Article, lo: int, o: int) -> bool:
    """“…” right after a word that puts words on a thing, not in a mouth: "signs reading “…”",
    "a banner emblazoned with “…”", "placards that read “…”" (the ``inscription_words`` of
    data/word_sets.csv) after the thing that bears them. The words of a sign are not a quotation, and
    no one is said to speak them. "A statement reading “…”" (a ``message_nouns`` word among the eight
    words before: a statement, a letter, a tweet) stays someone's words.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Many held signs reading “Save our centre” outside."]}), "example"))[0]
    >>> written_on_thing(art, 0, art.text.index("“"))
    True
    """
    if not art.sets.inscription_words:
        return False
    m = inscription_pattern(art.sets.inscription_words).search(art.text, max(lo, o - 40), o)
    if not m:
        return False
    before = re.findall(r"[A-Za-z][\w’'-]*", art.text[lo:m.start()])[-8:]
    if not before or re.fullmatch(r"[A-Z][\w’']*", before[-1]):
        return False  # "Reading “Hamlet”", "a post on Twitter reading “…”": no thing, or a name, bears them
    return not any(w.lower() in art.sets.message_nouns for w in before)


#: A sentence that is only who spoke: "Lee said.", "A spokesman for the group said in a statement."
SHORT_SAID = re.compile(r"(?:[\w’'.&-]+[ \t]+){1,6}?(?P<cue>said|says|wrote|writes|added|adds|told|tweeted|stated|"
                         r"explained|noted|asked|continued|concluded|insisted|argued|declared)"
                         r"(?:[ \t]+(?:[A-Z][a-z]+day|reporters|journalists))?"
                         r"(?=[ \t]*[.!?]|[ \t]+(?:in|on|at|during|after|before|via|to|while|as|when)\b)")


#: The words between a closing quotation mark and its reporting word: one short phrase, nothing
#: that ends a clause ("“…,” a spokesman for committee Democrats said", "“…,” MWW said").
SUBJECT_BETWEEN = re.compile(r"[ \t]*(?P<subject>[\w(][\w’'.&()-]*(?:[ \t]+[\w’'.&()-]+){0,7}?)[ \t]+"
                              r"(?:(?:also|then|later|has|have|had|was|were|is|would|will)[ \t]+)*$")


def subject_between(art: Article, c_end: int, cue_start: int) -> dict | None:
    """“...,” SUBJECT said: in English the words between a quotation and the reporting word that
    follows it are the subject of that word, so they name who spoke, even when they are not a name
    the kit knows or a description it reads ("a spokesman for committee Democrats", "MWW",
    "the order released Friday"), and the words before the first comma when a description between
    commas follows ("Mr. Roe, now 81 and retired in Leeds, Mass., said"). A pronoun or "and …" is
    left to the other rules.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "“We object,” a spokesman for committee Democrats said."]}), "example"))[0]
    >>> subject_between(art, 12, art.text.index("said"))["speaker"]
    'a spokesman for committee Democrats'
    """
    text = art.text
    m = SUBJECT_BETWEEN.fullmatch(text, c_end, cue_start) or APPOSITIVE_BETWEEN.fullmatch(text, c_end, cue_start)
    if not m or text[c_end - 1:c_end] not in "”\"’'»" or not text[m.start("subject")].isalnum():
        return None
    words = m.group("subject").split()
    first = words[0].lower().strip("(")
    if first in art.sets.pronouns_person | art.sets.pronouns_other | NOT_SUBJECT_OPENERS:
        return None
    if first not in ("a", "an", "the", "one", "another") and not words[0][:1].isupper() and not words[0][:1].isdigit():
        return None  # "“…,” then said": a verb or an adverb, not a subject
    ss, se = m.span("subject")
    phrase = text[ss:se]
    named = words[0][:1].isupper() and first not in ("a", "an", "the", "one", "another") and len(words) <= 4
    return {"start": ss, "end": se, "text": phrase, "speaker": phrase,
            "type": "organisation" if named and phrase.isupper() else "named person" if named else "anonymous",
            "gaz_type": "", "note": "the words between the quotation and the reporting word, taken to be its subject"}


#: “...,” read one. / “...,” opined the Plain Dealer.: a verb in the past (or "says", "writes"), then its
#: subject, then the end of the clause. English puts the verb first only after a quotation.
INVERTED_AFTER = re.compile(r"[ \t]*(?P<verb>[a-z]{3,}ed|said|says|wrote|writes|read|reads)[ \t]+"
                            r"(?P<subject>(?:the|a|an|one|another|[A-Z][\w.’'&-]*)(?:[ \t]+[\w.’'&-]+){0,6}?)[ \t]*"
                            r"(?=[.,;!?]|$|[ \t](?:in|on|at|during|after|before|via|who|of)\b)")


def inverted_subject(art: Article, c_end: int, hi: int):
    """(speaker, cue) for “...,” VERB SUBJECT: "“…,” read one.", "“…,” opined Cleveland's Plain
    Dealer." -- a name the kit knows in the subject, else the subject phrase as written;
    (None, None) when the words after the quotation are not a verb and its subject.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "“We will stay,” read one of the signs."]}), "example"))[0]
    >>> inverted_subject(art, 15, len(art.text))[0]["text"]
    'one'
    """
    text = art.text
    m = INVERTED_AFTER.match(text, c_end, hi)
    if not m or "\n" in m.group(0) or m.group("verb") in art.sets.adverbs:
        return None, None
    ss, se = m.span("subject")
    if text[se - 1] == "." and not is_abbreviation(text[ss:se].split()[-1]):
        se -= 1  # the full stop that ends the sentence, not "Jr."
    cands = [c for c in art.candidates(ss, se) if c["start"] == ss and c["end"] == se
             or c["start"] >= ss and c["type"] in ("named person", "organisation", "media outlet")
             and not re.match(r"[’']s\b", text[c["end"]:c["end"] + 3])]
    found = cands[0] if cands else {"start": ss, "end": se, "text": text[ss:se], "speaker": text[ss:se],
                                    "type": "named person" if text[ss].isupper() and se - ss < 40 else "anonymous",
                                    "gaz_type": "", "note": "the subject after the verb that follows the quotation"}
    if text[ss].isupper() and not cands and m.group("subject").split()[0].lower() in DETERMINERS:
        found = dict(found, type="anonymous")  # "The statement", "One"
    return found, (m.start("verb"), m.end("verb"), m.group("verb"), "")


#: “...,” Mr. Roe, now 81 and retired in Leeds, said: a short subject, then a description between commas.
APPOSITIVE_BETWEEN = re.compile(r"[ \t]*(?P<subject>[\w(][\w’'.&()-]*(?:[ \t]+[\w’'.&()-]+){0,4}?),"
                                r"[^“”\"«»;:!?\n]*?,[ \t]*(?:(?:also|then|later|has|have|had)[ \t]+)*")

NOT_SUBJECT_OPENERS = frozenset({"and", "but", "or", "so", "as", "while", "when", "because", "if", "though",
                                  "although", "which", "who", "that", "where", "then", "also", "he", "she", "they"})


#: A dash and a name after a quotation, then the end of the line or a comma: “…” – Ann Lee. / —President Lee, tweeting
DASH_NAME = re.compile(r"[ \t]*(?:--?|[–—])[ \t]*(?P<name>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,4})"
                       r"[ \t]*(?=[.,;\n]|$)")


#: The end of a paragraph right after a quotation: the signature may be the next line ("“…”\n\n– Ann Lee.").
_NEXT_LINE = re.compile(r"[ \t]*\n\s*")
#: What may stand before the words of a quotation that opens its paragraph: its opening mark.
_QUOTE_OPENERS = frozenset({"“", '"', "‘", "'", "''", "``"})


def dash_signature(ctx):
    """(speaker, None) for a quotation signed with a dash after it, as an epigraph or a list of
    quotations is: "“We pay zero taxes.” – Ann Lee." The quotation must be a whole sentence (it ends
    in ".", "!" or "?") and the name must end its line or be followed by a comma ("—Ann Lee, in a
    tweet"); a dash inside a sentence ("the “rebels” – Kurds, mostly –") is left alone. A quotation that is
    a paragraph of its own may be signed on the next line ("“We pay zero taxes.”\n\n- Ann Lee."). A name the
    kit knows, else the capitalised words as written. ``ctx`` is a quotation's context in kit.speaker_rules.

    >>> import pandas as pd
    >>> from types import SimpleNamespace
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "“We pay zero taxes.” – Ann Lee."]}), "example"))[0]
    >>> ctx = SimpleNamespace(art=art, q={"start": 1, "end": 19, "close": 19}, c_end=20)
    >>> dash_signature(ctx)[0]["speaker"]
    'Ann Lee'
    """
    art, text = ctx.art, ctx.art.text
    if ctx.q["close"] is None or text[ctx.q["start"]:ctx.q["end"]].rstrip()[-1:] not in ".!?":
        return None, None
    m = DASH_NAME.match(text, ctx.c_end, min(len(text), ctx.c_end + 80))
    if not m:
        m = _NEXT_LINE.match(text, ctx.c_end)
        line = text.rfind("\n", 0, ctx.q["start"]) + 1
        if not m or text[line:ctx.q["start"]].strip() not in _QUOTE_OPENERS:
            return None, None  # the next line signs only a quotation that is a paragraph of its own
        m = DASH_NAME.match(text, m.end(), min(len(text), m.end() + 80))
        if not m:
            return None, None
    ns, ne = m.span("name")
    if text[ne - 1] == "." and not is_abbreviation(text[ns:ne].split()[-1]):
        ne -= 1
    cands = [c for c in art.candidates(ns, ne) if c["type"] in ("named person", "organisation", "media outlet")]
    if cands:
        return cands[0], None
    return {"start": ns, "end": ne, "text": text[ns:ne], "speaker": text[ns:ne], "type": "named person",
            "gaz_type": "", "note": "the name after a dash under the quotation, taken to be who said it"}, None


#: A headline or a line that opens with who speaks and a colon: "Lee: Plan Is ‘A Disaster’".
NAME_COLON = re.compile(r"[ \t]*(?P<name>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})[ \t]*:[ \t]")


def headline_name(art: Article, o: int) -> dict | None:
    """The name that opens the line of the quotation at ``o`` with a colon, as a headline says whose
    words follow ("Lee: Plan Is ‘A Disaster’", "Warren: Trump Is a ‘Proven Failure’"): a person, a
    group or an outlet the kit knows, or None.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Ann Lee: Plan Is ‘A Disaster’ for the Town."]}), "example"))[0]
    >>> headline_name(art, art.text.index("‘"))["speaker"]
    'Ann Lee'
    """
    sent = art.sentence_at(o)
    m = NAME_COLON.match(art.text, sent[1], o) if sent is not None else None
    if not m:
        return None
    cands = art.candidates(m.start("name"), m.end("name"))
    if len(cands) == 1 and cands[0]["start"] == m.start("name") and cands[0]["end"] == m.end("name") \
            and cands[0]["type"] in ("named person", "organisation", "media outlet"):
        return cands[0]
    return None


#: A verb of naming and what it names, right before a quotation: "called (the plan) “…”",
#: "described it as “…”", "labelled “…”". The quoted words are the words of the verb's subject.
NAMING_VERB = re.compile(r"\b(?:call(?:ed|s|ing)?|dubb(?:ed|ing)|dubs?|label(?:l?ed|l?ing|s)?|brand(?:ed|ing|s)?"
                          r"|describ(?:ed|es|ing)\b[^,;.“”\"]{0,40}?\bas|hail(?:ed|s|ing)?\b[^,;.“”\"]{0,40}?\bas"
                          r"|herald(?:ed|s|ing)?\b[^,;.“”\"]{0,40}?\bas)\b[^,;.“”\"]{0,40}$", re.IGNORECASE)


def named_by_subject(art: Article, lo: int, o: int) -> bool:
    """“…” after a verb of naming whose subject is a person, a group or a pronoun: "Lee called the
    plan “a disgrace”", "which Mr. Roe called ''a disaster''", "the mayor described it as “absurd”".
    Not a name given to a thing ("a film called “Hope”": the word before the verb is a common noun).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Gen. Ann Lee called the plan “a disgrace” on Monday."]}), "example"))[0]
    >>> named_by_subject(art, 0, art.text.index("“"))
    True
    """
    text = art.text
    m = NAMING_VERB.search(text, lo, o)
    if not m or o - m.start() > 60:
        return False
    found = speaker_before(art, lo, m.start())
    if found is None or found.get("start", -1) < lo or m.start() - found.get("end", 0) > 12:
        return False
    if found.get("type") in ("anonymous", "description") and _OBJECT_THEN_QUOTE.match(text, m.end(), o):
        return True  # "Border Patrol agents described the ground as “…”": a verb with its object, said by people
    if found.get("type") == "anonymous" and _NOUN_BEFORE_SUBJECT.search(text, max(lo, found["start"] - 40), found["start"]):
        return True  # "a move critics called “reckless”": the move is what they called so, in their words
    return found.get("type") in ("named person", "organisation", "media outlet") \
        or found.get("pronoun") in art.sets.pronouns_person | {"they"} or bool(found.get("relative"))


#: A noun with "a", "the", "this" …, or "what", right before the subject of a verb of naming: the noun is the verb's
#: object ("a move critics called “…”", "what critics called “…”"), unlike "a film called “Hope”".
_NOUN_BEFORE_SUBJECT = re.compile(r"(?:\b(?:a|an|the|this|that|another)\s+[a-z][a-z-]*|\bwhat)\s+$", re.IGNORECASE)


#: What stands between a verb of naming and the quotation when the verb has an object ("calls it “…”",
#: "described the ground as “…”"), unlike a name given to a thing ("a film called “Hope”").
_OBJECT_THEN_QUOTE = re.compile(r"[^“”\"]*?\b(?:it|him|her|them|this|that|the\s+\w+|as)\b[^“”\"]*$")


#: "and" or "but" and a verb in -s or -ed: the sentence's subject does something new, and the report
#: that came before it has ended ("It flies in the face of statements vowing to … and debunks the “…”").
NEW_PREDICATE = re.compile(r"\b(?:and|but)\s+(?:(?:then|also|now|still|[a-z]+ly)\s+)?[a-z]{3,}(?:s|ed)\b(?!\s+(?:and|or)\b)")


#: Words by which the writer holds a quotation at arm's length: "so-called “rebels”".
DISTANCE_WORD = re.compile(r"\b(?:so-called|supposed|alleged|self-(?:styled|proclaimed|described))\s*$", re.IGNORECASE)


def inside_report_before(art: Article, q: dict, lo: int, c_end: int, cue, speech) -> bool:
    """Does the quotation ``q`` sit inside the writer's sentence, after a reporting word of the same
    sentence (from ``lo``), with more of that clause between its closing mark (``c_end``) and the next
    reporting word ``cue``? The quotation is not closed by a comma, "!" or "?", and two or more words
    without a comma go on with the clause: "Lee said the rule has “kept us safe” on Radio Leeds before
    claiming …". Then the reporting word before it reports it, not the one after. ``speech`` keeps the
    cues that are reporting words outside quotation marks.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.segment import quotations
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee said the rule has “kept us safe” on Radio Leeds before claiming it works."]}), "example"))[0]
    >>> q = quotations(art.text)[0]
    >>> inside_report_before(art, q, 0, q["close"] + 1, art.cues[-1], lambda cues: cues)
    True
    """
    text = art.text
    inner = text[q["start"]:q["end"]].rstrip()
    if inner[-1:] in ",!?—–…" or text[c_end:c_end + 1] == ",":
        return False
    if not speech(art.cues_in(lo, q["open"])):
        return False
    between = text[c_end:cue[0]]
    return "," not in between and len(between.split()) >= 2


#: A past participle of asking that opens its sentence: "Asked which county …, he demurred".
_ASKED_OPENING = re.compile(r"(?:Asked|Pressed|Questioned|Quizzed|Challenged)\b")


def answer_after_asked(art: Article, cue, o: int) -> dict | None:
    """A sentence that opens with a participle of asking ("Asked which county was his favorite, he
    demurred: “…”"): the one asked is the subject of the main clause after the comma, and the quotation
    before ``o`` is their answer, not words of whoever asked. None when the reporting word ``cue`` is
    not such a participle or no subject follows the comma.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Asked which Tver district he likes, Ivanov demurred: “Whichever one I am in.”"]}), "example"))[0]
    >>> answer_after_asked(art, art.cues[0], art.text.index("“"))["speaker"]
    'Ivanov'
    """
    text = art.text
    sent = art.sentence_at(cue[0])
    if sent is None or text[sent[1]:cue[0]].strip(" \t\n\"“”’'") or not _ASKED_OPENING.match(text, cue[0]):
        return None
    comma = text.find(",", cue[1], o)
    if comma == -1:
        return None
    found = sentence_subject(art, sent[1], o)
    if found is not None and found.get("start", -1) > comma:
        return found
    one = _ONE_WORD_SUBJECT.match(text, comma + 1, o)  # "…, Ivanov demurred": a name the kit does not know
    return lone_name(art, comma + 1, one.end(1)) if one else None


#: One capitalised word and a word in small letters after it: "Ivanov| demurred".
_ONE_WORD_SUBJECT = re.compile(r"\s*([A-Z][\w’'-]+)(?=[ \t]+[a-z])")

