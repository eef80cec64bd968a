"""Speaker rules of round 10 (issue 22, branch r10speakers): rules of English word order that name
who said the words. All texts are made up; each test fails without its rule."""

import pandas as pd

import kit


def rows(text):
    q = kit.quotes(pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]}))
    return [(r.quote, r.kind, r.speaker if isinstance(r.speaker, str) else None, r.speaker_text, r.speaker_method)
            for r in q.itertuples()]


def test_a_relative_pronoun_that_is_the_object_leaves_the_subject_after_it():
    # "which officials said …": "which" is what was said about; "officials" said it
    got = rows("The new rules, which officials said will take effect in May, apply to every school.")
    assert [(k, s) for _q, k, s, _t, _m in got] == [("indirect", "officials")]
    got = rows("The town kept its old bridge, which the council says is safe for buses.")
    assert [(k, t) for _q, k, _s, t, _m in got] == [("indirect", "the council")]
    # "which has denied": "which" is the subject, and it stays the words that name the speaker
    got = rows("Lee spoke to the ministry, which has denied that the road was closed.")
    assert got[0][3] == "which"
