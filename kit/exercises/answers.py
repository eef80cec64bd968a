"""Reading a student's answer: coercion, other names for the same thing, near misses.

A check never raises on a student's answer. These helpers turn what was typed into
something a check can compare (a number, a list of words, one choice out of several),
accept other names for the same answer (the gazetteer's aliases: "the BBC", "BBC News"),
suggest what a misspelt word may have meant, and cap very long answers (with a
message that says so) so a check stays fast.

    >>> norm("  “Brutal,” ")
    'brutal'
    >>> did_you_mean("imperalism", ["imperialism", "regime"])
    'imperialism'
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence

from .numbers import as_number
from .result import CORRECT, INCORRECT, PARTLY, CheckResult, not_answered, wrong_type
from .tries import (  # noqa: F401  (public here too: where the checks and the game first imported them)
    ATTEMPTS,
    BEST_FOUND,
    LAST_TRIED,
    REPEATED,
    SAME_ANSWER,
    flagged_question,
    forget_attempts,
    next_attempt,
    repeated,
)

__all__ = ["MAX_ITEMS", "MAX_CHARS", "MAX_ITEM_CHARS", "norm", "without_possessive", "as_word_list", "split_words", "need_text", "need_word_list", "split_list",
           "too_long", "quote_list", "match_choice", "loose", "did_you_mean", "known_words", "check_choice",
           "next_attempt", "forget_attempts", "SAME_ANSWER", "repeated", "LAST_TRIED", "one_edit", "has_vowel", "near_miss", "id_typo_note", "repair_id", "ID_FILLERS", "COPY_THE_ID", "FIX_THE_ID_IN_THE_LINE", "HOLDING", "HOLDING_NOTES",
           "WHAT_COLUMN_IS", "column_holding", "flagged_question"]

MAX_ITEMS = 200  # a longer list is refused, with this number in the message (keeps every check fast)
MAX_CHARS = 20_000  # a longer text answer is refused, with this number in the message
MAX_ITEM_CHARS = 300  # a longer item in a list of words or names is refused (no word or name is that long)


def norm(text) -> str:
    """Lower-case, straighten quotes, drop surrounding punctuation and extra spaces.

    >>> norm("  “Brutal,” ")
    'brutal'
    >>> norm("So-called")
    'so-called'
    >>> norm("(W)omen"), norm("U.S."), norm("the U.S.")  # a letter in brackets is part of the word; U.S. keeps its stops
    ('women', 'u.s.', 'the u.s')
    """
    text = str(text).lower()
    text = text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    text = re.sub(r"\s+", " ", re.sub(r"\((\w{1,3})\)(?=\w)", r"\1", text))
    return text.strip(" \t\n\"'.,;:!?()[]" if not re.fullmatch(r"\W*(?:[a-z]\.){2,}\W*", text) else " \t\n\"'")


def dashes_apart(text: str) -> str:
    """``text`` with each dash (em, en, figure, bar: any but the hyphen) a space, as the word game splits words: a
    dash with no spaces ("century—the") stands between two words, never inside one.

    >>> dashes_apart("the 21st century—the so-called war–and more")
    'the 21st century the so-called war and more'
    """
    return re.sub(r"[\u2012-\u2015\u2e3a\u2e3b]", " ", str(text))


def without_possessive(word: str) -> str:
    """A normalised word without its possessive ending ("imperialism’s" is "imperialism"; "it's" stays).

    >>> without_possessive(norm("imperialism’s")), without_possessive("fighters'"), without_possessive("it's")
    ('imperialism', 'fighters', "it's")
    """
    stem = re.sub(r"(?:'s|(?<=s)')$", "", word)
    return stem if len(stem) >= 3 and stem[-1].isalnum() else word


def as_word_list(answer, phrases=None):
    """A list of strings, or None when the answer is not text or a list/tuple/set/Series of strings.

    A string is read as a list too: one that writes a list out ("imperialism, regime") is split at
    its commas; one without commas is one item, or, when ``phrases`` (the multi-word entries the
    question knows, normalised) is given, its words, each multi-word entry kept whole
    ("imperialism regime change" -> ['imperialism', 'regime change']).

    >>> as_word_list(("a", "b")), as_word_list("a b"), as_word_list("a, b"), as_word_list(3)
    (['a', 'b'], ['a b'], ['a', 'b'], None)
    >>> as_word_list("imperialism regime change hegemony", phrases={"regime change"})
    ['imperialism', 'regime change', 'hegemony']
    """
    import pandas as pd

    if isinstance(answer, (list, tuple, set, frozenset, pd.Series)) and all(isinstance(a, str) for a in answer):
        return list(answer)
    if not isinstance(answer, str) or len(answer) > MAX_CHARS:
        return None
    listed = split_list(answer)
    if listed is not None:
        return listed
    text = answer.strip().strip("[]").strip(" \t'\"“”‘’.")
    if phrases is None or norm(text) in phrases or len(text.split()) < 2:
        return [text] if text else []
    return split_words(text, phrases)


def split_words(text: str, phrases) -> list[str]:
    """The words of ``text``, each run of words that makes one of ``phrases`` (normalised) kept whole.

    >>> split_words("Imperialism Regime Change", {"regime change"})
    ['Imperialism', 'Regime Change']
    """
    words, out, i = text.split(), [], 0
    longest = max((len(p.split()) for p in phrases), default=1)
    while i < len(words):
        for j in range(min(len(words), i + longest), i, -1):
            if j - i == 1 or norm(" ".join(words[i:j])) in phrases:
                out.append(" ".join(words[i:j]).strip(" \t'\"“”‘’.,;:"))
                i = j
                break
    return [w for w in out if w]


def split_list(text: str) -> list[str] | None:
    """A string that holds a list written out ("imperialism, regime" or "a; b"), as a list; else None.

    Counts written after a name ("Mattis ×2", "Dillon (2)") are dropped.

    >>> split_list("imperialism, regime change")
    ['imperialism', 'regime change']
    >>> split_list("Dillon ×2, Mattis x2")
    ['Dillon', 'Mattis']
    >>> split_list("regime") is None
    True
    """
    text = text.strip().strip("[]")
    if not re.search(r"[,;\n]| and ", text):
        return None
    parts = [re.sub(r"\s*(?:[×x]\s*\d+|\(\d+\)|\d+\s*times?)\s*$", "", p.strip(" \t'\"“”‘’.")) for p in
             re.split(r"\s*(?:[,;\n]|\band\b)\s*", text)]
    parts = [p.strip(" \t'\"“”‘’") for p in parts]
    parts = [p for p in parts if p]
    return parts if len(parts) > 1 else None


def too_long(answer) -> CheckResult | None:
    """The refusal for an answer too long to check quickly, or None when it is fine.

    >>> print(too_long(["x"] * 100_000))
    ✗ Not yet: your list has 100,000 items; this check reads at most 200.
      Give only the words or names the question asks for.
    >>> too_long(["x", "y"]) is None
    True
    """
    if isinstance(answer, str) and len(answer) > MAX_CHARS:
        return CheckResult(INCORRECT, f"your answer has {len(answer):,} characters; this check reads at most "
                           f"{MAX_CHARS:,}.", "Write it in your own words, a few sentences long.")
    if isinstance(answer, (list, tuple, set, frozenset)) and len(answer) > MAX_ITEMS:
        return CheckResult(INCORRECT, f"your list has {len(answer):,} items; this check reads at most "
                           f"{MAX_ITEMS}.", "Give only the words or names the question asks for.")
    if isinstance(answer, (list, tuple, set, frozenset)):
        longest = max((len(a) for a in answer if isinstance(a, str)), default=0)
        if longest > MAX_ITEM_CHARS:
            return CheckResult(INCORRECT, f"one item of your list is {longest:,} characters long; a word or name "
                               f"is never more than {MAX_ITEM_CHARS}.",
                               "Give only the words or names the question asks for, each in its own quotes.")
    return None


def need_text(answer, what: str, holds: str | None = None) -> CheckResult | None:
    """None when the answer is one piece of text; otherwise the not-answered / wrong-type result.

    ``holds`` names what the check asks for when it differs from the word ``what`` (a key of ``HOLDING``):
    the tip for a table answer names the column that holds it ("claim source": the ``attribution`` column of
    a ``trace_claim`` table, not its ``outlet`` column, which is the publisher).

    >>> need_text("BBC", "outlet") is None
    True
    >>> need_text(["BBC"], "outlet").status
    'wrong_type'
    >>> import pandas as pd
    >>> print(need_text(pd.DataFrame({"text": ["…"], "attribution": ["BBC"]}), "outlet"))
    ! Wrong kind of answer: the answer should be one outlet, written in quotes.
      You gave a table (DataFrame).
      The outlet is in one of its columns ('text', 'attribution'): take it from the row your answer needs (look at how the table is sorted), or copy the outlet in quotes.
    >>> print(need_text(pd.DataFrame({"outlet": ["WSWS"], "attribution": ["BBC"]}), "outlet", holds="claim source"))
    ! Wrong kind of answer: the answer should be one outlet, written in quotes.
      You gave a table (DataFrame).
      The outlet is in its "attribution" column (who the claim is credited to; the "outlet" column is who published the article): take it from the row your answer needs (look at how the table is sorted), or copy the outlet in quotes.
    >>> print(need_text(4, "article id"))
    ! Wrong kind of answer: the answer should be one article id, written in quotes.
      You gave a number (4).
      4 looks like a row number. The id is in that row's 'article_id' column, for example articles.loc[4, "article_id"], or copy it in quotes.
    """
    import pandas as pd

    if answer is ...:
        return not_answered()
    if isinstance(answer, str):
        return too_long(answer)
    tip = ""
    if as_number(answer) is not None and what == "article id" and float(as_number(answer)).is_integer():
        row = int(as_number(answer))  # "answer = 4": the row number a table shows on the left, not the id
        tip = (f"{row} looks like a row number. The id is in that row's `article_id` column, for example "
               f'articles.loc[{row}, "article_id"], or copy it in quotes.')
    elif as_number(answer) is not None:
        tip = f'Write the {what} as text in quotes, for example "like this".'
    elif isinstance(answer, (list, tuple, set)):
        tip = "Give just one, as text in quotes."
    elif isinstance(answer, pd.DataFrame):  # a table: say where the value is, never which row to take
        cols = [str(c) for c in answer.columns]
        col = column_holding(holds or what, cols)
        where = f'in its "{col}" column' if col else f"in one of its columns ({quote_list(cols, limit=8)})"
        if col and col != what and what in cols:  # the column named like the question holds something else
            where += f' ({HOLDING_NOTES.get(holds or what, "not")} the "{what}" column{WHAT_COLUMN_IS.get(what, "")})'
        tip = (f"The {what} is {where}: take it from the row your answer needs (look at how the table is "
               f"sorted), or copy the {what} in quotes.")
    elif isinstance(answer, pd.Series):
        tip = "Pick the single value out of the column, for example with `.iloc[0]`."
    return wrong_type(f"the answer should be one {what}, written in quotes.", answer, tip)


#: Which column of a kit table holds what a question asks for (the first one the table has).
HOLDING = {"article id": ("article_id",), "outlet": ("outlet", "cited"), "speaker": ("speaker", "source"),
           "names": ("speaker", "source", "cited"), "words": ("text", "term"), "word": ("term", "text"),
           "claim source": ("attribution", "cited", "speaker")}

#: What the column a question asks for holds, said before the column with the question's name ("claim source").
HOLDING_NOTES = {"claim source": "who the claim is credited to;"}

#: What a column named like a question's word holds, when it is not the answer ("outlet": the publisher).
WHAT_COLUMN_IS = {"outlet": " is who published the article"}


def column_holding(what: str, columns) -> str | None:
    """The column of a table (its ``columns``) that holds the ``what`` a question asks for, or None.

    >>> column_holding("words", ["article_id", "text", "term"]), column_holding("outlet", ["n", "cited"])
    ('text', 'cited')
    """
    return next((c for c in HOLDING.get(what, ()) if c in columns), None)


def need_word_list(answer, what: str = "words") -> CheckResult | None:
    """None when the answer is a (not too long) list of strings or one text; otherwise the result to return.

    >>> need_word_list(["brutal"]) is None, need_word_list("brutal") is None
    (True, True)
    >>> need_word_list(3).status
    'wrong_type'
    >>> import pandas as pd
    >>> 'list(your_table["text"])' in need_word_list(pd.DataFrame({"text": ["a"], "n": [1]})).detail
    True
    """
    if answer is ...:
        return not_answered()
    words = as_word_list(answer)
    if words is None:
        import pandas as pd

        tip = ""
        if isinstance(answer, pd.DataFrame):  # a filtered table: name its columns, and how to take one as a list
            cols = [str(c) for c in answer.columns]
            col = column_holding(what, cols)
            tip = (f"Take the column that holds the {what} as a list: list(your_table[\"{col or 'column'}\"])"
                   f" (its columns: {quote_list(cols, limit=8)}).")
        return wrong_type(f"the answer should be a list of {what}, like ['one', 'another'].", answer, tip)
    return too_long(answer)


def quote_list(words: Iterable[str], limit: int = 12) -> str:
    """Words in quotes, separated by commas ("none" for none; long lists are shortened).

    >>> quote_list(["a", "b"]), quote_list([])
    ("'a', 'b'", 'none')
    >>> quote_list(map(str, range(20)), limit=3)
    "'0', '1', '2' and 17 more"
    """
    words = list(words)
    if not words:
        return "none"
    shown = ", ".join(f"'{w}'" for w in words[:limit])
    return shown + (f" and {len(words) - limit} more" if len(words) > limit else "")


#: What a student is told after "did you mean …?" about an article id.
COPY_THE_ID = "Copy the id from the table."
#: ... and about an article id typed in the check's own line (the article a check reads), not in the answer.
FIX_THE_ID_IN_THE_LINE = "Fix the id in the check line: copy it from the table, in quotes."


def loose(text) -> str:
    """Only the words and numbers of a text, lower-case, one space apart ("Russia-Charges" -> "russia charges").

    >>> loose("Syria: Is US Fighting ISIS?"), loose("russia-charges-pentagon")
    ('syria is us fighting isis', 'russia charges pentagon')
    """
    return " ".join(re.findall(r"[^\W_]+", str(text).lower()))


def match_choice(answer: str, choices: Iterable[str], aliases: dict | None = None):
    """The one choice the answer names: exact (ignoring case), an alias, else a unique prefix or part.

    ``aliases`` maps other names (normalised with :func:`norm`) to a choice.

    >>> match_choice("000", ["000-russia", "001-antimedia"])
    '000-russia'
    >>> match_choice("wsws", ["wsws.org", "Global Research"])
    'wsws.org'
    >>> match_choice("the BBC", ["BBC", "Reuters"], aliases={"the bbc": "BBC"})
    'BBC'
    >>> match_choice("US", ["the US", "US imperialism", "US military"])
    'the US'
    >>> match_choice("us fighting isis", ["us-fighting-isis-or-liquidating-assets", "us-rescue-of-isis-in-raqqa"])
    'us-fighting-isis-or-liquidating-assets'
    >>> match_choice("0", ["000-a", "001-b"]) is None, match_choice("brutal " * 1_500_000, ["a"]) is None
    (True, True)
    """
    if len(answer) > MAX_CHARS // 10:  # no id, name or title is this long: do not scan a pasted article 74 times
        return None
    wanted = norm(answer)
    if not wanted:
        return None
    choices = [c for c in dict.fromkeys(choices) if isinstance(c, str)]
    for c in choices:
        if norm(c) == wanted:
            return c
    bare = [c for c in choices if re.sub(r"^the ", "", norm(c)) == re.sub(r"^the ", "", wanted)]
    if len(bare) == 1:  # "US" for "the US", "the Guardian" for "Guardian"
        return bare[0]
    if aliases and aliases.get(wanted) in choices:
        return aliases[wanted]
    same_words = [c for c in choices if loose(c) == loose(answer)]  # "russia charges pentagon"
    if len(same_words) == 1:
        return same_words[0]
    if aliases and aliases.get(loose(answer)) in choices:  # an alias written loosely (a title)
        return aliases[loose(answer)]
    spaced = f" {loose(answer)} "  # an id with spaces for hyphens is that id: "us fighting isis" is its start
    for test in (lambda c: norm(c).startswith(wanted) or f" {loose(c)} ".startswith(spaced),
                 lambda c: wanted in norm(c) or spaced in f" {loose(c)} "):
        found = [c for c in choices if test(c)]
        if len(found) == 1:
            return found[0]
    return None


def near_miss(answer, choices: Iterable[str], aliases: dict | None = None):
    """The choice (an article id) that ``answer`` misses by a letter or two, or None.

    :func:`match_choice` reads a unique start or part of an id as that id ("us-rescue"), so an id typed with
    its last letter missing would pass unseen: such an answer is a typo to point out ("did you mean …?"),
    never accepted silently. The id itself (any case, spaces for hyphens), a title in ``aliases`` and a start
    far shorter than the id are not near misses.

    >>> ids = ["us-rescue-of-isis-in-raqqa", "russia-charges-pentagon"]
    >>> near_miss("us-rescue-of-isis-in-raqq", ids), near_miss("russia-charges-pentagn", ids)
    ('us-rescue-of-isis-in-raqqa', 'russia-charges-pentagon')
    >>> near_miss("us-rescue", ids), near_miss("Russia charges Pentagon", ids), near_miss("raqqa", ids)
    (None, None, None)
    """
    if not isinstance(answer, str) or not loose(answer):
        return None
    choices = [c for c in dict.fromkeys(choices) if isinstance(c, str)]
    if any(loose(c) == loose(answer) for c in choices):
        return None
    if aliases and (aliases.get(norm(answer)) in choices or aliases.get(loose(answer)) in choices):
        return None
    return did_you_mean(answer, choices, endings=False)


def id_typo_note(answer: str, meant: str) -> str:
    """What every check says of an id typed a letter off (:func:`near_miss`): partly right, never read as that id.

    >>> id_typo_note("russia-charges-pentago", "russia-charges-pentagon")
    "'russia-charges-pentago' is not one of the article ids here: did you mean 'russia-charges-pentagon'? Copy the id from the table."
    """
    return f"{str(answer).strip()!r} is not one of the article ids here: did you mean {meant!r}? {COPY_THE_ID}"


def repair_id(answer, ids: Iterable[str], aliases: dict | None = None) -> tuple[str | None, str]:
    """The article id an answer to "which article?" is read as, and what to say of how it is typed (every check that
    takes an id): the id in any case or spaced, a title in ``aliases``, a unique start, or 2 words or more of one id
    or title only ("russian general one") is that id; an id a letter or a dash off is repaired with
    :func:`id_typo_note` ("did you mean …?"); anything else (one word: "the russia one") is None.

    >>> ids = ["russia-charges-pentagon", "us-rescue-of-isis-in-raqqa"]
    >>> repair_id("Russia Charges Pentagon", ids), repair_id("us-rescue", ids), repair_id("syria", ids)
    (('russia-charges-pentagon', ''), ('us-rescue-of-isis-in-raqqa', ''), (None, ''))
    >>> repair_id("russiacharges-pentagon", ids)[1]
    "'russiacharges-pentagon' is not one of the article ids here: did you mean 'russia-charges-pentagon'? Copy the id from the table."
    >>> repair_id("Russia-charges-pentago", ids)[0], repair_id("us-rescue-of-isis-in-raqa", ids)[0]
    ('russia-charges-pentagon', 'us-rescue-of-isis-in-raqqa')
    >>> repair_id("the US rescue one", ids)[0], repair_id("the russia one", ids + ["russia-and-us"])[0]
    ('us-rescue-of-isis-in-raqqa', None)
    """
    ids = [i for i in dict.fromkeys(ids) if isinstance(i, str)]
    if (guess := near_miss(answer, ids, aliases)) is not None:
        return guess, id_typo_note(answer, guess)
    found = match_choice(answer, ids, aliases) if isinstance(answer, str) and loose(answer) else None
    words = set(loose(answer).split()) - ID_FILLERS
    named = {i for i in ids for key in [i, *(k for k, v in (aliases or {}).items() if v == i)]  # its id or a title
             if found is None and len(words) > 1 and words <= set(loose(key).split())}
    return (named.pop() if found is None and len(named) == 1 else found), ""


ID_FILLERS = frozenset("the a an one article articles story piece id about on that this".split())  # "the wsws one"
KNOWN_WORDS: dict = {}


def known_words() -> frozenset:
    """The words of the bundled articles (lower-case): a word that occurs in them is a real word
    or name, never a misspelling to "correct" (empty when the articles cannot be read).

    >>> "raqqa" in known_words()
    True
    """
    if "words" not in KNOWN_WORDS:
        try:
            import kit
            texts = kit.load_articles()["text"].fillna("").astype(str)
            words = {w for t in texts for w in re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", t.lower())}
        except Exception:  # noqa: BLE001  (a check still runs without the bundled articles)
            words = set()
        KNOWN_WORDS["words"] = frozenset(words)
    return KNOWN_WORDS["words"]


def did_you_mean(word: str, candidates: Iterable[str], endings: bool = True) -> str | None:
    """The candidate a misspelt word most likely meant, or None when nothing is close.

    >>> did_you_mean("imperalism", ["imperialism", "regime"])
    'imperialism'
    >>> did_you_mean("table", ["imperialism"]) is None
    True

    A word that only adds or drops an ending is another word, not a misspelling:

    >>> did_you_mean("supposed", ["supposedly"]) is None
    True

    An id or a name has no word endings (``endings=False``): a letter more or less is a typo there:

    >>> did_you_mean("russia-charges-pentagone", ["russia-charges-pentagon"], endings=False)
    'russia-charges-pentagon'

    A word of the articles is a real word, not a misspelling of a listed one:

    >>> did_you_mean("Raqqa", ["Iraq"]) is None
    True

    Junk is not a misspelling: a short word keeps its first letter, and a string with no vowel is
    corrected only to a word with none either (an acronym):

    >>> did_you_mean("asdf", ["SDF"]) is None, did_you_mean("sdfg", ["sofa"]) is None, did_you_mean("BCC", ["BBC"])
    (True, True, 'BBC')
    """
    wanted = norm(word)
    pool = {norm(c): c for c in candidates if isinstance(c, str) and norm(c)}
    if not wanted or wanted in pool or wanted in known_words():
        return None
    close = difflib.get_close_matches(wanted, list(pool), n=1, cutoff=0.8)
    if not close and len(wanted) >= 3:  # a short word: one letter wrong or two swapped ("BCC" for "BBC")
        close = [c for c in pool if one_edit(wanted, c)]
        close = close if len(close) == 1 else []
    if not close or (endings and (close[0].startswith(wanted) or wanted.startswith(close[0]))):
        return None  # "supposed" and "supposedly" are two words, not a typo
    if len(wanted) <= 4 and close[0][0] != wanted[0]:
        return None  # a short word keeps its first letter: "asdf" is not "sdf" misspelt
    if not has_vowel(wanted) and has_vowel(close[0]):
        return None  # a string with no vowel-bearing word ("xkcd qwrt") is junk; "BCC" may still be "BBC"
    return pool[close[0]]


def has_vowel(text: str) -> bool:
    """True when some word of ``text`` has a vowel (a, e, i, o, u, y).

    >>> has_vowel("sdfg"), has_vowel("bbc"), has_vowel("raqqa")
    (False, False, True)
    """
    return any(re.search(r"[aeiouy]", w) for w in re.findall(r"[^\W\d_]+", text.lower()))


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` (the same length) differ by one letter or by two neighbours swapped.

    >>> one_edit("bcc", "bbc"), one_edit("wsws", "wswz"), one_edit("ap", "bbc")
    (True, True, False)
    """
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                              and a[diff[1]] == b[diff[0]])


def check_choice(answer, expected: Sequence[str], choices: Sequence[str], what: str,
                 why: str = "", explain_wrong=None, aliases: dict | None = None, where: str = "") -> CheckResult:
    """Shared logic for "name one thing from this list" questions (ids, outlets, words).

    One feedback policy: a first wrong try never gives the answer away. An answer that is not
    one of the choices is told where to look (``where``, e.g. "the outlet column"); the choices
    themselves (in alphabetical order, so the order gives nothing away) only from the second try.
    A misspelling close to a right answer is partly right, with "did you mean …?".

    >>> check_choice("BBC News", ["BBC"], ["BBC", "Reuters"], "outlet", aliases={"bbc news": "BBC"}).status
    'correct'
    >>> print(check_choice("Reuter", ["BBC"], ["BBC", "Reuters"], "outlet"))
    ✗ Not yet: 'Reuter' (read as 'Reuters') is not it — look again.
    >>> print(check_choice("BCC", ["BBC"], ["BBC", "Reuters"], "outlet"))
    ◐ Partly right: 'BCC' is not one of the outlets here: did you mean 'BBC'? Check the spelling.
    >>> forget_attempts()
    >>> print(check_choice("idk", ["BBC"], ["Reuters", "BBC"], "outlet", where="Read the sentences again."))
    ✗ Not yet: 'idk' is not one of the outlets in this data.
      Read the sentences again.
    >>> print(check_choice("dunno", ["BBC"], ["Reuters", "BBC"], "outlet", where="Read the sentences again."))
    ✗ Not yet: 'dunno' is not one of the outlets in this data.
      Read the sentences again.
      The outlets, in alphabetical order: 'BBC', 'Reuters'.
    """
    problem = need_text(answer, what)
    if problem is not None:
        return problem
    picked = match_choice(answer, choices, aliases)
    question = ("choice", what, tuple(expected), tuple(choices))
    if picked is None:
        stage = next_attempt(question, False, answer)
        parts = [p for p in re.split(r"\s*(?:[,;/]|\band\b|\bor\b)\s*", str(answer)) if p.strip()]
        named = list(dict.fromkeys(c for c in (match_choice(p, choices, aliases) for p in parts) if c))
        if len(parts) > 1 and len(named) > 1:  # "russia-charges-pentagon, us-fighting-isis-…"
            return CheckResult(INCORRECT, f"your answer names {len(named)} {what}s: give just one, the one "
                               f"you think is right.", "Write it alone, in quotes.")
        several = [c for c in choices if norm(answer) and norm(answer) in norm(c)]
        if len(several) > 1:
            return CheckResult(INCORRECT, f"{answer!r} fits several {what}s: write it in full.",
                               f"It fits {len(several)} of them." if stage == 1 else f"It fits: {quote_list(several)}.")
        guess = did_you_mean(answer, choices, endings=what != "article id")
        if guess is None and re.match(r"\s*the\s+\S", str(answer), flags=re.I):  # "the bcc": 'the' is no part of it
            guess = did_you_mean(re.sub(r"^\s*the\s+", "", str(answer), flags=re.I), choices, endings=what != "article id")
        if guess is not None:
            return CheckResult(PARTLY if guess in expected else INCORRECT,
                               f"{answer!r} is not one of the {what}s here: did you mean {guess!r}? "
                               + (COPY_THE_ID if what == "article id" else "Check the spelling."))
        listed = sorted(dict.fromkeys(choices), key=lambda c: norm(c))
        return CheckResult(INCORRECT, f"{answer!r} is not one of the {what}s in this data.",
                           [where or f"Look for the {what} in the table or plot above.",
                            f"The {what}s, in alphabetical order: {quote_list(listed, limit=20)}." if stage > 1 else ""])
    if picked in expected:
        next_attempt(question, True)
        typo = near_miss(answer, choices, aliases) if what == "article id" else None  # a typo: partly, as everywhere
        return CheckResult(PARTLY, id_typo_note(answer, typo)) if typo else CheckResult(CORRECT, f"{picked!r} is right.", why)
    next_attempt(question, False, answer)
    detail = explain_wrong(picked) if explain_wrong else ""
    read_as = f"{answer.strip()!r} (read as {picked!r})" if loose(answer) != loose(picked) else f"{picked!r}"
    return CheckResult(INCORRECT, f"{read_as} is not it — look again.", detail)
