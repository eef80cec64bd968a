"""Titles in quotation marks: the name of a show, a book, an article or an ad is not someone's words.

English marks the title of a work with capitals on every word that matters ("Meet the Press", "The
Axe Files") and names it next to a word for the work ("his podcast", "an interview with", "the book
titled"), after the work's owner ("NBC's"), or with its author after it ("…," by Ann Lee). A
quotation that has those signs is a ``title``, not a quotation of someone, even in a sentence with
"said" in it: "Clinton said in an interview with “Fox News Sunday.”"

    >>> t = "Clinton said in an interview with “Fox News Sunday.” It was over."
    >>> quoted_title(t, t.index("“"), t.index("”"), 0, t.index(" It"))
    True
    >>> t = "“Make It Right,” Lee said."
    >>> quoted_title(t, 0, t.index("”"), 0, len(t))
    False
"""

from __future__ import annotations

import re

__all__ = ["quoted_title", "headline_cased", "in_title_case", "BY_AUTHOR", "TITLE_BEFORE", "TITLE_SMALL", "WORK_NOUNS",
           "work_noun_after"]

#: A word that says a title follows, at the end of the words before a quotation: "an article titled “…”".
TITLE_BEFORE = re.compile(
    r"(?<![\w-])(?:titled|entitled|headlined|headline|article|story|report|book|film|documentary|column|"
    r"op-ed|editorial|programme|program|song|poem|essay|study|paper|video|series|show)[\s,:]*$", re.IGNORECASE)
#: Words that may stand in lower case inside a title: "Face the Nation", "Orange Is the New Black".
TITLE_SMALL = frozenset("of the and for to in on a an at by or with from as is are its vs nor but de la "
                        "del le et".split())

#: Words for a work whose name follows them, maybe after a comma: "his podcast “The Axe Files”",
#: "a Web ad, “Playing Trump,”".
WORK_NOUNS = frozenset("""
titled entitled headlined headline headlines article articles story stories report reports book books film films
movie movies documentary documentaries column columns op-ed op-eds editorial editorials programme programmes
program programs song songs poem poems essay essays study studies paper papers video videos series show shows
podcast podcasts ad ads advert advertisement commercial spot album albums play plays musical musicals novel
novels memoir memoirs autobiography biography episode episodes broadcast newsletter newsletters blog magazine
newspaper sitcom opera anthem hymn segment segments special sketch
""".split())

#: A word for a work, or the work's owner, right before the quotation: "his podcast", "NBC’s", "CBS'", "on", "told",
#: "an interview with", "author of", "co-editor of", "appeared on", "episode of", "roles in", "starred in".
_WORK_BEFORE = re.compile(r"(?:\b(?P<noun>[A-Za-z][\w-]*)|[\w.&-][’']s|[^\W_][sS][’']|\binterview\s+with|"
                          r"\b(?:(?:co-?)?author|(?:co-?)?editor|(?:co-?)?host|star|creator|director|episode|producer)s?\s+of|"
                          r"\b(?:roles?|starred|starring|appeared|appearing)\s+in|\b(?:[Ss]peaking|[Ss]poke|[Tt]alking|[Tt]alked)\s+to)"
                          r"[ \t]*,?[ \t]*$")
#: A broadcaster's possessive right before a quotation: its initials in capitals ("NBC’s", "CBS'") or a word for
#: one ("the channel’s", "television’s"). What it owns in title case is a show.
_BROADCASTER_BEFORE = re.compile(r"(?:\b[A-Z]{2,6}|\b(?:[Cc]hannel|[Nn]etwork|[Tt]elevision|[Rr]adio|[Ss]tation))(?:[’']s|S[’'])"
                                 r"[ \t]*$")
#: The work's author after it: "“Met accused of whitewashing,” by Post's Ann Lee".
BY_AUTHOR = re.compile(r"[ \t]*,?[ \t]*(?:[—–-][ \t]*)?by[ \t]+(?:the[ \t]+)?[A-Z]")
#: A role the work gives someone, right after it: "“Orange Is the New Black” star Dascha Polanco".
_ROLE_AFTER = re.compile(r"[ \t]+(?:star|stars|host|hosts|co-host|creator|author|producer|actor|actress|"
                         r"cast|episode|showrunner)\b")
#: A noun phrase right after the quotation, its head a word for a work: "“Red Harbor,” a new documentary about …",
#: "“Blue Hour” -- a movie set in …", "“Long Road,” the cult series". Up to three words before the head noun.
_WORK_NOUN_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:(?:--|[—–])[ \t]*)?(?:a|an|the)[ \t]+((?:[\w’'-]+[ \t]+){0,3}[\w’'-]+)")
#: What may follow the head noun of that phrase: punctuation, or a word that starts what describes it (not a
#: verb: "“We Will Win,” a campaign ad says" gives the ad's words).
_AFTER_WORK_NOUN = re.compile(r"[ \t]*(?:[,.;:)—–!?]|--|$|(?:of|about|by|that|which|set|based|starring|from|on|in|"
                              r"for|with|written|directed|released|made)\b)")
_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d[\w’'-]*")
#: Thirteen words as ``_WORD`` reads them (a letter or digit, then letters, digits, apostrophes and hyphens), each
#: word read whole (no backtracking splits one): a match means a quotation has more words than a title may have.
_PAST_TWELVE = re.compile(r"(?:[\W_]*+[^\W_][\w’'-]*+){13}")


def in_title_case(text: str, start: int, end: int) -> bool:
    """Are the words of ``text[start:end]`` (one to twelve) in title case, as a work's name is written?

    >>> in_title_case("Face the Nation", 0, 15), in_title_case("face the music", 0, 14)
    (True, False)
    """
    words = _WORD.findall(text, start, end)
    return 1 <= len(words) <= 12 and _title_cased(words)


def _title_cased(words: list[str]) -> bool:
    """Every word that matters starts with a capital (or a digit), the first one too; not all capitals."""
    return bool(words) and (words[0][:1].isupper() or words[0][:1].isdigit()) and not all(w.isupper() for w in words if w[:1].isalpha()) \
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL for w in words)


def work_noun_after(after: str) -> bool:
    """Do the words ``after`` a quotation's closing mark start a noun phrase naming a kind of work ("a new
    documentary about …", "-- a movie set in …", "the cult series,")? Then the quotation is that work's name. A
    verb after the noun ("a campaign ad says") makes the quotation the work's words instead.

    >>> work_noun_after(", a new documentary about the war"), work_noun_after(" a campaign ad says")
    (True, False)
    """
    m = _WORK_NOUN_AFTER.match(after)
    if m is None:
        return False
    words = m.group(1).split()
    for k, w in enumerate(words):
        if w.lower() in WORK_NOUNS:
            rest = " ".join(words[k + 1:]) + after[m.end():]
            return _AFTER_WORK_NOUN.match(rest) is not None
    return False


def headline_cased(words_around: str) -> bool:
    """Do two in three of the words (three words at least) start with a capital, as in a headline?

    The one test of "these words are title-cased" around a quotation: a title in title case is only
    a sign of a work when the sentence around it is not a headline itself.

    >>> headline_cased("Trump Says The Plan Is"), headline_cased("Trump said the plan is"), headline_cased("Big Win")
    (True, False, False)
    """
    alpha = [w for w in _WORD.findall(words_around) if w[:1].isalpha()]
    return len(alpha) >= 3 and sum(w[:1].isupper() for w in alpha) * 3 >= len(alpha) * 2


def quoted_title(text: str, o: int, c: int, s0: int, s1: int) -> bool:
    """Does the quotation with marks at ``o`` and ``c`` (in the sentence ``text[s0:s1]``) name a work?

    Its words are in title case (at most 12 words, every word that matters capitalised) in a sentence that
    is not itself a headline, with a sign of a work: a word for the work or its owner before it, its
    author ("by …") after it, or a role in it after it ("star", "host").

    >>> t = "He said on “Meet the Press” that he would run."
    >>> quoted_title(t, t.index("“"), t.index("”"), 0, len(t))
    True
    >>> t = "“Orange Is the New Black” star Dascha Polanco spoke."
    >>> quoted_title(t, 0, t.index("”"), 0, len(t))
    True
    >>> t = "She was a guest on NBC’s “Today” twice."
    >>> quoted_title(t, t.index("“"), t.index("”"), 0, len(t))
    True
    >>> t = "He praised the “Gang of Four” and left."
    >>> quoted_title(t, t.index("“"), t.index("”"), 0, len(t))
    False
    """
    if c - o > 25 and _PAST_TWELVE.match(text, o + 1, c):
        return False  # a 13th word: too long for a title, and no need to read the rest (13 words need 25 characters)
    words = _WORD.findall(text, o + 1, c)
    if not words or not _title_cased(words):
        return False
    before = text[max(s0, o - 40):o].rstrip("'‘“\"")
    after = text[c + 1:min(len(text), c + 40)].lstrip("'’”\"")
    m = _WORK_BEFORE.search(before)
    noun = m.group("noun") if m else None
    sign = bool(m) and (noun.lower() in WORK_NOUNS or noun.lower() in ("on", "told") and len(words) >= 2 if noun
                        else len(words) >= 2)
    if not sign and len(words) == 1 and _BROADCASTER_BEFORE.search(before):
        sign = True  # NBC’s “Today”, the channel’s “Hannity”: a broadcaster's show, even in one word
    if not sign:
        if len(words) < 2:
            return False
        sign = bool(BY_AUTHOR.match(after) or _ROLE_AFTER.match(after)) or work_noun_after(after)
    if not sign:
        return False
    return not headline_cased(text[max(s0, o - 80):o] + " " + text[c + 1:min(s1, c + 80)])
