"""A sixth teacher's own article (lesson 06) and the tables around it: a role noun as subject is not the
person quoted before, a relative clause about the speaker is the writer's, a verb tagged as saying must
introduce someone's words, a scare quote is the writer's choice of words. The texts are made up."""

import pandas as pd
import pytest
from made_up import arts, rows

import kit
from kit.quantities import figures
from kit.sourcing import sources

LOPEZ = ('Maria Lopez was at the meeting. "It is a disgrace," said Maria Lopez. '
         'The mayor said "we will build a better one."')


def test_a_role_noun_is_not_the_person_quoted_before():
    q = rows(LOPEZ)
    mayor = q[q.quote.str.contains("build")].iloc[0]
    assert mayor.speaker == "The mayor" and mayor.speaker_type == "anonymous" and not mayor.speaker_guess
    assert "does not say who 'The mayor' is" in mayor.note
    s = sources(arts(LOPEZ))
    assert s.loc[s.source == "Maria Lopez", "n_direct"].tolist() == [1]  # counted once, not twice


@pytest.mark.parametrize("intro", [
    "Maria Lopez, the mayor, was at the meeting.",
    "Maria Lopez, who is mayor of the town, was at the meeting.",
    "Maria Lopez, the town's mayor, was at the meeting.",
])
def test_a_role_noun_tied_to_a_name_is_that_person(intro):
    text = f'{intro} "It is a disgrace," said Tom Bell. The mayor said "we will build a better one."'
    mayor = rows(text).query("quote.str.contains('build')").iloc[0]
    assert mayor.speaker in ("Maria Lopez", "Lopez") and mayor.speaker_guess
    assert "calls a mayor" in mayor.note


def test_a_pronoun_still_points_back():
    text = 'Ann Lee arrived on Monday. He said "the road was closed."'
    assert rows(text).speaker.tolist() == ["Ann Lee"]


@pytest.mark.parametrize("text, writers, speakers", [
    ('"We need 3 new rooms," said Maria Lopez, who has used the library for 30 years.', ["30 years"],
     ["3 new rooms"]),
    ('Tom Bell, whose shop employs 12 people, said 40 jobs were lost.', ["12 people"], ["40 jobs"]),
    ('"It costs 5 dollars," said Ann Lee, who was born in 1970.', ["1970"], ["5 dollars"]),
])
def test_a_relative_clause_about_the_speaker_is_the_writers(text, writers, speakers):
    f = figures(arts(text)).set_index("phrase")
    assert (f.loc[writers, "attribution"] == "").all()
    assert (f.loc[speakers, "attribution"] != "").all()


@pytest.mark.parametrize("text, word, is_cue", [
    ("The US said troops threatened their camp near the border.", "threatened", False),
    ("Residents were threatened by the flood.", "threatened", False),
    ("The union threatened to strike on Monday.", "threatened", True),
    ("Lee threatened not to attend the talks.", "threatened", True),
    ("The party threatened that it would walk out.", "threatened", True),
    ("The broader picture suggests that the plan failed.", "suggests", False),
    ("The evidence suggests the plan failed.", "suggests", False),
    ("Lee suggested that the plan failed.", "suggested", True),
])
def test_a_verb_of_saying_must_introduce_words(text, word, is_cue):
    spans = kit.annotate(text, categories=["attribution"])
    assert (word in set(spans.text)) is is_cue


def test_a_scare_quote_is_the_writers_choice_in_every_table():
    text = 'The report debunks the greatest “fake news” story of the year. Lee said “we lied.”'
    spans = kit.annotate(arts(text), categories=["label", "scare_quote"], speakers=True)
    assert set(spans.loc[spans.text.str.contains("fake news"), "voice"]) == {"writer"}
    q = rows(text)
    assert q.loc[q.quote == "fake news", "kind"].tolist() == ["scare"]
    view = kit.highlight(arts(text).iloc[0], categories=["label"])
    notes = view.notes_html()
    assert "in a scare quote (the writer doubts these words)" in notes
    assert "quoted words" not in notes and "❝" not in view.body_html()
    profile = kit.profile(arts(text))
    assert profile.label.item() == 1 and profile.quoted_label_per_1k.item() == 0  # in the writer's rate


def test_a_context_rule_reads_a_word_set(tmp_path):
    """<set:NAME> in a context rule stands for the words of that set of data/word_sets.csv (one list with
    kit.quotes); an unknown set is a clear error."""
    from kit.context import expand_sets
    from kit.errors import LexiconError
    from kit.wordsets import word_sets

    assert set(expand_sets("<set:inference_subjects>").split("|")) == set(word_sets().inference_subjects)
    with pytest.raises(LexiconError, match="no word set 'inference_subject'"):
        expand_sets("<set:inference_subject>")
    # the same sentence in both tables: no cue in kit.annotate, no source in kit.quotes
    text = "The broader picture suggests that the plan failed."
    assert kit.annotate(text, categories=["attribution"]).empty
    assert rows(text).empty


def test_a_chart_says_a_tie_with_the_rule_of_lesson_02():
    from kit.plots import plot_profile

    prof = pd.DataFrame({"article_id": ["mine", "a", "b", "c", "d"], "outlet": [""] * 5, "title": [""] * 5,
                         "hedge_per_1k": [0.0, 0.0, 3.0, 5.0, 0.4], "booster_per_1k": [2.0, 9.0, 1.0, 1.5, 0.5]})
    fig = plot_profile(prof, categories=["hedge", "booster"], mark="mine")
    assert "hedge 0.0 (tied for 3rd of 5)" in fig.summary  # 0.0, 0.0 and 0.4: less than 1 per 1,000 apart
    assert "booster 2.0 (tied for 2nd of 5)" in fig.summary  # 1.5 ties with 2.0; 9.0 stands above


def test_a_grid_that_fits_is_one_panel_and_a_wider_one_wraps():
    from kit.plots import count_grid, smallest_text_pt

    names = ["Al-Manar", "Al-Masdar News", "Anti-Media", "Associated Press", "BBC", "CNN", "Komsomolskaya Pravda",
             "Reuters", "The Guardian", "The Independent", "U.S. News"]
    fig = count_grid(pd.DataFrame([[1] * 11, [0] * 11], index=["a", "b"], columns=names), title="T", xlabel="x",
                     ylabel="y")
    panels = [ax for ax in fig.axes if ax.images]
    assert len(panels) == 1 and len(panels[0].get_xticklabels()) == 11 and smallest_text_pt(fig) >= 12
    wide = [f"Outlet number {i} of a long list" for i in range(40)]
    fig = count_grid(pd.DataFrame([[1] * 40], index=["a"], columns=wide), title="T", xlabel="x", ylabel="y")
    assert len([ax for ax in fig.axes if ax.images]) > 1 and smallest_text_pt(fig) >= 12


def test_the_reading_level_chart_shows_the_lessons_scale():
    from kit.plots import plot_reading_level, smallest_text_pt

    fig = plot_reading_level(kit.profile(kit.load_articles()))
    ax = fig.axes[0]
    assert ax.get_xlim()[0] <= 0 and ax.get_xlim()[1] >= 100
    ticks = {round(t): lab.get_text() for t, lab in zip(ax.get_xticks(), ax.get_xticklabels())}
    assert "very hard" in ticks[30] and "plain English" in ticks[60]
    assert {30.0, 60.0} <= {line.get_xdata()[0] for line in ax.lines if line.get_linestyle() == ":"}
    assert smallest_text_pt(fig) >= 12


@pytest.mark.parametrize("text, chain", [
    ("Last July, Pat Lane reported that the former minister Hal Zeb had been informed by the intelligence "
     "service of the region that the real toll was over 40,000.",
     "Pat Lane, citing Hal Zeb, citing intelligence service of the region"),
    ("Pat Lane said that, according to the city police, 40 people died.", "Pat Lane, citing city police"),
    ("Pat Lane said that 40 people died.", ""),  # nothing nested
    ("Pat Lane said that Hal Zeb was informed by the police, and 40 people died.", ""),  # no "that": no report
])
def test_a_figure_in_nested_reports_shows_the_chain(text, chain):
    f = figures(arts(text))
    row = f[f.amount].iloc[0]
    assert row.chain == chain
    assert row.attribution == "Pat Lane"  # the outer source stays the one credited
