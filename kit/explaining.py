"""Say in plain words why a word (or a flagged span) is flagged: :func:`explain` and its HTML.

>>> print(explain("so-called"))  # doctest: +ELLIPSIS
"so-called" is in the word list for scare quote: ...
>>> explain("banana").found
False
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping

from .errors import KitError
from .lexicons import categories_in, describe_category
from .phrases import fold_case, normalise_form
from .spans import RULES, as_lexicon
from .widgets import NO_MATH

__all__ = ["explain", "Explanation", "explanation_headline", "explanation_html"]

# NO_MATH (kit.widgets): the classes that keep "$400 … $2 million" text, not mathematics, in the kit's HTML
_EXPLAIN_BLOCK = ('<div class="kit-explain ' + NO_MATH + '" style="font-family: system-ui, sans-serif; margin-bottom: .6em;">'
                  '<p style="margin:0"><b>{headline}</b></p><p style="margin:0">Why: {note}</p>{more}</div>')
_EXPLAIN_LINE = '<p style="margin:0">{label}: {value}</p>'


class Explanation:
    """Why a word is flagged: shows as plain text, and as HTML in a notebook."""

    def __init__(self, query: str, entries: list[dict]):
        self.query = query
        self.entries = entries

    @property
    def found(self) -> bool:
        """True when the word (or rule) is in the word lists."""
        return bool(self.entries)

    def __str__(self) -> str:
        if not self.entries:
            return (f'"{self.query}" is not in the kit\'s word lists, so the kit does not flag it. '
                    "You can add it to your own word list (see load_lexicon).")
        blocks = []
        for e in self.entries:
            lines = [explanation_headline(self.query, e), f"Why: {e['note']}"]
            if e.get("alternative"):
                lines.append(f"More neutral: {e['alternative']}")
            if e.get("source"):
                lines.append(f"Source: {e['source']}")
            if e.get("context_rules"):
                lines.append(f"{_RULES_LABEL}: {e['context_rules']}")
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        return explanation_html(self)


#: The last line of an explanation that has context rules: their names, for a teacher editing them.
_RULES_LABEL = "Rule names (for data/context_rules.csv)"


def _quoted(text):
    return text if text[:1] in "\"'\u201c\u2018" else f'"{text}"'


def explanation_headline(query, entry):
    """The first line of an explanation: which word list (or rule) flags ``query``, and whose words it is.

    >>> explanation_headline("may", {"category": "hedge", "term": "may", "tone": ""})
    '"may" is in the word list for hedge: ...'
    """
    what = describe_category(entry["category"])
    if entry["term"].startswith("rule:"):
        head = f"{_quoted(query)} is flagged by a rule ({entry['term']}) in the category {what}."
    else:
        shown = query if fold_case(query) == fold_case(entry["term"]) else f"{query} ({entry['term']})"
        head = f"{_quoted(shown)} is in the word list for {what}."
    if entry.get("tone"):
        head += f" Tone: {entry['tone']}."
    if entry.get("voice") == "quoted":
        who = f"the words of {entry['speaker']}" if entry.get("speaker") else "someone else's words"
        head += f" Whose words: it is inside quotation marks ({who}), not the writer's own."
    elif entry.get("voice") == "writer":
        head += " Whose words: the writer's own."
    if entry.get("rule_text"):
        head += f" Rule {entry['rule']}: {entry['rule_text']}"
    return head


def _entry_dict(row, extra=None):
    d = {k: ("" if row.get(k) is None or (isinstance(row.get(k), float) and math.isnan(row.get(k)))
             else str(row.get(k))) for k in ("term", "category", "tone", "note", "alternative", "source")}
    if extra and extra.get("rule"):
        from .context import WORD_LIST_RULE, compiled_rules

        if extra["rule"] != WORD_LIST_RULE:
            extra = dict(extra, rule_text=compiled_rules().explanations.get(extra["rule"], ""))
    if extra:
        d.update({k: v for k, v in extra.items() if v})
    return d


def explain(term_or_span, lexicon=None):
    """Say in plain words why a word (or a span from :func:`annotate`) is flagged.

    Give a word or phrase (any capitals, curly or straight quotes) or one row of the
    table that :func:`annotate` returns. A word that is in no list gets a friendly message.

    >>> print(explain("allegedly"))  # doctest: +ELLIPSIS
    "allegedly (alleged)" is in the word list for hedge: a word that shows doubt, or that something is not confirmed.
    Why: ...
    >>> explain("banana").found
    False
    >>> explain("May").found, explain("may").found  # the month is not a hedge
    (False, True)
    >>> from kit import annotate
    >>> spans = annotate("“It was a brutal war,” Lee said.", speakers=True)
    >>> print(explain(spans.iloc[0]))  # doctest: +ELLIPSIS
    "brutal" is in the word list for loaded language: ... Whose words: it is inside quotation marks (the words of Lee), not the writer's own.
    Why: ...
    """
    import pandas as pd

    lex, _ = as_lexicon(lexicon)
    if isinstance(term_or_span, pd.Series):
        term_or_span = term_or_span.to_dict()
    if isinstance(term_or_span, Mapping):
        span = dict(term_or_span)
        term = str(span.get("term") or span.get("text") or "")
        category = span.get("category")
        shown = str(span.get("text") or term)
        whose = {k: str(span.get(k) or "") for k in ("voice", "speaker")}
        if term in RULES:
            return Explanation(shown, [{"term": term, **RULES[term], **whose}])
        match = lex[(lex["term"] == term) & (lex["category"] == category)] if category else lex[lex["term"] == term]
        if len(match):
            entries = [_entry_dict(r, {"note": span.get("note"), "tone": span.get("tone"),
                                       "alternative": span.get("alternative"), "rule": span.get("rule"), **whose})
                       for r in match.to_dict("records")]
            return Explanation(shown, entries[-1:])
        if span.get("note"):
            return Explanation(shown, [_entry_dict(span, {"rule": span.get("rule"), **whose})])
        return explain(shown, lexicon=lexicon)
    if not isinstance(term_or_span, str):
        raise KitError(f"explain() needs a word or a span row, not {type(term_or_span).__name__}",
                       field="term_or_span", fix='Try kit.explain("alleged") or kit.explain(spans.iloc[0]).')
    query = term_or_span.strip()
    if query in RULES:
        return Explanation(query, [{"term": query, **RULES[query]}])
    wanted = normalise_form(query).strip(" \"'.,;:!?()[]")
    exact = normalise_form(query, case_sensitive=True).strip(" \"'.,;:!?()[]")
    entries = []
    for row in lex.to_dict("records"):
        forms = [row["term"], *(row["variants"].split("|") if row["variants"] else [])]
        if row["case_sensitive"]:  # "may" the verb is a hedge; "May" the month is not
            hit = any(normalise_form(f, case_sensitive=True) == exact for f in forms)
        else:
            hit = any(normalise_form(f) == wanted for f in forms)
        if hit:
            entries.append(_entry_dict(row))
    # a later entry for the same category overrides an earlier one (as in annotate)
    by_cat = {}
    for e in entries:
        by_cat[e["category"]] = e
    ordered = [by_cat[c] for c in categories_in(lex) if c in by_cat]
    for e in ordered:  # the context rules that can stop this word being flagged
        from .context import compiled_rules

        rules = compiled_rules()
        unless = [name for name, _look, _rx, action
                  in (*rules.by_term.get((e["category"], e["term"].lower()), ()),  # and, of the rules for every
                      *(r for r in rules.by_category.get(e["category"], ()) if r[2] == "<term>"))  # word: used again
                  if action == "drop"]
        only = [name for name, _look, _rx, action
                in rules.by_term.get((e["category"], e["term"].lower()), ()) if action == "require"]
        # the rules' plain words for the student; their ids (data/context_rules.csv) in "context_rules"
        if only:
            e["note"] = e["note"] + " Flagged only where its sentence shows this use: " \
                + " ".join(rules.explanations[n] for n in only)
        if unless:
            e["note"] = e["note"] + " Not flagged when: " + " ".join(rules.explanations[n] for n in unless)
        if only or unless:
            e["context_rules"] = " ".join(only + unless)
    return Explanation(query, ordered)


def explanation_html(explanation) -> str:
    """HTML for an :class:`Explanation` (every field escaped).

    >>> import kit
    >>> "<b>" in explanation_html(kit.explain("<b>regime</b>"))
    False
    """
    if not explanation.entries:
        return f'<p style="font-family: system-ui, sans-serif">{html.escape(str(explanation))}</p>'
    blocks = []
    for e in explanation.entries:
        more = "".join(_EXPLAIN_LINE.format(label=label, value=html.escape(e[key]))
                       for label, key in (("More neutral", "alternative"), ("Source", "source"),
                                          (_RULES_LABEL, "context_rules")) if e.get(key))
        blocks.append(_EXPLAIN_BLOCK.format(headline=html.escape(explanation_headline(explanation.query, e)),
                                            note=html.escape(e["note"]), more=more))
    return "".join(blocks)
