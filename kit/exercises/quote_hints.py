"""Hints for an answer line Python cannot read because of its quote marks or brackets.

A student's answer line can break in a few ways a beginner cannot read from Python's own message: curly
quotes, an apostrophe inside text in single quotes ('the Pentagon's words'), a quote mark missing at one end,
a bracket never closed, a comma missing between two words of a list (``["hegemony" "imperialism"]``, which
Python reads as one word, "hegemonyimperialism"). Each hint says what to type, with the line corrected:

    >>> print(hint_for_quote_marks("invalid syntax", "answer = 'the Pentagon's and the Kremlin's words'"))
    The ' in Pentagon's and Kremlin's ends your text early: put the whole answer in double quotes " " instead, like this: answer = "the Pentagon's and the Kremlin's words"

:mod:`.friendly` shows them above the error, in place of the traceback. At the end, for the quotes table's
same/different check (lesson 03): the concepts a row's speaker and a name in an answer stand for
(:func:`speaker_concepts`, :func:`answer_concepts`), read through ``data/concepts.csv``. What a student's notes
say of Exercise 2's guessed speakers is read in :mod:`.guess_notes` (its functions are public here too).
"""

from __future__ import annotations

import re

from .guess_notes import named_orders, reads_the_notes, wrong_way_note  # noqa: F401  (were here first)

__all__ = ["ANSWER_NAMES", "speaker_concepts", "answer_concepts", "hint_for_indent", "hint_for_pasted_quotes", "hint_for_quote_marks", "hint_for_curly_quotes", "straight_line", "hint_for_curly_cell", "hint_for_text_on_lines", "hint_for_leftover_line", "CURLY", "CLOSING", "hint_for_brackets",
           "hint_for_missing_comma", "list_items", "hint_for_list_quotes"]

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
