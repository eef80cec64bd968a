"""Round 17 (tables): names.py split in two, kit.person_names (the words of a name) and kit.names (Article).

The examples are made up.
"""

import pandas as pd

import kit.names
import kit.person_names
from kit.sourcing import checked_articles, prepare_articles
from kit.wordsets import word_sets


def test_names_keeps_the_public_names_its_importers_use():
    # other modules import these from kit.names: one function each, defined in kit.person_names
    for name in ("person_name", "looks_like_person", "is_title", "PARTICLE_PREFIX"):
        assert getattr(kit.names, name) is getattr(kit.person_names, name)


def test_keyed_functions_answer_as_the_plain_ones():
    sets = word_sets()
    for run in ("Gen. Ann Lee", "Police Chief Anna Berg", "Mr. King", "ISIS", "Al Tanf", "University of Leeds",
                "Director of Operations Brig. Gen. Jo Braga", "Sen. Tom “Big Tom” Roe"):
        assert kit.person_names.person_name_keyed(run, sets.key) == kit.person_names.person_name(run, sets)
        assert kit.person_names.looks_like_person_keyed(run, sets.key) == kit.person_names.looks_like_person(run, sets)
    assert kit.person_names.is_title_keyed("Gen.", sets.key) and not kit.person_names.is_title_keyed("Lee", sets.key)


def test_person_key_and_one_letter_off():
    assert kit.person_names.person_key("Abu Bakr al-Baghdadi") == "baghdadi"
    assert kit.person_names.person_key("Ann Lee’") == "lee"
    assert kit.person_names.one_edit("petrova", "petrowa")  # one letter changed
    assert kit.person_names.one_edit("petrova", "petrov")  # one dropped
    assert not kit.person_names.one_edit("petrova", "petrova")  # the same word is not one letter off
    assert not kit.person_names.one_edit("petrova", "pyetrowa")  # two letters


def test_article_uses_the_split_functions():
    text = ("Gen. Ann Lee said the road was closed. Lee added that it would open. "
            "Later Surkovikin said no, and Sergei Surovikin agreed.")
    art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "example"))[0]
    assert art.persons["lee"] == "Ann Lee"
    assert art.canonical("Lee") == "Ann Lee"
    assert art.canonical("Surkovikin") == "Sergei Surovikin"  # one letter off a known surname
    assert art.knows_person("Surovikin") and not art.knows_person("Roe")
