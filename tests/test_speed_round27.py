"""Round 27 (issue 25): the ``speaks_for`` column of kit.sources reads each article's gazetteer hits and word sets
once, compiles no pattern for a name, and reads the words before a name with string operations; every answer stays
the same (made-up sentences, US/Pentagon/Washington and Russia/Kremlin/Moscow/Syria sides alike)."""

import random
import re

import pandas as pd

import kit.affiliations as affiliations
from kit.affiliations import speaks_for, with_speaks_for

#: (text with {name}, the party on the US side, the same on the Russian or Syrian side): mirror pairs
MIRRORS = [
    ("Pentagon spokesman {name} said so.", "Kremlin spokesman {name} said so.", "Pentagon", "Kremlin"),
    ("{name}, a Pentagon spokeswoman, said so.", "{name}, a Kremlin spokeswoman, said so.", "Pentagon", "Kremlin"),
    ("US Colonel {name} said so.", "Russian Colonel {name} said so.", "US", "Russia"),
    ("US Colonel {name} said so.", "Syrian Colonel {name} said so.", "US", "Syria"),
    ("a Washington lawyer, {name}, said so.", "a Moscow lawyer, {name}, said so.", "", ""),
    ("former Pentagon spokesman {name} said so.", "former Kremlin spokesman {name} said so.", "", ""),
    ("the spokesman for the Pentagon, {name}, said so.", "the spokesman for the Kremlin, {name}, said so.",
     "Pentagon", "Kremlin"),
    ("A US general has warned of war. Gen. {name} said so.", "A Russian general has warned of war. Gen. {name} said so.",
     "US", "Russia"),
    ("{name} of Washington said so. Pentagon officials agreed.", "{name} of Moscow said so. Kremlin officials agreed.",
     "", ""),
]
NAMES = ["Ann Lee", "Eric Pahon", "Ivan Petrov", "James “Mad Dog” Mattis", "Walid al-Moallem"]


def _name_of(written: str) -> str:
    return re.sub(r"“[^”]*”\s*", "", written)


def test_mirror_answers_are_parallel_and_the_column_gives_them():
    texts, rows, expected = {}, [], []
    for k, (us, ru, us_party, ru_party) in enumerate(MIRRORS):
        for written in NAMES:
            for side, template, party in (("us", us, us_party), ("ru", ru, ru_party)):
                aid = f"{k}-{side}-{written}"
                texts[aid] = template.format(name=written)
                rows.append({"article_id": aid, "source": _name_of(written), "source_type": "named person",
                             "gazetteer_type": ""})
                expected.append(party)
    table = pd.DataFrame(rows)
    got = with_speaks_for(table, texts).speaks_for.tolist()
    assert got == expected
    assert got == [speaks_for(texts[a], s) for a, s in zip(table.article_id, table.source)]


def test_party_hits_read_once_per_article(monkeypatch):
    calls = []
    real = affiliations.gazetteer_hits

    def counted(text, *args, **kwargs):
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(affiliations, "gazetteer_hits", counted)
    text = ("Pentagon spokesman Ann Lee said so. Kremlin spokesman Ivan Petrov disagreed. US Colonel Eric Pahon and "
            "Russian General Oleg Sidorov, a Moscow official, spoke in Washington.")
    table = pd.DataFrame({"article_id": ["a"] * 4, "source": ["Ann Lee", "Ivan Petrov", "Eric Pahon", "Oleg Sidorov"],
                          "source_type": ["named person"] * 4, "gazetteer_type": [""] * 4})
    assert with_speaks_for(table, {"a": text}).speaks_for.tolist() == ["Pentagon", "Kremlin", "US", "Russia"]
    assert len(calls) == 1


def test_no_pattern_compiled_for_a_name(monkeypatch):
    import re._compiler as compiler

    rng = random.Random(27)

    def made_up_name():
        return " ".join(rng.choice("BDKLMPT") + "".join(rng.choice("aeiou") + rng.choice("lnrstv") for _ in range(3))
                        for _ in range(2))

    def table_and_texts():
        texts, rows = {}, []
        for k, (us, ru, _a, _b) in enumerate(MIRRORS):
            for template in (us, ru):
                name = made_up_name()
                aid = f"{k}-{len(texts)}"
                texts[aid] = template.format(name=name) + f" {name.split()[-1]} added more."
                rows.append({"article_id": aid, "source": name, "source_type": "named person", "gazetteer_type": ""})
        return pd.DataFrame(rows), texts

    with_speaks_for(*table_and_texts())  # the kit's own patterns, compiled once
    compiled = []
    real = compiler.compile
    monkeypatch.setattr(compiler, "compile", lambda *a, **k: compiled.append(a[0]) or real(*a, **k))
    table, texts = table_and_texts()
    assert (with_speaks_for(table, texts).speaks_for != "").sum() >= len(MIRRORS)
    assert compiled == []


# the patterns the string reads replace (round 26's definitions), to check them against
_NICKNAME = r"(?:[“\"][^”\"\n]{1,25}[”\"][ \t]+)?"
_TOKEN_BEFORE = re.compile(r"(\S+)[ \t]+$")


def _name_start_by_pattern(text, name, s):
    first = name.split()[:-1]
    if not first:
        return s
    m = re.search(r"(?<![\w’'])" + r"[ \t]+".join(map(re.escape, first)) + r"[ \t]+" + _NICKNAME + r"$",
                  text[max(0, s - 80):s])
    return s - len(m.group(0)) if m else s


def _made_up_before_names(rng):
    bits = ["Gen.", "Pentagon", "Kremlin", "Moscow", "Washington", "Syrian", "spokesman", "the", "x", "_", "’", "'",
            "-", "é", " ", "  ", "\t", "\n", "\xa0", ",", "“", "”", '"', "*"]
    seps = [" ", "\t", "  ", " \t", "\n", "", "\xa0"]
    for _ in range(4000):
        name = rng.choice(NAMES + ["Lee", "A B C", "Jo \"X\" Lee"])
        first = name.split()[:-1]
        text = "".join(rng.choice(bits) for _ in range(rng.randint(0, 8)))
        text += "".join(f + rng.choice(seps) for f in first)
        if rng.random() < 0.5:
            text += rng.choice("“\"”") + "".join(rng.choice(["Iron", " ", "“", "”", '"', "\n", "a"])
                                                 for _ in range(rng.randint(0, 30)))
            text += rng.choice("”\"“") + rng.choice(seps)
        text += rng.choice(["", "\n", " \n", " "])
        if rng.random() < 0.3:
            text = "y" * rng.randint(40, 90) + text
        yield text + name.split()[-1] + rng.choice(["", " said", "-x", "s", "_"]), name, len(text)


def test_string_reads_find_what_the_patterns_found():
    rng = random.Random(2027)
    starts = 0
    for text, name, s in _made_up_before_names(rng):
        want = _name_start_by_pattern(text, name, s)
        starts += want != s
        assert affiliations._name_start(text, name, s) == want, (text, name)
        surname = name.split()[-1]
        assert list(affiliations._mentions(text, surname)) == \
            [m.span() for m in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])", text)], (text, surname)
        for pos in {rng.randint(0, len(text)) for _ in range(4)} | {s, len(text)}:
            lo = max(0, pos - rng.choice([60, 60, 3, 0]))
            m = _TOKEN_BEFORE.search(text, lo, pos)
            assert affiliations._token_before(text, lo, pos) == ((m.start(1), m.end(1)) if m else None), (text, pos)
    assert starts > 400  # the made-up texts give the whole name's start often, not only the surname's


def test_inside_hit_as_any_hit():
    text = "The Pentagon and the Kremlin met in Moscow, not in Washington, with Syrian and US officials."
    hits = affiliations.gazetteer_hits(text)
    assert len(hits) >= 4
    for at in range(len(text) + 1):
        assert affiliations._inside_hit(hits, at) == any(a <= at < b for a, b, *_ in hits)
    overlapping = [(0, 12, "Pentagon", "government"), (4, 20, "x", "government")]
    for at in range(25):
        assert affiliations._inside_hit(overlapping, at) == any(a <= at < b for a, b, *_ in overlapping)
