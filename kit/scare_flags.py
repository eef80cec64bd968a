"""The scare-quote flags of ``kit.annotate(..., speakers=True)`` made to say what ``kit.quotes`` says.

Without speakers, ``kit.annotate`` flags a short quotation as a scare quote (``rule:short-quote-no-speaker``)
from the words around it alone (:mod:`kit.quote_kinds`). ``kit.quotes`` also runs the speaker rules, with the
names in the article: it may credit the same words to the sentence's subject ("the agency's memo … a
“principality”"), or find no speaker for two quoted words that a person's name or a pronoun made look like
someone's words. With ``speakers=True`` annotate reads ``kit.quotes`` anyway, so one judgement serves both
tables: a quotation is flagged exactly when ``kit.quotes`` gives it the kind ``scare``, in the writer's voice.

>>> import pandas as pd
>>> from kit.annotation import annotate
>>> arts = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""],
...                      "text": ["The “rebels” left. Lee tweeted that Roe is a “loser,” a “liar” and a “whiner.”"]})
>>> annotate(arts, categories=["scare_quote"], speakers=True)["text"].tolist()
['“rebels”']
"""

from __future__ import annotations

from .segment import quotations
from .spans import RULES, SCARE_RULE, SPAN_COLUMNS

__all__ = ["flags_as_in_table"]


def flags_as_in_table(spans, frame, table, add: bool = True):
    """``spans`` (annotate's) with the scare-quote flags of ``kit.quotes``' ``table`` (for ``frame``'s
    articles): a flag goes where the table gives the quotation another kind (``partial`` or ``direct``, most
    often with a speaker); with ``add``, a flag comes where the table has a ``scare`` row that annotate did not
    flag.

    >>> import pandas as pd
    >>> from kit.sourcing import quotes
    >>> from kit.spans import find_spans
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""],
    ...                      "text": ["The “rebels” left. The US Army was caught trying to make “proof” of it."]})
    >>> spans = find_spans(arts, ["scare_quote"])[0]
    >>> spans["text"].tolist(), flags_as_in_table(spans, arts, quotes(arts))["text"].tolist()
    (['“rebels”', '“proof”'], ['“rebels”'])
    """
    import pandas as pd

    texts = dict(zip(frame["article_id"], frame["text"]))
    other, scare = set(), {}  # the quotations of another kind; the scare quotes, with their sentence
    for aid, sid, start, kind in zip(table["article_id"], table["sentence_id"], table["start"], table["kind"]):
        if kind == "scare":
            scare[(aid, int(start))] = int(sid)
        else:
            other.add((aid, int(start)))
    if not other and not scare:
        return spans
    marks: dict = {}  # article -> {opening mark: quotation}

    def by_open(aid):
        if aid not in marks:
            text = texts.get(aid)
            marks[aid] = {q["open"]: q for q in quotations(text)} if isinstance(text, str) else {}
        return marks[aid]

    keep, flagged = [], set()
    for aid, s, t in zip(spans["article_id"], spans["start"], spans["term"]):
        q = by_open(aid).get(int(s)) if t == SCARE_RULE else None
        if q is not None:
            flagged.add((aid, q["start"]))
        keep.append(q is None or (aid, q["start"]) not in other)
    out = spans if all(keep) else spans[keep]
    new = []
    if add:
        taken: dict = {}
        for aid, s, e, cat in zip(out["article_id"], out["start"], out["end"], out["category"]):
            if cat == "scare_quote":
                taken.setdefault(aid, []).append((int(s), int(e)))
        rule = RULES[SCARE_RULE]
        for (aid, start), sid in scare.items():
            if (aid, start) in flagged:
                continue
            q = next((q for q in by_open(aid).values() if q["start"] == start and q["close"] is not None), None)
            if q is None or any(a < q["close"] + 1 and q["open"] < b for a, b in taken.get(aid, ())):
                continue
            o, c = q["open"], q["close"] + 1
            new.append({"article_id": aid, "sentence_id": sid, "start": o, "end": c, "text": texts[aid][o:c],
                        "category": "scare_quote", "term": SCARE_RULE, "note": rule["note"], "tone": "",
                        "alternative": rule["alternative"], "voice": "writer", "speaker": "",
                        "rule": SCARE_RULE.removeprefix("rule:")})
    if not new:
        return out.reset_index(drop=True)
    order = {aid: k for k, aid in enumerate(frame["article_id"])}
    both = pd.concat([out, pd.DataFrame(new, columns=SPAN_COLUMNS).astype(out.dtypes.to_dict())], ignore_index=True)
    key = [(order.get(a, len(order)), int(s)) for a, s in zip(both["article_id"], both["start"])]
    return both.iloc[sorted(range(len(both)), key=key.__getitem__)].reset_index(drop=True)
