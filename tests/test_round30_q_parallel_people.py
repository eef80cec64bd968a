"""Round 30 q (brief item 6): parallel actors are parallel in the data. data/concepts.csv names Peskov (Russia) and
Mattis (United States); Kirby, the US side's spokesman, was missing, so "…, Kirby denies it" in 05 Exercise 2 got
another kind of message than "…, Peskov denies it" or "…, Mattis denies it". Each pair (Kirby / Peskov, Mattis /
Lavrov, Dillon / Konashenkov, Dunford / Gerasimov) is in the data, each on its side, and on an article that names
none of them, a person gets the message another person of the same side gets, name for name."""
import pytest

import kit
from kit.exercises import check_neutral_headline
from kit.exercises.headline_replies import party_of

PAIRS = [("Kirby", "Peskov"), ("Mattis", "Lavrov"), ("Dillon", "Konashenkov"), ("Dunford", "Gerasimov")]


@pytest.mark.parametrize("us, russia", PAIRS)
def test_each_pair_is_in_the_data_each_on_its_side(us, russia):
    assert "United States" in party_of(us)[0], party_of(us)
    assert party_of(russia)[0] == {"Russia"}, party_of(russia)


def title(article_id):
    articles = kit.load_articles()
    return articles.loc[articles.article_id == article_id, "title"].item()


def said(article_id, claim, who):
    return str(check_neutral_headline(f"{claim}, {who} denies it", title(article_id))).replace(who, "NAME")


# on each article, the people of one side it does not name (seeds: Mattis and Dillon in 002, Lavrov and Gerasimov
# in 000, Lavrov and Konashenkov in 004)
@pytest.mark.parametrize("article_id, claim, side", [
    ("russia-charges-pentagon", "Russia says Pentagon trained ex-ISIS fighters", ["Kirby", "Mattis", "Dunford"]),
    ("russia-charges-pentagon", "Russia says Pentagon trained ex-ISIS fighters", ["Peskov", "Konashenkov"]),
    ("us-rescue-of-isis-in-raqqa", "WSWS says US rescued ISIS in Raqqa", ["Kirby", "Dunford"]),
    ("us-rescue-of-isis-in-raqqa", "WSWS says US rescued ISIS in Raqqa", ["Peskov", "Lavrov", "Konashenkov", "Gerasimov"]),
    ("washington-pretends-combating-isis", "Global Research says Washington pretends to fight ISIS in Syria", ["Kirby", "Mattis", "Dunford"]),
    ("washington-pretends-combating-isis", "Global Research says Washington pretends to fight ISIS in Syria", ["Peskov", "Gerasimov"]),
])
def test_people_of_one_side_the_article_does_not_name_get_the_same_message(article_id, claim, side):
    first = said(article_id, claim, side[0])
    for other in side[1:]:
        assert said(article_id, claim, other) == first, (side[0], other)
