"""Short mentions: which person a shorter form of a name stands for in an article ("Lavrov" or "Mr Wang" after
"Sergei Lavrov" and "Wang Yi"), and which of two people who share a name a short mention goes to.

The rule is the same for every name order: a full name is its own person unless its words fit a longer name
of the article ("Bashar Assad" is "Bashar al-Assad"; "Pavel Lavrov" is not "Sergei Lavrov"), and a one-word
mention after two or more people of that name goes to the one named last before it in the same paragraph,
else to the one the article names in full most often, with a note saying which.

    >>> same_person("Bashar Assad", "Bashar al-Assad"), same_person("Sergei Lavrov", "Pavel Lavrov")
    (True, False)
    >>> named = [(0, "Sergei Lavrov"), (40, "Pavel Lavrov"), (90, "Sergei Lavrov")]
    >>> short_mention("Lavrov", 60, named)
    ('Pavel Lavrov', "'Lavrov' taken to be Pavel Lavrov, named in full earlier in the paragraph (the article names 2 people called Lavrov)")
    >>> short_mention("Lavrov", 60, named, paragraph=50)[0]
    'Sergei Lavrov'
"""

from __future__ import annotations

import bisect
import functools
import re

from .per_article import kept_per_article
from .person_names import PARTICLE_PREFIX, family_name_people, one_edit, person_key

__all__ = ["same_person", "short_mention", "told_apart", "called", "full_name_for", "person_for", "plain_full_name", "family_named"]


def _name_words(name: str) -> list[str]:
    """The words of a name in lower case, without particles ("al-", "bin"), full stops and abbreviations
    ("Pres.")."""
    words = (PARTICLE_PREFIX.sub("", w).strip(",’'").lower() for w in name.split())
    return [w.strip(".") for w in words if w and w not in ("al", "el", "bin", "ibn", "abu")
            and not (w.endswith(".") and len(w) > 2 and "." not in w[:-1])]  # "Pres.", not "J." nor "H.W."


def _word_fits(short: str, long: str) -> bool:
    """"J." fits "John", "Ken" fits "Kenneth", "Hilary" fits "Hillary" (a slip of one letter)."""
    return short == long or long.startswith(short) and (len(short) == 1 or len(short) >= 3) \
        or min(len(short), len(long)) >= 5 and one_edit(short, long)


def same_person(a: str, b: str) -> bool:
    """Can the two names be one person: is every word of the shorter one a word (or the initial of a word) of
    the longer one ("Donald Trump", "Donald J. Trump"; "Jonathan Braga", "J. Braga")?

    >>> same_person("Wang Yi", "Wang Wenbin"), same_person("Donald J. Trump", "Donald Trump")
    (False, True)
    """
    return _same_person(a, b)


@functools.lru_cache(maxsize=1 << 16)
def _same_person(a: str, b: str) -> bool:
    """:func:`same_person`, each pair of names worked out once (an article asks about the same pairs again and
    again)."""
    wa, wb = _name_words(a), _name_words(b)
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return all(any(_word_fits(s, w) for w in long) for s in short)


def _people(named) -> list[tuple[int, str]]:
    """The different people among ``named`` ((position, full name) in text order): (last position, the
    longest form of the name), one per person."""
    people: list[list] = []
    for pos, name in named:
        for person in people:
            if same_person(name, person[1]):
                person[0] = max(person[0], pos)
                person[1] = max(person[1], name, key=len)
                break
        else:
            people.append([pos, name])
    return [(p, n) for p, n in people]


def full_name_for(name: str, named) -> str:
    """The longest full name of ``named`` ((position, name) pairs) that can be the same person as the full
    name ``name``; ``name`` itself if none can ("Pavel Lavrov" beside "Sergei Lavrov").

    >>> full_name_for("Pavel Lavrov", [(0, "Sergei Lavrov"), (9, "Pavel Lavrov")])
    'Pavel Lavrov'
    """
    return max((n for _p, n in named if same_person(name, n)), key=len, default=name)


def short_mention(word: str, pos: int | None, named, paragraph: int = 0) -> tuple[str, str] | None:
    """The person a one-word mention ``word`` at ``pos`` stands for, when ``named`` ((position, full name)
    pairs: the article's full names that ``word`` can shorten) holds two or more different people, and a note
    that says why: the one named last before ``pos`` in the same paragraph (which starts at ``paragraph``),
    as a writer who names a second person of that name and then writes the name alone means that one; else
    the first one the article names (a writer introduces the main person of that name first, and names the
    others in full to tell them apart). None when ``named`` holds fewer than two people, or ``pos`` is not known.

    >>> short_mention("Wang", 60, [(0, "Wang Yi"), (26, "Wang Wenbin")])[0]
    'Wang Wenbin'
    """
    people = _people(named)
    if len(people) < 2 or pos is None:
        return None
    named = _first_positions(named, people)
    near = [(p, n) for p, n in named if paragraph <= p < pos]
    if near:
        chosen = max(near)[1]
        return chosen, f"'{word}' taken to be {chosen}, named in full earlier in the paragraph " \
                       f"(the article names {len(people)} people called {word})"
    chosen = min(named)[1]
    return chosen, f"'{word}' taken to be {chosen}, the first of the {len(people)} people called {word} " \
                   "that the article names"


def _first_positions(named, people) -> list[tuple[int, str]]:
    """Every (position, person) of ``named``, each name written as its person's longest form."""
    return [(p, next(n for _q, n in people if same_person(name, n))) for p, name in named]


def plain_full_name(art, s: int, name: str) -> bool:
    """Is ``name``, a person's name found at ``s`` in the article ``art``, a full name of two or three words
    outside a heading, whose first word the article never writes in lower case ("Ann Lee"; not "Stated Lee",
    "Rival Ann Lee")? Only these count as people for :func:`short_mention`.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Minister Wang Yi said no. Spokesman Wang Wenbin said yes. Wang said later."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> plain_full_name(art, t.index("Wang Yi"), "Wang Yi")
    True
    """
    words = name.split()
    h = bisect.bisect_right(art.heading_starts, s) - 1
    return len(words) in (2, 3) and not (h >= 0 and s < art.headings[h][1]) \
        and not art.written_lower(words[0].lower().replace("’", "'"))


def family_named(art, word: str) -> list[tuple[int, str]]:
    """(start, full name) of each time the article ``art`` names one of two or more people whose name opens with
    ``word`` (lower case) written as a family name ("Wang Yi", "Wang Wenbin"):
    :func:`kit.person_names.family_name_people`.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Minister Wang Yi said no. Spokesman Wang Wenbin said yes. Wang said later."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> [name for _start, name in family_named(art, "wang")]
    ['Wang Yi', 'Wang Wenbin']
    """
    named = [(p, n) for found in art.full_names.values() for p, n in found if n.split()[0].lower() == word]
    if len({n for _p, n in named}) < 2:
        return []  # one person or none opens with the word: no text to read
    people = family_name_people(word, [n for _p, n in named], art.text)
    return sorted((p, n) for p, n in named if n in people)


def _sex_word(sets, word: str) -> str:
    """"m" for a word of the ``man_words`` set of data/word_sets.csv ("mr.", "husband"), "f" for one of
    ``woman_words`` ("mrs.", "wife"), "" for any other word."""
    word = word.lower()
    return "m" if word in sets.man_words else "f" if word in sets.woman_words else ""


#: The word right before a name, perhaps with a comma between: "Mrs. Berg", "her husband, Tom Berg".
_WORD_BEFORE = re.compile(r"([\w.’']+)[ \t]*,?[ \t]*$")


@kept_per_article  # asked again for each short mention of the same person (told_apart, called)
def _said_to_be(art, start: int) -> str:
    """What the words right before a name at ``start`` say about the person: "m" ("Mr. Tom Berg", "her
    husband Tom Berg"), "f" ("Mrs. Anna Berg", "his wife, Anna Berg") or "" (nothing)."""
    m = _WORD_BEFORE.search(art.text, max(0, start - 30), start)
    return _sex_word(art.sets, m.group(1)) if m else ""


@kept_per_article  # the same person is asked about for each "he" or "she" near them: read once per article
def called(art, name: str) -> set[str]:
    """What the words right before each full mention of the person ``name`` in the article ``art`` say about
    them: {"m"} for "her husband Tom Berg" or "Mr. Tom Berg", {"f"} for "Mrs. Anna Berg" or "his wife, Anna
    Berg", an empty set when nothing is said (names alone tell nothing: no list of first names is used).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Anna Berg spoke. Her husband Tom Berg disagreed."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> called(art, "Tom Berg"), called(art, "Anna Berg")
    ({'m'}, set())
    """
    return {_said_to_be(art, p) for p, n in art.full_names.get(person_key(name), ())
            if same_person(n, name)} - {""}


def told_apart(art, word: str, pos: int | None, named) -> tuple[str, str] | None:
    """The person a one-word name ``word`` with a title at ``pos`` ("Mrs. Berg") stands for, when ``named`` ((position, full
    name) pairs) holds two or more people of that name and the title says a woman ("Mrs.", "Ms.", "Miss") or a
    man ("Mr."): the one person the text does not call the other ("her husband Tom Berg", "Mr. Tom Berg"),
    with a note. None when the title says nothing, or the text does not tell the people apart: then the usual
    rule (:func:`short_mention`) decides.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Anna Berg spoke. Her husband Tom Berg disagreed. Mrs. Berg said no."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> told_apart(art, "Berg", t.index("Mrs."), [(0, "Anna Berg"), (t.index("Tom"), "Tom Berg")])[0]
    'Anna Berg'
    """
    if pos is None:
        return None
    title = re.match(r"[\w.]+", art.text[pos:pos + 6])
    sex = _sex_word(art.sets, title.group(0)) if title else ""
    if not sex:
        return None
    people = _people(named)
    said = {n: {_said_to_be(art, p) for p, m in named if same_person(m, n)} - {""} for _q, n in people}  # not called():
    # ``named`` may hold family names written first ("Wang Yi"), which art.full_names keys by another word
    other = [n for _q, n in people if said[n] and sex not in said[n]]
    left = [n for _q, n in people if n not in other]
    if not other or len(left) != 1:
        return None
    return left[0], f"'{title.group(0)} {word}' taken to be {left[0]}: the text calls " \
                    f"{' and '.join(other)} by a word for a {'woman' if sex == 'm' else 'man'}"


def person_for(art, name: str, pos: int | None = None) -> tuple[str, str]:
    """(The fullest form of a person's name in the article ``art`` (a :class:`kit.names.Article`), a note) for
    the name ``name`` found at ``pos``: "Lee" -> "Ann Lee"; "Wang" or "Mr Wang" -> "Wang Yi" when no known name
    ends in "Wang" (:func:`kit.person_names.family_name_for`); a one-word mention after two people of that name
    goes to one of them (:func:`short_mention`, with its note). A surname of six letters or more that is one
    letter off a known one, and never written with a first name or a title, is taken to be that person
    misspelt ("Surkovikin" -> "Sergei Surovikin"), with a note.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Minister Wang Yi said no. Spokesman Wang Wenbin said yes. Wang said later."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> person_for(art, "Wang", t.index("Wang said"))[0]
    'Wang Wenbin'
    """
    key = person_key(name)
    one_word = " " not in name.strip()
    known = art.persons.get(key, "")
    named = art.full_names.get(key, ())
    para = art.para_starts[bisect.bisect_right(art.para_starts, pos) - 1] if pos is not None and art.para_starts \
        and pos >= art.para_starts[0] else 0
    if known and not one_word:
        return (known if same_person(name, known) else full_name_for(name, named)), ""
    if one_word and " " in known:  # "Lee" after "Ann Lee", or after "Ann Lee" and "Tom Lee"
        people = _people(named)
        told = told_apart(art, name, pos, named) if len(people) > 1 else None
        return told or short_mention(name, pos, named, para) or (people[0][1] if len(people) == 1 else known, "")
    if one_word and art.family_first(key):  # "Wang Yi … Wang said", also after "Mr Wang"
        return art.family_first(key), ""
    if one_word:
        shared = short_mention(name, pos, family_named(art, key), para)  # "Wang" after "Wang Yi" and "Wang Wenbin"
        if shared:
            return shared
    if known:
        return known, ""
    if len(key) >= 6 and one_word:
        if art.persons_by_shape is None:  # the known surnames by first letter and length, once
            art.persons_by_shape = {}
            for k in art.persons:
                if len(k) >= 6:
                    art.persons_by_shape.setdefault((k[0], len(k)), []).append(k)
        near = [k for n in (len(key) - 1, len(key), len(key) + 1)
                for k in art.persons_by_shape.get((key[0], n), ()) if one_edit(k, key)]
        if len(near) == 1:
            found = art.persons[near[0]]
            return found, f"'{name}' taken to be {found}, a name one letter different"
    return name, ""
