"""Round 29 (issue 22, branch r29spk): speaker and cue rows. Made-up sentences only (none from the corpora); every
US actor has its Russian or Syrian mirror (the Pentagon / the Kremlin, Mattis / Lavrov, Kirby / Peskov)."""

import pytest
from quote_helpers import checked_quotes

#: (the actor as written, the speaker the kit gives) side by side: each rule gives each the same row.
ACTORS = [("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin"), ("Mattis", "Mattis"), ("Lavrov", "Lavrov"),
          ("Kirby", "Kirby"), ("Peskov", "Peskov")]


def _rows(text):
    return checked_quotes(text)[["quote", "kind", "speaker", "cue"]].values.tolist()


# --- 1. an irregular past form is the verb of a reported clause, as a word in -ed is -------------------------

@pytest.mark.parametrize("actor, speaker", ACTORS)
@pytest.mark.parametrize("verb", ["sank", "shrank", "froze", "swore", "stole", "slid"])
def test_an_irregular_past_form_after_said_makes_a_reported_clause(actor, speaker, verb):
    text = f"{actor[0].upper()}{actor[1:]} said the price {verb}."
    assert _rows(text) == [[f"the price {verb}", "indirect", speaker, "said"]]


@pytest.mark.parametrize("verb", ["sank", "fell"])
def test_a_pronoun_with_sank_gives_a_row_as_with_fell(verb):
    rows = _rows(f"She said the price {verb}.")
    assert [r[:2] for r in rows] == [[f"the price {verb}", "indirect"]]


# --- 2. "in a statement" after the reporting verb is where the words were said; the verb is the cue ------------

@pytest.mark.parametrize("actor, speaker", ACTORS + [("Moallem", "Moallem")])
@pytest.mark.parametrize("verb", ["claimed", "insisted", "said"])
def test_the_verb_before_in_a_statement_is_the_cue(actor, speaker, verb):
    who = f"{actor[0].upper()}{actor[1:]}"
    assert _rows(f"{who} {verb} in a statement that the US “protects” the fighters.") == \
        [["protects", "partial", speaker, verb]]
    assert _rows(f"{who} {verb} in a statement that Russia “protects” the fighters.") == \
        [["protects", "partial", speaker, verb]]


@pytest.mark.parametrize("actor, speaker", ACTORS)
def test_in_a_statement_opening_the_sentence_leaves_the_verb_the_cue(actor, speaker):
    who = f"{actor[0].upper()}{actor[1:]}"
    assert _rows(f"In a statement, {actor} said the base “was empty.”") == [["was empty.", "partial", speaker, "said"]]
    assert _rows(f"“The base was empty,” {who} claimed in a statement.")[0][2:] == [speaker, "claimed"]


# --- 3. aides and advisers speak for whom they serve: "X's aides", "aides to X", "aides close to X" -------------

@pytest.mark.parametrize("actor, speaker", ACTORS)
@pytest.mark.parametrize("staff", ["aides", "advisers"])
@pytest.mark.parametrize("pattern", ["The talks stalled, and {staff} close to {actor} say they will resume.",
                                     "{Staff} close to {actor} say the talks will resume.",
                                     "{Staff} to {actor} said the talks will resume.",
                                     "{Actor}’s {staff} said the talks will resume."])
def test_staff_speak_for_whom_they_serve(pattern, staff, actor, speaker):
    text = pattern.format(staff=staff, Staff=staff.capitalize(), actor=actor, Actor=actor[0].upper() + actor[1:])
    rows = _rows(text)
    assert [r[2:] for r in rows] == [[speaker, "say" if " say " in text else "said"]]


@pytest.mark.parametrize("actor, speaker", ACTORS)
def test_staff_of_no_one_named_stay_a_described_source(actor, speaker):
    assert [r[2] for r in _rows("The talks stalled, and aides say they will resume.")] == ["aides"]
    # officials close to a body and critics of it do not speak for it
    assert [r[2] for r in _rows(f"Officials close to {actor} say the talks will resume.")] == \
        [f"Officials close to {actor}"]
    assert speaker not in [r[2] for r in _rows(f"Critics of {actor} say the talks will resume.")]


@pytest.mark.parametrize("staff", ["aides", "advisers"])
def test_aides_in_a_relative_clause_are_their_owners_words_as_in_a_plain_sentence(staff):
    for who in ("Sergei Lavrov", "Ann Lee", "Jim Mattis"):
        plain = _rows(f"{who}’s {staff} slammed the budget as “a gift to the rich.”")
        text = f"The board cut the budget on Monday, a move that {who}’s {staff} slammed as “a gift to the rich.”"
        assert _rows(text) == plain == [["a gift to the rich.", "partial", who, "slammed"]]


# --- 4. a clause after the quotation whose subject reports the noun before it is not the quotation's report -------

@pytest.mark.parametrize("actor, speaker", ACTORS)
@pytest.mark.parametrize("other", ["advisers to Lee", "aides", "the Kremlin", "the Pentagon"])
def test_a_report_of_the_noun_after_the_quotation_leaves_the_quotation_to_the_verb_before(actor, speaker, other):
    who = f"{actor[0].upper()}{actor[1:]}"
    text = f"{who} said that some families would pay “slightly more” in taxes, a point that {other} quickly trumpeted."
    assert _rows(text) == [["slightly more", "partial", speaker, "said"]]
