"""Round 26 (r26ex6, teacher 47 #7, teacher 46 #8): in a 06 reflection that quotes nothing, a word named without
quotation marks is no quotation: it is never judged a misquote ("'imperialism though' is not in the article",
"'barely' is not in the article"); a word of the article that is named is to go in quotation marks. Made-up
articles, the US and the Russian side alike."""

from __future__ import annotations

import pytest

from kit import exercises

US = ("The Pentagon said 300 fighters left the city. Critics call it US imperialism's latest move, and the strikes "
      "were merciless, a statement said. ") * 4
RU = ("The Kremlin said 300 fighters left the city. Critics call it Russian imperialism's latest move, and the strikes "
      "were merciless, a statement said. ") * 4
FINDING = ("The article quotes the {who} and gives 300 with no source in its sentence. It does not say who counted them. "
           "I would check other news reports to see who counted them and whether they give the same number. ")


@pytest.mark.parametrize("text, who", [(US, "Pentagon"), (RU, "Kremlin")])
def test_an_unquoted_word_followed_by_the_students_own_is_not_a_misquote(text, who):
    result = exercises.check_reflection(FINDING.format(who=who) + "The article uses loaded words like imperialism though.",
                                        text)
    assert "is not in the article" not in str(result), str(result)
    assert "'imperialism' is in the article" in str(result) and "quotation marks" in str(result), str(result)
    assert "example is not in the article" not in result.message, str(result)


@pytest.mark.parametrize("text, who", [(US, "pentagon"), (RU, "kremlin")])
def test_the_students_own_word_after_a_named_one_is_never_picked(text, who):
    answer = (f"the article uses loaded words like imperialism and barely quotes anyone except the {who}. it doesnt "
              "say who counted the 300. id check other news reports to see who counted them and if they agree")
    result = exercises.check_reflection(answer, text)
    assert "'barely'" not in str(result), str(result)
    assert "'imperialism' is in the article" in str(result), str(result)


@pytest.mark.parametrize("text", [US, RU])
def test_a_quoted_word_is_still_checked(text):
    result = exercises.check_reflection(FINDING.format(who="officials") + "It calls the strikes 'mercyless'.", text)
    assert "'mercyless' is not in the article: quote its words exactly (did you mean 'merciless'?)" in str(result)
    assert result.status == "emerging"


@pytest.mark.parametrize("text", [US, RU])
def test_a_misspelt_named_word_asks_for_the_articles_word_in_quotation_marks(text):
    result = exercises.check_reflection(FINDING.format(who="officials") + "It uses words like mercyless.", text)
    assert "'mercyless' is not in the article (did you mean 'merciless'?)" in str(result)
    assert "quotation marks" in str(result) and "quote its words exactly" not in str(result), str(result)
