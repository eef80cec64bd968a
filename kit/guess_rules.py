"""Speaker guesses by position: a quotation with no reporting word of its own, credited to a speaker nearby.

The last rules of :data:`kit.speaker_rules.SPEAKER_RULES`: the quotation goes straight on from one by a
known speaker (``continuation``), its sentence has a subject (``sentence-subject``) or names someone in
subject place (``sentence-name``), or the sentence before reports someone (``reported-before``). Each
returns ``(found, None)``; the kit marks what they find as a guess.

    >>> _said_like("We will stay."), _said_like("fake news")
    (True, False)
"""

from __future__ import annotations

import re

from .names import WORD, Article
from .speaker_guess import resolve_speaker
from .speaker_phrases import name_head, plain_phrase, pronouns, role_before_name
from .speakers import sentence_subject, speaker_for_cue
from .transcripts import para_index

__all__ = ["rule_continuation", "rule_reported_before", "rule_sentence_name", "rule_sentence_subject", "rule_subject_before"]


def _said_like(quote: str) -> bool:
    """A quotation that reads like words said (three words or more, ending with punctuation),
    not a scare quote such as “fake news”."""
    return len(quote.split()) >= 3 and quote.rstrip()[-1:] in ".,!?…"


def rule_continuation(ctx):
    """A quotation that follows straight on from one by a known speaker: the next sentence opens
    with it, or it is in the same sentence and the cue of the quotation before lies between the two
    (“A,” he said, “B.”) or before both (Moallem told Lavrov ... “destroy Syria,” ... “as long as
    possible.”). A lone quoted word is not more of the speech.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speaker_rules import article_quotes
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     '“We will stay,” Ann Lee said. “The road is open.”']}), "example"))[0]
    >>> [(r["speaker"], r["speaker_method"]) for r in article_quotes(art)][-1]
    ('Ann Lee', 'continuation')
    """
    if not ctx.results:
        return None, None
    art, text, q, o = ctx.art, ctx.art.text, ctx.q, ctx.o
    p_span, p_found, p_cue = ctx.results[-1]
    p_end = p_span["close"] + 1 if p_span["close"] is not None else p_span["end"]
    gap_sentences = art.sentence_index(o) - art.sentence_index(max(p_end - 1, 0))
    sent_start = art.sentence_at(o)[1]
    opening = gap_sentences == 1 and _OPENING_PHRASE.fullmatch(text, sent_start, o) is not None \
        and not ctx.speech(art.cues_in(sent_start, o)) and _said_like(text[q["start"]:q["end"]]) \
        and not _OPENING_VERB.search(text, sent_start, o) \
        and not any(w.lower() in pronouns(art.sets) for w in text[sent_start:o].split())
    follows = (gap_sentences == 1 and text[sent_start:o].strip() == "") or opening or \
        (gap_sentences == 0 and p_cue is not None
         and (p_end <= p_cue[0] < o
              or (p_cue[1] <= p_span["open"] and _said_like(text[q["start"]:q["end"]]))))
    lone = len(text[q["start"]:q["end"]].split()) < 2
    if gap_sentences == 1 and len(text[p_span["start"]:p_span["end"]].split()) < 2 \
            and text[art.sentence_at(p_span["open"])[1]:p_span["open"]].strip() and not _same_voice_before(ctx, p_found):
        return None, None  # "praised as “heroic” by the club. “…”": a quoted word, after someone else's speech
    if p_found and (p_found.get("speaker") or p_found.get("text")) and follows and not lone:
        return dict(p_found, **_nearest_mention(art, p_found, o), guess=True,
                    note="speaker guessed from the quotation just before: no speaker is named here"), None
    return None, None


def _nearest_mention(art, found: dict, o: int) -> dict:
    """Where the text names ``found``'s speaker nearest before the quotation at ``o``: the last mention of the same
    speaker, as the subject of a clause, in the sentence just before it and after ``found``'s own mention ("…, since
    Lavrov spoke only in bromides. “We have to …”": that "Lavrov", not the one of an earlier quotation; not an
    object, as in "since Roe asked Lavrov"). The start, end and text of that mention, or an empty dict."""
    k = art.sentence_index(o)
    if k < 1 or found.get("start", -1) < 0:
        return {}
    _sid, ps, pe = art.sentences[k - 1]
    text = art.text
    words = {w for w in (found.get("speaker", "").split()[-1:] + found.get("text", "").split()[-1:]) if w}
    if not any(text.find(w, max(ps, found["end"]), pe) != -1 for w in words):
        return {}  # the speaker's last word, as named or as written, is not in the sentence before: nothing to look at
    same = [c for c in art.candidates(max(ps, found["end"]), pe) if c.get("speaker") == found.get("speaker")
            and _CLAUSE_BEFORE.search(text[ps:c["start"]].rstrip()) and _VERB_AFTER.match(text, c["end"], pe)]
    return {k_: same[-1][k_] for k_ in ("start", "end", "text")} if same else {}


#: What stands before the subject of a clause: nothing, a comma or a closing quotation mark, or a word that opens
#: a clause ("since Trump spoke").
_CLAUSE_BEFORE = re.compile(r"(?:^|[,”\"']|\b(?:since|when|as|after|because|while|and|but))$")
#: The verb right after that subject, perhaps after an adverb ("Trump spoke", "Lee quickly added").
_VERB_AFTER = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]{2,}\b")


def _same_voice_before(ctx, p_found: dict | None) -> bool:
    """Is the speaker of a one-word quotation inside the sentence just before (“cratered”, “heroic”) also the
    speaker of the last quotation before it that reads like words said? Only then does a new quotation that
    follows read as that same voice going on; after “This is a great day,” the mayor said. The plan was
    praised as “heroic” by the club. “…”, the words may be anyone's."""
    for span, found, _cue in reversed(ctx.results[:-1]):
        if _said_like(ctx.art.text[span["start"]:span["end"]]):
            return bool(found and p_found) and found.get("speaker") == p_found.get("speaker")
    return False


#: A short opening phrase and its comma before a quotation that is the rest of the sentence: "Now, “…”".
_OPENING_PHRASE = re.compile(r"\s*[^“”\"'«».;:!?()]{1,60},\s*")
#: A verb that ends such a phrase: "He continued, “…”" has a subject and a verb of its own.
_OPENING_VERB = re.compile(r"(?:ed|say|says|said|wrote|writes|put it|went on)\s*,\s*$")


def rule_sentence_subject(ctx):
    """No reporting word, but the quotation sits in a sentence whose subject is a person, a group or
    a description: "In May, Lee called the plan “a disaster”", "She promised to “stay the course”".
    The subject is taken to be the speaker (a guess).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speaker_rules import article_quotes
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     'In May, Ann Lee ran a “slow and costly” campaign.']}), "example"))[0]
    >>> [(r["speaker"], r["speaker_method"]) for r in article_quotes(art)][-1]
    ('Ann Lee', 'sentence-subject')
    """
    art = ctx.art
    sent = art.sentence_at(ctx.o)
    if sent is None or ctx.lo >= ctx.o:
        return None, None
    found = sentence_subject(art, ctx.lo, ctx.o)
    if found is not None and found.get("text", "").lower() == "it" and _DUMMY_IT.match(art.text, found["end"], ctx.o):
        found = subject_after_dummy_it(art, found["end"], ctx.o)
    if found is None:
        return None, None
    found = resolve_speaker(art, found, ctx.o)
    if not found.get("speaker") and found.get("type") != "none":
        return None, None
    note = "guess: no reporting word; the subject of the sentence is taken to be the speaker"
    return dict(found, guess=True, note="; ".join(n for n in (found.get("note", ""), note) if n)), None


#: "It" that stands for nothing, before a verb of being or of effect: "It is clear that …", "It has not
#: helped that …", "It seems that …". The clause after "that" or "whether" says who did what.
_DUMMY_IT = re.compile(r"\s+(?:(?:has|had|have|does|did|will|would|may|might|could)\s+)?(?:not\s+)?(?:been\s+|be\s+)?"
                       r"(?:is|was|’s|'s|seems?|seemed|appears?|appeared|remains?|remained|helps?|helped|hurts?|"
                       r"matters?|mattered|clear|true|unclear|likely)\b")
#: A verb form in small letters that ends a subject: "kept", "changed", "keeps".
_VERB_FORM = re.compile(r"[a-z]+(?:ed|es)")


def subject_after_dummy_it(art: Article, pos: int, hi: int) -> dict | None:
    """The subject of the clause after "that", "whether" or "when" in a sentence that opens with an "it"
    standing for nothing ("It did not help that her team kept changing its slogan"): her team.
    None when no such clause stands before ``hi``.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "It has not helped that Ann Lee has used slogans."]}), "example"))[0]
    >>> subject_after_dummy_it(art, 2, len(art.text))["speaker"]
    'Ann Lee'
    """
    text = art.text
    m = re.search(r"\b(?:that|whether|when)\s+", text[pos:hi])
    if m is None:
        return None
    p = pos + m.end()
    named = name_head(art, p, hi)
    if named is not None and not text[p:named["start"]].strip():
        return named
    words = list(WORD.finditer(text, p, hi))
    for k, w in enumerate(words[1:7], start=1):
        low = w.group(0)
        if low in art.sets.auxiliaries or low in art.sets.past_forms or _VERB_FORM.fullmatch(low):
            return plain_phrase(art, p, words[k - 1].end(), "subject")  # the words before the verb
    return None


def rule_sentence_name(ctx):
    """No reporting word and no subject read, but the quotation's sentence names a person or a group
    before it: the first of them is taken to be the speaker (a guess), not someone reported in an
    earlier sentence ("Meg Whitman, who now runs a company, labeled Mr. Trump ''unfit''").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speaker_rules import article_quotes
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     'Ann Roe, the author of "Going Home," about the news, said the town had "a unifying story" once.']}), "example"))[0]
    >>> [(r["speaker"], r["speaker_method"]) for r in article_quotes(art)][-1]
    ('Ann Roe', 'sentence-name')
    """
    art = ctx.art
    if len(art.text[ctx.q["start"]:ctx.q["end"]].split()) < 2:
        return None, None
    sent = art.sentence_at(ctx.o)
    lo = max(ctx.lo, sent[1]) if sent else ctx.lo
    named = [c for c in art.candidates(lo, ctx.o) if c["type"] in ("named person", "organisation", "media outlet")]
    if named and named[0]["type"] == "named person" and " " not in named[0]["text"].strip() \
            and not art.knows_person(named[0]["speaker"]):
        return None, None  # one capitalised word the article gives as no one's name: "Boos rained down"
    if not named or not _subject_place(art, lo, named[0]["start"]) or _PLACE_OR_THING.match(art.text, named[0]["end"]):
        return None, None  # "with many marchers", "King says Ali", "Pyongyang's claims": not where a subject stands
    found = dict(named[0], method="sentence-name")
    return dict(found, guess=True, note="guess: no reporting word; the first person or group the sentence names "
                                        "before the quotation is taken to be the speaker"), None


def _subject_place(art: Article, lo: int, s: int) -> bool:
    """Does a name at ``s`` stand where a subject stands: first in its sentence or right after an
    opening phrase and its comma, perhaps after "the" or a role ("the Israeli newspaper Haaretz")?"""
    cut = max(art.text.rfind(ch, lo, s) for ch in ",;—(")
    before = art.text[cut + 1 if cut != -1 else lo:s].strip()
    if cut != -1 and not re.search(r"[A-Za-z]", art.text[lo:cut]):
        return False
    return not before or before.lower() in ("the", "a", "an") or role_before_name(before + " ", art.sets)
#: A name followed by a noun it qualifies ("Pyongyang's claims", "the Orlando massacre" was caught above).
_PLACE_OR_THING = re.compile(r"[’']s\s+(?!campaign|spokes|aide|office|adviser|lawyer|team|chief|staff)[a-z]")


def rule_reported_before(ctx):
    """The sentence before (or the one before that, in the same or the previous paragraph) reports
    what someone said, and this sentence goes on with their words in quotation marks:
    "Moallem blasted the coalition, saying ... It’s “annihilating the Syrian people,” ...".

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speaker_rules import article_quotes
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     'Ann Lee blasted the council, saying the road was closed. Worse, “the bridge will fall down” soon.']}), "example"))[0]
    >>> [(r["speaker"], r["speaker_method"]) for r in article_quotes(art)][-1]
    ('Ann Lee', 'reported-before')

    It reaches back past the sentence just before only when that sentence quotes no one (see :func:`_may_skip`).
    """
    art, text = ctx.art, ctx.art.text
    k = art.sentence_index(ctx.o)
    if k < 1 or len(text[ctx.q["start"]:ctx.q["end"]].split()) < 2:
        return None, None
    sid, s, e = art.sentences[k]
    if any(c for c in ctx.speech(art.cues_in(s, e))):
        return None, None  # a reporting word of its own that found no speaker: do not guess
    para_start = art.paragraphs[max(0, para_index(art, s) - 1)][0] if art.paragraphs else 0
    for j in (k - 1, k - 2):
        if j < 0 or art.sentences[j][1] < para_start:
            break
        if j == k - 2 and not _may_skip(art, k - 1, s):
            break  # the sentence between quotes words of its own: whose voice follows is not clear
        _, ps, pe = art.sentences[j]
        for cue in reversed(ctx.speech(art.cues_in(ps, pe))):
            found = speaker_for_cue(art, cue, ps, pe)
            if found:
                found = resolve_speaker(art, found, cue[0])
                if found.get("speaker") and found.get("type") in ("named person", "organisation", "media outlet"):
                    return dict(found, guess=True, note="speaker guessed from the sentence before: no speaker is "
                                                        "named here; taken to be the one reported there"), None
    return None, None


def _may_skip(art, j: int, s: int) -> bool:
    """May the guess from the sentence before reach back past sentence ``j`` to the one before it, for a
    quotation whose sentence starts at ``s``? Not when sentence ``j`` quotes words of its own (“The plan was
    praised as “heroic” by the club.”): those words stand between, and a reader cannot tell whose voice the
    next quotation is. A sentence that only tells what happened does not stop the guess ("… Lee said. The
    children would come up to him. “They asked me …”")."""
    _sid, js, je = art.sentences[j]
    return not _ANY_QUOTE_MARK.search(art.text, js, je)


def rule_subject_before(ctx):
    """The quotation opens its sentence, with no reporting word of its own, right after a short sentence
    in the same paragraph whose subject is a person and which quotes no one: "Hannity pressed. “Maybe
    some could stay?”", "Roe continued her remarks. “Eight years ago …”". A reader takes the words to be
    that person's (a guess).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speaker_rules import article_quotes
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     'The hall was full. Ann Lee pressed on. “Could some of them stay?”']}), "example"))[0]
    >>> [(r["speaker"], r["speaker_method"]) for r in article_quotes(art)][-1]
    ('Ann Lee', 'subject-before')
    """
    art, text = ctx.art, ctx.art.text
    k = art.sentence_index(ctx.o)
    if k < 1 or not _said_like(text[ctx.q["start"]:ctx.q["end"]]):
        return None, None
    _sid, s, e = art.sentences[k]
    _pid, ps, pe = art.sentences[k - 1]
    if text[s:ctx.o].strip() or ctx.speech(art.cues_in(s, e)):
        return None, None
    if para_index(art, ps) != para_index(art, s) and not _opens_paragraph_after(art, ps, s):
        return None, None  # a paragraph between, or words before the quotation in its own paragraph
    before = text[ps:pe].rstrip()
    if not before.endswith(".") or _ANY_QUOTE_MARK.search(before) or len(before.split()) > 12:
        return None, None
    comma = before.find(",")  # the main clause's subject, not an aside's: "Lee went on, as if he …"
    found = sentence_subject(art, ps, ps + (comma if comma > 0 else len(before) - 1))
    if found is None or found.get("type") not in ("named person", "pronoun"):
        return None, None
    found = resolve_speaker(art, found, ps)
    if found.get("type") != "named person" or not found.get("speaker"):
        return None, None
    note = "guess: the sentence before names this person as its subject, and these words follow it with no reporting word"
    return dict(found, guess=True, note="; ".join(n for n in (found.get("note", ""), note) if n)), None


def _opens_paragraph_after(art: Article, ps: int, s: int) -> bool:
    """Does the sentence at ``s`` open the paragraph right after the one that ends with the sentence at ``ps``?
    A quotation set out as a paragraph of its own goes on from the short sentence that ends the paragraph
    before ("Lee continued her remarks." then, alone, "“Eight years ago …”"), as it does inside one paragraph."""
    k = para_index(art, s)
    return k >= 1 and art.paragraphs[k][0] >= s and para_index(art, ps) == k - 1


#: A quotation mark of any kind: the sentence before quotes someone itself.
_ANY_QUOTE_MARK = re.compile(r"[“”\"«»„]|''")

