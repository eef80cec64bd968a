"""Which account the figures of a student's answer are credited to (lesson 03, Exercise 3), and the notes for
each figure credited to an account that does not give it (:func:`misplaced_figures`); :mod:`.evidence` checks
the quoted words.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "author": ["Jo Bell (spokesman)"],
    ...                   "text": ["Some 3,500 people left."]})
    >>> [note for _, note, _ in misplaced_figures("Jo Bell says 4,000 left.", t)]
    ["'4,000' is not in the spokesman's words (they give 3,500 people): no text the kit holds gives '4,000'. Say whose figure it is"]
"""

from __future__ import annotations

import functools
import re

from .figure_accounts import (
    ALL_BUT,
    FIGURE,
    body_account,
    both_note,
    given_figures,
    held_accounts,
    is_year,
    miscast_note,
    party_accounts,
    quoted_note,
    texts_giving,
    two_articles,
)
from .figure_counts import counted_in
from .figure_reports import (
    NO_SOURCE,
    REPORT_END,
    TAKEN,
    TEXT_WORDS,
    appositives,
    it_figure,
    joined_verb,
    lacking,
    opening_subject,
    report_nouns_in,
    reporter_after,
    reporter_of,
    reporting_words,
    stance_against,
    stance_before,
    text_subject,
    unknown_reporter,
)
from .figure_sides import described_speaker, description_span
from .numbers import figures_in_words
from .seeking import BELIEF_HELD_BACK

__all__ = ["TEXT_AFTER", "NO_APOSTROPHE", "OTHER_OWNER", "CONDITION", "HELD_BACK", "name_pattern", "credited_figures", "headed", "misquoters", "miscast", "names_cast", "told_by", "figure_holders", "named_with",
           "unknown_reported", "same_report", "stand_against", "in_words_note", "misplaced_figures", "no_text_gives"]

#: a party's name before a word for a text names the text, not the party: "the Russian article", "the US one"
TEXT_AFTER = (r"(?!\s+(?:articles?|ones?|stor(?:y|ies)|reports?|sites?|websites?|pieces?|outlets?|media|texts?|papers?|"
              r"news|headlines?|sources?|writers?|authors?)\b)")


#: a possessive written without its apostrophe ("pentagons number", "russias number"): the name, then "s", then a word
NO_APOSTROPHE = r"(?:(?=s\s+[a-z])|(?![\w-]))"


#: "the coalition's number is 3,500", "the coalitions figure was 3,500": a figure given as the possession of someone
#: the kit does not know by that name (not "Silo says it is 3,500": a verb of saying is no owner), teacher 49 #5
OTHER_OWNER = r"\b([a-z]+(?:'s?|s))\s+(?:[a-z]+\s+){0,2}(?:is|was|are|were|of)\s+$"


#: the words before a name that make it part of a condition, not a report: "if the BBC counted fighters too …",
#: "unless Silo's count …", "whether the spokesman …", with no comma between (student 48 #4)
CONDITION = r"\b(?:if|unless|whether)\b[^,;:]*$"
#: a figure in a belief held back ("… before I believe the 3,500") or in a condition ("if it counted fighters too I
#: would believe the 4,000 more"): the student's doubt or supposition, no one's figure (teacher 58 #7, student 49 #11)
HELD_BACK = rf"(?:{BELIEF_HELD_BACK}|\b(?:if|whether)\b)[^,;:.]*$"


@functools.lru_cache(maxsize=8192)
def name_pattern(name: str, party: bool = False, cased: bool = False) -> re.Pattern:
    """The pattern that finds an account's ``name`` in an answer (lower-cased; as written when ``cased``), compiled
    once per name (the 03 checks look for every name of every account in every sentence): a possessive without its
    apostrophe counts, and a party's name before a word for a text ("the russia article") does not.

    >>> bool(name_pattern("silo").search("silos number is 4,000")), bool(name_pattern("russia", party=True).search("russia media"))
    (True, False)
    """
    if cased:
        return re.compile(rf"(?<![\w.-]){re.escape(name)}(?![\w-]){TEXT_AFTER}")
    return re.compile(rf"(?<![\w-]){re.escape(name)}{NO_APOSTROPHE}{TEXT_AFTER * party}")


def credited_figures(answer: str, accounts: list) -> list[tuple[str, list]]:
    """(figure as written, the accounts named as its source) for each figure an answer credits to an account the
    kit holds: the account named with "'s" just before it ("uses Silo's 4,000"), or else the last one named before
    it in its sentence ("The spokesman says 5,000 … and that 1,000 …").

    >>> acc = [{"names": ("spokesman",), "figures": {}}, {"names": ("silo",), "figures": {}}]
    >>> [(f, [a["names"][0] for a in who]) for f, who in credited_figures("Silo says 3,500; the article uses the spokesman's 4,000.", acc)]
    [('3,500', ['silo']), ('4,000', ['spokesman'])]
    >>> [f for f, who in credited_figures("The spokesman says 3,500 but the Russian one says 4,000.", acc)]
    ['3,500']
    >>> [f for f, who in credited_figures("Silo's number is 4,000 and the coalition's number is 3,500.", acc)]
    ['4,000']
    """
    out, given = [], []
    for sentence in re.split(r"(?<=[.!?;])\s+", answer):
        sentence, given = it_figure(sentence, given), [m.group(1) for m in re.finditer(FIGURE, sentence)] or given
        low = sentence.lower().replace("’", "'")
        named = names_cast(sentence, accounts)
        for m in re.finditer(FIGURE, sentence):
            if is_year(m.group(1)) or re.search(HELD_BACK, low[:m.start()]):  # "in 2017" (t48 #14); "before I believe"
                continue
            before = [(start, end, a) for start, end, a in named if end <= m.start()]
            # "Silo's 4,000", "the pentagon's number is 3,500", "russias number is 4,000" (no apostrophe)
            # not "leaves out Silo's name and the 3,500": the possessive owns the name (teacher 55 #6)
            owner = [a for start, end, a in before if re.match(r"(?:'s?|s)\s+(?!(?:[a-z]+\s+)*(?:and|or)\s)([a-z]+\s+){0,3}$",
                                                               low[end:m.start()])]
            mine = re.search(OTHER_OWNER, low[:m.start()])
            lacks = None if owner else lacking(low, before, m.start())  # "… leaves out the 3,500" (teacher 53 #1)
            if lacks is not None:
                out += [(m.group(1), [{**a, "lacks": True} for a in lacks])] if lacks else []
                continue
            after = [] if owner else reporter_after(low, named, m.end())  # "Russia sent 4,000, according to Silo"
            owner = owner or after
            joined = None if owner else joined_verb(low, m.start())
            unnamed = False  # "The second article says the Pentagon helped ISIS, but gives the 4,000": no one's
            if joined and not any(s_ >= joined[1] for s_, _, _ in before):  # "X says the Pentagon helped ISIS, but
                owner = opening_subject(low, before, joined[0])  # gives the 4,000": X's (teacher 56 #1)
                unnamed = not owner or text_subject(low, before, joined[0])  # a text the kit cannot tell (t57 #9)
                owner = [] if unnamed else owner
            if not owner and before and not unnamed and not (mine and not reporting_words(mine.group(1))):
                last = max(start for start, _, _ in before)
                # "the spokesman says 3,500 but the russia article says 4,000": a second report between the name
                # and the figure gives it to someone else, whom the kit may not know by that name (student 39 #7)
                end = max(e for s_, e, _ in before if s_ == last)
                span = description_span(low, end, lambda w: bool(reporting_words(w)))
                # "Dillon, whom RT quoted, says 3,500": the description's verb reports nothing of the figure (t57 #3)
                between = low[span[1] + 1 if span and span[1] < m.start() else end:m.start()]
                between = re.sub(rf"^(?:'s)?\s+(?:{TEXT_WORDS}|reports?|documentary)\b", "", between)  # "the BBC report says"
                said, report = reporting_words(between), report_nouns_in(between)
                noun = re.search(rf"\b(?:{'|'.join(report)})\b", between) if report else None
                stance = stance_before(between[:noun.start()]) if noun else None  # "Russia backed the report that …"
                if len(said) < 2 and (not report or stance is not None and not between[:stance].strip()):
                    owner = [a for start, _, a in before if start == last]  # Russia's stand on the figure: Russia's
                    if noun and stance_against(between[:noun.start()]):  # "Russia rejected the report that …"
                        owner = [{**a, "against": True} for a in owner]
                if not said and not report:  # "Silo says the coalition let 4,000 leave": the reporter's (Silo's)
                    reporter = reporter_of(low, before, last)
                    owner = owner if reporter is None else reporter
            if owner and re.match(NO_SOURCE, low[m.end():]):  # "russia-charges-pentagon gives 4,000 with no source"
                owner = [{**a, "unsourced": True} if not a["one_voice"] else a for a in owner]
            ends = {id(a): e for _, e, a in before}  # "Gerasimov's staff counted 750 and 350": the body he heads
            owner = [headed(a, low[ends[id(a)]:m.start()], accounts) if id(a) in ends else a for a in owner]
            if owner:
                out.append((m.group(1), told_by(low, before, owner, m.start() if after else None)))
    return out


def headed(account: dict, after: str, accounts: list) -> dict:
    """The account a possessive owner of a figure stands for: the body a person heads where the words ``after`` the
    name say "'s staff" ("Gerasimov's staff counted 750": :func:`.figure_accounts.body_account`), else itself.

    >>> staff = {"label": "Russian General Staff's words", "names": ("russian general staff",)}
    >>> headed({"label": "x", "person": True, "body": "Russian General Staff"}, "'s staff counted ", [staff])["label"]
    "Russian General Staff's words"
    """
    noun = re.match(r"(?:'s?|s)\s+([a-z]+)", after)
    body = body_account(account, noun.group(1), accounts) if noun and account.get("person") else None
    return body or account


def misquoters(low: str, sentence: str, head: tuple) -> str:
    """The outlet an answer says quoted the speaker ``head`` (its (start, end, account) in the lowered ``sentence``
    ``low``) in a description of them ("Dillon, whom RT quoted,"), where the texts say who quoted them (the
    account's ``quoted_by``: "as quoted by Rudaw and by Sputnik") and name another; "" otherwise.

    >>> dillon = {"names": ("dillon",), "quoted_by": {"Rudaw": "Rudaw", "Sputnik": "Sputnik"}}
    >>> low = "dillon, whom rt quoted, says 3,500"
    >>> misquoters(low, "Dillon, whom RT quoted, says 3,500", (0, 6, dillon)), misquoters(low, "Dillon, whom Sputnik quoted, says 3,500", (0, 6, dillon))
    ('RT', '')
    """
    from .figure_sides import description_span, quoters

    span = description_span(low, head[1], lambda w: bool(reporting_words(w)))
    told = quoters(sentence[span[0]:span[1]]) if span and head[2].get("quoted_by") else {}
    if not told or set(told) & set(head[2]["quoted_by"]) or re.match(r"(?:not|never)\b", low[span[0]:]):
        return ""
    return next(iter(told.values()))


def miscast(low: str, sentence: str, named: list, described: dict, head: int) -> list:
    """The sides an answer's description of the speaker ``head`` gives them (``described``: :func:`.figure_reports.
    appositives` of the (start, end, account) ``named`` in the lowered ``sentence`` ``low``), each as an account with
    its ``party``: the parties named in it, not after "not" (teacher 57 #3) nor where the speaker went or whom they
    met ("who defected to Turkey": :func:`.figure_sides.side_position`); else the outlets, countries and owners the
    kit knows by other names (:func:`.figure_sides.other_sides`: "the WSWS spokesman", "a Turkish spokesman",
    "Assad's spokesman": teacher 57 #12).

    >>> silo, kremlin = {"names": ("silo",), "one_voice": True}, {"names": ("kremlin",), "party": "Russia", "label": "the Kremlin's"}
    >>> low = "silo, who defected to the kremlin, says 4,000"
    >>> miscast(low, low, [(0, 4, silo), (26, 33, kremlin)], {1: 0}, 0)
    []
    >>> low = "silo, a turkish spokesman, says 4,000"
    >>> miscast(low, "Silo, a Turkish spokesman, says 4,000", [(0, 4, silo)], {}, 0)
    [{'label': 'Turkey', 'party': 'Turkey'}]
    """
    from .figure_sides import other_sides, side_position

    cast = [named[i][2] for i, h in described.items() if h == head and named[i][2].get("party")
            and not re.search(r"\b(?:not|never|no longer)\s+(?:(?:an?|the)\s+)?$", low[:named[i][0]])
            and side_position(low, named[i][0]) and not low[:named[i][1]].endswith("-backed")]  # whose backing, not whose voice (t58 #10)
    if cast or any(h == head and named[i][2].get("party") for i, h in described.items()):
        return cast
    span = description_span(low, named[head][1], lambda w: bool(reporting_words(w)))
    if not span or re.match(r"(?:not|never|no longer)\b", low[span[0]:]):
        return []
    return [{"label": label, "party": side} for side, label in other_sides(sentence[span[0]:span[1]]).items()]


def told_by(low: str, before: list, owner: list, at: int | None = None) -> list:
    """The ``owner`` accounts of a figure, each marked with the text that reports them (``within``) where the
    sentence ``low`` names a text the kit holds in full before them, with a verb of saying between ("us-rescue says
    Talal Silo counted 4,000", teacher 53 #6): the figure is then checked as that text's account of the speaker's
    words. ``before``: the (start, end, account) names before the figure; ``at``: where the figure starts, for a
    source named after it ("russia-charges-pentagon says the 4,000 came from the BBC", teacher 54 #5).

    >>> art = {"names": ("a",), "text": "a", "one_voice": False}
    >>> silo = {"names": ("silo",), "text": "b", "one_voice": True}
    >>> [o.get("within", {}).get("text") for o in told_by("a says silo counted 4,000", [(0, 1, art), (7, 11, silo)], [silo])]
    ['a']
    """
    texts = [(s, e, a) for s, e, a in before if not a.get("one_voice") and a["names"][:1] == (a.get("text"),)]
    spoken = [at] if at is not None else [s for s, _, a in before if any(a is o for o in owner)]
    if not texts or not spoken or not all(o.get("one_voice") and not o.get("party") for o in owner):
        return owner
    s, e, text = max((t for t in texts if t[1] <= min(spoken)), key=lambda t: t[0], default=(0, 0, None))
    # "us-rescue says 3,500 came out, while the spokesman counts 4,000": a new clause, the spokesman's own report
    if text is None or not (reporting_words(low[e:min(spoken)]) or re.search(TAKEN, low[e:min(spoken)])) or re.search(
            REPORT_END, low[e:min(spoken)]):  # "us-rescue got the 4,000 from Silo" (teacher 55 #9)
        return owner
    return [{**o, "within": text} for o in owner]


def figure_holders(figure: str, accounts: list, named: str = "") -> str:
    """Where the accounts hold a figure, in words ("in the spokesman's words"), or "" where none does. An article's
    own words are named by the article only when ``named`` (the student's answer) names it.

    >>> acc = [{"label": "Silo's words", "figures": {"4000": ""}, "one_voice": True, "text": "a"},
    ...        {"label": "b", "names": ("b",), "figures": {"4000": ""}, "one_voice": False, "text": "b"}]
    >>> figure_holders("4,000", acc), figure_holders("4,000", acc, "b says 4,000")
    ("in Silo's words, and in an article's own words", "in Silo's words, and in b (in its own words)")
    """
    key = figure.replace(",", "")
    holders = [a for a in accounts if key in a["figures"] and not a.get("party") and not a.get("outlet")]
    voiced = {a["text"] for a in holders if a["one_voice"]}
    low = named.lower().replace("’", "'")
    places = [a["label"] if a["one_voice"] else f"{a['label']} (in its own words)" if any(
        re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", low) for n in a["names"]) else "an article's own words"
        for a in holders if a["one_voice"] or a["text"] not in voiced]
    return ("in " + ", and in ".join(dict.fromkeys(places))) if places else ""


def named_with(article, speakers: list, parties: set) -> str:
    """Why a speaker's figure is not a party's though the text names the speaker with it (teacher 48 #15): the
    sentence of the text the kit holds that says whom the speaker speaks for (:func:`.figure_sides.described_sides`:
    "the former Pentagon spokesman, Ann Lee"), where that is the party, quoted in whole words (shortened around the
    description, :func:`.figure_sides.shown_around`); "" where no sentence says so, not a sentence that only names
    both (teacher 56 #1: "Silo also charged … ISIS fighters" says nothing of whom Silo speaks for).

    >>> import pandas as pd
    >>> table = pd.DataFrame({"article_id": ["a"], "text": ["It was confirmed by the former Pentagon spokesman, Ann Lee."]})
    >>> print(named_with(table, [{"label": "Ann Lee's words", "names": ("ann lee", "lee"), "text": "a"}], {"United States"}))
    . The text names Ann Lee with it in these words: “It was confirmed by the former Pentagon spokesman, Ann Lee.” Read who it says Ann Lee is
    >>> table = pd.DataFrame({"article_id": ["a"], "text": ["Ann Lee also said Pentagon jets bombed the bridge."]})
    >>> named_with(table, [{"label": "Ann Lee's words", "names": ("ann lee", "lee"), "text": "a"}], {"United States"})
    ''
    """
    from .figure_sides import described_sides, shown_around

    tables = [t for t in (article if isinstance(article, (list, tuple)) else [article]) if hasattr(t, "columns")]
    texts = {str(i): str(t) for table in tables for i, t in zip(table["article_id"], table["text"])}
    for speaker in speakers:
        text, who = texts.get(str(speaker.get("text", "")), ""), re.sub(r"'s words$", "", str(speaker["label"]))
        found = described_sides(text, speaker.get("names", ()))
        if found and parties & found["sides"]:
            shown = shown_around(found["sentence"], found["span"])
            return f". The text names {who} with it in these words: “{shown}” Read who it says {who} is"
    return ""


def unknown_reported(answer: str, accounts: list, credited: set, holders) -> list[tuple[str, str, bool]]:
    """(figure, note, True) for each figure of ``answer`` (not one of ``credited``) reported by a name no text names
    (:func:`.figure_reports.unknown_reporter`): not in the account it names, as Lavrov's is not (teacher 55 #3); the
    note says what to check instead, where ``holders(figure, accounts, answer)`` finds it (:func:`figure_holders`).

    >>> unknown_reported("Ivan Petrov says 4,000 left.", [], set(), lambda *a: "")[0][1]
    "The kit holds no account by Ivan Petrov, so it cannot check '4,000' as Ivan Petrov's, and it does not count as your example. Check whose figure '4,000' is in the texts: no text the kit holds gives it"
    """
    known = {re.sub(r"^the ", "", n.lower()) for a in accounts for n in (*a["names"], *a.get("cased", ()))}
    out = []
    for sentence in re.split(r"(?<=[.!?;])\s+", answer):
        mine = {f for f, _ in credited_figures(sentence, accounts)} & set(credited)  # wherever the sentence stands
        last, said = None, ""  # the figure before, and its unknown reporter
        for m in re.finditer(FIGURE, sentence):
            held = re.search(HELD_BACK, sentence[:m.start()].lower())  # "if it counted …, I'd believe the 4,000"
            name = "" if is_year(m.group(1)) or m.group(1) in mine or held else unknown_reporter(sentence, m.start(), known, m.end())
            if not name and said and m.group(1) not in mine and same_report(sentence[last:m.start()], known):
                name = said  # "Peskov said 3,500 came out and fewer than 300 were screened": both Peskov's (t54 #3)
            last, said = m.end(), name
            if name:
                where = holders(m.group(1), accounts, answer)
                out.append((m.group(1), f"The kit holds no account by {name}, so it cannot check '{m.group(1)}' as "
                            f"{name}'s, and it does not count as your example. Check whose figure '{m.group(1)}' is "
                            f"in the texts: {'it is ' + where if where else 'no text the kit holds gives it'}", True))
    return out


def same_report(between: str, known) -> bool:
    """Do the words ``between`` two figures of a sentence go on with the report of the first: no new clause
    (:data:`.figure_reports.REPORT_END`: "but", "while"), no verb of saying or giving and no name of an account the
    kit holds (``known``, lowered) between them?

    >>> same_report(" civilians came out and fewer than ", []), same_report(" came out, but the articles use ", [])
    (True, False)
    """
    low = between.lower()
    return not re.search(REPORT_END, low) and not reporting_words(low) and not any(
        re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", low) for k in known)


def stand_against(figure: str, owners: list, where: str) -> tuple[str, str, bool]:
    """(figure, note, whether the kit can tell it is wrong) for a figure an answer gives as the ``owners``' stand
    against it ("Moscow rejected the report that 4,000 left"): wrong where they give it themselves; where they do not,
    the kit cannot check what they make of it (``where``: where the texts hold it, :func:`figure_holders`).

    >>> acc = [{"label": "Moscow's", "figures": {"350": ""}, "written": {"350": "350"}, "against": True}]
    >>> stand_against("350", acc, "")[2], stand_against("4,000", acc, "in Silo's words")[1]
    (True, "The kit cannot check that Moscow is against '4,000': the texts it holds give no words of Moscow's on it (they give 350), so it does not count as your example ('4,000' is in Silo's words)")
    """
    key, owner = figure.replace(",", ""), " or ".join(dict.fromkeys(a["label"] for a in owners))
    whose = " or ".join(dict.fromkeys(re.sub(r"'s( words)?$", "", a["label"]) for a in owners))
    if any(key in a["figures"] for a in owners):
        return (figure, f"The texts the kit holds give '{figure}' as {owner} own figure, but your sentence says {whose} "
                f"is against it. Read what {whose} says of '{figure}', and say whose figure it is", True)
    gives = given_figures(owners)
    return (figure, f"The kit cannot check that {whose} is against '{figure}': the texts it holds give no words of "
            f"{whose}'s on it{gives}, so it does not count as your example" + (f" ('{figure}' is {where})" if where else ""),
            False)


def in_words_note(spelled: dict, accounts: list) -> str:
    """What to do with the figures an answer writes in words (``spelled``: the words, with what they count): write
    them as the texts do, so the kit can check whose they are; one note for them all.

    >>> in_words_note({"three hundred": 300}, [{"written": {"300": "300"}}])
    "'three hundred' is a figure written in words: write it as the texts do ('300'), so the kit can check whose it is"
    >>> in_words_note({"four thousand": 4000, "five hundred": 500}, [])
    "'four thousand' and 'five hundred' are figures written in words: write them as the texts do ('4,000' and '500'), so the kit can check whose they are"
    """
    def written(value):
        return next((a["written"][str(value)] for a in accounts if str(value) in a.get("written", {})), f"{value:,}")
    def listed(items):
        items = list(items)
        return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]
    words = listed(f"'{w}'" for w in spelled)
    digits = listed(f"'{written(v)}'" for v in dict.fromkeys(spelled.values()))
    if len(spelled) == 1:
        return f"{words} is a figure written in words: write it as the texts do ({digits}), so the kit can check whose it is"
    return (f"{words} are figures written in words: write them as the texts do ({digits}), so the kit can check whose "
            "they are")


def names_cast(sentence: str, accounts: list) -> list[tuple[int, int, dict]]:
    """(start, end, account) for each account a sentence names, in order, but the names that only describe a speaker
    named next to them ("Talal Silo, a former SDF spokesman, says …": the appositive reports nothing, t55 #5, #7); a
    speaker given a side the texts do not give them ("Dillon, the Kremlin spokesman,", t56 #8) has it as "miscast".

    >>> dillon = {"names": ("dillon",), "one_voice": True, "parties": frozenset({"Coalition"})}
    >>> kremlin = {"names": ("the kremlin",), "party": "Russia", "one_voice": True}
    >>> [(a["names"][0], a.get("miscast", {}).get("party")) for _, _, a in names_cast("Dillon, the Kremlin spokesman, said so.", [dillon, kremlin])]
    [('dillon', 'Russia')]
    """
    low = sentence.lower().replace("’", "'")
    named = sorted([(m.start(), m.end(), {**account, "by_outlet": True} if name == account.get("outlet_name", "").lower()
                     else {**account, "neither": True} if name.startswith("neither") else account)
                    for account in accounts for name in account["names"]
                    for m in name_pattern(name, bool(account.get("party"))).finditer(low)]
                   + [(m.start(), m.end(), account) for account in accounts for name in account.get("cased", ())
                      for m in name_pattern(name, cased=True).finditer(sentence)],
                   key=lambda n: n[:2])
    from .source_checks import ROLE_WORDS

    # "the former SDF spokesman": the speaker the texts describe so, not the one "spokesman" alone names (t58 #10)
    for start, end, _ in [n for n in named if low[n[0]:n[1]] in ROLE_WORDS and n[2].get("one_voice")]:
        found = described_speaker(low, (start, end), named, accounts)
        named = [n for n in named if not (found[0] <= n[0] and n[1] <= found[1])] + [found] if found else named
    named.sort(key=lambda n: n[:2])
    # a name inside a longer one is the longer one's ("Pentagon" in "Russia Charges Pentagon", an article's title)
    named = [n for n in named if not any(o[0] <= n[0] and n[1] <= o[1] and o[1] - o[0] > n[1] - n[0] for o in named)]
    # "if the BBC counted fighters too I'd believe the 4,000": a condition says nothing of the BBC (student 48 #4)
    named = [n for n in named if not re.search(CONDITION, low[:n[0]])]
    # "Talal Silo, a former SDF spokesman, says …": the appositive describes Silo, it reports nothing (t55 #5, #7)
    described = appositives(low, named)
    heads = {i for i, (_, e, a) in enumerate(named) if i not in described and a.get("one_voice") and not a.get("party")
             and description_span(low, e, lambda w: bool(reporting_words(w)))}  # "Silo, a Turkish official,"
    for head in set(described.values()) | heads:
        sides = named[head][2].get("sides") or named[head][2].get("parties")  # whom the texts say (t56 #8)
        cast = miscast(low, sentence, named, described, head)
        if cast and sides and not {a["party"] for a in cast} & sides:
            named[head] = (*named[head][:2], {**named[head][2], "miscast": cast[0]})
        said = misquoters(low, sentence, named[head])  # "Dillon, whom RT quoted," (teacher 57 #3)
        if said:
            named[head] = (*named[head][:2], {**named[head][2], "quoted_wrong": said})
    return [n for i, n in enumerate(named) if i not in described]


def misplaced_figures(answer: str, article) -> list[tuple[str, str, bool]]:
    """(figure, note, whether the kit can tell it is wrong) for each figure an answer credits to an account that
    does not give it: given to a text the kit holds in full, or to a speaker or a party when only other speakers give
    it ("Silo says 3,500", "Russia says 4,000"), it is a misquote; given to a speaker when an article also gives
    it in its own words, or when no text does, the kit cannot check it (the speaker's own words are elsewhere).
    A party is checked against every account of it, whichever of its names the answer uses (teacher 47 #9).

    >>> misplaced_figures("Some 3,500 left.", "Plain text.")
    []
    """
    accounts = held_accounts(article)
    out = []
    every = accounts + (party_accounts(accounts) + two_articles(accounts) if accounts else [])
    credited = credited_figures(answer, every)
    if accounts:  # "Ivan Petrov says 4,000": a reporter the kit holds no account of leaves the figure unchecked
        out += unknown_reported(answer, every, {f for f, _ in credited}, figure_holders)
    if accounts:  # "three thousand five hundred": the kit reads figures as the texts write them (teacher 53 #11)
        spelled = dict(figures_in_words(answer))
        out += [(next(iter(spelled)), in_words_note(spelled, accounts), False)] if spelled else []
    for figure, owners in credited:
        out += [(figure, miscast_note(a), True) for a in owners if a.get("miscast")]  # "Dillon, the Kremlin spokesman"
        out += [(figure, quoted_note(a), True) for a in owners if a.get("quoted_wrong")]  # "Dillon, whom RT quoted,"
        out += [(figure, f"The kit cannot tell which article gives '{figure}' in your sentence: both titles name that "
                 f"side. Name the article by its id ({a['label']})", False) for a in owners[:1] if a.get("unsure")]
        if any(a.get("both") or a.get("unsure") for a in owners):  # "the articles leave out the 4,000" (teacher 55 #1)
            out += [(figure, note, True) for a in owners[:1] if a.get("both") for note in [both_note(figure, a)] if note]
            continue
        owners = [a for a in owners if a.get("party")] or owners  # "the Pentagon": the party, in all its accounts
        key = figure.replace(",", "")
        within = [a["within"] for a in owners if a.get("within")]
        names = {re.sub(r"'s words$", "", a["label"]) for a in owners}
        # "us-rescue says Silo counted 4,000"; "russia-charges uses the AP's 4,000" (its 4,000 is Silo's: t54 #13)
        if within and (not any(a["text"] == within[0]["text"] for a in owners)
                       or within[0]["figures"].get(key) not in (None, *names)):  # its own: no one's (t55 #9)
            whose = " or ".join(dict.fromkeys(re.sub(r"'s words$", "", a["label"]) for a in owners))
            how, theirs = texts_giving(figure, accounts)
            if how and not names & theirs:  # "uses the BBC's 4,000": no text gives it as the BBC's (teacher 54 #13)
                out.append((figure, no_text_gives(figure, whose, how), True))
                continue
            out.append((figure, f"{within[0]['label']} does not give '{figure}' as {whose}'s" + (
                f": {how}" if how else "") + f". Say which text gives it as {whose}'s", True))
            continue
        unsourced = [a for a in owners if a.get("unsourced") and a["figures"].get(key)]
        if unsourced:  # "russia-charges-pentagon gives 4,000 with no source": it credits Talal Silo (teacher 54 #5)
            out.append((figure, f"{unsourced[0]['label']} gives '{figure}' as {unsourced[0]['figures'][key]}'s words, "
                        "not with no source. Say whose figure it is", True))
            continue
        if any(a.get("lacks") for a in owners):  # "us-rescue leaves out the 3,500": wrong only where it gives it
            out += [(figure, f"'{figure}' is in {a['label']}, but your sentence says it leaves it out. Read it again, "
                     "and say which figure it leaves out", True) for a in owners[:1] if key in a["figures"]]
            continue
        if any(a.get("against") for a in owners):  # "Moscow rejected the report that 4,000 left": its stand against
            out.append(stand_against(figure, owners, figure_holders(figure, accounts, answer)))
            continue
        quoted = [a for a in owners if a.get("by_outlet") and a["figures"].get(key)]
        if quoted and not any(a["figures"].get(key) == "" for a in owners):  # "Global Research says 3,000" (t54 #6)
            outlet, who = quoted[0]["outlet_name"], quoted[0]["figures"][key]
            out.append((figure, f"{outlet} gives '{figure}' only in {who}'s words: it quotes {who}, so it is not "
                        f"{outlet}'s own figure. Say whose figure it is", True))
            continue
        if any(key in a["figures"] for a in owners):
            left_out = [a for a in owners if key in a.get("excepted", ())]
            # "Silo's 500, almost all armed"; not "all but about 500", nor "500 were not armed" (said the other way)
            if left_out and not any(re.search(ALL_BUT + r"$", answer[:m.start()]) or re.match(
                    r"[^.;]{0,40}?(\bnot\b|n't\b|\bnever\b|\bno\b|\bun[a-z]+ed\b)", answer[m.end():])
                    for m in re.finditer(rf"(?<![\d,]){re.escape(figure)}(?![\d,])", answer)):
                out.append((figure, f"In {left_out[0]['label']}, '{figure}' comes after 'all but': it counts the ones "
                            f"left out ('all but {figure}' means all except {figure}). Say what each figure counts", True))
            counted = [note for a in owners if key in a["figures"] for note in [counted_in(answer, figure, a, article)] if note]
            out += [(figure, counted[0], True)] if counted else []  # "300 ISIS fighters left" (teacher 54 #11)
            continue
        where = figure_holders(figure, accounts, answer)
        gives = given_figures(owners)
        elsewhere = f"'{figure}' is {where}" if where else f"no text the kit holds gives '{figure}'"
        owner = " or ".join(dict.fromkeys(a["label"] for a in owners))
        own_voice = [a for a in accounts if not a["one_voice"] and not a.get("outlet") and a["figures"].get(key) == ""]
        spoken = [a for a in accounts if a["one_voice"] and key in a["figures"]]
        if any(a.get("party") for a in owners) and spoken:  # another speaker's figure, given as the party's
            why = named_with(article, spoken, {a["party"] for a in owners if a.get("party")})
            out.append((figure, f"The texts the kit holds do not give '{figure}' as {owner} figure, in any of its "
                        f"names{gives}: {elsewhere}. Say whose figure it is{why}", True))
        elif where and all(a.get("person") for a in owners):  # "Lavrov said 3,500": someone else's (teacher 53 #6)
            whose = " or ".join(dict.fromkeys(re.sub(r"'s words$", "", a["label"]) for a in owners))
            out.append((figure, f"The texts the kit holds give no figure of {whose}'s: {elsewhere}. Say whose figure "
                        "it is", True))
        elif any(a["names"][:1] == (a["text"],) or a.get("outlet") for a in owners) or (where and not own_voice and not any(
                a.get("party") for a in owners)):  # held in full, or swapped
            out.append((figure, f"'{figure}' is not in {owner}{gives}: {elsewhere}. Say whose figure it is", True))
        else:  # the kit holds only what the texts quote of a speaker or a party (or nothing): it cannot check it
            whose = " or ".join(dict.fromkeys(re.sub(r"'s( words)?$", "", a["label"]) for a in owners))
            held = (f"only some of {whose}'s words, as the texts quote them{gives}" if gives else
                    f"no figure of {whose}'s")
            out.append((figure, f"The kit holds {held}: it cannot check '{figure}' as theirs, so it does not count "
                        f"as your example" + (f" ('{figure}' is {where})" if where else ""), False))
    once: dict = {}  # each note once (teacher 53 #13), wrong where any sentence that gives it is
    for figure, note, wrong in out:
        once[note] = (figure, note, wrong or once.get(note, ("", "", False))[2])
    # "No text gives '4,000' as BBC's" says all there is: not also that the kit cannot check it (teacher 54 #13)
    told = {figure for figure, note, wrong in once.values() if wrong and note.startswith("No text gives")}
    return [(f, note, wrong) for f, note, wrong in once.values() if wrong or f not in told]


def no_text_gives(figure: str, whose: str, how: str) -> str:
    """The note for a figure credited to a source no text the kit holds gives it as (teacher 54 #13): how the texts
    give it instead (``how``: :func:`.figure_accounts.texts_giving`), in one short sentence.

    >>> no_text_gives("4,000", "BBC", "a gives it with no source")
    "No text gives '4,000' as BBC's: a gives it with no source. Say whose it is"
    """
    return f"No text gives '{figure}' as {whose}'s: {how}. Say whose it is"

