"""Speaker rules of round 11 (issue 22, branch r11speakers): who said the words, read by English word order.
All texts are made up; each test fails without its rule."""


from made_up import speaker_rows as rows


def test_a_capital_on_the_opening_determiner_is_not_a_name():
    # "The GOP front-runner": the capital of "The" only opens the sentence
    got = rows("The GOP front-runner complained that the vote in Leeds had been rigged.")
    assert [(k, s) for _q, k, s, _t, _m in got] == [("indirect", "The GOP front-runner")]


def test_a_pronoun_reporting_inside_a_report_credits_the_outer_speaker():
    # "Roe, whom he called …": the words are part of what Tom Cross said
    got = rows("Tom Cross said he is left with two options: Ann Roe, whom he called “the most divisive figure "
               "in years,” or a third party.")
    assert [(k, s, t) for _q, k, s, t, _m in got if k == "partial"] == [("partial", "Tom Cross", "Tom Cross")]
    got = rows("Ann Lee has railed against what she calls the “Leeds cartel” for a year.")
    assert got[0][2:4] == ("Ann Lee", "Ann Lee")
    # a pronoun that opens a clause of its own after "but" keeps its own report
    got = rows("Ann Lee praised the plan, but late on Monday she said it was “too slow.”")
    assert got[0][3] == "she"


def test_a_description_opening_with_any_determiner_names_the_person_between_commas():
    got = rows("Another delegate on the Leeds slate, Jim Poolman, said he was only “leaning Roe.” And more.")
    assert [(k, s) for _q, k, s, _t, _m in got] == [("partial", "Jim Poolman")]


def test_a_word_of_quantity_can_be_the_whole_subject():
    got = rows("Several said they would rather have “block grants” for the schools.")
    assert [(k, s) for _q, k, s, _t, _m in got] == [("partial", "Several")]
    got = rows("Another said he hoped with his “whole heart” that the plan works.")
    assert got[0][2] == "Another"
    # "All told" is a phrase, not a subject
    assert all(s != "All" for _q, _k, s, _t, _m in rows("All told, the group raised four million dollars, it said."))


def test_a_verb_of_naming_with_an_object_gives_the_words_to_its_described_subject():
    got = rows("Border Patrol agents described the ground under the town as ''Swiss cheese.''")
    assert [(k, s) for _q, k, s, _t, _m in got] == [("partial", "Border Patrol agents")]
    # a name given to a thing ("a film called “Hope”") has no speaker (a title since round 22: a work by its name)
    assert [k for _q, k, _s, _t, _m in rows("He starred in a film called “Hope” last year.")] == ["title"]


def test_an_irregular_past_ends_a_described_subject():
    got = rows("The billionaire businessman began by talking about the town, saying that bread is now "
               "“cheaper than candy.”")
    assert [(k, s) for _q, k, s, _t, _m in got] == [("partial", "The billionaire businessman")]


def test_the_first_name_in_subject_place_is_the_guess_when_no_reporting_word_names_one():
    # the title between commas keeps the reporting word from being read; the sentence still names its subject
    text = ("“We will win,” Tom Roe said. Ann Hemsley, the author of \"Going Home,\" about the spread of news, said "
            "the days when the town had \"a unifying story\" are gone.")
    got = rows(text)
    assert got[2][2] == "Ann Hemsley" and got[2][4] == "sentence-name"
    # a name in a phrase of place is not in subject place: no guess from it
    got = rows("“We will win,” Tom Roe said. Leeds was far from their thoughts, with many marchers chanting "
               "“We are Leeds” and “Disarm hate.”")
    assert all(m != "sentence-name" for *_rest, m in got)


def test_a_reporting_verb_in_the_base_form_ends_the_clause_after_a_quotation():
    got = rows("“If she wants to lead, she should come to Leeds,” the editorial read. The paper said more.")
    assert got[0][2:] == ("the editorial", "the editorial", "subject-after")
    got = rows("“The kingdom works with its allies on all fronts,” the officials state in the paper.")
    assert got[0][2] == "the officials"


def test_a_later_reporting_word_that_closes_the_sentence_names_the_speaker():
    got = rows("“If the office finds more records, it will search them” that would respond to requests, "
               "Justice Department counsel Ann Lee wrote in a filing.")
    assert got[0][2] == "Ann Lee"


def test_a_report_that_closes_the_sentence_is_the_speaker_of_the_reports_inside_it():
    got = rows("Roe plans to remain a member of the party and would have joined it long ago, Tom Devine said.")
    assert {s for _q, k, s, _t, _m in got if k == "indirect"} == {"Tom Devine"}
    # a relative clause at the end is not a closing report
    got = rows("Lee defended his mother and refused to blame the council, which had condemned the plan.")
    assert all(s != "which" for _q, _k, s, _t, _m in got)


def test_a_described_source_after_and_or_but_opens_a_new_clause():
    # "… the attack but U.S. officials have said": the officials, not the group named first
    got = rows("The Leeds Front took responsibility for the attack but U.S. officials have said they do not believe "
               "Roe was helped.")
    assert [(k, s) for _q, k, s, _t, _m in got] == [("indirect", "U.S. officials")]


def test_a_name_after_a_dash_before_the_colon_is_the_speaker_of_the_quotation():
    got = rows("Estimates of engagement are a problem for Leeds polls - Leeds Research: “All the samples include "
               "more engaged people.”")
    assert got[0][2:] == ("Leeds Research", "Leeds Research", "colon")
