"""Context rules: when a listed word does not do its usual job in its sentence.

A word list says which words to look at; a context rule says when a match is not what the
list means: "about" before a number states how exact a figure is (not a hedge), "May 2017" is
a month, "claimed responsibility" reports no doubtful claim, "sanctions regime" is a system of
rules. The rules are a CSV file that a teacher can read and edit, ``data/context_rules.csv``:

    rule,category,terms,look,words,action,explanation

- ``rule``: the rule's name (shown in the ``rule`` column of :func:`kit.annotate` and by
  :func:`kit.explain`);
- ``category``: the category it applies to (``*`` for every category);
- ``terms``: the word-list entries it applies to, separated by ``|`` (empty: every entry);
- ``look``: where to look: ``after`` (the words right after the match), ``after_joined`` (the words
  after the match and after any words joined to it by "and", "or" or a comma: in "anti-Russian and
  anti-Muslim newspaper" the words the two share, "newspaper"), ``before`` (the words
  right before it), ``clause_before`` (anywhere earlier in the same clause), ``clause_after``
  (anywhere later in the same clause), ``quotation`` (the match is inside a quotation of this
  kind: ``term``, ``title``, ``scare``, ``speech``), ``name`` (the match is part of a name
  written with capitals, see :func:`in_name`; ``words`` is ``<capitals>``) or ``repeat`` (with ``words``
  ``<sentence>``: the match's sentence already stood, word for word, earlier in the text, see
  :func:`repeated_sentence`; with ``<term>``: the same entry of the word list was already flagged earlier
  in the text, "the regime ... the regime");
- ``words``: what to find there, separated by ``|``; ``<number>`` stands for any number
  ("4,000", "11", "two", "dozens"), ``<name>`` for a word written with a capital ("Obama"), ``<word>`` for any
  one word ("an anonymous <word> official" finds "an anonymous military official"), ``<set:NAME>`` for any
  word of that set of data/word_sets.csv (``<set:inference_subjects>``: "picture", "evidence", ...; one
  list shared with kit.quotes); a word that starts with a sign needs no space before it
  (``-than-`` finds "lower-than-expected", ``,`` a comma right before the match);
- ``action``: ``drop`` (do not flag), ``keep`` (flag, and name this rule as the reason) or
  ``require`` (flag only when the words are there; a word with several ``require`` rules is
  flagged when any of them holds, and a ``drop`` rule that fires still wins);
- ``explanation``: one plain sentence, shown by :func:`kit.explain`.

>>> rules = load_context_rules()
>>> {"month-may", "regime-non-political"} <= set(rules["rule"])
True
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from .datafiles import data_path, file_stamp
from .errors import LexiconError, Problem

__all__ = ["load_context_rules", "compiled_rules", "ContextRules", "RULE_COLUMNS", "WORD_LIST_RULE", "in_name",
           "repeated_sentence", "expand_sets"]

#: The columns of data/context_rules.csv, in this order.
RULE_COLUMNS = ["rule", "category", "terms", "look", "words", "action", "explanation"]

#: The ``rule`` of a flag made by a word list with no context rule involved.
WORD_LIST_RULE = "word-list"

_LOOKS = ("after", "after_joined", "before", "clause_before", "clause_after", "quotation", "name", "repeat")
_ACTIONS = ("drop", "keep", "require")
_REPEATS = ("<sentence>", "<term>")  # the words of a ``repeat`` rule
_NUMBER = (r"(?:[$£€]\s?)?\d[\d,.]*(?:\s?(?:%|percent|per cent))?|(?:one|two|three|four|five|six|seven|eight|"
           r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|"
           r"hundreds|a thousand|thousands|dozens|a dozen|tens|a million|millions|half)\b")
_NAME = r"(?-i:[A-Z])[\w’'.-]*"  # <name>: a word written with a capital ("Obama", "NATO")
_CLAUSE_BREAK_CHARS = ",;:—–()[]"  # the characters that end a clause before a flag (see clause_before)
#: Everything up to the last of those characters: one match from where the clause may start finds where it starts
_LAST_CLAUSE_BREAK = re.compile(rf"(?s:.*)[{re.escape(_CLAUSE_BREAK_CHARS)}]")
_CLAUSE_END = re.compile(r"[,;:—–()\[\]]|[.!?](?=\s)|\n")
_QUOTES_BETWEEN = r"[\s\"“”‘’']*"
#: The letters that case folding matches to a plain a-z letter, or that lower() lengthens: İ ı ſ K.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_WORD_BEFORE = re.compile(r"[\w-]")  # a character that makes a match start inside a word
_MARKS_AND_SPACE = " \t\n\"“”‘’'"


_ANY_WORD = r"[A-Za-z][\w’'-]*"  # <word>: any one word ("military-diplomatic")
#: after_joined: the words joined to the match by "and", "or" or a comma (", and"), skipped before its words
_JOINED = rf"(?:(?:\s*,(?:\s*(?:and|or)(?![\w-]))?|\s+(?:and|or)(?![\w-]))\s*(?!(?:and|or)(?![\w-])){_ANY_WORD})*"
_PLACEHOLDERS = {"<number>": _NUMBER, "<name>": _NAME, "<word>": _ANY_WORD}


def _phrase_pattern(words: str) -> str:
    parts = []
    for w in words.split("|"):
        w = w.strip()
        if not w:
            continue
        pattern = re.escape(w).replace(r"\ ", r"\s+")
        for mark, rx in _PLACEHOLDERS.items():
            pattern = pattern.replace(re.escape(mark), f"(?:{rx})")
        parts.append(pattern)
    return "|".join(parts)


def _bounded(words: str) -> str:
    """A pattern for any of ``words`` as whole words (a word that starts or ends with a quotation
    mark or a sign needs no word boundary on that side). The plain words (letters at both ends, no
    placeholder) share one pair of boundaries and are tried only after their first letter: the same
    matches as one group per word, found several times faster."""
    plain, parts = [], []
    for w in words.split("|"):
        w = w.strip()
        if not w:
            continue
        one = _phrase_pattern(w)
        if w[0].isalpha() and w[-1].isalnum() and "<" not in w:
            plain.append(one)
            continue
        parts.append(("(?<![\\w-])" if w[0].isalnum() or w[0] == "<" else "") + one
                     + ("(?![\\w])" if w[-1].isalnum() or w[-1] == ">" else ""))
    if plain:
        firsts = "".join(sorted({re.escape(p[0].lower()) for p in plain} | {re.escape(p[0].upper()) for p in plain}))
        parts.insert(0, f"(?<![\\w-])(?=[{firsts}])(?:{'|'.join(plain)})(?![\\w])")
    return "|".join(f"(?:{p})" for p in parts)


def _ended(words: str) -> str:
    """A pattern for any of ``words`` that ends where a word ends (a word that ends with a sign, such as
    ``, “``, may run straight into the next word).

    Words with the same first words (or the same last word) share them: ``<word> official|<word> source``
    is written ``<word>\\s+(?:official|source)``, the same phrases (an "after" rule only asks whether one
    matches) in a pattern that compiles several times faster (a rule of 120 phrases, 40 of them with
    ``<word>``: 0.05 s -> a few ms, once per lesson).

    >>> rx = re.compile(_ended("<word> official|<word> source|said"), re.IGNORECASE)
    >>> [rx.match(t) is not None for t in ["senior official", "a Source", "said", "official", "sai"]]
    [True, True, True, False, False]
    >>> _ended("<word> official|<word> source").count("[A-Za-z]")  # <word> written once
    1
    """
    alternatives = [(w, _phrase_pattern(w), "(?![\\w])" if w[-1].isalnum() or w[-1] == ">" else "")
                    for w in (w.strip() for w in words.split("|")) if w]
    plain = "|".join(f"(?:{pattern}){end}" for _w, pattern, end in alternatives)
    shared = [_shared_words(alternatives, first) for first in (True, False)]
    return min([plain, *shared], key=len)  # the shortest: the fewest placeholders to compile


def _shared_words(alternatives, first: bool) -> str:
    """``alternatives`` (word, its pattern, its end) with the same first words (``first``) or the same last
    word written once: ``A\\s+(?:x|y)`` for ``A x|A y``, each only where the pattern is exactly the two parts
    joined, so the phrases matched are the same."""
    groups: dict = {}
    for word, pattern, end in alternatives:
        head, sep, tail = word.rpartition(" ") if first else word.partition(" ")
        parts = (_phrase_pattern(head), _phrase_pattern(tail)) if sep and head.strip() and tail.strip() else None
        if parts is None or parts[0] + r"\s+" + parts[1] != pattern:
            groups.setdefault((None, pattern, end), [])
            continue
        shared, own = parts if first else parts[::-1]
        groups.setdefault((shared, None, end), []).append(own)
    out = []
    for (shared, pattern, end), owns in groups.items():
        if shared is None:
            out.append(f"(?:{pattern}){end}")
        else:
            many = "|".join(owns)
            out.append((f"(?:{shared}\\s+(?:{many}))" if first else f"(?:(?:{many})\\s+{shared})") + end)
    return "|".join(out)


def load_context_rules(path=None):
    """Read the context rules (``data/context_rules.csv`` by default) as a table, checked.

    A mistake (an unknown ``look`` or ``action``, an empty name, a pattern that cannot be read)
    raises a :class:`kit.LexiconError` naming the file, the line and the fix.

    >>> load_context_rules().columns.tolist()
    ['rule', 'category', 'terms', 'look', 'words', 'action', 'explanation']
    """
    import pandas as pd

    path = Path(path) if path is not None else data_path("context_rules.csv")
    if not path.exists():
        raise LexiconError(f"the context rules file {path} does not exist", file=str(path),
                           fix="Pass the path of a CSV with the columns " + ", ".join(RULE_COLUMNS) + ".")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != RULE_COLUMNS:
            raise LexiconError(f"{path.name}: the header is {reader.fieldnames}", file=str(path), field="header",
                               fix="The first line must be: " + ",".join(RULE_COLUMNS))
        rows = list(reader)
    problems = []
    seen = set()
    for n, row in enumerate(rows, start=2):
        row = {k: (v or "").strip() for k, v in row.items() if k is not None}
        rows[n - 2] = row

        def problem(field, message, fix, n=n):
            problems.append(Problem(f"{path.name}, line {n}: {message}", file=str(path), field=field, fix=fix,
                                    line=n))

        if not row["rule"]:
            problem("rule", "the rule has no name", "Give each rule a short name.")
        elif row["rule"] in seen:
            problem("rule", f"the rule {row['rule']!r} is listed twice", "Give each rule its own name.")
        seen.add(row["rule"])
        if row["look"] not in _LOOKS:
            problem("look", f"look is {row['look']!r}", f"Use one of: {', '.join(_LOOKS)}.")
        if row["action"] not in _ACTIONS:
            problem("action", f"action is {row['action']!r}", f"Use one of: {', '.join(_ACTIONS)}.")
        if not row["words"]:
            problem("words", "words is empty", "Say what to look for, for example <number>.")
        elif row["look"] == "repeat" and row["words"] not in _REPEATS:
            problem("words", f"look is repeat and words is {row['words']!r}",
                    "With look repeat, words is <sentence> (the same sentence earlier) or <term> (the same "
                    "listed word flagged earlier).")
        if not row["explanation"]:
            problem("explanation", "explanation is empty", "Write one plain sentence that says why the rule exists.")
    if problems:
        raise LexiconError(problems[0].message, file=str(path), field=problems[0].field, fix=problems[0].fix,
                           line=problems[0].line, problems=problems)
    return pd.DataFrame(rows, columns=RULE_COLUMNS)


_REGEX_LOOKS = frozenset({"after", "after_joined", "before", "before_any", "clause_before", "clause_after"})


class ContextRules:
    """The rules ready for matching: which apply to a flag, and what they do.

    Each rule's pattern is compiled the first time a flag it may apply to is met (a lesson that shows a
    few categories compiles only their rules); the whole-text scans are compiled by the first
    :meth:`start_text`.

    >>> rules = ContextRules(load_context_rules())
    >>> rules.applies("about 40 people", 0, 5, "hedge", "about", 0, None)
    ('approximator-before-number', 'drop')
    """

    def __init__(self, table):
        self.explanations = dict(zip(table["rule"], table["explanation"]))
        self.by_term: dict = {}
        self.by_category: dict = {}
        self._for: dict = {}  # (category, term) -> the rules to try, in order
        # (rule, pattern, the same pattern for a lower-cased copy or None) of the rules for every word, matched
        # over the whole text (see start_text)
        self._scan: dict | None = None  # rule -> (category, patterns), compiled from _scan_sources when first needed
        self._first_words: dict = {}  # rule -> the matcher of its phrases' first words or None (_first_word_matcher)
        # (rule, category, pattern source, whether it is all small letters, the first words of its phrases)
        self._scan_sources: list = []
        self._text = ""  # the current text (see start_text) and its lower-cased copy, made when first needed
        self._low: str | None = None
        self._ready: dict = {}  # rule -> the rule with its pattern compiled
        self._ends: dict = {}  # rule -> offsets where its words end, in the current text
        self._keys = None  # (category, term) and categories that have rules of their own
        self._quote_kinds: set = set()
        self._flagged: set = set()  # (category, entry) flagged so far in the current text (see start_text)
        for row in table.to_dict("records"):
            look, words = row["look"], expand_sets(row["words"])
            if look == "quotation":
                rx = frozenset(w.strip() for w in words.split("|"))
            elif look == "repeat":
                rx = words.strip()  # <sentence> (see repeated_sentence) or <term> (see applies)
            elif look == "name":
                rx = None  # see in_name
            elif look in ("after", "after_joined"):
                rx = rf"{_JOINED if look == 'after_joined' else ''}{_QUOTES_BETWEEN}(?:{_ended(words)})"
            elif look == "before" and not any(mark in words for mark in _PLACEHOLDERS):
                # plain words: compared with the end of the text before the match (fast)
                rx = tuple(" ".join(w.lower().split()) for w in words.split("|") if w.strip())
            elif look == "before":
                rx = rf"(?<![\w-])(?:{_phrase_pattern(words)}){_QUOTES_BETWEEN}$"
            else:
                rx = _bounded(words)
            terms = [t.strip().lower() for t in row["terms"].split("|") if t.strip()]
            if look == "before" and not terms and (row["category"] == "*" or not isinstance(rx, tuple)
                                                   or len(rx) >= FIRST_WORDS_FOR_AUTOMATON):
                # a rule for every word of a category: where its words end is found once per article (a few
                # plain words for one category, "anti-|counter-", are compared with the text before each flag:
                # faster than a scan of the whole text)
                look = "before_any"
                # the look-behind (?<![\w-]) is checked apart (see _ends_of): a pattern that starts with its
                # words lets the regular-expression engine jump to their first letters
                rx = rf"(?:{_phrase_pattern(words)}){_QUOTES_BETWEEN}"
                firsts = frozenset(w.split()[0].lower() for w in words.split("|") if w.strip())
                self._scan_sources.append((row["rule"], row["category"], rx, rx == rx.lower(), firsts))
            rule = (row["rule"], look, rx, row["action"])
            if terms:
                for t in terms:
                    self.by_term.setdefault((row["category"], t), []).append(rule)
            else:
                self.by_category.setdefault(row["category"], []).append(rule)

    def start_text(self, text: str) -> _Ends:
        """Begin a new text: forget the flags of the last one, and return where the words of the rules for
        every word (category ``*``) end in ``text``, found when first asked.

        Each rule for every word of a category is matched over the whole text once, and only when a flag it
        may apply to is met. A scan without case folding over a lower-cased copy is about twice as fast and
        finds the same ends when the pattern is all small letters and the text has none of the four letters
        that fold to a plain a-z letter or change length when lower-cased (İ ı ſ K); otherwise the text
        itself is scanned.

        >>> rules = ContextRules(load_context_rules())
        >>> 14 in rules.start_text('He used the word "hero".')
        False
        >>> 18 in rules.start_text('He used the word "hero".')
        True
        """
        self._flagged = set()
        self._text, self._low, self._ends = text, None, {}
        return _Ends(self)

    def _ends_of(self, name: str) -> set:
        """Where the words of the whole-text rule ``name`` end in the current text (matched once per text)."""
        ends = self._ends.get(name)
        if ends is not None:
            return ends
        _category, rx, plain = self._scans()[name]
        starts = self._first_words[name]
        text = self._text
        if self._low is None:
            self._low = text.lower() if not _FOLDS_TO_ASCII.search(text) else ""
        if plain is not None and self._low:
            rx, text = plain, self._low
        ends = self._ends[name] = set()
        if starts is not None and self._low:
            # the places where a first word stands, not after a letter, a digit or "-" (what the loop below
            # keeps), found by the phrase automaton; the pattern is tried at each, from where the last match ended
            pos = 0
            match = rx.match
            for start in sorted({hit[0] for hit in starts.find_all(self._text)}):
                if start >= pos and (m := match(text, start)) is not None:
                    ends.add(m.end())
                    pos = m.end()
            return ends
        pos = 0
        search, word_before = rx.search, _WORD_BEFORE.match
        while (m := search(text, pos)) is not None:
            start, end = m.span()
            if start and word_before(text, start - 1):  # (?<![\w-]): the words start inside a word
                pos = start + 1
                continue
            ends.add(end)
            pos = end if end > start else start + 1
        return ends

    def _scans(self) -> dict:
        if self._scan is None:
            self._scan = {name: (category, re.compile(source, re.IGNORECASE), re.compile(source) if small else None)
                          for name, category, source, small, _firsts in self._scan_sources}
            self._first_words = {name: _first_word_matcher(firsts) for name, _c, _s, _small, firsts in self._scan_sources}
        return self._scan

    def may_apply(self, category: str, term: str, quote_kind, start: int, ends: set) -> bool:
        """A quick test: can any rule apply to this flag? (False for most flags, so they skip :meth:`applies`.)"""
        if self._keys is None:
            # a category whose own rules all look at quotations is covered by the quote-kind test below
            self._keys = {(c, t) for c, t in self.by_term} | {
                c for c, rules in self.by_category.items()
                if c != "*" and any(look != "quotation" for _n, look, _rx, _a in rules)}
            self._quote_kinds = {k for rules in self.by_category.values() for _n, look, rx, _a in rules
                                 if look == "quotation" for k in rx}
        return ((category, term.lower()) in self._keys or category in self._keys
                or quote_kind in self._quote_kinds or start in ends)

    def applies(self, text, start, end, category, term, sentence_start, quote_kind):
        """The first rule that fires for this flag, as ``(name, action)``, or None (call
        :meth:`start_text` first for each text, then this for its flags in the order of the text: a
        ``repeat`` rule with ``<term>`` remembers which entries were flagged)."""
        fired = self._first_rule(text, start, end, category, term, sentence_start, quote_kind)
        if fired is None or fired[1] == "keep":
            self._flagged.add((category, term.lower()))
        return fired

    def _compiled(self, rule):
        """The rule with its pattern compiled (once per rule)."""
        name, look, rx, action = rule
        if look not in _REGEX_LOOKS or not isinstance(rx, str):
            return rule
        ready = self._ready.get(name)
        if ready is None:
            ready = self._ready[name] = (name, look, re.compile(rx, re.IGNORECASE), action)
        return ready

    def _first_rule(self, text, start, end, category, term, sentence_start, quote_kind):
        key = (category, term)
        rules = self._for.get(key)
        if rules is None:
            rules = self._for[key] = tuple(map(self._compiled, (
                *self.by_term.get((category, term.lower()), ()), *self.by_category.get(category, ()),
                *self.by_category.get("*", ()))))
        required = satisfied = None
        near = clause = None  # the words before the flag and where its clause starts, found once per flag
        for name, look, rx, action in rules:
            if action == "require" and satisfied is not None:
                continue  # one requirement that holds is enough
            if look == "quotation":
                hit = quote_kind in rx
            elif look == "name":
                hit = in_name(text, start, end, sentence_start)
            elif look == "repeat":
                hit = ((category, term.lower()) in self._flagged if rx == "<term>"
                       else repeated_sentence(text, start, end, sentence_start))
            elif look == "before_any":
                hit = start in self._ends_of(name)
            elif look == "after":
                hit = rx.match(text, end, min(len(text), end + 60)) is not None
            elif look == "after_joined":  # the words joined to the match come first: look a little further
                hit = rx.match(text, end, min(len(text), end + 120)) is not None
            elif look == "before" and isinstance(rx, tuple):
                if near is None:
                    near = text[max(sentence_start, start - 40):start].rstrip(_MARKS_AND_SPACE).lower()
                before = near
                if not before.endswith(rx) and ("  " in before or "\n" in before or "\t" in before):
                    before = " ".join(before.split())  # "the  term" with two spaces
                hit = before.endswith(rx) and any(
                    before.endswith(w) and (len(before) == len(w) or not w[0].isalnum()
                                            or not (before[-len(w) - 1].isalnum() or before[-len(w) - 1] == "-"))
                    for w in rx)
            elif look == "before":
                hit = rx.search(text, max(sentence_start, start - 60), start) is not None
            elif look == "clause_after":
                stop = _CLAUSE_END.search(text, end, min(len(text), end + 200))
                hit = rx.search(text, end, stop.start() if stop else min(len(text), end + 200)) is not None
            else:
                if clause is None:  # right after the last clause break in the 200 characters before
                    lo = max(sentence_start, start - 200)
                    last_break = _LAST_CLAUSE_BREAK.match(text, lo, start)
                    clause = last_break.end() if last_break else lo
                hit = rx.search(text, clause, start) is not None
            if action == "require":
                if hit:
                    satisfied = name
                elif required is None:
                    required = name
            elif hit:
                return name, action
        if satisfied is not None:
            return satisfied, "keep"
        if required is not None:
            return required, "drop"  # no requirement holds: the word does not do its listed job here
        return None


#: From how many different first words the phrases of a rule for every word are found with the phrase automaton
#: (:func:`_first_word_matcher`) rather than by the pattern alone.
FIRST_WORDS_FOR_AUTOMATON = 5


def _first_word_matcher(firsts: frozenset):
    """A matcher of the first words of a rule's phrases (:class:`kit.phrases.PhraseMatcher`, in any case, not
    after a letter, a digit or "-"), when there are many and each is a word of plain letters; else None.

    The regular-expression engine tries a pattern of many phrases at every place that holds one of their first
    letters ("use of|nature of|risk of|…": most letters), the automaton reads the text once. Every match of
    the pattern that counts starts at one of these words (a phrase starts with its first word written out), so
    trying the pattern only there finds the same ends.

    >>> m = _first_word_matcher(frozenset({"use", "risk", "nature", "value", "talk"}))
    >>> [hit[:2] for hit in m.find_all("The Use of; abuse of; risky")]
    [(4, 7), (22, 26)]
    >>> _first_word_matcher(frozenset({"the"})) is None
    True
    """
    if len(firsts) < FIRST_WORDS_FOR_AUTOMATON or not all(w.isascii() and w.isalpha() for w in firsts):
        return None
    from .phrases import PhraseMatcher

    return PhraseMatcher(((w, w) for w in sorted(firsts)), left=r"(?<![\w-])", right="")


class _Ends:
    """Where the words of the rules for every word (category ``*``) end in the current text: ``start in
    ends`` matches them the first time it is asked (see :meth:`ContextRules.start_text`)."""

    def __init__(self, rules: ContextRules):
        self.rules = rules
        self.names = [name for name, (category, _rx, _plain) in rules._scans().items() if category == "*"]

    def __contains__(self, offset: int) -> bool:
        return any(offset in self.rules._ends_of(name) for name in self.names)


_SET = re.compile(r"<set:(\w+)>")


def expand_sets(words: str) -> str:
    """``words`` with every ``<set:NAME>`` replaced by the words of that set of data/word_sets.csv.

    >>> "picture" in expand_sets("<set:inference_subjects>").split("|")
    True
    """
    from .wordsets import word_sets

    if "<set:" not in words:
        return words
    sets = word_sets()

    def words_of(m):
        found = getattr(sets, m.group(1), None)
        if not isinstance(found, frozenset):
            raise LexiconError(f"context rules: there is no word set {m.group(1)!r}", field="words",
                               fix="Use the name of a set in data/word_sets.csv, as in <set:inference_subjects>.")
        return "|".join(sorted(found))

    return _SET.sub(words_of, words)


@functools.lru_cache(maxsize=8)
def _compiled(stamp: tuple, sets_stamp: tuple = ()):
    return ContextRules(load_context_rules(stamp[0]))


def compiled_rules(path=None) -> ContextRules:
    """The context rules, compiled once per file version.

    >>> compiled_rules().explanations["month-may"].startswith('"May" followed')
    True
    """
    return _compiled(file_stamp(Path(path) if path is not None else data_path("context_rules.csv")),
                     file_stamp(data_path("word_sets.csv")))  # <set:NAME> words come from this file


_NAME_WORD = re.compile(r"[\w’'.-]+")


def in_name(text: str, start: int, end: int, sentence_start: int = 0) -> bool:
    """Is text[start:end] part of a name written with capitals, such as "the Foreign Corrupt Practices
    Act" or "Louise Slaughter"? It must start with a capital and come right after another capitalised
    word that does not start the sentence, and the sentence must not be a headline (where most words
    have a capital).

    >>> t = "He broke the Foreign Corrupt Practices Act. The Corrupt deal was done."
    >>> in_name(t, 21, 28), in_name(t, 48, 55, sentence_start=44)
    (True, False)
    """
    if not text[start:start + 1].isupper() or start <= sentence_start or text[start - 1] != " ":
        return False
    words = _NAME_WORD.findall(text, max(sentence_start, start - 60), start)
    if len(words) < 2 or not words[-1][:1].isupper():
        return False  # no capitalised word before, or only the one that starts the sentence
    if text[start:end].isupper() or (len(words[-1]) > 2 and words[-1].isupper()):
        return False  # capitals for emphasis ("a TOTAL HOAX"), not a name
    # a headline gives most words a capital: look at the words outside the run of capitalised words
    line_end = text.find("\n", end)
    stop = min(len(text) if line_end < 0 else line_end, end + 80)
    before = [w for w in _NAME_WORD.findall(text, sentence_start, start) if w[:1].isalpha()]
    after = [w for w in _NAME_WORD.findall(text, end, stop) if w[:1].isalpha()]
    while before and before[-1][:1].isupper():
        before.pop()
    while after and after[0][:1].isupper():
        after.pop(0)
    around = before + after
    if not around:
        return False  # every word has a capital: a headline
    return not (len(around) >= 2 and sum(w[:1].isupper() for w in around) * 3 >= len(around) * 2)


_SENTENCE_STOP = re.compile(r"[.!?](?=[\s\"“”’')\]]|$)|\n")
#: A repeated sentence counts from this many words (a short line such as "Evil." may well come back).
REPEAT_MIN_WORDS = 5


def repeated_sentence(text: str, start: int, end: int, sentence_start: int = 0) -> bool:
    """Did the sentence that holds text[start:end] already stand, word for word, earlier in ``text``?
    Page furniture (a reader poll, a sign-up box, a caption) comes back many times in one web page;
    its words are flagged where they first appear. Sentences of fewer than :data:`REPEAT_MIN_WORDS`
    words do not count.

    >>> t = ("Vote now: who is the most corrupt mayor in town? Then news. "
    ...      "Vote now: who is the most corrupt mayor in town?")
    >>> repeated_sentence(t, 26, 33), repeated_sentence(t, 86, 93, sentence_start=60)
    (False, True)
    """
    stop = _SENTENCE_STOP.search(text, end)
    sentence = text[sentence_start:stop.end() if stop else len(text)].strip()
    if len(sentence.split()) < REPEAT_MIN_WORDS or sentence_start <= 0:
        return False
    return text.find(sentence, 0, sentence_start) >= 0
