"""What a reflection's sentence says about the analysed article, checked against the kit's own tables of it (lesson
06): whom it quotes (``kit.sources``), who published it (its outlet), which words its lists flag (``kit.annotate``)
and whom a flagged word is said of; and what to do with a verdict on an outlet or a government. One rule for
every side.

    >>> from kit.exercises import my_article
    >>> text = ("Kremlin spokesman Dmitry Peskov said: “We will not stop.” This is patent nonsense. "
    ...         "The merciless campaign was run by Russian forces. ") * 20
    >>> art = my_article(text=text, title="A campaign")
    >>> print(unquoted_note("The article only quotes US officials like Mattis and Kirby.", art))
    This article does not quote Mattis or Kirby: the kit finds quotations from Dmitry Peskov (see kit.sources). Check who it quotes.
    >>> unquoted_note("The article only quotes Russian officials like Peskov.", art)
    ''
"""

from __future__ import annotations

import functools
import re

from .evidence import QUOTED, cited_words, tokens, vocabulary_of
from .plan_outlets import not_published_note, quoted_people, reads_as_person, speaker, unknown_name
from .plan_steps import article_outlets, own_names, party_group

__all__ = ["QUOTING", "quote_claims", "unquoted_note", "outlet_names", "outlet_country", "country_claim_note", "other_outlet_named", "institution_judged",
           "institution_note", "unflagged_words", "kit_flag_note", "KIT_FLAGS", "own_pattern_label", "word_targets", "sides_named", "aimed_elsewhere", "fact_notes"]

#: a sentence that says whom the article quotes or answers: "only quotes US officials like Mattis", "cites Peskov"
QUOTING = (r"\b(?:quotes|quoted|quoting|quote|cites|cited|citing|interviews|interviewed|gives? (?:a )?voice to|"
           r"lets|relies on|answers|answered|responds to|replies to|rebuts)\b")
#: where the names a quoting verb governs end: the rest of the sentence is another clause, or what it leaves out
NAMES_END = (r"[.;:!?]|\b(?:but|never|not|while|whereas|although|except|instead|so|because|which|who|to|than|then|"
             r"with|without|and (?:then|never|not|no))\b")
NEGATED = r"\b(?:not|never|no|n't|nobody|none)\b\W*(?:\w+\W+)?$"


def and_list(items, joint: str = "and") -> str:
    items = list(dict.fromkeys(items))
    return ", ".join(items[:-1]) + f" {joint} " + items[-1] if len(items) > 1 else "".join(items)


def quote_claims(sentence: str, people: list | None = None) -> list[str]:
    """The people (by name, as typed) a sentence says the article quotes, cites or answers ("only quotes Russian
    officials like Lavrov and Peskov"), not countries, outlets or what it says the article does not do; a name is a
    person when it reads as one, is one of ``people`` (full names), or is a name the gazetteer holds as nothing else.

    >>> quote_claims("The article only quotes Russian officials like Lavrov and Peskov and never the SDF.")
    ['Lavrov', 'Peskov']
    >>> quote_claims("It quotes US officials like Mattis, but not Lavrov."), quote_claims("It does not quote Lavrov.")
    (['Mattis'], [])
    """
    from .answers import norm
    from .entity_names import entity_aliases

    verb = re.search(QUOTING, sentence, flags=re.IGNORECASE)
    if not verb or re.search(NEGATED, sentence[:verb.start()].lower().replace("’", "'")):
        return []
    after = re.split(NAMES_END, re.sub(QUOTED, " ", sentence[verb.end():]), maxsplit=1, flags=re.IGNORECASE)[0]
    names = [re.sub(r"(?:'s|’s)$", "", n) for n in re.findall(r"\b[A-Z][\w.'’-]*(?:\s+(?:al-)?[A-Z][\w.'’-]*)*", after)]
    aliases = entity_aliases()
    return [n for n in dict.fromkeys(names) if len(n) > 1 and not party_group(n) and norm(n) not in aliases
            and (speaker(n, people or []) or reads_as_person(n, sentence) or unknown_name(n))]


def unquoted_note(sentence: str, article) -> str:
    """The note on a sentence that says the article quotes (or answers) people it does not quote (:func:`quote_claims`
    against the named people ``kit.sources`` finds quoted in ``article``, a table); "" when it quotes them all, or
    when the kit cannot read whom it quotes (plain text)."""
    if not hasattr(article, "columns"):
        return ""
    quoted = quoted_people(article)
    missing = [n for n in quote_claims(sentence, quoted) if not speaker(n, quoted)]
    if not missing:
        return ""
    finds = (f"the kit finds quotations from {and_list(quoted)}" if quoted else
             "the kit finds no quotation from a named person in it")
    answers = re.search(r"\b(?:answers|answered|answering|responds to|replies to|rebuts)\b(?P<rest>[^.;]*)", sentence,
                        flags=re.IGNORECASE)  # "… but answers them with 'patent nonsense'": whose words it answers
    reads = [(w, word_targets(w, article)) for w in (cited_words(answers.group("rest")) if answers else [])]
    whose = [f"'{w}' {r[0].split(' (')[0]}" for w, r in reads if r and r[0].startswith("answers ")]
    finds += f" (see kit.sources), and {and_list(whose)}" if whose else " (see kit.sources)"
    return f"This article does not quote {and_list(missing, 'or')}: {finds}. Check who it quotes."


def outlet_names() -> dict:
    """Every name (normalised) the gazetteer holds for a news outlet, with the outlet's own name (worked out once
    per version of the gazetteer file, a fresh copy each call).

    >>> outlet_names()["the bbc"]
    'BBC'
    """
    from ..gazetteer import gazetteer_stamp

    return dict(gazetteer_outlet_names(gazetteer_stamp()))


@functools.lru_cache(maxsize=4)
def gazetteer_outlet_names(stamp: tuple) -> dict:
    """:func:`outlet_names` for the gazetteer file of :func:`kit.datafiles.file_stamp` ``stamp`` (shared: do not
    change it)."""
    from ..gazetteer import GAZETTEER_TYPES
    from ..sourcing import load_gazetteer
    from .entity_names import kit_aliases

    table = load_gazetteer(stamp[0])
    outlets = set(n for n, kind in zip(table["name"], table["type"])
                  if GAZETTEER_TYPES.get(kind) == "media outlet")  # the gazetteer's media types: outlets and agencies
    return {alias: name for alias, name in kit_aliases(stamp).items() if name in outlets}


def outlet_country(name: str) -> str:
    """The country the gazetteer gives for the outlet ``name`` (any of its names), "" for none or not an outlet.

    >>> outlet_country("WSWS"), outlet_country("the BBC"), outlet_country("the Kremlin")
    ('International', 'UK', '')
    """
    from ..sourcing import load_gazetteer
    from .answers import norm

    outlet = outlet_names().get(norm(name)) or outlet_names().get(re.sub(r"^the ", "", norm(name)))
    table = load_gazetteer()
    found = [str(c).strip() for n, c in zip(table["name"], table["country"].fillna("")) if n == outlet]
    return found[0] if found else ""


def country_claim_note(sentence: str, article) -> str:
    """The note on a sentence that gives the article's own outlet a country ("WSWS is a Russian state outlet") the
    gazetteer gives another for; "" otherwise. Only the country: whether an outlet is state-run is no column of it.

    >>> import pandas as pd
    >>> art = pd.DataFrame({"outlet": ["RT"], "text": ["x"]})
    >>> print(country_claim_note("RT is an American state outlet, so it is biased.", art))
    The kit's list of outlets gives RT's country as Russia, not the US: say what in the text shows where it is from, or where you would check who runs it.
    >>> country_claim_note("RT is a Russian channel.", art)
    ''
    """
    from ..gazetteer import country_words_of
    from .answers import norm

    words, outlets = country_words_of(), outlet_names()
    for outlet in article_outlets(article):
        own = outlets.get(norm(outlet), outlet)
        names = [n for n, o in outlets.items() if o == own] + [outlet.lower()]
        said = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
        m = re.search(rf"\b(?:the )?(?:{said})(?:'s)? (?:is|was|are) (?:a|an|the)\s+(?P<adj>[A-Z]\w*)\b",
                      sentence.replace("’", "'"), flags=re.IGNORECASE)
        adj = m and next((w for w in words if w.lower() == m.group("adj").lower()), None)
        country, given = outlet_country(outlet), words.get(adj) if adj else None
        if given and country and given != country:
            return (f"The kit's list of outlets gives {outlet}'s country as {country}, not {'the US' if given == 'US' else given}: say what "
                    "in the text shows where it is from, or where you would check who runs it.")
    return ""


#: a name the sentence treats as the article's publisher: its subject ("RT is …", "RT's article"), or "published by"
AS_PUBLISHER = (r"(?:^|[,;:]\s*|\b(?:so|and|but|because|since|that|then|think|know)\s+)(?P<a>{n})(?:'s|’s)?\s+(?:is|are|was|"
                r"were|has|have|published|publishes|wrote|writes|uses|used|calls|called|quotes|quoted|gives|"
                r"article|story|report|writers?|authors?|journalists?)\b|\b(?:published|written|posted|run) (?:by|on) "
                r"(?:the )?(?P<b>{n})\b|\b(?:this|the) (?:article|story|text|report) (?:is|was|comes) (?:from|by|on) "
                r"(?:the )?(?P<c>{n})\b")


def other_outlet_named(sentence: str, article) -> str:
    """The note on a sentence that talks of an outlet as this article's publisher ("RT is a Russian state outlet, so
    it is biased") when that outlet did not publish ``article`` and the article does not name it: the plan check's
    words (:func:`kit.exercises.plan_outlets.not_published_note`); "" otherwise, or when the outlet is not known."""
    is_own = own_names(article) if hasattr(article, "columns") else None
    if is_own is None:
        return ""
    outlets = outlet_names()
    found = []
    for m in re.finditer(r"\b(?:[A-Z][\w&.'’-]*|[A-Z]{2,})(?:\s+[A-Z][\w&.'’-]*)*", sentence):
        name = re.sub(r"(?:'s|’s)$", "", m.group(0))
        words = name.split()
        for i in range(len(words)):  # "The Guardian Weekly": the longest outlet name the gazetteer holds
            bit = " ".join(words[i:])
            if bit.lower() in outlets and not is_own(bit) and re.search(
                    AS_PUBLISHER.replace("{n}", re.escape(bit)), sentence):
                found.append(bit)
                break
    if not found:
        return ""
    return not_published_note(sentence, found, article_outlets(article))


def institution_judged(sentence: str) -> str:
    """The outlet, government or body (as typed) a sentence gives a verdict on, itself, not a speaker's quoted
    words ("WSWS is propaganda.", "The Kremlin is lying."), whatever the verdict word, so that both words of a
    pair get the same advice; "" for a person, someone's words or account, or none.

    >>> institution_judged("WSWS is propaganda."), institution_judged("The Pentagon is telling the truth.")
    ('WSWS', 'the Pentagon')
    >>> institution_judged("Lavrov is lying."), institution_judged("Mattis's words are lies."), institution_judged("Russia's account is the truth.")
    ('', '', '')
    """
    from .answers import norm
    from .entity_names import entity_aliases
    from .verdicts import SAID_BY_SOMEONE, SPEAKERS_WORDS, verdict_said, verdict_subject

    low = sentence.lower().replace("’", "'")
    said = verdict_said(low)
    if said is None or re.search(SPEAKERS_WORDS, low) or re.search(SAID_BY_SOMEONE, low):
        return ""
    subject, typed = verdict_subject(low, said, sentence.replace("’", "'"))
    if not typed or re.search(re.escape(typed.lower()) + r"(?:'s?)\s+\w", low):
        return ""  # "Russia's account is lies": someone's words, whatever the verdict word (the two ways alike)
    name = re.sub(r"^(?i:the)\s+", "the ", typed)
    bare = re.sub(r"^the ", "", name)
    return name if bare and (norm(bare) in entity_aliases() or party_group(bare)) else ""


def institution_note(sentence: str, who: str) -> str:
    """What to do with a verdict on an outlet or a body (``who``): the same words for every side.

    >>> print(institution_note("WSWS is propaganda.", "WSWS"))
    Judges WSWS without checking: “WSWS is propaganda.” Take it out, or say what in the text makes you think so, and where you would check who runs WSWS.
    >>> print(institution_note("The Kremlin is propaganda.", "the Kremlin"))
    Judges the Kremlin without checking: “The Kremlin is propaganda.” Take it out, or say what in the text makes you think so, and what you would check to find out.
    """
    from .written import shorten

    ask = (f"where you would check who runs {who}" if re.sub(r"^the ", "", who.lower()) in outlet_names() else
           "what you would check to find out")  # "who runs" an outlet; a government or its body: what it did (t55 #10)
    return (f"Judges {who} without checking: {shorten(sentence)} Take it out, or say what in the text makes you think "
            f"so, and {ask}.")


#: a sentence about the article's words: what the word lists of the kit find
WORD_FINDING = r"\b(?:loaded|labels?|charged|emotional|emotive|strong|biased|hedg\w*|boosters?|scare|dramatic)\b"


def flagged_spans(article, saying: bool = True, only: tuple = ()) -> tuple:
    """(the words ``kit.annotate`` flags in ``article``, lower-cased, each as one string of its tokens) but plain
    reporting verbs ("said", "told"), which flag no slant; with ``saying=False``, no verb of saying at all (loaded
    ones, "slammed", are read in the quotes table's ``cue_tone``, never marked by the highlight); ``only``: these
    categories alone."""
    from ..annotation import annotate

    try:
        table = annotate(article)
    except Exception:  # a table the annotator cannot read: nothing is known to be flagged
        return ()
    rows = zip(table["text"], table["category"], table.get("tone", [""] * len(table)))
    return tuple(" ".join(tokens(str(t))) for t, c, tone in rows if (c != "attribution" or saying and tone == "loaded")
                 and (not only or c in only))


#: a sentence that says what the kit flagged: "the kit flags 'slammed'", "the highlight marks …", "… is flagged by the kit"
KIT_FLAGS = (r"\b(?:the kit|the highlights?|the highlighter|the (?:kit's )?word lists?)(?: (?:also|only|even|itself))? "
             r"(?:flags?|flagged|highlights?|highlighted|marks?|marked|colou?rs?|colou?red)\b|"
             r"\b(?:is|are|was|were|gets?|got) (?:flagged|highlighted|marked) by the "
             r"(?:kit|highlight)")
#: what lesson 06's highlight shows
HIGHLIGHTED = ("loaded_language", "label", "hedge", "booster")


def kit_flag_note(sentence: str, article) -> str:
    """A note when ``sentence`` says the kit flags words of ``article`` (a table) that it does not flag there, with
    the words its highlight marks; "" when it flags them (a loaded verb of saying, "slammed", is flagged in the
    quotes table's ``cue_tone``: student 49 #6), the sentence says nothing of what the kit flags, or the words are
    not the article's (that note is the misquote check's).

    >>> from kit.exercises import my_article
    >>> art = my_article(text="Local skaters slammed the vote as a betrayal. The mayor said it was clearly safer. " * 20)
    >>> print(kit_flag_note("The kit flags 'mayor' as loaded.", art))
    The kit does not flag 'mayor' in this article (its highlight marks 'betrayal' and 'clearly'): check the highlighted text again.
    >>> kit_flag_note("The kit flags 'betrayal' as loaded.", art), kit_flag_note("The kit flags 'slammed' as loaded.", art)
    ('', '')
    """
    low = sentence.lower().replace("’", "'")
    if not hasattr(article, "columns") or not re.search(KIT_FLAGS, low):
        return ""
    from .evidence import article_text

    joined = vocabulary_of(article_text(article))[0]
    flagged = [f" {f} " for f in flagged_spans(article)]

    def spans(word):
        return f" {' '.join(tokens(word))} "
    wrong = [w for w in cited_words(sentence) if spans(w) in joined and len(tokens(w)) <= 4  # a word, not a quotation
             and not any(spans(w) in f or f in spans(w) for f in flagged)]
    if not wrong:
        return ""
    marked = list(dict.fromkeys(flagged_spans(article, only=HIGHLIGHTED)))
    return (f"The kit does not flag {and_list([repr(w) for w in wrong], 'or')} in this article (" + (
        f"its highlight marks {and_list([repr(w) for w in marked[:5]])}" if marked else "its highlight marks no words in "
        "this article") + "): check the highlighted text again.")


def unflagged_words(sentence: str, article) -> list[str]:
    """The article's words a sentence quotes as loaded (or as labels …) when the kit's word lists flag none of them
    in ``article`` (a table): the student's own reading; [] when the lists flag any, or the words are not the
    article's, or the kit cannot read it."""
    if not hasattr(article, "columns") or not re.search(WORD_FINDING, sentence.lower()):
        return []
    from .evidence import article_text

    joined = vocabulary_of(article_text(article))[0]
    cited = [w for w in cited_words(sentence) if f" {' '.join(tokens(w))} " in joined]
    flagged = [f" {f} " for f in flagged_spans(article)]
    if not cited or any(f" {' '.join(tokens(w))} " in f or f in f" {' '.join(tokens(w))} " for w in cited for f in flagged):
        return []
    return cited


def own_pattern_label(words: list) -> str:
    """The label of a finding the kit's lists did not make (:func:`unflagged_words`): no lower grade, a true label.

    >>> own_pattern_label(["crushed", "hapless"])
    "Names a pattern you found yourself (the kit's word lists did not flag 'crushed' or 'hapless')"
    """
    return f"Names a pattern you found yourself (the kit's word lists did not flag {and_list([repr(w) for w in words], 'or')})"


#: whom a student says words are aimed at: "against the Kremlin", "aimed at Washington", "to attack Russia"
AIMED_AT = (r"\b(?:against|aimed at|directed at|targeting|to attack|attacking|attacks|to describe|describing|about)\s+"
            r"(?P<who>(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|[a-z][\w-]*))")


def sides_named(words: str) -> frozenset:
    """The sides (concepts of ``data/concepts.csv``) a phrase of a student's names, by any of their names, in any case
    ("the Kremlin", "the coalition", "moscow").

    >>> sorted(sides_named("the coalition")), sorted(sides_named("the Kremlin")), sides_named("the strikes")
    (['Coalition'], ['Russia'], frozenset())
    """
    from ..concepts import load_concepts
    from .figure_accounts import parties_named

    table = load_concepts()
    bare = re.sub(r"^the\s+", "", words.strip().lower())
    return parties_named(words, cased=True) | frozenset(
        c for c, surface in zip(table["concept"].astype(str), table["surface"].astype(str))
        if re.sub(r"^the\s+", "", surface.lower()) == bare)


def word_targets(word: str, article) -> tuple[str, frozenset] | None:
    """(how the kit reads it, the parties) a flagged word of ``article`` (a table) is said of: the speaker of the
    quotation just before, when its sentence starts "This is …" or "That is …" (it answers those words), and that
    speaker's side (``speaks_for`` of kit.sources); else the party named nearest to it in its sentence; None when its
    sentence names no party, or the word is not in it."""
    from ..corpus import sentences
    from ..sourcing import quotes, sources
    from .figure_accounts import parties_named
    from .headline_sources import actor_names

    try:
        rows = sentences(article)
    except Exception:
        return None
    key = f" {' '.join(tokens(word))} "
    for sid, text in zip(rows["sentence_id"], rows["text"]):
        at = f" {' '.join(tokens(text))} ".find(key)
        if at < 0:
            continue
        if re.match(r"\W*(?:this|that|such talk|these|those)\b", text, flags=re.IGNORECASE):
            said = quotes(article)
            who = [s for i, s in zip(said["sentence_id"], said["speaker"]) if i == sid - 1 and isinstance(s, str)]
            if who:
                table = sources(article)
                sides = [str(p) for s, p in zip(table["source"], table["speaks_for"]) if s == who[-1] and p]
                return (f"answers {who[-1]}'s words" + (f" ({sides[0]})" if sides else ""),
                        parties_named(" ".join([who[-1], *sides]), cased=True))
        low = text.lower()
        place = low.find(word.lower())
        near = sorted((abs(m.start() - place), party) for name, party in actor_names().items()
                      for m in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w])", text))
        if near and place >= 0:
            side = near[0][1]
            the = "the " if " " in side or side == "Coalition" else ""
            return f"is said of {the}{side} (the side named nearest to it)", frozenset({side})
        return None
    return None


def aimed_elsewhere(sentence: str, article) -> str:
    """The note on a sentence that says the article's flagged words are aimed at one side ("… against the Kremlin")
    when the kit reads each of them as said of another (:func:`word_targets`); "" when it reads any of them as said
    of that side, cannot read one, or the sentence names no side."""
    m = re.search(AIMED_AT, re.sub(QUOTED, " ", sentence))
    said_of = sides_named(m.group("who")) if m else frozenset()
    words = cited_words(sentence) if said_of else []
    reads = [(w, word_targets(w, article)) for w in words]
    if not reads or any(r is None or r[1] & said_of for _, r in reads):
        return ""
    how = and_list(f"'{w}' {r[0]}" for w, r in reads)
    return (f"In this article, {how}: the kit reads {'neither' if len(reads) == 2 else 'none of them' if len(reads) > 2 else 'it'}"
            f" as aimed at {m.group('who').strip().rstrip('.')}. Read those sentences again: whom are the words about?")


def fact_notes(sentence: str, article) -> list[str]:
    """Every note on what ``sentence`` says about ``article`` that the kit's tables of it do not show (whom it
    quotes, whose its quoted words are, who published it, whom its flagged words are aimed at): such a sentence is no
    finding yet. Whose words: the plan check's reading (:func:`kit.exercises.plan_quotes.misowned_words`)."""
    from .plan_quotes import misowned_words

    wrong = misowned_words(sentence, article)  # the words are in the text, but another's (teacher 55 #4)
    whose = [f"In this article “{words}” are {owner}'s words, not {name}'s: say whose words they are."
             for words, name, owner in wrong[:1]]
    return [note for note in (*whose, "" if whose else unquoted_note(sentence, article), other_outlet_named(sentence, article),
                              country_claim_note(sentence, article), aimed_elsewhere(sentence, article),
                              kit_flag_note(sentence, article)) if note]
