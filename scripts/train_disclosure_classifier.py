"""Train the disclosure/leak sentence classifier (auditor/models/disclosure-classifier) on the tuning part.

Examples: every ``tuning`` row of ``fixtures/disclosure/real_statements.csv`` and of
``fixtures/disclosure/found_statements*.csv`` (more real statements, all ``tuning``; the whole statement,
labelled ``negative``, ``leak`` or its disclosure kind; each sentence of a negative row is one more
negative) plus every row of the team-written ``fixtures/disclosure/sentences.csv``. Held-out rows are
never read. Features: all-MiniLM-L6-v2 sentence embeddings (``auditor.embeddings``); model: multinomial
logistic regression (scikit-learn, balanced class weights). Thresholds are chosen by 5-fold
cross-validation grouped by publisher on the real tuning rows (all files), simulating the checks (a row is
flagged when a rule fires or a gated sentence scores at or above the threshold) on the rows of the found
batches with the rules *as they stood before each batch* (``fixtures/disclosure/prospective_rule_flags.json``,
scripts/prospective_rule_flags.py): today's rules were tuned on every batch, so with them the classifier
seems to add nothing, while a new publisher's wording meets rules that have never seen it. Among thresholds
whose classifier flags no more than ``--max-negatives`` of those rows' negatives beyond the rules and no
sentence of the 57 clean human-written tuning documents (``clean_tuning_texts``: Wikipedia and fiction) nor
any team-written negative (the model trained on every row), the highest within ``--tolerance`` of the best
F1 (a long real article gives every sentence a chance to misfire). Written: ``weights.safetensors``
(``coef``, ``intercept``, float32) and ``config.json`` (classes, thresholds, C, cross-validated figures);
the model card README.md is written by hand.

Example:
    python scripts/train_disclosure_classifier.py            # train, choose thresholds, write the model
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
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from auditor.checks.disclosure import classifier_candidates
from auditor.checks.disclosure.classifier import DEFAULT_PATH, DISCLOSURE_KINDS
from auditor.document import Document
from auditor.embeddings import default_embedder
from auditor.engine import Auditor
from auditor.evaluation.contradiction import clean_tuning_texts
from auditor.evaluation.disclosure import DEFAULT_SET, REAL_SET, found_sets, load_rows, publisher_group
from auditor.rules import RuleSet

CLASSES = ("negative", "leak") + DISCLOSURE_KINDS
TEAM_KINDS = {"summary": "summarised"}
CLASSIFIER_RULES = ("disclosure.classifier", "leak.classifier")
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


def fit(texts: list[str], labels: list[str], c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    model.fit(default_embedder().encode(texts), [CLASSES.index(label) for label in labels])
    return model


def probabilities(model: LogisticRegression, texts: list[str]) -> np.ndarray:
    """(n, len(CLASSES)) probabilities, zero for classes absent from the training labels."""
    out = np.zeros((len(texts), len(CLASSES)))
    if texts:
        out[:, model.classes_] = model.predict_proba(default_embedder().encode(texts))
    return out


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
    """Row-level tp/fn/fp of rules + classifier at ``thresholds`` (``disclosure``, ``leak``); ``ruled``: row id
    → flagged by other rules than today's (``prospective``), for the rows it names (the others are skipped).
    ``added``: negatives flagged by the classifier alone."""
    tp = fn = fp = negatives = added = 0
    for row, cand, prob in zip(rows, cands, probs, strict=True):
        if ruled is not None and row["id"] not in ruled:
            continue
        by_rules = cand["ruled"] if ruled is None else ruled[row["id"]]
        by_classifier = False
        for name in ("disclosure", "leak"):
            for p in prob[name]:
                disclosure, leak = p[2:].sum(), p[1]
                if name == "disclosure" and disclosure >= thresholds["disclosure"] and disclosure > leak:
                    by_classifier = True
                if name == "leak" and leak >= thresholds["leak"] and leak > disclosure:
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
    parser.add_argument("--team", type=Path, default=DEFAULT_SET)
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--c", type=float, default=2.0, help="inverse regularisation strength")
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
    found = [] if args.real_only else [r for path in args.found for r in load_rows(path) if r["split"] == "tuning"]
    tuning = real_tuning + found
    team = load_rows(args.team)
    team_texts, team_labels = examples(team, [team_label(r) for r in team])
    cands = row_candidates(tuning)

    groups = [publisher_group(r["publisher"]) for r in tuning]
    probs: list[dict] = [{} for _ in tuning]
    for train, test in GroupKFold(n_splits=5).split(tuning, groups=groups):
        texts, labels = examples([tuning[i] for i in train], [real_label(tuning[i]) for i in train])
        model = fit(texts + team_texts, labels + team_labels, args.c)
        for i in test:
            probs[i] = {name: probabilities(model, cands[i]["candidates"][name]) for name in ("disclosure", "leak")}

    texts, labels = examples(tuning, [real_label(r) for r in tuning])
    model = fit(texts + team_texts, labels + team_labels, args.c)
    clean_texts = clean_tuning_texts() + [r["text"] for r in team if not r["expected_rule"]]
    clean = [{"label": "negative", "id": str(k)} for k, _ in enumerate(clean_texts)]
    clean_cands = row_candidates([{"text": text} for text in clean_texts])
    clean_probs = [{name: probabilities(model, c["candidates"][name]) for name in ("disclosure", "leak")}
                   for c in clean_cands]
    grid = [round(float(t), 2) for t in np.arange(0.3, 0.96, 0.05)]
    earlier = prospective(args.prospective)
    results = {(d, leak): simulate(tuning, cands, probs, {"disclosure": d, "leak": leak}, earlier)
               for d in grid for leak in grid}
    rules_only = simulate(tuning, cands, probs, {"disclosure": 2.0, "leak": 2.0}, earlier)
    clean_flags = {k: simulate(clean, clean_cands, clean_probs, {"disclosure": k[0], "leak": k[1]},
                               dict.fromkeys((c["id"] for c in clean), False))["added_fp"] for k in results}
    allowed = [k for k, r in results.items()
               if r["added_fp"] <= args.max_negatives * r["negatives"] and clean_flags[k] == 0] or [max(results)]
    top = max(results[k]["f1"] for k in allowed)
    best = max(k for k in allowed if results[k]["f1"] >= top - args.tolerance)
    in_sample = {"rules_only": simulate(tuning, cands, probs, {"disclosure": 2.0, "leak": 2.0}),
                 "rules_plus_classifier": simulate(tuning, cands, probs, {"disclosure": best[0], "leak": best[1]})}
    print(f"rules before each batch (prospective rows): {rules_only}")
    if args.dry_run:
        for key in sorted(allowed, key=lambda k: -results[k]["f1"])[:15]:
            print(f"  thresholds {key}: {results[key]}")
    print(f"cross-validated classifier + rules before each batch, thresholds disclosure {best[0]} leak {best[1]}: "
          f"{results[best]}")
    print(f"with today's rules (in-sample for the rules): {in_sample}")
    if args.dry_run:
        return 0

    coef = np.zeros((len(CLASSES), model.coef_.shape[1]), dtype=np.float32)
    intercept = np.full(len(CLASSES), -30.0, dtype=np.float32)
    coef[model.classes_] = model.coef_
    intercept[model.classes_] = model.intercept_
    args.out.mkdir(parents=True, exist_ok=True)
    save_file({"coef": coef, "intercept": intercept}, str(args.out / "weights.safetensors"))
    config = {
        "classes": list(CLASSES), "encoder": "all-MiniLM-L6-v2 (auditor.embeddings, mean-pooled, L2-normalised)",
        "model": "LogisticRegression(multinomial, class_weight='balanced')", "C": args.c,
        "thresholds": {"disclosure": best[0], "leak": best[1]},
        "training_examples": len(texts) + len(team_texts),
        "training_rows": {"real_tuning": len(real_tuning), "found_tuning": len(found), "team": len(team)},
        "cross_validation": {"folds": 5, "grouped_by": "publisher",
                             "prospective_rows": "found batches, rules as they stood before each batch",
                             "rules_only": rules_only, "rules_plus_classifier": results[best],
                             "todays_rules": in_sample},
    }
    (args.out / "config.json").write_text(json.dumps(config, indent=2) + "\n", "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
