"""Round 31 (issue 22, quotation precision): quoted words that label what follows or that name a control on a
screen are nobody's words (``term``), whoever the article is about. Made-up sentences only.

- a word or two (or a handle) and a colon, all the quotation holds, with nothing after it on its line but the
  quotation it introduces: '"Related:"' between two paragraphs, '“@PentagonPress: “We stay.”' (a post
  passed on): a label, not words said; the quotation after a handle keeps its kind;
- quoted words right after "click" or "tap" (perhaps with "on", "the"): 'click “sign up.”' names a button;
- a capital letter alone in quotation marks (“R” or “D”, a “C” grade) is a letter mentioned as a letter: a
  ``term``; a one-letter answer that ends its sentence (“A.”) and the word “I” stay words said;
- a name in title case right after a verb of performing ("perform", "sang", "to the tune of") is a work: a
  ``title``; words in small letters after it, or after a colon, stay words said;
- a colon inside someone's words ('Lavrov said: “Yes: we stay.”') or a quotation that ends in a colon inside a
  sentence ('Mattis said: “Never:” and left.') stays someone's words; so do 'Kirby said: “Click here.”' and
  'told them: “Press on.”' (the verb is inside the quotation or is not one of a screen).
Both sides get the same test: the Pentagon and the Kremlin, Mattis and Lavrov, Kirby and Peskov.
"""

import pytest
from quote_helpers import checked_quotes


def _kinds(text):
    q = checked_quotes(text)
    return {r.quote.strip(): r.kind for r in q.itertuples()}


@pytest.mark.parametrize("who", ["The Pentagon", "The Kremlin"])
@pytest.mark.parametrize("mark", ['"Related:"', "“Related:”", "''Related:''", "“See also:”"])
def test_a_label_alone_on_its_line_is_a_term(who, mark):
    text = f"{who} spoke on Monday.\n\n{mark}\n\nTalks open in Geneva."
    kinds = _kinds(text)
    label = mark.strip("\"“”'")
    assert kinds == {label: "term"}, kinds


@pytest.mark.parametrize("handle", ["@PentagonPress", "@KremlinPress"])
def test_a_handle_before_a_quotation_is_a_term_and_the_quotation_stays(handle):
    text = f"Lee shared a post. “{handle}: “We will stay in Syria.” It spread fast."
    q = checked_quotes(text)
    kinds = dict(zip(q.quote.str.strip(), q.kind, strict=True))
    assert kinds == {f"{handle}:": "term", "We will stay in Syria.": "direct"}, kinds


@pytest.mark.parametrize("who", ["the Pentagon’s", "the Kremlin’s"])
@pytest.mark.parametrize("verb, control", [("click", "“sign up.”"), ("click on", "“Subscribe”"),
                                           ("tap", "“Share”"), ("clicking the", "“read more”")])
def test_a_control_after_click_or_tap_is_a_term(who, verb, control):
    text = f"To get {who} daily note, enter your address and {verb} {control} That is all."
    kinds = _kinds(text)
    assert kinds == {control.strip("“”"): "term"}, kinds


@pytest.mark.parametrize("text, quote", [
    ("Mattis said: “Yes: we stay.”", "Yes: we stay."),
    ("Lavrov said: “Yes: we stay.”", "Yes: we stay."),
    ("Mattis said: “Never:” and left.", "Never:"),
    ("Lavrov said: “Never:” and left.", "Never:"),
    ("Kirby said: “Click here to read it.”", "Click here to read it."),
    ("Peskov said: “Click here to read it.”", "Click here to read it."),
    ("Mattis told them: “Press on.”", "Press on."),
    ("Lavrov told them: “Press on.”", "Press on."),
])
def test_words_said_stay_words_said(text, quote):
    q = checked_quotes(text)
    rows = q[q.quote == quote]
    assert list(rows.kind) == ["direct"], list(zip(q.quote, q.kind, strict=True))
    assert rows.speaker.iloc[0] in text.split()[0]


@pytest.mark.parametrize("who", ["Mattis", "Lavrov"])
def test_a_clicked_word_in_someones_words_is_not_a_control(who):
    # the reporting verb, not "click", stands before the quotation: someone's words
    text = f"{who} said voters should click less and “read more.”"
    q = checked_quotes(text)
    rows = q[q.quote == "read more."]
    assert list(rows.kind) == ["partial"], list(zip(q.quote, q.kind, strict=True))


@pytest.mark.parametrize("text, letters", [
    ("On the Pentagon’s form, staff tick “Y” or “N” for each item.", ["Y", "N"]),
    ("On the Kremlin’s form, staff tick “Y” or “N” for each item.", ["Y", "N"]),
    ("Mattis gave the plan a “C” grade.", ["C"]),
    ("Lavrov gave the plan a “C” grade.", ["C"]),
])
def test_a_capital_letter_alone_is_a_term(text, letters):
    q = checked_quotes(text)
    assert list(zip(q.quote, q.kind, strict=True)) == [(x, "term") for x in letters]


@pytest.mark.parametrize("who", ["Mattis", "Lavrov"])
def test_a_one_letter_answer_and_the_word_i_stay_words_said(who):
    q = checked_quotes(f"{who} said, “A.”")
    assert list(zip(q.quote, q.kind, strict=True)) == [("A.", "direct")]
    q = checked_quotes(f"{who} said “I” too often.")
    assert list(zip(q.quote, q.kind, strict=True)) == [("I", "partial")]


@pytest.mark.parametrize("where", ["the Pentagon", "the Kremlin"])
@pytest.mark.parametrize("before, work", [("the band went on to perform", "“Bridge Over the River.”"),
                                          ("a singer sang", "“Long Road Home”"),
                                          ("the ad played out to the tune of", "“Silent Night.”")])
def test_a_work_performed_is_a_title(where, before, work):
    text = f"At a gala near {where}, {before} {work} Guests left at ten."
    q = checked_quotes(text)
    assert list(zip(q.quote, q.kind, strict=True)) == [(work.strip("“”"), "title")]


@pytest.mark.parametrize("who", ["Mattis", "Lavrov"])
def test_words_in_small_letters_after_perform_stay_words_said(who):
    q = checked_quotes(f"{who} promised the troops would perform “better than ever.”")
    assert list(zip(q.quote, q.kind, strict=True)) == [("better than ever.", "partial")]
    q = checked_quotes(f"{who} sang: “We Will Win.”")
    assert list(zip(q.quote, q.kind, strict=True)) == [("We Will Win.", "direct")]
