"""Round 34, lead: one pattern for a belief held back, one list of clause-opening words, and a list of several
parties told apart from one group's name by kit.quotes' own note (the code debt closing note 25 listed)."""

import pytest

from kit.exercises.actor_verdicts import claim_verdict
from kit.exercises.figure_checks import credited_figures
from kit.exercises.seeking import BELIEF_HELD_BACK


@pytest.mark.parametrize("side", ["the kremlin", "the pentagon"])
def test_a_verdict_held_back_until_a_check_is_not_the_students_verdict(side):
    # on 8e4a9c7 "before I decide" was not a belief held back in actor_verdicts (only believe / trust / accept)
    assert claim_verdict(f"i would read the bbc report before i decide that {side} lied.") is None
    assert claim_verdict(f"{side} lied.") is not None


@pytest.mark.parametrize("name, other", [("Silo", "spokesman"), ("spokesman", "Silo")])
def test_a_figure_in_a_decision_held_back_is_no_ones_figure(name, other):
    acc = [{"names": ("spokesman",), "figures": {}}, {"names": ("silo",), "figures": {}}]
    credited = credited_figures(f"The {name} says 4,000, and I will read the BBC report before I decide on the "
                                "3,500.", acc)
    assert [figure for figure, _ in credited] == ["4,000"]


def test_the_three_readers_of_a_belief_held_back_share_one_pattern():
    import inspect

    from kit.exercises import actor_verdicts, figure_checks, seeking

    assert BELIEF_HELD_BACK in seeking.WAITS_TO_BELIEVE and BELIEF_HELD_BACK in figure_checks.HELD_BACK
    assert "BELIEF_HELD_BACK" in inspect.getsource(actor_verdicts.claim_verdict)


def test_the_clause_opening_words_are_one_list():
    from kit import sentence_subjects
    from kit.speaker_participles import CLAUSE_OPENING_WORDS, SUBORDINATORS

    for word in CLAUSE_OPENING_WORDS:
        assert sentence_subjects._SUBORDINATE_OPEN.match(f"{word} ") and sentence_subjects._OPENING_CLAUSE.match(
            f"{word.capitalize()} the")
    assert SUBORDINATORS == set(CLAUSE_OPENING_WORDS) - {"as", "whereas"} | {"if", "unless", "whenever"}


def test_several_parties_together_are_not_a_quoted_group_but_one_group_is():
    from kit.exercises import my_article
    from kit.exercises.plan_outlets import quoted_people

    text = ("An investigative report by the BBC has confirmed earlier charges by Iran, Russia and the Syrian "
            "government that the Pentagon colluded. The group Safe Streets Millbrook welcomed the vote and said it "
            "was a win. ") * 12
    assert quoted_people(my_article(text=text, title="A vote")) == ["Safe Streets Millbrook"]


# --- student 49 #10: the sources table of a pasted local story -------------------------------------------------

@pytest.mark.parametrize("speaker", ["Janet Ortiz", "Sergei Lavrov", "James Mattis"])
def test_a_vague_group_inside_someones_quotation_is_their_words_not_a_source(speaker):
    import kit

    text = (f'"The money has to go where most people will use it," said {speaker}. Most people say the park is '
            "unsafe.")
    table = kit.sources(kit.article(text))
    # on 8e4a9c7 "most people" inside the quotation was a vague source of its own
    assert table["source"].tolist() == [speaker, "Most people"]


@pytest.mark.parametrize("owner", ["council", "city", "Pentagon", "Kremlin"])
def test_a_report_of_a_body_is_a_document(owner):
    import kit

    text = f"Repairs would cost about 80,000 pounds, according to a {owner} report seen by this newspaper."
    table = kit.sources(kit.article(text))
    assert table[["source", "source_type"]].values.tolist() == [[f"a {owner} report", "document"]]



@pytest.mark.parametrize("speaker", ["Sergei Lavrov", "James Mattis"])
def test_a_vague_source_reported_as_speaking_inside_a_quotation_stays(speaker):
    import kit

    text = f'"An anonymous source claiming that the base was closed may seem dubious," said {speaker}.'
    assert "An anonymous source" in kit.sources(kit.article(text))["source"].tolist()


# --- teacher 59 #1, #2 (after the merge): "only uses Silo", reported speech is quoting, "both can be true" -------

@pytest.mark.parametrize("wording", ["Both can be right because they count different people.",
                                     "They count different people, so both can be true.",
                                     "Neither has to be lying, they count different people."])
def test_both_can_be_true_is_the_finding_not_a_verdict(wording):
    from kit.exercises.actor_verdicts import claim_verdict

    assert claim_verdict(wording.lower()) is None
    assert claim_verdict("the pentagon is lying.") is not None and claim_verdict("the kremlin is lying.") is not None


def test_reported_speech_counts_as_quoting_as_in_kit_sources(articles):
    from kit.exercises.reason_checks import quoted_by

    charges = articles[articles.article_id == "russia-charges-pentagon"]
    # 000 gives Silo's words in reported speech only ("He told the media that some 4,000 people …")
    assert any("4,000" in words for _, words in quoted_by(charges, "Silo"))
    assert quoted_by(charges, "Gerasimov")


@pytest.mark.parametrize("reason, note", [
    ("it only uses Silo for the 4,000", ""),
    ("it only uses Silo", ""),
    ("it only quotes Silo", "also quotes Valery Gerasimov"),
])
def test_only_uses_x_checks_x_only_quotes_checks_the_others(articles, reason, note):
    from kit.exercises.reason_checks import reason_note

    charges = articles[articles.article_id == "russia-charges-pentagon"]
    got = reason_note("The article is one sided", reason, charges)
    assert (note in got) if note else got == "", got
