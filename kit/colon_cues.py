"""The colon that gives someone's words: "Lee: The plan is dead" (issue 22); and "To Lee, …" opening a
sentence, which gives Lee's view (:func:`view_openers`, the rule ``rule:to-someone``). Both are attribution
cues with no reporting word, found by a look at each colon or each "To", not by a word list.

A headline, a line of a transcript or a sentence that names someone and then puts a colon before their
words attributes those words as "said" does, with no verb at all. :func:`speaker_colons` finds such colons
in a text; :func:`kit.spans.find_spans` flags them as attribution cues (the rule ``rule:speaker-colon``), so
``kit.annotate``, the quotation rules (a quoted phrase after it is someone's words, not a scare quote) and
``kit.quotes`` (who said it) all see one and the same cue.

A colon counts when the words right before it end in a name that the article uses again elsewhere (so
"The Latest: …", "Breaking: …" and "Here they are: …" do not count) and

- it follows the name that opens the text, a headline ("Cruz: Trump Would …"; the name as
  ``kit.quote_grammar.NAME_COLON`` reads it, up to four capitalised words), or a headline of one to six
  words that ends in a word for a source that is not a name ("Poll: Lee Leads", "IG report: …", "Insiders: …";
  the ``document_nouns``, ``message_nouns`` and ``anonymous_words`` of data/word_sets.csv);
- or it ends the label of a transcript's turn, as ``kit.transcripts.TRANSCRIPT_LABEL`` reads it (a name in
  capitals at the start of a line, "TAPPER: Do you think …", or after the end of a sentence when the
  transcript is one paragraph), and the same name opens another turn (a list "IOWA: …", "NEVADA: …" is no
  transcript); in a dialogue (two speakers with two turns or more each) the names need not be used again;
- or a quotation mark follows it ("… pollster Daron Shaw: “Historically, …”").

>>> t = "Cruz: Trump Would Put Liberals On Court.\\nSen. Ted Cruz spoke on Sunday. The Latest: rain."
>>> [(s, t[s - 4:e]) for s, e in speaker_colons(t)]
[(4, 'Cruz:')]
"""

from __future__ import annotations

import re

from .quote_grammar import NAME_COLON
from .transcripts import TRANSCRIPT_LABEL

__all__ = ["speaker_colons", "colon_kinds", "view_openers", "COLON_RULE", "VIEW_OPENER_RULE"]

#: The name of the rule in ``kit.annotate``'s ``term`` and ``rule`` columns (see ``kit.spans.RULES``).
COLON_RULE = "rule:speaker-colon"
#: The rule of "To Lee, …" opening a sentence (:func:`view_openers`).
VIEW_OPENER_RULE = "rule:to-someone"

# the capitalised word right before a colon (a name, "TAPPER"); a colon of a time ("8:00") or of an address
# ("https:") has no space or a capital after it
_LAST_WORD = re.compile(r"(?<![\w’'-])([A-Z][\w’'.-]*)\s*$")
_AFTER = re.compile(r":[ \t]+(?=[\"“‘'A-Z0-9])")
_QUOTE_AFTER = re.compile(r":\s*[\"“‘]|:\s*''")
_THE = re.compile(r"\b[Tt]he\s+$")
#: A name after one of these words is not who speaks: "he said of Congress: “…”", "wrote to Roffman: “…”".
_PREPOSITION = re.compile(r"\b(?:of|to|with|about|at|from|for|on|in|by|and)\s+$", re.IGNORECASE)
#: The end of a sentence: not the full stop of "Mr." or "Sen." (a lower-case word of three letters or more,
#: a digit or a closing mark before it).
_SENTENCE_END = re.compile(r"(?:[a-z]{3,}|\d|[\"”’)])[.!?][\"”’']?\s")
#: The last end of a sentence before a transcript's label: "(END VIDEO CLIP.) TAPPER: …".
_SENTENCE_BREAK = re.compile(r"[.?!)…][\"”’]?\s+")
_AFTER_LINE_OPENER = re.compile(r"[ \t]+[\"“‘'A-Z]")


def _named_again(text: str, word: str, at: int) -> bool:
    """Is ``word`` (a name) used again in ``text``, elsewhere than at ``at`` and not as the opening of a
    line of a transcript ("TAPPER:")? A word in capitals is looked for as a name ("Tapper")."""
    word = word.rstrip(".’'")
    if len(word) < 2:
        return False
    name = word.capitalize() if word.isupper() and len(word) > 2 else word
    n, size = len(text), len(name)
    i = text.find(name)
    while i >= 0:  # str.find, not a regular expression over the whole text: this runs for every candidate
        end = i + size
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_’'-")) \
                and (end == n or not (text[end].isalnum() or text[end] in "_-")) \
                and abs(i - at) > len(word) and not text.startswith(":", end) \
                and not _THE.search(text, max(0, i - 5), i):
            return True  # "The Latest on the race" does not name anyone
        i = text.find(name, i + 1)
    return False


def _speaker_before(text: str, colon: int, cues, headline: bool = False) -> bool:
    """Do the words before ``text[colon]`` end in a name used again in the text, with no preposition
    before it ("said of Roe:") and no reporting word earlier in its sentence ("Lee told the Post:")?
    In a headline the name opens the text."""
    if headline:  # the name that opens a headline (kit.quote_grammar.NAME_COLON), its last word
        before = NAME_COLON.match(text, 0, colon + 2)
        last = before.end("name") - len(before.group("name").split()[-1]) if before else -1
    else:
        before = _LAST_WORD.search(text, max(0, colon - 40), colon)
        last = before.start(1) if before else -1
    if last < 0 or _PREPOSITION.search(text, max(0, last - 6), last):
        return False
    ends = list(_SENTENCE_END.finditer(text, max(0, colon - 400), colon))
    sentence = max(ends[-1].end() if ends else 0, text.rfind("\n", 0, colon))
    if any(sentence <= s < colon for s, _e in cues):
        return False  # the verb is the cue
    return _named_again(text, text[last:before.end(before.lastindex)], last)


def _source_before(text: str, colon: int, cues) -> bool:
    """Does the headline before ``text[colon]`` (one to six words, no end of a sentence) end in a word for a
    source that is not a name: a report, a poll, a letter or a group ("Poll:", "IG report:", "Insiders:")?
    The words are the ``document_nouns``, ``message_nouns`` and ``anonymous_words`` sets of
    data/word_sets.csv, read when a headline has such a colon (a teacher's edit counts at once).

    >>> _source_before("Poll: Lee leads in Ohio.", 4, []), _source_before("Here is the plan: go.", 16, [])
    (True, False)
    """
    before = text[:colon]
    words = before.split()
    if not 1 <= len(words) <= 6 or any(mark in before for mark in ".!?\n") or any(s < colon for s, _e in cues):
        return False
    from .wordsets import word_sets

    sets = word_sets()
    last = words[-1].strip("’'\"“”").lower()
    return last in sets.document_nouns or last in sets.message_nouns or last in sets.anonymous_words


def speaker_colons(text: str, cues=()) -> list[tuple[int, int]]:
    """The (start, end) of each colon in ``text`` that gives the words of the one named before it (or of the
    source a headline names: "Poll: …").

    >>> t = "Jake Tapper met Mary Fallin.\\nTAPPER: Why now?\\nFALLIN: Because.\\nTAPPER: And?\\nFALLIN: No."
    >>> [t[s - 6:e] for s, e in speaker_colons(t)]
    ['TAPPER:', 'FALLIN:', 'TAPPER:', 'FALLIN:']
    >>> speaker_colons("Here is the plan: “Go.” The result: nothing.")
    []
    """
    return [(c, c + 1) for c in sorted(dict(colon_kinds(text, cues)))]


def colon_kinds(text: str, cues=()) -> list[tuple[int, str]]:
    """(offset, kind) of each colon :func:`speaker_colons` finds: kind ``headline``, ``source`` (a headline
    that opens with a word for a source: "Poll: …"), ``transcript`` or ``before-quote``. ``cues`` are the
    (start, end) of the reporting words found already: "Lee said of Roe: “…”" has its cue in "said", and the
    colon is not another one.

    >>> colon_kinds("Lee: Go.\\nLee Roe left.")
    [(3, 'headline')]
    """
    if ":" not in text:
        return []
    found = {}
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    colon = text.find(":", 0, first_end)
    if 0 <= colon and _AFTER.match(text, colon):
        if _speaker_before(text, colon, cues, headline=True):
            found[colon] = "headline"  # a headline: "Cruz: Trump Would …"
        elif _source_before(text, colon, cues):
            found[colon] = "source"  # a headline: "Poll: Lee Leads in Ohio"
    openers, quoted = [], []
    colon = text.find(":")
    while colon >= 0:  # one look at each colon: texts hold few
        line = text.rfind("\n", 0, colon) + 1
        if _AFTER_LINE_OPENER.match(text, colon + 1):
            # a turn of a transcript (kit.transcripts.TRANSCRIPT_LABEL) at the start of a line, or after the
            # end of a sentence when the transcript runs on in one paragraph: "… (END VIDEO CLIP.) TAPPER: …"
            start = line if colon - line <= 40 else None
            if start is None or not TRANSCRIPT_LABEL.match(text, start):
                ends = list(_SENTENCE_BREAK.finditer(text, max(line, colon - 40), colon))
                start = ends[-1].end() if ends else None
            m = TRANSCRIPT_LABEL.match(text, start) if start is not None else None
            if m and m.end() == colon + 2:
                openers.append((m.group("label"), colon))
        if _QUOTE_AFTER.match(text, colon):
            quoted.append(colon)
        colon = text.find(":", colon + 1)
    speakers = [name.split()[-1].rstrip(".").lower() for name, _c in openers]
    # a dialogue: two speakers or more with two lines or more each ("BOLDUAN: …", "BENENSON: …")
    # ("Q:" and "A:" of an interview are no names)
    dialogue = len({last for last in speakers if speakers.count(last) > 1 and len(last) > 1}) > 1
    for (name, at), last in zip(openers, speakers):  # a transcript: "TAPPER: …", each speaker on two lines or more
        if speakers.count(last) > 1 and len(last) > 1 and (dialogue or _named_again(text, name.split()[-1], at - len(last))):
            found.setdefault(at, "transcript")
    for at in quoted:  # "… Daron Shaw: “Historically, …”"
        if at not in found and _speaker_before(text, at, cues):
            found[at] = "before-quote"
    return sorted(found.items())


# "To" opening a sentence, then a name (up to four capitalised words: "To Ms. Kim Roe,") or one word for people
# ("To many,"), then a comma
_TO_OPENER = re.compile(r"To[ \t]+(?:(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})|(?P<word>[a-z]+)),")
# what comes right before a sentence's first word: the end of the one before, or a new line
_BEFORE_SENTENCE = re.compile(r"(?:[.!?…][\"”’')\]]*[ \t]+|\n[ \t]*)$")
_PEOPLE_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})


def view_openers(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each "To" that opens a sentence and gives what follows as someone's view: "To Lee,
    the plan is a mistake", "To many, he is a hero" (a name, a pronoun or a word for people of the
    ``anonymous_words`` set of data/word_sets.csv, then a comma). "To win, …", "To date, …" and a "To" inside a
    sentence ("Mayor Apologizes To Lee") do not count. Like "sees … as", it reports a view, not words, so
    ``kit.quotes`` gives it no row ("to" is in the ``view_verbs`` set).

    >>> t = "To Ms. Lee, the plan is a mistake. To win, she needs Ohio. Roe Apologizes To Kim, Again. To many, it is."
    >>> [(s, t[s:s + 12]) for s, e in view_openers(t)]
    [(0, 'To Ms. Lee, '), (89, 'To many, it ')]
    """
    found, sets = [], None
    i = text.find("To ")
    while i >= 0:
        if i == 0 or _BEFORE_SENTENCE.search(text, max(0, i - 6), i):
            m = _TO_OPENER.match(text, i)
            if m and m.group("word"):
                if sets is None:  # read only when a sentence opens so ("To many,"): a teacher's edit counts at once
                    from .wordsets import word_sets

                    sets = word_sets()
                if m.group("word") not in _PEOPLE_PRONOUNS and m.group("word") not in sets.anonymous_words:
                    m = None
            if m:
                found.append((i, i + 2))
        i = text.find("To ", i + 3)
    return found
