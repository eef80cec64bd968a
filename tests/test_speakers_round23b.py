"""Round 23b: "no comment" parties and speaker rows a teacher (41, items 8-9) and a student (35, item 6) found wrong.
Made-up sentences only (none from the corpora); every US sentence has its Russian or Syrian mirror."""

from __future__ import annotations

import pandas as pd
import pytest

import kit


def frame(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]})


def quotes(text: str) -> pd.DataFrame:
    return kit.quotes(frame(text))


def no_comment(text: str) -> list[list]:
    src = kit.sources(frame(text))
    return src[["source", "role", "n_quotes"]].values.tolist()


# ---------------------------------------------------------------- 1. every party of "X and Y" gives no comment

@pytest.mark.parametrize("first, second, one, two", [
    ("Damascus", "Washington", "Syrian government", "US government"),
    ("Moscow", "Washington", "Russian government", "US government"),
])
def test_officials_in_two_capitals_are_two_parties_in_either_order(first, second, one, two):
    for a, b, x, y in [(first, second, one, two), (second, first, two, one)]:
        text = f"The talks ended. Officials in {a} and {b} declined to comment."
        assert len(quotes(text)) == 0
        assert no_comment(text) == [[x, "no comment", 0], [y, "no comment", 0]]


@pytest.mark.parametrize("sentence", [
    "{a} and {b} declined to comment.",
    "{a} or {b} declined to comment.",
    "Neither {a} nor {b} responded to requests for comment.",
    "Neither {a} nor {b} immediately replied to emailed questions.",
])
def test_two_parties_joined_by_and_or_nor_each_get_a_row_in_either_order(sentence):
    for a, b in [("The Pentagon", "the Kremlin"), ("The Kremlin", "the Pentagon")]:
        opening = a.replace("The", "the") if sentence.startswith("Neither") else a
        text = "The talks ended. " + sentence.format(a=opening, b=b)
        assert len(quotes(text)) == 0, quotes(text)  # a refusal is never a quotation
        names = [a.split()[-1], b.split()[-1]]
        assert no_comment(text) == [[n, "no comment", 0] for n in names], no_comment(text)


@pytest.mark.parametrize("body", ["The US Department of Health and Human Services",
                                  "The Russian Ministry of Trade and Industry"])
def test_a_name_with_and_in_it_stays_one_party(body):
    text = f"The talks ended. {body} declined to comment."
    assert [r[1] for r in no_comment(text)] == ["no comment"], no_comment(text)


# ---------------------------------------------------------------- 2. phrasings of "no comment"

@pytest.mark.parametrize("sentence", [
    "{who} didn't respond to a request for comment.",
    "{who} didn’t respond to a request for comment.",
    "{who} didnt respond to a request for comment.",
    "{who} had no comment.",
    "{who} had no immediate comment.",
    "{who} did not reply to emailed questions.",
    "{who} said it would not comment on intelligence matters.",
    "{who} said that it had no comment.",
])
@pytest.mark.parametrize("who, name", [("The Kremlin", "Kremlin"), ("The Pentagon", "Pentagon"),
                                       ("The State Department", "US State Department"),
                                       ("The Russian Foreign Ministry", "Russian Foreign Ministry")])
def test_common_phrasings_of_no_comment_are_no_comment_and_never_a_quotation(sentence, who, name):
    text = "The talks ended on Monday. " + sentence.format(who=who)
    assert len(quotes(text)) == 0, quotes(text)
    assert no_comment(text) == [[name, "no comment", 0]]


def test_a_report_with_words_of_its_own_stays_a_quotation():
    # a reason given is words of the speaker's own; questions answered with more words are a report
    for who in ["The Kremlin", "The Pentagon"]:
        text = f"{who} said it would not comment because the inquiry was open."
        assert len(quotes(text)) == 1
        text = f"{who} responded to questions about the strike by saying that the base was empty."
        assert len(quotes(text)) == 1, quotes(text)


@pytest.mark.parametrize("leader", ["Putin", "Biden", "Assad"])
def test_a_leaders_office_is_the_party_that_gives_no_comment(leader):
    text = f"The talks ended. {leader}'s office declined to comment."
    assert no_comment(text) == [[f"{leader}'s office", "no comment", 0]]


# ---------------------------------------------------------------- 4. a numeral after a name; a columnist

@pytest.mark.parametrize("numeral", ["II", "III", "IV"])
def test_a_generation_numeral_after_a_name_is_read_as_jr_is(numeral):
    text = f"John Smith {numeral}, founder of the group, tells the Daily Herald that the plan will fail."
    found = [(r.quote, r.speaker) for r in quotes(text).itertuples()]
    assert found == [("the plan will fail", f"John Smith {numeral}")], found
    jr = "John Smith Jr., founder of the group, tells the Daily Herald that the plan will fail."
    assert [r.speaker for r in quotes(jr).itertuples()] == ["John Smith Jr."]


@pytest.mark.parametrize("job", ["columnist", "editor", "commentator", "presenter", "producer", "blogger"])
@pytest.mark.parametrize("outlet", ["the Echo", "the Daily Ledger"])
def test_a_job_of_news_writing_describes_the_speaker(job, outlet):
    # an outlet on the gazetteer ("a columnist for RT", "… for CNN") was read already; one the kit does not know was not
    article = "An" if job[0] in "aeiou" else "A"
    text = f"{article} {job} for {outlet} said the plan would fail."
    found = [(r.quote, r.speaker) for r in quotes(text).itertuples()]
    assert found == [("the plan would fail", f"{article} {job} for {outlet}")], found


# ---------------------------------------------------------------- 3. one reading of a guess; "but" and a new clause

def test_a_they_with_no_guess_is_no_guess_in_quotes_and_in_trace_claim_alike():
    text = ("The vote was close. Campaigners started a petition, which they say has been signed by 3,500 people, "
            "and the Kremlin said the talks had failed.")
    q = quotes(text)
    row = q[q.quote.str.contains("3,500")]
    assert len(row) == 1 and "no guess made" in row.note.iloc[0], q
    assert not row.speaker_guess.iloc[0]
    traced = kit.trace_claim(frame(text), "3,500")
    assert traced[["attribution", "speaker_guess"]].values.tolist() == [["they", False]]
    # a "he" that is taken to be someone is a guess in both tables
    text = "Ann Lee spoke on Monday. He said 3,500 people had signed."
    assert quotes(text).speaker_guess.tolist() == [True]
    assert kit.trace_claim(frame(text), "3,500").speaker_guess.tolist() == [True]


@pytest.mark.parametrize("who", ["The council", "The Kremlin", "The Pentagon"])
def test_but_and_a_clause_with_its_own_subject_ends_what_was_reported(who):
    text = f"{who} said most of the money came from abroad, but it has not published the figures."
    assert [r.quote for r in quotes(text).itertuples()] == ["most of the money came from abroad"]
    text = f"{who} said most of the money came from abroad, but the figures were never published."
    assert [r.quote for r in quotes(text).itertuples()] == ["most of the money came from abroad"]


@pytest.mark.parametrize("suffix", ["Jr.", "III", "IV"])
def test_the_family_name_alone_later_is_the_same_person_as_the_name_with_its_suffix(suffix):
    text = f"Tom Lee {suffix} said the plan will fail. Later, Lee said it would not."
    assert no_comment(text) == [[f"Tom Lee {suffix}", "quoted", 2]]
