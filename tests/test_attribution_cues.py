"""Attribution cues from verb classes (issue 22): each class is kept by the grammar of its sentence.

Every sentence here is made up. A stance, view or appearance verb counts when a person, a group or a
pronoun is its subject, or when its complement shows a view ("sees it as", "seemed to"); the same word
about things ("the beams support the roof", "it appeared on the list") is not flagged.
"""

import pandas as pd
import pytest

import kit
from kit.annotation import annotate, explain


def cues(text):
    """(text, rule) of the attribution flags the kit's own lists and rules make."""
    spans = annotate(text, categories=["attribution"])
    return list(zip(spans.text, spans.rule, strict=True))


@pytest.mark.parametrize("text, expected", [
    # stance and desire: a person, a group or a pronoun before the verb
    ("Most voters oppose the tax. The wall supports the roof.", [("oppose", "stance-of-someone")]),
    ("Lee prefers a smaller plan.", [("prefers", "stance-of-someone-named")]),
    ("The mayor attacked the council over the budget.", [("attacked", "attacked-for-something")]),
    ("Rebels attacked the town. The town was attacked at night.", []),
    ("She offered her support to the family. The shop offered discounts.",
     [("offered", "stance-of-someone")]),
    # views: "sees … as", a clause after a verb of feeling sure
    ("Many voters see him as a winner. We saw the film.", [("see", "view-as")]),
    ("The coach is confident that the team will win. The team is sure to win.",
     [("is confident", "belief-with-clause")]),
    # belief verbs with a person or group as subject, even with no "that"
    ("Officials believe it will hold.", [("believe", "view-of-someone")]),
    # appearance: "seemed to" about a person; "it seems" and "appeared on" are not
    ("The senator seemed to agree with the plan.", [("seemed", "seemed-to")]),
    ("It seems to be raining. She appeared on television.", []),
    # naming and judging: "called him a liar", not "a town called Hope"
    ("Lee called him a liar. They live in a town called Hope.", [("called", "called-someone-something")]),
    # communication in a fixed phrase
    ("The mayor made the case for a new bridge.", [("made the case", "word-list")]),
    ("The council issued a statement on Monday.", [("issued a statement", "word-list")]),
    # a reporting word used for something else
    ("The win added to his lead. It adds up to ten.", []),
    ("A reported $1 million was paid. The reported bomber fled.", []),
    ("The self-described socialist won the vote.", []),
    ("Polls show a strong showing for Lee.", [("show", "finding-by-source")]),
])
def test_attribution_cues_follow_the_grammar_of_the_sentence(text, expected):
    assert cues(text) == expected


def test_a_verb_of_appearance_is_a_cue_in_annotate_but_no_quotation():
    """'Lee seemed to agree' is how Lee came across (the writer's impression), not Lee's words."""
    text = "Lee seemed to agree that the plan was late. Roe said that the plan was late."
    assert ("seemed", "seemed-to") in cues(text)
    rows = kit.quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert rows["cue"].tolist() == ["said"]


def test_a_stance_verb_inside_reported_words_is_not_a_second_cue():
    """'Lee said she sees the plan as a risk': one report (said), the view is part of what Lee said."""
    assert cues("Lee said she sees the plan as a risk.") == [("said", "word-list")]


def test_every_new_rule_explains_itself_in_plain_words():
    for word, rule in [("seemed", "seemed-to"), ("sees", "view-as"), ("called", "called-someone-something"),
                       ("added", "added-as-increase"), ("reported", "reported-adjective")]:
        text = str(explain(word))
        assert rule in text, (word, rule)


def test_a_teachers_edit_of_the_word_list_takes_effect_at_once(tmp_path):
    """A teacher's own copy of the list is used as it is: a verb they add is flagged at once."""
    lex = kit.default_lexicon()
    row = lex[lex.term == "said"].copy()
    row["term"], row["variants"] = "grumbled", ""
    mine = pd.concat([lex, row], ignore_index=True)
    spans = annotate("Lee grumbled that it was late.", categories=["attribution"], lexicon=mine)
    assert spans.text.tolist() == ["grumbled"]


@pytest.mark.parametrize("text, expected", [
    # a fact-checker's findings on the seed articles (made-up sentences in the same shapes)
    ("The goal is defeating Iran-supported militias. Most voters supported the plan.", ["supported"]),
    ("The army assured that reporters were kept out. Lee assured voters that it would pass.", ["assured"]),
    ("Drivers and others who observed it left. Lee observed that the vote was close.", ["observed"]),
    ("It is a way of countering Chinese influence. “Not so,” Roe countered.", ["countered"]),
    ("The strikes aimed at asserting British control. She asserted that the map was wrong.", ["asserted"]),
    ("The units were re-branded as the Northern Force.", []),
    ("That the last base is there says it all. Lee said it all depended on the vote.", ["said"]),
    ("The paper omits any mention of the source. Lee mentioned the source twice.", ["mentioned"]),
    ("The council has not made it clear what will happen. Roe made it clear that she would stay.",
     ["made it clear"]),
])
def test_a_reporting_word_that_reports_nothing_in_its_sentence_is_not_flagged(text, expected):
    assert [t for t, _rule in cues(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Nobody asked a single student what we think.", []),   # an opinion asked for, not a softened claim
    ("Ask people what they think about the plan.", []),
    ("We think the plan will fail.", ["think"]),
])
def test_think_is_a_hedge_only_when_it_softens_a_claim(text, expected):
    spans = annotate(text, categories=["hedge"])
    assert [t.split()[-1] for t in spans.text] == expected


@pytest.mark.parametrize("text, category, expected", [
    # a second fact-checker's findings (teacher 14), made-up sentences in the same shapes
    ("The army joined the so-called anti-terrorist coalition. They are terrorists.", "label", ["terrorists"]),
    ("They were destroying the town, not liberating it. Troops liberated the port.", "label", ["liberated"]),
    ("It was not confirmed whether the trucks left. This cannot currently be confirmed. Lee confirmed the deal.",
     "attribution", ["confirmed"]),
])
def test_a_word_that_the_sentence_denies_or_turns_into_a_name_is_not_flagged(text, category, expected):
    spans = annotate(text, categories=[category])
    assert list(spans.text) == expected


def test_a_refusal_to_respond_reports_no_answer():
    """'Refused to respond' (teacher 14): the refusal is flagged; 'respond' reports no answer given."""
    assert [t for t, _r in cues("The Pentagon refused to respond to the charge.")] == ["refused"]
    assert [t for t, _r in cues("Lee responded that it was false.")] == ["responded"]


def _quotes(text):
    rows = kit.quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    return list(zip(rows.kind, rows.quote, rows.cue, strict=True))


@pytest.mark.parametrize("text, expected", [
    # the writer's opening phrase, with the main clause after it, is not what anyone said
    ("For years, the mayor was the best friend the council hoped to keep.", []),
    ("With a thin margin, Lee could have requested a recount.", []),
    # "according to" after an opening phrase: what the source says is the clause that follows
    ("But the next day, according to Roe, the mayor made further demands.",
     [("indirect", "the mayor made further demands", "according to")]),
    ("Since last spring, according to the council, the road has been closed.",
     [("indirect", "the road has been closed", "according to")]),
    # a whole sentence before "Lee said" is kept, opening phrase and all
    ("As a rule, the road floods in March, Lee said.",
     [("indirect", "As a rule, the road floods in March", "said")]),
])
def test_an_opening_phrase_is_not_reported_words(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # verbs of communication (VerbNet's say, complain and warn classes) in all their forms
    ("The mayor cautioned that the bridge was weak.", [("cautioned", "word-list")]),
    ("Lee reaffirms her support for the plan.", [("reaffirms", "word-list")]),
    ("Roe bemoaned the cost of the stadium.", [("bemoaned", "word-list")]),
    ("The senator distanced himself from the plan.", [("distanced himself from", "word-list")]),
    ("The governor is blasting the council. Roe was slamming the plan.",
     [("blasting", "word-list"), ("slamming", "word-list")]),
    # "support" as a noun for how many people back someone is not a side taken
    ("Latino support for the party grew. Lee has support from voters. Voters support Lee.",
     [("support", "stance-of-someone")]),
])
def test_more_verbs_of_communication_are_cues(text, expected):
    assert cues(text) == expected
