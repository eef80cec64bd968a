"""data/second_accounts.csv: the other accounts the lessons read laterally (03 §7, 05 §7).

Each row must say where its text comes from and under what licence, and a row that is not the whole
document must say so, so that no student takes a summary or an excerpt for the source itself.
"""
import kit

ACCOUNTS = kit.data_path("second_accounts.csv")


def test_every_account_names_its_address_licence_and_date():
    accounts = kit.load_articles(ACCOUNTS)
    assert len(accounts) >= 1
    for row in accounts.itertuples():
        assert row.url.startswith("https://"), row.article_id
        assert row.rights.strip(), f"{row.article_id}: say under what licence the text is shipped"
        assert row.published is not None and str(row.published) != "NaT", row.article_id
        assert row.n_words > 0, row.article_id


def test_excerpts_say_who_quoted_them():
    accounts = kit.load_articles(ACCOUNTS).set_index("article_id")
    for article_id, row in accounts.iterrows():
        if row.notes.startswith("Not the"):  # an excerpt, as an outlet quoted it
            assert "as quoted" in row.author, f"{article_id}: name the outlet that quoted the words"
            assert "https://" in row.notes, f"{article_id}: give the address of the outlet's report"
        else:
            assert "whole" in row.rights.lower() or "whole" in row.notes.lower(), \
                f"{article_id}: a full text says that it is the whole document"


def test_the_release_is_the_coalitions_own_text():
    release = kit.load_articles(ACCOUNTS).set_index("article_id").loc["coalition-release-2017-10-14"]
    assert release.outlet == "US Central Command" and "Public domain" in release.rights
    assert release.text.startswith("A convoy of vehicles is staged to depart Raqqah Oct. 14")
