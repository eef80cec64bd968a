"""Round 26 g06 (teacher 49 #2): 06's reflection. A verdict word after the article's quoted words ('"…", thats
cap', '"…", sus', '"…", which is cap', '"…", lowkey legit') is the student's verdict, whichever way it points and
whichever side's words are quoted; a description after the quotation ('"…", a loaded label') is not."""
import pytest

from kit import exercises

TEXT = ("A Russian general called the strikes “US imperialism”, and a Moscow paper called the reply “anti-Russian”. "
        "A Pentagon spokesman denied the report and called it “anti-American”. The trucks left at night. ") * 6
CHECK = (" The article mostly quotes one side and gives no reply from the other, so the reader only hears the "
         "accusation. I would still need to check the original briefing and what the other side said about it "
         "before I believe it.")
WORDS = ["US imperialism", "anti-Russian", "anti-American"]


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("verdict, how", [("thats cap", "dismisses"), ("that's cap", "dismisses"), ("sus", "dismisses"),
                                          ("which is cap", "dismisses"), ("lowkey sus", "dismisses"),
                                          ("lowkey legit", "trusts"), ("thats legit", "trusts"), ("legit", "trusts")])
def test_a_verdict_after_quoted_words_is_a_verdict(word, verdict, how):
    result = exercises.check_reflection(f'The article calls it "{word}", {verdict}.' + CHECK, TEXT)
    assert result.status == "beginning", str(result)
    assert result.message.startswith(f"it {how} the article without checking it"), str(result)
    assert "take the verdict out" in str(result), str(result)


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("tail", ["a loaded label", "which is a loaded word", "which makes one side sound bad"])
def test_a_description_after_quoted_words_is_no_verdict(word, tail):
    result = exercises.check_reflection(f'The article calls it "{word}", {tail}.' + CHECK, TEXT)
    assert result.status != "beginning", str(result)
