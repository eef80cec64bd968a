"""Round 34 (r34quote): what a student says an article quotes, and whom it accuses, checked against the article
(teacher 58 #3, #4, #8, #12).

- #3: "never quotes X" finds a speaker whose name in kit.sources carries a job word ("Skater Jo Day") by the name
  without it, or by a noun the name or the text's description holds ("the skaters"); "only quotes X" names whom else
  the article quotes, or says the article never names X.
- #4: the same claim said plainly, with no verdict word, gets the same note; "the article calls X's words …" is
  checked against whom it quotes, and whose words the phrase is said of.
- #8: the accuser check reads the writer ("Van Auken says …", "the writer says …") as the text.
- #12: a word or a short phrase in quotation marks after an unnamed group or a body ("top US officials", "to
  “annihilate” ISIS") does not quote them; a whole statement, or a named person's words of 3+ words, does.
One case per rule, per side (mirror pairs): made-up articles, and the bundled seeds (002 quotes Dillon and Mattis;
000 quotes Gerasimov and Lavrov)."""

from __future__ import annotations

import pytest
from written_helpers import on_article, on_sources

from kit import exercises
from kit.exercises.reason_checks import plain_claim_note, quoted_by, reason_note, swapped_actor_note

RAQQA, CHARGES = "us-rescue-of-isis-in-raqqa", "russia-charges-pentagon"
REST = {RAQQA: " The kit flags 'merciless' and 'patent nonsense' as loaded language. The 4,000 has no source in its "
               "sentence. I would check the BBC report to see who counted the convoy and how, before I decide anything.",
        CHARGES: " The kit flags 'imperialism' and 'damning' as loaded language. The 4,000 comes from Talal Silo, and "
                 "no one else gives it. I would check the Komsomolskaya Pravda interview to see what Gerasimov said there, "
                 "and to whom."}
OPEN = ("The spokesman says 3,500 civilians came out and fewer than 300 were screened as potential fighters. "
        "russia-charges-pentagon gives Silo's 4,000, all but about 500 armed. They count different people. ")
CLOSE = " I would check the Department of Defense transcript and the SDF's own figures."
#: a made-up local story with a speaker on each side of the vote, each named with a job word
PARK = ("The council voted to close the skate park. Skater Jo Day said: “They never asked us.” "
        "Councillor Ann Webb said: “The repairs cost too much.” The vote was five to two. ") * 12


def park():
    return exercises.my_article(text=PARK, title="Skate park to close")


def officials(side: str):
    """A made-up article where one side's officials are quoted only with one scare-quoted word, and the other side's
    spokesman in full."""
    us, ru = ("top US officials", "Kremlin spokesman Dmitry Peskov") if side == "us" else (
        "top Russian officials", "Pentagon spokesman John Kirby")
    return exercises.my_article(text=(f"The campaign was not, as {us} claimed, meant to “annihilate” the group. "
                                      f"{ru} said: “We did not let anyone leave.” The convoy left at night. ") * 12,
                                title="A convoy")


@pytest.mark.parametrize("who, speaker", [("Jo Day", "Skater Jo Day"), ("the skaters", "Skater Jo Day"),
                                          ("Ann Webb", "Ann Webb"), ("any councillors", "Ann Webb")])  # the title dropped
def test_never_quotes_finds_a_speaker_named_with_a_job_word(who, speaker):
    note = reason_note("The article is one sided", f"it never quotes {who}", park())
    assert note.startswith(f"The article quotes {speaker} (“"), note


@pytest.mark.parametrize("who, other", [("Jo Day", "Ann Webb"), ("Ann Webb", "Skater Jo Day")])
def test_only_quotes_names_whom_else_it_quotes(who, other):
    note = reason_note("The article is one sided", f"it only quotes {who}", park())
    assert note == f"The article also quotes {other} (see kit.sources): look again.", note
    assert reason_note("The article is one sided", f"it only quotes {who} and {other.split()[-1]}", park()) == ""


@pytest.mark.parametrize("article_id, who", [(RAQQA, "Silo"), (CHARGES, "Dillon")])
def test_only_uses_a_name_the_text_never_gives(article_id, who):
    said = on_sources(OPEN + f"{article_id} is biased because it only uses {who}." + CLOSE)
    assert f"{article_id} never names {who}: check whom it quotes (see kit.sources)" in str(said), str(said)
    assert said.status == "emerging"


@pytest.mark.parametrize("article_id, plain, speaker", [
    (RAQQA, "The article does not quote the spokesman.", "Ryan Dillon"),
    (RAQQA, "It doesn't quote Mattis at all.", "James Mattis"),
    (CHARGES, "The article does not quote the Kremlin.", "Valery Gerasimov"),
    (CHARGES, "It doesn't quote Lavrov at all.", "Sergei Lavrov")])
def test_a_plain_false_claim_gets_the_note_and_no_credit(article_id, plain, speaker):
    result = on_article(plain + REST[article_id], article_id)
    assert f"The article quotes {speaker} (“" in result.detail, result.detail
    assert f"Names what the analysis showed: “{plain}" not in result.detail
    assert result.status == "emerging"


@pytest.mark.parametrize("article_id, plain", [(RAQQA, "The article never quotes Lavrov."),
                                               (CHARGES, "The article never quotes Mattis.")])
def test_a_plain_true_claim_keeps_its_credit(article_id, plain):
    result = on_article(plain + REST[article_id], article_id)
    assert f"Names what the analysis showed: “{plain}" in result.detail, result.detail
    assert result.status == "mastery"


def test_a_speaker_saying_what_they_never_mention_is_not_the_article():
    assert plain_claim_note("Ann Webb never mentions the skaters.", park()) == ""


@pytest.mark.parametrize("article_id, whose, note", [
    (RAQQA, "Lavrov's", "This article does not quote Lavrov: the kit finds quotations from Ryan Dillon and James Mattis"),
    (RAQQA, "the Kremlin's", "This article does not quote the Kremlin:"),
    (CHARGES, "Mattis's", "This article does not quote Mattis: the kit finds quotations from Valery Gerasimov")])
def test_calls_the_words_of_someone_it_does_not_quote(article_id, whose, note):
    phrase = "patent nonsense" if article_id == RAQQA else "imperialism"
    result = on_article(f"The article calls {whose} words {phrase}." + REST[article_id], article_id)
    assert note in result.detail, result.detail
    assert result.status == "emerging"


def test_000_reports_the_pentagons_words_so_it_is_not_told_it_does_not_quote_them():
    # round 34, after teacher 59 #4: reported speech quotes its speaker, as kit.sources counts it ("the Pentagon told
    # Reuters … fewer than 1,000 ISIS fighters remained"); 000 calls US policy "imperialism", so no note either way
    result = on_article("The article calls the Pentagon's words imperialism." + REST[CHARGES], CHARGES)
    assert "does not quote the Pentagon" not in result.detail, result.detail


@pytest.mark.parametrize("article_id, sentence, note", [
    (RAQQA, "The article calls Mattis's words patent nonsense.", "'patent nonsense' answers Ryan Dillon's words"),
    (CHARGES, "The article calls Gerasimov's words imperialism.", "'imperialism' is said of the United States")])
def test_calls_the_words_of_someone_else_it_quotes(article_id, sentence, note):
    result = on_article(sentence + REST[article_id], article_id)
    assert note in result.detail, result.detail
    assert result.status == "emerging"


def test_calls_the_words_of_the_one_it_answers_keeps_its_credit():
    result = on_article("The article calls Dillon's words patent nonsense." + REST[RAQQA])
    assert result.status == "mastery", result.detail


@pytest.mark.parametrize("writer", ["Van Auken", "Bill Van Auken", "The writer"])
def test_03_the_writer_as_the_accuser(writer):
    said = on_sources(OPEN + f"{writer} says Moscow colluded with ISIS, but gives the 4,000 with no source." + CLOSE)
    assert f"{writer} says “the Pentagon has colluded with the Islamic State…”, not Moscow" in str(said), str(said)
    assert said.status == "emerging"
    true = on_sources(OPEN + f"{writer} says the Pentagon colluded with ISIS, but gives the 4,000 with no source." + CLOSE)
    assert "check who the article accuses" not in str(true) and true.status == "mastery"


@pytest.mark.parametrize("article_id, deed", [(RAQQA, "colluded with ISIS"), (CHARGES, "trains ex-ISIS fighters at Al Tanf")])
def test_06_the_writer_as_the_accuser_either_article(article_id, deed):
    import kit

    articles = kit.load_articles()
    table = articles[articles.article_id == article_id]
    assert "not the Kremlin: check who the article accuses" in swapped_actor_note(f"The writer says the Kremlin {deed}.", table)
    assert swapped_actor_note(f"The writer says the Pentagon {deed}.", table) == ""


@pytest.mark.parametrize("side, body, other", [("us", "the Pentagon", "the Kremlin"), ("russia", "the Kremlin", "the Pentagon")])
def test_a_scare_quoted_word_does_not_quote_a_body(side, body, other):
    article = officials(side)
    assert quoted_by(article, body) == []
    assert reason_note("The article is one sided", f"it never quotes {body}", article) == ""
    assert reason_note("The article is one sided", f"it never quotes {other}", article).startswith("The article quotes ")


def test_the_seeds_never_quoting_the_other_side_as_kit_sources_counts_it():
    # 002 reports Russia only inside a joint charge ("charges by Iran, Russia and the Syrian government"): true; 000
    # reports the Pentagon's own words ("the Pentagon told Reuters …"): kit.sources lists it as quoted (teacher 59 #4)
    result = on_article("The article is one sided because it never quotes Russia." + REST[RAQQA], RAQQA)
    assert result.status == "mastery", result.detail
    assert "keep the reason: “it never quotes Russia”" in result.detail
    result = on_article("The article is one sided because it never quotes the Pentagon." + REST[CHARGES], CHARGES)
    assert result.status == "emerging" and "The article quotes the Pentagon (“fewer than 1,000" in result.detail, \
        result.detail
