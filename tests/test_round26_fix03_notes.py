"""03 Exercise 2 after teacher 48 (#1, #17): the ✓ counts each kind of guess from the rows' notes (never "all by
guessing whom 'he' means" when most rows come from the quotation before); notes that take another of the people
named than the note does ("mentioned last" where it says "the first person named") are told so; a half-right list
is not told of cues like 'X said' when the rows are guesses. Articles are made up, for a US and a Russian spokesman
alike; on the lesson's article the expected counts are computed from the kit's own rows."""
import re

import pytest

import kit

LESSON = "washington-pretends-combating-isis"






def kinds(arts, article_id):
    """The guessed rows' notes, by kind: ('he' guesses, by what 'he' is taken to be) and the rest, by their note."""
    rows = kit.quotes(arts[arts["article_id"] == article_id])
    rows = rows[(rows["kind"] == "direct") & (rows["speaker_type"] == "named person") & rows["speaker_guess"]]
    found = {}
    for note in rows["note"].astype(str):
        taken = re.search(r"taken to be [^,]+, (.+)$", note)
        key = f"“he” to be {taken.group(1)}" if taken else f"“{note.split(':')[0]}”"
        found[key] = found.get(key, 0) + 1
    return found, len(rows)


def test_the_tick_counts_each_kind_of_guess_made_up(he_said_article, speakers_notes_check):
    check = speakers_notes_check
    first, arts = he_said_article
    result = check([first.split()[-1]], arts, "he is the first person named just before")  # round 28: t51 #5
    assert result.correct, result
    assert "1 says “speaker guessed from the quotation just before”" in result.detail, result
    assert "1 takes “he” to be the first person named in the sentences just before" in result.detail, result
    assert "by guessing whom" not in result.detail and "cues like" not in result.detail, result


def test_the_tick_counts_each_kind_of_guess_on_the_lesson_article(speakers_notes_check):
    check = speakers_notes_check
    articles = kit.load_articles()
    found, n = kinds(articles, LESSON)
    assert len(found) >= 2  # the lesson's rows: guesses of more than one kind
    result = check(["Konashenkov", "Moallem"], articles, "the quote before and he", LESSON)
    assert result.correct, result
    assert f"all {n} of these rows" in result.detail, result
    for kind, count in found.items():
        assert re.search(rf"\b{count} (?:says?|takes?) {re.escape(kind)}", result.detail), (kind, count, result.detail)


@pytest.mark.parametrize("notes, words", [("he is whoever was mentioned last before the quote", "mentioned last"),
                                          ("the last mentioned person before the quote", "last mentioned"),
                                          ("he = the last person named before", "last person named")])
def test_notes_that_take_the_last_person_named_are_told_the_note_says_first(he_said_article, notes, words, speakers_notes_check):
    check = speakers_notes_check
    first, arts = he_said_article
    result = check([first.split()[-1]], arts, notes)
    assert result.status == "partly", result
    assert f"say '{words}', but the note says “the first person named”" in result.detail, result


@pytest.mark.parametrize("notes", ["he = the guy mentioned first before the quote", "the first person named before",
                                   "he is whoever was quoted last"])
def test_notes_that_match_the_note_keep_the_tick(he_said_article, notes, speakers_notes_check):
    check = speakers_notes_check
    first, arts = he_said_article
    assert check([first.split()[-1]], arts, notes).correct, notes


def test_a_half_right_list_is_told_the_guesses_not_cues(speakers_notes_check):
    check = speakers_notes_check
    articles = kit.load_articles()
    found, _n = kinds(articles, LESSON)
    result = check(["Konashenkov"], articles, "the quote before", LESSON)
    assert result.status == "partly", result
    assert "cues like" not in result.detail, result
    assert all(kind in result.detail for kind in found), result.detail
