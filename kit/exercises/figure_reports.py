"""Who reports a figure in a student's answer (lesson 03, Exercise 3): the verbs by which an account says or counts it
(:func:`reporting_words`), the reporter of the words that hold it (:func:`reporter_of`, :func:`reporter_after`).
:func:`.evidence.credited_figures` reads them to check each figure against the account it is credited to.

    >>> reporting_words("the spokesman says 3,500 and the russia article gives 4,000")
    ['says', 'gives']
"""

from __future__ import annotations

import re

__all__ = ["FIGURE_VERBS", "REPORT_END", "reporting_words", "reporter_of", "reporter_after"]


#: Verbs by which an account gives a figure ("gives 4,000", "uses Silo's 4,000", "counts 3,500", "puts it at"): the
#: attribution word list (data/lexicons/attribution.csv) holds verbs of saying only, and "report"/"reports" only as
#: "reported", so these few are named here; every verb of saying comes from that list (:func:`reporting_words`).
FIGURE_VERBS = frozenset("give gives gave giving use uses used count counts counted put puts report reports".split())


def reporting_words(text: str) -> list[str]:
    """The verbs in ``text`` that report what an account says or counts: the attribution word list's (a teacher's
    edit counts at once) and :data:`FIGURE_VERBS`.

    >>> reporting_words("the spokesman says 3,500 but the russia article gives 4,000 and charges the us")
    ['says', 'gives', 'charges']
    """
    from ..lexicons import attribution_tone

    return [w for w in re.findall(r"[a-z]+", text.lower()) if w in FIGURE_VERBS or attribution_tone(w)]


#: where a report ends before a figure: an earlier figure, or a new clause ("…, while", "but"): "The Pentagon says
#: 3,500 came out, while the coalition let 4,000 leave" gives 4,000 to no report of the Pentagon's
REPORT_END = r"(?:\d|,\s*(?:while|whereas|although|though)\b|\bbut\b|\bwhile\b)"


def reporter_of(low: str, before: list, last: int) -> list | None:
    """Whose report holds the name at ``last`` (``before``: the (start, end, account) names before a figure in the
    lowered sentence ``low``): "Silo says the coalition let 4,000 leave", "according to Silo, Russia sent 4,000" give
    the figure to the reporter (Silo), not to the party named inside the reported words. None where no reporting
    word (the attribution word list's, :func:`reporting_words`) comes before the name in its clause; [] where one
    does but the kit holds no account by the reporter's name.

    >>> acc = [(0, 4, "silo"), (10, 23, "coalition")]
    >>> reporter_of("silo says the coalition let 4,000 leave", acc, 14), reporter_of("the coalition let 4,000", acc[1:], 4)
    (['silo'], None)
    """
    from ..lexicons import attribution_tone

    floor = max((m.end() for m in re.finditer(REPORT_END, low[:last])), default=0)
    cues = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\baccording to\b|[a-z]+", low[floor:last])
            if (reporting_words(m.group()) or (" " in m.group() and attribution_tone(m.group()))) and not any(
                s <= floor + m.start() < e for s, e, _ in before)]  # "Russia Charges Pentagon": a title, no report
    if not cues:
        return None
    start, end, cue = (floor + cues[-1][0], floor + cues[-1][1], cues[-1][2])
    if " " in cue:  # "according to Silo, …": the name just after it
        return [a for s, _, a in before if s >= end and re.fullmatch(r"\s*(?:the\s+)?", low[end:s])]
    names = [s for s, e, _ in before if floor <= s and e <= start]  # "Silo says …", "the Pentagon claims …"
    return [a for s, _, a in before if names and s == max(names)]


def reporter_after(low: str, named: list, end: int) -> list:
    """The accounts a closing report names after a figure that ends at ``end`` in the lowered sentence ``low``
    ("Russia sent 4,000, according to Silo", "the coalition let 4,000 leave, Silo says"), with no other figure after
    it; [] where there is none. ``named``: the (start, end, account) names of the sentence.

    >>> acc = [(0, 6, "russia"), (32, 36, "silo")]
    >>> reporter_after("russia sent 4,000, according to silo.", acc, 17), reporter_after("russia sent 4,000.", acc, 17)
    (['silo'], [])
    """
    from ..lexicons import attribution_tone

    if re.search(r"\d", low[end:]):
        return []
    found = [(s, a) for s, e, a in named if s >= end and (
        (re.search(r"\baccording to\s+(?:the\s+)?$", low[end:s]) and attribution_tone("according to"))
        or (re.search(r",\s*(?:the\s+)?$", low[end:s]) and re.fullmatch(r"\s+([a-z]+)\W*", low[e:])
            and reporting_words(low[e:])))]
    return [a for s, a in found if s == found[0][0]] if found else []


