"""Train the disclosure/leak sentence classifier (auditor/models/disclosure-classifier) on the tuning part.

Examples: every ``tuning`` row of ``fixtures/disclosure/real_statements.csv`` and of
``fixtures/disclosure/found_statements*.csv`` (more real statements, all ``tuning``; the whole statement,
labelled ``negative``, ``leak`` or its disclosure kind; each sentence of a negative row is one more negative)
plus every row of the team-written ``fixtures/disclosure/sentences.csv``. Held-out rows are never read.
Features: TF-IDF weighted character 2–5-grams of each word (``char_ngrams``, sublinear tf, n-grams in at least
2 examples); model: multinomial logistic regression (scikit-learn, balanced class weights). Thresholds — one
pair (disclosure, leak) for English candidates (``reads_as_english``), one for other text — are chosen by
8-fold cross-validation grouped by found batch (a batch holds the new wording one search found, so a fold
meets wording it has not seen; the real tuning rows by publisher), simulating the checks (a row is flagged
when a rule fires or a gated sentence scores at or above its threshold) on the rows of the found batches with
the rules *as they stood before each batch* (``fixtures/disclosure/prospective_rule_flags.json``,
scripts/prospective_rule_flags.py): today's rules were tuned on every batch, so with them the classifier seems
to add nothing, while a new publisher's wording meets rules that have never seen it. Among thresholds whose
classifier flags no more than ``--max-negatives`` of those rows' negatives beyond the rules and no sentence of
the 57 clean human-written tuning documents (``clean_tuning_texts``: Wikipedia and fiction) nor any
team-written negative (the model trained on every row), the highest within ``--tolerance`` of the best F1 (a
long real article gives every sentence a chance to misfire). Written: ``weights.safetensors`` (``coef``,
``intercept``, ``idf``, float32), ``vocabulary.json`` and ``config.json`` (classes, thresholds, C,
cross-validated figures); the model card README.md is written by hand.

Example:
    python scripts/train_disclosure_classifier.py --up-to 39  # the shipped model (found batches 1-39)
    python scripts/train_disclosure_classifier.py            # train on every batch, choose thresholds, write
    python scripts/train_disclosure_classifier.py --dry-run  # cross-validated figures only
    python scripts/train_disclosure_classifier.py --real-only  # without the found_statements*.csv rows
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from safetensors.numpy import save_file
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from auditor.checks.disclosure import classifier_candidates
from auditor.checks.disclosure.classifier import DEFAULT_PATH, DISCLOSURE_KINDS, char_ngrams, reads_as_english
from auditor.document import Document
from auditor.engine import Auditor
from auditor.evaluation.contradiction import clean_tuning_texts
from auditor.evaluation.disclosure import DEFAULT_SET, REAL_SET, batch_number, found_sets, load_rows, publisher_group
from auditor.rules import RuleSet
from auditor.evaluation import run

CLASSES = ("negative", "leak") + DISCLOSURE_KINDS
TEAM_KINDS = {"summary": "summarised"}
CLASSIFIER_RULES = ("disclosure.classifier", "leak.classifier")
FOLDS = 8
PROSPECTIVE = Path(__file__).resolve().parent.parent / "fixtures" / "disclosure" / "prospective_rule_flags.json"


def real_label(row: dict) -> str:
    return row["kind"] if row["label"] == "disclosure" else row["label"]


def team_label(row: dict) -> str:
    rule = row["expected_rule"]
    if rule.startswith("leak."):
        return "leak"
    return TEAM_KINDS.get(row["kind"], row["kind"]) if rule.startswith("disclosure.") else "negative"


def examples(rows: list[dict], labels: list[str]) -> tuple[list[str], list[str]]:
    """Whole texts with their labels, plus each sentence of a multi-sentence negative as a negative."""
    texts, out = [], []
    for row, label in zip(rows, labels, strict=True):
        texts.append(row["text"])
        out.append(label)
        if label == "negative":
            sentences = Document(row["text"]).sentences
            if len(sentences) > 1:
                texts += [s.text for s in sentences]
                out += ["negative"] * len(sentences)
    return texts, out


Model = tuple[TfidfVectorizer, LogisticRegression]
LABELS = ("disclosure", "leak")
OFF = 2.0  # a threshold no probability reaches: the classifier does not report that label there


def fit(texts: list[str], labels: list[str], c: float) -> Model:
    vectorizer = TfidfVectorizer(analyzer=char_ngrams, min_df=2, sublinear_tf=True)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
    model.fit(vectorizer.fit_transform(texts), [CLASSES.index(label) for label in labels])
    return vectorizer, model


def probabilities(fitted: Model, texts: list[str]) -> np.ndarray:
    """(n, len(CLASSES)) probabilities, zero for classes absent from the training labels."""
    vectorizer, model = fitted
    out = np.zeros((len(texts), len(CLASSES)))
    if texts:
        out[:, model.classes_] = model.predict_proba(vectorizer.transform(texts))
    return out


def scored(fitted: Model, cand: dict) -> dict:
    """Per classifier rule: (probabilities, English or not) of each candidate sentence."""
    return {name: list(zip(probabilities(fitted, cand["candidates"][name]),
                           map(reads_as_english, cand["candidates"][name]), strict=True)) for name in LABELS}


def row_candidates(rows: list[dict]) -> list[dict]:
    """Per row: whether today's rules flag it (disclosure/leak) and its gated sentences for each classifier rule.
    Sentences a rule finding overlaps are kept (the check skips them): they only occur in rows the rules
    flag anyway, so a row's outcome is the same, and the rules of another commit (``prospective``) may not
    have found them."""
    gates = {rule.id.split(".")[0]: rule for rule in RuleSet().all.values() if rule.id in CLASSIFIER_RULES}
    checks = {c.name: c for c in Auditor({"checks": list(gates), "disable": list(CLASSIFIER_RULES)}).checks}
    out = []
    for row in rows:
        doc = Document(row["text"])
        ruled = any(check.check(doc) for check in checks.values())
        cands = {}
        for name, rule in gates.items():
            template = rule.option_patterns("template_context")
            cands[name] = [doc.text[s:e] for s, e in classifier_candidates(doc, rule, [], template)]
        out.append({"ruled": ruled, "candidates": cands})
    return out


def simulate(rows: list[dict], cands: list[dict], probs: list[dict], thresholds: dict,
             ruled: dict[str, bool] | None = None) -> dict:
    """Row-level tp/fn/fp of rules + classifier at ``thresholds`` (``{label: {"english": t, "other": t}}``);
    ``ruled``: row id → flagged by other rules than today's (``prospective``), for the rows it names (the
    others are skipped). ``added``: negatives flagged by the classifier alone."""
    tp = fn = fp = negatives = added = 0
    for row, cand, prob in zip(rows, cands, probs, strict=True):
        if ruled is not None and row["id"] not in ruled:
            continue
        by_rules = cand["ruled"] if ruled is None else ruled[row["id"]]
        by_classifier = False
        for name in LABELS:
            for p, english in prob[name]:
                disclosure, leak = p[2:].sum(), p[1]
                threshold = thresholds[name]["english" if english else "other"]
                if name == "disclosure" and disclosure >= threshold and disclosure > leak:
                    by_classifier = True
                if name == "leak" and leak >= threshold and leak > disclosure:
                    by_classifier = True
        hit = by_rules or by_classifier
        positive = row["label"] != "negative"
        negatives += not positive
        tp += hit and positive
        fn += positive and not hit
        fp += hit and not positive
        added += by_classifier and not by_rules and not positive
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fn": fn, "fp": fp, "negatives": negatives, "added_fp": added, "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(f1, 4)}


def threshold_grid() -> list[tuple[float, ...]]:
    """(disclosure English, leak English, disclosure other, leak other) threshold tuples to try."""
    grid = [round(float(t), 2) for t in np.arange(0.3, 0.96, 0.05)] + [0.97, 0.99, OFF]
    high = [t for t in grid if t >= 0.8]
    return [(a, b, c, d) for a in grid for b in grid for c in high for d in high]


def as_thresholds(key: tuple[float, ...]) -> dict:
    """``{"disclosure": {"english": ..., "other": ...}, "leak": {...}}`` of a ``threshold_grid`` tuple."""
    return {"disclosure": {"english": key[0], "other": key[2]}, "leak": {"english": key[1], "other": key[3]}}


def prospective(path: Path = PROSPECTIVE) -> dict[str, bool]:
    """Row id → flagged by the rules of the commit that added the row's batch (scripts/prospective_rule_flags.py)."""
    return json.loads(path.read_text("utf-8"))["flags"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, default=REAL_SET)
    parser.add_argument("--found", type=Path, nargs="+", default=found_sets(),
                        help="more real statements, tuning rows only (default: every found_statements*.csv)")
    parser.add_argument("--real-only", action="store_true",
                        help="leave out --found")
    parser.add_argument("--up-to", type=int, default=None, metavar="N",
                        help="only the found batches numbered up to N (the shipped model: --up-to 39)")
    parser.add_argument("--team", type=Path, default=DEFAULT_SET)
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--c", type=float, default=30.0, help="inverse regularisation strength")
    parser.add_argument("--max-negatives", type=float, default=0.02,
                        help="largest share of the prospective rows' negatives that the classifier may flag beyond "
                             "the rules (cross-validated)")
    parser.add_argument("--prospective", type=Path, default=PROSPECTIVE,
                        help="row id -> flagged by the rules before the row's batch (prospective_rule_flags.py)")
    parser.add_argument("--tolerance", type=float, default=0.005,
                        help="take the highest thresholds whose cross-validated F1 is within this of the best")
    parser.add_argument("--dry-run", action="store_true", help="print the cross-validated figures, write nothing")
    args = parser.parse_args(argv)

    real_tuning = [r for r in load_rows(args.real) if r["split"] == "tuning"]
    paths = [p for p in args.found if args.up_to is None or batch_number(p) <= args.up_to]
    found = [] if args.real_only else [{**r, "source": path.name} for path in paths for r in load_rows(path)
                                       if r["split"] == "tuning"]
    tuning = real_tuning + found
    team = load_rows(args.team)
    team_texts, team_labels = examples(team, [team_label(r) for r in team])
    cands = row_candidates(tuning)

    groups = [publisher_group(r["publisher"]) for r in real_tuning] + [r["source"] for r in found]
    probs: list[dict] = [{} for _ in tuning]
    for train, test in GroupKFold(n_splits=FOLDS).split(tuning, groups=groups):
        texts, labels = examples([tuning[i] for i in train], [real_label(tuning[i]) for i in train])
        model = fit(texts + team_texts, labels + team_labels, args.c)
        for i in test:
            probs[i] = scored(model, cands[i])

    texts, labels = examples(tuning, [real_label(r) for r in tuning])
    model = fit(texts + team_texts, labels + team_labels, args.c)
    clean_texts = clean_tuning_texts() + [r["text"] for r in team if not r["expected_rule"]]
    clean = [{"label": "negative", "id": str(k)} for k, _ in enumerate(clean_texts)]
    clean_cands = row_candidates([{"text": text} for text in clean_texts])
    clean_probs = [scored(model, c) for c in clean_cands]
    earlier = prospective(args.prospective)
    results = {key: simulate(tuning, cands, probs, as_thresholds(key), earlier) for key in threshold_grid()}
    off = as_thresholds((OFF,) * 4)
    rules_only = simulate(tuning, cands, probs, off, earlier)
    clean_flags = {k: simulate(clean, clean_cands, clean_probs, as_thresholds(k),
                               dict.fromkeys((c["id"] for c in clean), False))["added_fp"] for k in results}
    allowed = [k for k, r in results.items()
               if r["added_fp"] <= args.max_negatives * r["negatives"] and clean_flags[k] == 0] or [(OFF,) * 4]
    top = max(results[k]["f1"] for k in allowed)
    best = max(k for k in allowed if results[k]["f1"] >= top - args.tolerance)
    in_sample = {"rules_only": simulate(tuning, cands, probs, off),
                 "rules_plus_classifier": simulate(tuning, cands, probs, as_thresholds(best))}
    print(f"rules before each batch (prospective rows): {rules_only}")
    if args.dry_run:
        for key in sorted(allowed, key=lambda k: -results[k]["f1"])[:15]:
            print(f"  thresholds {as_thresholds(key)}: {results[key]}")
    print(f"cross-validated classifier + rules before each batch, thresholds {as_thresholds(best)}: "
          f"{results[best]}")
    print(f"with today's rules (in-sample for the rules): {in_sample}")
    if args.dry_run:
        return 0

    vectorizer, fitted = model
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
    coef = np.zeros((len(CLASSES), len(vocabulary)), dtype=np.float32)
    intercept = np.full(len(CLASSES), -30.0, dtype=np.float32)
    coef[fitted.classes_] = fitted.coef_
    intercept[fitted.classes_] = fitted.intercept_
    args.out.mkdir(parents=True, exist_ok=True)
    save_file({"coef": coef, "intercept": intercept, "idf": vectorizer.idf_.astype(np.float32)},
              str(args.out / "weights.safetensors"))
    (args.out / "vocabulary.json").write_text(json.dumps(vocabulary, ensure_ascii=False) + "\n", "utf-8")
    chosen = {label: {part: None if t >= OFF else t for part, t in parts.items()}
              for label, parts in as_thresholds(best).items()}
    config = {
        "classes": list(CLASSES),
        "features": "TF-IDF of character 2-5-grams of each word (auditor.checks.disclosure.classifier.char_ngrams; "
                    "sublinear tf, l2-normalised, n-grams in >= 2 training examples)",
        "model": "LogisticRegression(multinomial, class_weight='balanced')", "C": args.c,
        "thresholds": chosen,
        "training_examples": len(texts) + len(team_texts), "ngrams": len(vocabulary),
        "training_rows": {"real_tuning": len(real_tuning), "found_tuning": len(found), "team": len(team)},
        "cross_validation": {"folds": FOLDS, "grouped_by": "found batch (real tuning rows: publisher)",
                             "prospective_rows": "found batches, rules as they stood before each batch",
                             "rules_only": rules_only, "rules_plus_classifier": results[best],
                             "todays_rules": in_sample},
    }
    (args.out / "config.json").write_text(json.dumps(config, indent=2) + "\n", "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
