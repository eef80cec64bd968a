"""Checks for lessons 02 and 04: which words of a text are on a word list?

The expected words come from ``kit.annotate`` at check time. Feedback explains every
word: a missed one (hints come in stages, each saying which it is: "First hint (of three)", how many are still to find;
"Second hint (of three)", the sentences to read again and the kind of word; the words themselves only after three wrong
tries in a row at the same question, said plainly; a right or partly right answer starts the count again), an extra one that is on a list but not in this text, one on another
list, a likely misspelling ("did you mean …?"), or one on no list at all.

    >>> check_loaded_words(["brutal"], "A brutal siege.").status
    'correct'
"""

from __future__ import annotations

import re

from ..lexicons import entry_forms
from ..words import FUNCTION_WORDS  # its home (kit.framing re-exports it but loads the figure finder)
from .answers import BEST_FOUND, as_word_list, did_you_mean, need_word_list, next_attempt, norm, quote_list
from .helpers import phrases_holding, spans_in_text, text_frame  # noqa: F401  (spans_in_text: doctests)
from .left_out import entry_term, listed_tone, why_left_out  # noqa: F401  (public here too, where they were first)
from .quoted_words import (  # noqa: F401  (scare_quote_note: public here too, where it was first)
    as_in_text,
    as_written,
    quote_around,
    scare_kind,
    scare_quote_note,
    with_quotation_notes,
    without_credited_scare_quotes,
)
from .reading import as_list_written, guarded
from .result import CORRECT, INCORRECT, PARTLY, CheckResult, category_label
from .tries import ATTEMPTS, SHOWN_ANSWER, shown_answer
from .unlisted import not_on_a_list

__all__ = ["check_flagged_words", "check_loaded_words", "check_hedges", "check_boosters", "word_feedback",
           "listed_forms", "listed_terms", "sentence_table", "where_to_look", "place_to_look",
           "SCARE_RULE", "off_lists", "SAYING_NEXT", "hint_stage", "why_left_out", "listed_tone", "ONE_OF", "reveal", "scare_quote_note", "related_form"]

#: lesson 02 §1's rule for scare quotes in a check of other words: the word itself must be on those lists
SCARE_RULE = ("A scare quote counts here only if the word itself is among the {label} on the word lists; quotation "
              "marks or “so-called” alone do not make it count.")
#: after every loaded verb of saying is found (lesson 03, exercise 5), the exercise's second question
SAYING_NEXT = "Now the second question: does every one introduce someone's words? Read the sentence around each."


def listed_forms(lexicon=None) -> dict[str, str]:
    """Every form on the word lists (terms and their variants), normalised -> category.

    >>> listed_forms()["allegedly"]
    'hedge'
    """
    import kit
    table = kit.load_lexicon() if lexicon is None else lexicon
    out: dict[str, str] = {}
    for term, variants, category in zip(table["term"], table["variants"], table["category"]):
        for form in entry_forms(term, variants):
            if norm(form):
                out.setdefault(norm(form), str(category))
    return out


def listed_terms(lexicon=None) -> dict[str, str]:
    """Every form on the word lists, normalised -> the normalised entry (term) it belongs to.

    "undeniably" is a form of the entry "undeniable": a student who writes one for the other
    names the same flagged word.

    >>> listed_terms()["undeniably"]
    'undeniable'
    """
    import kit
    table = kit.load_lexicon() if lexicon is None else lexicon
    out: dict[str, str] = {}
    for term, variants in zip(table["term"], table["variants"]):
        for form in entry_forms(term, variants):
            if norm(form):
                out.setdefault(norm(form), norm(term))
    return out


def sentence_table(frame) -> dict[tuple, tuple[int, str]]:
    """(article_id, sentence_id) -> (start, text) for every sentence of an articles table.

    >>> from .helpers import example_corpus
    >>> sentence_table(example_corpus())[("b", 0)]
    (0, 'It was undoubtedly a merciless attack, he claimed.')
    """
    import kit
    sents = kit.sentences(frame)
    return {(a, int(i)): (int(st), str(t)) for a, i, st, t in
            zip(sents["article_id"], sents["sentence_id"], sents["start"], sents["text"])}


def where_to_look(spans, keys, sentences: dict | None, width: int = 160, scope: str = "paragraph") -> str:
    """The sentences, quoted, that hold the spans with these normalised texts ("" when unknown);
    ``width`` is the most characters quoted around each span, ``scope`` what the text is ("paragraph",
    "article").

    >>> spans = spans_in_text("A brutal siege.")
    >>> print(where_to_look(spans, {"brutal"}, sentence_table(text_frame("A brutal siege."))))
    the paragraph's one sentence: “A brutal siege.”
    """
    if not sentences:
        return ""
    reach: dict = {}  # each sentence: from the first word to find to the end of the last
    for text, aid, sid, start, end in zip(spans["text"], spans["article_id"], spans["sentence_id"], spans["start"],
                                          spans["end"]):
        key = (aid, int(sid))
        if norm(text) in keys and key in sentences:
            a, b = reach.get(key, (int(start), int(end)))
            reach[key] = (min(a, int(start)), max(b, int(end)))
    quoted = {key: quote_around(sentences[key][1], a - sentences[key][0], width, b - sentences[key][0])
              for key, (a, b) in reach.items()}
    if not quoted:
        return ""
    if len(sentences) == 1:
        return f"the {scope}'s one sentence: " + next(iter(quoted.values()))
    shown = list(quoted.values())[:3]
    more = f" (and {len(quoted) - 3} more sentences)" if len(quoted) > 3 else ""
    return ("this sentence: " if len(shown) == 1 else "these sentences: ") + " ".join(shown) + more


def place_to_look(spans, keys, sentences: dict | None, scope: str = "paragraph") -> str:
    """Where the spans with these normalised texts are, without quoting them: which sentence (each named once), how
    far into it, and how many words each is ("" when unknown). The second hint says this; the words come only with
    the third.

    >>> text = "A brutal siege began in the middle of a merciless war that ended in a patent nonsense today."
    >>> place_to_look(spans_in_text(text), {"brutal", "merciless", "patent nonsense"}, sentence_table(text_frame(text)))
    "the paragraph's one sentence, one word near its start, one word in its middle and one phrase of 2 words near its end"
    """
    at_words, seen = {}, set()  # sentence -> place in it -> the number of words of each span there
    for text, aid, sid, start in zip(spans["text"], spans["article_id"], spans["sentence_id"], spans["start"]):
        key = (aid, int(sid))
        if norm(text) in keys and key in sentences and norm(text) not in seen:
            seen.add(norm(text))
            first, sentence = sentences[key][0], sentences[key][1]
            part = (int(start) - first) / max(len(sentence), 1)
            at = "near its start" if part < 1 / 3 else "in its middle" if part < 2 / 3 else "near its end"
            at_words.setdefault(key, {}).setdefault(at, []).append(len(str(text).split()))
    places = []
    for key in sorted(at_words):
        which = (f"the {scope}'s one sentence" if len(sentences) == 1 else
                 f"sentence {sorted(sentences).index(key) + 1} of {len(sentences)}")
        parts = [" and ".join(sized(sizes)) + f" {at}"
                 for at in ("near its start", "in its middle", "near its end") if (sizes := at_words[key].get(at))]
        places.append(f"{which}, " + (", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]))
    one = len(places) == 1 and len(sentences) > 1  # one sentence of several
    return ("this sentence: " if one else "") + "; ".join(places)


def sized(sizes) -> list[str]:
    """The spans at one place in a sentence by their number of words, single words and phrases apart (teacher 53 #15).

    >>> sized([2, 1]), sized([1, 1, 3])
    (['one phrase of 2 words', 'one word'], ['2 single words', 'one phrase of 3 words'])
    """
    return [("one word" if k == 1 else f"{k} single words") if n == 1 else f"one phrase of {n} words" if k == 1 else
            f"{k} phrases of {n} words" for n, k in ((n, sizes.count(n)) for n in dict.fromkeys(sizes))]


SUFFIXES = frozenset(["", "s", "es", "d", "ed", "ing", "ly", "y", "ty", "ity", "ies", "ied", "ness", "ion", "ions",
                      "ation", "ations", "al", "ally", "e", "ism", "isms", "ist", "ists"])

#: one of each category, in plain words, with what it does (lesson 02 and 04's wording)
ONE_OF = {"hedge": "a hedge (the writer's own doubt about a claim, lesson 04)",
          "booster": "a booster (the writer's own certainty, lesson 04)",
          "doubt": "a word of doubt (it casts doubt on what someone else says)",
          "loaded_language": "a loaded word (lesson 02)", "label": "a label (lesson 02)",
          "attribution": "a verb of saying (lesson 03)", "scare_quote": "a scare quote (it casts doubt on a word)",
          "vague_source": "a vague source (lesson 03)"}


def related_form(word: str, flagged: str) -> bool:
    """True when two single words are forms of one word by their endings ("certain", "certainly",
    "certainty"), sharing at least four letters before the ending.

    >>> related_form("certain", "certainly"), related_form("certainty", "certainly"), related_form("war", "wars")
    (True, True, False)
    >>> related_form("claim", "clam"), related_form("supposed", "the supposed")
    (False, False)
    """
    if word == flagged or " " in word or " " in flagged:
        return False
    n = 0
    while n < min(len(word), len(flagged)) and word[n] == flagged[n]:
        n += 1
    return n >= 4 and any(word[:k] == flagged[:k] and word[k:] in SUFFIXES and flagged[k:] in SUFFIXES
                          for k in range(4, n + 1))


def off_lists(n: int, absent: int, label: str, scope: str = "paragraph") -> str:
    """The count of a try's words that do not match: ``n`` not among the ``label``, ``absent`` on their lists but not
    in the text; each word is counted once, as its own line of feedback says it.

    >>> off_lists(1, 0, "loaded words"), off_lists(0, 1, "loaded words"), off_lists(2, 1, "labels")
    ('; 1 of your words is not among the loaded words', '; 1 of your words is not in this paragraph', '; 2 of your words are not among the labels; 1 is not in this paragraph')
    """
    parts = [f"{n} of your words {'is' if n == 1 else 'are'} not among the {label}"] if n else []
    if absent:
        parts.append(f"{absent} {'' if parts else 'of your words '}{'is' if absent == 1 else 'are'} not in this {scope}")
    return "".join(f"; {p}" for p in parts)


def hint_stage(question: tuple, solved: bool, found: int = 0, answer=None) -> int:
    """Which staged hint an answer gets: 1, 2, or 3 (the answer itself), counting the tries at this one
    ``question`` (a paragraph or article, and a check) since the last progress. A right answer starts the
    count again; so does an answer that finds more right items (``found``) than any before it. The same
    partly right answer with other words is one more try, so a student who is stuck gets the next hint; the same
    ``answer`` as at the last check is not (:func:`kit.exercises.answers.next_attempt`). No ``question`` means no
    count, so never the answer.

    >>> from .answers import forget_attempts
    >>> forget_attempts()
    >>> [hint_stage(("q",), False) for _ in range(3)], hint_stage(("other",), False), hint_stage(("q",), True)
    ([1, 2, 3], 1, 1)
    >>> [hint_stage(("p",), False, 2), hint_stage(("p",), False, 5), hint_stage(("p",), False, 5), hint_stage(("p",), False, 5)]
    [1, 1, 2, 3]
    >>> hint_stage(("q",), False), hint_stage((), False)
    (1, 1)
    """
    if not question:
        return 1
    if solved or found > BEST_FOUND.get(question, 0):
        next_attempt(question, True)
        if solved:
            BEST_FOUND.pop(question, None)
        else:
            BEST_FOUND[question] = found
            next_attempt(question, False, answer)
        return 1
    return next_attempt(question, False) if answer is None else next_attempt(question, False, answer)


def reveal(words) -> str:
    """The plain words that give the answer, after three wrong tries at the same question.

    >>> reveal(["certainly"])
    "After three tries, here is the answer so you can go on: 'certainly'; tell your teacher which one you missed."
    """
    words = list(words)
    return (f"After three tries, here is the answer so you can go on: {quote_list(words, limit=len(words))}; tell "
            f"your teacher which {'one' if len(words) == 1 else 'ones'} you missed.")


def word_feedback(answer_words, spans, other_spans, label: str, question: tuple = (),
                  listed: dict | None = None, categories=(), sentences: dict | None = None,
                  text: str = "", terms: dict | None = None, scope: str = "paragraph",
                  places: dict | None = None) -> CheckResult:
    """Compare a student's words to the flagged spans of a text, with a reason for each word.

    ``spans`` are the expected spans, ``other_spans`` those of other categories in the same
    text, ``listed`` every form on the word lists (see :func:`listed_forms`); ``question``
    identifies the question for staged hints. ``sentences`` (see :func:`sentence_table`) lets the
    hints quote the sentence to look at; ``text`` (the text the question is about) tells a word
    that is in it from a misspelling. One word-form policy, for every check: the word lists decide what
    one word is. A form that the same entry lists (``terms``, see :func:`listed_terms`: "undeniably" for
    "undeniable", "dismissed" for "dismisses", "allegation" for "allegations") counts, with a note of the
    form the text uses; a form the entry does not list ("certain" for "certainly", :func:`related_form`)
    is partly right, told to write it as the text does, never told the word. ``scope`` is what the text is ("paragraph", "article"), as the feedback names it. ``places`` gives the ``(start, end)`` offsets in ``text`` of a word ticked in the game (keyed by the word): a word is "part of" a listed phrase only where it stands inside it (:func:`phrases_holding`). Hints come in stages (:func:`hint_stage`) and never spell a word
    before the third wrong try in a row at this question: first how many are still to find, then the
    sentences to read again and the kind of word; the words themselves (with the list's note), said
    plainly, after three (:func:`reveal`). A word that occurs
    in the articles is never "corrected" as a misspelling.

    >>> spans = spans_in_text("A brutal siege.")
    >>> word_feedback(["brutal"], spans, spans.iloc[0:0], "loaded words").status
    'correct'
    """
    from .answers import dashes_apart, known_words, without_possessive

    listed = listed or {}
    terms = terms or {}
    whole_text = text
    plain_text = norm(dashes_apart(text))  # "century—the": two words, as the game splits them
    expected = {}
    for text, term, category, note in zip(spans["text"], spans["term"], spans["category"], spans["note"]):
        expected.setdefault(norm(text), (text, term, category, note))
    others = {}
    for text, category, note in zip(other_spans["text"], other_spans["category"], other_spans["note"]):
        others.setdefault(norm(text), (category, note))

    ticked_at = {norm(w): p for w, p in (places or {}).items()}  # the places ticked in the game, by word
    found, partial, extra, other_form, near_form, already = [], [], [], {}, {}, {}
    for word in dict.fromkeys(norm(w) if norm(w) in expected else without_possessive(norm(as_in_text(norm(w), whole_text)))
                              for w in answer_words):  # "imperialism’s"; "so called" for the text's "so-called"
        if not word:
            continue
        if word in expected:
            found.append(word)
            continue
        same_entry = [k for k, (_, term, _, _) in expected.items()
                      if word in terms and terms[word] == terms.get(norm(term), norm(term)) and k not in found]
        entry = [k for k, (_, term, _, _) in expected.items()
                 if word in terms and terms[word] == terms.get(norm(term), norm(term))]
        if same_entry:  # "undeniably" for the flagged "undeniable": another form of the same entry
            found.append(same_entry[0])
            other_form[same_entry[0]] = word
            continue
        if entry:  # "claim" when "claimed", "claims" and "claiming" are all found already
            already[word] = entry
            continue
        elsewhere = word in listed and listed[word] not in categories  # 'alleged' is a hedge, not a doubt word
        real = word in listed or word in known_words() or did_you_mean(word, list(expected)) is None
        related = [k for k in expected if related_form(word, k)] if real and not elsewhere else []  # "claimd" is "claimed" misspelt
        if related:  # "certain" for the flagged "certainly": a form the word list does not list
            near_form[word] = related
            continue
        # a word inside a multi-word entry ("patent" of "patent nonsense"), or a phrase around one
        inside = [k for k in expected if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", k)]
        around = [k for k in expected if re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", word)]
        if around:
            found.extend(around)
            rest = word
            for k in around:
                rest = re.sub(rf"(?<![\w-]){re.escape(k)}(?![\w-])", " ", rest)
            extra.extend(w for w in rest.split() if w not in FUNCTION_WORDS  # "unsubstanciated" of a phrase
                         and not re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", plain_text))
        elif inside:
            partial.append((word, inside[0]))
        else:
            extra.append(word)
    found = list(dict.fromkeys(found))
    # one spelling policy: a word close to exactly one flagged word still to find is that word, misspelt
    in_text = set(re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", plain_text))
    spelled = {}
    for word in extra:
        here = word in in_text or bool(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", plain_text))
        if here or word in known_words() or word in listed:
            continue
        close = [k for k in expected if k not in found and k not in spelled.values() and did_you_mean(word, [k])]
        best = close[0] if len(close) == 1 else did_you_mean(word, close) if close else None
        if best is not None:  # "claimd": 'claimed' rather than 'claims'
            spelled[word] = best
    extra = [w for w in extra if w not in spelled]
    already.update({w: keys for w, keys in near_form.items() if all(k in found for k in keys)})
    near_form = {w: keys for w, keys in near_form.items() if w not in already}
    missed = [k for k in expected if k not in found and k not in {p[1] for p in partial} and k not in spelled.values()]
    solved = not missed and not extra and not partial and not near_form and not spelled
    progress = len(found) + len(near_form) + len(spelled) + len(partial)
    # read before hint_stage: a try after a miss that finds more (from none too) starts the hints again, and says so
    more_than_before = bool(question) and question in ATTEMPTS and BEST_FOUND.get(question, 0) < progress
    stage = hint_stage(question, solved, progress, list(answer_words))

    detail = [f"You wrote '{w}' for '{expected[k][0]}': another form of the same word, accepted."
              for k, w in other_form.items()]
    for word, _ in partial:  # part of a flagged phrase: partly right, so never the phrase itself
        marked = re.search(rf"[“\"‘](?:[^“”\"‘’]*\W)?{re.escape(word)}\b", whole_text, flags=re.IGNORECASE)
        detail.append(f"'{word}' is part of a flagged phrase: write the whole phrase, as the {scope} has it."
                      + (" The quotation marks around it do not stop it counting: the phrase itself is on a word "
                         "list." if marked else ""))  # one message that says what to do (student 40 #12)
    for word, keys in already.items():
        detail.append(f"'{word}' is another form of {quote_list(keys)}, which you already have.")
    for word in near_form:  # never the word itself: "certain" is close, but the list has another form
        detail.append(f"'{word}' is another form of one of the {label} in this {scope}: write it as the {scope} "
                      "does.")
    detail += [f"'{w}': did you mean '{expected[k][0]}'? Check the spelling." for w, k in spelled.items()]
    to_find = [k for k in expected if k not in found and k not in spelled.values()]  # found + spelt + to find = all
    if to_find and stage == 1:  # how many and where to look, never which words (not even their sentence)
        how = ("Go through the article's words again (the exercise's hint says how to show them)"
               if scope == "article" else f"Read the {scope} again, sentence by sentence,")  # 03 shows no article text
        again = "You found more than last time, so the hints start again. " if more_than_before else ""
        detail.append(f"{again}First hint (of three): {len(to_find)} still to find. {how} and look for the {label}.")
    elif missed and stage == 2:
        first_sentence = {}  # where to look and what kind of word: never its letters or its definition
        for t, aid, sid in zip(spans["text"], spans["article_id"], spans["sentence_id"]):
            first_sentence.setdefault(norm(t), (aid, int(sid)))
        groups: dict[tuple, list] = {}  # one line per sentence, however many words it still holds
        for k in missed:
            groups.setdefault(first_sentence.get(k, ()), []).append(k)
        for i, keys in enumerate(groups.values()):
            where = place_to_look(spans, set(keys), sentences, scope=scope)  # never its words (the third hint)
            kinds = dict.fromkeys(expected[k][2] for k in keys)
            detail.append(("Second hint (of three): " if i == 0 else "") + f"still to find: {len(keys)} more of the "
                          f"{category_label(kinds)}{', in ' + where if where else ''}.")
    elif missed:  # only after three wrong tries at this very question, and said plainly (and remembered)
        shown_answer(question, missed)
        detail.append(reveal([expected[k][0] for k in missed]))
        for k in missed:
            shown, term, category, note = expected[k]
            detail.append(f"'{shown}' ({category.replace('_', ' ')}): {note}")
    unlisted = []  # words on no word list: the reason is said once, whatever their number
    for word in extra:
        # a word that is in the text is the word the student meant, not a misspelling
        guess = None
        here = word in in_text or bool(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", plain_text))
        if not here and word not in known_words():
            guess = did_you_mean(word, [*expected, *listed])
        part_of = [k for k in phrases_holding(word, other_spans, whole_text, ticked_at.get(word)) if k in others]
        # a verb of saying named for another list: why the kit leaves it out here, if it does (read once)
        saying = word in listed and here and listed[word] == "attribution" and "attribution" not in categories
        reason = why_left_out(word, whole_text, "attribution", listed_tone(word)) if saying else None
        if word in others and others[word][0] == "scare_quote" and "scare_quote" not in categories:
            detail.append(scare_quote_note(word, whole_text, label))
        elif word in others and others[word][0] == "neutral attribution":
            detail.append(f"'{word}' is a neutral verb of saying, not a loaded one: {others[word][1]}")
        elif saying and "Here: " not in reason:
            # "charged Tehran with …": someone's accusation reported, a verb of saying, never the writer's doubt
            after = re.search(rf"(?<![\w-]){re.escape(word)}((?:\s+[\w'’-]+){{0,2}})", whole_text, flags=re.IGNORECASE)
            said = f" (“{word}{after.group(1)} …”)" if after else ""
            own = (": those are the writer's own doubt about a claim" if "doubt" in categories else "")
            detail.append(f"'{word}' is in this {scope}, but not one of the {label}{own}. Here{said} it reports "
                          "someone's words or accusation: a verb of saying (lesson 03).")
        elif word in others or part_of:  # 'supposed' of "the supposed", on the doubt list
            category, note = others[word if word in others else part_of[0]]
            what = f"'{word}'" if word in others else f"'{word}' is part of '{as_in_text(part_of[0], whole_text)}', which"
            gloss = re.search(r" \(.*\)$", ONE_OF.get(category, ""))  # what a booster is, before lesson 04
            detail.append(f"{what} is on the word list of {category_label([category])}{gloss.group(0) if gloss else ''}, "
                          f"not among the {label}: {note}")
        elif word in listed and here:
            reason = reason if reason is not None else why_left_out(word, whole_text, listed[word], listed_tone(word))
            detail.append(f"'{word}' is in this {scope} and on the word list of {category_label([listed[word]])}, "
                          f"but the kit does not flag it here. " + (reason or "A rule about the words around it "
                                                                   "leaves it out.")
                          + ("" if listed[word] in categories else f" It would not be among the {label} anyway."))
        elif word in listed and listed[word] not in categories:  # 'alleged' for the doubt words: say what it is
            detail.append(f"'{word}' is {ONE_OF.get(listed[word], listed[word].replace('_', ' '))}, not one of the "
                          f"{label} this exercise asks for" + ("." if here else f", and it is not in this {scope}."))
        elif word in listed and listed[word] in categories:
            detail.append(f"'{word}' is on the {listed[word].replace('_', ' ')} list, but not in this {scope}.")
        elif word in listed:
            detail.append(f"'{word}' is on the word lists (as {listed[word].replace('_', ' ')}), "
                          f"but not in this {scope}.")
        elif guess is not None:
            detail.append(f"'{word}': did you mean '{guess}'?")
        elif here or not plain_text:
            unlisted.append(word)  # said once for all of them, below
        else:  # "asdf": not a word of the text, so not a choice to defend
            detail.append(f"'{word}' is not in this {scope}: copy the words as the {scope} writes them.")

    if any(w in others and others[w][0] == "scare_quote" for w in extra) and "scare_quote" not in categories:
        detail.append(SCARE_RULE.format(label=label))  # lesson 02 §1's one rule, said once
    # a word of a phrase chosen too, which has its own note ("US" of "US media", a vague source): said there already
    unlisted = [w for w in unlisted if not any(w != o and (o in others or o in listed) and re.search(
        rf"(?<![\w-]){re.escape(w)}(?![\w-])", o) for o in extra)]
    total, n = len(expected), len(unlisted)
    if unlisted and 0 < len(found) == total:  # every word found: "take out" below says why, never "a reasonable choice"
        detail.append(f"{quote_list(unlisted, limit=n)}: on no word list, so {'it does' if n == 1 else 'they do'} not match the lists. If you think {'it pushes' if n == 1 else 'they push'} the reader here, say why in the discussion.")
    detail += [not_on_a_list(unlisted)] if unlisted and not 0 < len(found) == total else []
    # a word that is not in the text ('brutal', on this exercise's lists; 'xyzzy'; 'lol'): counted as not here, as its
    # own line says, whatever the text flags (teacher 46 #9); one on another list is "not one of the {label}" there
    absent = [w for w in extra if not (w in listed and listed[w] not in categories) and w not in in_text
              and not re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", plain_text)]
    if total == 0 and not (absent and len(absent) == len(extra) and not partial):
        if not found and not extra and not partial:
            return CheckResult(CORRECT, f"right — the word lists flag no {label} in this text.")
        return CheckResult(PARTLY, f"the word lists flag no {label} in this text.",
                           detail + ["Your choices may still be defensible: say why in the discussion."])
    summary = f"{len(found)} of {total} found" if len(found) < total or total == 1 else "both found" if total == 2 else f"all {total} found"
    scare = [w for w in extra if w in others and others[w][0] == "scare_quote" and "scare_quote" not in categories]
    if scare and len(found) < total:  # taught in lesson 02, section 1 (all found: "take out" below names them)
        n = len(scare)
        summary += f"; {quote_list(scare, limit=3)} {scare_kind(scare, listed)}, not among the {label}"
    if len(extra) > len(scare) and len(found) < total:  # all found: one count, said below with the words named
        summary += off_lists(len(extra) - len(scare) - len(absent), len(absent), label, scope)
    if partial and (found or near_form or spelled or scare):
        n = len(partial)
        summary += f"; {n} of your words {'is' if n == 1 else 'are'} part of a flagged phrase"
    if spelled:
        summary += f"; {len(spelled)} more spelt differently from the {scope}"
    if len(found) == total and not extra and not near_form:
        if shown := shown_answer(question, found=found):  # words given away after three tries: said plainly, no ✓
            own = len(found) - len(shown)
            return CheckResult(CORRECT, badge=PARTLY, message=SHOWN_ANSWER.format(words=quote_list([expected[k][0] for k in shown]), own=(
                f"; you found the other {'one' if own == 1 else own} yourself" if own else "")), detail=detail)
        every = "found it: " if total == 1 else "both found: " if total == 2 else f"all {total} found: "
        return CheckResult(CORRECT, every + f"{quote_list(found)}.", [*detail, *([SAYING_NEXT] if categories == ("attribution",) else [])])
    if near_form:
        n = len(near_form)
        summary += (f"; {n} of your words {'is' if n == 1 else 'are'} another form of "
                    f"{'a word' if n == 1 else 'words'} the {scope} uses")
    if not found and not near_form and (spelled or scare):  # no "0 of 3 found" under "partly right": say what it is
        n = len(spelled)  # which word each one looks like is said once: here for one, in the detail for several
        if n == 1:
            detail = [d for d in detail if not d.startswith(f"'{next(iter(spelled))}': did you mean")]
        summary = "; ".join(
            ([f"'{next(iter(spelled))}' is spelt differently from the {scope}: write it as the {scope} does (did "
              f"you mean '{expected[next(iter(spelled.values()))][0]}'?)"]
             if n == 1 else [f"{n} of your words are spelt differently from the {scope}: write them as the {scope} "
                             "does"] if spelled else [])
            + ([f"{quote_list(scare)} {scare_kind(scare, listed)}, not among the {label}"] if scare else [])
            + ([off_lists(len(extra) - len(scare) - len(absent), len(absent), label, scope).removeprefix("; ")]
               if len(extra) > len(scare) else []))
    if len(found) == total and extra:  # every word found, and more: say what finishes it
        rest = [w for w in extra if w not in scare and w not in absent]  # each named once: a scare quote with what it is
        named = "; ".join(x for x in (quote_list(rest, limit=4) if rest else "", f"{quote_list(scare, limit=3)} "
                                      f"{scare_kind(scare, listed)}" if scare else "") if x)
        n, gone = len(extra) - len(absent), len(absent)
        out = ([f"the {'word' if n == 1 else f'{n} words'} not among the {label} ({named})"] if n else []) + (
            [f"the {'word' if gone == 1 else f'{gone} words'} not in this {scope} ({quote_list(absent, limit=4)})"]
            if gone else [])
        summary += ". To match the word lists, take out " + " and ".join(out)
    if found or near_form or spelled:  # only scare quotes: another list, so nothing found yet (not "partly right")
        return CheckResult(PARTLY, summary + ".", detail)
    if scare and not partial:
        return CheckResult(INCORRECT, summary + ".", detail)
    if partial:  # part of a flagged phrase is a start: partly right, but the phrase counts only when whole
        n = len(partial)  # none whole yet: say what was started, not "0 found" under "Partly right"
        return CheckResult(PARTLY, f"a start: {n} of your words {'is' if n == 1 else 'are'} part of a flagged phrase "
                           f"({total} to find); a word of a flagged phrase counts once you write the whole phrase.",
                           detail)
    if absent and len(absent) == len(extra):  # only words this text does not have: the first line says so, as below
        listed_here = [w for w in absent if w in listed]
        one = len(listed_here) == 1
        return CheckResult(INCORRECT, f"{'your word is not' if len(absent) == 1 else 'none of your words is'} in this "
                           f"{scope}" + (f": {quote_list(listed_here)} {'is' if one else 'are'} on a word list, but "
                                         f"this {scope} does not use {'it' if one else 'them'}" if listed_here else "")
                           + f". Pick words from the {scope} itself.", detail)
    return CheckResult(INCORRECT, f"none of your words is among the {label}.", detail)


@guarded
def check_flagged_words(answer, text: str, categories=("loaded_language",), lexicon=None,
                        label: str | None = None, places: dict | None = None) -> CheckResult:
    """Which words in ``text`` are flagged in ``categories``? The answer is a list of words.

    Missed words are explained with the word list's note (in stages: how many and where to look
    first, the words themselves only after three wrong tries at this paragraph); extra words get a reason.
    ``places`` (from the word game): where in ``text`` each word was ticked, ``{word: [(start, end), ...]}``.

    >>> check_flagged_words(["brutal"], "A brutal siege.").status
    'correct'
    >>> check_flagged_words("brutal", "A brutal siege.").message  # one word typed as text: read, and shown as a list
    'right word. Next time, write it as a list: ["brutal"]'
    >>> check_flagged_words(3, "A brutal siege.").status
    'wrong_type'
    """
    label = label or category_label(categories)
    problem = need_word_list(answer)
    if problem is not None:
        return problem
    listed = listed_forms(lexicon)
    words = as_word_list(answer, phrases=set(listed))  # "regime change" stays one entry in a typed string
    words = [w for w in words if str(w).strip()]  # [""]: empty quotes are no word
    if not words:
        return CheckResult(INCORRECT, "your list is empty.", "Add the words you think are flagged.")
    import kit

    from .answers import flagged_question  # the same key as kit.widgets' game, which starts it again
    frame = text_frame(text)
    spans = without_credited_scare_quotes(kit.annotate(frame, lexicon=lexicon), text)  # as kit.quotes reads them
    mine = spans[spans["category"].isin(list(categories))]
    result = word_feedback(
        words, mine, spans[~spans["category"].isin(list(categories))], label, question=flagged_question(text, categories),
        listed=listed, categories=tuple(categories), sentences=sentence_table(frame), text=text,
        terms=listed_terms(lexicon), places=places)
    ticked_at = {norm(w): p for w, p in (places or {}).items()}  # a word of a flagged phrase has its note above: no
    whole = [w for w in words if not set(phrases_holding(norm(w), mine, text, ticked_at.get(norm(w)))) - {norm(w)}]
    return as_list_written(answer, as_written(with_quotation_notes(result, whole, mine, spans, text), words), words)


@guarded
def check_loaded_words(answer, text: str, lexicon=None) -> CheckResult:
    """Which words in ``text`` are flagged as loaded language or labels?

    >>> check_loaded_words(["brutal", "war"], "A brutal war.").status
    'partly'
    """
    return check_flagged_words(answer, text, ("loaded_language", "label"), lexicon,
                               label="loaded words or labels")


@guarded
def check_hedges(answer, text: str, lexicon=None) -> CheckResult:
    """Which words in ``text`` are flagged as hedges (tentativeness)?

    >>> check_hedges(["alleged"], "The alleged attack.").status
    'correct'
    >>> print(check_hedges(["alleged"], "The attack, it seems."))
    ✗ Not yet: your word is not in this paragraph: 'alleged' is on a word list, but this paragraph does not use it. Pick words from the paragraph itself.
      First hint (of three): 1 still to find. Read the paragraph again, sentence by sentence, and look for the hedges.
      'alleged' is on the hedge list, but not in this paragraph.
    """
    return check_flagged_words(answer, text, ("hedge",), lexicon, label="hedges")


@guarded
def check_boosters(answer, text: str, lexicon=None) -> CheckResult:
    """Which words in ``text`` are flagged as boosters (certainty)?

    >>> check_boosters(["undoubtedly"], "It is undoubtedly true.").status
    'correct'
    """
    return check_flagged_words(answer, text, ("booster",), lexicon, label="boosters")
