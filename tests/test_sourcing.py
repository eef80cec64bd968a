"""quotes(), sources(), citations(), trace_claim(): every speaker pattern, exact offsets, the seeds."""

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit.errors import KitError, LexiconError
from kit.sourcing import (
    QUOTE_COLUMNS,
    citations,
    load_gazetteer,
    plot_citations,
    quotes,
    sources,
    trace_claim,
)


def arts(*texts, outlet=""):
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "outlet": [outlet] * len(texts),
                         "title": [""] * len(texts), "text": list(texts)})


def one(text, **kw):
    q = quotes(arts(text), **kw)
    assert_exact(arts(text), q)
    return q


def assert_exact(articles, q):
    texts = dict(zip(articles.article_id, articles.text, strict=True))
    for r in q.itertuples():
        assert texts[r.article_id][r.start:r.end] == r.quote
        if r.speaker_start >= 0:
            assert texts[r.article_id][r.speaker_start:r.speaker_end] == r.speaker_text


@pytest.fixture(scope="module")
def seeds():
    return kit.load_articles()


@pytest.fixture(scope="module")
def seed_quotes(seeds):
    return quotes(seeds)


# ------------------------------------------------------------------ patterns, one by one

def test_columns_and_empty_input():
    q = quotes(arts("No one spoke here."))
    assert list(q.columns) == QUOTE_COLUMNS
    assert len(q) == 0


def test_x_said_after_quote_curly():
    q = one("“The base is closed,” Ann Lee said.")
    assert q.quote.tolist() == ["The base is closed,"]
    assert q.speaker.tolist() == ["Ann Lee"]
    assert q.kind.tolist() == ["direct"]
    assert q.cue.tolist() == ["said"] and q.cue_tone.tolist() == ["neutral"]


def test_said_x_inverted_straight_quotes():
    q = one('"The base is closed," said Ann Lee.')
    assert q.speaker.tolist() == ["Ann Lee"]
    assert q.speaker_method.tolist() == ["named"]
    assert not q.speaker_guess.any()


def test_x_told_y():
    q = one("“We did not want anyone to leave,” Col. Ryan Dillon told the news agency.")
    assert q.speaker.tolist() == ["Ryan Dillon"]
    assert q.speaker_text.tolist() == ["Col. Ryan Dillon"]
    assert q.cue.tolist() == ["told"]


def test_according_to_before_and_after():
    q = one("According to Surovikin, “the corridors are open.” The army left, according to Reuters.")
    assert q.speaker.tolist() == ["Surovikin", "Reuters"]
    assert q.kind.tolist() == ["direct", "indirect"]
    assert q.speaker_type.tolist() == ["named person", "media outlet"]
    assert q.quote.tolist()[1] == "The army left"


def test_x_who_said_appositive():
    q = one("Talal Silo, who defected to Turkey in October, said that 4,000 people left.")
    assert q.speaker.tolist() == ["Talal Silo"]
    assert q.kind.tolist() == ["indirect"]
    assert q.quote.tolist() == ["4,000 people left"]


def test_appositive_with_role_after_quote():
    q = one("“It comes down to Syrians,” Col. Ryan Dillon, spokesman for the coalition, said.")
    assert q.speaker.tolist() == ["Ryan Dillon"]


def test_he_added_is_a_marked_guess():
    q = one("“They are in reality being trained there,” Gerasimov said. “They are practically Islamic State,” "
            "he added.")
    assert q.speaker.tolist() == ["Gerasimov", "Gerasimov"]
    assert q.speaker_guess.tolist() == [False, True]
    assert q.speaker_method.tolist() == ["named", "pronoun"]
    assert "guess" in q.note.iloc[1]


def test_pronoun_with_nobody_before_is_not_guessed():
    q = one("“We will stay,” she said.")
    assert q.speaker.tolist() == [""]
    assert q.speaker_type.tolist() == ["none"]
    assert "could not tell" in q.note.iloc[0]


def test_indirect_speech_with_that():
    q = one("Gen. Valery Gerasimov said that Russian drones had detected brigades of militants.")
    assert q.kind.tolist() == ["indirect"]
    assert q.speaker.tolist() == ["Valery Gerasimov"]
    assert q.quote.tolist() == ["Russian drones had detected brigades of militants"]


def test_colon_introduced_quote_in_next_paragraph():
    text = ("Col. Gen. Sergei Rudskoi of the General Staff also questioned the motives:\n\n"
            "“Having declared the goal of fighting terrorism, the coalition strikes Syrian troops.”")
    q = one(text)
    assert q.speaker.tolist() == ["Sergei Rudskoi"]
    assert q.speaker_method.tolist() == ["colon"]


def test_colon_in_same_sentence():
    q = one("Lavrov said: “The main objective is Al Nusra.”")
    assert q.speaker.tolist() == ["Lavrov"]


def test_quote_across_sentences_and_continuation():
    text = ("“We still consider it illegal,” Walid al-Moallem stressed. “The Turks say it is legal. "
            "We do not agree.”\n\n“Therefore any measure is an act of aggression.”")
    q = one(text)
    assert len(q) == 3
    assert q.quote.iloc[1] == "The Turks say it is legal. We do not agree."
    assert q.speaker.tolist() == ["Walid al-Moallem"] * 3
    assert q.speaker_method.tolist() == ["named", "continuation", "continuation"]
    assert q.speaker_guess.tolist() == [False, True, True]


def test_quote_across_paragraphs_convention():
    text = "He wrote:\n\n“First paragraph of the quote.\n\n“Second paragraph of it.” Then nothing."
    q = one(text)
    assert len(q) == 1
    assert q.quote.iloc[0].startswith("First paragraph") and q.quote.iloc[0].endswith("of it.")
    assert "more than one paragraph" in q.note.iloc[0]


def test_unbalanced_opening_mark_used_as_closing():
    # seed 001 types an opening mark where a closing one belongs: “... advances.“
    text = "According to Surovikin, “There is an impression of advances.“\nIf this is the case, more follows."
    q = one(text)
    assert q.quote.tolist() == ["There is an impression of advances."]
    assert q.speaker.tolist() == ["Surovikin"]


def test_unclosed_quote_ends_with_its_paragraph():
    text = "Ann Lee said: “This never closes.\n\nA new paragraph without quotes."
    q = one(text)
    assert q.quote.tolist() == ["This never closes."]
    assert "no closing quotation mark" in q.note.iloc[0]


def test_stray_closing_mark_does_not_crash():
    q = one("Nothing” here. “Fine,” Ann Lee said.")
    assert q.quote.tolist() == ["Fine,"]


def test_anonymous_and_vague_sources():
    q = one("“It is over,” an unnamed official said. Some experts say the war will go on.")
    assert q.speaker_type.tolist() == ["anonymous", "anonymous"]
    s = sources(arts("“It is over,” an unnamed official said. Some experts say the war will go on."))
    assert s.anonymous.all()


def test_loaded_cue_tone():
    q = one("Surovikin claimed that the Kurds made a deal.")
    assert q.cue_tone.tolist() == ["loaded"]


def test_title_is_not_speech():
    q = one("An investigative report by the BBC titled “Raqqa’s dirty secret” has confirmed earlier charges.")
    assert q.kind.tolist() == ["title"]
    assert q.speaker.tolist() == ["BBC"]


def test_scare_quote_has_no_speaker():
    q = one("The so-called “war on terrorism” went on.")
    assert q.speaker.tolist() == [""]
    assert q.speaker_type.tolist() == ["none"]


def test_input_not_modified():
    a = arts("“Fine,” Ann Lee said.")
    before = a.copy()
    quotes(a)
    sources(a)
    pd.testing.assert_frame_equal(a, before)


def test_bad_input_is_a_kit_error():
    with pytest.raises(KitError) as err:
        quotes(pd.DataFrame({"article_id": ["a"]}))
    assert "text" in str(err.value)
    with pytest.raises(KitError):
        quotes("not a table")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("ab .,:;\n“”\"‘’'He said told according to XY")), max_size=120))
def test_never_crashes_and_offsets_exact(text):
    a = arts(text)
    q = quotes(a)
    assert_exact(a, q)


# ------------------------------------------------------------------ the seeds (issue 4)

def test_seed_000_gerasimov_quote_is_his(seeds, seed_quotes):
    aid = seeds.article_id.iloc[0]
    q = seed_quotes[seed_quotes.article_id == aid]
    row = q[q.quote.str.startswith("They are in reality being trained there")]
    assert len(row) == 1
    assert "Gerasimov" in row.speaker.item()
    assert not row.speaker_guess.item()


def test_seed_001_rudskoi_colon_quote_is_his(seeds, seed_quotes):
    aid = seeds.article_id.iloc[1]
    q = seed_quotes[seed_quotes.article_id == aid]
    row = q[q.quote.str.startswith("Having declared the goal of fighting international terrorism")]
    assert len(row) == 1
    assert "Rudskoi" in row.speaker.item()
    assert row.speaker_method.item() == "colon"


def test_seed_001_unbalanced_quote(seeds, seed_quotes):
    aid = seeds.article_id.iloc[1]
    q = seed_quotes[seed_quotes.article_id == aid]
    row = q[q.quote.str.startswith("There is an impression")]
    assert row.quote.item().endswith("advances.")
    assert "Surovikin" in row.speaker.item()


def test_seed_offsets_exact(seeds, seed_quotes):
    assert_exact(seeds, seed_quotes)


def test_seed_000_sources_include_bbc_and_reuters(seeds):
    s = sources(seeds)
    first = s[s.article_id == seeds.article_id.iloc[0]]
    assert {"BBC", "Reuters"} <= set(first.source)
    assert (first.loc[first.source == "Reuters", "source_type"] == "media outlet").all()


def test_seed_pronoun_guesses_are_marked(seed_quotes):
    guessed = seed_quotes[seed_quotes.speaker_method.isin(["pronoun", "description", "continuation"])]
    assert len(guessed) > 0
    assert guessed.speaker_guess.all()


# ------------------------------------------------------------------ citations and claim trace

def test_citations_table_and_plot():
    a = arts("The BBC said the convoy left. Reuters and the BBC saw it.", outlet="BBC")
    c = citations(a)
    assert c.cited.tolist() == ["BBC", "Reuters"]
    assert c.n_mentions.tolist() == [2, 1]
    assert c.self_citation.tolist() == [True, False]
    fig = plot_citations(c)
    assert fig.axes[0].get_title()
    import matplotlib.pyplot as plt
    plt.close(fig)


def test_trace_claim_numbers_with_and_without_commas():
    a = arts("Some 4,000 people left, the BBC reported.", "About 4000 fighters left.", "It cost 14,000 dollars.")
    t = trace_claim(a, "4,000")
    assert t.article_id.tolist() == ["a0", "a1"]
    assert t.match.tolist() == ["4,000", "4000"]
    assert t.attribution.tolist() == ["BBC", ""]
    texts = dict(zip(a.article_id, a.text, strict=True))
    for r in t.itertuples():
        assert texts[r.article_id][r.start:r.end] == r.text
        assert texts[r.article_id][r.match_start:r.match_end] == r.match


def test_trace_claim_phrase_case_insensitive_and_in_quote():
    a = arts("“The Convoy left at night,” Ann Lee said.")
    t = trace_claim(a, "convoy")
    assert t.match.tolist() == ["Convoy"]
    assert t.in_quote.tolist() == [True]
    assert t.attribution.tolist() == ["Ann Lee"]


def test_trace_claim_seeds_4000(seeds):
    t = trace_claim(seeds, "4000")
    assert len(t) >= 2
    assert set(t.match) == {"4,000"}


def test_trace_claim_empty_phrase():
    with pytest.raises(KitError):
        trace_claim(arts("text"), "  ")


# ------------------------------------------------------------------ the gazetteer

def test_gazetteer_has_the_issue_outlets():
    gaz = load_gazetteer()
    names = set(gaz.name)
    for needed in ("BBC", "Reuters", "CNN", "Associated Press", "U.S. News", "Komsomolskaya Pravda", "Al-Manar",
                   "Al-Masdar News", "The Guardian", "The Independent"):
        assert needed in names
    assert len(gaz) > 100
    assert {"media_outlet", "news_agency", "government", "organisation"} <= set(gaz.type)


def test_edited_gazetteer(tmp_path):
    path = tmp_path / "gazetteer.csv"
    path.write_text("name,type,aliases,country,case_sensitive,note\n"
                    "Daily Planet,media_outlet,The Planet,US,yes,a made-up paper\n", encoding="utf-8")
    a = arts("The Planet reported that the bridge fell.")
    s = sources(a, gazetteer=path)
    assert s.source.tolist() == ["Daily Planet"]
    assert s.source_type.tolist() == ["media outlet"]


def test_malformed_gazetteer_names_line_and_field(tmp_path):
    path = tmp_path / "gazetteer.csv"
    path.write_text("name,type,aliases,country,case_sensitive,note\n"
                    "Daily Planet,newspaper,,US,,\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_gazetteer(path)
    assert err.value.line == 2 and err.value.field == "type"
    assert "media_outlet" in str(err.value)


def test_gazetteer_missing_column(tmp_path):
    path = tmp_path / "gazetteer.csv"
    path.write_text("name,kind\nBBC,media_outlet\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_gazetteer(path)
    assert err.value.line == 1
