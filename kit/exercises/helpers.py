"""Helpers the lessons call: loops and look-ups that do not belong in a notebook cell.

    >>> paragraph(example_corpus(), "a", 1)
    'A brutal siege, critics say.'
"""

from __future__ import annotations

__all__ = ["example_corpus", "corpus_or_bundled", "text_frame", "id_aliases", "one_article", "paragraph", "spans_in_text", "in_context",
           "my_article", "missing_file", "pasted_account", "is_placeholder", "with_corpus", "short_article_warning", "PASTE_PLACEHOLDER", "EXAMPLE_ARTICLE",
           "MIN_WORDS", "whole_text", "WholeText", "phrases_holding", "no_rows_text"]

PASTE_PLACEHOLDER = "PASTE YOUR ARTICLE HERE"
EXAMPLE_ARTICLE = "us-rescue-of-isis-in-raqqa"
METADATA_TEXT = ("outlet", "author", "title")  # empty when the file does not say: shown as "(not given)"
MIN_WORDS = 300  # below this, rates per 1,000 words and reading scores swing on a word or two


def example_corpus():
    """A two-article corpus made in memory, for examples and tests (no files needed).

    >>> example_corpus()["article_id"].tolist()
    ['a', 'b']
    """
    import pandas as pd

    import kit
    return kit.load_articles(pd.DataFrame({
        "article_id": ["a", "b"],
        "outlet": ["Example News", ""],
        "title": ["First", "Second"],
        "published": [pd.Timestamp("2017-10-13"), pd.NaT],
        "text": ["The siege ended, officials said.\n\nA brutal siege, critics say.",
                 "It was undoubtedly a merciless attack, he claimed."],
        "boilerplate": ["", "Note to readers: please share. Copyright 2019."],
    }))


def corpus_or_bundled(articles=None):
    """``articles`` itself, or the bundled corpus when it is None.

    >>> len(corpus_or_bundled())
    5
    """
    import kit
    return kit.load_articles() if articles is None else articles


def id_aliases(articles) -> dict[str, str]:
    """Other ways a student may name an article: its title (loosely written) -> its id.

    >>> id_aliases(example_corpus())["first"]
    'a'
    """
    from .answers import loose
    out = {}
    for aid, title in zip(articles["article_id"], articles["title"].fillna("")):
        if loose(title):
            out.setdefault(loose(title), aid)
    return out


def one_article(articles, article_id):
    """The one-row table of one article, and its full id (a unique start of the id is enough; an id one
    letter off is refused with "did you mean …?").

    >>> one_article(example_corpus(), "b")[1]
    'b'
    >>> import kit
    >>> try:
    ...     one_article(kit.load_articles(), "russia-charges-pentago")
    ... except kit.KitError as error:
    ...     print(error.problems[0].message)
    ...     print(error.problems[0].suggestion)
    'russia-charges-pentago' is not one of the article ids here: did you mean 'russia-charges-pentagon'?
    russia-charges-pentagon
    """
    import kit

    from .answers import COPY_THE_ID, FIX_THE_ID_IN_THE_LINE, repair_id
    articles = corpus_or_bundled(articles)
    ids = list(articles["article_id"])
    hit, typo = (article_id, "") if article_id in ids else repair_id(str(article_id), ids)
    if typo:  # a letter or a dash off: a typo to point out, never read as the id it nearly is (as every check says it)
        raise kit.KitError(typo.removesuffix(" " + COPY_THE_ID), field="article_id", fix=FIX_THE_ID_IN_THE_LINE,
                           value=article_id, suggestion=hit)
    if hit is None:
        raise kit.KitError(f"no article with id {article_id!r}", field="article_id",
                           fix=f"Use one of: {', '.join(ids)}.")
    return articles[articles["article_id"] == hit], hit


def paragraph(articles, article_id: str, paragraph_id: int = 0) -> str:
    """The text of one paragraph (``paragraph_id`` counts from 0) of one article.

    An id that matches one article's id by its start ("000") is accepted.

    >>> paragraph(example_corpus(), "a", 1)
    'A brutal siege, critics say.'
    """
    import kit
    article, found = one_article(articles, article_id)
    paras = kit.paragraphs(article)
    if not 0 <= paragraph_id < len(paras):
        raise kit.KitError(f"article {found!r} has {len(paras)} paragraphs (0 to {len(paras) - 1})",
                           field="paragraph_id", fix="Pick a number in that range.")
    return str(paras["text"].iloc[paragraph_id])


def text_frame(text: str):
    """A piece of text that is not an article (a paragraph, a headline) as a one-row articles table.

    >>> text_frame("A brutal siege.")["article_id"].item()
    'your-text'
    """
    import pandas as pd

    import kit
    return kit.load_articles(pd.DataFrame({"article_id": ["your-text"], "title": [""], "text": [text]}))


def spans_in_text(text: str, categories=None, lexicon=None):
    """The word-list spans (``kit.annotate``) of a piece of text that is not an article.

    >>> spans_in_text("A brutal siege.")["text"].tolist()
    ['brutal']
    """
    import kit
    return kit.annotate(text_frame(text), categories=categories, lexicon=lexicon)


def in_context(spans, articles=None):
    """Add each span's whole sentence (column ``sentence``) to a table of spans from ``kit.annotate``.

    >>> import kit
    >>> arts = example_corpus()
    >>> in_context(kit.annotate(arts, categories=["booster"]), arts)["sentence"].tolist()
    ['It was undoubtedly a merciless attack, he claimed.']

    A quotation whose speaker is named in the sentence before shows that sentence first (its ``speaker_text`` is there):

    >>> two = text_frame("As we noted:\\n\\n“The plan failed on every count, and nobody said so, which surprised us.”")
    >>> row = in_context(kit.quotes(two), two)
    >>> row.speaker_text.tolist(), row.sentence.str.startswith("As we noted").tolist()
    (['we'], [True])
    """
    import kit
    articles = corpus_or_bundled(articles)
    table = kit.sentences(articles)
    sents = table[["article_id", "sentence_id", "text"]].rename(columns={"text": "sentence"})
    shown = spans.merge(sents, on=["article_id", "sentence_id"], how="left")
    if "speaker_start" not in shown.columns or shown.empty:
        return shown
    # a speaker named in an earlier sentence ("As we noted: …" before the quotation): its sentence comes first, so the
    # row shows the words its speaker column was read from
    by_article = {aid: rows for aid, rows in table.groupby("article_id")}

    def with_speaker(row):
        rows = by_article.get(row["article_id"])
        if rows is None or row["speaker_start"] != row["speaker_start"] or row["speaker_start"] < 0:
            return row["sentence"]
        own = rows[rows.sentence_id == row["sentence_id"]]
        if own.empty or int(own.start.iloc[0]) <= row["speaker_start"] < int(own.end.iloc[0]):
            return row["sentence"]
        before = rows[(rows.start <= row["speaker_start"]) & (rows.end > row["speaker_start"])]
        if before.empty:
            return row["sentence"]
        gap = int(own.sentence_id.iloc[0]) - int(before.sentence_id.iloc[0])
        return f"{before.text.iloc[0]} {'' if gap == 1 else '… '}{row['sentence']}"
    shown["sentence"] = [with_speaker(row) for _, row in shown.iterrows()]
    return shown


def short_article_warning(articles, min_words: int = MIN_WORDS) -> str:
    """A warning (or "") naming each article shorter than ``min_words`` words.

    >>> print(short_article_warning(example_corpus()))
    Short articles (under 300 words): 'a' (10 words), 'b' (8 words). Rates per 1,000 words and reading scores swing on a word or two: compare them with care.
    """
    short = [(i, int(n)) for i, n in zip(articles["article_id"], articles["n_words"]) if n < min_words]
    if not short:
        return ""
    listed = ", ".join(f"{i!r} ({n} word{'s' if n != 1 else ''})" for i, n in short)
    return (f"Short articles (under {min_words} words): {listed}. Rates per 1,000 words and reading scores "
            "swing on a word or two: compare them with care.")


def my_article(text: str = "", file: str = "", title: str = "My article"):
    """The capstone's article(s) as an articles table: pasted ``text``, or a ``file`` or folder.

    A ``title`` is the headline of pasted text, and of one file that has no headline of its own.
    With neither (or the untouched placeholder), it returns one of the bundled articles
    and says so, so that the notebook still runs from top to bottom. Articles under
    300 words get a printed warning.

    >>> my_article("It was, undoubtedly, a brutal week.", title="Test")["n_words"].item()
    Short articles (under 300 words): 'my-article' (6 words). Rates per 1,000 words and reading scores swing on a word or two: compare them with care.
    6
    >>> my_article()["article_id"].item()
    No text pasted and no file given: using the bundled article 'us-rescue-of-isis-in-raqqa' as an example.
    'us-rescue-of-isis-in-raqqa'
    """
    import pandas as pd

    import kit
    if file and str(file).strip():
        missing_file(str(file).strip(), pasted=isinstance(text, str) and not is_placeholder(text))
        mine = kit.load_articles(str(file).strip())
        if len(mine) == 1 and str(title).strip() and title != "My article" and not str(mine["title"].iloc[0]).strip():
            mine.loc[0, "title"] = str(title).strip()  # one file with no headline of its own: MY_TITLE is its headline
    elif isinstance(text, str) and not is_placeholder(text):
        mine = kit.load_articles(pd.DataFrame({"article_id": ["my-article"], "title": [title], "text": [text]}))
    else:
        articles = kit.load_articles()
        print(f"No text pasted and no file given: using the bundled article {EXAMPLE_ARTICLE!r} as an example.")
        return articles[articles["article_id"] == EXAMPLE_ARTICLE].reset_index(drop=True)
    warning = short_article_warning(mine)
    if warning:
        print(warning)
    return mine


def missing_file(name: str, pasted: bool = False) -> None:
    """Raise an :class:`kit.errors.ArticleError` that speaks of ``MY_FILE`` when no file or folder ``name`` is in this
    folder: how to write its name (its ending, a file beside it with that name), and, when text was ``pasted`` too,
    that ``MY_FILE = ""`` uses that text.

    >>> missing_file("no-such-article", pasted=True)
    Traceback (most recent call last):
    ...
    kit.errors.ArticleError: MY_FILE: there is no file called 'no-such-article' in this notebook's folder.
      How to fix: Write its name as the file list on the left shows it, with its ending, e.g. "my-article.txt". You pasted text in MY_TEXT too: to use that text, leave MY_FILE = "".
    """
    import re
    from pathlib import Path

    from ..errors import ArticleError

    if Path(name).exists():
        return
    stem = Path(name).stem.lower()
    try:  # the files here whose name starts like it, capital letters or not ("Skatepark.txt" for "skatepark.txt")
        files = sorted(p.name for p in Path(".").iterdir() if p.suffix == ".txt" or p.is_dir())
    except OSError:
        files = []
    near = ([f for f in files if f.lower() == name.strip().lower()]
            or [f for f in files if stem and f.lower().startswith(stem) and f.endswith(".txt")]
            # a space, a dash or an underscore for another, or none ("skate park.txt" for "skate-park.txt")
            or [f for f in files if stem and f.endswith(".txt") and re.sub(r"[\s_-]+", "", Path(f).stem.lower())
                == re.sub(r"[\s_-]+", "", stem)])
    if not near:  # a letter or two off ("my-artical" for "my-article.txt"): the kit's one spelling matcher
        from .answers import did_you_mean

        stems = {Path(f).stem: f for f in files if f.endswith(".txt")}
        guess = did_you_mean(stem, list(stems), endings=False) if stem else None
        near = [stems[guess]] if guess else []
    case = " Capital and small letters count in a file name." if near and near[0].lower() == name.strip().lower() else ""
    fix = (f"Did you mean \"{near[0]}\"?{case} " if near else "") + ("Write its name as the file list on the left shows "
                                                                   'it, with its ending, e.g. "my-article.txt".')
    if pasted:
        fix += ' You pasted text in MY_TEXT too: to use that text, leave MY_FILE = "".'
    raise ArticleError(f"MY_FILE: there is no file called {name!r} in this notebook's folder.", fix=fix)


def is_placeholder(text) -> bool:
    """True when nothing was pasted: an empty text, or an untouched "PASTE ... HERE" placeholder.

    >>> is_placeholder("PASTE THE TEXT OF ONE ACCOUNT HERE"), is_placeholder("The council met.")
    (True, False)
    """
    words = " ".join(str(text).split()).upper()
    return not words or (words.startswith("PASTE ") and words.endswith(" HERE") and len(words) < 100)


def pasted_account(text: str, **metadata):
    """``kit.article(text, **metadata)`` for a second account pasted into a lesson, with a note while the
    cell still holds its placeholder (the notebook keeps running from top to bottom).

    >>> pasted_account("PASTE THE TEXT OF ONE ACCOUNT HERE", title="Report")["n_words"].item()
    Nothing pasted yet: the cell still holds the placeholder, so the tables below show only the placeholder's words. Paste the text of one account between the triple quotes and run the cell again.
    7
    """
    import kit
    if is_placeholder(text):
        print("Nothing pasted yet: the cell still holds the placeholder, so the tables below show only the placeholder's words. "
              "Paste the text of one account between the triple quotes and run the cell again.")
    return kit.article(text if str(text).strip() else "PASTE THE TEXT HERE", **metadata)


def with_corpus(mine, articles=None):
    """The student's article(s) and the bundled corpus in one table (the student's first).

    >>> len(with_corpus(example_corpus()))
    7
    """
    import pandas as pd
    articles = corpus_or_bundled(articles)
    extra = articles[~articles["article_id"].isin(mine["article_id"])]
    return pd.concat([mine, extra], ignore_index=True)


# two reasons a table is empty (student 39 #11: the 05 Extension's table before anything is pasted has no CHANGE THIS)
_NO_ROWS = ("No rows: the kit found nothing of this kind in this text. If nothing is pasted yet, paste an article in "
            "the cell above and run it again. If this cell has a CHANGE THIS, put in a word or phrase that is in your text.")
_CELL_STYLE = "text-align: left; white-space: normal; vertical-align: top"
#: A column whose longest cell has more characters than this is long text, shown at least LONG_TEXT_EM wide.
LONG_TEXT = 60
LONG_TEXT_EM = 18


def no_rows_text(table) -> str:
    """What an empty table says: the words its maker gave it (``table.attrs["no_rows"]``, e.g. the naming table's), or
    the kit's general words.

    >>> import pandas as pd
    >>> no_rows_text(pd.DataFrame()).startswith("No rows: the kit found nothing")
    True
    """
    own = getattr(table, "attrs", {}).get("no_rows")
    return own if isinstance(own, str) and own.strip() else _NO_ROWS


class WholeText:
    """What :func:`whole_text` returns: the table shown in full, as an HTML table (a notebook shows it).

    ``to_html()`` gives that HTML and ``data`` the table shown. Anything else is asked of a pandas Styler of
    the same table with the same formats, made on first use: ``whole_text(t).highlight_max(subset=["count"])``
    works as before, ``isinstance(whole_text(t), Styler)`` does not. (pandas' Styler and its templates take
    0.05-0.1 s to load, once per kernel: the plain table spares a lesson that.)

    >>> shown = whole_text(example_corpus(), ["article_id", "outlet"])
    >>> shown.data.columns.tolist(), "(not given)" in shown.to_html()
    (['article_id', 'outlet'], True)
    >>> "(not given)" in shown.hide(axis="columns").to_html()  # a Styler method: pandas' own table
    True
    """

    def __init__(self, table):
        self.data = table
        self._styler = None

    def styler(self):
        """The pandas Styler of this table, with the same formats as the HTML table (made once)."""
        if self._styler is None:
            self._styler = _styled(self.data)
        return self._styler

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.styler(), name)

    def to_html(self, *args, **kwargs) -> str:
        """The table as HTML, every cell in full and escaped (with arguments: pandas' ``Styler.to_html``)."""
        if args or kwargs:
            return self.styler().to_html(*args, **kwargs)
        import html

        shown = self.data
        # headers sit over their column's left-aligned text (student 12), each a column header for screen readers
        head = "".join(f'<th scope="col" style="text-align: left">{html.escape(str(c))}</th>' for c in shown.columns)
        columns = [[_cell_text(v, kind) for v in shown[c].tolist()] for c, kind in zip(shown.columns, _kinds(shown))]
        # a column of long text (a quotation, a note) keeps a readable width beside the others (student 38 #8: the
        # quotes table's note was squeezed to about 12 characters); a wide table scrolls in the notebook instead
        styles = [_CELL_STYLE + (f"; min-width: {LONG_TEXT_EM}em" if max(map(len, map(str, shown[c].tolist())),
                                                                           default=0) > LONG_TEXT else "")
                  for c in shown.columns]
        rows = "".join("<tr>" + "".join(f'<td style="{st}">{v}</td>' for v, st in zip(row, styles)) + "</tr>"
                       for row in zip(*columns))
        from ..display import BODY_PX
        from ..widgets import (
            NO_MATH,  # "$4.5 million … $12 a month" stays text, not mathematics (student 39 #1)
        )

        caption = f"<caption>{html.escape(no_rows_text(shown))}</caption>" if shown.empty else ""
        # the notebook's body size: JupyterLab shows tables at 13 px, smaller than the text around them
        return f'<table class="kit-table {NO_MATH}" style="font-size:{BODY_PX}px">{caption}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'

    def _repr_html_(self) -> str:
        return self.to_html()


def _kinds(shown):
    """Per column: "flag" (True/False, shown yes/no), "date", "given" (metadata text) or "" (anything else)."""
    from pandas.api.types import is_bool_dtype, is_datetime64_any_dtype

    return ["date" if is_datetime64_any_dtype(shown[c]) else "flag" if is_bool_dtype(shown[c])
            else "given" if c in METADATA_TEXT else "" for c in shown.columns]


def _cell_text(v, kind: str) -> str:
    """One cell as the Styler of :func:`_styled` writes it (escaped; floats with six decimals, as pandas does)."""
    import html

    import pandas as pd

    if kind == "flag":
        return "yes" if v else "no"
    if kind == "date":
        return "NaT (no date)" if pd.isna(v) else f"{v:%Y-%m-%d}"
    if kind == "given":
        return "(not given)" if v is None or (isinstance(v, str) and not v.strip()) else html.escape(str(v))
    if isinstance(v, str):
        return html.escape(v)
    if v is None or (not isinstance(v, (list, tuple, dict, set)) and pd.isna(v) is True):
        return ""
    if isinstance(v, float):
        return f"{v:.6f}"
    return html.escape(str(v))


def _styled(shown):
    """pandas' Styler of ``shown`` with :func:`whole_text`'s formats."""
    import html

    import pandas as pd

    from ..display import BODY_PX

    kinds = _kinds(shown)
    styled = shown.style
    if shown.empty:  # an empty table says so, instead of showing only its column names
        styled = styled.set_caption(html.escape(no_rows_text(shown)))
    of_kind = {k: [c for c, kind in zip(shown.columns, kinds) if kind == k] for k in ("flag", "date", "given")}
    return (styled.format(escape="html", na_rep="")
            .format(lambda v: "yes" if v else "no", subset=of_kind["flag"])
            .format(lambda d: "NaT (no date)" if pd.isna(d) else f"{d:%Y-%m-%d}", subset=of_kind["date"])
            .format(lambda v: "(not given)" if v is None or (isinstance(v, str) and not v.strip()) else html.escape(str(v)),
                    subset=of_kind["given"])
            .hide(axis="index")
            .set_table_attributes(f'class="kit-table" style="font-size:{BODY_PX}px"')
            .set_properties(**{"text-align": "left", "white-space": "normal", "vertical-align": "top"}))


def whole_text(table, columns=None):
    """Show a table with every cell in full (sentences are not cut off with "..."), text escaped.

    Returns a :class:`WholeText`: in a notebook it shows as a table whose long cells wrap at word
    boundaries; ``to_html()`` gives its HTML, and pandas' Styler methods still work on it. ``columns`` picks
    the columns to show (all by default). The table itself is
    not changed. Dates show as 2017-11-14; a missing date shows as "NaT (no date)"; an empty
    outlet, author or title shows as "(not given)", since the file does not say. A True/False
    column (``speaker_guess``) shows "yes" or "no". An empty table says "No rows" in words.

    >>> styled = whole_text(example_corpus(), ["article_id", "text"])
    >>> "merciless attack, he claimed." in styled.to_html()
    True
    >>> "<b>" in whole_text(example_corpus().assign(text="<b>bold</b>"), ["text"]).to_html()
    False
    >>> import pandas as pd
    >>> html = whole_text(pd.DataFrame({"published": pd.to_datetime(["2017-11-14", None])})).to_html()
    >>> "2017-11-14<" in html and "NaT (no date)" in html and "00:00" not in html
    True
    >>> "No rows" in whole_text(example_corpus().iloc[0:0], ["article_id"]).to_html()
    True
    >>> ">no<" in whole_text(pd.DataFrame({"speaker_guess": [False]})).to_html()
    True
    >>> "(not given)" in whole_text(example_corpus(), ["article_id", "outlet"]).to_html()
    True
    >>> "<b>" in whole_text(example_corpus().assign(outlet="<b>x</b>"), ["outlet"]).to_html()
    False
    """
    return WholeText(table[list(columns)] if columns is not None else table)


def phrases_holding(word: str, spans, text: str, places=None) -> list[str]:
    """The phrases among ``spans`` (lower case, as the check compares them) that hold ``word`` at every place it
    stands for: ``places`` (``(start, end)`` offsets in ``text``, the word a student ticked), or else every place
    ``word`` stands in ``text``. A word the text does not hold is matched by its letters alone.

    >>> text = "US media said so; the so-called US war went on."
    >>> spans = spans_in_text(text)
    >>> phrases_holding("us", spans, text, places=[(0, 2)]), phrases_holding("us", spans, text, places=[(32, 34)])
    (['us media'], [])
    >>> phrases_holding("us", spans, text)  # typed, not ticked: "US" stands in two places, one outside the phrase
    []
    """
    import re

    from .answers import norm
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", flags=re.IGNORECASE)
    places = list(places) if places else [m.span() for m in pattern.finditer(text)]
    found = []
    for span_text, start, end in zip(spans["text"], spans.get("start", [None] * len(spans)),
                                     spans.get("end", [None] * len(spans))):
        phrase = norm(span_text)
        if " " not in phrase or not pattern.search(phrase) or phrase in found:
            continue
        if not places or start is None or all(int(start) <= a and b <= int(end) for a, b in places):
            found.append(phrase)
    return found
