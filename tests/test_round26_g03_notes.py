"""03 Exercise 2 after teacher 49 (#6): a ✓ for the notes quotes the note of the kind the student describes ("the
quotation just before"), never a 'he' note they did not write; and the other way round. Made-up articles, for a US
and a Russian spokesman alike; on the lesson's article the notes are the kit's own rows'."""


LESSON = "washington-pretends-combating-isis"






def praised_note(result):
    line = next(d for d in str(result.detail).splitlines() if d.startswith("Your notes say what"))
    return line.split("“", 1)[1].split("”", 1)[0]


def test_the_quotation_before_is_praised_with_its_own_note(he_said_article, speakers_notes_check):
    check = speakers_notes_check
    first, arts = he_said_article
    result = check([first.split()[-1]], arts, "the quotation just before")
    assert result.correct, result
    assert "quotation just before" in praised_note(result) and "'he'" not in praised_note(result), result.detail


def test_he_is_praised_with_the_he_note(he_said_article, speakers_notes_check):
    check = speakers_notes_check
    first, arts = he_said_article
    result = check([first.split()[-1]], arts, "the kit takes 'he' to be the first person named before the quote")
    assert result.correct, result
    assert "'he' taken to be" in praised_note(result), result.detail


def test_the_lessons_article_quotes_the_kind_described(speakers_notes_check):
    check = speakers_notes_check
    import kit
    arts = kit.load_articles()
    result = check(["Konashenkov", "al-Moallem"], arts, "the quotation just before", LESSON)
    assert result.correct and praised_note(result).startswith("speaker guessed from the quotation just before"), result.detail


def test_the_notes_own_words_get_credit(he_said_article, speakers_notes_check):
    check = speakers_notes_check
    first, arts = he_said_article
    result = check([first.split()[-1]], arts, "the first person named")
    assert result.correct and "“guess: 'he' taken to be" in str(result.detail), result.detail
    assert not check([first.split()[-1]], arts, "the last person named").correct


def test_named_first_not_last_and_the_quote_before_is_right(he_said_article, speakers_notes_check):
    check = speakers_notes_check
    first, arts = he_said_article
    assert check([first.split()[-1]], arts, "the person named first, not last, and the quote b4").correct

