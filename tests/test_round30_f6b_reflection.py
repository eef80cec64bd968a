"""Round 30 f6b (teacher 55 #8, #10, #4): the 03 and 06 reflections. "I would read the BBC report to see …" asks what to
check elsewhere, as "check the BBC report" does (#8); a verdict on a government or its body is not told to check "who
runs" it (#10); a sentence that gives the article's words to the wrong speaker or side does not point at the text
(#4). Each side alike."""
import pytest
import written_helpers

FINDING_03, FINDING_06 = written_helpers.FINDING_03, written_helpers.FINDING_06
sources, analysis = written_helpers.on_sources, written_helpers.on_article
SOURCES = ["the BBC report", "the coalition statements", "the Kremlin's statement", "the Pentagon briefing",
           "the TASS report", "Reuters' coverage"]


# 8: reading a named source to see something is a check, in both lessons
@pytest.mark.parametrize("verb", ["I would read", "I'd read", "I would read the full text of", "We could read"])
@pytest.mark.parametrize("source", SOURCES)
def test_reading_a_source_to_see_something_is_a_check_06(verb, source):
    result = analysis(FINDING_06 + f"{verb} {source} to see who counted the convoy.")
    assert result.status == "mastery", str(result)
    assert "Add a sentence that asks what to check elsewhere" not in result.detail, result.detail


@pytest.mark.parametrize("source", SOURCES)
def test_reading_a_source_to_see_something_is_a_check_03(source):
    result = sources(FINDING_03 + f"I would read {source} to see who counted the people in the convoy.")
    assert result.status == "mastery", str(result)
    assert f"Asks what to check elsewhere: “I would read {source} to see who counted the people in the convoy.”" in result.detail


@pytest.mark.parametrize("sentence", ["I would read the article again to see the word 'merciless' twice.",
                                      "I would read it to see how the word 'merciless' is used.",
                                      "I read the BBC report to see the convoy."])
def test_rereading_the_article_or_a_past_reading_is_not_a_check(sentence):
    result = analysis("The article uses the word 'merciless' about the airstrikes. " + sentence)
    assert "Asks what to check elsewhere" not in result.detail, result.detail


# 10: "who runs X" is advice for an outlet; a government, a country or its body gets "what you would check to find out"
CHECKED = (" The article uses 'merciless' and 'patent nonsense'. It gives 4,000 with no source. I would check the BBC "
           "report and the SDF figures to see who counted the people in the convoy before I share it.")


@pytest.mark.parametrize("body", ["The Pentagon", "The Kremlin", "Russia", "The US", "Washington", "Moscow",
                                  "The Syrian government", "The US government"])
@pytest.mark.parametrize("label", ["propaganda", "biased", "legit"])
def test_a_verdict_on_a_government_or_its_body_is_not_told_to_check_who_runs_it(body, label):
    result = analysis(f"{body} is {label}." + CHECKED)
    assert result.status == "beginning", str(result)
    assert f"Judges {written_helpers.capital(body) if body[0] != 'T' else 'the' + body[3:]} without checking" in result.detail
    assert "who runs" not in result.detail, result.detail
    assert "say what in the text makes you think so, and what you would check to find out." in result.detail


@pytest.mark.parametrize("outlet", ["WSWS", "RT", "TASS", "The BBC", "Sputnik", "Reuters"])
def test_a_verdict_on_an_outlet_keeps_who_runs_it(outlet):
    result = analysis(f"{outlet} is propaganda." + CHECKED)
    assert result.status == "beginning", str(result)
    name = "the BBC" if outlet == "The BBC" else outlet
    assert f"where you would check who runs {name}." in result.detail, result.detail


# 10b: a claim about the article's own outlet that the gazetteer's country for it contradicts
@pytest.mark.parametrize("claim", ["WSWS is a Russian state outlet", "WSWS is an American website",
                                   "WSWS is a Syrian outlet", "The WSWS is a Russian news site"])
def test_a_country_the_gazetteer_contradicts_for_the_articles_own_outlet_is_noted(claim):
    result = analysis(f"{claim}, so it is biased against the US." + CHECKED)
    assert result.status == "emerging", str(result)
    assert "The kit's list of outlets gives WSWS's country as International" in result.detail, result.detail


@pytest.mark.parametrize("claim", ["WSWS is a socialist website", "WSWS is an international website",
                                   "WSWS is a Trotskyist outlet"])
def test_a_claim_the_gazetteer_does_not_contradict_gets_no_country_note(claim):
    result = analysis(f"{claim}, so it is biased against the US." + CHECKED)
    assert "country as" not in result.detail, result.detail


RT_TEXT = ("Foreign Minister Sergey Lavrov said the convoy was \"a deal made in secret\". The convoy left the city at "
           "night. Trucks carried families and fighters east. Officials gave different numbers for the people on board. ") * 20


def on_rt(answer):
    """06's reflection on a made-up article RT published (the mirror of the WSWS example)."""
    from kit import exercises

    article = exercises.my_article(text=RT_TEXT, title="Kremlin helped ISIS fighters leave Raqqa").assign(outlet="RT")
    return exercises.check_reflection(answer, article)


RT_CHECKED = (" The article uses the words 'a deal made in secret'. It gives no number for the people on board. I would "
              "check the TASS report and the SDF figures to see who counted the people in the convoy before I share it.")


@pytest.mark.parametrize("claim", ["RT is an American state outlet", "RT is a US website", "RT is a British channel"])
def test_the_mirror_a_country_the_gazetteer_contradicts_for_rt_is_noted(claim):
    result = on_rt(f"{claim}, so it is biased against Russia." + RT_CHECKED)
    assert result.status == "emerging", str(result)
    assert "The kit's list of outlets gives RT's country as Russia" in result.detail, result.detail


@pytest.mark.parametrize("claim", ["RT is a Russian state outlet", "RT is a Russian channel"])
def test_the_mirror_a_country_the_gazetteer_gives_gets_no_note(claim):
    result = on_rt(f"{claim}, so it is biased against the US." + RT_CHECKED)
    assert "country as" not in result.detail, result.detail


# 4: the article's quoted words given to the wrong speaker do not point at the text; the right speaker does (each side)
REST = (" The kit flags 'merciless' and 'patent nonsense' as loaded language. The 4,000 has no source in its sentence. I "
        "would check the full Pentagon briefing and the BBC report to see who counted the convoy before I decide.")


@pytest.mark.parametrize("sentence, owner, wrong", [
    ("Lavrov says the US would stay 'as long as they want to fight'.", "James Mattis", "Lavrov"),
    ("Dillon says the US would stay 'as long as they want to fight'.", "James Mattis", "Dillon"),
    ("Peskov said the US would stay 'as long as they want to fight'.", "James Mattis", "Peskov"),
    ("Mattis says 'We didn't want anyone to leave'.", "Ryan Dillon", "Mattis"),
    ("The article quotes Lavrov saying 'We didn't want anyone to leave'.", "Ryan Dillon", "Lavrov")])
def test_words_given_to_the_wrong_speaker_do_not_point_at_the_text(sentence, owner, wrong):
    result = analysis(sentence + REST)
    assert result.status == "emerging", str(result)
    assert f"are {owner}'s words, not {wrong}'s" in result.detail, result.detail


@pytest.mark.parametrize("sentence", ["Mattis says the US would stay 'as long as they want to fight'.",
                                      "Dillon says 'We didn't want anyone to leave'.",
                                      "The article quotes Mattis saying 'as long as they want to fight'."])
def test_words_given_to_their_speaker_are_fine(sentence):
    result = analysis(sentence + REST)
    assert result.status == "mastery", str(result)
    assert "words, not" not in result.detail, result.detail


RUSSIAN_REST = (" The 4,000 comes from Talal Silo. I would check the TASS report and the Komsomolskaya Pravda interview "
                "to see what was really said before I believe it, and whether other reports give the same figure.")


@pytest.mark.parametrize("sentence, wrong", [
    ("The article quotes Lavrov: 'They are in reality being trained there'.", "Lavrov"),
    ("Mattis says 'They are in reality being trained there'.", "Mattis"),
    ("Peskov says 'They are practically Islamic State'.", "Peskov")])
def test_the_mirror_on_the_russian_charges_article(sentence, wrong):
    result = analysis(sentence + RUSSIAN_REST, "russia-charges-pentagon")
    assert result.status == "emerging", str(result)
    assert f"are Valery Gerasimov's words, not {wrong}'s" in result.detail, result.detail


@pytest.mark.parametrize("sentence", ["The article quotes Gerasimov: 'They are in reality being trained there'.",
                                      "Gerasimov says 'They are practically Islamic State'."])
def test_the_mirror_right_speaker_is_fine(sentence):
    result = analysis(sentence + RUSSIAN_REST, "russia-charges-pentagon")
    assert "words, not" not in result.detail, result.detail
