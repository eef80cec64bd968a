"""The look-ups that made the sourcing tables fast (issue 25) give what the scans they replaced gave.

Each property compares one indexed look-up with the plain scan it replaced; tests/test_table_digests.py
compares every table as a whole.
"""

from __future__ import annotations

import re

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from kit.name_runs import NAME_RUN, NUMBER_NEXT, clean_run, cut_piece, plain_pieces
from kit.sourcing import checked_articles, prepare_articles
from kit.speaker_phrases import end_of_words
from kit.wordsets import word_sets

SENTENCES = ["Gen. Ann Lee said the base would grow.", "“We will stay,” she said.", "Officials claimed it was over.",
             "Mattis December 5 was the day.", "Lee told reporters that the road was closed.", "It rained.",
             "The Director of Operations Tom Roe spoke.", "\n\n", "Some experts say it may rain."]
TEXT = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8).map(" ".join)


def _article(text):
    return prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "test"))[0]


@settings(max_examples=40, deadline=None)
@given(TEXT, st.lists(st.tuples(st.integers(0, 400), st.sampled_from(["Ann Lee", "Tom Roe", "Bo Li"])),
                      max_size=12), st.integers(0, 400))
def test_speakers_by_sentence_and_in_order_match_a_scan(text, noted, pos):
    art = _article(text)
    for p, name in noted:
        art.add_speaker(p, name)
    for k, (_sid, s, e) in enumerate(art.sentences):
        assert art.speakers_in(k, s, min(e, pos)) == [n for p, n in art.speakers if s <= p < min(e, pos)]
    earlier = [n for p, n in sorted(art.speakers) if p < pos]
    assert art.last_speaker_before(pos) == (earlier[-1] if earlier else "")


@settings(max_examples=40, deadline=None)
@given(TEXT, st.integers(-5, 400), st.integers(-5, 400))
def test_cue_after_matches_a_scan(text, lo, hi):
    art = _article(text)
    assert art.cue_after(lo, hi) == any(lo < c[0] < hi for c in art.cues)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=" \t\n\u00a0ab,.", max_size=20))
def test_end_of_words_is_rstrip(text):
    for hi in range(len(text) + 1):
        assert end_of_words(text, hi) == len(text[:hi].rstrip())


@settings(max_examples=60, deadline=None)
@given(TEXT, st.text(alphabet=" \t\n5x.,A-’s", min_size=0, max_size=4))
def test_a_runs_pieces_read_only_spaces_and_digits_after_it(text, after):
    """kit.names keys plain_pieces on the four characters after a run with every character but a
    space or a digit written as "x": the pieces must not change."""
    sets = word_sets()
    plain = re.sub(r"[^\s\d]", "x", after)
    for m in NAME_RUN.finditer(text):
        run = m.group(0)
        s, e = clean_run(run, 0, len(run), sets)
        if e > s:
            assert cut_piece(run + after, s, e, sets) == cut_piece(run + plain, s, e, sets)


@settings(max_examples=60, deadline=None)
@given(TEXT, st.text(alphabet=" \t\n5x.,A-’s", min_size=0, max_size=4))
def test_a_runs_pieces_read_only_whether_a_number_follows(text, after):
    """kit.names passes plain_pieces " 5" or "" for what follows a run (a number next or not): the
    pieces are those of the run with the four characters that follow it."""
    sets = word_sets()
    short = " 5" if NUMBER_NEXT.match(after) else ""
    for m in NAME_RUN.finditer(text):
        run = m.group(0)
        assert plain_pieces(run, after, sets) == plain_pieces(run, short, sets) \
            == _pieces_step_by_step(run, after, sets)


def _pieces_step_by_step(run, after, sets):
    """plain_pieces as clean_run and cut_piece make them (what kit.name_runs did for every run)."""
    s, e = clean_run(run, 0, len(run), sets)
    return tuple(cut_piece(run + after, s, e, sets)) if e > s else ()


def _letter_words(sets):
    """Words of the word sets that can stand in a run of letters, capitalised and as they are."""
    words = {w for f in ("stop_caps", "particles", "time_words", "month_words", "titles", "demonyms")
             for w in getattr(sets, f) if w.isalpha()}
    return sorted(words | {w.capitalize() for w in words})


@settings(max_examples=300, deadline=None)
@given(st.data(), st.text(alphabet=" \t5x", min_size=0, max_size=4))
def test_pieces_of_a_run_of_letter_words(data, after):
    """plain_pieces works out a run of letter words one space apart on its words (most runs): the same
    pieces as clean_run and cut_piece give, whatever stop words, particles, months and time words it holds."""
    sets = word_sets()
    pool = _letter_words(sets) + ["Ann", "Lee", "Mattis", "Trump", "Qaeda"]
    run = " ".join(data.draw(st.lists(st.sampled_from(pool), min_size=1, max_size=5)))
    assert plain_pieces(run, after, sets) == _pieces_step_by_step(run, after, sets)


def test_pieces_of_every_word_set_word():
    """Each word of the word sets alone, before a number or a word, cut as clean_run and cut_piece cut it."""
    sets = word_sets()
    for word in _letter_words(sets):
        for after in (" 5. ", " was", ""):
            assert plain_pieces(word, after, sets) == _pieces_step_by_step(word, after, sets), word


def test_candidates_are_copies():
    """The candidates of a stretch are read once; a caller that changes one does not change the next answer."""
    art = _article("Gen. Ann Lee said the base would grow. Lee left.")
    first = art.candidates(0, 40)
    first[0]["speaker"] = "someone else"
    first.clear()
    assert [c["speaker"] for c in art.candidates(0, 40)] == ["Ann Lee"]


def test_runs_of_a_stretch_that_cuts_a_name():
    """A stretch that starts inside a name reads the run from there, as a scan of the stretch does."""
    text = "Yesterday Gen. James Mattis said so."
    art = _article(text)
    whole = [text[a:b] for a, b in art.runs(0, len(text))]
    cut = [text[a:b] for a, b in art.runs(text.index("Mattis"), len(text))]
    assert whole == ["Gen. James Mattis"] and cut == ["Mattis"]


FIGURE_PIECES = ["Some", "FORTY", "thousands", "Tens of millions", "scores of", "scores", "one", "eighteen", "Eight",
                 "9 pm", "1:30", "23:15", "12 a.m.", "May", "March", "Sept.", "Monday", "last", "mid-March", "2017",
                 "$", "5", "4,000", "3.5", "percent", ",", ".", "’", "-", "İstanbul", "ıı", "ſeven", "\u212aelvin",
                 "twenty-two", "9 PM", "7AM", "\n\n", "people", "Leo Park, 17,"]


def _plain_figure_scan(text, s0, s1):
    """The scan figures() made before its whole-text pre-scans: every pattern over every sentence."""
    from kit import quantities as q

    found, taken = [], []
    digit = q._DIGIT.search(text, s0, s1) is not None
    for rx in (q._DATE, q._TIME) if digit else (q._DATE,):
        for m in rx.finditer(text, s0, s1):
            if not any(x < m.end() and m.start() < y for x, y in taken):
                found.append((m.start(), m.end()))
                taken.append((m.start(), m.end()))
    for rx in (q._NUMBER, q._NUMBER_WORD) if digit else (q._NUMBER_WORD,):
        for m in rx.finditer(text, s0, s1):
            a, b = m.start(), m.end()
            while a < b and text[a].isspace():
                a += 1
            if not any(x < b and a < y for x, y in taken):
                found.append((a, b))
                taken.append((a, b))
    return sorted(found)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FIGURE_PIECES), min_size=1, max_size=25), st.sampled_from([" ", "", "  ", ". "]))
def test_figures_pre_scans_find_what_a_scan_of_every_sentence_finds(pieces, glue):
    from kit import quantities as q
    from kit.segment import sentence_bounds

    text = glue.join(pieces)
    sets = word_sets()
    hints = q._Hints(text)
    for sid, (_pid, s0, s1) in enumerate(sentence_bounds(text)):
        rows = q._sentence_figures(q._Sentence("a", sid, s0, s1), text, hints, sets,
                                   q._hedge_pattern(sets.figure_hedges), {}, {"a": ""}, {})
        assert [(r["start"], r["end"]) for r in rows] == _plain_figure_scan(text, s0, s1)


_RUN_TEXT = st.lists(st.sampled_from(list("AaBbDdEeIiLlVvSsHhNnOoUuRrZz -’'.\t“”\"\n") + ["al-", "bin ", "van ", "De "]),
                    max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_RUN_TEXT, st.integers(0, 60), st.integers(0, 60))
def test_name_run_look_ahead_finds_what_the_pattern_without_it_finds(text, lo, hi):
    # NAME_RUN starts with a look-ahead at the letters a run can start with: a quick test, nothing more
    plain = re.compile(NAME_RUN.pattern.removeprefix("(?=[A-Zabdeilv])"))
    assert plain.pattern != NAME_RUN.pattern
    assert [m.span() for m in NAME_RUN.finditer(text, lo, hi)] == [m.span() for m in plain.finditer(text, lo, hi)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "1"]), st.one_of(st.text(max_size=5), st.integers(0, 2),
                                                                       st.floats(allow_nan=False), st.none())),
                min_size=2, max_size=2))
def test_row_keys_tell_rows_apart_as_their_cells_do(cells):
    from kit.cache import row_keys

    (id_a, a), (id_b, b) = cells
    frame = pd.DataFrame({"article_id": [id_a, id_b], "value": pd.Series([a, b], dtype=object)})
    keys = row_keys(frame)
    same = id_a == id_b and type(a) is type(b) and repr(a) == repr(b)
    assert (keys[0] == keys[1]) == same
