"""kit.scale: the tables over a Dask DataFrame on a LocalCluster of two worker processes are the same
tables as on one machine, including the ones that add up counts across the parts."""

from __future__ import annotations

import pandas as pd
import pytest

import kit

distributed = pytest.importorskip("distributed", reason="kit.scale needs the [scale] extra (dask, distributed)")
import kit.scale  # noqa: E402


def _corpus():
    """The seed articles, plus one article with no outlet and one with no words, so that some parts
    have groups or names that others do not."""
    seeds = kit.load_articles()
    extra = pd.DataFrame({"article_id": ["z-empty", "z-short"], "outlet": ["", "Daily"], "title": ["", "A"],
                          "text": ["", "The Syrian government said 40 trucks left, the BBC reported."]})
    return pd.concat([seeds, extra], ignore_index=True)


@pytest.fixture(scope="module")
def client():
    # two real worker processes (not threads), one thread each; no dashboard
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, worker_dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


CALLS = [
    ("annotate", (), {}), ("profile", (), {}), ("quotes", (), {}), ("sources", (), {}), ("citations", (), {}),
    ("figures", (), {}), ("headlines", (), {}), ("trace_claim", ("4,000",), {}), ("naming", (), {}),
    ("distinctive_words", (), {}), ("naming", (), {"by": "article_id"}),
]


def test_tables_on_two_worker_processes_equal_the_single_process_tables(client):
    articles = _corpus()
    assert len(client.scheduler_info()["workers"]) == 2
    for name, args, kwargs in CALLS:
        expected = getattr(kit, name)(articles, *args, **kwargs)
        got = kit.scale.run(getattr(kit, name), articles, *args, npartitions=3, **kwargs)
        pd.testing.assert_frame_equal(got, expected, obj=f"kit.scale.run(kit.{name}, {kwargs})")
    # the work really ran on the workers: each holds some of the parts' results in its own cache
    where = client.run(lambda: kit.cache.info()["articles"])
    assert len(where) == 2 and all(n > 0 for n in where.values())


def test_a_dask_dataframe_with_arrow_strings_gives_the_same_table(client):
    import dask

    dd = pytest.importorskip("dask.dataframe", reason="Dask DataFrames need dask[dataframe] (the [scale] extra)")

    articles = _corpus()
    with dask.config.set({"dataframe.convert-string": True}):
        parts = dd.from_pandas(articles, npartitions=2)
    got = kit.scale.run(kit.quotes, parts)
    pd.testing.assert_frame_equal(got, kit.quotes(articles))


def test_an_unknown_function_is_a_kit_error():
    with pytest.raises(kit.KitError, match="cannot run"):
        kit.scale.run(print, kit.load_articles())
