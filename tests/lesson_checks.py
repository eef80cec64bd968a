"""Every public exercise check, called as the lessons call it: shared by tests/test_check_properties.py,
tests/test_exercises.py and benchmarks/bench_checks.py (not a test module)."""

import kit
from kit import exercises as ex


def lesson_checks(articles):
    """{name: one-argument call} of every public check, with the arguments the lessons give it."""
    paragraph = ex.paragraph(articles, "us-rescue-of-isis-in-raqqa", 16)
    doubt = ex.paragraph(articles, "russia-charges-pentagon", 22)
    most_tentative = kit.profile(articles).sort_values("hedge_booster_ratio").article_id.iloc[-1]
    return {
        "article_count": lambda a: ex.check_article_count(a, articles),
        "missing_outlet": lambda a: ex.check_missing_outlet(a, articles),
        "earliest": lambda a: ex.check_earliest_article(a, articles),
        "boilerplate": lambda a: ex.check_boilerplate_share(a, articles),
        "boilerplate_count": lambda a: ex.check_boilerplate_share(a, articles, "washington-pretends-combating-isis"),
        "top": lambda a: ex.check_top(a, "loaded_language_per_1k", articles),
        "top_outlet": lambda a: ex.check_top(a, "flesch_reading_ease", articles, by="outlet", largest=False),
        "prediction_choice": lambda a: ex.check_prediction(a, most_tentative),
        "prediction_number": lambda a: ex.check_prediction(a, 14, "direct quotations"),
        "loaded_words": lambda a: ex.check_loaded_words(a, paragraph),
        "hedges": lambda a: ex.check_hedges(a, paragraph),
        "boosters": lambda a: ex.check_boosters(a, paragraph),
        "doubt": lambda a: ex.check_flagged_words(a, doubt, ("doubt",), label="doubt words"),
        "quote_count": lambda a: ex.check_quote_count(a, articles, "us-rescue-of-isis-in-raqqa"),
        "speakers": lambda a: ex.check_speakers(a, articles, "washington-pretends-combating-isis"),
        "cited_outlets": lambda a: ex.check_cited_outlets(a, articles, "russia-charges-pentagon"),
        "loaded_attributions": lambda a: ex.check_loaded_attributions(a, articles, "russian-general-accuses"),
        "claim_source": lambda a: ex.check_claim_source(a, articles, "convoy"),
        "same_kind": lambda a: ex.check_same_kind(a, kit.quotes(articles), "the civilian death toll", "The report"),
        "speaker_guess": lambda a: ex.check_speaker_guess(a, kit.quotes(articles), "we", "russian-general-accuses"),
        "naming": lambda a: ex.check_naming(a, "United States", "WSWS", articles),
        "distinctive_word": lambda a: ex.check_distinctive_word(a, "Global Research", articles),
        "neutral_headline": lambda a: ex.check_neutral_headline(a, "US rescue of ISIS in Raqqa exposed"),
        "lateral_plan": lambda a: ex.check_lateral_plan(a),
        "reflection": lambda a: ex.check_reflection(a),
        "reflection_article": lambda a: ex.check_reflection(a, articles[articles.article_id == "us-rescue-of-isis-in-raqqa"]),
        "search_report": lambda a: ex.check_search_report(a),
    }
