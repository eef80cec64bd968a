"""Hints for an answer line Python cannot read because of its quote marks or brackets.

A student's answer line can break in a few ways a beginner cannot read from Python's own message: curly
quotes, an apostrophe inside text in single quotes ('the Pentagon's words'), a quote mark missing at one end,
a bracket never closed, a comma missing between two words of a list (``["hegemony" "imperialism"]``, which
Python reads as one word, "hegemonyimperialism"). Each hint says what to type, with the line corrected:

    >>> print(hint_for_quote_marks("invalid syntax", "answer = 'the Pentagon's and the Kremlin's words'"))
    The ' in Pentagon's and Kremlin's ends your text early: put the whole answer in double quotes " " instead, like this: answer = "the Pentagon's and the Kremlin's words"

:mod:`.friendly` shows them above the error, in place of the traceback. At the end, for the quotes table's
same/different check (lesson 03): the concepts a row's speaker and a name in an answer stand for
(:func:`speaker_concepts`, :func:`answer_concepts`), read through ``data/concepts.csv``; and for Exercise 2,
what a student's notes say of the kit's guessed speakers, read against the rows' notes (:func:`reads_the_notes`,
:func:`guess_kinds`), with the words of ``data/position_words.csv``.
"""

from __future__ import annotations

import re

__all__ = ["ANSWER_NAMES", "speaker_concepts", "answer_concepts", "hint_for_indent", "hint_for_pasted_quotes", "hint_for_quote_marks", "hint_for_curly_quotes", "straight_line", "hint_for_curly_cell", "hint_for_text_on_lines", "hint_for_leftover_line", "CURLY", "CLOSING", "hint_for_brackets",
           "hint_for_missing_comma", "list_items", "hint_for_list_quotes", "position_words", "named_orders", "wrong_order",
           "note_ways", "wrong_way", "reads_the_notes", "wrong_way_note", "guess_kinds"]

#: the names a lesson asks a student to fill in (answer = ..., prediction = ..., MY_TITLE = ...)
ANSWER_NAMES = r"answer|prediction|notes|answer_\w+|\w*_answer|MY_[A-Z_]+"  # "notes": 03 Exercise 2 (student 42 #4)


#: what every line with curly quotes around its text is told (an answer, an id given to a tool, any call)
CURLY = 'Python reads only straight quotes " " around text, not curly ones “ ”: use straight quotes " " (the key next to Enter)'
_STRAIGHT = re.compile(r"""("[^"\n]*"|'[^'\n]*')""")


#: a text in curly quotes where Python expects a value: after =, ( [ { , or : and up to a comma, a closing bracket or
#: the end of the line (the shortest such text, so two texts in a list are two)
_CURLY_DOUBLE = re.compile(r"((?:^|[=(\[{,:])\s*)“(.*?)”(?=\s*(?:[,)\]}]|$))")
_CURLY_SINGLE = re.compile(r"((?:^|[=(\[{,:])\s*)‘(.*?)’(?=\s*(?:[,)\]}]|$))")


def hint_for_curly_quotes(message: str, line: str, names=()) -> str:
    """The fix for a line Python cannot read because of curly quotes outside straight-quoted text (any line of a
    cell: ``answer = [“hegemony”]``, ``spot_the_loaded_words(article_id=“…”)``): the line with straight ones.
    Curly quotes inside straight-quoted text are part of that text and stay as they are; "" when there are none.

    >>> print(hint_for_curly_quotes("invalid character '“' (U+201C)", 'widgets.spot_the_loaded_words(article_id=“us-rescue”)'))
    Python reads only straight quotes " " around text, not curly ones “ ”: use straight quotes " " (the key next to Enter), like this: widgets.spot_the_loaded_words(article_id="us-rescue")
    >>> print(hint_for_curly_quotes("invalid character '‘' (U+2018)", 'answer = [‘America’s war’, "a “so-called” deal"]'))
    Python reads only straight quotes " " around text, not curly ones “ ”: use straight quotes " " (the key next to Enter), like this: answer = ['America’s war', "a “so-called” deal"]
    >>> print(hint_for_curly_quotes("invalid character '“' (U+201C)", 'answer = “It calls the claim “nonsense”.”'))
    Python reads only straight quotes " " around text, not curly ones “ ”: use straight quotes " " (the key next to Enter), like this: answer = "It calls the claim “nonsense”."
    >>> hint_for_curly_quotes("invalid syntax", 'answer = "a “so-called” deal"')
    ''

    A name a cell above makes (in ``names``), given to a call in curly quotes, is not text: it loses its quotes.

    >>> print(hint_for_curly_quotes("invalid character '“' (U+201C)", 'check_loaded_words(answer, “paragraph”)', {"paragraph"}))
    paragraph is a name a cell above makes, not text: write it with no quotes around it, like this: check_loaded_words(answer, paragraph)
    """
    if not isinstance(message, str) or not isinstance(line, str) or not re.search(r"U\+(201[CD89])", message):
        return ""
    fixed, bare = straight_line(line, names)
    if fixed == line.rstrip("\n"):
        return ""
    if bare:
        return (f"{' and '.join(bare)} {'is a name' if len(bare) == 1 else 'are names'} a cell above makes, not text: "
                f"write {'it' if len(bare) == 1 else 'them'} with no quotes around {'it' if len(bare) == 1 else 'them'}, "
                f"like this: {fixed.strip()}")
    return f"{CURLY}, like this: {fixed.strip()}"


def straight_line(line: str, names=()) -> tuple[str, list]:
    """One line with the curly quotes around each text made straight (those inside a text stay), and the names a
    cell above makes (``names``) given to a call in curly quotes, which lose their quotes instead.

    >>> straight_line('f(answer, “mine”, k=“raqqa”)', {"mine"})
    ('f(answer, mine, k="raqqa")', ['mine'])
    >>> straight_line('answer = [“mine”]', {"mine"})  # in a list: the answer's text
    ('answer = ["mine"]', [])
    """
    pieces = _STRAIGHT.split(line.rstrip("\n"))  # odd pieces are straight-quoted text: left as they are
    bare: list = []

    def unquote(m):  # a name, given to a call (the nearest open bracket is a round one): no quotes
        opened = [c for c in re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", m.string[:m.start(2)]) if c in "([{"]
        if m.group(3) in names and opened[-1:] == ["("]:
            bare.append(m.group(3))
            return m.group(1) + m.group(3)
        return m.group(0)

    def straighten(code: str) -> str:
        # the curly pair around a text (after =, a bracket or a comma, up to one before a comma, a bracket or the
        # end) becomes straight; curly quotes inside the text are part of it and stay ("… claim “nonsense” …")
        code = re.sub(r"((?:^|[(,=])\s*)(“|‘)([A-Za-z_]\w*)(”|’)(?=\s*[,)])", unquote, code)
        paired = _CURLY_DOUBLE.sub(r'\1"\2"', code)
        paired = _CURLY_SINGLE.sub(r"\1'\2'", paired)
        if paired != code:
            return paired
        code = re.sub(r"[“”]", '"', code)
        return re.sub(r"(?<![\w])‘|’(?![\w])", "'", code)

    return "".join(piece if i % 2 else straighten(piece) for i, piece in enumerate(pieces)), bare


def hint_for_curly_cell(message: str, cell: str, names=()) -> str:
    """The fix for a cell with curly quotes on more than one line: every line fixed at once (Python names only the
    first); "" when one line or none has them (:func:`hint_for_curly_quotes` says it for one line).

    >>> print(hint_for_curly_cell("invalid character '“' (U+201C)", 'answer = [“regime”]\\nmine = “raqqa”\\nprint(mine)'))
    Python reads only straight quotes " " around text, not curly ones “ ”: use straight quotes " " (the key next to Enter), on every line, like this:
    answer = ["regime"]
    mine = "raqqa"
    print(mine)
    """
    if not isinstance(message, str) or not isinstance(cell, str) or not re.search(r"U\+(201[CD89])", message):
        return ""
    lines = cell.rstrip("\n").split("\n")
    fixed = [straight_line(line, names) for line in lines]
    if sum(new != old for (new, _), old in zip(fixed, lines)) < 2:
        return ""
    bare = [name for _, names_here in fixed for name in names_here]
    lead = (f"{CURLY}, on every line" + (f" ({' and '.join(dict.fromkeys(bare))}: a name a cell above makes, no quotes)"
                                          if bare else ""))
    return lead + ", like this:\n" + "\n".join(new for new, _ in fixed)


SINGLE_INSIDE = ", with the words it quotes in single quotes ' '"


def hint_for_text_on_lines(cell: str) -> str:
    """The fix for an answer whose text, pasted from a document, runs onto the next lines (``answer = “… bad.`` /
    ``It quotes … survey.”``): text in quotes must stay on one line, so the hint gives it on one, in straight quotes,
    with the quotation marks inside it made single; "" for any other cell.

    >>> print(hint_for_text_on_lines('answer = “It calls it “slammed” and “furious”.\\nIt quotes two parents.”\\ncheck(answer)'))
    Your answer runs onto a second line, and a text in quotes must stay on one line: delete its 2 lines and type this one line in their place, with the words it quotes in single quotes ' ': answer = "It calls it 'slammed' and 'furious'. It quotes two parents."
    >>> hint_for_text_on_lines('answer = "One line."\\ncheck(answer)'), hint_for_text_on_lines("answer = '''Two\\nlines.'''")
    ('', '')
    """
    if not isinstance(cell, str):
        return ""
    lines = cell.split("\n")
    for i, line in enumerate(lines):
        m = re.match(rf"^(\s*(?:{ANSWER_NAMES})\s*=\s*)([“\"‘'])(?![\"']{{2}})(.*)$", line)
        if not m or re.search(r"[”\"’']\s*(#.*)?$", m.group(3).rstrip()) or not m.group(3).strip():
            continue  # not an answer, or its text ends on its own line
        for j in range(i + 1, len(lines)):
            end = re.search(r"^(.*?)[”\"’']\s*[\])]?\s*(#.*)?$", lines[j].rstrip())
            if re.match(r"\s*(exercises|kit|widgets|print)\.?\w*\(|\s*\w+\s*=", lines[j]):
                break  # the check line, or another answer: the text never ended
            if end:
                words = " ".join([m.group(3).strip()] + [x.strip() for x in lines[i + 1:j]] + [end.group(1).strip()])
                inner = re.search(r"[“”\"]", words)
                words = re.sub(r"[“”\"]", "'", words).replace("  ", " ")
                return ("Your answer runs onto a second line, and a text in quotes must stay on one line: delete its "
                        f"{j - i + 1} lines and type this one line in their place{SINGLE_INSIDE if inner else ''}: "
                        f'{m.group(1).strip()} "{words}"')
        return ""
    return ""


def hint_for_leftover_line(cell: str) -> str:
    """The fix when a line under a whole answer repeats the end of it (the one-line answer was typed over the first
    line only, and the old second line stayed): delete that line; "" for any other cell.

    >>> print(hint_for_leftover_line('answer = "It quotes two people. I would check the report."\\nI would check the report.”\\ncheck(answer)'))
    The line I would check the report.” repeats the end of your answer: delete that line, then run this cell again. Your whole answer is on the line that starts with answer =.
    >>> hint_for_leftover_line('answer = "One line."\\ncheck(answer)'), hint_for_leftover_line('answer = "A b."\\nC d.”')
    ('', '')
    """
    if not isinstance(cell, str):
        return ""
    lines = cell.split("\n")
    for i, line in enumerate(lines):
        m = re.match(rf"^\s*(?:{ANSWER_NAMES})\s*=\s*[\"'“‘](.*)[\"'”’]\s*(#.*)?$", line)
        if not m:
            continue
        said = re.sub(r"\W+", " ", m.group(1)).strip().lower()
        for j in range(i + 1, len(lines)):
            rest = re.sub(r"\W+", " ", lines[j]).strip().lower()
            if re.match(r"\s*(exercises|kit|widgets|print)\.?\w*\(|\s*\w+\s*=", lines[j]) or not rest:
                continue
            if len(rest.split()) >= 3 and said.endswith(rest):  # named by its words: JupyterLab shows no line numbers
                words = lines[j].strip()
                words = words if len(words) <= 80 else words[:77] + "…"
                return (f"The line {words} repeats the end of your answer: delete that line, then run this cell again. "
                        f"Your whole answer is on the line that starts with {lines[i].strip().split('=')[0].strip()} =.")
    return ""


def hint_for_pasted_quotes(message: str, line: str) -> str:
    r'''The fix when pasted text breaks its triple quotes: it ends with a quotation mark (four in a row),
    or holds three in a row; "" for other syntax errors.

    >>> print(hint_for_pasted_quotes("unterminated string literal (detected at line 9)", 'He left. "No.""""'))
    Python finds a quotation mark missing at the end of your text: it ends with a quotation mark, so Python sees four " in a row. Put a space before the closing """, like this: He left. "No." """
    >>> hint_for_pasted_quotes("unterminated string literal", 'He left. "No.""""  # CHANGE THIS').startswith("Python finds")
    True
    >>> hint_for_pasted_quotes("invalid syntax", "answer = the US")
    ''
    '''
    if not isinstance(message, str) or not isinstance(line, str) or "unterminated" not in message:
        return ""
    end = re.sub(r'(""""+)[ \t]*#.*$', r"\1", line.rstrip())  # the cell's "# CHANGE THIS" comment after it
    if end.endswith('""""'):
        shown = end[:-3].strip()
        shown = shown if len(shown) <= 40 else "…" + shown[-40:].split(" ", 1)[-1]  # from a whole word
        return ('Python finds a quotation mark missing at the end of your text: it ends with a quotation mark, so '
                f'Python sees four " in a row. Put a space before the closing """, like this: {shown} """')
    if "triple-quoted" in message and '"""' in end:
        return ('Your text has three quotation marks in a row ("""), which Python reads as the end of the text: '
                "delete one of them, or save the text in a file and use the file option instead.")
    return ""


def hint_for_quote_marks(message: str, line: str) -> str:
    """The fix for an answer line that Python cannot read because of its quotation marks: curly quotes around
    the text, a straight " inside text in " ", a quote missing at the end of a word, or nothing after ``=``;
    "" for any other line.

    >>> print(hint_for_quote_marks("invalid character '“' (U+201C)", 'answer = [“hegemony”, “regime”]'))
    Python reads only straight quotes " " around text, not curly ones “ ”: use straight quotes " " (the key next to Enter), like this: answer = ["hegemony", "regime"]
    >>> print(hint_for_quote_marks("invalid syntax", 'answer = "It says they "colluded" with them."'))
    Your answer has " inside its own " ": put the article's words in single quotes ' ' inside it, like this: answer = "It says they 'colluded' with them."
    >>> print(hint_for_quote_marks("unterminated string literal (detected at line 1)", "answer = ['a', 'regime change]"))
    A word has a quote at its start but not at its end: each word needs one before and one after, like this: answer = ["a", "regime change"]
    >>> print(hint_for_quote_marks("unterminated string literal", "answer = ['America's war', 'hegemony']"))
    The ' in America's ends that word early: put the words in double quotes " " instead, like this: answer = ["America's war", "hegemony"]
    >>> print(hint_for_quote_marks("invalid syntax", "answer = 'the Pentagon's statements"))
    The ' in Pentagon's ends your text early, and the text has no mark at its end: put the whole answer in double quotes " " instead, one at each end, like this: answer = "the Pentagon's statements"
    >>> print(hint_for_quote_marks("unterminated string literal (detected at line 1)", 'answer = "It quotes two people.'))
    Your answer has a quote mark (") at its start but not at its end: put the same mark at the very end too, like this: answer = "It quotes two people."
    >>> print(hint_for_quote_marks("unterminated string literal", "answer = 'It calls the spokesman's words lies.'"))
    The ' in spokesman's ends your text early: put the whole answer in double quotes " " instead, like this: answer = "It calls the spokesman's words lies."
    >>> print(hint_for_quote_marks("unterminated string literal", 'answer = It quotes two people."'))
    Your answer has a quote mark (") at its end but not at its start: put the same mark right after the = too, like this: answer = "It quotes two people."
    >>> print(hint_for_quote_marks("invalid syntax", "answer = "))
    Nothing is written after 'answer =' yet: write your answer in quotes, like this: answer = "your answer"
    >>> hint_for_quote_marks("invalid syntax", "for x in")
    ''
    """
    if not isinstance(message, str) or not isinstance(line, str):
        return ""
    m = re.match(rf"^(\s*(?:{ANSWER_NAMES})\s*=\s*)(.*?)\s*(#.*)?$", line.rstrip("\n"))
    if not m:
        return ""
    head, rhs = m.group(1).strip(), m.group(2)
    if not rhs:
        return f'Nothing is written after \'{head}\' yet: write your answer in quotes, like this: {head} "your answer"'
    if re.search(r"U\+(201[CD89])", message):
        return hint_for_curly_quotes(message, f"{head} {rhs}")
    body = rhs.rstrip()
    inside = re.findall(r"[^\W_]+'[^\W_]+", body)  # words with an apostrophe inside: "spokesman's", "It's"
    if body[:1] == "[" and ("unterminated" in message or inside):
        return hint_for_list_quotes(head, body, inside)
    if body[:1] == "'" and inside and '"' not in body:
        # 'the spokesman's words': the apostrophe ends the text early; " " around the whole answer keeps it
        words = " and ".join(dict.fromkeys(inside))
        closed = len(body) > 1 and body.endswith("'")
        text = body[1:-1] if closed else body[1:]
        return (f"The ' in {words} ends your text early{'' if closed else ', and the text has no mark at its end'}: "
                f"put the whole answer in double quotes \" \" instead{'' if closed else ', one at each end'}, like "
                f'this: {head} "{text}"')
    if "unterminated" in message and body[-1:] in ("'", '"') and body[:1] not in ("'", '"', "["):
        return (f"Your answer has a quote mark ({body[-1]}) at its end but not at its start: put the same mark right "
                f"after the = too, like this: {head} {body[-1]}{body}")
    if "unterminated" in message and rhs.startswith(("'", '"')) and " " in rhs.strip():  # a sentence, not a word
        body = rhs.rstrip()[1:]
        shown = body if len(body) <= 60 else "…" + body[-30:]  # a long answer: its end, where the mark goes
        return (f"Your answer has a quote mark ({rhs[0]}) at its start but not at its end: put the same mark at the "
                f"very end too, like this: {head} {rhs[0]}{shown}{rhs[0]}")
    if "unterminated" in message and rhs.startswith(("'", '"')):
        return ("A word has a quote at its start but not at its end: each word needs one before and one after, "
                "like 'this'.")
    if rhs.startswith('"') and rhs.endswith('"') and rhs.count('"') > 2 and not rhs.startswith('"""'):
        inner = rhs[1:-1].replace('"', "'")
        whose = "answer" if re.match(r"answer|prediction", head) else "text"  # MY_TITLE = "…": the title, not an answer
        return (f"Your {whose} has \" inside its own \" \": put the article's words in single quotes ' ' inside it, "
                f'like this: {head} "{inner}"')
    return ""


def list_items(body: str) -> list[str] | None:
    """The items of a list typed on one line (``['a', 'b']``), each without its quote marks, or None when the
    line is not such a list (an item in double quotes holding a ", a bracket inside an item).

    >>> list_items("['America's war', 'hegemony']"), list_items("['a', 'regime change"), list_items("[1, 2]")
    (["America's war", 'hegemony'], ['a', 'regime change'], None)
    """
    inner = body.strip()[1:]
    inner = inner[:-1] if inner.endswith("]") else inner
    items = [i.strip() for i in re.split(r"(?<=['\"])\s*,\s*(?=['\"])", inner.strip())]
    if not items or any(not i or i[0] not in "'\"" or "[" in i or "]" in i for i in items):
        return None
    words = [i[1:-1] if len(i) > 1 and i[-1] == i[0] else i[1:] for i in items]
    return None if any('"' in w for w in words) else words


def hint_for_list_quotes(head: str, body: str, inside) -> str:
    """The fix for a list whose quote marks Python cannot read: an apostrophe inside a word in ' ' (``inside``:
    the words holding one), or a word with no mark at its end; the whole line in double quotes.

    >>> print(hint_for_list_quotes("answer =", "['Moallem', 'Lavrov's aide']", ["Lavrov's"]))
    The ' in Lavrov's ends that word early: put the words in double quotes " " instead, like this: answer = ["Moallem", "Lavrov's aide"]
    """
    words = list_items(body)
    fixed = f" like this: {head} [" + ", ".join(f'"{w}"' for w in words) + "]" if words else " like 'this'."
    if inside and words:
        what = " and ".join(dict.fromkeys(inside))
        return (f"The ' in {what} ends {'that word' if len(set(inside)) == 1 else 'those words'} early: put the words "
                f'in double quotes " " instead,{fixed}')
    return f"A word has a quote at its start but not at its end: each word needs one before and one after,{fixed}"


def hint_for_missing_comma(line: str) -> str:
    """The fix for a list with no comma between two of its words (``["hegemony" "imperialism"]``): Python reads no
    error there, it joins the two into one word; "" for any other line (two texts in brackets ``( )`` over several
    lines are one long text on purpose).

    >>> print(hint_for_missing_comma('answer = ["hegemony" "imperialism", "regime change"]'))
    A comma is missing between "hegemony" and "imperialism": Python joins two texts with nothing between them into one ('hegemonyimperialism'). Put a comma between them, like this: answer = ["hegemony", "imperialism", "regime change"]
    >>> hint_for_missing_comma('answer = ["hegemony", "imperialism"]'), hint_for_missing_comma('answer = ("One. " "Two.")')
    ('', '')
    """
    m = re.match(rf"^\s*((?:{ANSWER_NAMES})\s*=)\s*(\[.*\])\s*(#.*)?$", line or "")
    if not m:
        return ""
    text = r"(\"[^\"\n]*\"|'[^'\n]*')"
    pair = re.search(rf"{text}[ \t]+{text}", m.group(2))
    if not pair:
        return ""
    fixed = re.sub(rf"{text}[ \t]+(?={text})", r"\1, ", m.group(2))
    first, second = pair.group(1), pair.group(2)
    return (f"A comma is missing between {first} and {second}: Python joins two texts with nothing between them into "
            f"one ({(first[1:-1] + second[1:-1])!r}). Put a comma between them, like this: {m.group(1)} {fixed}")


#: each opening bracket and the one that closes it
CLOSING = {"(": ")", "[": "]", "{": "}"}


def hint_for_brackets(message: str, line: str) -> str:
    """The fix for a line that opens a bracket and never closes it ("'(' was never closed", or Python's
    "incomplete input" when the line ends early); "" for any other error.

    >>> print(hint_for_brackets("incomplete input", 'exercises.check_reflection(answer, mine'))
    A bracket ( is opened but not closed: add ) at the end of the line, like this: exercises.check_reflection(answer, mine)
    >>> print(hint_for_brackets("'[' was never closed", 'answer = ["hegemony", "imperialism"'))
    A bracket [ is opened but not closed: add ] at the end of the line, like this: answer = ["hegemony", "imperialism"]
    >>> hint_for_brackets("invalid syntax", "answer = the US"), hint_for_brackets("incomplete input", 'x = "a(b"')
    ('', '')
    """
    if not isinstance(message, str) or not isinstance(line, str) or not (
            "was never closed" in message or "incomplete input" in message):
        return ""
    code = re.sub(r"\"[^\"]*\"|'[^']*'", "", line.rstrip())  # brackets inside text do not count
    if code.count('"') % 2 or code.count("'") % 2:
        return ""  # an open quote is the problem, not a bracket
    still_open = []
    for ch in code:
        if ch in CLOSING:
            still_open.append(ch)
        elif ch in CLOSING.values() and still_open and CLOSING[still_open[-1]] == ch:
            still_open.pop()
    if not still_open:
        return ""
    missing = "".join(CLOSING[ch] for ch in reversed(still_open))
    return (f"A bracket {still_open[-1]} is opened but not closed: add {missing} at the end of the line, like this: "
            f"{line.strip()}{missing}")


def hint_for_indent(message: str, line: str) -> str:
    """The fix for a line that starts with spaces Python does not expect ("unexpected indent"), as happens when
    JupyterLab moves the line after a text left open to the right: "" for any other error.

    >>> print(hint_for_indent("unexpected indent", "        exercises.check_reflection(answer, mine)"))
    The line exercises.check_reflection(answer, mine) starts with spaces: delete them, so that it starts at the left edge like the lines above it, then run the cell again.
    >>> hint_for_indent("invalid syntax", "    x = 1")
    ''
    """
    if not isinstance(message, str) or not isinstance(line, str) or "unexpected indent" not in message:
        return ""
    shown = line.strip()
    shown = shown if len(shown) <= 60 else shown[:57] + "…"
    return (f"The line {shown} starts with spaces: delete them, so that it starts at the left edge like the lines "
            "above it, then run the cell again.")


def speaker_concepts(row, articles) -> set:
    """The concepts of ``data/concepts.csv`` a row's speaker stands for, read in the article: in its speaker words and,
    when they come after the quote, in the words between ("… acknowledged by the Pentagon": United States; "…
    confirmed by the spokesman of the Syrian Democratic Forces, Talal Silo": SDF).

    >>> import kit
    >>> from kit.exercises.helpers import text_frame
    >>> arts = text_frame("The toll was acknowledged by the Pentagon.")
    >>> sorted(speaker_concepts(kit.quotes(arts).iloc[0], arts))
    ['United States']
    """
    from ..concepts import concept_hits

    text = dict(zip(articles["article_id"], articles["text"])).get(row["article_id"], "")
    try:
        start, end = int(row["speaker_start"]), int(row["speaker_end"])
    except (TypeError, ValueError):  # no speaker words in the text
        return set()
    start = int(row["end"]) if int(row["end"]) <= start else start
    return {concept for _, _, (concept, _, _) in concept_hits(f"{text[start:end]} {row['speaker']}")}


def answer_concepts(answer: str, written: str) -> set:
    """The concepts of ``data/concepts.csv`` that a name as written in an answer stands for ("Washington", "the US").

    >>> answer_concepts("same: because Washington acknowledged a number", "Washington")
    {'United States'}
    """
    from ..concepts import concept_hits

    return {concept for s, e, (concept, _, _) in concept_hits(answer) if written in answer[s:e] or answer[s:e] in written}


# lesson 03, Exercise 2: what a student's notes say of the kit's guessed speakers, read against the rows' notes

#: the ways of data/position_words.csv that point in a text; "first"/"last" say which of the people named it takes
POINTING = ("before", "after")
ORDERS = ("first", "last")


def position_words() -> dict[str, str]:
    """The words that say where in a text something is, by the way they point ("before", "after"), each way as a
    pattern of its words, read from ``data/position_words.csv`` (an instructor can add one): a guess's note says
    where the name it gives comes from ("the person quoted just before", "named in the next sentence"). The ways
    "first" and "last" say which of the people named it takes, and "named" the words that say a person was named.

    >>> position_words()["before"].split("|")[:3], "next" in position_words()["after"].split("|")
    (['before', 'earlier', 'previous'], True)
    """
    from ..datafiles import csv_lines, data_path
    from ..errors import LexiconError

    ways: dict[str, list[str]] = {way: [] for way in (*POINTING, *ORDERS, "named")}
    for line, row in csv_lines("position_words.csv", ["way", "word"])[1]:
        row = [cell.strip().lower() for cell in row]
        if not any(row):
            continue
        if len(row) != 2 or row[0] not in ways or not re.fullmatch(r"[a-z]+(?: [a-z]+)*", row[1]):
            raise LexiconError(f"position_words.csv: line {line} is {row}", file=str(data_path("position_words.csv")),
                               field="way", line=line, fix="Write 'before' or 'after' (or 'first', 'last', 'named'), "
                                                           "a comma, and one word of position, e.g. before,earlier")
        ways[row[0]].append(re.escape(row[1]).replace(r"\ ", r"\s+"))
    return {way: "|".join(words) or "(?!)" for way, words in ways.items()}


def named_orders(text) -> dict[str, str]:
    """Which of the people named ``text`` says a name is ("first", "last"), each with the words that say it: an
    order word up to two words before a word of naming, or just after one ("the first person named", "mentioned
    last"); "last names" is no order.

    >>> named_orders("he is whoever was mentioned last"), named_orders("the first person named before")
    ({'last': 'mentioned last'}, {'first': 'first person named'})
    >>> named_orders("I used their last names")
    {}
    """
    words, low, found = position_words(), str(text or "").lower(), {}
    for way in ORDERS:
        order, named = words[way], words["named"]
        hit = re.search(rf"\b(?:{order})\b(?:\s+[a-z]+){{0,2}}?\s+(?:{named})\b|\b(?:{named})\s+(?:{order})\b", low)
        if hit:
            found[way] = re.sub(r"\s+", " ", hit.group(0))
    return found


def wrong_order(notes, guessed) -> list[str]:
    """The words of ``notes`` that take another of the people named than the ``guessed`` rows' note does ("mentioned
    last", where the note says "the first person named"), or that name an order where no note names one.

    >>> rows = [{"note": "guess: 'he' taken to be Ann Lee, the first person named in the sentences just before"}]
    >>> wrong_order("he = the one mentioned last", rows), wrong_order("he = the first one named", rows)
    (['mentioned last'], [])
    """
    theirs = named_orders(" ".join(str(r["note"] or "") for r in guessed))
    return [words for way, words in named_orders(notes).items() if way not in theirs]


def note_ways(guessed) -> list[str]:
    """The ways ("before", "after") the words of position in the ``guessed`` rows' note point.

    >>> note_ways([{"note": "guess: 'he' taken to be Ann Lee, the person quoted just before"}])
    ['before']
    """
    text = " ".join(str(r["note"] or "") for r in guessed).lower()
    words = position_words()
    return [way for way in POINTING if re.search(rf"\b(?:{words[way]})\b", text)]


def wrong_way(notes, guessed) -> list[str]:
    """The words of position in ``notes`` that point the other way from the ``guessed`` rows' note ("the next
    sentence", where the note says "just before").

    >>> wrong_way("the name comes from after the quote", [{"note": "guess: 'he' taken to be Ann Lee, quoted just before"}])
    ['after']
    """
    used, ways = note_ways(guessed), position_words()
    return [m.group(0) for way in POINTING if way not in used
            for m in re.finditer(rf"\b(?:{ways[way]})\b", notes.lower())] if used and isinstance(notes, str) else []


def reads_the_notes(notes, guessed) -> bool:
    """Does a student's ``notes`` say what the kit's guesses rest on, as the ``note`` of the ``guessed`` rows says it:
    where the name comes from (a word of position that points the way the notes point: "before", "earlier", "the
    sentence above"), with another word of its own ("he", "named", "quoted"), and no other of the people named than
    the note takes ("mentioned last" where it says "the first person named")? "They are guesses" does not: the
    exercise says so; only the notes say where each name comes from.

    >>> rows = [{"note": "guess: 'he' taken to be Ann Lee, the person quoted just before"}]
    >>> reads_the_notes("he is taken to be the person quoted earlier", rows), reads_the_notes("they are guesses", rows)
    (True, False)
    >>> reads_the_notes("the name in the next sentence", rows), reads_the_notes("before", rows)
    (False, False)
    >>> reads_the_notes("whoever was quoted last", rows), reads_the_notes("whoever was mentioned last before", rows)
    (True, False)
    >>> first = [{"note": "guess: 'he' taken to be Ann Lee, the first person named in the sentences just before"}]
    >>> reads_the_notes("the first person named", first), reads_the_notes("the last person named", first)
    (True, False)
    """
    from ..words import FUNCTION_WORDS

    if not isinstance(notes, str) or wrong_order(notes, guessed):
        return False
    low = notes.lower()
    position, ways = position_words(), note_ways(guessed)
    # a word or a phrase of position ("earlier", "quoted last"), then the other words
    where = [m.group(0) for way in ways for m in re.finditer(rf"\b(?:{position[way]})\b", low)]
    # "the first person named": the note's own words for which person it takes say where the name comes from too
    theirs = named_orders(" ".join(str(r["note"] or "") for r in guessed))
    agreed = [words for way, words in named_orders(low).items() if way in theirs]
    said = re.findall(r"[a-z]+", re.sub("|".join(re.escape(w) for w in where) or "(?!)", " ", low))
    other = [w for w in said if (w not in FUNCTION_WORDS or w in ("he", "she", "they")) and len(w) > 1]
    return bool(where or agreed) and bool(other)


def wrong_way_note(notes, guessed) -> str:
    """What to tell notes that point the other way from the rows' note, or take another of the people named.

    >>> print(wrong_way_note("the next sentence", [{"note": "guess: 'he' taken to be Ann Lee, quoted just before"}]))
    Your notes ('the next sentence') point the wrong way: they say 'next', but the note says the name comes from before.
    >>> print(wrong_way_note("he = the one mentioned last", [{"note": "guess: 'he' taken to be Ann Lee, the first person named before"}]))
    Your notes ('he = the one mentioned last') say 'mentioned last', but the note says “the first person named”: read which person it takes.
    """
    from .answers import quote_list

    shown, told = str(notes).strip(), []
    if wrong_way(notes, guessed):
        told.append(f"Your notes ({shown!r}) point the wrong way: they say {quote_list(wrong_way(notes, guessed))}, "
                    f"but the note says the name comes from {' and '.join(note_ways(guessed))}.")
    order = wrong_order(notes, guessed)
    if order:
        theirs = named_orders(" ".join(str(r["note"] or "") for r in guessed))
        says = (f"the note says {' and '.join('“the ' + w + '”' for w in theirs.values())}" if theirs
                else "no row's note says which of the people named it takes")
        told.append(f"{'They' if told else f'Your notes ({shown!r})'} say {quote_list(order)}, but {says}: read which "
                    "person it takes.")
    return " ".join(told)


def guess_kinds(guessed) -> list[str]:
    """How the kit guessed the speakers of the ``guessed`` rows, one phrase a kind with its number of rows, read from
    the rows' notes, most rows first.

    >>> guess_kinds([{"note": "speaker guessed from the quotation just before: no speaker is named here"},
    ...              {"note": "guess: 'he' taken to be Ann Lee, the person quoted just before"}])
    ['1 says “speaker guessed from the quotation just before”', '1 takes “he” to be the person quoted just before']
    """
    kinds: dict[tuple[bool, str], int] = {}
    for row in guessed:
        note = str(row["note"] or "").strip()
        taken = re.match(r"guess: '([^']+)' taken to be .+?, (.+)$", note)
        kind = ((True, f"“{taken.group(1)}” to be {taken.group(2)}") if taken
                else (False, f"“{re.split(r'[:;]', note.removeprefix('guess: '))[0].strip()}”"))
        kinds[kind] = kinds.get(kind, 0) + 1
    return [f"{n} {'take' if taken else 'say'}{'s' if n == 1 else ''} {kind}"
            for (taken, kind), n in sorted(kinds.items(), key=lambda item: -item[1])]
