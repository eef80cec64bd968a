"""Round 25 (r25ex item 5, teacher 45 #14): the wrong-kind message for None is in words a student understands."""
from kit import exercises


def test_none_is_explained_without_programmer_jargon():
    text = str(exercises.check_neutral_headline(None))
    assert "instead of returning" not in text and "function" not in text, text
    assert "print(" in text and "the check got no answer" in text, text
