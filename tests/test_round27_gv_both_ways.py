"""Round 27 gv (student 43 #7): a 06 reflection sentence that dismisses one quotation and trusts another ('…
"…" thats cap and "…" lowkey legit idk') is named under both, "Trusts" and "Dismisses", in either order, whichever
side's words are quoted: the Pentagon's or the Kremlin's."""
import pytest

from kit import exercises

TEXT = ("Pentagon spokesman Mark Haddon called the strike “a precise action”. Kremlin spokesman Ivan Sorokin called "
        "the claim “flat-out false”. Washington and Moscow gave no figures. The convoy left at night. ") * 6
CHECK = (" The article mostly quotes one side and gives no reply from the other, so the reader only hears the "
         "accusation. I would still need to check the original briefing and what the other side said about it "
         "before I believe it.")


@pytest.mark.parametrize("first, second", [("flat-out false", "a precise action"), ("a precise action", "flat-out false")])
@pytest.mark.parametrize("shape", ['The article uses words like "{a}" thats cap and "{b}" lowkey legit idk.',
                                   'The article uses words like "{b}" lowkey legit and "{a}" thats cap.'])
def test_a_sentence_with_a_verdict_each_way_is_named_under_both(first, second, shape):
    result = exercises.check_reflection(shape.format(a=first, b=second) + CHECK, TEXT)
    assert result.status == "beginning", str(result)
    assert "Trusts the article without checking" in result.detail, str(result)
    assert "Dismisses the article without checking" in result.detail, str(result)


@pytest.mark.parametrize("word", ["flat-out false", "a precise action"])
def test_a_sentence_with_one_verdict_is_named_once(word):
    result = exercises.check_reflection(f'The article uses words like "{word}" thats cap.' + CHECK, TEXT)
    assert "Dismisses the article without checking" in result.detail, str(result)
    assert "Trusts the article without checking" not in result.detail, str(result)
