"""Student 38's own article in lesson 06 (findings #5): a company is an organisation, a plan is not words said,
and the widgets and kit.explaining share one name for the classes that keep "$400 … $2 million" text.
Made-up sentences only, each with a mirror (a US and a Russian side, a company and a council)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from made_up import arts, rows

from kit.sourcing import sources

KIT = Path(__file__).resolve().parent.parent / "kit"


def _types(text):
    return dict(sources(arts(text))[["source", "source_type"]].values.tolist())


# 1. a company named by the plural word that ends many companies' names is an organisation, as a council is

@pytest.mark.parametrize("name", ["Lakeside Homes", "Volga Builders", "Granite Holdings", "Neva Industries",
                                  "Prairie Motors", "Baltic Airlines"])
def test_a_company_is_an_organisation_not_a_named_person(name):
    text = f"{name} told reporters that the flats would be cheap."
    assert _types(text) == {name: "organisation"}


@pytest.mark.parametrize("name", ["Lakeside Council", "Volga Council"])
def test_a_council_stays_an_organisation(name):
    assert _types(f"{name} told reporters that the pool would close.") == {name: "organisation"}


@pytest.mark.parametrize("name", ["Ann Holmes", "Oleg Petrov", "Mary Adams"])
def test_a_person_whose_name_ends_in_s_stays_a_person(name):
    assert _types(f"{name} told reporters that the flats would be cheap.") == {name: "named person"}


# 2. "plans to build" tells what someone means to do: no words said, so no quotation

@pytest.mark.parametrize("actor", ["The Pentagon", "The Kremlin", "The developer, Lakeside Homes,",
                                   "The city council"])
@pytest.mark.parametrize("verb", ["plans", "planned", "is planning"])
def test_a_plan_to_act_is_not_a_quotation(actor, verb):
    assert rows(f"{actor} {verb} to build a new base near the river.").empty


@pytest.mark.parametrize("actor, speaker", [("The Pentagon", "Pentagon"), ("The Kremlin", "Kremlin")])
def test_words_said_about_a_plan_stay_a_quotation(actor, speaker):
    q = rows(f"{actor} said it plans to build a new base near the river.")
    assert q[["speaker", "cue", "quote"]].values.tolist() == [[speaker, "said", "it plans to build a new base near "
                                                                                "the river"]]


@pytest.mark.parametrize("actor", ["Washington", "Moscow"])
def test_plans_to_say_and_a_promise_still_report_words(actor):
    said = rows(f"{actor} plans to say that the base is closed.")
    assert said[["cue", "quote"]].values.tolist() == [["plans", "the base is closed"]]
    promised = rows(f"{actor} promised to build a new base.")
    assert promised[["cue", "quote"]].values.tolist() == [["promised", "to build a new base"]]


def test_a_plan_inside_someone_elses_report_is_not_a_second_quotation():
    q = rows("The Kremlin plans to build a base, Ann Lee said. The Pentagon plans to build a base, Oleg Petrov said.")
    assert q[["speaker", "quote"]].values.tolist() == [["Ann Lee", "The Kremlin plans to build a base"],
                                                        ["Oleg Petrov", "The Pentagon plans to build a base"]]


# 7. one name for the classes that tell MathJax to leave the kit's HTML alone

def test_the_widgets_and_explaining_share_one_no_math_name():
    import kit.explaining
    import kit.widgets

    assert kit.explaining.NO_MATH is kit.widgets.NO_MATH
    assert kit.widgets.NO_MATH in kit.widgets._SCROLL
    written = [p.name for p in KIT.rglob("*.py") if "tex2jax_ignore" in p.read_text(encoding="utf-8")]
    assert written == ["widgets.py"]


def test_importing_the_widgets_stays_light():
    tree = ast.parse((KIT / "widgets.py").read_text(encoding="utf-8"))
    top = {n.module or "" for n in tree.body if isinstance(n, ast.ImportFrom)} | \
        {a.name for n in tree.body if isinstance(n, ast.Import) for a in n.names}
    assert top <= {"__future__", "html", "re"}, top


@pytest.mark.parametrize("aside", ["he says", "the Kremlin says", "the Pentagon says"])
def test_a_plan_after_a_report_set_between_commas_stays_what_that_speaker_reports(aside):
    q = rows(f"Tom Roe left the party. His wife, {aside}, plans to leave the party too.")
    assert q[["cue", "quote"]].values.tolist() == [["says", "to leave the party too"]]
