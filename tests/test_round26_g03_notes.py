"""03 Exercise 2 after teacher 49 (#6): a ✓ for the notes quotes the note of the kind the student describes ("the
quotation just before"), never a 'he' note they did not write; and the other way round. Made-up articles, for a US
and a Russian spokesman alike; on the lesson's article the notes are the kit's own rows'."""
import pandas as pd
import pytest

from kit import exercises

LESSON = "washington-pretends-combating-isis"


@pytest.fixture(params=[("Pentagon", "John Smith", "Mary Jones"), ("Kremlin", "Ivan Petrov", "Olga Smirnova")])
def made_up(request):
    body, first, second = request.param
    arts = pd.DataFrame({"article_id": ["a"], "text": [
        f"{body} spokesman {first} and {body} official {second} met on Monday. “The road is open to all of the "
        "people who live there,” he said.\n\n“We will keep it open for as long as the people need it to be open.”"]})
    return first, arts


def check(names, arts, notes, article_id="a"):
    exercises.tries.forget_attempts()
    return exercises.check_speakers(names, arts, article_id, notes=notes)


def praised_note(result):
    line = next(d for d in str(result.detail).splitlines() if d.startswith("Your notes say what"))
    return line.split("“", 1)[1].split("”", 1)[0]


def test_the_quotation_before_is_praised_with_its_own_note(made_up):
    first, arts = made_up
    result = check([first.split()[-1]], arts, "the quotation just before")
    assert result.correct, result
    assert "quotation just before" in praised_note(result) and "'he'" not in praised_note(result), result.detail


def test_he_is_praised_with_the_he_note(made_up):
    first, arts = made_up
    result = check([first.split()[-1]], arts, "the kit takes 'he' to be the first person named before the quote")
    assert result.correct, result
    assert "'he' taken to be" in praised_note(result), result.detail


def test_the_lessons_article_quotes_the_kind_described():
    import kit
    arts = kit.load_articles()
    result = check(["Konashenkov", "al-Moallem"], arts, "the quotation just before", LESSON)
    assert result.correct and praised_note(result).startswith("speaker guessed from the quotation just before"), result.detail


def test_the_notes_own_words_get_credit(made_up):
    first, arts = made_up
    result = check([first.split()[-1]], arts, "the first person named")
    assert result.correct and "“guess: 'he' taken to be" in str(result.detail), result.detail
    assert not check([first.split()[-1]], arts, "the last person named").correct


def test_named_first_not_last_and_the_quote_before_is_right(made_up):
    first, arts = made_up
    assert check([first.split()[-1]], arts, "the person named first, not last, and the quote b4").correct

