"""Round 25 (r25ex item 3, teacher 45 #4): 01 Exercise 3. A next step that names the newspaper of the interview
("when Gerasimov gave the Komsomolskaya Pravda interview", "the date of the New York Times interview") is at least
as good as the hint's own wording; the newspaper's name, either side, does not lower the level."""
from __future__ import annotations

import pytest

from kit.exercises.answers import forget_attempts
from kit.exercises.search_report import check_search_report

FOUND = {"WSWS": 'I searched "Russia charges Pentagon with training ex-ISIS fighters" and found WSWS, 29 Dec 2017. ',
         "RT": 'I searched "Pentagon accuses Russia of training fighters" and found RT, 29 Dec 2017. '}
STEPS = [("Next I would look up when {who} gave the interview.", "Next I would look up when {who} gave the {paper} interview."),
         ("Next I would find the date of that interview.", "Next I would find the date of the {paper} interview."),
         ("Next I would find what day the interview was.", "Next I would find what day the {paper} interview was.")]
SIDES = [("WSWS", "Gerasimov", "Komsomolskaya Pravda"), ("RT", "Mattis", "New York Times")]


@pytest.mark.parametrize("site, who, paper", SIDES)
@pytest.mark.parametrize("hint, named", STEPS)
def test_naming_the_newspaper_of_the_interview_is_as_good_as_the_hint(site, who, paper, hint, named):
    forget_attempts()
    plain = check_search_report(FOUND[site] + hint.format(who=who))
    forget_attempts()
    precise = check_search_report(FOUND[site] + named.format(who=who, paper=paper))
    assert plain.status == "mastery" and precise.status == "mastery", (plain, precise)
