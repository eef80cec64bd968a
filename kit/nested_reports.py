"""Nested reports: a pronoun that reports inside what someone named before it in the sentence reports.

"Rubio said he would unmask Trump, whom he called a “con artist”": the words are reported by the
speaker of the outer reporting word ("Rubio said"); the "he" of the inner one ("he called") points back
to that speaker. People who read news mark the outer speaker, the one the sentence names, so the kit
credits the quotation to it, with the outer reporting word as its cue.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speech_cues import is_speech_cue
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Gen. Ann Lee said she would not meet Roe, whom she called “a liar.”"]}), "example"))[0]
    >>> cues = [c for c in art.cues if is_speech_cue(art, c)]
    >>> found, cue = outer_report(art, cues, speaker_for_cue(art, cues[-1], 0, cues[-1][1] + 30), 0)
    >>> found["speaker"], art.text[cue[0]:cue[1]]
    ('Ann Lee', 'said')
"""

from __future__ import annotations

import re

from .indirect_speech import ASIDE_AFTER, NEW_CLAUSE_AFTER
from .names import WORD, Article
from .speakers import speaker_for_cue
from .speech_cues import cited_tail

__all__ = ["aside_report", "opening_account", "outer_report", "subordinate_report", "trailing_report"]

#: The pronouns an inner reporting word may have as its subject when it points back to the outer speaker.
_INNER_PRONOUNS = frozenset({"he", "she", "they"})

#: The kinds of outer speaker a pronoun can point back to (not another pronoun).
_OUTER_TYPES = frozenset({"named person", "organisation", "media outlet", "anonymous", "description"})


def outer_report(art: Article, cues: list, found: dict | None, lo: int) -> tuple[dict, tuple] | None:
    """(speaker, cue) of the outer report when ``found`` -- the speaker of the last of ``cues`` (the speech
    cues of one sentence before the reported words, in text order, from ``lo``) -- is "he", "she" or
    "they" standing after an earlier reporting word of the same sentence whose own speaker is named or
    described: "Cross said he is left with two options: Clinton, whom he called “divisive”". None otherwise.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speech_cues import is_speech_cue
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Tom Roe has railed against what he calls the “Leeds cartel” for a year."]}), "example"))[0]
    >>> cues = [c for c in art.cues if is_speech_cue(art, c)]
    >>> outer_report(art, cues, speaker_for_cue(art, cues[-1], 0, cues[-1][0]), 0)[0]["speaker"]
    'Tom Roe'
    """
    if found is None or found.get("type") != "pronoun" or found.get("pronoun") not in _INNER_PRONOUNS:
        return None
    ps = found.get("start", -1)
    for cue in reversed(cues[:-1]):
        if cue[1] > ps:
            continue  # the outer reporting word comes before the pronoun
        between = [w.lower() for w in WORD.findall(art.text[cue[1]:ps])]
        if _NEW_CLAUSE_WORDS.intersection(between):
            return None  # "…, but late Saturday he announced": a clause of its own, not inside the report
        if between and between[-1] not in _EMBEDDING_WORDS and not _NOUN_BEFORE.search(art.text, cue[1], ps):
            return None  # the pronoun must open a clause inside the report: "what he calls", "said he"
        outer = speaker_for_cue(art, cue, lo, ps)
        if outer is None or outer.get("start", ps) >= ps or outer.get("type") not in _OUTER_TYPES and not (
                outer.get("type") == "pronoun" and outer.get("pronoun") == found.get("pronoun")):
            return None  # a named outer speaker, or the same pronoun: "She said she would ask …" is one woman
        if _SUBORDINATOR.search(art.text, lo, outer["start"]):
            return None  # "When Sanders accused Clinton …, she said": the outer report is itself subordinate
        return outer, cue
    return None


def subordinate_report(art: Article, cues: list, lo: int, o: int, c_end: int) -> tuple[dict, tuple] | None:
    """(speaker, cue) of the outer report when the last of ``cues`` (the speech cues of one sentence before the
    quotation mark at ``o``, from ``lo``) stands in a clause opened by "when", "after", "if" … right after an
    earlier reporting word, that clause ends with the comma before the mark, and the quotation (closing at
    ``c_end``) ends the sentence: 'Lee said that when the Kremlin railed against the banks, “it spoke for all of
    us.”' The clause tells when; the quotation is the main clause of Lee's report, so the words are Lee's. Not
    'Lee said that after the Pentagon warned, “Do not come,” nobody came': the main clause follows, and the
    words are what the Pentagon warned. None otherwise.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speech_cues import is_speech_cue
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee said that when the Pentagon railed against the banks, “it spoke for all of us.”"]}),
    ...     "example"))[0]
    >>> cues = [c for c in art.cues if is_speech_cue(art, c)]
    >>> subordinate_report(art, cues, 0, art.text.index("“"), len(art.text))[0]["speaker"]
    'Lee'
    """
    sent = art.sentence_at(o)
    if len(cues) < 2 or sent is None or art.text[c_end:sent[2]].strip(" \t\n.!?”\"'’)"):
        return None
    text, inner, outer = art.text, cues[-1], cues[-2]
    if not _OPENS_SUBORDINATE.fullmatch(text, outer[1], inner[0]) or "," in text[inner[1]:o].rstrip()[:-1] \
            or not text[inner[1]:o].rstrip().endswith(","):
        return None  # one clause, one comma: "Lee said that when the Pentagon railed against X, “…”"
    found = speaker_for_cue(art, outer, lo, outer[0])
    if found is None or found.get("start", -1) < lo or found.get("end", outer[0] + 1) > outer[0]:
        return None
    return found, outer


#: After the outer reporting word: perhaps "that", a subordinator, then the inner clause's subject up to its verb
#: (no comma, no other clause): " that when the Kremlin ", " after the Pentagon ".
_OPENS_SUBORDINATE = re.compile(r"(?:[ \t]+that)?[ \t]+(?:when|whenever|after|before|while|if|once|as soon as|"
                                r"because|since|although|though|until|unless)[ \t]+[^,;:“”\"()\n]{1,80}?[ \t]+")


#: Words that open a new clause between the outer reporting word and the pronoun: not inside the report.
_NEW_CLAUSE_WORDS = frozenset({"and", "but", "or", "yet", "though", "although", "when", "while", "because", "if",
                               "since", "whereas", "after", "before", "which", "who"})

#: Words right before the pronoun that put its clause inside the report: "what he calls", "whom she called",
#: "said that she".
_EMBEDDING_WORDS = frozenset({"what", "whom", "that"})

#: A noun right before the pronoun, a relative clause without "that": "an investment he concludes".
_NOUN_BEFORE = re.compile(r"\b[a-z]{3,}[ \t]+$")

#: A word that makes the clause of the outer speaker subordinate: "When Sanders accused …".
_SUBORDINATOR = re.compile(r"\b(?:[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Ii]f|[Aa]s|[Bb]ecause|[Ss]ince|[Aa]lthough|"
                           r"[Tt]hough|[Uu]nless|[Uu]ntil|[Oo]nce)\b")


#: What may follow a reporting word that closes its sentence: a few words, no comma, no quotation mark
#: (", political scientists say.", ", Devine said on Friday.").
_CLOSING_WORDS = re.compile(r"[^,;:“”\"()\n]{0,40}$")
# a comma, then perhaps "the", right before the closing speaker: ", Devine said." and ", the Pentagon said." alike,
# whether or not the speaker's span holds its "the" (the gazetteer spells "the Kremlin" with it, "Pentagon" without)
_COMMA_BEFORE_SPEAKER = re.compile(r",(?:\s*the)?$", re.IGNORECASE)


def _reports_for_sentence(found: dict | None) -> bool:
    """Can this speaker report for a whole sentence: named in the text, not a relative pronoun ("who had
    condemned"), and a person, group or outer pronoun (not "I believe")?"""
    return found is not None and found.get("start", -1) >= 0 and not found.get("relative") and (
        found.get("type") in _OUTER_TYPES or found.get("pronoun") in _INNER_PRONOUNS)


def trailing_report(art: Article, s: int, e: int, cues: list, alone: bool = False,
                    according: bool = False) -> tuple[dict, tuple] | None:
    """(speaker, cue) of a report that closes the sentence text[s:e] after a comma: "Sanders plans to stay a
    Democrat, Devine said." / "…, said Ann Lee." The sentence before the comma is what that speaker
    reports, so a reporting word inside it ("hopes") reports for them too. ``cues``: the sentence's
    speech cues in text order (``alone``: the closing cue may be the only one). With ``according``, a
    closing "according to" may name its source in a longer phrase ("…, according to early exit polls
    reported by the Echo."): all the sentence before the comma is what that source gives. None when the
    last cue does not close the sentence so.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speech_cues import is_speech_cue
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee hopes to stay, Roe said on Friday."]}), "example"))[0]
    >>> cues = [c for c in art.cues if is_speech_cue(art, c)]
    >>> trailing_report(art, 0, len(art.text), cues)[0]["speaker"]
    'Roe'
    """
    text = art.text
    tail = cited_tail(text, s, e)  # "…, the Pentagon said, citing officials.": the report closes the sentence before it
    cues, e = ([c for c in cues if c[1] <= tail], tail) if tail < e else (cues, e)
    if len(cues) < (1 if alone else 2):
        return None
    cue = cues[-1]
    closer = next((c for c in reversed(cues) if c[2].lower().startswith("according")), None) if according else None
    if closer is not None and text[s:closer[0]].rstrip().endswith(",") and _ACCORDING_TAIL.match(text, closer[1], e) \
            and all(text.startswith(" by ", c[1]) for c in cues if c[0] > closer[0]) \
            and not _RELATIVE_BEFORE.search(text, s, closer[0]):  # "polls reported by the Echo"
        found = speaker_for_cue(art, closer, s, e)  # "Lee told aides that …, according to someone in attendance."
        return (found, closer) if found is not None and found.get("start", -1) >= closer[1] else None
    if not _CLOSING_WORDS.match(text, cue[1], e):
        return None
    found = speaker_for_cue(art, cue, s, e)
    if not _reports_for_sentence(found):
        return None  # not ", who had condemned", not "I believe"
    first = min(found["start"], cue[0])
    if not _COMMA_BEFORE_SPEAKER.search(text[s:first].rstrip()):
        return None  # the speaker and the reporting word must follow a comma: ", Devine said."
    if found["start"] > cue[1] and text[cue[1]:found["start"]].strip():
        return None
    if found["end"] < cue[0] and _JOINED.search(text, found["end"], cue[0]):
        return None  # "…, Kim, Ann and Bo had mentioned it": one name of a list is not who closes the sentence
    return found, cue


def opening_account(ctx) -> tuple[dict | None, tuple | None]:
    """(source, cue) for a quotation that no one else is named for, in a sentence that opens with "According to
    X,": the sentence is X's account, so X gives the words ("According to TASS, the troops were told, “Stay
    home.”"). A speaker rule (``ctx`` is the quotation's context), tried after the rules that read a reporting
    word, so a speaker the sentence names keeps the words ("According to TASS, Lavrov called it “a farce.”" is
    Lavrov's, as "“…,” Lavrov said, according to TASS." is: round 17).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speaker_rules import article_quotes
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "According to the BBC, staff were told, “Stay home.”"]}), "example"))[0]
    >>> [(r["speaker"], r["speaker_method"]) for r in article_quotes(art)]
    [('BBC', 'named')]
    """
    art, text = ctx.art, ctx.art.text
    sent = art.sentence_at(ctx.o)
    cues = ctx.speech(art.cues_in(sent[1], ctx.o)) if sent is not None else []
    if not cues or not cues[0][2].lower().startswith("according") or text[sent[1]:cues[0][0]].strip(" \t\n“\"‘'"):
        return None, None
    comma = text.find(",", cues[0][1], ctx.o)
    if comma == -1 or any(speaker_for_cue(art, c, comma + 1, ctx.o) for c in cues[1:]):
        return None, None  # "According to TASS, …, a senior official noted: “…”": the official's words
    found = speaker_for_cue(art, cues[0], sent[1], comma)
    if found is None or found.get("start", -1) < cues[0][1]:
        return None, None
    return found, cues[0]


def aside_report(art: Article, s: int, e: int, cues: list) -> tuple[dict, tuple] | None:
    """(speaker, cue) of a report set between commas inside the sentence text[s:e]: "His wife, he says,
    plans to leave the party." The rest of the sentence is what that speaker reports, so a reporting
    word in it ("plans") reports for them too. ``cues``: the sentence's speech cues in text order. None
    when no reporting word stands so, with its subject, between two commas.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speech_cues import is_speech_cue
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "His wife, he says, plans to leave the party."]}), "example"))[0]
    >>> cues = [c for c in art.cues if is_speech_cue(art, c)]
    >>> aside_report(art, 0, len(art.text), cues)[0]["text"]
    'he'
    """
    if len(cues) < 2:
        return None
    text = art.text
    for cue in cues:
        m = ASIDE_AFTER.match(text, cue[1], e)
        if m is None or NEW_CLAUSE_AFTER.match(text, m.end(), e):
            continue  # not ", records show, and experts say": a new clause follows
        found = speaker_for_cue(art, cue, s, e)
        if not _reports_for_sentence(found):
            continue
        if not text[s:found["start"]].rstrip().endswith(",") or found["end"] > cue[0] \
                or text[found["end"]:cue[0]].strip():
            continue  # ", he says," -- the subject right after a comma, the reporting word right after it
        if not _SHORT_OPENING.fullmatch(text, s, found["start"]):
            continue
        return found, cue
    return None


#: What may follow a closing "according to": the source, perhaps long, to the end of the sentence; after a comma
#: only a description of it ("…, according to Crowdpac, a crowdfunding website."), not a clause of the sentence
#: ("said that, according to the police, 40 people died").
_ACCORDING_TAIL = re.compile(r"[^,;:“”\"()\n]{2,120}(?:,[ \t]+(?:a|an|the|its|his|her|their)[ \t][^,;:“”\"()\n]{2,100})?$")

#: A relative clause after a comma: a closing "according to" after it tells where its fact comes from ("Lee says
#: the gap, which stood at 263 on Tuesday, according to the AP, can close"), not who gave the whole sentence.
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|whose|where|when)\s")

#: "and" or "or" between a speaker and the reporting word: the speaker is one of a list.
_JOINED = re.compile(r"\s(?:and|or|&)\s")

#: What comes before the aside: a short phrase of the sentence ("His wife," / "At times last year,").
_SHORT_OPENING = re.compile(r"[^;:“”\"()\n]{2,80}?,\s*")
