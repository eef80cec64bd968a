"""Round 30, lead: fixes from student 46's and teacher 55's readings, each side alike."""
import pandas as pd
import pytest

import kit


def note_of(text, word):
    rows = kit.annotate(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    return rows.loc[rows.text.str.lower() == word, "note"].item()


@pytest.mark.parametrize("speaker", ["Critics", "Pentagon officials", "Kremlin officials"])
def test_a_judging_word_in_quoted_words_is_not_called_the_writers_opinion(speaker):
    # student 46 #12: "disgrace (loaded language, in words quoted from Critics): … the writer's opinion" said two things
    note = note_of(f"{speaker} called the decision a disgrace.", "disgrace")
    assert "writer's opinion" not in note and "opinion" in note, note


def test_the_editorial_adverbs_say_whose_opinion_it_may_be():
    note = note_of("Sadly, the talks failed.", "sadly")
    assert "the writer's, or the speaker's when quoted" in note, note
