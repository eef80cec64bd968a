"""Which article names whom (lesson 03, Exercise 3): a sentence that says an article names a source ("us-rescue-of-isis-in-raqqa
names Silo"), does not name one, or names no one for a figure ("russia-charges-pentagon says 4,000 people left but
names no one who counted") is checked against that article's sources (:func:`kit.sources`) and the speakers the kit
traces its figures to (:func:`.figure_accounts.held_accounts`); the articles swapped get a note, and the sentence is no
finding (teacher 58 #5). Only people named by name are checked ("names Russia" may mean a side it mentions).

    >>> import kit
    >>> texts = kit.load_articles()
    >>> naming_notes("us-rescue-of-isis-in-raqqa names Silo.", texts)
    ['us-rescue-of-isis-in-raqqa does not name Talal Silo; russia-charges-pentagon does: check which article names whom.']
    >>> naming_notes("russia-charges-pentagon names Silo, and us-rescue-of-isis-in-raqqa names Dillon.", texts)
    []
"""

from __future__ import annotations

import re

from .figure_accounts import FIGURE, held_accounts

__all__ = ["NAMING", "naming_notes"]

#: what a sentence says an article does with a source: names one, does not, or names no one
NAMING = (r"\b(?:(?P<none>names?\s+(?:no\s*one|nobody|no\s+sources?|no\s+names?)|gives?\s+no\s+names?)|"
          r"(?P<not>(?:does\s*not|doesn'?t|never|did\s*not|didn'?t)\s+names?)|(?P<names>names|named|name))\b")


def _tables(texts) -> list:
    return [t for t in (texts if isinstance(texts, (list, tuple)) else [texts]) if hasattr(t, "columns")]


def naming_notes(sentence: str, texts) -> list[str]:
    """The notes on what ``sentence`` says an article of ``texts`` (a table, or 03's list of tables) names, where its
    sources say otherwise; [] where it says nothing of the kind, or the kit cannot tell whom it means."""
    import pandas as pd

    from ..sourcing import sources

    tables = _tables(texts)
    if not tables:
        return []
    accounts = [a for a in held_accounts(texts) if not a.get("one_voice") and a["names"][:1] == (a.get("text"),)]
    try:
        named = sources(pd.concat(tables, ignore_index=True))
    except Exception:  # a table kit.sources cannot read: whom it names is unknown
        return []
    by_article: dict[str, list] = {}
    for i, source, kind in zip(named["article_id"], named["source"], named["source_type"]):
        by_article.setdefault(str(i), []).extend([str(source)] if kind == "named person" else [])  # a person, by name
    low = sentence.lower().replace("’", "'")
    spans = sorted(((m.start(), m.end(), a) for a in accounts for n in a["names"]
                    for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", low)), key=lambda s: (s[0], -s[1]))
    mentions = [s for i, s in enumerate(spans) if not any(o[0] <= s[0] < o[1] for o in spans[:i])]
    notes = []
    for i, (_, end, account) in enumerate(mentions):
        clause = low[end:mentions[i + 1][0] if i + 1 < len(mentions) else len(low)]
        clause = re.split(r"[.;!?]", clause)[0]
        m = re.search(NAMING, clause)
        if not m:
            continue
        article = account["text"]
        if m.group("none"):
            figure = next((f.group(1) for f in re.finditer(FIGURE, clause[:m.start()])), None)
            who = account["figures"].get(figure.replace(",", "")) if figure else None
            if who:  # "… says 4,000 left but names no one": it names the one it gives them as
                notes.append(f"{article} names {who} with '{figure}': check which article names whom.")
            continue
        said = re.match(r"\s+(?:the\s+)?([a-z][\w'-]*)", clause[m.end():])
        if not said:
            continue
        full = [s for names in by_article.values() for s in names
                if said.group(1) in re.findall(r"[a-z][\w'-]*", s.lower())]
        if not full or len(said.group(1)) < 3:
            continue  # no source by that name in any text: the kit cannot tell whom it means
        has = [s for s in by_article.get(article, []) if s in full]
        if m.group("names") and not has:
            others = [i for i, names in by_article.items() if i != article and any(s in full for s in names)]
            notes.append(f"{article} does not name {full[0]}" + (f"; {' and '.join(others)} does" if others else "")
                         + ": check which article names whom.")
        elif m.group("not") and has:
            notes.append(f"{article} names {has[0]}: check which article names whom.")
    return notes
