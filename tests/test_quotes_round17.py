"""Round 17: one judgement on a short quotation for kit.annotate and kit.quotes; lists and brackets of one
speaker's words; titles and nicknames that quote a person. Every sentence here is made up."""

import pandas as pd
import pytest

import kit
from kit.segment import quotations
from kit.spans import SCARE_RULE


def _frame(*texts):
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "outlet": "", "title": "",
                         "text": list(texts)})


def _kinds(text):
    """The quotations' words and kinds, with the reporting words kit.annotate finds as cues."""
    cues = kit.annotate(text, categories=["attribution"])[["start", "end"]].values.tolist()
    return [(text[q["start"]:q["end"]].strip(" ,.”’"), q["kind"]) for q in quotations(text, cues=cues)]


def _flags(frame, speakers):
    spans = kit.annotate(frame, categories=["scare_quote"], speakers=speakers)
    return spans.loc[spans["term"] == SCARE_RULE, "text"].tolist()


MEMO = ("A memo from the US Defense Intelligence Agency noted plans for a “Salafist” [Islamic] “principality” "
        "[State] in the east. A memo from the Russian Defence Ministry noted plans for a “Kurdish” [autonomous] "
        "“republic” [region] in the north.")


def test_memo_words_in_brackets_are_the_memos_in_both_tables():
    frame = _frame(MEMO)
    table = kit.quotes(frame)
    assert table["kind"].tolist() == ["partial"] * 4
    speakers = table["speaker"].tolist()
    assert speakers[0] == speakers[1] and "Defense Intelligence Agency" in speakers[0]
    assert speakers[2] == speakers[3] and "Russia" in speakers[2] and speakers[2] != speakers[0]
    assert [k for _w, k in _kinds(MEMO)] == ["speech"] * 4
    assert _flags(frame, False) == [] and _flags(frame, True) == []


def test_a_scare_quote_with_no_speaker_is_flagged_in_both_tables():
    text = "The so-called “principality” in the east grew. The “republic” in the north grew too."
    frame = _frame(text)
    assert kit.quotes(frame)["kind"].tolist() == ["scare", "scare"]
    assert _flags(frame, False) == _flags(frame, True) == ["“principality”", "“republic”"]


def test_annotate_with_speakers_drops_the_flag_where_quotes_names_a_speaker():
    text = ("In a memo last year, the US Army was caught trying to make “proof” of the plan. "
            "In a memo last year, the Russian Army was caught trying to make “proof” of the plan.")
    frame = _frame(text)
    table = kit.quotes(frame)
    credited = table[table["kind"].isin(["direct", "partial"]) & table["speaker"].notna()]
    flagged_plain = _flags(frame, False)
    flagged = _flags(frame, True)
    # each quotation is either credited by kit.quotes or flagged by annotate(speakers=True), never both
    assert len(credited) + len(flagged) == len(table) == 2
    assert len(flagged_plain) >= len(flagged)


@pytest.mark.parametrize("text", [
    "For his part, Lee tweeted on Monday that Roe is a “loser,” a “liar” and a “whiner.”",
    "Roe is a “liar” and a “cheat,” Lee said.",
])
def test_a_list_of_quoted_words_shares_its_reporting_word(text):
    assert {k for _w, k in _kinds(text)} == {"speech"}
    frame = _frame(text)
    assert _flags(frame, False) == []
    assert kit.quotes(frame)["speaker"].tolist() == ["Lee"] * len(quotations(text))


def test_a_list_of_scare_quotes_stays_scare_quotes():
    assert [k for _w, k in _kinds("The “rebels” and the “moderates” left town.")] == ["scare", "scare"]


def test_hailed_as_is_a_sign_of_a_speaker():
    assert _kinds("Ann Lee hailed the deal with the union as a “breakthrough.”") == [("breakthrough", "speech")]


@pytest.mark.parametrize("text, kind", [
    ("Maher stated that the report “wasn’t good.”", "speech"),
    ("The program “is gaining ground fast,” Lee told reporters.", "speech"),
    ("He wrote an article titled “time to go” last year.", "title"),
    ("She read the report “Dry Rivers” twice.", "title"),
])
def test_small_letters_after_a_word_for_a_work_are_not_its_name(text, kind):
    assert [k for _w, k in _kinds(text)] == [kind]


def test_a_capitalised_word_in_a_headline_is_not_a_nickname():
    assert [k for _w, k in _kinds("Lee Told A Reporter Not To ‘Moan’ About Roe\nLee spoke.")] != ["term"]
    assert _kinds("Gen. James “Mad Dog” Mattis spoke on Monday.") == [("Mad Dog", "term")]


AGREE = ("A source close to the club says it is spending “huge” sums on players. The “rebels” left town. "
         "About four in ten voters said they were “very angry” with the council. Fans waved “Ann Lee” campaign "
         "flags, an aide said. The so-called “reforms” stalled.")


def test_annotate_flags_what_quotes_calls_a_scare_quote():
    frame = _frame(AGREE)
    table = kit.quotes(frame)
    scare = [f"“{w}”" for w in table.loc[table["kind"] == "scare", "quote"]]
    assert scare == ["“rebels”", "“reforms”"]
    assert _flags(frame, False) == scare and _flags(frame, True) == scare
    # words a reporting word governs stay someone's words when no speaker is found: not a scare quote
    kinds = dict(zip(table["quote"], table["kind"]))
    assert kinds["huge"] == kinds["very angry"] == "partial"
    assert kinds["Ann Lee"] == "term"  # a name on the flags, not what the aide said
