"""The accounts the kit holds for lesson 03, Exercise 3, each with the names a student may call it by and the
figures it gives: each text, each speaker a text credits a figure to, each party (:func:`party_accounts`).
:func:`.evidence.misplaced_figures` checks a figure an answer credits against them.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": ["Some title"], "author": [""], "text": ["Some 4,000 left."]})
    >>> [(a["label"], a["figures"]) for a in held_accounts(t)]
    [('a', {'4000': ''})]
"""

from __future__ import annotations

import copy
import re

from ..cache import Memo, row_keys

__all__ = ["the_name", "FIGURE", "ALL_BUT", "title_names", "byline_names", "held_accounts", "read_accounts", "ACCOUNTS_MEMO", "outlet_accounts", "people_accounts", "is_year", "parties_named", "party_accounts", "texts_giving", "miscast_note", "two_articles", "both_note", "given_figures", "body_account", "quoted_note"]


# a figure the answer gives as the article's: digits, 100 or more (counts of what the kit found are small), not a year
# and not a rate or a count of the kit's own things ("per 1,000 words", "120 loaded words")
FIGURE = (r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{3,})(?!\w|,\d|\.\d)(?! (?:words?|loaded|quot\w*|times|hedges?|boosters?|"
          r"labels?|sentences?|paragraphs?|characters?)\b)")


def title_names(row, table) -> list[str]:
    """The names a student may give a text by its title or outlet: the whole title, its first three and two words
    ("russia charges pentagon", "us rescue"), and its outlet when the outlet has this one text in the table ("wsws").
    A short name stops before the title's first function word ("is", "of", "to": :data:`kit.words.FUNCTION_WORDS`):
    "Syria: Is US Fighting ISIS …?" is no "syria is", so "Syria is where 4,000 …" names no article.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["WSWS", "RT"],
    ...                   "title": ["US rescue of ISIS", "Syria: Is US Fighting ISIS?"]})
    >>> [title_names(row, t) for row in t.itertuples()]
    [['us rescue of isis', 'us rescue', 'wsws'], ['syria is us fighting isis', 'rt']]
    """
    from ..words import FUNCTION_WORDS

    title = " ".join(re.findall(r"[\w'-]+", str(getattr(row, "title", "") or "").lower()))
    words = title.split()
    # the words before the first function word after the first word ("us rescue | of isis", "syria | is us …")
    lead = next((i for i, w in enumerate(words) if i and w in FUNCTION_WORDS), len(words))
    outlet = str(getattr(row, "outlet", "") or "").strip()
    one = outlet and "outlet" in table.columns and int((table["outlet"] == outlet).sum()) == 1
    return list(dict.fromkeys(([title] if title else []) + [" ".join(words[:n]) for n in (3, 2)
                                                             if len(words) > n and n <= lead]
                              + ([outlet.lower()] if one else [])))


def byline_names(author: str) -> list[str]:
    """The names a student may give a text by its writer ("Van Auken says …": the article speaks through its byline,
    as "WSWS says …" does, teacher 57 #9): the whole name and the name without its first word, lowered; none for
    an author field with a role in brackets (one speaker's own words) or of one word.

    >>> byline_names("Bill Van Auken"), byline_names("Col. Ryan Dillon (spokesman)"), byline_names("Reuters")
    (['bill van auken', 'van auken'], [], [])
    """
    words = re.findall(r"[A-Z][\w'’-]*", author) if "(" not in author else []
    return [" ".join(words).lower(), " ".join(words[1:]).lower()] if len(words) > 1 and len(words) == len(author.split()) else []


#: held_accounts' recent results, by the tables' rows and the data files' versions (kit.cache clears it)
ACCOUNTS_MEMO = Memo(size=64)


def held_accounts(article) -> list[dict]:
    """:func:`read_accounts` of ``article``, worked out once per version of its rows and of the data files (a check
    reads them several times for one answer); each call gets its own copy.

    >>> import pandas as pd
    >>> table = pd.DataFrame({"article_id": ["a"], "text": ["Some 3,500 people left."], "author": ["Jo Bell (spokesman)"]})
    >>> held_accounts(table) == held_accounts(table) and held_accounts(table) is not held_accounts(table)
    True
    """
    from ..datafiles import data_dir, data_stamp, file_stamp

    tables = [t for t in (article if isinstance(article, (list, tuple)) else [article]) if hasattr(t, "columns")]
    rows = [row_keys(t) for t in tables]
    if any(r is None for r in rows):
        return read_accounts(article)
    key = (tuple((tuple(map(str, t.columns)), tuple(r)) for t, r in zip(tables, rows)), data_stamp(),
           file_stamp(data_dir()))
    held = ACCOUNTS_MEMO.get(key)
    if held is None:
        held = read_accounts(article)
        ACCOUNTS_MEMO.put(key, held)
    return copy.deepcopy(held)


def read_accounts(article) -> list[dict]:
    """The accounts a table (or a list of tables) of texts holds, each with the names a student may call it by and
    the figures (digits only) it gives: each text, by its ``article_id`` (a text that is one speaker's words, its
    author with a role in brackets, also by that role and name: "the spokesman", "Dillon"), and each speaker the
    kit credits a figure to inside a text (:func:`kit.trace_claim`: "Silo's 4,000"). A plain text holds none.

    >>> import pandas as pd
    >>> table = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "author": ["Jo Bell (spokesman)"],
    ...                       "text": ["Some 3,500 people left."]})
    >>> [(a["label"], a["names"], a["figures"]) for a in held_accounts(table)]
    [("the spokesman's words", ('a', 'spokesman', 'jo bell', 'bell'), {'3500': ''})]
    >>> held_accounts("Plain text.")
    []
    """
    from ..sourcing import trace_claim
    from .figure_counts import counted_noun
    from .figure_sides import described_sides, quoters
    from .source_checks import ROLE_WORDS

    tables = [t for t in (article if isinstance(article, (list, tuple)) else [article]) if hasattr(t, "columns")]
    out: dict[str, dict] = {}
    for table in tables:
        for row in table.itertuples():
            author = str(getattr(row, "author", "") or "")
            role = re.search(r"^([^(]*?)\s*\(\s*(\w+)", author)  # "Col. Ryan Dillon (spokesman of …)"
            names = [row.article_id]
            if role and role.group(2).lower() in ROLE_WORDS:
                person = [w for w in re.findall(r"[A-Z][a-z]+", role.group(1)) if w not in ("Col", "Gen", "Mr", "Ms", "Dr")]
                names += [role.group(2).lower()] + ([" ".join(person[-2:]).lower(), person[-1].lower()] if person else [])
            label = f"the {role.group(2).lower()}'s words" if len(names) > 1 else row.article_id
            voice = len(names) > 1  # one speaker's words (a role in the author field), not an article of many voices
            names += [] if voice else title_names(row, table) + byline_names(author)  # "the US rescue article" (t47 #1)
            # whom a speaker's own text speaks for: the parties its author field and notes name ("spokesman of the
            # US-led coalition", "at a Pentagon press briefing"); an article of many voices speaks for none
            where = f"{author} {getattr(row, 'notes', '') or ''}" if voice else ""
            outlet = str(getattr(row, "outlet", "") or "").strip()  # "WSWS says …": the outlet, by its one text
            out[row.article_id] = {"label": label, "names": tuple(names), "one_voice": voice, "figures": {},
                                   "title": str(getattr(row, "title", "") or ""),
                                   "written": {}, "text": row.article_id, "parties": parties_named(where, cased=True),
                                   "outlet_name": outlet if outlet.lower() in names else "",
                                   "quoted_by": quoters(author) if voice else {}}  # "as quoted by Rudaw" (t57 #3)
        figures = {m.group(1) for text in table["text"] for m in re.finditer(FIGURE, str(text))}
        texts = {article_id: str(text) for article_id, text in zip(table["article_id"], table["text"])}
        # "all but about 500 of them armed": 500 are the ones left out, in every account of that text
        excepted = {(article_id, m.group(1).replace(",", "")) for article_id, text in zip(table["article_id"], table["text"])
                    for m in re.finditer(FIGURE, str(text)) if re.search(ALL_BUT + r"$", str(text)[:m.start()])}
        for figure in sorted(f for f in figures if not is_year(f)):  # "in 2014" is no head count (teacher 47 #10)
            for article_id, speaker, kind in trace_claim(table, figure)[
                    ["article_id", "attribution", "attribution_type"]].values.tolist():
                # "": in its own voice; a body with its "the" ("the Russian General Staff"), as its label (t58 #14)
                out[article_id]["figures"].setdefault(figure.replace(",", ""), the_name(speaker, kind) if speaker else "")
                out[article_id]["written"].setdefault(figure.replace(",", ""), figure)
                if (article_id, figure.replace(",", "")) not in excepted:  # "all but 500 … fighters": not fighters
                    out[article_id].setdefault("counts", {}).setdefault(
                        figure.replace(",", ""), counted_noun(texts.get(article_id, ""), figure))
                if (article_id, figure.replace(",", "")) in excepted:
                    out[article_id].setdefault("excepted", set()).add(figure.replace(",", ""))
                if speaker and not out[article_id]["one_voice"]:
                    # a speaker inside an article is named without it: the student may not have named the article
                    new = f"{speaker}|{article_id}" not in out
                    who = out.setdefault(f"{speaker}|{article_id}", {
                        "label": f"{the_name(speaker, kind)}'s words", "one_voice": True, "figures": {}, "written": {},
                        "text": article_id, "parties": parties_named(speaker), "body": kind == "organisation",
                        "names": tuple(dict.fromkeys([
                            speaker.lower(), *([speaker.split()[-1].lower()] if kind == "named person" else [])]))})
                    if new:  # whom the text says they speak for: "the former spokesman of the SDF, Talal Silo" (t56 #8)
                        who["described"] = described_sides(texts.get(article_id, ""), who["names"])
                        who["sides"] = who["described"].get("sides", frozenset())
                    who["figures"][figure.replace(",", "")] = ""
                    who["written"][figure.replace(",", "")] = figure
                    who.setdefault("counts", {})[figure.replace(",", "")] = out[article_id]["counts"].get(figure.replace(",", ""), "")
                    who.setdefault("excepted", set()).update(out[article_id].get("excepted", set()) & {figure.replace(",", "")})
    accounts = list(out.values())
    return accounts + outlet_accounts(tables, accounts) + people_accounts(tables, accounts)


def outlet_accounts(tables, accounts: list) -> list[dict]:
    """One account for each outlet with more than one text in ``tables`` ("Global Research says 4,000"): it holds
    every figure its texts hold, each with whose words it is in ("" for the outlet's own). An outlet of one text is
    that text's name already (:func:`title_names`: "wsws").

    >>> import pandas as pd
    >>> t = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["GR", "GR"], "title": ["", ""], "author": ["", ""],
    ...                   "text": ["Some 3,000 left.", "None left."]})
    >>> [(a["label"], a["names"], a["figures"]) for a in held_accounts(t) if a.get("outlet")]
    [("GR's articles", ('gr',), {'3000': ''})]
    >>> t.loc[1, "text"] = "CNN said 200 left."
    >>> [a["figures"] for a in held_accounts(t) if a.get("outlet")]
    [{'3000': '', '200': 'CNN'}]
    """
    by_text = {a["text"]: a for a in accounts if not a["one_voice"]}
    out = []
    for table in tables:
        if "outlet" not in table.columns:
            continue
        for outlet, ids in table.groupby(table["outlet"].fillna("").astype(str).str.strip())["article_id"]:
            if not outlet or len(ids) < 2:
                continue
            theirs = [by_text[i] for i in ids if i in by_text]
            # each figure with whose words it is in, its own ("") where one of its texts gives it in its own voice
            figures = {f: who for a in theirs for f, who in a["figures"].items()}
            figures.update({f: "" for a in theirs for f, who in a["figures"].items() if not who})
            out.append({"label": f"{outlet}'s articles", "names": (outlet.lower(),), "one_voice": False, "outlet": True,
                        "outlet_name": outlet, "text": "", "parties": frozenset(), "figures": figures,
                        "written": {f: w for a in theirs for f, w in a["written"].items()}})
    return out


def people_accounts(tables, accounts: list) -> list[dict]:
    """One account for each person a text quotes or reports by name (``kit.quotes``: a "named person") who gives no
    figure in the texts ("Lavrov said 3,500"): the texts give no figure of theirs, so a figure credited to them is
    checked as one the texts give to someone else. A name another account has already is left to it.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "author": [""],
    ...                   "text": ["“We will leave,” said Ann Lee. Some 3,000 left."]})
    >>> [(a["label"], a["names"], a["figures"]) for a in held_accounts(t) if a.get("person")]
    [("Ann Lee's words", ('ann lee', 'lee'), {})]
    """
    from ..affiliations import speaks_for
    from ..sourcing import quotes

    known = {n for a in accounts for n in a["names"]}
    out: dict[str, dict] = {}
    for table in tables:
        if not {"article_id", "text"} <= set(table.columns) or table.empty:
            continue
        found = quotes(table)
        texts = {str(i): str(t) for i, t in zip(table["article_id"], table["text"])}
        people = found.loc[found["speaker_type"] == "named person", ["article_id", "speaker"]].dropna()
        for article_id, speaker in people.drop_duplicates().values.tolist():
            names = tuple(dict.fromkeys([speaker.lower(), speaker.split()[-1].lower()]))
            if any(n in known for n in names) or speaker in out:
                continue
            out[speaker] = {"label": f"{speaker}'s words", "names": names, "one_voice": True, "person": True,
                            "figures": {}, "written": {}, "text": article_id, "parties": frozenset(),
                            "body": speaks_for(texts.get(article_id, ""), speaker)}  # "Gerasimov's staff" (t57 #10)
    return list(out.values())


def is_year(figure: str) -> bool:
    """True for a year as a text writes it: four digits from 1900 to 2099, with no comma ("2014", not "2,014").

    >>> is_year("2014"), is_year("2,014"), is_year("4000")
    (True, False, False)
    """
    return bool(re.fullmatch(r"(19|20)\d\d", figure))


def parties_named(words: str, cased: bool = False) -> frozenset:
    """The parties (concepts of ``data/concepts.csv``) that names in ``words`` stand for, each of its names alike
    ("the Pentagon", "Washington", "the US": United States; "the Kremlin", "Moscow", "Russian": Russia); a name inside
    a hyphened word counts ("US-led"). ``cased``: names as written with their capitals (a text's own fields).

    >>> sorted(parties_named("Pentagon")), sorted(parties_named("Russian General Staff"))
    (['United States'], ['Russia'])
    >>> sorted(parties_named("spokesman of the US-led coalition", cased=True)), parties_named("Talal Silo")
    (['Coalition', 'United States'], frozenset())
    """
    from .headline_sources import actor_names

    found = set()
    for name, concept in actor_names().items():
        flags = 0 if cased or len(name) <= 2 else re.IGNORECASE  # "US" and "IS" only in capitals, never "us"
        if re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", words, flags):
            found.add(concept)
    return frozenset(found)


def the_name(name: str, kind: str = "") -> str:
    """A speaker's name as a sentence writes it: with "the" where ``data/concepts.csv`` writes it so, or where the kit
    reads it as an organisation (``kind``, :func:`kit.trace_claim`'s ``attribution_type``): "in the Pentagon's words",
    "in the Russian General Staff's words", not "in Pentagon's words" (teacher 58 #14); a person's or an outlet's name
    as it is.

    >>> the_name("Pentagon"), the_name("Kremlin"), the_name("Russian General Staff", "organisation")
    ('the Pentagon', 'the Kremlin', 'the Russian General Staff')
    >>> the_name("Ryan Dillon", "named person"), the_name("the Kremlin"), the_name("CNN", "media outlet")
    ('Ryan Dillon', 'the Kremlin', 'CNN')
    """
    from ..concepts import load_concepts

    the = {s[4:].lower() for s in load_concepts()["surface"].astype(str) if s.startswith("the ")}
    if name.lower().startswith("the ") or (name.lower() not in the and kind != "organisation"):
        return name
    return f"the {name}"


def party_accounts(accounts: list) -> list[dict]:
    """One account for each name of a party (``data/concepts.csv``), as a student may credit a figure to it with no
    text named ("The Pentagon says 3,500", "Russia says 4,000"): it gives every figure that any account the kit holds
    gives in that party's name, whichever of its names the student uses.

    >>> acc = [{"parties": frozenset({"United States"}), "figures": {"3500": ""}, "written": {"3500": "3,500"}}]
    >>> [(a["label"], a["figures"]) for a in party_accounts(acc) if a["names"] in (("washington",), ("kremlin",))]
    [("the Kremlin's", {}), ("Washington's", {'3500': ''})]
    """
    from ..concepts import load_concepts
    from .figure_parties import party_names

    table = load_concepts()
    the = {s[4:] for s in table["surface"].astype(str) if s.startswith("the ")}  # "the Kremlin", as the table writes it
    bare = {re.sub(r"^the ", "", s) for s in table["surface"].astype(str)}  # not an adjective ("Russian": the side)
    out = []
    for name, concept in sorted(party_names().items()):  # "the coalition" too (teacher 50 #5)
        theirs = [a for a in accounts if concept in a.get("parties", ())]
        short = len(name) <= 2  # "US": in capitals only
        # "the Kremlin", "the Syrian government", "the United States"; a name of one word or a person's, without
        the_ = name in the or (" " in name and not name.startswith("President"))
        # "the SDF": an initialism read letter by letter (no vowel to read it as a word, unlike "ISIS") takes "the";
        # a name that ends in a plural "s" takes the apostrophe alone ("the Syrian Democratic Forces'")
        the_ = the_ or bool(re.fullmatch(r"[B-DF-HJ-NP-TV-Z]{2,}", name))
        mark = "'" if re.search(r"[a-z]s$", name) else "'s"
        out.append({"label": f"the {name} side's" if name not in bare else f"{'the ' * the_}{name}{mark}", "names": (f"the {name.lower()}",) if short else (name.lower(),), "cased": (name,) if short else (),
                    "party": concept, "one_voice": True, "text": "",
                    "figures": {f: "" for a in theirs for f in a["figures"]},
                    "written": {f: w for a in theirs for f, w in a.get("written", {}).items()},
                    "counts": {f: n for a in theirs for f, n in a.get("counts", {}).items()},
                    "sources": {f: a.get("label", "") for a in theirs for f in a["figures"]}})
    return out


#: the words before a figure that make it the ones left out: "all but (about) 500", "all but ~500" (t55 #13), "except 500"
ALL_BUT = r"\b(?:all but|except(?: for)?|apart from|other than|besides|save for)\s+(?:about |some |around |roughly |nearly |almost |~ ?)?"


def texts_giving(figure: str, accounts: list) -> tuple[str, set]:
    """How each text the kit holds gives ``figure``, in a few words, and whose words the texts give it as ("" for a
    text's own): "us-rescue gives it with no source, russia-charges gives it as Talal Silo's" (teacher 54 #13: what
    a student needs to say whose figure it is, and no more).

    >>> acc = [{"label": "a", "names": ("a",), "text": "a", "one_voice": False, "figures": {"4000": ""}},
    ...        {"label": "b", "names": ("b",), "text": "b", "one_voice": False, "figures": {"4000": "Ann Lee"}},
    ...        {"label": "the spokesman's words", "names": ("c",), "text": "c", "one_voice": True, "figures": {"4000": ""}}]
    >>> how, whose = texts_giving("4,000", acc)
    >>> how, sorted(whose)
    ("a gives it with no source, b gives it as Ann Lee's, the spokesman gives it", ['', 'Ann Lee', 'the spokesman'])
    """
    key, parts, whose = figure.replace(",", ""), [], set()
    for a in accounts:
        if a.get("party") or a.get("outlet") or key not in a["figures"] or a["names"][:1] != (a.get("text"),):
            continue  # the texts only, each once: not a speaker inside one, a party or an outlet
        who = a["figures"][key]
        name = re.sub(r"'s words$", "", a["label"])  # "the spokesman's words": the spokesman
        whose.add(who or (name if a["one_voice"] else ""))  # a speaker's own text gives it as theirs
        parts.append(f"{name} gives it" + (f" as {who}'s" if who else "" if a["one_voice"] else " with no source"))
    return ", ".join(parts), whose


def miscast_note(speaker: dict) -> str:
    """The note for a speaker given a side the texts do not give them ("Dillon, the Kremlin spokesman, says 3,500":
    teacher 55 #7; "Silo, the Kremlin's spokesman": teacher 56 #8): whom the texts say they speak for (``sides``, read
    from the text's description of them, or else ``parties``), or spoke for, where the text says "former".

    >>> miscast_note({"label": "the spokesman's words", "names": ("c", "spokesman", "ryan dillon"),
    ...               "parties": frozenset({"Coalition", "United States"}), "miscast": {"label": "the Kremlin's"}})
    'In the texts, Ryan Dillon speaks for the coalition, not for the Kremlin: check whom each speaker speaks for'
    >>> miscast_note({"label": "Talal Silo's words", "names": ("talal silo", "silo"), "parties": frozenset(),
    ...               "sides": frozenset({"SDF"}), "described": {"former": True, "role": "spokesman"},
    ...               "miscast": {"label": "the Pentagon's"}})
    'In the texts, Talal Silo is a former spokesman of the SDF, not of the Pentagon: check whom each speaker speaks for'
    """
    who = next((n.title() for n in speaker["names"] if " " in n and "-" not in n), re.sub(r"'s words$", "", speaker["label"]))
    sides = sorted(speaker.get("sides") or speaker["parties"])
    side = "the coalition" if "Coalition" in sides else " and ".join(
        ("the " if p in ("United States", "SDF") else "") + p for p in sides)
    cast = re.sub(chr(39) + 's?$', '', speaker['miscast']['label'])
    described = speaker.get("described") or {}
    if described.get("former"):  # "the former official spokesman of the SDF": he spoke for it once
        return (f"In the texts, {who} is a former {described['role']} of {side}, not of {cast}: check whom each speaker "
                "speaks for")
    return f"In the texts, {who} speaks for {side}, not for {cast}: check whom each speaker speaks for"


def quoted_note(speaker: dict) -> str:
    """The note for an outlet an answer says quoted a speaker when the texts name others ("Dillon, whom RT quoted,":
    teacher 57 #3): who the texts say quoted them (``quoted_by``), and not the outlet the answer names.

    >>> quoted_note({"label": "the spokesman's words", "names": ("c", "spokesman", "ryan dillon"),
    ...              "quoted_by": {"Rudaw": "Rudaw", "Sputnik": "Sputnik"}, "quoted_wrong": "RT"})
    'In the texts, Rudaw and Sputnik quote Ryan Dillon, not RT: check who quotes each speaker'
    """
    who = next((n.title() for n in speaker["names"] if " " in n and "-" not in n), re.sub(r"'s words$", "", speaker["label"]))
    verb = "quote" if len(speaker["quoted_by"]) > 1 else "quotes"
    return (f"In the texts, {' and '.join(speaker['quoted_by'].values())} {verb} {who}, not {speaker['quoted_wrong']}: "
            "check who quotes each speaker")


#: the words for a text after a side's name or an outlet's ("the Russian article", "WSWS's piece")
TEXT_NOUNS = ("article", "one", "piece", "story", "text")


def two_articles(accounts: list) -> list[dict]:
    """The two articles of lesson 03's Exercise 3, as a student names them together or by a side (teacher 55 #1, #2):
    the texts held in full that share a figure with another text (both give the convoy's "4,000"). One account for
    them together ("the articles", "both articles", "neither article": ``both`` holds the two), and each article takes
    the names of the sides its title names that the other's does not ("the Russian article"), from the titles.

    >>> a = {"label": "a", "names": ("a",), "text": "a", "one_voice": False, "figures": {"4000": ""}, "title": "Russia charges"}
    >>> b = {"label": "b", "names": ("b",), "text": "b", "one_voice": False, "figures": {"4000": "", "100": "BBC"}, "title": "US rescue"}
    >>> both = two_articles([a, b])
    >>> both[0]["label"], sorted(both[0]["figures"]), "russian article" in a["names"], "the us one" in b["names"]
    ('the two articles', ['4000'], True, True)
    >>> b["title"] = "US rescue, Russia says"  # a side both titles name names neither article
    >>> [(x["label"], x["unsure"]) for x in two_articles([a, b]) if x.get("unsure")]
    [('a or b', ['Russia'])]
    """
    from .figure_parties import party_names

    texts = [a for a in accounts if not a["one_voice"] and not a.get("outlet") and a["names"][:1] == (a["text"],)]
    shared = [a for a in texts if any(f in b["figures"] for b in texts if b is not a for f in a["figures"])]
    if len(shared) != 2:
        return []
    sides = [parties_named(a.get("title", ""), cased=True) for a in shared]
    names = {}
    for name, concept in party_names().items():
        names.setdefault(concept, set()).add(name.lower())
    for a, own, other in ((shared[0], sides[0], sides[1]), (shared[1], sides[1], sides[0])):
        words = {w for concept in own - other for w in names.get(concept, set())}  # "russian", "moscow", "us"
        a["names"] = tuple(dict.fromkeys([*a["names"], *(("the " if len(w) <= 3 else "") + f"{w} {noun}"
                                                           for w in sorted(words) for noun in TEXT_NOUNS)]))
    common = sorted({w for concept in sides[0] & sides[1] for w in names.get(concept, set())})  # "the US article"
    unsure = [{"label": " or ".join(a["label"] for a in shared), "names": tuple(("the " if len(w) <= 3 else "") + f"{w} {noun}"
                                                                                for w in common for noun in TEXT_NOUNS),
               "one_voice": False, "text": "", "unsure": sorted(sides[0] & sides[1]), "parties": frozenset(),
               "figures": {}, "written": {}}] if common else []
    together = ("the articles", "both articles", "the two articles", "both the articles", "neither article",
                "neither of the articles", "the two texts", "both texts")
    return [{"label": "the two articles", "names": together, "one_voice": False, "text": "", "both": shared,
             "parties": frozenset(), "figures": {f: "" for f in shared[0]["figures"] if f in shared[1]["figures"]},
             "written": {}}] + unsure


def both_note(figure: str, account: dict) -> str:
    """The note for a figure an answer says both articles give, or leave out ("The articles leave out the 4,000",
    "Neither article gives the 4,000", "Both articles use the 3,500": teacher 55 #1), where one of them does not; ""
    where the sentence is true of each.

    >>> arts = [{"label": "a", "figures": {"4000": ""}}, {"label": "b", "figures": {"4000": "", "100": ""}}]
    >>> both_note("4,000", {"both": arts, "lacks": True}), both_note("100", {"both": arts})
    ("'4,000' is in a and in b, but your sentence says the articles leave it out. Say which article gives which figure", "'100' is not in a, but your sentence says both articles give it. Say which article gives which figure")
    >>> both_note("4,000", {"both": arts})
    ''
    """
    key, arts = figure.replace(",", ""), account["both"]
    if account.get("lacks") or account.get("neither"):
        giving = [a["label"] for a in arts if key in a["figures"]]
        return (f"'{figure}' is in {' and in '.join(giving)}, but your sentence says the articles leave it out. Say "
                "which article gives which figure") if giving else ""
    missing = [a["label"] for a in arts if key not in a["figures"]]
    return (f"'{figure}' is not in {' or '.join(missing)}, but your sentence says both articles give it. Say which "
            "article gives which figure") if missing else ""


def given_figures(owners: list) -> str:
    """What the ``owners`` (accounts of one speaker or party) give, for a note's "(they give …)": each figure as the
    texts write it with what it counts (student 48 #4: "100 vehicles", not "100"), and, for a party whose figures are
    in several accounts, in whose words each is (teacher 57 #9: the 300 and 3,500 are the coalition spokesman's);
    "" where they give none.

    >>> given_figures([{"label": "BBC's words", "written": {"100": "100"}, "counts": {"100": "vehicles"}}])
    ' (they give 100 vehicles)'
    >>> given_figures([{"label": "the Pentagon's", "party": "US", "written": {"300": "300", "1000": "1,000"},
    ...                 "counts": {"1000": "fighters"}, "sources": {"300": "the spokesman's words", "1000": "Pentagon's words"}}])
    " (they give 300 in the spokesman's words, and 1,000 fighters in Pentagon's words)"
    >>> given_figures([{"label": "the Kremlin's", "party": "Russia", "written": {"750": "750"}, "counts": {},
    ...                 "sources": {"750": "Russian General Staff's words"}}])
    " (they give 750 in Russian General Staff's words)"
    """
    theirs = sorted({f: w for a in owners for f, w in a.get("written", {}).items()}.items(), key=lambda f: int(f[0]))
    counts = {f: n for a in owners for f, n in a.get("counts", {}).items() if n}
    sources = {f: s for a in owners for f, s in a.get("sources", {}).items()}
    groups: dict[str, list] = {}
    for key, written in theirs:
        groups.setdefault(sources.get(key, ""), []).append(written + (f" {counts[key]}" if key in counts else ""))
    if not groups:
        return ""
    if len(groups) == 1 and not (any(a.get("party") for a in owners) and next(iter(groups))):
        return f" (they give {' and '.join(next(iter(groups.values())))})"
    return " (they give " + ", and ".join(f"{' and '.join(figs)} in {whose}" for whose, figs in groups.items()) + ")"


def body_account(person: dict, noun: str, accounts: list) -> dict | None:
    """The account of the body a ``person`` heads, for "<name>'s ``noun``" where the noun is a word for a body
    (:data:`.source_checks.BODY_WORDS`, "staff", "team"): "Gerasimov's staff" is the Russian general staff, as the
    text describes him ("chief of the Russian military's general staff": :func:`kit.affiliations.speaks_for`, read
    into the person's ``body``), teacher 57 #10. The body's account among ``accounts`` (a speaker of that name, or a
    party of it), where the noun is in the body's name or the body's name has no word for a body ("US"); else None.

    >>> staff = {"label": "Russian General Staff's words", "names": ("russian general staff",), "one_voice": True}
    >>> lee = {"label": "Ann Lee's words", "names": ("ann lee",), "person": True, "body": "Russian General Staff"}
    >>> body_account(lee, "staff", [staff])["label"], body_account(lee, "ministry", [staff])
    ("Russian General Staff's words", None)
    """
    from .source_checks import BODY_WORDS

    body = str(person.get("body") or "").lower()
    words = set(re.findall(r"[a-z]+", body))
    if not body or noun not in BODY_WORDS | {"staff", "team"} or (noun not in words and words & (BODY_WORDS | {"staff"})):
        return None
    return next((a for a in accounts if body in a["names"] or (a.get("party") and a["names"] in ((body,), (f"the {body}",)))),
                None)
