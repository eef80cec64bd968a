"""Whose words and whose claim a plan step traces: a step that gives the article's quoted words to a person who does not
say them in the article ("read Lavrov's briefing to see what he meant by 'as long as they want to fight'", words that
are Mattis's), that traces the words of a person the article never names ("to see what Lavrov really said" on an
article where Lavrov says nothing), or that checks a claim with its actor swapped ("the claim that the Kremlin helped
ISIS" where the article's headline has the US) would trace them to the wrong place. One rule for every speaker and
every side (teacher 53 #9, teacher 54 #4).

    >>> from kit.exercises import my_article
    >>> art = my_article(text='Defense Secretary Jim Mattis said the troops would stay “as long as they want to fight.” ' * 30,
    ...                  title="Troops")
    >>> misowned_words("I would read Lavrov's briefing to see what he meant by 'as long as they want to fight'.", art)
    [('as long as they want to fight', 'Lavrov', 'Jim Mattis')]
    >>> misowned_words("Lavrov says the troops would stay 'as long as they want to fight'.", art)
    [('as long as they want to fight', 'Lavrov', 'Jim Mattis')]
"""

from __future__ import annotations

import re

from .evidence import article_text, exact_quotes
from .plan_outlets import (
    named_in,
    named_people,
    quoted_people,
    reads_as_person,
    speaker,
    step_names,
    unknown_name,
)
from .plan_steps import NAMED_OUTLET, article_outlets, writer_names

__all__ = ["owners_named", "misowned_words", "misowned_note", "SAYER", "SPEAKS", "PLATFORMS", "absent_speakers", "absent_note", "swapped_claim",
           "swapped_note", "with_misowned"]

#: a name given words or a place where they were said: "Lavrov's briefing", "Mattis’s words"
OWNER = r"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})(?:'s|’s)\b"


def owners_named(sentence: str) -> list[str]:
    """The names ``sentence`` gives words or a place where they were said (:data:`OWNER`), but not a possessive that
    opens a description set off after another name (:func:`.figure_sides.description_span`): in "Mattis, Trump's
    defense secretary, says …" the boss describes Mattis, he is not the speaker (teacher 58 #6).

    >>> owners_named("Mattis, Trump's defense secretary, says it."), owners_named("Lavrov, Putin's foreign minister, said it.")
    (['Mattis'], ['Lavrov'])
    >>> owners_named("I would read Lavrov's briefing."), owners_named("Dillon says Mattis's words were clear.")
    (['Lavrov'], ['Mattis'])
    """
    from .figure_sides import description_span

    low = sentence.lower().replace("’", "'")
    described = [(m.group(), span) for m in re.finditer(r"\b[A-Z][\w.-]*(?= *,)", sentence)
                 for span in [description_span(low, m.end())] if span]
    # the name the description is set after is the speaker: "Peskov, Trump's spokesman, says …"
    heads = [name for name, (_, end) in described if re.match(rf"\s*,\s*(?:{SAYS})\b", low[end:])]
    return heads + [m.group(1) for m in re.finditer(OWNER, sentence) if not any(start == m.start() for _, (start, _) in described)]


def _flat(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", str(text).lower().replace("’", "'")))


def misowned_words(sentence: str, article=None) -> list[tuple[str, str, str]]:
    """Each (words, person named, who says them in ``article``) of a plan step that quotes the article's words and
    names a person (:func:`reads_as_person`, :func:`unknown_name`) who is not the one the article gives them to
    (:func:`kit.quotes`); [] when the kit cannot tell (no table, no person named, words no one is quoted saying)."""
    import kit

    if not hasattr(article, "columns") or "text" not in article.columns:
        return []
    named = [n for n in dict.fromkeys(owners_named(sentence) + step_names(sentence, article) +
                                      [a or b for a, b in re.findall(SAYER, sentence)])
             if reads_as_person(n, sentence) or unknown_name(n)]
    words = exact_quotes(sentence, article_text(article)) if named else []
    if not words:
        return []
    try:
        table = kit.quotes(article)
    except Exception:  # a table kit.quotes cannot read: no one is known to say them
        return []
    said = [(_flat(q), str(s)) for q, s in zip(table["quote"], table["speaker"]) if isinstance(s, str) and s.strip()]
    out = []
    for quoted in words:
        owners = list(dict.fromkeys(s for q, s in said if f" {_flat(quoted)} " in f" {q} "))
        if len(owners) == 1 and reads_as_person(owners[0]):
            out += [(quoted, n, owners[0]) for n in named  # "al-Moallem", "Moallem": part of the speaker's name
                    if not speaker(n, owners) and f" {_flat(n)} " not in f" {_flat(owners[0])} "]
    return out


#: the verbs that give a speaker words: "says", "told", "warns"
SAYS = r"says|said|tells|told|states|stated|claims|claimed|declares|declared|adds|added|warns|warned"
#: a name given words as their speaker, in a plan or a reflection: "Lavrov says '…'", "quotes Mattis saying '…'",
#: "the article quotes Lavrov: '…'" (as typed: a name begins with a capital)
SAYER = (rf"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*){{0,2}}) (?:{SAYS})\b|"
         r"\b(?:quotes|quoted|quoting|cites|cited)\s+([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})\b")

#: a name written as a speaker in a plan step: "what Lavrov (really) said", "where Mattis said it", "Peskov's
#: statement / briefing / words / remarks" (as typed: a name begins with a capital)
_NAME = r"[A-Z][\w.-]*(?:[ -][A-Z][\w.-]*){0,2}"
SPEAKS = (rf"\bwhat\s+(?P<what>{_NAME})\s+(?:really\s+|actually\s+|truly\s+)?(?:said|says|meant|means|stated|told)\b|"
          rf"\bwhere\s+(?P<where>{_NAME})\s+(?:first\s+|really\s+|actually\s+)?(?:said|says|made|gave)\b|"
          rf"\b(?P<own>{_NAME})(?:'s|’s)\s+(?:(?:own|full|original|actual|real|whole|exact)\s+)*(?:statements?|briefings?|words|"
          r"speech(?:es)?|interviews?|remarks|transcripts?|comments|press conferences?)\b")


#: sites where others post, no speakers of their own ("what Wikipedia says", "what Twitter says about it")
PLATFORMS = r"wikipedia|youtube|twitter|x|facebook|tiktok|telegram|reddit|instagram|vk|vkontakte"


def absent_speakers(sentence: str, article=None) -> list[str]:
    """The people a plan step (``sentence``, as typed) names as speakers (:data:`SPEAKS`) whom ``article`` never names
    (nor quotes, nor has as its writer): their words are not in it, so the step traces nothing of this article. A
    name the kit knows as an outlet, a government or a place is no person; [] when the kit cannot tell (no table).

    >>> from kit.exercises import my_article
    >>> art = my_article(text='Defense Secretary Jim Mattis said the troops would stay. ' * 40, title="Troops")
    >>> absent_speakers("I would read the Kremlin's statement to see what Lavrov really said.", art)
    ['Lavrov']
    >>> absent_speakers("I would read Mattis's full briefing. I would see what Snopes says.", art)
    []
    """
    if not hasattr(article, "columns") or "text" not in article.columns:
        return []
    names = [n for m in re.finditer(SPEAKS, sentence) for n in m.groupdict().values() if n]
    people = named_people(article) + quoted_people(article)
    writers = writer_names(article)
    return list(dict.fromkeys(
        n for n in names if len(n) > 2 and (reads_as_person(n, sentence) or unknown_name(n))
        and not re.fullmatch(rf"(?:{NAMED_OUTLET[1:-1]}|{PLATFORMS})", n.lower()) and not named_in(n, article)
        and not speaker(n, people) and n.lower() not in writers))


def step_part(sentence: str, words: str) -> str:
    """The part of ``sentence`` (between commas and "and"s) that holds ``words``, quoted short: the step a note is about.

    >>> step_part("I would search TASS, and read the Kremlin's statement to see what Lavrov said.", "Lavrov")
    "“…read the Kremlin's statement to see what Lavrov said.”"
    """
    from .plan_steps import shorten

    parts = [p for p in re.split(r",?\s+and\s+(?:then\s+)?|,\s*|;\s*", sentence) if words in p]
    if not parts or parts[0] == sentence:
        return shorten(sentence, 100)
    part = shorten(parts[0], 100)[1:-1]
    return f"“{'' if sentence.startswith(parts[0]) else '…'}{part}{'' if sentence.endswith(parts[0]) else '…'}”"


def absent_note(sentence: str, names: list, article=None) -> str:
    """The line for a step that traces the words of people the article never names (``names``: :func:`absent_speakers`)."""
    who = " and ".join(names)
    quoted = " and ".join(quoted_people(article)[:3])
    return (f"Whose words: {step_part(sentence, names[0])} {who} {'says' if len(names) == 1 else 'say'} nothing in this "
            "article: whose words would you trace? " + (f"It quotes {quoted}: trace their words to where they said them."
                                                      if quoted else "Trace the words of someone it quotes."))


#: the claim a plan step names: "check the claim that the Kremlin helped ISIS by reading …"
CLAIM_THAT = (r"\b(?:claims?|story|stories|allegations?|charges?|accusations?)\s+that\s+(?P<claim>[^.;,]+?)"
              r"(?=\s+by\s+\w+ing\b|\s+(?:is|was|are|were)\s+(?:true|false|right|wrong|real|fake)\b|\s*[.;,!?]|\s*$)")


def swapped_claim(sentence: str, article=None) -> str:
    """What the claim a plan step would check (:data:`CLAIM_THAT`) swaps in the article's headline ("it puts 'Kremlin'
    where the article's headline has 'US'."), read as lesson 05's headline check reads a rewrite
    (:func:`kit.exercises.headline_sources.changed_claim`); "" when it keeps the headline's actors, or none is known.

    >>> import pandas as pd
    >>> art = pd.DataFrame({"title": ["US rescue of ISIS in Raqqa exposed"], "text": ["The convoy left."]})
    >>> swapped_claim("I would check the claim that the Kremlin helped ISIS by reading its statements.", art)
    "it puts 'Kremlin' where the article's headline has 'US'."
    >>> swapped_claim("I would check the claim that the US helped ISIS.", art)
    ''
    """
    from .headline_sources import changed_claim

    titles = article_outlets(article, "title")
    for found in re.finditer(CLAIM_THAT, sentence):
        claim = found.group("claim")
        changed = changed_claim(claim, claim, titles[0]) if titles else ""
        if changed.startswith("it puts '"):  # an actor swapped: what the step checks is not the article's claim
            return changed
    return ""


def swapped_note(sentence: str, changed: str) -> str:
    """The line for a step that checks a claim with its actor swapped (``changed``: :func:`swapped_claim`)."""
    claim = re.search(CLAIM_THAT, sentence)
    return f"Which claim: {step_part(sentence, claim.group('claim') if claim else sentence)} This step {changed[3:]} Check the claim as the article makes it."


def misowned_note(sentence: str, wrong: list) -> str:
    """The line for a step whose quoted words are someone else's (``wrong``: :func:`misowned_words`)."""
    from .plan_steps import shorten

    words, name, owner = wrong[0]
    return (f"Whose words: {shorten(sentence)} In this article “{words}” are {owner}'s words, not {name}'s: trace "
            f"them to where {owner} said them.")


def with_misowned(detail: list, sentences: list, article=None) -> tuple[list, str]:
    """``detail`` with a line for each step (of ``sentences``) that gives quoted words to the wrong person
    (:func:`misowned_words`), traces the words of someone the article never names (:func:`absent_speakers`) or checks
    a claim with its actor swapped (:func:`swapped_claim`), and why such a plan is not at Mastery yet ("" when none does).

    >>> with_misowned(["a line"], ["I would find other coverage."])
    (['a line'], '')
    """
    lines, why = [], []
    for s in sentences:
        wrong = misowned_words(s, article)
        if wrong:
            words, name, owner = wrong[0]
            lines.append(misowned_note(s, wrong))
            why.append(f"the step that quotes “{words}” gives them to {name}: in this article they are {owner}'s words.")
        given = {name for _, name, _ in wrong}
        if absent := [n for n in absent_speakers(s, article) if n not in given]:
            lines.append(absent_note(s, absent, article))
            why.append(f"{' and '.join(absent)}, whose words a step would trace, {'says' if len(absent) == 1 else 'say'} "
                       "nothing in this article.")
        if changed := swapped_claim(s, article):
            lines.append(swapped_note(s, changed))
            why.append(f"the claim it would check {changed[3:]}")
    return detail + lines, (why[0] if why else "")
