"""Made-up one-article corpora for rule tests, with the offsets checked, and 05's headline check on a made-up
article (not a test module)."""

import pandas as pd

import kit
from kit.exercises import answers
from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import check_neutral_headline
from kit.sourcing import quotes


def arts(text):
    """A one-article table of ``text``, with an empty outlet and title."""
    return pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]})


def rows(text):
    """kit.quotes of ``text``; every quotation's and speaker's offsets are exact."""
    q = quotes(arts(text))
    for r in q.itertuples():
        assert text[r.start:r.end] == r.quote
        if r.speaker_start >= 0:
            assert text[r.speaker_start:r.speaker_end] == r.speaker_text
    return q


def speaker_rows(text):
    """(quote, kind, speaker or None, speaker_text, speaker_method) of each quotation in ``text``, offsets checked."""
    return [(r.quote, r.kind, r.speaker if isinstance(r.speaker, str) else None, r.speaker_text, r.speaker_method)
            for r in rows(text).itertuples()]


def headline_on(monkeypatch, title: str, text: str, answer: str, article_id: str = "made-up-charges"):
    """The 05 Exercise 2 check of ``answer`` with ``title``/``text`` as the only article (tries forgotten first)."""
    load = kit.load_articles
    table = load(pd.DataFrame([{"article_id": article_id, "title": title, "outlet": "Weekly", "author": "",
                                "date": "2020-01-01", "url": "", "text": text}]))
    monkeypatch.setattr(kit, "load_articles", lambda *a, **k: load(*a, **k) if a or k else table)
    monkeypatch.setattr(answers, "KNOWN_WORDS", {})  # the made-up article's words are never left behind
    forget_attempts()
    return check_neutral_headline(answer, title)


def mirrored_results(sides: dict, marks, run) -> dict:
    """``run(side)`` for each side of ``sides``; asserts the two messages are the same once each side's names
    (``marks``: (key of the side, mark)) are put back to marks, whole words only. Gives the results by side."""
    import re

    out, shown = {}, []
    for side, s in sides.items():
        out[side] = run(side)
        printed = str(out[side])
        for key, mark in marks:
            printed = re.sub(rf"\b{re.escape(s[key])}\b", mark, printed)
        shown.append(printed)
    assert shown[0] == shown[1], shown
    return out


# 05 Exercise 2's two made-up mirror articles (the US accused, Russia accused), for its reply and source checks.
CHARGED = ("{doer} special forces are secretly training former ISIS fighters at a remote base near Al Tanf, according "
           "to a report issued by the {accuser} military command. “They are in reality being trained there,” General "
           "{name} said in an interview. There was no immediate response from the {office}.")
EXPOSED = ("An investigative report by the Daily Courier titled “The convoy’s secret” has confirmed earlier charges by "
           "Iran, {accuser_list} and the Syrian government that the {office} has colluded with ISIS in the evacuation of "
           "ISIS fighters from towns under {doer} military siege. In the face of the evidence uncovered by the Daily "
           "Courier, the {office} has been forced to acknowledge that the evacuation took place, while insisting that it "
           "was merely an innocent bystander.")
SIDES = {"us accused": dict(charges="Russia charges Pentagon with training ex-ISIS fighters", exposed="US rescue of "
                            "ISIS in Raqqa exposed", doer="US", accuser="Russian", accuser_list="Russia", source="Russia",
                            office="Pentagon", state="Kremlin", country="US", other="Russia", name="Ivan Petrov"),
         "russia accused": dict(charges="US charges Kremlin with training ex-ISIS fighters", exposed="Russian rescue of "
                                "ISIS in Raqqa exposed", doer="Russian", accuser="US", accuser_list="the US", source="US",
                                office="Kremlin", state="Pentagon", country="Russia", other="US", name="Mark Reed")}


def checked(monkeypatch, side, text, kind, answer, sides=None):
    """05's headline check of ``answer`` on a side's made-up article (``kind``: its headline, "charges" or
    "exposed"; ``text``: CHARGED or EXPOSED), each filled with the side's names (``sides``, SIDES unless given: a test
    file's own made-up people, each side a dict of names with its headline under ``kind``)."""
    s = (SIDES if sides is None else sides)[side]
    return headline_on(monkeypatch, s[kind], text.format(**s), answer.format(**s), f"made-up-{kind}")


def put_marks(printed: str, names: dict) -> str:
    """``printed`` with each of ``names`` (name: mark, e.g. {"Ivan Petrov": "<general>"}) put back to its mark, the
    longest name first and whole names only ("ex-ISIS" holds no "ISIS"), so that the messages of the two sides of a
    made-up article can be compared."""
    import re

    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.sub(rf"(?<![\w-])(?:{pattern})(?![\w-])", lambda m: names[m.group(0)], printed)


def figure_accounts():
    """03 Exercise 3's accounts: the coalition spokesman's briefing and the five articles, with each party's."""
    from kit.exercises.evidence import held_accounts, party_accounts

    second = kit.load_articles(kit.data_path("second_accounts.csv"))
    held = held_accounts([second[second["article_id"] == "coalition-spokesman-2017-11-14"], kit.load_articles()])
    return held + party_accounts(held)


def credited(sentence, accounts):
    """(figure, the labels of the accounts it is credited to) for each figure ``sentence`` credits."""
    from kit.exercises.evidence import credited_figures

    return [(figure, sorted(a["label"] for a in owners)) for figure, owners in credited_figures(sentence, accounts)]
