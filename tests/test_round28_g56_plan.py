"""Round 28 g56 (teacher 52 #7, #8): 06's plan. A step about a person the article names gets the person's example
("… to see what X said, where and when") on every article, whoever published it (the publisher known or not); a plan
whose person step may be about another text (the article never names that person) is not Mastery for this article,
and is told what to add. Made-up texts and the bundled articles; the US and Russian sides alike (Mattis / Kirby /
Pentagon / Washington and Lavrov / Gerasimov / Peskov / Kremlin / Moscow)."""
import pytest

import kit
from kit import exercises

QUOTED = ("Foreign Minister Sergei Lavrov said the lorries left at night. Pentagon spokesman John Kirby said the "
          "lorries left at dawn. General Valery Gerasimov said the convoy was small. Defense Secretary Jim Mattis "
          "said the convoy was large. ") * 12
NAMED = ("The lorries left the city at night, a week after Jim Mattis flew to Washington and Sergei Lavrov flew to "
         "Moscow. Nobody could say how many people were on board. ") * 20
PLAIN = ("The lorries left the city at night, a week after officials in Washington and Moscow traded charges. Nobody "
         "could say how many people were on board. ") * 20
LYING = "I would google {name} to see if hes lying lol and check other news sites for the same story."


@pytest.fixture(scope="module")
def bundled():
    return kit.load_articles()


@pytest.mark.parametrize("outlet", ["Anti-Media", "WSWS", "RT", "Fox News"])
@pytest.mark.parametrize("text, name", [(QUOTED, "Mattis"), (QUOTED, "Kirby"), (QUOTED, "Lavrov"),
                                        (QUOTED, "Gerasimov"), (NAMED, "Mattis"), (NAMED, "Lavrov")])
def test_a_person_the_article_names_gets_the_person_example_whoever_published_it(outlet, text, name):
    article = exercises.my_article(text=text, title="The lorries").assign(outlet=outlet)
    said = str(exercises.check_lateral_plan(LYING.format(name=name), article=article))
    assert "Gives a verdict as its reason" in said, said
    assert "who is behind the website" not in said, said
    assert f'for example "… to see what {name} said, where and when"' in said, said


@pytest.mark.parametrize("article_id, name", [("us-rescue-of-isis-in-raqqa", "Mattis"),
                                              ("us-rescue-of-isis-in-raqqa", "mattis"),
                                              ("us-rescue-of-isis-in-raqqa", "Dillon"),
                                              ("russian-general-accuses", "Surovikin"),
                                              ("russia-charges-pentagon", "Gerasimov"),
                                              ("russia-charges-pentagon", "Lavrov"),
                                              ("washington-pretends-combating-isis", "Lavrov"),
                                              ("washington-pretends-combating-isis", "Konashenkov")])
def test_on_the_bundled_articles_a_named_person_gets_the_person_example(bundled, article_id, name):
    article = bundled[bundled.article_id == article_id].reset_index(drop=True)
    said = str(exercises.check_lateral_plan(LYING.format(name=name), article=article))
    assert "who is behind the website" not in said, said
    assert f'for example "… to see what {name.title()} said, where and when"' in said, said


@pytest.mark.parametrize("outlet", ["WSWS", "RT"])
def test_an_outlet_looked_into_keeps_the_website_example(outlet):
    article = exercises.my_article(text=QUOTED, title="The lorries").assign(outlet=outlet)
    said = str(exercises.check_lateral_plan(f"I would google {outlet} to see if its sus and check other news sites "
                                            "for the same story.", article=article))
    assert "Gives a verdict as its reason" in said, said
    assert 'for example "… to see who is behind the website"' in said, said


ABOUT = "I'd check who {name} is, sketchy if hes not real, then look for the {party} briefing transcript"


@pytest.mark.parametrize("name, party", [("Kirby", "Pentagon"), ("Peskov", "Kremlin")])
def test_a_step_about_someone_the_text_never_names_is_not_mastery(bundled, name, party):
    for article in (bundled[bundled.article_id == "russia-charges-pentagon"].reset_index(drop=True),
                    exercises.my_article(text=PLAIN, title="The lorries")):
        result = exercises.check_lateral_plan(ABOUT.format(name=name, party=party), article=article)
        assert result.status == "emerging", str(result)
        assert (f"the step that looks into {name} may be about another text: this text does not name {name}. Add a "
                "step about this text") in result.message, str(result)
        found = exercises.check_lateral_plan(ABOUT.format(name=name, party=party) + ". I would search one of its "
                                             "sentences in quotation marks to see where it first appeared.",
                                             article=article)
        assert found.status == "emerging" and "may be about another text" in found.message, str(found)


@pytest.mark.parametrize("name, party", [("Lavrov", "Kremlin"), ("Gerasimov", "Kremlin")])
def test_a_step_about_someone_the_text_names_can_still_be_mastery(bundled, name, party):
    article = bundled[bundled.article_id == "russia-charges-pentagon"].reset_index(drop=True)
    result = exercises.check_lateral_plan(f"I would look up {name} to see what he said and where, and search other "
                                          "news sites for the story.", article=article)
    assert result.status == "mastery" and "another text" not in str(result), str(result)
