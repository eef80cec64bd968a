"""What the tests of written answers (lesson 06 reflections and plans, 03 Exercise 3) share: eight actors and outlets, a made-up
article, a reflection at Mastery on its own, a fixture that forgets earlier tries, 03 Exercise 3's texts
(``sources_texts``), and ``capital`` (not a test module).

>>> capital("the US"), capital("Xinhua")
('The US', 'Xinhua')
"""

import pandas as pd
import pytest

import kit
from kit import exercises
from kit.exercises.answers import forget_attempts

# so that no name is treated differently: governments, a ministry, a state agency and a public broadcaster
ACTORS = ["the US", "Russia", "China", "Iran", "the Kremlin", "the Pentagon", "Xinhua", "the BBC"]
ARTICLE = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [
    "Officials called the plan reckless. “The plan was a disaster,” a spokesman said. About 300 people left the "
    "town on Monday, and the report gave no source for the figure."]})
# a reflection at Mastery on its own: a finding, the article's words quoted, a number, and what to check
BASE = ("The article uses loaded words like 'reckless' and 'disaster' to make the reader distrust the plan. It quotes "
        "only one person, a spokesman, and the number 300 has no source. I would still need to check other reports "
        "to see how many people left the town")


def sources_texts() -> list:
    """03 Exercise 3's texts as the lesson passes them: the coalition spokesman's briefing, then the five articles."""
    second = kit.load_articles(kit.data_path("second_accounts.csv"))
    return [second[second["article_id"] == "coalition-spokesman-2017-11-14"], kit.load_articles()]


#: how the 03 Exercise 3 figure tests end an answer: a finding and what to check, so only the figure sentence varies
FIGURE_REST = (" They count different people. I would check the Department of Defense transcript and the SDF's own figures "
               "before I decide which count to trust.")


def briefing_texts() -> list:
    """A made-up briefing by a Russian ministry's spokesman (the mirror of the coalition's), then the five articles."""
    return [pd.DataFrame({"article_id": ["ministry-briefing"], "outlet": [""], "title": ["Briefing"],
                          "author": ["Maj. Gen. Igor Konashenkov (spokesman of the Russian Defence Ministry)"],
                          "text": ["Some 750 people left the town, and 350 of them were fighters."]}), kit.load_articles()]


def figure_check(answer: str, texts) -> str:
    """03 Exercise 3's feedback on ``answer`` followed by :data:`FIGURE_REST`."""
    return str(exercises.check_reflection(answer + FIGURE_REST, texts, task="sources"))


def figure_notes(answer: str, texts) -> list[str]:
    """The notes on the figures ``answer`` credits to someone (:func:`kit.exercises.evidence.misplaced_figures`)."""
    from kit.exercises.evidence import misplaced_figures

    return [note for _, note, _ in misplaced_figures(answer, texts)]


@pytest.fixture
def fresh_tries():
    """Each test starts with no earlier tries (the same answer twice is otherwise "not a new try")."""
    forget_attempts()
    yield
    forget_attempts()


def capital(name: str) -> str:
    """The name with a capital first letter, as at the start of a sentence."""
    return name[0].upper() + name[1:]


# round 27 (v, gv): a verdict glued to the article's quoted words or to a report, in 06 and 03 Exercise 3
GLUED_TEXT = ("A Kremlin adviser called the strikes “Western aggression”, and a Moscow paper called the reply “anti-Russian”. "
        "A Pentagon official called the charge “anti-American”, and a Washington paper called it “US imperialism” in "
        "a headline. The lorries left at night. ") * 6
GLUED_CHECK = (" The article mostly quotes one side and gives no reply from the other, so the reader only hears the "
         "accusation. I would still need to check the original briefing and what the other side said about it "
         "before I believe it.")
GLUED_WORDS = ["US imperialism", "anti-American", "anti-Russian", "Western aggression"]
GLUED_ACCOUNTS = ("A Pentagon spokesman said 3,500 civilians came out of the city. A Kremlin spokesman said 4,000 people "
            "left. Silo said 4,000 people left. A Russian general said 3,500 civilians came out. ") * 4
GLUED_TAIL = (" The accounts leave out who drove the lorries. The two counts differ by about 500 people. What would change "
        "my mind about the figure is the full transcript of the briefing, if it gave another number.")


def assert_glued_verdict(answer: str, how: str, text: str = GLUED_TEXT):
    """06's reflection check reads `answer` as a verdict of the student's ("trusts" or "dismisses") glued to the
    article's words: Beginning, with the advice to take the verdict out and keep the quoted words."""
    from kit import exercises

    result = exercises.check_reflection(answer, text)
    assert result.status == "beginning", str(result)
    assert result.message.startswith(f"it {how} the article without checking it"), str(result)
    assert "take the verdict out" in result.detail and "keep them" in result.detail, str(result)

#: a finding without a check, for 03 Exercise 3 (task "sources") and for 06 on the bundled article: a test adds its check
FINDING_03 = ("The spokesman counts 3,500 civilians who came out, and fewer than 300 screened as possible fighters, "
              "while russia-charges-pentagon counts some 4,000 people from Talal Silo, all but about 500 armed. "
              "us-rescue-of-isis-in-raqqa gives 4,000 with no source. ")
FINDING_06 = ("The article uses the word 'merciless' about the airstrikes. It quotes Mattis and Dillon, only American "
              "officials, and answers Dillon with 'This is patent nonsense'. It never quotes the SDF or anyone from "
              "Raqqa. ")


def on_sources(answer):
    """03 Exercise 3's reflection (task "sources") on the coalition spokesman's briefing and the five seed articles."""
    second = kit.load_articles(kit.data_path("second_accounts.csv")).query(
        "article_id == 'coalition-spokesman-2017-11-14'")
    return exercises.check_reflection(answer, [second, kit.load_articles()], task="sources")


def on_article(answer, article_id="us-rescue-of-isis-in-raqqa"):
    """06's reflection on one seed article (by default the bundled example, WSWS's)."""
    articles = kit.load_articles()
    return exercises.check_reflection(answer, articles[articles.article_id == article_id])
