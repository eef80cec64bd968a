"""Write the instructor master notebooks (instructor/NN-name.ipynb) from this readable source.

The .ipynb masters are committed and are the source of truth for ``python -m kit build-student``;
this script only keeps them reviewable. Run it from the kit's folder after editing a lesson here:

    python instructor/_make_masters.py && python -m kit build-student

Markings (see kit/build.py): ``# SOLUTION`` at the end of a line; cells tagged ``instructor``
(teacher notes and hidden checks, kept only in the answer key); markdown tagged ``solution`` (model
answers); ``your-turn`` on exercise cells; ``nbval-check-output`` on cells whose stored output nbval
compares.

After writing a master, the script runs it top to bottom in a fresh kernel (nbclient) and stores the
outputs of the cells tagged ``nbval-check-output`` only; every other cell keeps no output and no
execution count. Those cells must print plain text (a stream or a text/plain result): the script
stops with an error when one shows HTML, an image or a widget, or when any cell fails.
"""

from __future__ import annotations

import io
import sys
import tokenize
from pathlib import Path

import nbformat
from nbformat import v4

HERE = Path(__file__).resolve().parent
CHECKED = "nbval-check-output"  # nbval compares the stored output of these cells (keep them plain text)
HIDDEN_CHECK_MESSAGE = "the solution above no longer passes its check"


def md(text: str, *tags: str):
    return ("markdown", text.strip("\n"), list(tags))


def code(text: str, *tags: str):
    return ("code", text.strip("\n"), list(tags))


def header(number: str, title: str, minutes: int, objectives: list[str], prerequisites: str, data: str):
    goals = "\n".join(f"- {o}" for o in objectives)
    return md(f"""
# {number} · {title}

| | |
|---|---|
| **Time** | about {minutes} minutes |
| **Prerequisites** | {prerequisites} |
| **Data** | {data} |

**By the end of this lesson you can:**

{goals}
""")


def hint(text: str) -> str:
    return f"<details><summary>Hint</summary>\n\n{text.strip()}\n\n</details>"


def _without_comments(line: str) -> str:
    """``check(answer)  # CHANGE THIS`` -> ``check(answer)`` (a ``#`` inside a string stays)."""
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(line).readline) if t.type == tokenize.COMMENT]
    return line[: tokens[0].start[1]].rstrip() if tokens else line.rstrip()


def hidden_check(check_code: str):
    """An instructor cell that fails (AssertionError) when the solution above stops passing its check.

    It reuses the exercise's own check call, so it follows the data and word lists the same way.
    """
    call = _without_comments(check_code.strip())
    return code(f"""
# Hidden check (instructor only: not in the student version). The solution above must pass its check.
outcome = {call}
assert outcome.correct, f"{HIDDEN_CHECK_MESSAGE}: {{outcome}}"
""", "instructor")


def exercise(number: int, prompt: str, hint_text: str, solution_code: str, check_code: str,
             hidden: bool = True):
    """A "Your turn" exercise: the prompt with a hint, then the answer and its check in one cell.

    ``hidden`` adds a hidden check after it (see :func:`hidden_check`); leave it out for written
    answers, whose check gives feedback rather than a verdict.
    """
    cells = [md(f"### Exercise {number}\n\n{prompt.strip()}\n\n{hint(hint_text)}", "your-turn"),
             code(f"{solution_code.strip()}\n{check_code.strip()}", "your-turn")]
    if hidden:
        cells.append(hidden_check(check_code))
    return cells


def written(number: int, prompt: str, model_answer: str, hint_text: str = ""):
    """A written exercise: the prompt, then a markdown cell for the answer (model answer in the master)."""
    cells = [md(f"### Exercise {number} (written)\n\n{prompt.strip()}"
                + (f"\n\n{hint(hint_text)}" if hint_text else ""), "your-turn")]
    cells.append(md(f"**Model answer (for the teacher):** {model_answer.strip()}", "solution", "your-turn"))
    return cells


def teacher(text: str):
    return md(f"> **Teacher's note.** {text.strip()}", "instructor")


SETUP = code("""
import kit
from kit import exercises

articles = kit.load_articles()
""")
SETUP_WITH_WIDGETS = code("""
import kit
from kit import exercises, widgets

articles = kit.load_articles()
""")

SIFT = """
**SIFT** is a short routine for checking a source (Mike Caulfield's four moves):

1. **Stop.** Notice how the text makes you feel, and what you already believe. Do not share or judge yet.
2. **Investigate the source.** Who published this, and who wrote it? Open a new tab and see what *others*
   say about them — not what they say about themselves.
3. **Find better coverage.** Search for the same event elsewhere. Do news agencies, other outlets or
   fact-checkers report it, and how?
4. **Trace claims, quotes and media to the original context.** When an article says "the BBC reported …"
   or "the general said …", find that report or that statement and compare.

Reading *across* many tabs like this is called **lateral reading**. It is how professional fact-checkers work:
they leave the page early, instead of reading one page from top to bottom and judging it by how it looks.
"""


# ---------------------------------------------------------------------------------------------
# 00 · Start here

def lesson_00():
    return [
        header("00", "Start here", 45,
               ["run cells in a Jupyter notebook, and restart it when something goes wrong;",
                "find help: the hints, `help()`, and the checks that give feedback;",
                "describe the five articles in this kit and what their metadata does and does not tell you;",
                "name the four SIFT moves for checking a source."],
               "none", "the five articles bundled with the kit (`kit.load_articles()`)"),
        md("""
Welcome. This kit is a set of lessons about **how news text works**: which words push the reader, who gets
to speak, how sure a text sounds and about whom, and how the same event can be told in very different ways.
You will use a little Python to count and highlight things in real articles. You do not need to know how to
program: each code cell is one to three lines, and the text around it explains what it does.

The kit does **not** tell you what is true. It shows you how a text is built, and it sends you to check
sources yourself.
"""),
        md("""
## 1. How Jupyter works

A notebook is made of **cells**. Text cells, like this one, explain. **Code cells** (with `[ ]:` on their
left) hold Python that you run.

- **Run a cell:** click into it and press **Shift + Enter**. The result appears below the cell, and the next
  cell is selected.
- While a cell runs you see `[*]`; when it is done, a number such as `[3]` shows the order in which cells ran.
- **Order matters.** A cell can use names made in cells above it. Run the cells from top to bottom.
- **Run everything:** menu *Run → Run All Cells*.
- **Start again:** if something behaves strangely, use *Kernel → Restart Kernel and Run All Cells*. That wipes
  Python's memory and runs the notebook from the top. Your text and code stay.
- **Save** with Ctrl + S (Cmd + S on a Mac).

Try it: click into the cell below and press Shift + Enter.
"""),
        code("""
1 + 1
""", CHECKED),
        md("""
You should see `2` under the cell. Now run the next cell too. It loads the kit and the articles; every lesson
starts with the same few lines.
"""),
        SETUP,
        md("""
## 2. Getting help

- **Red text is normal.** An error message tells you what went wrong; read its last line first. The kit's own
  messages also say how to fix the problem.
- **Hints** are folded away under each exercise. Click *Hint* to open one.
- **Checks.** Each exercise has a line such as `exercises.check_article_count(answer, articles)`. It tells you
  whether your answer is right, partly right, or not yet — and why. Until you write an answer, it says
  *Not answered yet*; that is fine.
- **`help(...)`** shows what a kit function does, with an example. Run the cell below.
- Places marked in capitals, such as `# CHANGE THIS`, are meant for you to edit.
- Ask a classmate, then your teacher. Explaining a problem out loud often solves it.
"""),
        code("""
help(kit.load_articles)
"""),
        md("""
## 3. The path through the lessons

| lesson | question | you will use |
|---|---|---|
| **01** Meet the corpus | What are these texts, who published them, and what is missing? | tables, reading level |
| **02** Loaded language and labels | Which words push the reader, and why? | highlighting, word lists, an explorer |
| **03** Sourcing | Who gets to speak, and how are they introduced? Where does a claim come from? | quotations, cited sources, a claim trace |
| **04** Hedging and certainty | How sure does a text sound, and about whom? | hedges and boosters |
| **05** Same event, different frames | How do outlets name things, and what do they count? | naming, distinctive words, figures, headlines |
| **06** Capstone | Can you analyse an article of your own choice? | everything above |

Each lesson takes about one class period. Every lesson ends with **Your turn** exercises, discussion
questions and a short recap.
"""),
        md("""
## 4. A note on the material

The five articles in this kit were published between 2017 and 2019. Three outlets are named in them
(Anti-Media, WSWS and Global Research); one article names no outlet at all. All five
make the same claim: that the United States protected or helped fighters of the so-called Islamic State (ISIS)
in Syria — for example during the evacuation of the city of Raqqa in a convoy in October 2017, or around the
US base at Al-Tanf.

The articles were chosen **because they are one-sided**: they argue for one view, strongly, which makes the
techniques of persuasion easy to see. They are here to be analysed, not endorsed — and not dismissed either.
This kit does not decide whether their claims are true. Some claims in them may be well supported, some
weakly, some not at all; finding out is work you do *outside* the articles, by checking sources.

The articles describe war, sieges and civilian deaths. If that is hard for you, tell your teacher.
"""),
        md(f"""
## 5. How to check a source: read laterally

{SIFT}
"""),
        md("""
## 6. The corpus at a glance

The articles are a table, with one row per article. These are the columns that describe each article — its
**metadata**:
"""),
        code("""
articles[["article_id", "outlet", "author", "published", "title", "n_words"]]
"""),
        md("""
Look at the empty cells. An empty `outlet`, `author` or `title`, or `NaT` ("not a time") under `published`,
means **the text itself does not say**. The kit never fills these in by guessing. Not knowing who published
something, or when, is itself important information — and finding out is a lateral-reading task you will try
in lesson 01.
"""),
        teacher("""
Lesson 00 is short on purpose: spend the rest of the period on the SIFT moves with a live example of your
choice. Stress that the kit never gives a verdict on truth; students often expect one. The empty metadata of
`russia-charges-pentagon` is deliberate (the kit's manifest records only what the text says).
"""),
        md("""
## 7. Your turn

Write your answer after `answer =` in place of the three dots, then run the cell. The check under it gives
feedback. You can try as often as you like.
""", "your-turn"),
        *exercise(1, "How many articles are in the corpus? Give a number.",
                  "Count the rows of the table above, or run `len(articles)`.",
                  "answer = len(articles)  # SOLUTION",
                  "exercises.check_article_count(answer, articles)"),
        *exercise(2, """
Which article names **no outlet**? Give its `article_id`, in quotes.
""", "Look down the `outlet` column of the table in section 6 for an empty cell. Copy the `article_id` of that "
             "row, with quotes around it: `\"…\"`.",
                  'answer = "russia-charges-pentagon"  # SOLUTION',
                  "exercises.check_missing_outlet(answer, articles)"),
        *written(3, """
Before you read any of the articles closely: what is the **first** thing you would do to find out who
published the article with no outlet? Name the SIFT move it belongs to.
""", """
Stop, then Investigate the source: copy a distinctive sentence or the headline into a search engine, in
quotation marks, and see where it was published first; then read what others say about that publisher.
"""),
        md("""
## 8. Discussion

1. Why might an article leave out its author or its date? Is a missing author always a warning sign?
2. You feel strongly about an article you have just read. What does the first SIFT move ask you to do, and why?
3. These articles all argue one side. What can we learn from reading one-sided texts on purpose?

## Recap

- Run a cell with **Shift + Enter**; restart with *Kernel → Restart Kernel and Run All Cells*.
- The articles are a table, one row per article; empty metadata means *the text does not say*.
- The kit shows how texts work; it does not say what is true.
- To check a source, read laterally: **Stop, Investigate the source, Find better coverage, Trace claims.**

Next: **01 · Meet the corpus**.
"""),
    ]


# ---------------------------------------------------------------------------------------------
# 01 · Meet the corpus

def lesson_01():
    return [
        header("01", "Meet the corpus", 45,
               ["read the articles as a table (a pandas DataFrame) and pick out rows and columns;",
                "say which metadata each article gives, and which is missing;",
                "explain the difference between the raw file, the clean text and the boilerplate;",
                "compare reading levels across outlets with a plot, and say what a readability score can "
                "and cannot tell you;",
                "plan how to find out who published an article that does not say."],
               "00 · Start here", "the five bundled articles; their raw files in `data/articles/`"),
        SETUP,
        md("""
## 1. Articles as a table

A **corpus** is a collection of texts that we study together. Ours has five articles. `kit.load_articles()`
returns them as a **DataFrame**: a table in which each row is one article and each column is one piece of
information about it. These are the column names:
"""),
        code("""
list(articles.columns)
""", CHECKED),
        md("""
`text` holds the article's body, cleaned up; `boilerplate` holds the lines around it that are not the article
itself; `n_words` counts the words of the body. To look at one column, put its name in square brackets:
"""),
        code("""
articles["title"]
"""),
        md("""
## 2. Metadata, and what is missing

**Metadata** is information *about* a text: who wrote it, who published it, when, where it came from, and on
what terms it may be shared. Journalists call the first questions the *five Ws*. Here is what our five articles
say about themselves:
"""),
        code("""
articles[["article_id", "outlet", "author", "published", "title"]]
"""),
        md("""
Two articles give no date, two give no author, one gives no title, and one — `russia-charges-pentagon` —
gives no outlet, no author and no date. The kit's `notes` column records what the text *does* say. Read the
note for that article:
"""),
        code("""
articles.loc[articles["article_id"] == "russia-charges-pentagon", "notes"].item()
""", CHECKED),
        md("""
So who published it? The text will not tell you — but it offers clues. It says the charge was made
"Wednesday"; it quotes Komsomolskaya Pravda, the BBC, Reuters and the Associated Press; and some of its
phrases may look familiar if you have read the other articles. Finding the publisher is **lateral reading**:
you leave the text and search outside it. You will plan that search in the exercises.
"""),
        md("""
## 3. Raw text and clean text

The file on disk is the **raw** text: exactly what was saved, byte for byte. `russia-charges-pentagon` was
copied out of a PDF, so its lines break in the middle of sentences and even inside words. Here are its
first lines as they are on disk:
"""),
        code("""
print(kit.raw_text("russia-charges-pentagon")[:300])
""", CHECKED),
        md("""
And here is the same passage in the `text` column, after the kit joined the lines, mended the word broken as
"ex-" / "ISIS" and kept real hyphens such as "Kurdish-dominated":
"""),
        code("""
print(articles.loc[0, "text"][:300])
""", CHECKED),
        md("""
The raw file is never changed. Cleaning only decides *what counts as the article*, so that counting words is
fair. Whenever you doubt the cleaning, go back to the raw file.

## 4. Boilerplate

**Boilerplate** is the text around an article that is not part of its argument: bylines, datelines,
"Note to readers", disclaimers, copyright lines, links to the author's web site. The kit keeps it in its own
column, so nothing is thrown away. Here is the boilerplate of the last article:
"""),
        code("""
print(articles.loc[4, "boilerplate"])
"""),
        md("""
Boilerplate is not "noise" for a careful reader. It can tell you who runs a site, how it is funded, what
rights it claims, and whether the piece was first published somewhere else. One Global Research author note
says its article "was originally published" in another magazine — a lead worth following. Count the
boilerplate words of each article:
"""),
        code("""
articles["boilerplate"].str.split().str.len()
"""),
        md("""
## 5. Reading level by outlet

How hard is a text to read? **Readability formulas** estimate it from sentence length and word length
(syllables per word). Two common ones:

- **Flesch Reading Ease**: 0–100. Higher is easier. Around 60–70 is plain English; below 30 is very hard.
- **Flesch–Kincaid Grade**: roughly the US school grade a reader needs. 10 means a 15–16-year-old.

`kit.profile` computes both for every article (and many other numbers you will meet later):
"""),
        code("""
profile = kit.profile(articles)
profile[["article_id", "flesch_reading_ease", "flesch_kincaid_grade", "avg_sentence_length"]]
"""),
        md("""
A plot makes the comparison easier to see. Each bar is one article, grouped by outlet:
"""),
        code("""
exercises.plot_reading_level(profile)
"""),
        md("""
What a readability score **can** tell you: long sentences full of long words are harder to follow, and a
hard text reaches fewer readers. What it **cannot** tell you: whether a text is accurate, fair or well argued.
A simple sentence can carry a false claim; a difficult one can be careful and true. Formulas also ignore
meaning: "the cat sat" and "the sat cat" score the same.
"""),
        teacher("""
Common mistakes: students read Flesch Reading Ease the wrong way round (higher is *easier*), and treat a
difficult text as more trustworthy. Seed `russia-charges-pentagon` and seed `us-rescue-of-isis-in-raqqa`
share whole phrases ("its proxy ground force, the Kurdish-dominated Syrian Democratic Forces"); a strong group
may notice it and search for the phrase. Do not tell them the publisher; let them find it.
"""),
        md("""
## 6. Your turn
""", "your-turn"),
        *exercise(1, """
Which article was published **first**? Give its `article_id`. (Some articles give no date: can you tell when
those were published?)
""", "Sort the table by date: `articles.sort_values(\"published\")[[\"article_id\", \"published\"]]`. "
             "`NaT` means no date is given.",
                  'answer = "washington-pretends-combating-isis"  # SOLUTION',
                  "exercises.check_earliest_article(answer, articles)"),
        *exercise(2, """
Which article carries the **most boilerplate** (counted in words)? Give its `article_id`.
""", "Section 4 counted the boilerplate words of each article; the numbers on the left are the row numbers. "
             "`articles.loc[ROW, \"article_id\"]` gives the id of a row.",
                  'answer = "washington-pretends-combating-isis"  # SOLUTION',
                  "exercises.check_boilerplate_share(answer, articles)"),
        *exercise(3, """
Which **outlet** writes the hardest-to-read articles — the lowest Flesch Reading Ease on average? Give the
outlet's name as it appears in the table. (An article with no outlet counts as "(no outlet named)".)
""", "Look at the plot, or run `kit.profile(articles).groupby(\"outlet\")[\"flesch_reading_ease\"].mean()`. "
             "Lowest ease means hardest.",
                  'answer = "(no outlet named)"  # SOLUTION',
                  'exercises.check_top(answer, "flesch_reading_ease", articles, by="outlet", largest=False)'),
        *exercise(4, """
Write a short plan (two or three sentences, in quotes) for finding out **who published
`russia-charges-pentagon`, and when**. Which SIFT moves do you use?
""", "Think of the search box. What could you paste into it, in quotation marks? Once you have a candidate "
             "publisher, what would you look up about it, and where?",
                  'answer = ("I would search an exact sentence from the article in quotation marks to find where it was '
                  'first published, then look up that site on Wikipedia and in other outlets to see who runs it, and '
                  'compare with other coverage of the same Russian charge.")  # SOLUTION',
                  "exercises.check_lateral_plan(answer)", hidden=False),
        md("""
## 7. Discussion

1. A text with no author, no date and no outlet: should we trust it less, or just check it more? Why?
2. Where else, besides the article itself, can metadata come from? How reliable is each of those places?
3. Is a text that is hard to read more or less convincing? For whom?

## Recap

- The corpus is a table: one row per article, one column per piece of information.
- Metadata may be missing; the kit leaves it empty and records what the text does say in `notes`.
- Raw files stay untouched; the clean `text` is the article body; `boilerplate` holds what surrounds it.
- Readability formulas measure sentence and word length — not truth, fairness or quality.

Next: **02 · Loaded language and labels**.
"""),
    ]


# ---------------------------------------------------------------------------------------------
# 02 · Loaded language and labels

def lesson_02():
    return [
        header("02", "Loaded language and labels", 45,
               ["tell descriptive words from loaded words and labels, with examples;",
                "highlight loaded language in an article and explain why a word is flagged;",
                "compare how often articles use loaded language, fairly (per 1,000 words), with a plot;",
                "mark loaded words yourself, compare with the word lists, and say where the lists fall short."],
               "00 and 01", "the five bundled articles; the word lists in `data/lexicons/`"),
        SETUP_WITH_WIDGETS,
        md("""
## 1. Describing or pushing?

Compare two sentences about the same event:

> The siege of the city lasted four months.
>
> The **brutal** siege of the city dragged on for four **merciless** months.

Both describe a siege. The second also tells you how to *feel* about it. Words like "brutal" and "merciless"
are **loaded language**: emotive words that carry a judgement. **Labels** do the same job for people and
groups: "the Syrian government" and "the Assad **regime**" name the same thing, but "regime" suggests it is
illegitimate. Calling a group "terrorists", "rebels" or "militants" is a choice, too.

Loaded words are not lies, and they are not always wrong: sometimes a strong word fits. But they do part of
the reader's thinking for them. Noticing them lets you decide for yourself.

## 2. See it in the text

The kit has **word lists** (in `data/lexicons/`) with words that usually carry a judgement, each with a short
note on why. `kit.highlight` marks them in an article. Hover over a marked word to read its note:
"""),
        code("""
kit.highlight("us-rescue-of-isis-in-raqqa", categories=["loaded_language", "label"])
"""),
        md("""
## 3. Why is a word flagged?

`kit.explain` gives the reason in plain words, and a more neutral alternative where there is one:
"""),
        code("""
kit.explain("regime")
"""),
        code("""
kit.explain("patent nonsense")
"""),
        md("""
## 4. All the flagged words, as a table

`kit.annotate` finds every flagged word in every article. Each row is one **span**: where it is (`start`,
`end`), the words themselves (`text`), the category, and the note.
"""),
        code("""
spans = kit.annotate(articles, categories=["loaded_language", "label"])
spans[["article_id", "text", "category", "note"]].head(10)
"""),
        md("""
Which words come up most often across the corpus?
"""),
        code("""
spans["text"].str.lower().value_counts().head(12)
"""),
        md("""
## 5. Counting fairly: per 1,000 words

A long article has more room for loaded words than a short one. To compare fairly we use a **rate**: how many
per 1,000 words. `kit.profile` computes it for every category (`loaded_language_per_1k`, `label_per_1k`, …).
"""),
        code("""
profile = kit.profile(articles)
kit.plot_profile(profile, categories=["loaded_language", "label"])
"""),
        md("""
Read the plot slowly. Which article uses loaded words most densely? Which relies more on labels than on
emotive adjectives? Remember that a higher bar means *more words from these lists*, not *more wrong*.

## 6. Explore

The explorer shows one article at a time. Choose an article in the dropdown and tick categories: the
highlighted text and the counts change. Nothing later in this notebook depends on what you choose here.
"""),
        code("""
widgets.explorer(articles)
"""),
        md("""
## 7. Spot the loaded words yourself

Before you look at the word lists, test your own eye. Click the words in the paragraph below that you think are
loaded language or labels, then press **Check my choices**. The feedback tells you which of your words are on
the lists, which are not and why — disagreeing with a word list can be a good answer if you can explain it.
"""),
        code("""
widgets.spot_the_loaded_words(articles=articles, article_id="us-rescue-of-isis-in-raqqa")  # CHANGE THIS: another article id
"""),
        md("""
## 8. What word lists cannot do

A word list does not read. It flags "regime" in "the regime of the river" and misses a loaded word that is not
on the list. It cannot see irony, or a loaded *idea* written in plain words ("the story has been largely
ignored by the US media"). And whether a strong word is *deserved* depends on the facts, which the list does
not know. Treat every flag as a question — *why this word?* — not as a verdict.
"""),
        teacher("""
Ask students to defend one word they marked that is *not* on the lists, and to argue against one word that
is. "Terrorists" for ISIS is a good debate: a label, and also the designation used by many governments and
the UN. Common mistake: treating the count as a score of how "biased" or "false" an article is.
"""),
        md("""
## 9. Your turn
""", "your-turn"),
        md("""
This is the paragraph for exercise 1. Change the article id or the paragraph number (counting from 0) to
practise on another one — the check follows your choice.
""", "your-turn"),
        code("""
paragraph = exercises.paragraph(articles, "us-rescue-of-isis-in-raqqa", 16)  # CHANGE THIS: article id, paragraph number
print(paragraph)
""", "your-turn", CHECKED),
        *exercise(1, """
Which words in the paragraph above are on the word lists as **loaded language or labels**? Give a list of
words, e.g. `["word", "another word"]`.
""", "Look for words that judge rather than describe: adjectives about cruelty or size, and names for groups "
             "that suggest they are illegitimate. `kit.highlight` in section 2 shows this paragraph, too.",
                  'answer = ["imperialism", "regime change", "hegemony"]  # SOLUTION',
                  "exercises.check_loaded_words(answer, paragraph)"),
        *exercise(2, """
Which article has the **highest rate of loaded language** (`loaded_language_per_1k`)? Give its `article_id`.
""", "Look at the plot in section 5, or sort the profile: "
             "`profile.sort_values(\"loaded_language_per_1k\")[[\"article_id\", \"loaded_language_per_1k\"]]`.",
                  'answer = profile.sort_values("loaded_language_per_1k").article_id.iloc[-1]  # SOLUTION',
                  'exercises.check_top(answer, "loaded_language_per_1k", articles)'),
        *exercise(3, """
Which article uses **labels** most densely (`label_per_1k`)? Give its `article_id`.
""", "The same as exercise 2, with the column `label_per_1k`.",
                  'answer = profile.sort_values("label_per_1k").article_id.iloc[-1]  # SOLUTION',
                  'exercises.check_top(answer, "label_per_1k", articles)'),
        *written(4, """
Pick one flagged word you think the word list gets **wrong** in its context, or one word it **misses**. Quote
the sentence and explain in two or three sentences.
""", """
For example, "terrorists" is flagged as a label, but when it refers to ISIS it matches the official
designation used by the UN and many governments, so in that sentence it describes more than it judges.
A missed word: "exposed" in the headline "US rescue of ISIS in Raqqa exposed" presents a claim as a revealed
fact, which pushes the reader as much as an adjective would.
"""),
        md("""
## 10. Discussion

1. Is every loaded word a sign of a bad article? When is a strong word the accurate one?
2. "Regime" or "government"; "militants", "rebels" or "terrorists": who chooses which word, and what does the
   choice tell you about the writer?
3. What could an article that wants to persuade you do *without* any loaded words at all?

## Recap

- Loaded language and labels carry a judgement along with a description.
- `kit.highlight`, `kit.explain` and `kit.annotate` show which words are flagged and why.
- Compare articles with rates per 1,000 words, not raw counts.
- Word lists raise questions; your reading answers them.

Next: **03 · Sourcing**.
"""),
    ]


# ---------------------------------------------------------------------------------------------
# 03 · Sourcing

def lesson_03():
    return [
        header("03", "Sourcing: who gets to speak?", 45,
               ["list who is quoted in an article, and how each speaker is introduced;",
                "tell neutral verbs of saying (\"said\") from loaded ones (\"claimed\", \"blasted\");",
                "find anonymous and vague sources;",
                "show which media outlets each article cites, with a plot;",
                "trace a claim (the Raqqa convoy) back to the report the articles cite."],
               "00–02", "the five bundled articles; the gazetteer of outlets and organisations in `data/`"),
        SETUP,
        md("""
## 1. Who gets to speak?

News is built from **sources**: people, organisations and other media whose words the writer reports. Who is
quoted, and who is only talked *about*, shapes what the reader hears. `kit.quotes` finds every quotation with
its speaker, the verb that introduces it (the **cue**), and the kind of speaker:
"""),
        code("""
quotes = kit.quotes(articles)
quotes[["article_id", "speaker", "cue", "speaker_type", "kind"]].head(12)
"""),
        md("""
A **direct** quotation gives the speaker's words in quotation marks; an **indirect** one reports them
("Gerasimov said that …"). The speaker finder is a set of rules, not a reader: where it has to guess (a "he",
or "the general"), the column `speaker_guess` says so, and sometimes it is simply wrong. Check surprising rows
against the text. Who is quoted most often across the corpus?
"""),
        code("""
quotes["speaker"].value_counts().head(10)
"""),
        md("""
## 2. "Said" or "claimed"?

The verb that introduces a quotation is a small choice with a big effect. "Said", "told" and "according to"
are **neutral**. "Claimed" hints the statement may be false; "admitted" hints it was a confession; "blasted"
and "insisted" add emotion. Compare:

> The general **said** the convoy carried fighters. · The general **claimed** the convoy carried fighters.

The kit's attribution word list records the tone of each verb. How does each article introduce its sources?
"""),
        code("""
attributions = kit.annotate(articles, categories=["attribution"])
attributions.groupby(["article_id", "tone"]).size().unstack(fill_value=0)
"""),
        md("""
Look at *whose* words get the loaded verbs. In `russian-general-accuses`, the Russian general "claimed" —
and so, in one sentence, did the Trump administration. Does the writer use the same verbs for sources they
agree with and sources they do not?

## 3. Anonymous and vague sources

Some sources have no name: "an anonymous source", "some experts", "critics say", "it is well known". There
can be good reasons for anonymity (a source's safety), but the reader cannot check such a source. The kit
flags these **vague sources**:
"""),
        code("""
kit.annotate(articles, categories=["vague_source"])[["article_id", "text", "note"]]
"""),
        md("""
## 4. Which outlets are cited?

Articles often lean on other media: "the BBC documented …", "U.S. News reported …". `kit.sources` lists every
cited person, organisation and outlet; `kit.citations` turns the outlets into a table, article by outlet:
"""),
        code("""
cited = kit.citations(articles)
cited[["article_id", "outlet", "cited", "n_mentions", "n_quotes"]]
"""),
        code("""
kit.plot_citations(cited)
"""),
        md("""
Notice which outlets are cited by several articles. A claim that appears in five articles may still rest on
one single report. That is why we trace it.

## 5. Trace a claim back to its source

Several of the articles describe ISIS fighters leaving Raqqa in a convoy. `kit.trace_claim` lists every sentence in the corpus that
mentions a phrase, with its attribution — who the sentence says the information comes from:
"""),
        code("""
trace = kit.trace_claim(articles, "convoy")
trace[["article_id", "text", "attribution", "cue"]]
"""),
        md("""
Which articles are these sentences from? Each article once:
"""),
        code("""
sorted(trace["article_id"].unique())
""", CHECKED),
        md("""
Try the figure, too — how many people left Raqqa, according to whom?
"""),
        code("""
kit.trace_claim(articles, "4,000")[["article_id", "text", "attribution"]]  # CHANGE THIS: try "Tanf" or "Surovikin"
"""),
        md("""
The trail leads outside the corpus, to a report by another outlet. The last SIFT move — **Trace claims to the
original context** — means: find that report itself, read it, and compare. Does it say what the articles say
it says? What do the articles add, leave out, or reword? The kit cannot do this step for you; a search engine
and ten minutes can.
"""),
        teacher("""
The convoy claim traces to the BBC investigation "Raqqa's dirty secret" (November 2017), which reported a
deal to evacuate ISIS fighters and families from Raqqa. Students should compare its wording with seeds
`us-rescue-of-isis-in-raqqa` and `russia-charges-pentagon` (e.g. who organised the deal, and how the
coalition's statement is presented). Keep the discussion on how the report is used, not on a verdict.
Common mistake: counting a claim repeated in several articles as several independent confirmations.
"""),
        md("""
## 6. Your turn
""", "your-turn"),
        *exercise(1, """
How many **direct quotations** does `us-rescue-of-isis-in-raqqa` contain? Give a number.
""", "Filter the quotations table: `quotes[(quotes.article_id == \"us-rescue-of-isis-in-raqqa\") & "
             "(quotes.kind == \"direct\")]` and count its rows with `len(...)`.",
                  'answer = len(quotes[(quotes.article_id == "us-rescue-of-isis-in-raqqa") & (quotes.kind == "direct")])  # SOLUTION',
                  'exercises.check_quote_count(answer, articles, "us-rescue-of-isis-in-raqqa")  # CHANGE THIS: article id'),
        *exercise(2, """
Who is quoted **by name, in quotation marks** (direct quotations) in `washington-pretends-combating-isis`?
Give a list of names; last names are enough.
""", "Look at the `speaker` column of `quotes` for that article, where `speaker_type` is *named person* "
             "and `kind` is *direct*.",
                  'answer = ["Konashenkov", "Moallem"]  # SOLUTION',
                  'exercises.check_speakers(answer, articles, "washington-pretends-combating-isis")  # CHANGE THIS: article id'),
        *exercise(3, """
Which **loaded verbs of saying** (tone "loaded") does `russian-general-accuses` use? Give a list of words.
""", "`kit.annotate(articles, categories=[\"attribution\"])` gives every verb of saying with its `tone`; keep "
             "the rows of that article whose tone is `loaded`.",
                  'answer = list(attributions[(attributions.article_id == "russian-general-accuses") & (attributions.tone == "loaded")].text.str.lower().unique())  # SOLUTION',
                  'exercises.check_loaded_attributions(answer, articles, "russian-general-accuses")  # CHANGE THIS'),
        *exercise(4, """
Two articles describe a long convoy leaving Raqqa. Which **outlet's report** do they cite for it? Give the
outlet's name.
""", "Read the `trace` table from section 5: which outlet is named in the sentences about the convoy?",
                  'answer = "BBC"  # SOLUTION',
                  'exercises.check_claim_source(answer, articles, "convoy")'),
        *written(5, """
Whose voices are **missing** from these articles? Name one person or group you would want to hear from about
the Raqqa evacuation, and say why.
""", """
People who were in Raqqa (residents, truck drivers), the Syrian Democratic Forces who negotiated the deal,
and the US-led coalition beyond one spokesman's quotation. The BBC report the articles cite interviewed drivers
and officials; the articles quote almost none of them directly.
"""),
        md("""
## 7. Discussion

1. Is a claim stronger because five articles repeat it? What would make it stronger?
2. When is it fair to quote an anonymous source? What should a writer tell the reader when they do?
3. Choose one loaded verb of saying from the table in section 2. Rewrite its sentence with "said". What changes?

## Recap

- Who is quoted, and who is only talked about, shapes what the reader hears.
- Verbs of saying carry tone: "said" is neutral; "claimed", "admitted", "blasted" are not.
- Anonymous and vague sources cannot be checked by the reader.
- A claim repeated in many articles may rest on one report: trace it, then read the original.

Next: **04 · Hedging and certainty**.
"""),
    ]


# ---------------------------------------------------------------------------------------------
# 04 · Hedging and certainty

def lesson_04():
    return [
        header("04", "Hedging and certainty", 45,
               ["recognise hedges (\"alleged\", \"may\", \"reportedly\") and boosters (\"undoubtedly\", "
                "\"incontrovertible\", \"in reality\");",
                "compare how sure each article sounds, with a plot;",
                "find out *whose* claims are hedged and whose are stated as certain."],
               "00–03", "the five bundled articles; the hedge and booster word lists"),
        SETUP,
        md("""
## 1. How sure does a text sound?

Writers signal how certain they are. **Hedges** soften a claim: "*alleged* close encounters", "an armed drone
that *allegedly* dropped munitions", "it *appears*", "*may*". **Boosters** harden it: "*undoubtedly*",
"*clearly*", "*incontrovertible* evidence", "*in reality*", "the *undeniable* reality".

Hedging is not weakness: careful writers hedge what they cannot prove. Boosting is not strength: a booster
tells you how sure the *writer* wants to sound, not how good the evidence is. The interesting question is
**how certainty is distributed** — which claims get hedged, which get boosted, and whose claims they are.

## 2. See it in the text

Read the last paragraph of this article closely. It hedges and boosts in the same sentence:
"""),
        code("""
kit.highlight("russian-general-accuses", categories=["hedge", "booster"])
"""),
        md("""
"Claims from the Russian government are **undoubtedly** biased … and **cannot currently be confirmed** with
certainty" — and then "the **undeniable** reality on the ground is …". The writer doubts their sources, and
yet presents the conclusion as beyond doubt.

## 3. Every hedge and booster, in its sentence

To see *what* each word softens or hardens, read it in its sentence. `exercises.in_context` adds the sentence
to each span:
"""),
        code("""
certainty = kit.annotate(articles, categories=["hedge", "booster"])
exercises.in_context(certainty, articles)[["article_id", "text", "category", "sentence"]]
"""),
        md("""
## 4. Comparing articles

How does the balance differ between articles? The plot shows hedges and boosters per 1,000 words:
"""),
        code("""
profile = kit.profile(articles)
kit.plot_profile(profile, categories=["hedge", "booster"])
"""),
        md("""
`hedge_booster_ratio` sums this up in one number: above 1, the article hedges more than it boosts; below 1, it
boosts more than it hedges.
"""),
        code("""
profile[["article_id", "hedge_per_1k", "booster_per_1k", "hedge_booster_ratio"]]
"""),
        md("""
## 5. Toward whom?

Now the key question: **whose claims are hedged, and whose are boosted?** In `russia-charges-pentagon`,
reports of close encounters between US and Russian warplanes are "alleged", while the writer's own conclusion
about the US military comes "in reality". In `russian-general-accuses`, the drone shot down by the US
"allegedly" dropped munitions — a hedge on the US account.

A pattern worth noticing: if claims from one side are always hedged and claims against it are always boosted,
the certainty follows the writer's position rather than the evidence. You will check this yourself in the
exercises.
"""),
        teacher("""
Common mistakes: counting "may" the month as a hedge (the word list ignores "May" with a capital in dates, but
students should see why); and assuming boosters mean stronger evidence. The written exercise works best in
pairs: one partner lists the hedged claims, the other the boosted ones, then they compare whose claims they are.
"""),
        md("""
## 6. Your turn
""", "your-turn"),
        code("""
paragraph = exercises.paragraph(articles, "russian-general-accuses", 18)  # CHANGE THIS: article id, paragraph number
print(paragraph)
""", "your-turn", CHECKED),
        *exercise(1, """
Which words in the paragraph above are **boosters**? Give a list of words.
""", "Boosters make a claim sound certain: look for words like \"undeniable\" or \"in reality\".",
                  'answer = ["undoubtedly", "undeniable"]  # SOLUTION',
                  "exercises.check_boosters(answer, paragraph)"),
        code("""
paragraph_2 = exercises.paragraph(articles, "russia-charges-pentagon", 22)  # CHANGE THIS: article id, paragraph number
print(paragraph_2)
""", "your-turn", CHECKED),
        *exercise(2, """
Which words in this second paragraph are **hedges**? Give a list of words.
""", "Hedges make a claim sound less certain: \"alleged\", \"reportedly\", \"may\", \"appears\"…",
                  'answer = ["unsubstantiated", "allegations"]  # SOLUTION',
                  "exercises.check_hedges(answer, paragraph_2)"),
        *exercise(3, """
Which article uses **boosters** most densely (`booster_per_1k`)? Give its `article_id`.
""", "Sort the profile by `booster_per_1k`, or read the plot in section 4.",
                  'answer = profile.sort_values("booster_per_1k").article_id.iloc[-1]  # SOLUTION',
                  'exercises.check_top(answer, "booster_per_1k", articles)'),
        *written(4, """
Using the table in section 3, pick one article. List two claims it **hedges** and two it **boosts**. Whose
claims are they (which side)? Is certainty distributed evenly?
""", """
In `russia-charges-pentagon`, the hedged claims are "alleged close encounters" between US and Russian
warplanes and the "unsubstantiated allegations" against Iran — both claims made by the US side or its allies.
The boosted claims — "incontrovertible evidence" that Washington rescued ISIS fighters, and "in reality" the US
military "knows full well where these fighters are" — are claims against the US. Certainty follows the
article's argument rather than the strength of the evidence given.
"""),
        md("""
## 7. Discussion

1. A scientist writes "the results suggest"; a columnist writes "the truth is". Which sounds more reliable to
   you, and which is?
2. When a writer boosts a claim, what evidence would you want to see next to it?
3. Find a hedge that protects the writer ("if this is the case …"). What does it let them say?

## Recap

- Hedges soften claims; boosters harden them. Neither is evidence.
- Compare how certainty is spread: which claims are hedged, which boosted — and whose claims they are.
- A claim stated as certain still needs tracing to its source.

Next: **05 · Same event, different frames**.
"""),
    ]


# ---------------------------------------------------------------------------------------------
# 05 · Same event, different frames

def lesson_05():
    return [
        header("05", "Same event, different frames", 45,
               ["compare how outlets name the same actors, with a heatmap;",
                "find the words that are distinctive of each outlet, and read a z-score;",
                "compare the figures each article reports, and whom it cites for them;",
                "read headlines side by side and rewrite one neutrally."],
               "00–04", "the five bundled articles; the concept table in `data/concepts.csv`"),
        SETUP_WITH_WIDGETS,
        md("""
## 1. Framing

A **frame** is the angle from which a story is told: what is put in the foreground, what is left out, who is
the actor and who is acted upon. Two reports can agree on every fact and still frame an event differently —
through the names they use, the numbers they pick, and the headline they lead with.

## 2. Naming the same actors

How does each outlet refer to the United States? "The United States", "Washington", "the Pentagon" and
"US imperialism" point at the same country but frame it differently. `kit.naming` counts the names for each
actor, per outlet, from an editable concept table:
"""),
        code("""
names = kit.naming(articles)
kit.plot_naming(names, concept="United States")  # CHANGE THIS: "Syrian government", "ISIS", "SDF", ...
"""),
        md("""
Read the heatmap row by row: a dark cell means that outlet uses that name often (the number is how many
times). Which names appear only in one outlet? Which actors get neutral names, and which get labels? Change
the actor in the cell above to compare the names for the Syrian government, ISIS or the SDF;
`kit.plot_naming(names)` shows all actors at once. The numbers are counts, not rates: an outlet with more
articles in the corpus has more chances to use each name (`articles["outlet"].value_counts()` tells you how
many each has).

## 3. Distinctive words

Which words does each outlet use *more than the others*? `kit.distinctive_words` compares every outlet with all
the others pooled (a method called "Fightin' Words"). The **z-score** says how surprising the difference is: a z
above 2 means the word is used clearly more by that outlet than chance would explain.
"""),
        code("""
words = kit.distinctive_words(articles, by="outlet")
kit.plot_distinctive_words(words)
"""),
        md("""
The plot leaves out grammar words such as "of" and "the" (the table `words` keeps them). With only five
articles, some distinctive words simply reflect the topic of one article. Treat the list as a starting point
for reading, not as a fingerprint of the outlet.

## 4. Figures

Numbers feel objective, yet each one is chosen, rounded and attributed. `kit.figures` lists every number with
its context and its attribution:
"""),
        code("""
figures = kit.figures(articles)
figures[figures.kind != "date"][["article_id", "phrase", "attribution"]]
"""),
        md("""
Who reports "4,000"? "750"? "11,000"? Does every article say where its figure comes from? A figure without a
source is a claim like any other.

## 5. Headlines side by side

A headline is the frame in its shortest form. Many readers never get further. Here are the headlines and first
paragraphs together:
"""),
        code("""
kit.headlines(articles)[["article_id", "outlet", "title", "lead"]]
"""),
        md("""
The compare view puts two outlets (or two articles) next to each other, with the same categories highlighted.
Choose any pair in the dropdowns:
"""),
        code("""
widgets.compare(articles, by="outlet")  # CHANGE THIS: by="article" compares single articles
"""),
        md("""
## 6. Rewriting a headline neutrally

A neutral headline says **who** claims **what**, without loaded words, labels or boosters, and without turning a
claim into a fact. Compare:

> US rescue of ISIS in Raqqa exposed
>
> BBC report says Raqqa deal let ISIS fighters leave the city

The second keeps the news and names its source; the reader can check it. You will write your own below.
"""),
        teacher("""
The headline rewrite is the core activity: give it 15 minutes and collect a few rewrites on the board.
Common mistakes: removing the claim altogether (a neutral headline still reports news), and keeping the
claim but dropping its source. The check only looks at the word lists; the class decides the rest.
"""),
        md("""
## 7. Your turn
""", "your-turn"),
        *exercise(1, """
Which name for the **United States** does **WSWS** use most often? Give the name as it appears in the naming
table.
""", "Filter the naming table: `names[(names.outlet == \"WSWS\") & (names.concept == \"United States\")]`, "
             "then look at the `count` column.",
                  'answer = names[(names.outlet == "WSWS") & (names.concept == "United States")].sort_values("count").surface.iloc[-1]  # SOLUTION',
                  'exercises.check_naming(answer, "United States", "WSWS", articles)  # CHANGE THIS: concept, outlet'),
        *exercise(2, """
Name one word that is **distinctive of Global Research** (in its top 10 by z-score).
""", "Look at the plot in section 3, or filter `words` to that outlet and sort by `z`.",
                  'answer = words[words.outlet == "Global Research"].sort_values("z").word.iloc[-1]  # SOLUTION',
                  'exercises.check_distinctive_word(answer, "Global Research", articles)  # CHANGE THIS: outlet'),
        code("""
original = articles.loc[articles.article_id == "us-rescue-of-isis-in-raqqa", "title"].item()  # CHANGE THIS
original
""", "your-turn", CHECKED),
        *exercise(3, """
Rewrite the headline above **neutrally**: say who claims what, and keep it short. Write it as text in quotes.
""", "Start with the source: \"A BBC report says …\" or \"Russian general says …\". Leave out words that judge.",
                  'answer = "BBC report says US-backed forces let ISIS fighters leave Raqqa"  # SOLUTION',
                  "exercises.check_neutral_headline(answer, original)"),
        *written(4, """
Pick two headlines from section 5. Describe the frame of each in one sentence: who is the actor, what is
foregrounded, what is left out?
""", """
"US rescue of ISIS in Raqqa exposed" makes the US the actor and presents a rescue as a revealed fact; it leaves
out who reported it and that the deal was negotiated locally. "Washington Pretends to be Combating ISIS in
Syria" frames the US campaign as deception; it gives no source and no event, only a judgement.
"""),
        md("""
## 8. Discussion

1. Can a headline be neutral and still be interesting? Try it.
2. Which single naming choice in the heatmap tells you most about an outlet's view?
3. Two articles agree on a figure. Does that make it more likely to be right? What if they cite the same source?

## Recap

- Framing works through names, chosen words, figures and headlines.
- Distinctive words and naming tables show patterns; reading shows what they mean.
- A neutral headline says who claims what, and lets the reader check it.

Next: **06 · Capstone**.
"""),
    ]


# ---------------------------------------------------------------------------------------------
# 06 · Capstone

def lesson_06():
    return [
        header("06", "Capstone: analyse an article of your choice", 45,
               ["load an article of your own choice into the kit, by pasting it or uploading a file;",
                "run the whole analysis on it: loaded language, sourcing, certainty, figures and framing;",
                "compare it with the corpus, with a plot;",
                "write a short reflection backed by examples, and a lateral-reading plan."],
               "01–05", "an article you choose; the five bundled articles for comparison"),
        SETUP,
        md("""
## 1. Choose an article

Pick a news article or opinion piece, 300 to 2,000 words, on any topic. It works best if the topic matters to
you and you have a guess about how the article wants you to feel. Copy only the article's text, for your own
analysis in class; do not republish it.

## 2. Bring it into the notebook

**Option A — paste.** Paste the text between the triple quotes below. Keep the quotes.

**Option B — upload.** Save the text as a `.txt` file, drag it into the file browser on the left (into the
same folder as this notebook), and write its file name in `MY_FILE`.

If you change nothing, the notebook uses one of the bundled articles, so you can see how it works first.
"""),
        code('''
MY_TEXT = """PASTE YOUR ARTICLE HERE"""  # CHANGE THIS: paste the article between the triple quotes
MY_FILE = ""  # OR CHANGE THIS: the name of a .txt file in this folder, e.g. "my-article.txt"
mine = exercises.my_article(text=MY_TEXT, file=MY_FILE, title="My article")
''', CHECKED),
        code("""
mine[["article_id", "title", "n_words"]]
"""),
        md("""
## 3. Loaded language and labels
"""),
        code("""
kit.highlight(mine.iloc[0], categories=["loaded_language", "label", "hedge", "booster"])
"""),
        md("""
How does your article compare with the corpus? The plot puts your article next to the five bundled ones:
"""),
        code("""
both = exercises.with_corpus(mine, articles)
kit.plot_profile(kit.profile(both), categories=["loaded_language", "label", "hedge", "booster"])
"""),
        md("""
## 4. Who gets to speak?
"""),
        code("""
kit.quotes(mine)[["speaker", "cue", "cue_tone", "speaker_type", "kind"]]
"""),
        code("""
kit.sources(mine)
"""),
        md("""
## 5. Certainty and figures
"""),
        code("""
exercises.in_context(kit.annotate(mine, categories=["hedge", "booster", "vague_source"]), mine)[["text", "category", "sentence"]]
"""),
        code("""
kit.figures(mine)[["phrase", "kind", "attribution"]]
"""),
        md("""
## 6. Trace one claim

Pick the claim in your article that matters most, and a word or number that marks it. List every sentence
that mentions it, with its attribution:
"""),
        code("""
kit.trace_claim(mine, "said")  # CHANGE THIS: a word or number from the claim you want to trace
"""),
        teacher("""
Students who bring very short texts (under about 200 words) get unstable rates; suggest a longer piece.
Pasted text that contains a stray triple quote breaks the string: they can use Option B instead. Assess the
reflection on evidence (quotations, numbers) and on the lateral-reading plan, not on the article's politics.
"""),
        md("""
## 7. Your turn
""", "your-turn"),
        *exercise(1, """
Write a **reflection** of at least 40 words, in quotes: What did the analysis show about how your article
works? Give at least one example from the text (a quoted word or a number). What surprised you?
""", "Use the highlights, the quotation table and the figures above. A good reflection names one pattern, "
             "backs it with an example, and says what you still do not know.",
                  'answer = ("The article uses few loaded words, but the word \'regime\' appears four times and always for one '
                  'side. Most quotations come from officials of one government, introduced with \'said\', while the other '
                  'side only \'claimed\'. The figure of 4,000 has no source. I was surprised how neutral it sounded at '
                  'first.")  # SOLUTION',
                  "exercises.check_reflection(answer)", hidden=False),
        *exercise(2, """
Write your **lateral-reading plan** for this article (two or three sentences, in quotes): which claim would you
check first, and how? Use the SIFT moves.
""", "Stop; Investigate the source; Find better coverage; Trace claims to the original context.",
                  'answer = ("I would stop and note my reaction, then look up the outlet and the author on Wikipedia and '
                  'in other sources, search for other coverage of the same event from news agencies, and trace the '
                  '4,000 figure to the original report it came from.")  # SOLUTION',
                  "exercises.check_lateral_plan(answer)", hidden=False),
        md("""
## 8. Discussion

1. Which tool in the kit told you the most about your article? Which told you the least?
2. What did the kit miss that you noticed while reading?
3. After your lateral reading: did your view of the article change? Why, or why not?

## Recap of the kit

- **Loaded language and labels** tell the reader how to feel (lesson 02).
- **Sourcing** decides who is heard and how they are introduced; claims can be traced (lesson 03).
- **Hedges and boosters** show how certainty is spread, and toward whom (lesson 04).
- **Frames** work through names, figures and headlines (lesson 05).
- None of this says what is true. To find out, read laterally: **Stop, Investigate, Find, Trace.**
"""),
    ]


LESSONS = {
    "00-start-here": lesson_00,
    "01-meet-the-corpus": lesson_01,
    "02-loaded-language": lesson_02,
    "03-sourcing": lesson_03,
    "04-hedging-and-certainty": lesson_04,
    "05-same-event-different-frames": lesson_05,
    "06-capstone": lesson_06,
}


def build_notebook(name: str, cells) -> nbformat.NotebookNode:
    nb = v4.new_notebook()
    nb.metadata = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                   "language_info": {"name": "python"}}
    for i, (kind, source, tags) in enumerate(cells):
        make = v4.new_markdown_cell if kind == "markdown" else v4.new_code_cell
        cell = make(source, id=f"{name[:2]}-{i:02d}")
        if tags:
            cell.metadata["tags"] = tags
        nb.cells.append(cell)
    return nb


def _stored_outputs(cell, name: str) -> list:
    """The outputs kept for a ``nbval-check-output`` cell: streams and text/plain results only."""
    kept = []
    for output in cell.outputs:
        if output.output_type == "stream":
            if kept and kept[-1].output_type == "stream" and kept[-1].name == output.name:
                kept[-1].text += output.text  # one stream output per name, as nbval compares them
            else:
                kept.append(v4.new_output("stream", name=output.name, text=output.text))
        elif output.output_type == "execute_result" and set(output.data) == {"text/plain"}:
            kept.append(v4.new_output("execute_result", data=dict(output.data),
                                      execution_count=cell.execution_count))
        else:
            raise SystemExit(f"{name}, cell {cell.id}: tagged {CHECKED!r} but its output is not plain text "
                             f"({output.output_type}, {sorted(output.get('data', {}))}). Tag only cells "
                             "that print text or show a plain value, never a table, a plot or a widget.")
    return kept


def execute(nb: nbformat.NotebookNode, name: str) -> nbformat.NotebookNode:
    """Run the master top to bottom in a fresh kernel; keep the outputs of the tagged cells only."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    ran = nbformat.reads(nbformat.writes(nb), as_version=4)
    client = NotebookClient(ran, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(HERE)}})
    try:
        client.execute()
    except CellExecutionError as exc:
        raise SystemExit(f"{name}: a cell failed when the master ran top to bottom:\n{exc}") from exc
    for cell, done in zip(nb.cells, ran.cells):
        if cell.cell_type != "code":
            continue
        cell.outputs, cell.execution_count = [], None
        if CHECKED in cell.metadata.get("tags", []):
            cell.outputs = _stored_outputs(done, name)
            cell.execution_count = done.execution_count if cell.outputs else None
    return nb


def main(names=None) -> None:
    for name, lesson in LESSONS.items():
        if names and name not in names:
            continue
        nb = execute(build_notebook(name, lesson()), name)
        nbformat.validate(nb)
        path = HERE / f"{name}.ipynb"
        path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main(sys.argv[1:])
