"""Words inside quotation marks, shown and explained as the text has them (lesson 02, sections 1 and 4).

A word list flags "fake news" wherever it stands; the text may put it in quotation marks. The kit knows which:
:func:`kit.annotate` gives each flag a ``voice`` (``quoted``: inside someone's quotation or a title) and marks a
scare quote (quotation marks with no one quoted, as :func:`kit.quotes` calls it ``scare``) as a ``scare_quote``
span of its own. The spot-the-words game and the word checks say so with these functions, in the words of
lesson 02, so the game and exercise 1 agree.

>>> import kit
>>> text = "It debunks the greatest “fake news” story."
>>> spans = kit.annotate(text)
>>> with_marks(text, 25, 34)
'“fake news”'
>>> print(quotation_note(spans[spans.text == "fake news"].iloc[0], spans, text))
“fake news” is in quotation marks here, with no one quoted: a scare quote as well as a label on the word list. The kit counts it as a label, in the writer's own words.
"""

from __future__ import annotations

import functools
import re

from ..quote_marks import CLOSING_MARKS, OPENING_MARKS

__all__ = ["with_marks", "quotation_note", "quotation_notes", "with_quotation_notes", "word_note", "as_written",
           "credited_quotations", "called_loaded", "CALLED_LOADED", "in_credited_quotation", "without_credited_scare_quotes", "as_in_text",
           "quote_around", "scare_quote_note", "scare_kind", "unquoted_named"]


def with_marks(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with the quotation marks right around it, as the text shows them.

    >>> with_marks("its “capital” of Raqqa", 5, 12), with_marks("the capital", 4, 11)
    ('“capital”', 'capital')
    """
    a, b = start, end
    while a > 0 and text[a - 1] in OPENING_MARKS:
        a -= 1
    while b < len(text) and text[b] in CLOSING_MARKS:
        b += 1
    opened, closed = text[a:start], text[end:b]
    if not opened or not closed:  # an apostrophe ("the rebels' base") or a quotation that goes on: the word alone
        return text[start:end]
    return text[a:b]


@functools.lru_cache(maxsize=64)
def credited_quotations(text: str) -> tuple:
    """The (start, end) of every quotation :func:`kit.quotes` credits to someone in ``text``: a direct quotation,
    a title, or a partial quotation with a speaker. A word inside one is someone else's words, the same for every
    word of it.

    >>> text = 'A memo by the agency spoke of a "Salafist" "principality" in the east, the paper said.'
    >>> [text[a:b] for a, b in credited_quotations(text)] == [] or all(b > a for a, b in credited_quotations(text))
    True
    """
    import kit

    from .helpers import text_frame

    quotes = kit.quotes(text_frame(text))
    credited = quotes["kind"].isin(["direct", "title"]) | (
        (quotes["kind"] == "partial") & (quotes["speaker"].fillna("").astype(str).str.strip() != ""))
    return tuple((int(a), int(b)) for a, b in zip(quotes.loc[credited, "start"], quotes.loc[credited, "end"]))


def in_credited_quotation(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` lies inside a quotation the kit credits to someone (:func:`credited_quotations`)."""
    return any(a <= start and end <= b for a, b in credited_quotations(text))


def without_credited_scare_quotes(spans, text: str):
    """``spans`` (rows of :func:`kit.annotate` for ``text``) without the scare quotes that lie inside a quotation
    the kit credits to someone: quotation marks around someone's words are a quotation, not a scare quote, so the
    checks give the same answer as the quotation table (one reading of the marks, the kit's own)."""
    if spans.empty:
        return spans
    inner = [bool(c == "scare_quote" and in_credited_quotation(text, int(a) + 1, int(b) - 1))
             for c, a, b in zip(spans["category"], spans["start"], spans["end"])]
    return spans[[not x for x in inner]]


def as_in_text(phrase: str, text: str) -> str:
    """``phrase`` (as a word list or a check compares it: lower case) as ``text`` writes it, or ``phrase`` itself.
    A space and a hyphen between two words are one spelling ("so called" is the text's "so-called").

    >>> as_in_text("us media", "It was ignored by the US media."), as_in_text("us media", "Nothing here.")
    ('US media', 'us media')
    >>> as_in_text("so called", "the so-called rebels"), as_in_text("pro-russian", "a pro Russian paper")
    ('so-called', 'pro Russian')
    """
    if not isinstance(phrase, str):
        return phrase
    spelt = r"[\s-]+".join(re.escape(part) for part in re.split(r"(?<=\w)[\s-]+(?=\w)", phrase))
    found = re.search(rf"(?<![\w-]){spelt}(?![\w-])", text or "", flags=re.IGNORECASE)
    return found.group(0) if found else phrase


def quote_around(sentence: str, at: int, width: int = 160, to: int | None = None) -> str:
    """The sentence in quotes, or the part of it around offsets ``at`` to ``to`` (every word to find) when long.

    >>> quote_around("A brutal siege.", 2)
    '“A brutal siege.”'
    >>> quote_around("x " * 100 + "brutal " + "y " * 100, 200)[:6]
    '“… x x'
    """
    sentence = " ".join(sentence.split()) if len(sentence) <= width else sentence
    if len(sentence) <= width:
        return f"“{sentence}”"
    to = at if to is None else max(at, to)
    margin = max(20, (width - (to - at)) // 2)
    lo, hi = max(0, at - margin), min(len(sentence), to + margin)
    lo = sentence.rfind(" ", 0, lo) + 1 if lo > 0 else 0
    hi_space = sentence.find(" ", hi)
    hi = len(sentence) if hi_space < 0 else hi_space
    piece = " ".join(sentence[lo:hi].split())
    return "“" + ("… " if lo > 0 else "") + piece + (" …" if hi < len(sentence) else "") + "”"


def _category(category: str) -> str:
    return {"loaded_language": "a loaded word", "label": "a label"}.get(category, category.replace("_", " "))


def quotation_note(span, spans, text: str) -> str:
    """What a flagged word's quotation marks mean ("" when it has none): someone's quoted words, or a scare
    quote. ``span``: one row of :func:`kit.annotate` for ``text``; ``spans``: all its rows (the scare quotes).

    >>> import kit
    >>> text = "Officials vowed to “annihilate” the group, Lee said."
    >>> spans = kit.annotate(text)
    >>> print(quotation_note(spans[spans.text == "annihilate"].iloc[0], spans, text))
    “annihilate” is on the word list, so it counts here; it is inside a quotation, someone else's words, not the writer's own, so the kit's rates count it apart from the writer's words.
    """
    start, end = int(span["start"]), int(span["end"])
    shown = with_marks(text, start, end)
    if span.get("voice") == "quoted":
        return (f"{shown} is on the word list, so it counts here; it is inside a quotation, someone else's words, "
                "not the writer's own, so the kit's rates count it apart from the writer's words.")
    scare = spans[(spans["category"] == "scare_quote") & (spans["start"] <= start) & (spans["end"] >= end)]
    if any(t[:1] in OPENING_MARKS for t in scare["text"]):
        return (f"{shown} is in quotation marks here, with no one quoted: a scare quote as well as "
                f"{_category(span['category'])} on the word list. The kit counts it as {_category(span['category'])}, "
                "in the writer's own words.")
    return ""


def word_note(word: str, spans, text: str) -> str:
    """What the quotation marks around a word that no word list flags mean ("" when it has none): someone's
    quoted words, or a scare quote. ``spans``: every row of :func:`kit.annotate` for ``text`` (the scare quotes).

    >>> import kit
    >>> text = 'Memos spoke of a "Salafist" state, Lee said. It was ignored.'
    >>> print(word_note("Salafist", kit.annotate(text), text))
    "Salafist" is inside a quotation: someone else's words, not the writer's own.
    >>> word_note("ignored", kit.annotate(text), text)
    ''
    """
    word = word.strip()
    before = r"(?<![\w-])" if word[:1].isalnum() else ""  # "U.S." before "-led": its last stop ends the word
    after = r"(?![\w-])" if word[-1:].isalnum() else ""
    found = re.search(before + re.escape(word) + after, text, flags=re.IGNORECASE) if word else None
    if not found:
        return ""
    start, end = found.span()
    shown = with_marks(text, start, end)
    shown = shown if shown != text[start:end] else f"'{shown}'"  # a quotation that goes on: the word alone
    if in_credited_quotation(text, start, end):  # the quotation table credits it to someone: said first
        return f"{shown} is inside a quotation: someone else's words, not the writer's own."
    scare = spans[(spans["category"] == "scare_quote") & (spans["start"] <= start) & (spans["end"] >= end)]
    if any(t[:1] in OPENING_MARKS for t in scare["text"]):
        return f"{shown} is in quotation marks here, with no one quoted: a scare quote, which casts doubt on a word."
    return ""


def quotation_notes(words, flagged, spans, text: str) -> list[str]:
    """The notes of :func:`quotation_note` for the flagged rows (``flagged``) that a student found (``words``,
    compared without case or quotation marks), and of :func:`word_note` for any other word inside quotation
    marks, once each.

    >>> import kit
    >>> text = "It debunks the greatest “fake news” story."
    >>> spans = kit.annotate(text)
    >>> quotation_notes(["greatest"], spans, spans, text)
    []
    """
    from .answers import norm

    wanted = {norm(w) for w in words}
    notes = [quotation_note(row, spans, text) for _, row in flagged.iterrows() if norm(row["text"]) in wanted]
    # flagged words have their note above; a scare quote has its own (the word check's): said once
    have = {norm(t) for t in flagged["text"]} | {norm(t) for t in spans.loc[spans["category"] == "scare_quote", "text"]}
    notes += [word_note(w, spans, text) for w in words if norm(w) not in have and norm(w)]
    return list(dict.fromkeys(n for n in notes if n))


def with_quotation_notes(result, words, flagged, spans, text: str):
    """``result`` (a :class:`CheckResult` of a word check) with :func:`quotation_notes` added to its detail.

    >>> import kit
    >>> from kit.exercises import CheckResult
    >>> text = "It debunks the greatest “fake news” story."
    >>> spans = kit.annotate(text)
    >>> print(with_quotation_notes(CheckResult("correct", "found."), ["fake news"], spans, spans, text).detail[:33])
    “fake news” is in quotation marks
    """
    result.detail = "\n".join([result.detail, *quotation_notes(words, flagged, spans, text)]).strip("\n")
    return as_written(result, words)


def as_written(result, words):
    """``result`` with each word echoed as the student gave it ("'U.S.'", "'(W)omen'", "'Salafist'"), not as the
    check compares it (lower case, "women").

    >>> from kit.exercises import CheckResult
    >>> print(as_written(CheckResult("incorrect", "'u.s.' and '(w)omen' are not loaded."), ["U.S.", "(W)omen"]).message)
    'U.S.' and '(W)omen' are not loaded.
    """
    from .answers import norm

    for word in words:
        shown = str(word).strip().strip(OPENING_MARKS + CLOSING_MARKS)
        for compared in dict.fromkeys([norm(word), shown.lower()]):
            if compared != shown:
                result.message = result.message.replace(f"'{compared}'", f"'{shown}'")
                result.detail = result.detail.replace(f"'{compared}'", f"'{shown}'")
    return result


def scare_quote_note(word: str, text: str, label: str) -> str:
    """Why a scare-quoted word is not among the loaded words or labels: how the text marks it (said once: the
    summary line only names it).

    >>> print(scare_quote_note("rebels", "the so-called rebels", "labels"))
    'rebels' is marked by “so-called” before it: a scare quote, which casts doubt on a word. Scare quotes are a list of their own.
    >>> scare_quote_note("so-called", "the so-called rebels", "labels").split(":")[0]
    "'so-called' is a scare quote with no quotation marks"
    >>> scare_quote_note("capital", "its “capital” of Raqqa", "labels").split(":")[0]
    "'capital' is in quotation marks here, with no one quoted"
    """
    from .answers import norm

    plain = norm(text).replace("“", '"').replace("”", '"')
    if re.search(rf"\bso-called\s+[\"']?{re.escape(word)}\b", plain):
        how = f"'{word}' is marked by “so-called” before it"
    elif word == "so-called":
        return ("'so-called' is a scare quote with no quotation marks: it does what they do and casts doubt on the "
                "name after it. Scare quotes are a list of their own.")
    else:
        how = f"'{word}' is in quotation marks here, with no one quoted"
    doubt = "which casts doubt on a word" if "so-called" in how else "which casts doubt on a word as “so-called” does"
    return f"{how}: a scare quote, {doubt}. Scare quotes are a list of their own."


def scare_kind(words: list[str], listed: dict | None = None) -> str:
    """What scare-list words a student chose are, in lesson 02's one name for them: scare quotes, whether the
    text puts the word in quotation marks (no one quoted) or it is a word like "so-called" that needs none.

    >>> scare_kind(["so-called"]), scare_kind(["capital"]), scare_kind(["so-called", "capital"])
    ('is a scare quote', 'is a scare quote', 'are scare quotes')
    """
    return "is a scare quote" if len(words) == 1 else "are scare quotes"


def unquoted_named(answer: str, text: str, wrong: list, where: str = "the article") -> tuple[list, list[str]]:
    """The misquotes (``wrong``: (word as cited, the article's nearest words), as :func:`misquoted` gives them) that
    still count as misquotes, and the notes on the others. A word named without quotation marks ("words like
    imperialism though") is no quotation: when ``answer`` quotes nothing, no named word is judged a misquote; a word
    of the article (``text``, or ``where`` it is) that is named, or misspelt, is to go in quotation marks, and the
    student's own words ("barely quotes anyone") get no note.

    >>> text = "It serves US imperialism's continuing objectives. The strikes were merciless."
    >>> unquoted_named("It uses loaded words like imperialism though.", text, [("imperialism though", "")])
    ([], ["'imperialism' is in the article: to make it your example, put it in quotation marks, exactly as it is written there."])
    >>> unquoted_named("It uses words like mercyless.", text, [("mercyless", "merciless")])[1][0].split(":")[0]
    "'mercyless' is not in the article (did you mean 'merciless'?)"
    >>> unquoted_named("It barely quotes anyone.", text, [("barely", "")]), unquoted_named("It says 'x'.", text, [("x", "")])
    (([], []), ([('x', '')], []))
    """
    from .evidence import QUOTED, cited_words, tokens, vocabulary_of

    if re.search(QUOTED, answer):  # a quotation is offered as the article's words: each is checked
        return wrong, []
    joined = vocabulary_of(text)[0]
    wrong_words = {cited for cited, _ in wrong}
    notes = []
    for cited in cited_words(answer):
        meant = dict(wrong).get(cited, "")
        words = tokens(cited)
        held = next((" ".join(words[:n]) for n in range(len(words), 0, -1) if f" {' '.join(words[:n])} " in joined), "")
        if meant:  # a misspelt word of the article
            notes.append(f"'{cited}' is not in {where} (did you mean '{meant}'?): to make it your example, put "
                         "the article's word in quotation marks, exactly as it is written there.")
        elif held and (cited in wrong_words or held == " ".join(words)):  # "imperialism though": its first word
            notes.append(f"'{as_in_text(held, text)}' is in {where}: to make it your example, put it in quotation "
                         "marks, exactly as it is written there.")
    notes += [f"'{as_in_text(word, text)}' is in {where}: to make it your example, put it in quotation marks, exactly "
              "as it is written there." for word in called_loaded(answer, text)]
    return [], list(dict.fromkeys(notes))


#: a student's sentence that says some words are loaded ("claimed things, which is kinda loaded")
CALLED_LOADED = r"\b(?:loaded|biased|emotive|labell?(?:ed|ing)?|labels?)\b"


def called_loaded(answer: str, text: str) -> list[str]:
    """The single words that the kit flags in ``text`` (any word list) and that a sentence of ``answer`` saying words
    are loaded or a label names without quotation marks, and without "words like": the words it points at.

    >>> text = "The general claimed the convoy was real. The spokesman denied it."
    >>> called_loaded("The writer says the general claimed things, which is kinda loaded.", text)
    ['claimed']
    >>> called_loaded("The general claimed things, I would check it.", text), called_loaded("It is loaded.", text)
    ([], [])
    """
    from .answers import norm
    from .evidence import cited_words, tokens
    from .helpers import spans_in_text

    said = [s for s in re.split(r"(?<=[.!?;])\s+", answer) if re.search(CALLED_LOADED, s, re.IGNORECASE)
            and not cited_words(s)]
    if not said or not text:
        return []
    flagged = {norm(t) for t in spans_in_text(text)["text"] if len(str(t).split()) == 1}
    return list(dict.fromkeys(w for s in said for w in tokens(s) if w in flagged and not re.fullmatch(CALLED_LOADED, w)))
