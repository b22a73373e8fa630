"""The contradiction check measured: on the team's fixture articles and on real text (ChatProtect dev pairs).

Used by ``scripts/eval_contradiction.py`` (which prints these figures), ``scripts/calibrate_contradiction.py``
and the tests.

Fixtures (``evaluate``): fixtures/contradiction, 40 team-written articles (a regression test, not
evidence). Article level: an article is flagged when the check reports any contradiction; pair
level: a finding is correct when its two spans overlap the two planted claims.

Real text (``evaluate_dev``, ``false_alarms``): the ChatProtect self-contradiction pairs
(``auditor.evaluation.chatprotect``: the tuning/held-out split by topic) in document mode — context +
sentence_a + sentence_b audited as one article; a hit is one finding linking a span overlapping each
sentence. Per split: how many contradictions survive each stage (claim extraction, candidate
pairing, the NLI bound, the threshold), precision/recall/F1/balanced accuracy and ROC AUC (the
unbounded calibrated score of the best linking pair; 0 when extraction or pairing lost it), beside
the NLI model alone in pair mode; findings per 1,000 words on the dev contexts alone.
``clean_wikipedia``, ``clean_news``, ``clean_stories``: false alarms on clean real encyclopedic, news and story text
(rates: ``auditor.evaluation.metrics``). ``length_study``: how the threshold should rise with length, on clean tuning
text joined into long documents with and without a planted tuning contradiction.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
from pathlib import Path

from auditor.document import Document
from auditor.engine import Auditor
from auditor.evaluation import REPO_ROOT
from auditor.evaluation.chatprotect import SPLITS, distinct_contexts, fold, trace
from auditor.evaluation.hedge import normalise_ptb
from auditor.evaluation.metrics import rates

CORPUS = REPO_ROOT / "fixtures" / "contradiction"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def planted_spans(text: str, label: dict) -> list[tuple[int, int]]:
    return [(text.index(claim), text.index(claim) + len(claim)) for claim in label["claims"]]


def matches(finding, planted: list[tuple[int, int]]) -> bool:
    spans = [(finding.start, finding.end), tuple(finding.related[0])]
    return (overlaps(spans[0], planted[0]) and overlaps(spans[1], planted[1])) or \
           (overlaps(spans[0], planted[1]) and overlaps(spans[1], planted[0]))


def evaluate(auditor: Auditor, corpus: Path = CORPUS) -> dict:
    """Counts and rates at article and pair level, plus every finding for inspection."""
    labels = json.loads((corpus / "labels.json").read_text("utf-8"))
    counts = dict.fromkeys(["tp", "fp", "fn", "tn", "pair_tp", "pair_fp", "pair_fn"], 0)
    findings = []
    for name, label in sorted(labels.items()):
        text = (corpus / "articles" / name).read_text("utf-8")
        report = auditor.audit(text, source=name)
        found = [f for f in report.findings if f.category == "contradiction"]
        planted = planted_spans(text, label) if label else None
        counts[("tp" if found else "fn") if planted else ("fp" if found else "tn")] += 1
        hits = [f for f in found if planted and matches(f, planted)]
        counts["pair_tp"] += bool(hits)
        counts["pair_fn"] += bool(planted) and not hits
        counts["pair_fp"] += len(found) - len(hits)
        findings += [{"article": name, "score": f.score, "correct": f in hits, "claim": f.text,
                      "other": text[slice(*f.related[0])]} for f in found]
    rate = lambda a, b: round(a / (a + b), 4) if a + b else 0.0  # noqa: E731 -- a one-line helper local to this summary
    return {
        "articles": len(labels),
        "article_precision": rate(counts["tp"], counts["fp"]), "article_recall": rate(counts["tp"], counts["fn"]),
        "pair_precision": rate(counts["pair_tp"], counts["pair_fp"]),
        "pair_recall": rate(counts["pair_tp"], counts["pair_fn"]),
        **counts, "findings": findings,
    }



# ---- Real text: the ChatProtect dev pairs in document mode (auditor/evaluation/chatprotect.py) ----

SWEEP = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def auc(gold: list[bool], scores: list[float]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(gold, scores)) if 0 < sum(gold) < len(gold) else float("nan")


def best_f1(gold: list[bool], scores: list[float]) -> float:
    """F1 at the best threshold for these rows (an oracle: how the issue states pair-mode F1)."""
    return max(rates(gold, [s >= t for s in scores])["f1"] for t in sorted(set(scores)))


def document_scores(check, traced) -> dict:
    """Per row: the stage each contradiction reaches, the check's own finding, and the unbounded
    calibrated score of the best pair linking the two sentences (0 when extraction or pairing lost it)."""
    row = traced.row
    scored = check.score(traced.claims, [traced.pairs[k] for k in traced.linking], bound=False)
    bounded = check.score(traced.claims, [traced.pairs[k] for k in traced.linking], size=len(traced.pairs))
    findings = check.check(Document(row.text))
    hit = traced.linking and any(overlaps_span(row.a, f.start, f.end) and overlaps_span(row.b, *f.related[0]) or
              overlaps_span(row.b, f.start, f.end) and overlaps_span(row.a, *f.related[0]) for f in findings)
    linked = [f.score for f in findings if traced.linking and (
        overlaps_span(row.a, f.start, f.end) and overlaps_span(row.b, *f.related[0]) or
        overlaps_span(row.b, f.start, f.end) and overlaps_span(row.a, *f.related[0]))]
    return {"claims": bool(traced.possible), "paired": bool(traced.linking), "bound": bool(bounded),
            "found": bool(hit), "any": bool(findings), "score": max((s for _, _, s, _, _ in scored), default=0.0),
            "linked_score": max(linked, default=-1.0), "any_score": max((f.score for f in findings), default=-1.0)}


def overlaps_span(span: tuple[int, int], start: int, end: int) -> bool:
    return start < span[1] and span[0] < end


def pair_mode_scores(nli, rows) -> list[float]:
    """Mean P(contradiction) of both NLI directions on (sentence_a, sentence_b)."""
    premises = [r.sentence_a for r in rows] + [r.sentence_b for r in rows]
    hypotheses = [r.sentence_b for r in rows] + [r.sentence_a for r in rows]
    probs = nli.predict(premises, hypotheses)
    n = len(rows)
    return [(probs[k]["contradiction"] + probs[n + k]["contradiction"]) / 2 for k in range(n)]


def evaluate_dev(check, rows, nli, folds: dict | None = None) -> dict:
    """Stage-by-stage survival of the contradictions, document-mode and pair-mode figures, per split. With ``folds``
    (cross-fitting: ``{"a": (check, nli), "b": (check, nli)}``, the model of each adapted on that half of the tuning
    topics, ``chatprotect.fold``) each row is scored with the other half's check and model instead."""
    result = {}
    for split in SPLITS:
        chosen = [r for r in rows if r.split == split]
        if not chosen:
            continue
        scorers = [_scorer(r, check, nli, folds) for r in chosen]
        doc = [document_scores(c, trace(c, r)) for r, (c, _) in zip(chosen, scorers, strict=True)]
        gold = [r.contradiction for r in chosen]
        pair = _pair_mode_by_model(chosen, [n for _, n in scorers])
        positives = [d for d, g in zip(doc, gold, strict=True) if g]
        result[split] = {
            "rows": len(chosen), "contradictions": len(positives),
            "stages": {stage: sum(d[stage] for d in positives) for stage in ("claims", "paired", "bound", "found")},
            "document": {**rates(gold, [d["found"] for d in doc]), "auc": auc(gold, [d["score"] for d in doc])},
            "any_finding": rates(gold, [d["any"] for d in doc]),
            "sweep": {t: {"pair": rates(gold, [d["linked_score"] >= t for d in doc]),
                          "document": rates(gold, [d["any_score"] >= t for d in doc])} for t in SWEEP},
            "pair_mode": {"auc": auc(gold, pair), "best_f1": best_f1(gold, pair)},
        }
    return result


def _pair_mode_by_model(rows, models) -> list[float]:
    """``pair_mode_scores`` of each row with its own NLI model (``models[k]`` for ``rows[k]``), one batch per model."""
    scores = [0.0] * len(rows)
    for nli in {id(m): m for m in models}.values():
        mine = [k for k, m in enumerate(models) if m is nli]
        for k, score in zip(mine, pair_mode_scores(nli, [rows[k] for k in mine]), strict=True):
            scores[k] = score
    return scores


def _scorer(row, check, nli, folds: dict | None) -> tuple:
    """The check and NLI model that score ``row``: with ``folds`` (``evaluate_dev``), those of the other half."""
    return folds["b" if fold(row.topic) == "a" else "a"] if folds else (check, nli)


def false_alarms(check, rows, folds: dict | None = None) -> dict:
    """Findings per 1,000 words when the check runs on each distinct dev context alone (``folds``: see
    ``evaluate_dev``; a context is scored with the check of its row's other half)."""
    parts = [(check, rows)]
    if folds:  # each half of the tuning topics with its scorer
        halves = ([r for r in rows if fold(r.topic) == f] for f in "ab")
        parts = [(_scorer(half[0], check, None, folds)[0], half) for half in halves if half]
    contexts = {c: own for own, part in parts for c in distinct_contexts(part)}
    words = sum(len(c.split()) for c in contexts)
    findings = sum(len(own.check(Document(c))) for c, own in contexts.items())
    return {"contexts": len(contexts), "words": words, "findings": findings,
            "per_1000_words": 1000 * findings / words if words else 0.0}


WIKI = REPO_ROOT.parent / "shared" / "data" / "hedge" / "wikiweasel_train.csv"


def false_alarm_counts(auditor: Auditor, texts: list[str]) -> dict:
    """Documents, words, documents flagged, findings and findings per 1,000 words of clean ``texts``."""
    findings = [len(auditor.audit(t).findings) for t in texts]
    words = sum(len(t.split()) for t in texts)
    return {"documents": len(texts), "words": words, "flagged": sum(n > 0 for n in findings),
            "findings": sum(findings), "per_1000_words": 1000 * sum(findings) / words}


def wikipedia_blocks(path: Path = WIKI, documents: int = 40, sentences: int = 20, offset: int = 0) -> list[str]:
    """``documents`` pseudo-articles of ``sentences`` consecutive non-weasel WikiWeasel sentences (rows in
    file order, which runs by article), one paragraph per sentence: blocks ``3k + offset`` — offset 0 is
    the measured set (``clean_wikipedia``), offset 1 the tuning set (``clean_tuning_texts``)."""
    rows = _plain_sentences(path)
    starts = [(3 * k + offset) * sentences for k in range(documents)]
    return ["\n\n".join(rows[start:start + sentences]) for start in starts]


def clean_wikipedia(auditor: Auditor, path: Path = WIKI) -> dict:
    """False alarms on clean real encyclopedic text: 40 pseudo-articles of 20 WikiWeasel sentences
    (``wikipedia_blocks``, every third block). Never used for a choice."""
    return false_alarm_counts(auditor, wikipedia_blocks(path))


NEWS = REPO_ROOT.parent / "shared" / "data" / "hedge" / "factbank_news_dev.json"


def news_half(document: str) -> str:
    """"inspect" or "measure" for a FactBank news document (fixed: SHA-1 of its name). False alarms on the
    inspect half were read to find evidence faults; the measure half is only counted."""
    return "inspect" if hashlib.sha1(document.encode("utf-8")).digest()[0] < 128 else "measure"


def clean_news(auditor: Auditor, path: Path = NEWS, half: str = "measure") -> dict:
    """False alarms on real news: the FactBank newswire documents (NYT/APW/WSJ/ABC, 1989-1998) of the
    shared hedge set, sentences joined in order, one document per article; read from ``../shared``, never
    copied. Real articles can hold real inconsistencies, so this is an upper bound on false alarms."""
    documents: dict[str, list[str]] = {}
    for item in json.loads(path.read_text(encoding="utf-8")):
        if news_half(item["document"]) == half:
            documents.setdefault(item["document"], []).append(" ".join(item["text"].split()))
    texts = [" ".join(sentences) for sentences in documents.values()]
    return false_alarm_counts(auditor, texts)


STORIES = REPO_ROOT / "fixtures" / "stories"


def story_chunks(folder: Path = STORIES, words: int = 500) -> list[str]:
    """Chunks of whole paragraphs, at least ``words`` long, of each ``*.txt`` in ``folder`` (in name order;
    a file's last paragraph, cut by the excerpt, is left out)."""
    chunks = []
    for path in sorted(folder.glob("*.txt")):
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", path.read_text("utf-8")) if p.strip()]
        current: list[str] = []
        for paragraph in paragraphs[:-1]:
            current.append(paragraph)
            if sum(len(p.split()) for p in current) >= words:
                chunks.append("\n\n".join(current))
                current = []
    return chunks


def story_half(folder: Path = STORIES, half: str = "measure") -> list[str]:
    """The odd chunks of ``story_chunks`` ("measure") or the even ones ("inspect": read, and used to tune)."""
    return [t for k, t in enumerate(story_chunks(folder)) if (k % 2 == 1) == (half == "measure")]


def clean_stories(auditor: Auditor, folder: Path = STORIES, half: str = "measure") -> dict:
    """False alarms on real fiction (``fixtures/stories``, public domain): ``story_half``."""
    return false_alarm_counts(auditor, story_half(folder, half))


def length_tuning_pool(wiki: Path = WIKI, stories: Path = STORIES) -> list[str]:
    """Clean human-written tuning text for choosing how the threshold rises with length (option ``long_documents``):
    the WikiWeasel blocks of offsets 1 and 2, every block after the 120 that ``wikipedia_blocks`` places, and the
    fiction's "inspect" half (238 documents of ~500 words); none of it is measured."""
    return (wikipedia_blocks(wiki, offset=1) + wikipedia_blocks(wiki, offset=2) + wikipedia_rest(wiki)
            + story_half(stories, "inspect"))


def wikipedia_rest(wiki: Path = WIKI) -> list[str]:
    """The 20-sentence WikiWeasel blocks after the 120 that ``wikipedia_blocks`` places (141 pseudo-articles)."""
    rows = _plain_sentences(wiki)
    return ["\n\n".join(rows[start:start + 20]) for start in range(120 * 20, len(rows) - 19, 20)]


def _plain_sentences(wiki: Path) -> list[str]:
    """The non-weasel (label 0) WikiWeasel sentences, in file order (which runs by article), as written
    (``_written``)."""
    with wiki.open(encoding="utf-8", newline="") as handle:
        return [_written(r["text"]) for r in csv.DictReader(handle) if r["label"] == "0"]


def _written(text: str) -> str:
    r"""A WikiWeasel sentence as written: its Penn-Treebank tokenisation undone (``hedge.normalise_ptb``: "-LRB- 1992
    -RRB-" -> "(1992)", "Alaska 's" -> "Alaska's"), "` ... '" quotes as "'...'" and an escaped line break ("\ n") as
    a line break.

    >>> _written(r"\ n 1544 - ` Dan Dunn ' -LRB- 1931 -RRB- , a comic .")
    "\n1544 - 'Dan Dunn' (1931), a comic."
    """
    text = normalise_ptb(text).replace("`", "'").replace("\\ n", "\n")
    return re.sub(r"\n +", "\n", re.sub(r"' (.*?) '", r"'\1'", text))


MNLI_DEV = REPO_ROOT.parent / "shared" / "data" / "nli" / "mnli_dev_matched.csv"


def mnli_selection_pairs(path: Path = MNLI_DEV) -> list[dict]:
    """Human-written MultiNLI pairs to plant in long documents: the 1,000-pair checkpoint-selection slice of the NLI
    model's held-out dev-matched split (``nli_training.split_dev`` with the training defaults: 3,500 held out, seed 13,
    the first 1,000 only chose checkpoints; the 2,500 after them, which measure the model, are not read), premise of
    at least 6 words and hypothesis of at least 4. Unlike ChatProtect's model-written pairs, which mostly differ in a
    name, date or figure, these contradict by negation, antonym or paraphrase — what only the NLI model can see."""
    from auditor.evaluation.nli_training import read_csv, split_dev

    _, held_out = split_dev(read_csv(path), 3500, 13)
    return [r for r in held_out[:1000] if len(r["premise"].split()) >= 6 and len(r["hypothesis"].split()) >= 4]


def _as_sentence(text: str) -> str:
    """A MultiNLI sentence as a paragraph of its own: capitalised, ending in a full stop.

    >>> _as_sentence("the man is asleep")
    'The man is asleep.'
    """
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def length_study(check, rows, sizes: list[int], pool: list[str], per_document: int = 3,
                 mnli: list[dict] | None = None) -> dict[int, dict[str, list[dict]]]:
    """For each size: ``pool`` joined in order into documents of at least that many words ("clean"), and each of
    them again ``per_document`` times with one ChatProtect contradiction of ``rows`` (the tuning part: its context
    and both sentences; the rows in a fixed shuffled order, in turn) put in the middle ("planted"). With ``mnli``
    (``mnli_selection_pairs``), each document once more with a MultiNLI contradiction ("mnli_planted") and once with
    a MultiNLI entailment or neutral pair ("mnli_consistent"), the premise after the first third of its paragraphs
    and the hypothesis after the second, apart as a contradiction in a real draft may be. Per document: its candidate
    pairs, every pair's unbounded score, and the planted pair's best score (0 when pairing lost it)."""
    planted_rows = [r for r in rows if r.contradiction]
    random.Random(0).shuffle(planted_rows)
    kinds = {"mnli_planted": [r for r in mnli or [] if r["label"] == "contradiction"],
             "mnli_consistent": [r for r in mnli or [] if r["label"] != "contradiction"]}
    for seed, pairs in enumerate(kinds.values(), start=1):
        random.Random(seed).shuffle(pairs)
    study: dict[int, dict[str, list[dict]]] = {}
    k = m = 0
    for size in sizes:
        documents, current, count = [], [], 0
        for text in pool:
            current.append(text)
            count += len(text.split())
            if count >= size:
                documents.append(current)
                current, count = [], 0
        study[size] = {"clean": [], "planted": [], **({kind: [] for kind in kinds} if mnli else {})}
        for parts in documents:
            study[size]["clean"].append(_scored_document(check, "\n\n".join(parts)))
            middle = len(parts) // 2
            before = "\n\n".join(parts[:middle]) + "\n\n"
            for _ in range(per_document):
                row = planted_rows[k % len(planted_rows)]
                k += 1
                spans = [(len(before) + start, len(before) + end) for start, end in (row.a, row.b)]
                text = before + row.text + "\n\n" + "\n\n".join(parts[middle:])
                study[size]["planted"].append(_scored_document(check, text, spans))
            if mnli:
                for kind, pairs in kinds.items():
                    study[size][kind].append(_apart(check, parts, pairs[m % len(pairs)]))
                m += 1
    return study


def _apart(check, parts: list[str], pair: dict) -> dict:
    """``_scored_document`` of ``parts`` with the pair's premise after the first third of them and its hypothesis
    after the second third (at the end when there are too few parts)."""
    first = max(1, len(parts) // 3)
    sentences = {first: _as_sentence(pair["premise"]),
                 max(first + 1, 2 * len(parts) // 3): _as_sentence(pair["hypothesis"])}
    pieces = [text for k, part in enumerate(parts) for text in ([sentences[k]] if k in sentences else []) + [part]]
    pieces += [sentences[k] for k in sorted(sentences) if k >= len(parts)]
    text = "\n\n".join(pieces)
    spans = [(text.index(sentence), text.index(sentence) + len(sentence)) for sentence in sentences.values()]
    return _scored_document(check, text, spans)


def _scored_document(check, text: str, planted: list[tuple[int, int]] | None = None) -> dict:
    claims = check.claims(Document(text))
    pairs = check.candidates(claims)
    scored = check.score(claims, pairs, bound=False) if pairs else []
    span = lambda k: (claims[k].start, claims[k].end)  # noqa: E731 -- a one-line local helper
    hit = max((score for i, j, score, *_ in scored if planted and (
        overlaps(span(i), planted[0]) and overlaps(span(j), planted[1]) or
        overlaps(span(i), planted[1]) and overlaps(span(j), planted[0]))), default=0.0)
    return {"pairs": len(pairs), "scores": [score for _, _, score, *_ in scored], "planted": hit}


def _balanced(planted_flagged: float, consistent_flagged: float) -> float:
    """Document-level balanced accuracy: the mean of the planted documents flagged and the consistent ones not."""
    return (planted_flagged + 1 - consistent_flagged) / 2


def length_balanced_accuracy(study: dict[int, dict[str, list[dict]]], threshold_for) -> dict[int, dict]:
    """Per size, with ``threshold_for(pairs)`` as each document's threshold: planted documents flagged (by any
    pair), planted pairs found, clean documents flagged, and the document-level balanced accuracy; where the study
    has MultiNLI documents, the same for them (``mnli_``: planted against the MultiNLI consistent documents) and
    ``mean_balanced_accuracy``, the mean of the two kinds."""
    result = {}
    for size, documents in study.items():
        flagged = {kind: [max(d["scores"], default=0.0) >= threshold_for(d["pairs"]) for d in group]
                   for kind, group in documents.items()}
        share = {kind: sum(values) / len(values) for kind, values in flagged.items()}
        found = {kind: sum(d["planted"] >= threshold_for(d["pairs"]) for d in group) / len(group)
                 for kind, group in documents.items() if kind.endswith("planted")}  # the planted pair itself reported
        result[size] = {"planted_flagged": share["planted"], "planted_found": found["planted"],
                        "clean_flagged": share["clean"],
                        "balanced_accuracy": _balanced(share["planted"], share["clean"])}
        if "mnli_planted" in documents:
            mnli = _balanced(share["mnli_planted"], share["mnli_consistent"])
            result[size].update({"mnli_planted_flagged": share["mnli_planted"],
                                 "mnli_planted_found": found["mnli_planted"],
                                 "mnli_consistent_flagged": share["mnli_consistent"], "mnli_balanced_accuracy": mnli,
                                 "mean_balanced_accuracy": (result[size]["balanced_accuracy"] + mnli) / 2})
    return result


def clean_tuning_texts(wiki: Path = WIKI, stories: Path = STORIES) -> list[str]:
    """Clean human-written text to tune on, none of it in a measured set: 40 WikiWeasel blocks beside the
    measured ones (``wikipedia_blocks(offset=1)``) and the "inspect" half of the fiction chunks. FactBank
    news is measure-only and not used."""
    return wikipedia_blocks(wiki, offset=1) + story_half(stories, "inspect")


def print_dev(result: dict, alarms: dict, threshold: float, part: str, sweep: bool = False) -> None:
    print(f"ChatProtect dev, {part} part, document mode, threshold {threshold}")
    print("| split | contradictions | after claim extraction | after pairing | after NLI bound | reported |")
    print("|---|---|---|---|---|---|")
    for split, r in result.items():
        s = r["stages"]
        print(f"| {split} | {r['contradictions']} | {s['claims']} | {s['paired']} | {s['bound']} | {s['found']} |")
    print("\n| split | rows | precision | recall | F1 | balanced acc. | ROC AUC | pair-mode NLI ROC AUC / best F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for split, r in result.items():
        d, p = r["document"], r["pair_mode"]
        print(f"| {split} | {r['rows']} | {d['precision']:.3f} | {d['recall']:.3f} | {d['f1']:.3f} | "
              f"{d['balanced_accuracy']:.3f} | {d['auc']:.3f} | {p['auc']:.3f} / {p['best_f1']:.3f} |")
    print("\nDocument level (a document is flagged when the check reports any contradiction in it, right pair"
          " or not; how a whole draft passes or fails):")
    print("| split | contradiction documents flagged (recall) | consistent documents flagged | balanced acc. |")
    print("|---|---|---|---|")
    for split, r in result.items():
        a = r["any_finding"]
        print(f"| {split} | {a['tp']}/{a['tp'] + a['fn']} ({a['recall']:.3f}) | {a['fp']}/{a['fp'] + a['tn']} "
              f"({a['fp'] / max(1, a['fp'] + a['tn']):.3f}) | {a['balanced_accuracy']:.3f} |")
    if sweep:
        print("\nThreshold sweep (run with --threshold at or below the smallest): pair F1 / document"
              " balanced accuracy per split, and their means")
        print("| threshold | " + " | ".join(result) + " | mean pair F1 | mean document BA |")
        print("|---|" + "---|" * (len(result) + 2))
        for t in SWEEP:
            cells = [(r["sweep"][t]["pair"]["f1"], r["sweep"][t]["document"]["balanced_accuracy"])
                     for r in result.values()]
            print(f"| {t} | " + " | ".join(f"{f:.3f} / {b:.3f}" for f, b in cells) +
                  f" | {sum(f for f, _ in cells) / len(cells):.3f} | {sum(b for _, b in cells) / len(cells):.3f} |")
    print(f"\nfalse alarms on the {alarms['contexts']} distinct contexts ({alarms['words']:,} words): "
          f"{alarms['findings']} findings, {alarms['per_1000_words']:.2f} per 1,000 words")
