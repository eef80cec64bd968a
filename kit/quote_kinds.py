"""What a quoted stretch of text is doing: someone's words, a scare quote, a title or a term.

The words around a quotation decide (see :data:`QUOTE_KINDS`): a reporting word in its sentence, a
colon before it, a word for a work ("the book titled"), a word for a word ("dubbed"), a distancing
word ("so-called").

    >>> t = 'Critics spoke of “moderate” groups. “We stay,” he said.'
    >>> found = [{"open": 16, "close": 25, "start": 17, "end": 25, "note": ""},
    ...          {"open": 36, "close": 45, "start": 37, "end": 45, "note": ""}]
    >>> [q["kind"] for q in quotation_kinds(t, found, [(0, 0, 35), (0, 36, len(t))], ((50, 54),))]
    ['scare', 'speech']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice

from .lexicons import attribution_tone
from .titles import BY_AUTHOR, TITLE_BEFORE, WORK_NOUNS, headline_cased, in_title_case, quoted_title
from .wordsets import word_sets

__all__ = ["QUOTE_KINDS", "byline_title", "document_named", "is_label", "is_speech_cue", "made_work_title", "mentioned_in_list",
           "quotation_kinds", "quoted_modifier"]

#: What a quoted stretch of text is doing (see :func:`quotations`).
QUOTE_KINDS = {
    "speech": "someone's words, quoted",
    "scare": "a word or two the writer doubts (a scare quote), with no one found who said them",
    "title": "the name of a work: an article, a report, a book, a film",
    "term": "a name or a word mentioned as a word: a nickname, 'the term “X”', 'dubbed “X”'",
}


_TERM_WORDS = re.compile(
    r"(?<![\w-])(?:(?:the|a|an|this|that|their|his|her|its)\s+(?:[a-z][\w-]*\s+)?(?:words?|terms?|phrases?|labels?|names?|"
    r"slogans?|expressions?|nicknames?|moniker|pseudonyms?|alias(?:es)?)|(?:(?:re-?)?(?:dubbed|nicknamed|called|named|labell?ed|branded|"
    r"termed|coined|styled)|known|so\s+called)(?:\s+as)?(?:\s+(?:the|a|an))?)[\s,:]*$", re.IGNORECASE)
_SO_CALLED = re.compile(r"(?<![\w-])so-called\s*$", re.IGNORECASE)
#: Words that say a name follows ("titled", "headlined"): the name may start in small letters.
_NAMED_WORK = re.compile(r"(?<![\w-])(?:titled|entitled|headlined)[\s,:]*$", re.IGNORECASE)
#: The first letter of quoted words (after any mark, bracket or digit).
_FIRST_LETTER = re.compile(r"[^\W\d_]")
# the words TITLE_BEFORE, _TERM_WORDS and _SO_CALLED can end with
_LAST_WORDS = frozenset("""
titled entitled headlined headline article story report book film documentary column op-ed editorial
programme program song poem essay study paper video series show word words term terms phrase phrases
label labels name names slogan slogans expression expressions nickname nicknames moniker pseudonym pseudonyms
alias aliases dubbed nicknamed
called named labeled labelled branded termed coined styled known as the a an so-called
""".split()) | {p + w for p in ("re-", "re") for w in "dubbed nicknamed called named labeled labelled branded termed coined styled".split()}
#: A year in brackets right after a quotation, perhaps with a word or two: “Apollo 13” (1995), a poster's
#: slogan “No to Schengen” (2005), “…” (election poster 2003). A work cited with its date, not words said.
_YEAR_AFTER = re.compile(r"[ \t]*\((?:[^()\n,]{0,50}[ \t])?(?:1[89]|20)\d\d\)")
#: A quotation that is the subject of a sentence about the words themselves: “Top secret” is the highest
#: level; “Spanish” should only be used for … (a word mentioned as a word).
_MENTIONED = re.compile(r"[ \t]+(?:is|was|means|meant|refers to|stands for|should (?:only )?be used|"
                        r"is (?:only )?used|was coined)\b")
#: A word or two, or a handle, then a colon, all the quotation holds: “Related:”, “See also:”, “@PentagonPress:”.
_LABEL = re.compile(r"[ \t]*(?:[@#]?[^\W\d_][\w.-]*|[^\W\d_][\w-]*[ \t]+[^\W\d_][\w-]*):[ \t]*")
#: After a label: a closing mark, then the end of the line (a label alone on its line) or another opening mark.
_LABEL_END = re.compile(r"(?:''|[\"”’'])?[ \t]*(?:(?P<eol>$|\n)|[\"“‘])", re.MULTILINE)


def is_label(text: str, start: int, end: int) -> bool:
    """Are the quoted words ``text[start:end]`` a label of what follows, nobody's words: a word or two and a colon
    alone on their line ('"Related:"' between two paragraphs), or a handle and a colon right before another
    quotation (a post passed on: '“@PentagonPress: “We stay.”')? Not a colon inside words said ('Lavrov said:
    “Yes: we stay.”') nor a quotation inside a sentence ('Mattis said: “Never:” and left.').

    >>> t = 'Talks went on.\\n“Related:”\\nLee shared “@KremlinPress: “We stay.” Lavrov said: “Never:” and left.'
    >>> [is_label(t, t.index(m) + 1, t.index(":", t.index(m)) + 1) for m in ("“R", "“@", "“N")]
    [True, True, False]
    """
    after = _LABEL_END.match(text, end) if _LABEL.fullmatch(text, start, end) else None
    if after is None:
        return False
    alone = not text[text.rfind("\n", 0, start) + 1:start].strip(" \t\"“‘'")  # nothing before it on its line
    return alone if after.group("eol") is not None else alone or text[start:start + 1] in "@#"


#: A verb of using a screen right before a quotation: click “sign up”, tap on “Share”, clicking the “OK” (a control's
#: words, read off the screen).
_CONTROL_BEFORE = re.compile(r"(?<![\w-])(?:click|clicks|clicked|clicking|tap|taps|tapped|tapping)(?:[ \t]+on)?"
                             r"(?:[ \t]+the)?[ \t]*$", re.IGNORECASE)
#: ... but not a thing named with its determiner: “the main objective” was now …
_DETERMINER = re.compile(r"(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"[A-Z][\w.]*[ \t]$")
_NAME_AFTER = re.compile(r"[ \t](?:(?:al|el|de|van|von|bin|ibn)[-\s])?[A-Z]")
#: A small word with a capital right after a quotation, as only a headline writes it: ‘Moan’ About Roe.
_SMALL_WORD_AFTER = re.compile(r"[ \t](?:About|By|To|For|With|From|In|On|At|Of|And|Or|As|Over|After|Is|Are)\b")
#: A word in small letters right after a closing mark that carries the writer's phrase on (not a pronoun
#: or a reporting word that starts the clause of the quotation's speaker).
_RUNS_ON_AFTER = re.compile(r"[ \t]+(?!(?:he|she|they|we|i|it|you|one|said|says|added|adds|told|wrote|asked|"
                            r"replied|according)\b)[a-z]")
_NICK = re.compile(r"[A-Z][^”\"\n]{0,20}")
#: Punctuation that ends a clause, written inside the closing mark: “We are ready,” Lavrov said.
_CLAUSE_END = frozenset(",.!?…;")
_QWORD = re.compile(r"\w+(?:['\u2019-]\w+)*")
_SCARE_MAX_WORDS = 4
_SCARE_MAX_CHARS = 60
_TITLE_MAX_WORDS = 25


def _kind(text: str, q: dict, sent: tuple[int, int], cue_starts: list[int], cues, inside, opens,
          parts: list | None = None) -> str:
    """Speech, scare, title or term, from the words around the quotation (see QUOTE_KINDS).

    Only the reporting words in the quotation's sentence depend on ``cues``; what the text alone
    decides is kept in ``parts`` (``[before the cues, without a cue]``, filled as they are found)
    when given, so the same text read with another set of cues does not work it out again."""
    o, c = q["open"], q["close"]
    s0, s1 = sent
    if parts is None:
        parts = [None, None]
    if parts[0] is None:
        parts[0] = _kind_before_cues(text, q, s0, s1)
    kind, n_words = parts[0]
    if kind is not None:
        return kind
    inner = text[q["start"]:q["end"]]
    end = c + 1
    # a cue (said, told, according to ...) in the sentence, outside quotation marks, with no other
    # quotation between it and this one: speech ("vowing to “annihilate” ISIS ... the “fake news”
    # story": the cue goes with the first quotation only)
    # a name in title case inside a phrase of the writer's (“Ted Cruz” campaign pins, …) is not what a
    # reporting word after it reports: someone's words end their clause (“No,” Lee said; “No” he said)
    runs_on = n_words > 1 and inner.rstrip()[-1:].isalnum() and _RUNS_ON_AFTER.match(text, end) is not None \
        and in_title_case(text, q["start"], q["end"])
    k = bisect_right(cue_starts, s0 - 1)
    while k < len(cues) and cues[k][0] < s1:
        cs = cues[k][0]
        j = bisect_right(opens, cs) - 1
        if (j < 0 or cs >= inside[j][1]) and is_speech_cue(text, cs, cues[k][1]) \
                and not (cs >= end and runs_on):  # outside quotation marks
            lo, hi = (cs, o) if cs < o else (end, cs)
            if bisect_right(opens, hi - 1) - bisect_right(opens, lo) == 0:
                return "speech"
            if cs < o and n_words >= 3 and inner.rstrip()[-1:] in ".!?…":
                return "speech"  # more of the same person's words: ... wanting war “as long as possible.”
        k += 1
    if parts[1] is None:
        # signs of a speaker count between the quotations next to this one, as cues do
        j = bisect_right(opens, o - 1) - 1
        lo = max(s0, inside[j][1]) if j >= 0 else s0
        hi = min(s1, opens[j + 2]) if j + 2 < len(opens) else s1
        parts[1] = _uncued_kind(text, o, c, lo, hi, inner, n_words)
    return parts[1]


#: A verb of naming in the passive right before a quotation: "was called “…”", ", dubbed “…”", "has been branded a “…”".
_PASSIVE_NAMING = re.compile(r"(?:\b(?:is|are|was|were|be|been|being)[ \t]+|[,—–][ \t]*)(?:(?:[a-z]+ly|often)[ \t]+)?(?:called|dubbed|"
                             r"labell?ed|branded|termed)[ \t]+(?:as[ \t]+)?(?:(?:the|a|an)[ \t]+)?$")
#: "by" and who acted right after the closing mark: "“reckless” by critics", "“a disaster” by Lavrov".
_BY_SOMEONE = re.compile(r"[ \t]+by[ \t]+(?:[A-Z]|(?:the|some|many|most|several|local|two|three|\d)\b|[a-z]+s\b)")


def passive_naming_by(text: str, o: int, c: int) -> bool:
    """A verb of naming in the passive before the quotation (opening at ``o``, closing at ``c``) and
    who acted after it: "The plan was called “reckless” by critics", "The truce, dubbed a “farce” by
    Lavrov, …". Someone's words (the agent's), not a name given to a thing ("a film called “Hope”").

    >>> t = "The plan was called “reckless” by critics."
    >>> passive_naming_by(t, t.index("“"), t.index("”"))
    True
    >>> t = "A film called “Hope” opened."
    >>> passive_naming_by(t, t.index("“"), t.index("”"))
    False
    """
    if _BY_SOMEONE.match(text, c + 1) is None or _PASSIVE_NAMING.search(text, max(0, o - 40), o) is None:
        return False
    return not in_title_case(text, o + 1, c) or len(text[o + 1:c].split()) < 2  # “Red Dawn” by its authors: a name


def _kind_before_cues(text: str, q: dict, s0: int, s1: int) -> tuple[str | None, int]:
    """What the words around a quotation decide before any reporting word is looked at: (its kind or
    None, the number of words quoted)."""
    o, c = q["open"], q["close"]
    before = text[max(s0, o - 60):o]
    inner = text[q["start"]:q["end"]]
    if c is not None:
        nick = text[max(0, o - 30):o]
        if _NAME_BEFORE.search(nick) and _NICK.fullmatch(inner) and _NAME_AFTER.match(text[c + 1:c + 8]) \
                and not before.rstrip().endswith((":", ",")) and len(_QWORD.findall(inner)) <= 3 \
                and not _SMALL_WORD_AFTER.match(text, c + 1, c + 8) \
                and any(ch.isalnum() for ch in text[s0:o]) and inner.rstrip()[-1:] not in _CLAUSE_END:
            # Gen. James “Mad Dog” Mattis (a nickname is a word or three, then the name goes on); not a
            # headline's capitalised small word after it: Lee Told A Reporter Not To ‘Moan’ About Roe.
            # A nickname stands inside a name, inside a sentence: not a quotation that opens its sentence
            # (… in Moscow. “We are ready,” Lavrov said.) or whose words end a clause with , . ! ? inside the marks
            return "term", 0
    n_words = len(_QWORD.findall(inner))
    last_words = before.rstrip(" \t\n,:").rsplit(None, 1)
    last = last_words[-1].lower() if last_words else ""
    if c is not None and quoted_title(text, o, c, s0, s1):
        return "title", n_words  # “Fox News Sunday”, his podcast “The Axe Files”, “…,” by Ann Lee
    if c is not None and made_work_title(text, o, c, s0, s1):
        return "title", n_words  # Ann Lee wrote “The Long Road Home” in 2019: the work she made, not her words
    if c is not None and n_words < _TITLE_MAX_WORDS and byline_title(text, o, c, s0):
        return "title", n_words  # NEWS—“Lee leaves the band,” by Post's Ann Roe: a headline and its author
    if c is not None and "(" in text[c + 1:c + 3] and n_words < _TITLE_MAX_WORDS and _YEAR_AFTER.match(text, c + 1):
        return "title", n_words  # “Apollo 13” (1995): a work cited with its year
    if n_words <= 2 and is_label(text, q["start"], q["end"]) or c is not None and n_words <= _SCARE_MAX_WORDS \
            and _CONTROL_BEFORE.search(before, max(0, len(before) - 24)):
        return "term", n_words  # “Related:”, “@handle: “…” (a label), click “sign up” (a button's words): nobody's words
    letter = inner.strip(_TRIM) if c is not None and n_words == 1 else ""
    if len(letter) == 1 and letter.isupper() and letter != "I" and inner.strip()[-1:] not in ".!?":
        return "term", n_words  # “R” or “D”, a “C” grade: a capital letter mentioned as a letter (not the word “I”)
    if c is not None and n_words <= _SCARE_MAX_WORDS and inner.rstrip()[-1:].isalnum() \
            and _MENTIONED.match(text, c + 1) and text[s0:o].rstrip()[-1:] in ("", ",") \
            and not _DETERMINER.match(inner):
        return "term", n_words  # “Top secret” is the highest level: the words mentioned as words
    if c is not None and n_words <= _SCARE_MAX_WORDS and mentioned_in_list(text, o, s0):
        return "term", n_words  # words such as “bridge,” “river” and “flood”: the words mentioned as words
    if c is not None and n_words < _TITLE_MAX_WORDS and document_named(text, o, c, last):
        return "title", n_words  # The report “lessons learned” found …: the report's name, not words said
    if last in _LAST_WORDS:  # the patterns below are only tried after one of their last words (speed)
        work = _WORK_CALLED.search(before) if c is not None and n_words < _TITLE_MAX_WORDS else None
        if work and work.group(1).lower() in WORK_NOUNS and not _starts_lower(inner):
            return "title", n_words  # a film called “Moscow.”: the name of a work, not a word mentioned
        if c is not None and TITLE_BEFORE.search(before) and n_words < _TITLE_MAX_WORDS \
                and (_NAMED_WORK.search(before) or not _starts_lower(inner)):
            # the book titled “Dry Rivers”; not: the report “wasn't good”, the program “is gaining ground”
            # (words in small letters after a word for a work are said about it, not its name)
            return "title", n_words
        if c is not None and _TERM_WORDS.search(before) and n_words <= _SCARE_MAX_WORDS \
                and not passive_naming_by(text, o, c):
            return "term", n_words
        if c is not None and _SO_CALLED.search(before):
            return "scare", n_words
    if c is not None and quoted_modifier(text, o, c):
        return "term", n_words  # the “Remain” campaign: a name before a noun, not words said
    if c is None:
        return "speech", n_words  # no closing mark: taken to be someone's words, to the end of the paragraph
    if n_words > _SCARE_MAX_WORDS or len(inner) > _SCARE_MAX_CHARS or n_words == 0:
        return "speech", n_words
    if text[max(0, o - 200):o].rstrip().endswith(":"):
        return "speech", n_words  # introduced by a colon
    end = c + 1
    if end > s1 or not any(ch.isalnum() for ch in text[s0:o] + text[end:s1]):
        return "speech", n_words  # the whole sentence, or running past it: reported words
    return None, n_words


#: A word for words, then "such as", "like" or "including", then the quoted items listed so far:
#: "words such as “bridge,” “river” and", "terms like".
_SUCH_AS = re.compile(r"(?<![\w-])(?:words?|terms?|phrases?|expressions?|slogans?|labels?)[ \t]+(?:such[ \t]+as|like|"
                      r"including)[ \t:]*(?:[\"“‘][^\"“”‘’\n]{0,40}(?:,[\"”’]|[\"”’][ \t]*,)[ \t]*(?:(?:and|or)[ \t]+)?"
                      r"|[\"“‘][^\"“”‘’\n]{1,40}[\"”’][ \t]*(?:and|or)[ \t]+)*$", re.IGNORECASE)
#: A language named right before "for" and a quotation: "Spanish for", "is Latin for".
_LANGUAGE_FOR = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]+for[ \t]*$")


def mentioned_in_list(text: str, o: int, s0: int) -> bool:
    """Is the quotation opening at ``o`` a word mentioned as a word: an item of a list after "words such as",
    "terms like", "phrases including" ("words such as “bridge,” “river” and “flood”"), or a gloss after a
    language and "for" ("“adios,” Spanish for “goodbye”": the ``demonyms`` of data/word_sets.csv name the
    language, not a ``compass`` word)? Such words are named, not said by anyone (``term``).

    >>> t = 'They looked for words such as “bridge,” “river” and “flood.” “Adios” is Spanish for “goodbye.”'
    >>> [mentioned_in_list(t, t.index(m), 0) for m in ("“b", "“r", "“f", "“A", "“g")]
    [True, True, True, False, True]
    """
    window = text[max(s0, o - 200):o]
    if ("such" in window or "like" in window or "includ" in window) and _SUCH_AS.search(window):
        return True
    lang = _LANGUAGE_FOR.search(window, max(0, len(window) - 30))
    if lang is None:
        return False
    sets = word_sets()  # a language, not a region ("the South for “…”": the ``compass`` words)
    return lang.group(1).lower() in sets.demonyms and lang.group(1).lower() not in sets.compass


#: A word for a work, then a verb of naming, right before a quotation: "a film called", "the song named".
_WORK_CALLED = re.compile(r"(?<![\w-])([A-Za-z][\w-]*)[ \t]*,?[ \t]+(?:called|named|titled|entitled)[ \t,:]*$")


#: A verb of making a work (or of playing in one) right before a quotation: "wrote", "directed", "starred in".
_MADE_WORK = re.compile(r"(?<![\w-])(?:(?:co-?)?(?:wrote|writes|write|written|directed|directs|authored|penned|"
                        r"composed|published|publishes|released|releases|recorded|records|produced|produces|filmed)|"
                        r"(?:starred|stars|starring|star|acted|acts|appeared|appears)[ \t]+in|"
                        # a song or a play performed: "to perform “Bridge Over the River”", "to the tune of “…”"
                        r"perform|performs|performed|performing|sang|sings|sing|singing|to[ \t]+the[ \t]+tune[ \t]+of)[ \t]*$")


def made_work_title(text: str, o: int, c: int, s0: int, s1: int) -> bool:
    """Is the quotation opening at ``o`` and closing at ``c`` the name of a work, right after a verb of making it
    ("wrote", "directed", "published", "released", "recorded", "starred in") or of performing it ("sang",
    "performed", "to the tune of")? Its words are in title case, as a work's name is written and a sentence in
    running text is not, and the sentence around it is not a headline (where every word has a capital). Words
    after a colon, or before the verb, are what someone wrote.

    >>> t = "Ann Lee wrote “The Long Road Home” in 2019. Lee wrote “we will win” on Monday."
    >>> [made_work_title(t, t.index(m), t.index("”", t.index(m)), 0, len(t)) for m in ("“T", "“w")]
    [True, False]
    >>> t = "Lee wrote: “We Will Win.”"
    >>> made_work_title(t, t.index("“"), t.index("”"), 0, len(t))
    False
    """
    if _MADE_WORK.search(text, max(s0, o - 30), o) is None or not in_title_case(text, o + 1, c):
        return False
    return not headline_cased(text[max(s0, o - 80):o] + " " + text[c + 1:min(s1, c + 80)])


def byline_title(text: str, o: int, c: int, s0: int) -> bool:
    """Is the quotation opening at ``o`` and closing at ``c`` a headline given with its author, as a list of
    articles writes it: “Lee leaves the band after ten years,” by Post's Ann Roe? The quotation opens its
    sentence (nothing before it but a label in capitals or a dash), its words end with a comma inside the
    marks, and "by" and a name follow: the name of an article, in the words of its headline, not words
    someone said. (A headline in title case is :func:`kit.titles.quoted_title`'s.)

    >>> t = "NEWS—“Lee leaves the band after ten years,” by Post's Ann Roe: “Lee is leaving.”"
    >>> byline_title(t, t.index("“"), t.index("”"), 0)
    True
    >>> t = "Lee said the “ugliness of it, all of it,” by Roe last week was sad."
    >>> byline_title(t, t.index("“"), t.index("”"), 0)
    False
    """
    if text[c - 1:c] != "," or any(ch.islower() for ch in text[s0:o]):
        return False
    return BY_AUTHOR.match(text, c + 1) is not None


#: A determiner or a possessive before a quotation, perhaps with one describing word: "the “…”", "a new “…”",
#: "Lee’s “…”".
_DETERMINER_BEFORE = re.compile(r"(?:(?<![\w-])(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)"
                                r"|\w['’]s)[ \t]+(?:[a-z][\w-]*[ \t]+)?$", re.IGNORECASE)
#: The word in small letters right after a closing mark.
_SMALL_WORD_NEXT = re.compile(r"[ \t]+([a-z][a-z-]*)\b")
#: Words after a quotation that are not the noun it describes: a preposition, a joining word, a helping verb.
_NOT_A_NOUN_AFTER = frozenset("of in on at to for from by with into about and or but nor as than so that which who "
                              "whom whose where when while if because not no also too".split())


def quoted_modifier(text: str, o: int, c: int) -> bool:
    """Is the quotation opening at ``o`` and closing at ``c`` a name written in capitals, used before a noun after
    a determiner ("the “Remain” campaign", "a “Stop the Dam” rally", "her “Fair Share” plan")? It describes the
    noun as a name does (``term``): it is not someone's words, even in a sentence with a reporting word. A
    verb after it ("the “Times” reported"), a helping verb, words in small letters ("a “fair deal”") or the
    adjective of a country alone ("his “Kenyan” lunch", the ``demonyms`` of data/word_sets.csv) do not count.

    >>> t = "Lee said the “Remain” campaign lost. The “Times” says so. Her “Fair Share” plan. A “fair” deal."
    >>> [quoted_modifier(t, t.index(m), t.index("”", t.index(m))) for m in ("“R", "“T", "“F", "“f")]
    [True, False, True, False]
    """
    # the first words, one more than a name before a noun may have (a long quotation is not read to its end)
    words = [m.group() for m in islice(_QWORD.finditer(text, o + 1, c), _SCARE_MAX_WORDS + 1)]
    if not words or len(words) > _SCARE_MAX_WORDS or not text[c - 1:c].isalnum() or not words[0][:1].isupper() \
            or words[0].isupper() and len(words[0]) > 1 \
            or not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return False
    sets = word_sets()
    if len(words) == 1 and words[0].lower() in sets.demonyms:
        return False  # his “Mexican” lunch: English writes the adjective of a country with a capital
    after = _SMALL_WORD_NEXT.match(text, c + 1)
    if after is None or _DETERMINER_BEFORE.search(text, max(0, o - 40), o) is None:
        return False
    word = after.group(1)
    if word.endswith("ly"):  # the “Times” quickly reported (an adverb, then a verb); not a “Stop” rally
        then = _SMALL_WORD_NEXT.match(text, after.end())
        if then is not None and then.group(1).endswith(("ed", "s")):
            return False
    return word not in _NOT_A_NOUN_AFTER and word not in sets.auxiliaries and word not in sets.past_forms \
        and word not in sets.adverbs and not word.endswith("ed") \
        and not (word.endswith("s") and attribution_tone(word))  # "the “Times” says": a verb


def document_named(text: str, o: int, c: int, last: str = "") -> bool:
    """Does the quotation text[o:c + 1] name the document before it? After a determiner and a word for a
    document (the ``document_nouns`` and ``message_nouns`` sets of data/word_sets.csv: "The report", "a
    leaked memo"), words that open with no verb, then the sentence's verb ("found", "was released"): the
    document and its name are the subject. Not a clause: 'the report “wasn't good”'.

    >>> t = "The report “lessons learned” found gaps. Lee said the report “wasn't good” at all."
    >>> [document_named(t, t.index(m), t.index("”", t.index(m))) for m in ("“l", "“w")]
    [True, False]
    """
    if not text[o + 1:c].lstrip("“‘\"'")[:1].islower() or not _DETERMINED.search(text, max(0, o - 40), o):
        return False  # a name in capitals is another rule's; no determiner, no document named
    sets = word_sets()
    last = last or (_LAST_WORD.search(text, max(0, o - 30), o) or _NO_WORD).group(1).lower()
    if last not in sets.document_nouns and last not in sets.message_nouns:
        return False
    first = (_QWORD.search(text, o, c) or _NO_WORD).group(0).lower().replace("’", "'")
    if not first or first in sets.auxiliaries or first in sets.past_forms or first in sets.adverbs:
        return False  # a clause: "wasn't good", "is gaining ground"
    verb = _VERB_AFTER.match(text, c + 1)
    return verb is not None and (verb.group(1).lower() in sets.auxiliaries | sets.past_forms
                                 or verb.group(1).endswith(("ed", "s")) and not verb.group(1).endswith("ss"))


#: A determiner and up to two words before the word for a document: "The report", "a leaked memo".
_DETERMINED = re.compile(r"(?<![\w-])(?:the|a|an|this|that|its|their|his|her|our|one)[ \t]+(?:[\w-]+[ \t]+){0,2}"
                         r"[\w-]+[ \t]*$", re.IGNORECASE)
#: The word right after a closing mark, perhaps after an adverb: "found", "was", "also shows".
_VERB_AFTER = re.compile(r"[ \t]+(?:(?:also|later|now|then|[a-z]+ly)[ \t]+)?([a-z]+(?:n't)?)\b")
_NO_WORD = re.compile(r"()").match("")


def _starts_lower(words: str) -> bool:
    """Does the first letter of ``words`` stand in small letters ("wasn't good", "“is gaining")?"""
    m = _FIRST_LETTER.search(words)
    return bool(m) and m.group().islower()


# Signs a reader sees that a short quotation with no reporting word is held at arm's length (a scare
# quote), a name, or someone's words. See _uncued_kind.
_DISTANCE_BEFORE = re.compile(
    r"(?<![\w-])(?:so-called|self-(?:styled|proclaimed|described|appointed)|supposed|supposedly|alleged|"
    r"purported|purportedly|ostensible|ostensibly|would-be|quote[- ]unquote|pseudo)[\s,]*$", re.IGNORECASE)
_DISTANCE_AFTER = re.compile(
    r"[\s,.;:!?]{0,3}(?:so to speak|as it were|as (?:it|they|he|she|some|many|critics|officials) "
    r"(?:likes? to |liked to )?call(?:s|ed)? (?:it|them|him|her))\b", re.IGNORECASE)
_SPEAKER_SIGNS = re.compile(
    r"(?<![\w-])(?:(?i:he|she|him|his|her|call(?:s|ed|ing)?|dub(?:s|bed|bing)?|describ(?:e|es|ed|ing)|"
    r"label(?:s|l?ed|l?ing)?|brand(?:s|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|"
    r"chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|tweet(?:s|ed|ing)?|wrote|writes?|posted|slogans?|"
    r"statements?|remarks?|comments?|speech|interview|quip(?:s|ped)?|insist(?:s|ed|ing)?|"
    r"blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|referr(?:ed|ing) to|refers to|hail(?:s|ed|ing)|herald(?:s|ed|ing))|"
    r"(?:[A-Z][\w.-]+ )?(?:[A-Z][\w.-]+)(?:’s|'s)? (?:own )?(?:words?|phrase|promise|pledge|vow|description))(?![\w-])")
_NOUN_USE_BEFORE = frozenset("the a an this that these those its their our your his her such any no some every "
                             "each another whose".split())
_SMALL_WORDS = frozenset("of the and for to in on a an at by or de la".split())
_LAST_WORD = re.compile(r"([\w’'-]+)[\s]*$")


def _uncued_kind(text: str, o: int, c: int, s0: int, s1: int, inner: str, n_words: int) -> str:
    """The kind of a short, closed quotation with no reporting word in its sentence.

    A reader sees a scare quote by a sign: a distancing word ("so-called", "supposed", "self-styled")
    or phrase ("so to speak", "as they call it"), or a single word or short phrase used as a noun in
    the writer's own sentence ("the “rebels” left", "its “capital”") with nothing in the sentence
    that points to a speaker. A capitalised phrase ("the “Gang of Four” group") is a name (``term``).
    Anything else is someone's words whose speaker is not named here (``speech``): "he promised a
    “fair deal”", "critics on the left, calling it “a disgrace”".
    """
    before = text[max(s0, o - 40):o]
    if _DISTANCE_BEFORE.search(before) or _DISTANCE_AFTER.match(text, c + 1, min(s1, c + 60)):
        return "scare"
    words = _QWORD.findall(inner)
    if len(words) > 1 and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) \
            and words[0][:1].isupper() and not words[0].isupper() \
            and not headline_cased(text[s0:o] + " " + text[c + 1:s1]):
        return "term"  # a name: the “Gang of Four” (not in a headline, where every word has a capital)
    if _SPEAKER_SIGNS.search(text, s0, o) or _SPEAKER_SIGNS.search(text, c + 1, s1):
        return "speech"  # a person or a speech act in the sentence: someone's words, speaker unnamed here
    if n_words == 1:
        return "scare"  # one word, in the writer's own sentence
    m = _LAST_WORD.search(before)
    prev = m.group(1).lower() if m else ""
    if prev in _NOUN_USE_BEFORE or prev.endswith(("’s", "'s", "’", "'", "est")) or "-" in prev:
        return "scare"  # a short phrase used as a noun in the writer's sentence: the “final battle”
    return "speech"


_NOUN_MARKERS = frozenset("the a an these those this its their his her our my your such while of "
                          "any no some many at in for from to with about on without upon".split())
_PREV_WORD = re.compile(r"([\w’']+)\W*$")
_IT_ALL = re.compile(r"\s+it\s+all\b")


def is_speech_cue(text: str, start: int, end: int) -> bool:
    """Does the reporting word at text[start:end] report speech here? Not a noun ("the claims",
    "its claims"), not part of a longer word ("self-proclaimed"), not an idiom ("that says it all").

    >>> t = "Lee said no. The claims were false. It was self-proclaimed."
    >>> is_speech_cue(t, 4, 8), is_speech_cue(t, 17, 23), is_speech_cue(t, 48, 58)
    (True, False, False)
    """
    if start > 0 and text[start - 1] in "-‐":
        return False
    if _IT_ALL.match(text, end, end + 10):
        return False  # "that says it all": an idiom, not a report of speech
    window = text[max(0, start - 25):start]
    # a word inside the quotation before is not part of this clause: “No,” said Lee.
    window = window[max(window.rfind("“") + 1, window.rfind("”") + 1, window.rfind('"') + 1, window.rfind("„") + 1,
                        window.rfind("«") + 1, window.rfind("»") + 1, window.rfind("''") + 2, 0):]
    prev = _PREV_WORD.search(window)
    if not prev:
        return True
    word = prev.group(1).lower()
    if word in _NOUN_MARKERS and not (word == "while" and text[start:end].lower().endswith("ing")):
        return False  # "while the claims …" is a noun; "while claiming" is a verb
    if word in ("and", "or") and text[start:end].lower().endswith("ing"):
        return False  # "... and asserting US dominance": not a report of speech
    return not word.endswith(("’s", "'s", "’", "'"))


def quotation_kinds(text: str, found: list[dict], bounds, cues, parts: list | None = None) -> list[dict]:
    """Give each quotation (fresh dicts, in order of their opening marks) its kind; see :func:`quotations`.

    ``bounds`` are the sentences as (paragraph, start, end), ``cues`` the (start, end) of reporting words.
    ``parts``, when given, is one ``[None, None]`` per quotation of this text (and these ``bounds``),
    where what the words around each quotation decide whatever the cues is kept, filled in place:
    the same list handed in with other cues spares that work and gives the kinds of a fresh call.

    >>> t = "The book titled “Dry Rivers” sold. “We stay,” Lee said."
    >>> found = [{"open": 16, "close": 27, "start": 17, "end": 27, "note": ""},
    ...          {"open": 35, "close": 44, "start": 36, "end": 44, "note": ""}]
    >>> [q["kind"] for q in quotation_kinds(t, found, [(0, 0, 34), (0, 35, len(t))], ((50, 54),))]
    ['title', 'speech']
    """
    cue_starts = [a for a, _ in cues]
    inside = [(q["open"], (q["close"] if q["close"] is not None else q["end"]) + 1) for q in found]
    opens = [a for a, _ in inside]
    b_starts = [b[1] for b in bounds]
    sentence_of = []
    if parts is None:
        parts = [[None, None] for _q in found]
    for q, known in zip(found, parts):
        k = bisect_right(b_starts, q["open"]) - 1
        sent = (bounds[k][1], bounds[k][2]) if k >= 0 else (0, len(text))
        q["kind"] = _kind(text, q, sent, cue_starts, cues, inside, opens, known)
        sentence_of.append(k)
    if any(q["kind"] in ("title", "term") for q in found):
        _names_in_a_row(text, found)
    # a short quotation in the same sentence as someone's words is more of those words:
    # It’s “annihilating the Syrian people,” massacring “thousands ... of these crimes.”
    if not any(q["kind"] == "scare" for q in found):
        return found  # no scare quote to turn into speech: the words need not be counted
    speaking = {k for q, k in zip(found, sentence_of)
                if q["kind"] == "speech" and len(_QWORD.findall(text, q["start"], q["end"])) > _SCARE_MAX_WORDS}
    for q, k in zip(found, sentence_of):
        if q["kind"] == "scare" and k in speaking and not _SO_CALLED.search(text[max(0, q["open"] - 12):q["open"]]):
            q["kind"] = "speech"
    _listed_with_speech(text, found, sentence_of)
    return found


#: What joins the items of a list (Lee said Roe is a “loser,” a “liar” and a “whiner.”), or the writer's
#: words in square brackets between two stretches quoted from one source (a memo on a “Salafist” [Islamic]
#: “principality”: brackets mark what the writer adds inside someone's words).
_LISTED = re.compile(r"[\s,]*(?:\[[^\[\]\n]{1,40}\][\s,]*)?(?:(?:and|or|but)[\s,]+)?(?:(?:a|an|the)\s+)?")


def _listed_with_speech(text: str, found: list[dict], sentence_of: list[int]) -> None:
    """A short quotation listed right after (or before) someone's words in one sentence is more of the
    same words: the reporting word of the list goes with each item ("Lee said Roe is a “loser,” a “liar”
    and a “whiner”"; "a “liar” and a “cheat,” Lee said"). Not after a distancing word ("so-called")."""
    n = len(found)
    for pairs in ([(k, k + 1) for k in range(n - 1)], [(k, k - 1) for k in range(n - 1, 0, -1)]):
        for i, j in pairs:  # i: a quotation of someone's words; j: the one listed after (or before) it
            a, b = (i, j) if i < j else (j, i)
            qi, qj = found[i], found[j]
            if qi["kind"] == "speech" and qj["kind"] == "scare" and sentence_of[i] == sentence_of[j] \
                    and found[a]["close"] is not None and _LISTED.fullmatch(text, found[a]["close"] + 1, found[b]["open"]) \
                    and not _SO_CALLED.search(text[max(0, qj["open"] - 12):qj["open"]]):
                qj["kind"] = "speech"


_JOINED = re.compile(r"[\s,]*(?:(?:and|or)[\s,]+)?")
_TRIM = " \t\n,.;:!?"


def _names_in_a_row(text: str, found: list[dict]) -> None:
    """A name quoted again, or listed next to a title or a name, is one too: roles in “Big,” “Apollo 13,” and
    “Cast Away”; a play called “Los Hijos de Trump,” or “Sons of Trump”; later, “Sons of Trump” is …"""
    named: dict = {}  # the words of each title or term so far -> its kind
    prev = None
    for q in found:
        joined = prev is not None and prev["kind"] in ("title", "term") and prev["close"] is not None \
            and _JOINED.fullmatch(text, prev["close"] + 1, q["open"]) is not None
        if q["kind"] == "term" and (joined and prev["kind"] == "title"
                                    or named.get(text[q["start"]:q["end"]].strip(_TRIM)) == "title"):
            q["kind"] = "title"  # a name in a list of works is one more work; a work's name again is still one
        if q["kind"] in ("title", "term"):
            named.setdefault(text[q["start"]:q["end"]].strip(_TRIM), q["kind"])
        elif q["close"] is not None and q["kind"] in ("speech", "scare") and (named or joined):
            words = text[q["start"]:q["end"]].strip(_TRIM)
            if (words in named or joined) and in_title_case(text, q["start"], q["end"]):
                q["kind"] = named.get(words) or prev["kind"]  # the same name again; one more in a list of names
                named.setdefault(words, q["kind"])
        prev = q
