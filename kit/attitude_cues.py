"""Feelings and judgements reported with "be" and an adjective: "Voters are wary of the plan", "Lee was
critical of the deal", "Officials are hopeful that talks resume" (issue 22, the rule ``rule:attitude``).

Such a sentence reports how someone feels about something or judges it, as "Lee fears the plan" or
"Lee criticised the deal" does, with no reporting verb. It counts as an attribution cue when all of these hold:

- a person or a group is the subject: "he", "she", "they", "who", a word written with a capital (a name: "Lee",
  "Democrats"; not a word of the ``stop_caps`` set of data/word_sets.csv such as "The" or "It"), a word for
  people of the ``anonymous_words`` set ("officials", "critics", "many"), or a quantifier ("many", "some",
  "most", "most of the") and a plural noun for people, with up to one word between ("Many parents", "some local
  teachers"): a
  word of the ``anonymous_words`` or ``plural_nouns`` set, the plural of a ``description_nouns`` word
  ("nurses"), the plural of a word for a body of people or a state of the ``org_words`` or ``places`` set
  ("governments", "parties", "groups", "states", "nations", "countries"), or a plural of a person who does something ("voters", "doctors", "scientists", "residents",
  "musicians", "servants", :data:`PEOPLE_PLURAL`);
- then a form of "be" (or "seem", "feel", "remain", "grow", "become"), up to two small words ("not",
  "deeply", "also"), and a word of feeling or judgement (the ``attitude_adjectives`` set: "wary", "hopeful",
  "critical", "confident");
- then what the feeling is about: "of", "about", "with", "that", "over", "on", "at", "by", "for", "toward".
  "She is eager to win" (an intention) or "they were shocked." (no object) do not count;
- the words are the writer's, outside quotation marks, and no reporting word comes earlier in their sentence:
  in "Lee said she was confident that …" the report is "said", and "confident" is part of what was said.

Like "sees … as", it reports a view, not words: ``kit.quotes`` gives it no row (:func:`attitude_word`).

>>> t = "Officials are deeply skeptical of the plan. Lee said he was confident that it would pass."
>>> [t[s:e] for s, e in attitude_cues(t, [(48, 52)], [(0, 0, 43), (0, 44, len(t))], [])]
['skeptical']
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right

from .wordsets import WordSets, word_sets

__all__ = ["attitude_cues", "attitude_phrases", "attitude_word", "ATTITUDE_RULE", "ATTITUDE_NOTE", "ABOUT_WORDS",
           "QUANTIFIERS", "PEOPLE_PLURAL", "plural"]

#: The name of the rule in ``kit.annotate``'s ``term`` and ``rule`` columns (see ``kit.spans.RULES``).
ATTITUDE_RULE = "rule:attitude"

#: What ``kit.explain`` says about a flag of the rule.
ATTITUDE_NOTE = ("A person or a group, a form of 'be' and a word of feeling or judgement with what it is about "
                 "('Voters are wary of the plan', 'Lee was critical of the deal') report how someone feels or "
                 "what they think, as 'fears' or 'criticised' would. Check how the writer knows it.")

_PRONOUNS = ("he", "she", "they", "who")
#: Words of quantity before a plural noun: "Many parents", "Most voters", "Some teachers".
QUANTIFIERS = ("many", "some", "most", "few", "several", "numerous", "countless", "all", "both")
#: The endings of a plural noun for a person who does something or belongs somewhere: "voters", "doctors",
#: "scientists", "residents", "musicians", "veterans", "servants", "employees", "relatives" (English makes such
#: nouns with these endings). kit.described_subjects uses it too, for "Border Patrol agents".
PEOPLE_PLURAL = r"[a-z][a-z-]+(?:ers|ors|ists|ents|ants|ans|ees|ives)"
_LINKS = (r"(?:am|is|are|was|were|be|been|being|[’']s|[’']re|remain|remains|remained|seem|seems|seemed|appear|"
          r"appears|appeared|feel|feels|felt|become|becomes|became|grow|grows|grew|got|get|gets)")
_SMALL = r"(?:not|n[’']t|never|still|also|very|so|too|more|less|most|quite|now|all|both|even|equally|[a-z]+ly)"


#: The words that say what a feeling is about ("wary of", "hopeful that"); "to" is left out: "eager to win" is an
#: intention, not a view of something.
ABOUT_WORDS = ("of", "about", "with", "that", "over", "on", "at", "by", "for", "toward", "towards")


def attitude_phrases(sets: WordSets) -> list[str]:
    """The phrases an adjective of the ``attitude_adjectives`` set makes with a word of :data:`ABOUT_WORDS`: what
    ``kit.annotate`` finds in its one pass over a text with the word lists, then checks with :func:`attitude_cues`.

    >>> "wary of" in attitude_phrases(word_sets())
    True
    """
    return [f"{adjective} {word}" for adjective in sorted(sets.attitude_adjectives) for word in ABOUT_WORDS]


def plural(noun: str) -> str:
    """The plural English makes of a regular noun: "country" -> "countries", "agency" -> "agencies", "press" ->
    "presses", "group" -> "groups".

    >>> [plural(w) for w in ("country", "group", "day", "church")]
    ['countries', 'groups', 'days', 'churches']
    """
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "z", "ch", "sh")) else "s")


@functools.lru_cache(maxsize=4)
def _before(sets: WordSets):
    """The subject and the form of "be" that end right before the adjective, for one version of the word sets (a
    teacher's edit of the file makes a new version), and the capitalised words that are no person."""
    people = "|".join(sorted(map(re.escape, set(_PRONOUNS) | sets.anonymous_words), key=len, reverse=True))
    bodies = {plural(word) for word in sets.org_words | sets.places if word.isalpha()}  # "governments", "countries"
    plurals = "|".join(sorted(map(re.escape, sets.anonymous_words | sets.plural_nouns | bodies
                                  | {f"{noun}s" for noun in sets.description_nouns}),
                              key=len, reverse=True))
    group = (rf"(?i:{'|'.join(QUANTIFIERS)})[ \t]+(?:of[ \t]+(?:the|these|those|their|our|its)[ \t]+)?"
             r"(?:[a-z][a-z-]*[ \t]+)?"  # "Many parents", "some local teachers", "most of the teachers"
             rf"(?:{PEOPLE_PLURAL}|{plurals})")
    before = re.compile(
        rf"(?<![\w’'-])(?P<subject>{group}|(?i:{people})|(?-i:[A-Z])[\w’'.-]*)(?:[ \t]+|(?=[’']))"
        rf"(?i:(?:has[ \t]+|have[ \t]+|had[ \t]+)?{_LINKS})[ \t]+(?i:{_SMALL}[ \t]+){{0,2}}$")
    return before, (sets.stop_caps | sets.adverbs) - sets.anonymous_words - set(_PRONOUNS)


@functools.lru_cache(maxsize=4)
def _phrase_matcher(sets: WordSets):
    from .phrases import PhraseMatcher

    return PhraseMatcher((phrase, phrase) for phrase in attitude_phrases(sets))


def _inside(spans, pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def attitude_cues(text: str, cues, bounds, quotations, candidates=None, sets: WordSets | None = None):
    """The (start, end) of each word of feeling or judgement that reports someone's view (see the module's
    description). ``cues`` are the (start, end) of the reporting words found already, ``bounds`` the sentences as
    (paragraph, start, end), ``quotations`` the quotations found (dicts with ``open`` and ``close``).
    ``candidates`` are the (start, end) of the phrases of :func:`attitude_phrases` in the text, when found
    already (``kit.annotate`` finds them with the word lists); without them they are looked for here.

    >>> t = "They were furious at the delay. It is sure of nothing. She is eager to win."
    >>> [t[s:e] for s, e in attitude_cues(t, [], [(0, 0, 31), (0, 32, 54), (0, 55, len(t))], [])]
    ['furious']
    """
    sets = sets or word_sets()
    if candidates is None:
        candidates = [(s, e) for s, e, _phrase in _phrase_matcher(sets).find(text)]
    if not candidates:
        return []
    before, not_people = _before(sets)
    found = []
    quoted = starts = cue_starts = None
    for s, e in candidates:
        b = before.search(text, max(0, s - 60), s)
        if b is None:
            continue
        subject = b.group("subject")
        if subject[:1].isupper() and subject.lower() in not_people:
            continue  # "The", "It", "However": not a person
        if quoted is None:  # made when a first candidate is found: most texts have none
            quoted = [(q["open"], q["close"] if q.get("close") is not None else len(text)) for q in quotations]
            starts = [st for _p, st, _e in bounds]
            cue_starts = sorted(st for st, _e in cues)
        if _inside(quoted, s):
            continue  # someone else's words: the report is the verb that gives them
        k = bisect_right(starts, b.start()) - 1
        sentence = bounds[k][1] if k >= 0 else 0
        i = bisect_right(cue_starts, b.start()) - 1
        if i >= 0 and cue_starts[i] >= sentence:
            continue  # "Lee said she was confident that …": part of what Lee said
        found.append((s, s + len(text[s:e].split()[0])))
    return found


def attitude_word(word: str, sets: WordSets) -> bool:
    """Is ``word`` (a cue's text) a word of feeling or judgement? It reports a view, so no quotation is speech by
    it and ``kit.quotes`` gives it no row.

    >>> attitude_word("Wary", word_sets()), attitude_word("said", word_sets())
    (True, False)
    """
    return word.lower() in sets.attitude_adjectives
