"""The one quotation finder (kit.segment.quotations) and the tables built on it."""

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit.segment import QUOTE_KINDS, quotations, sentence_spans


def arts(text):
    return pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]})


def kinds(text, cues=()):
    return [(text[q["start"]:q["end"]], q["kind"]) for q in quotations(text, cues=cues)]


def test_kinds_of_quotation():
    t = "The report titled “Raqqa’s dirty secret” shows the “rebels” left. “We stay,” Lee said."
    said = t.index("said")
    assert kinds(t, cues=[(said, said + 4)]) == [("Raqqa’s dirty secret", "title"), ("rebels", "scare"),
                                                 ("We stay,", "speech")]


def test_nickname_and_word_as_word_are_terms():
    assert kinds("Gen. James “Mad Dog” Mattis spoke.") == [("Mad Dog", "term")]
    assert kinds('The term "liquidate" in this context is odd.') == [("liquidate", "term")]
    assert kinds("They were re-branded as the “New Syrian Army.”")[0][1] == "term"


def test_so_called_is_a_scare_quote_even_with_a_cue():
    t = "Officials said the so-called “moderate” rebels left."
    assert kinds(t, cues=[(10, 14)]) == [("moderate", "scare")]


def test_a_cue_goes_with_the_nearest_quotation():
    t = "Officials vowing to “annihilate” ISIS made the greatest “fake news” story."
    assert kinds(t, cues=[(10, 16)]) == [("annihilate", "speech"), ("fake news", "scare")]


def test_short_quotation_beside_long_speech_is_speech():
    t = "It’s “annihilating the Syrian people,” massacring “thousands of women and children, the victims.”"
    assert [k for _, k in kinds(t)] == ["speech", "speech"]


def test_quotation_filling_the_sentence_is_speech():
    assert kinds("He left. “It is over.” Then he went home.") == [("It is over.", "speech")]


def test_unclosed_quotation_runs_to_its_paragraph_end():
    t = "He said “we will stay and fight\n\nNext paragraph."
    (q,) = quotations(t)
    assert q["close"] is None and t[q["start"]:q["end"]] == "we will stay and fight" and q["kind"] == "speech"


def test_quotation_inside_a_quotation_is_part_of_it():
    t = "“This is our strategy, ‘by, with and through’ local leaders,” he said."
    assert [k for k, _ in kinds(t, cues=[(t.index("said"), t.index("said") + 4)])] == [
        "This is our strategy, ‘by, with and through’ local leaders,"]


def test_scare_quote_needs_a_sign_a_reader_sees():
    # a distancing word before, or a phrase after
    assert kinds("Officials praised the supposed “reform” of the port.") == [("reform", "scare")]
    assert kinds("The club called off its “celebration,” so to speak, at noon.")[0][1] == "scare"
    # one word, or a short phrase used as a noun in the writer's own sentence, with no speaker in sight
    assert kinds("The “experts” were wrong again.") == [("experts", "scare")]
    assert kinds("The town’s “final victory” came late.") == [("final victory", "scare")]


def test_short_quotation_with_a_speaker_in_sight_is_speech():
    # a person (he, she) or a speech act (promised, calling) in the sentence: someone's words,
    # even when no reporting verb from the word list is there
    assert kinds("He promised a “fair deal” for the farmers.") == [("fair deal", "speech")]
    assert kinds("The mayor left early, calling the plan “a total mess.”") == [("a total mess.", "speech")]
    # no sign either way: someone's words whose speaker is not named here
    assert kinds("Crowds gathered to “stand together” in the square.") == [("stand together", "speech")]


def test_capitalised_short_quotation_is_a_name():
    assert kinds("Voters backed the “Clean Water Now” plan in May.") == [("Clean Water Now", "term")]
    # in a headline every word has a capital, so capitals do not make a name there
    assert kinds("Storm Over, Mayor Says City Faces “Real Danger”")[0][1] != "term"


def test_speaker_signs_count_only_next_to_their_own_quotation():
    t = "Officials kept vowing to “win” and he laughed, yet the “victory” never came."
    assert [k for _, k in kinds(t)] == ["speech", "speech"]
    t = "His statement ended with “peace”; later the “victory” parade was held."
    assert kinds(t)[1] == ("victory", "scare")


def test_every_kind_is_explained():
    assert set(QUOTE_KINDS) == {"speech", "scare", "title", "term"}


def test_quotes_table_kinds():
    q = kit.quotes(arts("Gen. James “Mad Dog” Mattis spoke of the “rebels”. “We will stay,” Mattis said."))
    assert q.set_index("quote")["kind"].to_dict() == {"Mad Dog": "term", "rebels": "scare",
                                                      "We will stay,": "direct"}
    assert q.loc[q.kind == "direct", "speaker"].tolist() == ["James Mattis"]


def test_two_apostrophes_are_a_double_quotation_mark():
    # some news archives type a double quotation mark as two apostrophes
    text = "''We will stay,'' said Ann Lee. She called it ''a long road.'' Tom Roe''s car and '' here are not."
    found = quotations(text)
    assert [text[q["start"]:q["end"]] for q in found] == ["We will stay,", "a long road."]
    for q in found:  # the marks are two characters wide; offsets stay exact
        assert text[q["open"]:q["open"] + 2] == "''" and text[q["close"] - 1:q["close"] + 1] == "''"
    assert [text[s:e] for s, e in sentence_spans(text)][:2] == ["''We will stay,'' said Ann Lee.",
                                                              "She called it ''a long road.''"]
    q = kit.quotes(arts(text))
    assert q.loc[q.quote == "We will stay,", "speaker"].tolist() == ["Ann Lee"]


def test_three_apostrophes_are_a_double_mark_beside_a_single_one():
    text = "He said, " + "'" * 3 + "Yes,' she told me, and left." + "'" * 2 + " Then he went home."
    assert [text[q["start"]:q["end"]] for q in quotations(text)] == ["'Yes,' she told me, and left."]


# ------------------------------------------------------------------ never raises

CUES = ["titled", "entitled", "called", "named", "report", "book", "said", "told", "the term", "so-called",
        "dubbed", "according to", "headlined", ""]
MARKS = ["“", "”", '"', "‘", "’", "«", "»", "„", "'", "''", "'" * 3]
PIECES = st.one_of(st.sampled_from(CUES), st.sampled_from(MARKS),
                   st.sampled_from(["", " ", "Lee", "War", "the rebels", ".", ",", ":", "\n\n", "\n"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=14).map(" ".join))
def test_empty_unclosed_nested_quotations_never_raise(text):
    found = quotations(text)
    for q in found:
        assert 0 <= q["start"] <= q["end"] <= len(text)
        assert q["kind"] in QUOTE_KINDS
        assert text[q["open"]] in "“”\"«»„‘’" or text[q["open"]:q["open"] + 2] == "''"
        assert q["close"] is None or text[q["close"]] in "“”\"«»„‘’'"
    for s, e in sentence_spans(text):
        assert 0 <= s <= e <= len(text)
    frame = arts(text)
    for table in (kit.quotes(frame), kit.sources(frame), kit.citations(frame), kit.figures(frame),
                  kit.annotate(frame)):
        assert isinstance(table, pd.DataFrame)
    q = kit.quotes(frame)
    assert all(text[s:e] == t for s, e, t in zip(q.start, q.end, q.quote))
    kit.trace_claim(frame, "rebels")


@pytest.mark.parametrize("text", ['The book titled "".', 'The book titled “”.', 'A report called “War',
                                  'He said: "', '“', '"', '”Lee said.', 'The report ““nested” words”.'])
def test_issue_crashes(text):
    frame = arts(text)
    kit.quotes(frame)
    kit.sources(frame)
    kit.citations(frame)
    kit.figures(frame)
    kit.trace_claim(frame, "book")


def test_quotation_marks_inside_a_markup_tag_are_not_quotations():
    from kit.segment import quotations

    text = ('<post author="@newsdesk" time="9 May">Breaking: \u201cWe stay,\u201d the mayor said.</post> '
            'Then 3 < 4 and "x" > 2.')
    found = [text[q["start"]:q["end"]] for q in quotations(text)]
    assert found == ["We stay,", "x"]  # "<" and ">" that make no tag leave quotations alone
    plain = 'The author="@newsdesk" note stays a quotation.'
    assert [plain[q["start"]:q["end"]] for q in quotations(plain)] == ["@newsdesk"]
