"""Round 31 (issue 22, branch r31spk): speakers of reporting words in a clause of their own. Made-up sentences only
(none from the corpora); every US actor has its Russian or Syrian mirror (the Pentagon / the Kremlin, Mattis /
Lavrov, Kirby / Peskov, Washington / Moscow)."""

import pandas as pd
import pytest
from quote_helpers import checked_quotes

from kit.sourcing import checked_articles, prepare_articles

#: (the actor as written, the speaker the kit gives), side by side: each rule gives each the same row.
ACTORS = [("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin"), ("Mattis", "Mattis"), ("Lavrov", "Lavrov"),
          ("Kirby", "Kirby"), ("Peskov", "Peskov"), ("Washington", "US government"), ("Moscow", "Russian government")]

#: The other side's actor for each, so the main clause's subject is never the one that speaks.
OTHER = {"the Pentagon": "Peskov", "the Kremlin": "Kirby", "Mattis": "Lavrov", "Lavrov": "Mattis",
         "Kirby": "Peskov", "Peskov": "Kirby", "Washington": "Lavrov", "Moscow": "Mattis"}


def _rows(text):
    return checked_quotes(text)[["quote", "kind", "speaker", "cue"]].values.tolist()


def _opener_subject(text, verb):
    from kit.sentence_subjects import opener_subject  # new in round 31

    art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "example"))[0]
    return opener_subject(art, 0, text.index(verb))


def _speakers(text):
    return [(r[0], r[2]) for r in _rows(text)]


# --- 1. a reporting word in a clause opened by "when", "after", "as" … has that clause's subject -------------------

#: Described sources, each beside its mirror: the words give no name, only who the source works for.
DESCRIBED = ["a Pentagon aide", "a Kremlin aide", "the American envoy", "the Russian envoy", "a US general",
             "a Syrian general"]


@pytest.mark.parametrize("source", DESCRIBED)
@pytest.mark.parametrize("opener", ["when", "after", "as", "because", "while"])
@pytest.mark.parametrize("main", ["Mattis", "Lavrov"])
def test_the_subject_of_a_when_clause_speaks_not_the_main_subject(source, opener, main):
    text = f"{main} left the room {opener} {source} claimed that the base was “closed for good.”"
    assert _speakers(text) == [("closed for good.", source)]


@pytest.mark.parametrize("actor, speaker", ACTORS)
@pytest.mark.parametrize("opener", ["when", "after"])
def test_a_name_opening_the_clause_speaks(actor, speaker, opener):
    text = f"{OTHER[actor]} left the room {opener} {actor} claimed that the base was “closed for good.”"
    assert _speakers(text) == [("closed for good.", speaker)]


@pytest.mark.parametrize("actor, speaker", ACTORS)
def test_a_phrase_of_place_between_the_clause_subject_and_its_verb(actor, speaker):
    other = OTHER[actor]
    text = f"The rejection of {other} was complete when {actor} in a speech called the fighters “terrorists” again."
    assert [r[2] for r in _rows(text) if r[0] == "terrorists"] == [speaker]


@pytest.mark.parametrize("side", ["a Pentagon spokesman", "a Kremlin spokesman"])
def test_a_described_source_opens_the_clause(side):
    text = f"Mattis took on Lavrov on Sunday after {side} had said that the talks were “a farce.”"
    assert _speakers(text) == [("a farce.", side)]


@pytest.mark.parametrize("side", ["Pentagon officials", "Kremlin officials"])
def test_indirect_speech_in_a_when_clause(side):
    text = f"The convoy stopped when {side} announced that the road was closed."
    assert _rows(text) == [["the road was closed", "indirect", side, "announced"]]


# --- 2. what is not such a clause: the main subject still speaks ---------------------------------------------------

@pytest.mark.parametrize("actor, speaker", ACTORS)
def test_as_in_a_comparison_opens_no_clause(actor, speaker):
    text = f"{actor[0].upper()}{actor[1:]} said the strikes are as much a fixture of the war as the talks are."
    assert [r[2] for r in _rows(text)] == [speaker]


@pytest.mark.parametrize("actor, speaker", ACTORS)
def test_a_comma_after_the_clause_gives_the_main_clause_back(actor, speaker):
    other = OTHER[actor]
    text = f"When {other} arrived, {actor} said that the base was “closed for good.”"
    assert _speakers(text) == [("closed for good.", speaker)]


@pytest.mark.parametrize("side", ["the Pentagon", "the Kremlin"])
def test_a_noun_with_after_is_a_phrase_not_a_clause(side):
    assert _opener_subject(f"Lee said that the turmoil after the vote of {side} underscores a need",
                           "underscores") is None


@pytest.mark.parametrize("side", ["the Pentagon", "the Kremlin"])
def test_a_determiner_alone_is_no_subject(side):
    assert _opener_subject(f"{side.capitalize()} has become as much a fixture of the war as the chants",
                           "chants") is None


# --- 3. an aside between commas after that clause's subject ("after Lavrov, asked about X, said") -----------------

@pytest.mark.parametrize("actor, speaker", ACTORS)
def test_an_aside_after_the_clause_subject(actor, speaker):
    text = (f"The feud began when {actor}, in response to a remark by {OTHER[actor]}, accused the other side of "
            "a “penchant for lies.”")
    assert _speakers(text) == [("penchant for lies.", speaker)]


@pytest.mark.parametrize("actor, speaker", ACTORS)
def test_two_commas_that_are_no_aside_give_no_clause_subject(actor, speaker):
    assert _opener_subject(f"{OTHER[actor]} left when {actor}, Roe, and Kim claimed", "claimed") is None


# --- 4. a quotation that goes on from the one before points at the nearest mention of its speaker ------------------

@pytest.mark.parametrize("actor, speaker", ACTORS)
def test_a_continuation_points_at_the_speaker_named_in_the_sentence_before(actor, speaker):
    who = f"{actor[0].upper()}{actor[1:]}"
    text = (f"{who} had said the base would “stay open for good.” What “stay open” means is left vague, since {actor} "
            "spoke only in general terms at the briefing. “We have to do something about it.”")
    row = checked_quotes(text).iloc[-1]
    assert (row["quote"], row["speaker"], row["speaker_method"]) == \
        ("We have to do something about it.", speaker, "continuation")
    assert row["speaker_start"] > text.index("since")


@pytest.mark.parametrize("actor, speaker", ACTORS)
def test_a_continuation_does_not_point_at_an_object(actor, speaker):
    who = f"{actor[0].upper()}{actor[1:]}"
    text = (f"{who} had said the base would “stay open for good.” What “stay open” means is left vague, since Roe met "
            f"{actor} only briefly at the briefing. “We have to do something about it.”")
    row = checked_quotes(text).iloc[-1]
    assert row["speaker_start"] < text.index("since")
