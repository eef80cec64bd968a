"""Round 23 (issue 22, quotation precision and attribution cues): rules of English, with made-up sentences.

- a quoted name of a work in title case right after a verb of making it ("wrote", "directed", "published",
  "released", "recorded", "starred in") is a ``title``; words after a colon, or before the verb, stay speech;
- "see" with a group of people right before it ("Analysts see a slowdown") reports their view (context rule
  ``see-by-people``); "we'll see", "I see" and "see" inside a report ("Lee said analysts see …") do not;
- a past participle, a time, then a helping verb ("The merger announced Monday would close two plants") describes
  the noun before it: nothing is reported (``kit.speech_cues.participle_before_verb``); "The firm announced Monday it
  would close" still reports;
- "Writing by Ann Lee" in a news agency's credit line names who wrote the article, not a source it reports (context
  rule ``credit-line``); "Lee wrote by email that …" still reports;
- the items of a list after "words such as" ("terms like", "phrases including"), and a gloss after a language and
  "for" ("Spanish for “goodbye”"), are words mentioned as words: ``term`` (``kit.quote_kinds.mentioned_in_list``);
- "took to Twitter to say …" says the words were said (the medium was used to say them), as "went on to say" does:
  a row in ``kit.quotes`` with the subject as the speaker (``kit.speech_cues.done_to``); "hopes to say" does not.
"""

import pytest
from quote_helpers import checked_quotes

from kit.annotation import annotate
from kit.quote_kinds import made_work_title


def _cues(text):
    """(text, rule) of the attribution flags."""
    spans = annotate(text, categories=["attribution"])
    return list(zip(spans.text, spans.rule, strict=True))


def _rows(text):
    q = checked_quotes(text)
    return [(r.kind, r.quote) for r in q.itertuples()]


@pytest.mark.parametrize("verb", ["wrote", "directed", "published", "released", "recorded", "starred in",
                                  "co-wrote", "produced"])
@pytest.mark.parametrize("mark", ['"{}"', "“{}”"])
def test_a_work_named_after_a_verb_of_making_it_is_a_title(verb, mark):
    text = f"Ann Lee {verb} {mark.format('The Long Road Home')} in 2019."
    assert _rows(text) == [("title", "The Long Road Home")]


@pytest.mark.parametrize("text, expected", [
    ('"We will win," Lee wrote.', ("direct", "We will win,")),
    ('Lee wrote: "We will win."', ("direct", "We will win.")),
    ('Lee wrote: "We Will Win."', ("direct", "We Will Win.")),
    ("Lee wrote “we will win” on Monday.", ("partial", "we will win")),
])
def test_words_someone_wrote_stay_speech(text, expected):
    assert _rows(text) == [expected]


def test_a_headline_in_title_case_is_not_read_as_a_work():
    t = "Ann Lee Wrote “The Long Road Home” In Her Cell"
    assert not made_work_title(t, t.index("“"), t.index("”"), 0, len(t))


def test_a_work_named_in_a_clause_about_its_author_is_a_title():
    rows = _rows("Ana Ruiz, who directed “Blue Harbor,” said the film was late.")
    assert ("title", "Blue Harbor,") in rows


@pytest.mark.parametrize("group", ["Analysts", "Most economists", "Investors", "Democrats", "Republicans", "Critics"])
def test_see_with_a_group_before_it_reports_their_view(group):
    assert _cues(f"{group} see a slowdown next year.") == [("see", "see-by-people")]


@pytest.mark.parametrize("text", ["We will see what happens.", "I see the problem.", "You can see the river from here.",
                                  "Come and see the show."])
def test_see_with_no_group_before_it_reports_no_view(text):
    assert _cues(text) == []


def test_see_inside_a_report_is_part_of_what_was_reported():
    assert _cues("Ana Ruiz said analysts see a slowdown.") == [("said", "word-list")]


def test_see_as_keeps_its_own_rule():
    assert _cues("Voters see the plan as a risk.") == [("see", "view-as")]


@pytest.mark.parametrize("text", ["The merger announced Monday would close two plants.",
                                  "The deal, announced Friday, would last four years.",
                                  "The plan announced in March will cost two million dollars.",
                                  "The cuts announced last week have angered nurses."])
def test_a_participle_then_a_time_then_a_helping_verb_reports_nothing(text):
    assert [k for k, _q in _rows(text)] == []


@pytest.mark.parametrize("text, content", [
    ("The firm announced on Monday that it would close two plants.", "it would close two plants"),
    ("The council announced last week that it will close.", "it will close"),
])
def test_a_verb_with_a_clause_after_the_time_still_reports(text, content):
    assert ("indirect", content) in _rows(text)


def test_a_credit_line_reports_nothing():
    text = "The plan failed. (Reporting by Ana Ruiz in Lima; Writing by Tom Reed; Editing by Kim Fry.)"
    assert _cues(text) == []
    assert _rows(text) == []


def test_wrote_by_a_means_of_sending_still_reports():
    text = "Ana Ruiz wrote by email that the plan was dead."
    assert _cues(text) == [("wrote", "word-list")]
    assert ("indirect", "the plan was dead") in _rows(text)


@pytest.mark.parametrize("text", [
    "The office searched its files for words such as “bridge,” “river,” “flood” and “road closure.” Nothing came up.",
    'Ana Ruiz avoids terms like "crisis", "collapse" or "disaster" in her reports.',
    "Tom Reed banned phrases including “game changer” and “deep dive” from the memo.",
])
def test_words_listed_after_words_such_as_are_terms(text):
    rows = _rows(text)
    assert rows and all(k == "term" for k, _q in rows)


@pytest.mark.parametrize("language", ["Spanish", "Russian", "Arabic", "Latin"])
def test_a_gloss_after_a_language_and_for_is_a_term(language):
    rows = _rows(f"The café is called Amigos - {language} for “friends” - and it opened in May.")
    assert ("term", "friends") in rows


def test_a_region_before_for_is_no_language():
    rows = _rows("He won the South for “the party of Lincoln,” Ana Ruiz said.")
    assert [k for k, _q in rows] == ["partial"]


@pytest.mark.parametrize("medium", ["Twitter", "Facebook", "social media", "the airwaves"])
@pytest.mark.parametrize("verb", ["took", "takes"])
def test_took_to_a_medium_to_say_reports_what_was_said(verb, medium):
    q = checked_quotes(f"Ana Ruiz {verb} to {medium} to say the plan was dead.")
    assert [(r.kind, r.quote, r.speaker_text) for r in q.itertuples()] == [("indirect", "the plan was dead", "Ana Ruiz")]


def test_taking_to_a_medium_to_call_gives_the_quoted_words_to_the_one_who_took_to_it():
    q = checked_quotes("The Ruiz campaign denied it, with Tom Reed taking to Twitter to call Ana Ruiz “totally confused” "
                       "about the event.")
    assert [(r.kind, r.quote, r.speaker_text) for r in q.itertuples()] == [("partial", "totally confused", "Tom Reed")]
