"""Framing: how different outlets tell the same events.

- :func:`naming` / :func:`plot_naming` -- which names each outlet uses for the same actor
  ("Syrian government" or "Assad regime"), from the editable concept table ``data/concepts.csv``;
- :func:`distinctive_words` / :func:`plot_distinctive_words` -- the words that set one outlet
  apart from the others (Monroe, Colaresi and Quinn's "Fightin' Words", 2008);
- :func:`figures` -- every number, with its unit, a hedge word such as "some" or "more than",
  and who the sentence credits it to;
- :func:`headlines` -- titles and first paragraphs side by side.

Articles with no outlet are grouped under ``kit.corpus.UNKNOWN_OUTLET`` ("(outlet not given in the file)") so nothing is dropped.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["Daily"], "title": ["T"],
    ...                      "text": ["Some 4,000 people left Raqqa on October 12."]})
    >>> figures(arts)[["phrase", "hedge", "kind"]].values.tolist()
    [['Some 4,000 people', 'Some', 'number'], ['October 12', '', 'date']]
"""

from __future__ import annotations

from collections import Counter

from .concepts import (
    CONCEPT_COLUMNS,
    concept_hits,
    concept_matcher,
    group_labels,
    load_concepts,
    spelling_key,
)
from .corpus import UNKNOWN_OUTLET
from .errors import KitError
from .quantities import FIGURE_COLUMNS, figures
from .sourcing import checked_articles
from .words import (
    FUNCTION_WORDS,
    distinctive_words,
    plot_distinctive_words,
    top_distinctive_words,
    word_counts,
)

__all__ = ["naming", "plot_naming", "NAMING_NO_ROWS", "NAMING_NO_ROWS_OWN", "spelling_key", "shown_spellings", "joined_order", "distinctive_words", "plot_distinctive_words",
           "top_distinctive_words",
           "figures", "headlines", "word_counts", "group_labels", "load_concepts", "CONCEPT_COLUMNS",
           "FIGURE_COLUMNS", "FUNCTION_WORDS", "NAMING_COLUMNS", "HEADLINE_COLUMNS"]

NAMING_COLUMNS = ["group", "concept", "surface", "count", "share", "n_articles", "note"]
HEADLINE_COLUMNS = ["article_id", "outlet", "title", "lead", "lead_start", "lead_end", "lead_words"]


#: What an empty naming table says (the kit's own concept table, then one of the student's own)
NAMING_NO_ROWS = ("No rows: your text uses none of the names in the naming table. That table (data/concepts.csv) "
                  "knows only the names of the Syria conflict (the US, Russia, the Syrian government, ISIS and others). "
                  "To count the names of your own topic, add each name in a new cell, for this notebook only: "
                  "my_concepts = kit.concepts.add_concept(\"Town council\", \"the council\", \"the plain name\"), "
                  "then kit.naming(mine, concepts=my_concepts). It prints the line to send your teacher, who can add "
                  "it to data/concepts.csv for everyone.")
NAMING_NO_ROWS_OWN = ("No rows: your text uses none of the names in your concept table. Check that each name in it "
                      "is written as in the text (surface), then run this cell again.")


def naming(articles, concepts=None, by: str = "outlet"):
    """How each outlet (or other group) names the same actors, from a concept table.

    One row per group, concept and surface form that occurs somewhere in the corpus (zero counts
    included, so groups can be compared): ``count``, ``share`` (the part of this concept's mentions
    in this group that use this form) and ``n_articles``. ``concepts`` is a path to your own table.
    Spellings of one name ("US military", "U.S. military"; see :func:`spelling_key`) are one row,
    shown in the spelling the articles use most.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "title": ["", ""],
    ...     "text": ["The Assad regime said no.", "The Syrian government and Damascus said no."]})
    >>> t = naming(arts)
    >>> t[t["count"] > 0][["outlet", "surface", "count", "share"]].values.tolist()
    [['X', 'Assad regime', 1, 1.0], ['Y', 'Syrian government', 1, 0.5], ['Y', 'Damascus', 1, 0.5]]
    """
    import pandas as pd

    frame = checked_articles(articles, "naming")
    groups = group_labels(frame, by)
    matcher = concept_matcher(None if concepts is None else str(concepts))  # raises early on a bad table
    counts: dict[tuple, int] = {}
    docs: dict[tuple, set] = {}
    notes: dict[tuple, str] = {}
    order: dict[tuple, int] = {}
    table = load_concepts(concepts)
    for i, r in enumerate(table.itertuples(index=False)):
        order[(r.concept, r.surface)] = i
    table_notes = {(r.concept, r.surface): r.note for r in table.itertuples(index=False)}
    hits = []
    for group, aid, text in zip(groups, frame.article_id, frame.text):
        for _s, _e, (concept, surface, note) in concept_hits(text, matcher=matcher):
            hits.append((group, aid, concept, surface))
            if (concept, surface) not in order:  # names side by side ("Daesh terrorists"): after their last part
                table_notes[(concept, surface)] = note
                order[(concept, surface)] = joined_order(order, concept, surface)
    shown = shown_spellings(Counter((concept, surface) for _g, _a, concept, surface in hits), order)
    for group, aid, concept, surface in hits:
        surface = shown[(concept, surface)]
        key = (group, concept, surface)
        counts[key] = counts.get(key, 0) + 1
        docs.setdefault(key, set()).add(aid)
        notes[(concept, surface)] = table_notes[(concept, surface)]
    used = sorted({(c, s) for _g, c, s in counts}, key=lambda cs: (order.get(cs, 0), cs[1]))
    rows = []
    for group in dict.fromkeys(groups):
        totals = {}
        for (g, c, _s), n in counts.items():
            if g == group:
                totals[c] = totals.get(c, 0) + n
        for concept, surface in used:
            n = counts.get((group, concept, surface), 0)
            rows.append({"group": group, "concept": concept, "surface": surface, "count": n,
                         "share": round(n / totals[concept], 3) if totals.get(concept) else 0.0,
                         "n_articles": len(docs.get((group, concept, surface), ())),
                         "note": notes[(concept, surface)]})
    out = pd.DataFrame(rows, columns=NAMING_COLUMNS).rename(columns={"group": by})
    out = out.astype({"count": "int64", "n_articles": "int64"})
    # what an empty table says (exercises.whole_text): it fits the naming cell, which has nothing to change
    out.attrs["no_rows"] = NAMING_NO_ROWS if concepts is None else NAMING_NO_ROWS_OWN
    return out


def plot_naming(table, concept=None, concepts=None, by: str = "outlet"):
    """A heatmap: one row per name, one column per outlet, the count in each cell.

    ``table`` is the result of :func:`naming` or a table of articles; ``concept`` picks one actor
    (by default all of them, one block per actor). Returns the Figure.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "title": ["", ""],
    ...     "text": ["The Assad regime said no.", "The Syrian government said no."]})
    >>> fig = plot_naming(arts)
    >>> fig.axes[0].get_title()
    'How each outlet names the same actors'
    """
    from .plots import count_grid

    if "surface" not in getattr(table, "columns", []):
        table = naming(table, concepts=concepts, by=by)
    by = next((c for c in table.columns if c not in NAMING_COLUMNS), by)
    if concept is not None:  # "russia" is "Russia": the concept is matched whatever its case
        known = list(dict.fromkeys(table.concept.astype(str)))
        hit = next((c for c in known if c.lower() == str(concept).strip().lower()), None)
        if hit is None:
            raise KitError(f"no name for the actor {concept!r} was found in these articles", field="concept",
                           fix=f"Use one of the actors found: {', '.join(known)} (the names are in the concept "
                               "table, data/concepts.csv).")
        table = table[table.concept == hit]
    table = table.assign(label=table.concept + ": " + table.surface)
    grid = table.pivot_table(index="label", columns=by, values="count", aggfunc="sum", fill_value=0, sort=False)
    return count_grid(grid, title="How each outlet names the same actors", cmap="Oranges", row_height=0.45,
                      xlabel=by.replace("_", " ").capitalize() + " (number = times used)",
                      ylabel="Actor: name used", empty="None of the names in the concept table was found")


def joined_order(order: dict, concept: str, surface: str) -> float:
    """Where a row goes in the naming table: its place in the concept table (``order``), or, for names
    side by side that the table does not list ("Daesh terrorists"), just after their last part.

    >>> joined_order({("ISIS", "Daesh"): 0, ("ISIS", "terrorists"): 1}, "ISIS", "Daesh terrorists")
    1.5
    """
    if (concept, surface) in order:
        return order[(concept, surface)]
    words = surface.split(" ")
    for k in range(1, len(words)):  # the longest listed name it ends with: "so-called Syrian Democratic Forces"
        if (concept, " ".join(words[k:])) in order:
            return order[(concept, " ".join(words[k:]))] + 0.5
    return len(order) + 0.5


def shown_spellings(found: dict, order: dict) -> dict:
    """{(concept, surface): the surface shown}: the spellings of one name (:func:`kit.concepts.spelling_key`:
    "US military", "U.S. military") become one row, shown in the spelling found most often (``found``:
    {(concept, surface): count}); on a tie, the one listed first in the concept table (``order``).

    >>> shown_spellings({("United States", "U.S."): 1, ("United States", "US"): 3}, {})
    {('United States', 'U.S.'): 'US', ('United States', 'US'): 'US'}
    """
    best: dict[tuple, tuple] = {}
    for (concept, surface), n in found.items():
        key = (concept, spelling_key(surface))
        rank = (n, -order.get((concept, surface), 0))
        if key not in best or rank > best[key][0]:
            best[key] = (rank, surface)
    return {(c, s): best[(c, spelling_key(s))][1] for c, s in found}


# --------------------------------------------------------------------------- headlines

def headlines(articles):
    """Each article's title and first paragraph (its lead), side by side.

    ``lead_words`` counts the lead's words the way ``n_words`` does everywhere (kit.segment.count_words).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": ["Convoy leaves"],
    ...     "text": ["A convoy left the city.\\n\\nMore later."]})
    >>> headlines(arts)[["title", "lead", "lead_words"]].values.tolist()
    [['Convoy leaves', 'A convoy left the city.', 5]]
    """
    import pandas as pd

    from .corpus import paragraphs
    from .segment import count_words

    frame = checked_articles(articles, "headlines")
    paras = paragraphs(frame)
    first = paras.sort_values(["paragraph_id"]).groupby("article_id", sort=False).head(1)
    leads = {r.article_id: (r.start, r.end) for r in first.itertuples(index=False)}
    rows = []
    for r in frame.itertuples(index=False):
        start, end = leads.get(r.article_id, (0, 0))
        lead = r.text[start:end]
        rows.append({"article_id": r.article_id, "outlet": r.outlet.strip() or UNKNOWN_OUTLET,
                     "title": r.title, "lead": lead, "lead_start": start, "lead_end": end,
                     "lead_words": count_words(lead)})
    return pd.DataFrame(rows, columns=HEADLINE_COLUMNS)
