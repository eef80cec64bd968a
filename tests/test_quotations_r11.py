"""Round 11 quotation rules (issue 22): mark pairing, names and titles, words mentioned as words, block
quotations set out as lists, partial quotations the writer's sentence runs on past. Made-up text only."""

import pandas as pd

import kit
from kit.segment import quotations
from kit.titles import headline_cased, in_title_case
from kit.transcripts import set_out_not_quoted


def kinds(text, cues=()):
    return [(text[q["start"]:q["end"]], q["kind"]) for q in quotations(text, cues=cues)]


def quotes(text):
    q = kit.quotes(pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]}))
    return [(r.quote, r.kind) for r in q.itertuples()]


def test_a_markup_tag_over_a_line_end_holds_no_quotation():
    t = 'Lee wrote:\n\n<post author="@lee" date="May 1, 2016\n">We stay here.<post/>.\n\nIt was late.'
    assert quotations(t) == []


def test_a_mark_at_the_end_of_a_line_opens_nothing():
    t = "“They know it,” he said. “They see that. “\n\nThis story has been updated."
    assert [w for w, _ in kinds(t)] == ["They know it,", "They see that. "]


def test_a_stray_mark_before_an_opening_one_quotes_nothing():
    t = 'He left. "“If I were a donor, I would ask,” said Lee.'
    assert [w for w, _ in kinds(t)] == ["If I were a donor, I would ask,"]


def test_a_quotation_cited_with_its_year_is_a_work():
    t = "The party's posters read “No to the new tax” (2005) and “Stop the bridge!” (2009), Lee said."
    said = t.index("said")
    assert kinds(t, cues=[(said, said + 4)]) == [("No to the new tax", "title"), ("Stop the bridge!", "title")]


def test_words_mentioned_as_words_are_a_term():
    assert kinds("“Top secret” is the highest level of classification.") == [("Top secret", "term")]
    assert kinds("In fact, “Hispanic” should only be used for people.") == [("Hispanic", "term")]
    # a thing named with its determiner is not the words themselves
    t = "With the war over, “the main objective” was now peace, Lee said."
    said = t.index("said")
    assert kinds(t, cues=[(said, said + 4)]) == [("the main objective", "speech")]


def test_a_term_word_may_have_an_adjective():
    assert kinds("She avoided the charged term, “radical Islam,” in her speech.") == [("radical Islam,", "term")]


def test_names_in_a_list_or_quoted_again_keep_their_kind():
    t = "He had roles in “The Long Road,” “Apollo 13,” and “Winter Light,” among others."
    assert [k for _, k in kinds(t)] == ["title", "title", "title"]
    t = "They staged a play called “Los Hijos,” or “Sons of Lee,” in Lima. “Sons of Lee” is a satire, Ruiz said."
    said = t.index("said")
    # a play called “…” names a work (round 22, a teacher's finding), and so does its name quoted again
    assert [k for _, k in kinds(t, cues=[(said, said + 4)])] == ["title", "title", "title"]
    t = "They coined a slogan called “Los Hijos,” or “Sons of Lee,” in Lima. “Sons of Lee” is a satire, Ruiz said."
    said = t.index("said")
    assert [k for _, k in kinds(t, cues=[(said, said + 4)])] == ["term", "term", "term"]


def test_roles_in_and_starred_in_name_a_work():
    t = "Ruiz, who starred in “Night Harbor Blues,” spoke."
    assert kinds(t) == [("Night Harbor Blues,", "title")]


def test_one_test_of_headline_case():
    assert headline_cased("Lee Says The Plan Will Work") and not headline_cased("Lee says the plan will work")
    assert in_title_case("Face the Nation", 0, 15) and not in_title_case("face the music", 0, 14)


def test_a_list_heading_or_bare_markup_after_a_colon_is_not_a_block_quotation():
    for para in ("— Ann Lee of the Daily Post, winner of the prize.", "1. Turnout fell in the north.", "___.",
                 "Ann Lee.", '<post id="77"><post/>.'):
        t = f"Lee told the meeting:\n\n{para}\n\nThe meeting ended."
        assert set_out_not_quoted(t, t.index(para), t.index(para) + len(para)), para
        assert [k for _, k in quotes(t)] == [], para
    t = "Lee told the meeting:\n\nWe will stay here until the work is done.\n\nThe meeting ended."
    assert quotes(t) == [("We will stay here until the work is done.", "direct")]


def test_a_quotation_the_writers_sentence_runs_on_past_is_partial():
    t = 'When the help did not come, "he left" with the guards, Lee said.'
    assert [k for _, k in quotes(t)] == ["partial"]
    t = 'When the help did not come, Lee said, "we left."'
    assert [k for _, k in quotes(t)] == ["direct"]


def test_an_invisible_format_character_before_a_mark_counts_as_space():
    t = "Readers answered.\u202a”Stay strong, we are with you,” posted Ann Lee."
    assert quotes(t) == [("Stay strong, we are with you,", "direct")]


def test_a_show_after_told_or_speaking_to_is_a_work():
    t = "“We will win,” Lee told “Morning Talk Live” on Monday."
    assert kinds(t) == [("We will win,", "speech"), ("Morning Talk Live", "title")]
    t = "Speaking to “Sunday Morning News,” Lee said little."
    assert kinds(t) == [("Sunday Morning News,", "title")]


def test_a_quotation_that_names_a_remark_is_partial():
    t = "Lee said the mayor's “Look at my friend over here!” line was a mistake."
    assert [k for _, k in quotes(t)] == ["partial"]


def test_an_owner_ending_in_s_with_an_apostrophe_names_a_work():
    t = "Lee said so in an interview on CBS' “Sixty Minutes” last year."
    assert kinds(t) == [("Sixty Minutes", "title")]


def test_in_a_headline_a_capital_does_not_make_a_whole_utterance():
    t = "Lee Says The New Plan Is ‘Not What We Hoped For’ In Her City\n\nThe mayor spoke on Monday."
    assert [k for _, k in quotes(t)] == ["partial"]
    t = "Lee On The Flood: ‘We Will Rebuild Every Home.’\n\nThe mayor spoke on Monday."
    assert [k for _, k in quotes(t)] == ["direct"]  # after a colon, ending the headline: a whole remark
    t = "Ryan: ‘Hateful Images’ Have No Place In Our Town\n\nThe mayor spoke on Monday."
    assert [k for _, k in quotes(t)][-1] != "direct"  # after a colon, but the headline runs on past it


def test_a_comma_after_a_closing_mark_lists_quoted_words():
    for t in ("Lee called the plan ‘costly’, ‘slow.’\n\nThe mayor spoke.", "Lee called it “costly”, “slow.”\n\nShe spoke."):
        assert "direct" not in [k for _, k in quotes(t)], t


def test_a_nickname_is_a_word_or_three():
    assert kinds("Gen. James “Mad Dog” Mattis spoke.") == [("Mad Dog", "term")]
    t = 'They voted on Zika. "This is the one shot," Cornyn said.'
    said = t.index("said")
    assert kinds(t, cues=[(said, said + 4)]) == [("This is the one shot,", "speech")]
