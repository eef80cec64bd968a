"""Round 29 (teacher 54 #1), 03 Exercise 3: every figure of a list after "leaves out" is one the account lacks, not
only the first ("us-rescue-of-isis-in-raqqa leaves out the 3,500 and the 300" is right and was told "'300' is not in
us-rescue-of-isis-in-raqqa … Say whose figure it is"); either article, alike."""
import pytest

TAIL = (" The spokesman counts 3,500 civilians who came out and fewer than 300 screened as possible fighters. "
        "I would check the DoD transcript and the SDF's own figures before I change my mind.")


@pytest.mark.parametrize("article", ["us-rescue-of-isis-in-raqqa", "russia-charges-pentagon"])
@pytest.mark.parametrize("verb", ["leaves out the 3,500 and the 300", "doesn't give the 3,500 or the 300",
                                  "skips 3,500, and 300"])
def test_every_figure_of_a_list_left_out_is_lacked(lesson03_ex3_check, article, verb):
    result = lesson03_ex3_check(f"{article} {verb}." + TAIL)
    assert f"'300' is not in {article}" not in result.detail, result
    assert f"'3,500' is not in {article}" not in result.detail, result


def test_a_figure_the_account_gives_is_still_told(lesson03_ex3_check):
    result = lesson03_ex3_check("russia-charges-pentagon leaves out the 3,500 and the 4,000." + TAIL)
    assert "'4,000' is in russia-charges-pentagon" in result.detail, result
