"""What a figure counts (lesson 03, Exercise 3): the noun a student puts with a figure, read against the text's own.

A text's figure counts the noun of its own phrase ("3,500 civilians", "4,000 people were driven out"); a noun the
text gives them after "as", as a role ("… 300 were screened as potential ISIS fighters"), says something else.
A student who writes "300 ISIS fighters left" has taken the noun from the wrong place (teacher 54 #11):
:func:`counted_note` shows the text's own words.

    >>> text = "Out of 3,500 civilians, less than 300 were screened as potential ISIS fighters."
    >>> counted_note("The spokesman says 300 ISIS fighters left.", "300", text, "The spokesman's words")
    "The spokesman's words: '…civilians, less than 300 were screened as potential ISIS fighters'. Check what the 300 counts"
    >>> counted_note("The spokesman says 3,500 civilians came out.", "3,500", text, "The spokesman's words")
    ''
"""

from __future__ import annotations

import re

__all__ = ["student_noun", "figure_phrase", "counted_noun", "counted_note", "counted_in", "COUNTS_NOTE", "says_what_counts"]

#: how a note on what a figure counts ends (:func:`counted_note`, and "all but" in figure_checks): the figure is the
#: account's, what it counts is not
COUNTS_NOTE = r"(?:Check what the [\d,.]+|Say what each figure) counts$"


def says_what_counts(note: str) -> bool:
    """True for a note that says a figure counts something else in its account, not that the account lacks it.

    >>> says_what_counts("Lee's words: 'Some 200 people left, listed as soldiers'. Check what the 200 counts")
    True
    >>> says_what_counts("'300' is not in Silo's words. Say whose figure it is")
    False
    """
    return bool(re.search(COUNTS_NOTE, note))

#: the words that end a figure's own phrase in a text: a verb "to be" or "to have", a modal, a relative word
PHRASE_END = frozenset("is are was were be been being have has had will would can could may might must shall should "
                       "who which that".split())


def student_noun(sentence: str, figure: str) -> str:
    """The noun a student's ``sentence`` puts right after ``figure`` (names in capitals skipped: "300 ISIS
    fighters"), in small letters; "" where a little word or a verb's form in -ed or -ing follows the figure ("300
    were screened", "300 screened as fighters", "4,000 armed fighters": the kit does not tell a verb from an adjective).

    >>> student_noun("He says 300 ISIS fighters left.", "300"), student_noun("He says 300 were screened.", "300")
    ('fighters', '')
    >>> student_noun("fewer than 300 screened as possible fighters", "300")
    ''
    """
    from ..words import FUNCTION_WORDS

    m = re.search(rf"(?<![\d,]){re.escape(figure)}(?![\d,])((?:\s+[A-Z][\w-]*)*)\s+([a-z][a-z-]+)", sentence)
    return "" if not m or m.group(2) in FUNCTION_WORDS or re.search(r"(?:ed|ing)$", m.group(2)) else m.group(2)


def figure_phrase(words: list[str], at: int) -> list[str]:
    """The words of a text's figure phrase: from the word after the figure (at ``at`` of ``words``) to the first
    word of :data:`PHRASE_END` or a comma, at most eight ("people—ISIS fighters and their families").

    >>> figure_phrase("some 4,000 people were driven out".split(), 1), figure_phrase("300 were screened".split(), 0)
    (['people'], [])
    """
    out = []
    for word in words[at + 1:at + 9]:
        if word.strip(".,;:") in PHRASE_END:
            break
        out.append(word.strip(".,;:"))
        if re.search(r"[.,;:]$", word):  # a comma ends it: "200 people left, guarded by soldiers"
            break
    return out


def same_noun(a: str, b: str) -> bool:
    return a == b or a.rstrip("s") == b.rstrip("s")


def counted_note(sentence: str, figure: str, text: str, whose: str) -> str:
    """The note for a figure a student's ``sentence`` puts with a noun the text (``text``, the account's own) has in
    the figure's sentence as a role after "as", not in the figure's own phrase (:func:`figure_phrase`): the text's words
    from a few words before the figure to that noun, with ``whose`` words they are; "" where the noun is the
    figure's own, or not in the sentence at all (the kit then cannot tell).

    >>> counted_note("Lee says 200 soldiers left.", "200", "Some 200 people left, listed as soldiers.", "Lee's words")
    "Lee's words: 'Some 200 people left, listed as soldiers'. Check what the 200 counts"
    >>> counted_note("Lee says 200 soldiers left.", "200", "Some 200 people left, guarded by soldiers.", "Lee's words")
    ''
    >>> counted_note("Lee says 200 possible soldiers left.", "200", "Some 200 people left, listed as possible army "
    ...              "soldiers.", "Lee's words")
    "Lee's words: 'Some 200 people left, listed as possible army soldiers'. Check what the 200 counts"
    >>> counted_note("Lee says 200 people left.", "200", "Some 200 people left, guarded by soldiers.", "Lee's words")
    ''
    """
    from ..segment import sentence_bounds

    noun = student_noun(sentence, figure)
    if not noun:
        return ""
    for _p, start, end in sentence_bounds(text):
        said = text[start:end].strip()
        spans = list(re.finditer(r"[\w'’,.-]+", said))
        words = [m.group(0) for m in spans]
        low = [w.lower().strip(".,") for w in words]
        at = next((i for i, w in enumerate(words) if w.strip(".,") == figure), None)
        if at is None:
            continue
        if any(same_noun(noun, w) for w in figure_phrase([w.lower() for w in words], at)):
            return ""
        # the noun of a role the text gives them ("screened as potential ISIS fighters"): not what it counts
        later = next((i for i in range(at + 1, len(low)) if same_noun(noun, low[i]) and "as" in low[max(at, i - 4):i]),
                     None)
        if later is None or later - at > 25:
            return ""
        first = max(0, at - 3)
        last = min(len(spans) - 1, later + max(0, len(figure_phrase(words, later - 1)) - 1))  # the role's whole phrase
        shown = said[spans[first].start():spans[last].end()].strip(".,")  # the text's words as it writes them
        return f"{whose}: '{'…' if first else ''}{shown}'. Check what the {figure} counts"
    return ""


def counted_in(answer: str, figure: str, account: dict, article) -> str:
    """:func:`counted_note` for a figure an ``answer`` credits to an ``account`` that gives it, read in the account's
    own text (of the tables of ``article``), as the text writes the figure; "" for a party or an outlet (no one text).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"article_id": ["a"], "text": ["Some 4,000 people were driven out, most seen as fighters."]})
    >>> counted_in("Silo says 4,000 fighters left.", "4,000", {"label": "Silo's words", "text": "a", "one_voice": True,
    ...            "written": {"4000": "4,000"}}, t)
    "Silo's words: 'Some 4,000 people were driven out, most seen as fighters'. Check what the 4,000 counts"
    """
    if account.get("party") or account.get("outlet") or not account.get("text"):
        return ""
    tables = [t for t in (article if isinstance(article, (list, tuple)) else [article]) if hasattr(t, "columns")]
    text = next((str(x) for t in tables for i, x in zip(t["article_id"], t["text"]) if i == account["text"]), "")
    speaker = account.get("figures", {}).get(figure.replace(",", ""), "")  # "Talal Silo", in russia-charges
    label = account["label"] if account.get("one_voice") else f"{speaker or account['label']}'s words"
    label = label[:1].upper() + label[1:] if label.startswith("the ") else label  # "The spokesman's", not an id
    written = account.get("written", {}).get(figure.replace(",", ""), figure)
    note = counted_note(answer, figure, text, label) if text else ""
    return note.replace(f"the {figure} counts", f"the {written} counts") if written != figure else note


def counted_noun(text: str, figure: str) -> str:
    """The noun a ``text`` counts with ``figure`` as it writes it, in small letters, for a note that lists the
    figure (student 48 #4: "100" of the BBC's is "100 … vehicles", not 100 people): the first common noun after it in
    its own phrase, past "of" and the little words, names in capitals and possessives; "" where a little word or a
    verb comes first ("300 were screened", "350 in Al-Tanf") or the phrase ends.

    >>> counted_noun("more than 100 of the Islamic State group’s own vehicles. IS fighters", "100")
    'vehicles'
    >>> counted_noun("some 750 of the militants at the base, and roughly another 350 in Al-Tanf.", "750")
    'militants'
    >>> counted_noun("roughly another 350 in Al-Tanf.", "350"), counted_noun("fewer than 1,000 ISIS fighters remained", "1,000")
    ('', 'fighters')
    """
    from ..words import FUNCTION_WORDS

    m = re.search(rf"(?<![\d,]){re.escape(figure)}(?![\d,])\s+([^.,;:!?—–()“”\"]*)", text)
    words = re.findall(r"[\w'’-]+", m.group(1))[:8] if m else []
    if not words or (words[0].lower() != "of" and words[0].lower() in FUNCTION_WORDS):
        return ""
    for word in words[1:] if words[0].lower() == "of" else words:
        low = word.lower()
        if low in ("at", "in", "on", "from", "to", "near", "with", "by", "for", "that", "who", "which"):
            return ""
        if word[:1].isupper() or low in FUNCTION_WORDS or re.search(r"['’]s?$", word) or re.search(r"(?:ed|ing)$", low):
            continue
        return low
    return ""
