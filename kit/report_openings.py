"""What opens the words after a reporting word: a clause of their own or not ("said many riders pay more", "others
warn it could succeed"). kit.indirect_speech reads them to decide what an indirect quotation reports.

    >>> plain_words("Others warn it could succeed.")
    ['others', 'warn', 'it', 'could', 'succeed']
"""

from __future__ import annotations

import re

from .names import WORD, Article
from .relative_subjects import DETERMINERS

__all__ = ["NOT_BEFORE_VERB", "group_reports", "plain_words", "plural_subject_verb", "short_clause"]


def plain_words(text: str) -> list[str]:
    """The words of ``text`` in lower case, with a plain apostrophe and no full stop.

    >>> plain_words("Lee’s U.S. plan")
    ["lee's", 'u.s', 'plan']
    """
    return [w.lower().replace("’", "'").strip(".") for w in WORD.findall(text)]


#: Words that stand before a noun, not before a verb: "the", "of", "being" ("the established base").
NOT_BEFORE_VERB = DETERMINERS | {"a", "an", "so-called", "the", "and", "or", "of", "in", "on", "at", "by", "with",
                                  "to", "from", "for", "into", "than", "being", "been", "be"}


#: A plural noun: "riders", "bills", not "boss", "bus", "crisis" or "Lee's".
_PLURAL = re.compile(r"[a-z]{2,}[^su's]s")
#: The forms of "say": after them a determiner and a plural noun are a clause's subject, not an object
#: ("said many riders pay more"; "say" takes few plural objects).
_SAY_FORMS = frozenset({"say", "says", "said", "saying"})


def plural_subject_verb(art: Article, cue, words: list[str]) -> bool:
    """Do ``words``, the content right after a reporting word, open with a subject and its verb in the present
    ("many riders already pay more", "the bills pay for it"): a determiner, a plural noun (or one of the
    ``plural_nouns`` set), then an adverb of the ``adverbs`` set or, after a form of "say", a plain word that is no
    preposition or determiner, and more words after it?

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee said many riders pay more."]}), "example"))[0]
    >>> plural_subject_verb(art, art.cues[0], ["many", "riders", "pay", "more"])
    True
    >>> plural_subject_verb(art, art.cues[0], ["many", "riders", "in", "town"])
    False
    """
    if len(words) < 4 or words[0] not in DETERMINERS \
            or not (_PLURAL.fullmatch(words[1]) or words[1] in art.sets.plural_nouns):
        return False
    third = words[2]
    if third in art.sets.adverbs:
        return third not in _NOT_A_VERB_NEXT and words[3] not in _NOT_A_VERB_NEXT
    return art.text[cue[0]:cue[1]].lower() in _SAY_FORMS and third.isalpha() and third not in _NOT_A_VERB_NEXT \
        and not third.endswith(("ly", "ing", "s"))


#: Words after a plural noun that do not start its verb: prepositions, determiners, joining words.
_NOT_A_VERB_NEXT = NOT_BEFORE_VERB | {"about", "who", "which", "that", "whose", "over", "under", "as", "and",
                                       "but", "so", "because", "while", "though", "although", "if", "when",
                                       "whereas", "yet", "now", "than", "up", "out", "off", "down", "there", "here",
                                       "did", "does", "do", "not", "only", "even", "too"}


def short_clause(art: Article, words: str) -> bool:
    """Are the few ``words`` after a reporting word a clause of their own ("it could succeed", "they will stay")? Then
    they are what was said, not a time ("on Monday") after a report of the clause before.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": ["Lee said so."]}),
    ...                                         "example"))[0]
    >>> short_clause(art, " it could succeed"), short_clause(art, " on Monday")
    (True, False)
    """
    low = plain_words(words)
    sets = art.sets
    return len(low) > 1 and (low[0] in sets.pronouns_person | sets.pronouns_other | {"you", "there"}
                             or any(w in sets.auxiliaries for w in low[1:]))


def group_reports(art: Article, pos: int) -> bool:
    """Does a group of people with a reporting verb of its own start at ``pos``, after ", but" or ", and": "others
    warn …", "many experts say …" (a word of the ``anonymous_words`` set of data/word_sets.csv, perhaps after a
    determiner)? Then what follows is their report, not the first speaker's.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Some say it will fail, but others warn it could succeed."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> group_reports(art, t.index("others")), group_reports(art, t.index("it could"))
    (True, False)
    """
    words = list(WORD.finditer(art.text, pos, pos + 50))[:4]
    for k in range(1, len(words)):
        if words[k].start() in art.cue_starts:
            low = [w.group(0) for w in words[:k]]
            return low[-1] in art.sets.anonymous_words and all(w in DETERMINERS for w in low[:-1]) \
                and not re.search(r"[^\w\s’'-]", art.text[pos:words[k].start()])
    return False
