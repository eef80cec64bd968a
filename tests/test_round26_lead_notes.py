"""Round 26, lead (student 42 #4): 03 Exercise 2's ``notes = "…"`` line with a quotation inside it, or an
apostrophe inside single quotes, gets the same plain fix as an ``answer = …`` line, not Python's bare SyntaxError."""
import pytest

from kit.exercises.quote_hints import hint_for_quote_marks


@pytest.mark.parametrize("name", ["notes", "answer"])
def test_quotes_inside_the_notes_get_the_fix(name):
    hint = hint_for_quote_marks("invalid syntax", f'{name} = "the kit guessed its "he" = the person named before"')
    assert hint.startswith("Your answer has \" inside its own") or hint.startswith("Your text has"), hint
    assert f"{name} = \"the kit guessed its 'he' = the person named before\"" in hint


def test_an_apostrophe_in_single_quoted_notes_gets_the_fix():
    hint = hint_for_quote_marks("unterminated string literal (detected at line 1)",
                                "notes = 'its the person named before, it's a guess'")
    assert "double quotes" in hint and 'notes = "its the person named before, it\'s a guess"' in hint, hint
