"""Beyond one machine: run the kit's tables over a Dask DataFrame, on any Dask cluster.

Every table function of the kit works on a part of the articles on its own: the rows it gives for an
article depend on that article alone. So a corpus of millions of articles can be cut into parts
(partitions), each part analysed on a different worker, and the parts' tables put back together.
Two tables add up counts over the whole corpus: :func:`kit.naming` and :func:`kit.distinctive_words`;
:func:`run` adds up their counts across the parts first, so the result is the same as on one machine.

Three lines move an analysis onto a cluster (a JupyterHub's Dask Gateway, or any Dask scheduler)::

    from dask.distributed import Client
    client = Client("tcp://scheduler-address:8786")     # Client() uses the cores of this computer
    table = kit.scale.run(kit.quotes, articles)         # the same table as kit.quotes(articles)

``articles`` is the usual table of articles, or a Dask DataFrame of them (for example from
``dd.read_parquet``): each part is one partition, handed to the table function as a pandas table,
as ``ddf.map_partitions`` would. It needs the optional extra: ``pip install "media-literacy-kit[scale]"``.
Without a client, Dask runs the parts in threads on this computer.

>>> import kit, kit.scale
>>> articles = kit.load_articles()
>>> kit.scale.run(kit.headlines, articles, npartitions=2).equals(kit.headlines(articles))
True
"""

from __future__ import annotations

from .errors import KitError

__all__ = ["run", "partitions", "ROW_TABLES", "COMBINED_TABLES"]

#: Tables whose rows for an article depend on that article alone: the parts' tables are put one after the other.
ROW_TABLES = ("annotate", "profile", "sentences", "paragraphs", "quotes", "sources", "citations", "trace_claim",
              "figures", "headlines")
#: Tables that add up counts over the corpus: the parts' counts are added up, then the table is made.
COMBINED_TABLES = ("naming", "distinctive_words")

_INSTALL = 'Install the optional extra: pip install "media-literacy-kit[scale]" (it brings dask and distributed).'


def _dask():
    try:
        import dask
    except ImportError:
        raise KitError("running the kit over parts of a corpus needs Dask, which is not installed",
                       field="dask", fix=_INSTALL) from None
    return dask


def _dask_frame_type():
    """The Dask DataFrame class, or None when dask.dataframe (and pyarrow) are not installed."""
    try:
        import dask.dataframe as dd
    except ImportError:
        return None
    return dd.DataFrame


def partitions(articles, npartitions: int | None = None):
    """The articles cut into ``npartitions`` parts: a list of tables, or the parts of a Dask DataFrame.

    By default the parts hold about 200 articles each. A Dask DataFrame (``dd.read_parquet(...)``,
    needs ``dask[dataframe]``) gives one delayed part per partition.

    >>> import kit
    >>> [len(part) for part in partitions(kit.load_articles(), npartitions=2)]
    [3, 2]
    """
    import pandas as pd

    if isinstance(articles, pd.DataFrame):
        from .corpus import check_articles

        check_articles(articles, "kit.scale.partitions")
        if not len(articles):
            return []
        n = max(1, min(npartitions or -(-len(articles) // 200), len(articles)))
        size = -(-len(articles) // n)
        return [articles.iloc[i:i + size] for i in range(0, len(articles), size)]
    frame_type = _dask_frame_type()
    if frame_type is not None and isinstance(articles, frame_type):
        if npartitions is not None:
            articles = articles.repartition(npartitions=npartitions)
        return articles.to_delayed()
    raise KitError(f"expected a table of articles or a Dask DataFrame, got {type(articles).__name__}",
                   field="articles", fix="Pass kit.load_articles() or a Dask DataFrame with article_id and text.")


def _plain(part):
    """The part with Arrow-backed text columns turned into ordinary Python strings (as the kit reads them)."""
    import pandas as pd

    strings = [c for c in part.columns if isinstance(part[c].dtype, pd.StringDtype)]
    return part.astype({c: object for c in strings}) if strings else part


def _on_part(part, name, args, kwargs):
    import kit

    part = _plain(part).reset_index(drop=True)
    if not len(part):
        return None
    if name == "naming":
        from .framing import group_labels

        table = kit.naming(part, *args, **kwargs)
        by = kwargs.get("by", "outlet")
        # every group of the part, in order, even one with no name found (so the order is kept)
        return table, list(dict.fromkeys(group_labels(part, by)))
    if name == "distinctive_words":
        from .framing import word_counts

        return word_counts(part, kwargs.get("by", "outlet"))
    return getattr(kit, name)(part, *args, **kwargs)


def _concat(tables):
    import pandas as pd

    tables = [t for t in tables if t is not None]
    full = [t for t in tables if len(t)]
    if not full:
        return tables[0] if tables else pd.DataFrame()
    return pd.concat(full, ignore_index=True) if len(full) > 1 else full[0].reset_index(drop=True)


def _combine_naming(parts, by: str, concepts=None):
    """One naming table from the parts' tables: counts and article counts added up, shares recomputed."""
    import pandas as pd

    from .framing import NAMING_COLUMNS, joined_order, load_concepts, shown_spellings

    groups = list(dict.fromkeys(g for _table, labels in parts for g in labels))
    table = _concat([t for t, _labels in parts])
    columns = [by if c == "group" else c for c in NAMING_COLUMNS]
    if not len(table):
        return table if len(table.columns) else pd.DataFrame(columns=columns)
    order = {(r.concept, r.surface): i for i, r in enumerate(load_concepts(concepts).itertuples(index=False))}
    # each part shows a name in the spelling it found most often: the whole corpus may prefer another
    found = table.groupby(["concept", "surface"], sort=False)["count"].sum().to_dict()
    order = {cs: joined_order(order, *cs) for cs in [*order, *found]}
    shown = shown_spellings(found, order)
    table = table.assign(surface=[shown[cs] for cs in zip(table.concept, table.surface)])
    summed = table.groupby([by, "concept", "surface"], sort=False)[["count", "n_articles"]].sum()
    notes = dict(zip(zip(table.concept, table.surface), table.note))
    used = sorted({(c, s) for c, s in notes}, key=lambda cs: (order.get(cs, 0), cs[1]))
    rows = []
    for group in groups:
        totals: dict[str, int] = {}
        for concept, surface in used:
            key = (group, concept, surface)
            totals[concept] = totals.get(concept, 0) + (int(summed.loc[key, "count"]) if key in summed.index else 0)
        for concept, surface in used:
            key = (group, concept, surface)
            n = int(summed.loc[key, "count"]) if key in summed.index else 0
            rows.append({by: group, "concept": concept, "surface": surface, "count": n,
                         "share": round(n / totals[concept], 3) if totals.get(concept) else 0.0,
                         "n_articles": int(summed.loc[key, "n_articles"]) if key in summed.index else 0,
                         "note": notes[(concept, surface)]})
    return pd.DataFrame(rows, columns=columns).astype({"count": "int64", "n_articles": "int64"})


def run(function, articles, *args, npartitions: int | None = None, **kwargs):
    """Run one of the kit's table functions over the parts of a corpus with Dask; return a pandas table.

    ``function`` is a kit function such as ``kit.quotes`` (or its name, ``"quotes"``); further
    arguments go to it (``kit.scale.run(kit.trace_claim, articles, "4,000")``). The parts are
    computed by the current Dask client (a cluster) if there is one, otherwise in threads here.
    The result is the same table as ``function(articles)`` on one machine.

    >>> import kit
    >>> articles = kit.load_articles()
    >>> t = run(kit.distinctive_words, articles, npartitions=3)
    >>> t.equals(kit.distinctive_words(articles))
    True
    """
    dask = _dask()
    name = function if isinstance(function, str) else getattr(function, "__name__", "")
    if name not in ROW_TABLES + COMBINED_TABLES:
        raise KitError(f"kit.scale.run cannot run {name or function!r}", field="function",
                       fix="Pass one of the kit's tables: " + ", ".join(f"kit.{n}" for n in ROW_TABLES + COMBINED_TABLES)
                           + ".")
    parts = partitions(articles, npartitions)
    if not parts:
        import kit

        return getattr(kit, name)(articles, *args, **kwargs)  # no articles: the table's own answer
    tasks = [dask.delayed(_on_part)(part, name, args, kwargs) for part in parts]
    results = dask.compute(*tasks)
    if name == "naming":
        return _combine_naming([r for r in results if r is not None], kwargs.get("by", "outlet"),
                               kwargs.get("concepts", args[0] if args else None))
    if name == "distinctive_words":
        import kit

        return kit.distinctive_words(_concat(results), **kwargs)
    return _concat(results)
