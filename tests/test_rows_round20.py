"""Rows of round 20 (branch r20rows, issue 22: equal treatment). The texts are made up; each rule is tested with
the same sentence for parallel actors (the US, Russia, China, Iran and other countries; a man and a woman), and
parallel sentences must give parallel rows."""

import pytest
from quote_helpers import checked_quotes

#: Who reports, as written, and the speaker the kit names: governments of several countries, a man, a woman.
ACTORS = [("The White House", "White House"), ("The Kremlin", "Kremlin"), ("Beijing", "Chinese government"),
          ("Tehran", "Iranian government"), ("Ottawa", "Canadian government"), ("Nairobi", "Kenyan government"),
          ("Tom Reed", "Tom Reed"), ("Mary Cole", "Mary Cole")]


def _indirect(text):
    q = checked_quotes(text)
    return q[q.kind == "indirect"]


# --- 1. a clause the writer adds about a noun of an indirect row is noted as the writer's own words ---

@pytest.mark.parametrize("written, speaker", ACTORS)
def test_a_describing_clause_in_an_indirect_row_is_the_writers(written, speaker):
    text = f"{written} said that the troops would stay until the war that the rebels began is over."
    rows = _indirect(text)
    assert rows.speaker.tolist() == [speaker]
    assert (f'in the writer\'s own words: a clause about "the war" ("that the rebels began") inside the writer\'s '
            f"report of what {speaker} said") in rows.note.item()


@pytest.mark.parametrize("written, speaker", ACTORS)
def test_a_clause_whose_verb_comes_first_is_the_writers_too(written, speaker):
    text = f"{written} said the talks would go on despite the strike which closed the port."
    assert 'a clause about "the strike" ("which closed the port")' in _indirect(text).note.item()


@pytest.mark.parametrize("written, speaker", ACTORS)
@pytest.mark.parametrize("sentence", [
    "{} said the claim that the rebels started the war was false.",  # what a claim says, not a description
    "{} said the chance that he would resign was small.",  # a subject and a helping verb: not surely a description
    "{} said the troops would stay until the war is over.",  # no clause at all
])
def test_no_note_without_a_describing_clause(written, speaker, sentence):
    rows = _indirect(sentence.format(written))
    assert rows.speaker.tolist() == [speaker]
    assert "a clause about" not in rows.note.item()


# --- 2. a document as the subject of a reporting word is a document, not an anonymous source ---



# An outlet's report speaks for the outlet ("A CNN report said" gives CNN, as "A CNN article said" does):
# round 20b decided it, tests/test_rows_round20b.py (section 5) checks it for every outlet; a document with no
# outlet's name stays a document (below).


@pytest.mark.parametrize("subject", ["The article", "The report", "A city report", "The memo", "The statement",
                                     "The study", "Court records", "The documents", "The editorial", "The ruling"])
def test_a_document_is_a_document_in_quotes_and_sources(subject):
    import kit

    text = f"{subject} said the bridge was unsafe."
    assert _indirect(text)[["speaker", "speaker_type"]].values.tolist() == [[subject, "document"]]
    src = kit.sources(kit.article(text))
    assert src[["source", "source_type", "anonymous"]].values.tolist() == [[subject, "document", False]]


@pytest.mark.parametrize("subject, kind", [("An official", "anonymous"), ("Some experts", "anonymous"),
                                           ("Tom Reed", "named person"), ("Mary Cole", "named person")])
def test_people_stay_people(subject, kind):
    assert _indirect(f"{subject} said the bridge was unsafe.").speaker_type.tolist() == [kind]


# --- 3. a state or province of any country, as the subject of a reporting word, is its government ---

#: (as written, the gazetteer's row): the US, Russia, China, Iran, Canada, Germany, India, Australia, Mexico.
REGIONS = [("Texas", "Texas state government"), ("Tatarstan", "Tatarstan regional government"),
           ("Chechnya", "Chechnya regional government"), ("Guangdong", "Guangdong provincial government"),
           ("Khuzestan", "Khuzestan provincial government"), ("Ontario", "Ontario provincial government"),
           ("Bavaria", "Bavaria state government"), ("Kerala", "Kerala state government"),
           ("Queensland", "Queensland state government"), ("Jalisco", "Jalisco state government")]


@pytest.mark.parametrize("written, row", REGIONS)
@pytest.mark.parametrize("sentence", ["{} said the plant would close.", "{} asked a federal judge to stop the rule.",
                                      "On Monday, {} warned that the border would stay shut."])
def test_a_state_or_province_speaks_for_its_government(written, row, sentence):
    import kit

    text = sentence.format(written)
    assert _indirect(text)[["speaker", "speaker_text", "speaker_type"]].values.tolist() == [
        [row, written, "organisation"]]
    assert kit.sources(kit.article(text))[["source", "gazetteer_type"]].values.tolist() == [[row, "government"]]


@pytest.mark.parametrize("written, _row", REGIONS)
@pytest.mark.parametrize("person", ["Tom Reed", "Mary Cole"])
def test_a_person_from_a_state_or_province_is_the_person(written, _row, person):
    assert _indirect(f"{person} of {written} said the plant would close.").speaker.tolist() == [person]


# --- 4. a seat of government used for the people who work there is named for itself, never a person ---

SEATS = ["White House", "Kremlin", "Zhongnanhai", "Downing Street", "Élysée", "Blue House"]


@pytest.mark.parametrize("seat", SEATS)
def test_a_seat_of_government_is_a_government_body(seat):
    import kit

    the = "" if seat in ("Zhongnanhai", "Downing Street") else "The "
    text = f"{the}{seat} said the talks would go on."
    assert _indirect(text)[["speaker", "speaker_type"]].values.tolist() == [[seat, "organisation"]]
    assert kit.sources(kit.article(text))[["source", "gazetteer_type"]].values.tolist() == [[seat, "government"]]


@pytest.mark.parametrize("seat", SEATS)
def test_a_seats_spokesman_speaks_for_it(seat):
    assert _indirect(f"A {seat} spokesman said the talks would go on.").speaker.tolist() == [seat]
