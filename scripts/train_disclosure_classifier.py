"""Train the disclosure/leak sentence classifier (auditor/models/disclosure-classifier) on the tuning part.

Examples: every ``tuning`` row of ``fixtures/disclosure/real_statements.csv`` and of
``fixtures/disclosure/found_statements*.csv`` (more real statements, all ``tuning``; the whole statement,
labelled ``negative``, ``leak`` or its disclosure kind; each sentence of a negative row is one more
negative) plus every row of the team-written ``fixtures/disclosure/sentences.csv``. Held-out rows are
never read. Features: all-MiniLM-L6-v2 sentence embeddings (``auditor.embeddings``); model: multinomial
logistic regression (scikit-learn, balanced class weights). Thresholds are chosen by 5-fold
cross-validation grouped by publisher on the real tuning rows (all files), simulating the checks (a row is
flagged when a rule fires or a gated sentence scores at or above the threshold): the best F1 among thresholds
that, rules and classifier together, flag no more than ``--max-negatives`` of the tuning negatives. Written:
``weights.safetensors`` (``coef``, ``intercept``, float32) and ``config.json`` (classes, thresholds, C,
cross-validated figures); the model card README.md is written by hand.

``--char`` trains the multilingual model instead (``auditor/models/disclosure-char-ngrams``, see
``auditor/checks/disclosure/char_model.py``) on the same examples: TF-IDF character 2–5-grams
(``char_wb``, sublinear tf, n-grams in at least two examples) + the same logistic regression. It scores
the non-English gated sentences (``options.multilingual``); its threshold is chosen by the same grouped
cross-validation with the embedding classifier at its shipped thresholds: the best F1 among thresholds with
which rules and both classifiers together flag no more than ``--max-negatives`` of the tuning negatives.
``--unseen FILE`` is the test of unseen wording: FILE is left out of training and threshold choice and
then scored with the rules and English model given by ``--extra-rules`` / ``--english-model`` (those of
the time before FILE was tuned on), alone and with the char model.

Example:
    python scripts/train_disclosure_classifier.py            # train, choose thresholds, write the model
    python scripts/train_disclosure_classifier.py --dry-run  # cross-validated figures only
    python scripts/train_disclosure_classifier.py --real-only  # without the found_statements*.csv rows
    python scripts/train_disclosure_classifier.py --char       # the multilingual character n-gram model
    python scripts/train_disclosure_classifier.py --char --unseen fixtures/disclosure/found_statements_3.csv \
        --extra-rules old/disclosure.yml old/leak.yml --english-model old-model --out runs/char-unseen
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
from auditor.checks.disclosure.char_model import DEFAULT_CHAR_PATH
from auditor.checks.disclosure.classifier import DEFAULT_PATH, DISCLOSURE_KINDS, DisclosureClassifier
from auditor.document import Document
from auditor.embeddings import default_embedder
from auditor.engine import Auditor
from auditor.evaluation.disclosure import (DEFAULT_SET, REAL_SET, evaluate_real, found_sets, load_rows,
                                           publisher_group, render_real)
from auditor.rules import RuleSet, read_rule_file

CLASSES = ("negative", "leak") + DISCLOSURE_KINDS
TEAM_KINDS = {"summary": "summarised"}
CLASSIFIER_RULES = ("disclosure.classifier", "leak.classifier")
CHAR_NGRAMS = (2, 5)


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


def fit_char(texts: list[str], labels: list[str], c: float) -> tuple[TfidfVectorizer, LogisticRegression]:
    """The multilingual model: TF-IDF character n-grams (``char_wb``) + balanced logistic regression."""
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True, min_df=2)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
    model.fit(vectorizer.fit_transform(texts), [CLASSES.index(label) for label in labels])
    return vectorizer, model


def char_probabilities(fitted: tuple[TfidfVectorizer, LogisticRegression], texts: list[str]) -> np.ndarray:
    vectorizer, model = fitted
    out = np.zeros((len(texts), len(CLASSES)))
    if texts:
        out[:, model.classes_] = model.predict_proba(vectorizer.transform(texts))
    return out


def full_weights(model: LogisticRegression) -> tuple[np.ndarray, np.ndarray]:
    """``coef`` and ``intercept`` over all CLASSES (an absent class gets intercept -30)."""
    coef = np.zeros((len(CLASSES), model.coef_.shape[1]), dtype=np.float32)
    intercept = np.full(len(CLASSES), -30.0, dtype=np.float32)
    coef[model.classes_] = model.coef_
    intercept[model.classes_] = model.intercept_
    return coef, intercept


def audit_config(extra_rules: list[Path], english_model: Path | None) -> dict:
    """Auditor settings for the disclosure and leak checks: the shipped rules, or with ``extra_rules`` those
    files' disclosure/leak rules only (shipped ones they lack disabled), and the English model at ``english_model``."""
    config: dict = {"checks": ["disclosure", "leak"], "extra_rules": [str(p) for p in extra_rules], "options": {}}
    if extra_rules:
        kept = {rule.id for path in extra_rules for rule in read_rule_file(path)[0]}
        config["disable"] = [i for i in RuleSet().all if i.split(".")[0] in ("disclosure", "leak") and i not in kept]
    if english_model:
        config["options"] = {rule: {"model": str(english_model)} for rule in CLASSIFIER_RULES}
    return config


def row_candidates(rows: list[dict], config: dict) -> list[dict]:
    """Per row: whether the rules flag it (disclosure/leak), its candidate sentences for each classifier rule
    and (``multilingual``) the non-English sentences for the character n-gram model."""
    auditor = Auditor({**config, "disable": list(config.get("disable", ())) + list(CLASSIFIER_RULES)})
    gates = {rule.id.split(".")[0]: rule for rule in auditor.rules.all.values() if rule.id in CLASSIFIER_RULES}
    shipped_gate = RuleSet().all["disclosure.classifier"].option_patterns("multilingual_gate")
    checks = {c.name: c for c in auditor.checks}
    out = []
    for row in rows:
        doc = Document(row["text"])
        findings = {name: check.check(doc) for name, check in checks.items()}
        ruled = any(findings.values())
        cands = {}
        for name, rule in gates.items():
            template = rule.option_patterns("template_context")
            cands[name] = [doc.text[s:e] for s, e in classifier_candidates(doc, rule, findings[name], template)]
        rule = gates["disclosure"]
        spans = classifier_candidates(doc, rule, findings["disclosure"], rule.option_patterns("template_context"),
                                      english=False, extra_gate=shipped_gate)
        cands["multilingual"] = [doc.text[s:e] for s, e in spans]
        out.append({"ruled": ruled, "candidates": cands})
    return out


def simulate(rows: list[dict], cands: list[dict], probs: list[dict], thresholds: dict) -> dict:
    """Row-level tp/fn/fp of rules + classifiers at ``thresholds`` (``disclosure``, ``leak`` and, for the
    character n-gram model's disclosures, ``multilingual``; a missing one is off)."""
    tp = fn = fp = negatives = 0
    for row, cand, prob in zip(rows, cands, probs, strict=True):
        hit = cand["ruled"]
        for name in ("disclosure", "leak", "multilingual"):
            for p in prob.get(name, ()):
                disclosure, leak = p[2:].sum(), p[1]
                if name != "leak" and disclosure >= thresholds.get(name, 2.0) and disclosure > leak:
                    hit = True
                if name == "leak" and leak >= thresholds["leak"] and leak > disclosure:
                    hit = True
        positive = row["label"] != "negative"
        negatives += not positive
        tp += hit and positive
        fn += positive and not hit
        fp += hit and not positive
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fn": fn, "fp": fp, "negatives": negatives, "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(f1, 4)}


def cross_validated(tuning: list[dict], cands: list[dict], team: tuple[list[str], list[str]], args) -> list[dict]:
    """Per row: out-of-fold probabilities of its candidates (5 folds grouped by publisher)."""
    groups = [publisher_group(r["publisher"]) for r in tuning]
    probs: list[dict] = [{} for _ in tuning]
    for train, test in GroupKFold(n_splits=5).split(tuning, groups=groups):
        texts, labels = examples([tuning[i] for i in train], [real_label(tuning[i]) for i in train])
        model = fit(texts + team[0], labels + team[1], args.c)
        char = fit_char(texts + team[0], labels + team[1], args.char_c) if args.char else None
        for i in test:
            probs[i] = {name: probabilities(model, cands[i]["candidates"][name]) for name in ("disclosure", "leak")}
            if char:
                probs[i]["multilingual"] = char_probabilities(char, cands[i]["candidates"]["multilingual"])
    return probs


def main_char(args, tuning: list[dict], team: tuple[list[str], list[str]], cands: list[dict], probs: list[dict],
              config: dict) -> int:
    """Choose the char model's threshold by the cross-validated simulation, fit it on everything, write it;
    with ``--unseen``, score that file with and without it."""
    english = DisclosureClassifier.load(args.english_model).meta["thresholds"]
    grid = [round(float(t), 2) for t in np.arange(0.3, 0.996, 0.025)]
    results = {t: simulate(tuning, cands, probs, {**english, "multilingual": t}) for t in grid}
    without = simulate(tuning, cands, probs, english)
    allowed = [t for t, r in results.items() if r["fp"] <= args.max_negatives * r["negatives"]]
    best = max(allowed or results, key=lambda t: (results[t]["f1"], t))
    others = [i for i, r in enumerate(tuning) if r["language"] != "en"]
    pick = [tuning[i] for i in others], [cands[i] for i in others], [probs[i] for i in others]
    without_other = simulate(*pick, english)
    with_other = simulate(*pick, {**english, "multilingual": best})
    print(f"cross-validated rules + English classifier {english}: {without}")
    print(f"cross-validated rules + both classifiers, char threshold {best}: {results[best]}")
    print(f"  non-English rows only: without {without_other}\n                         with    {with_other}")
    if args.dry_run:
        for t in sorted(results, key=lambda t: -results[t]["f1"])[:10]:
            print(f"  char threshold {t}: {results[t]}")
        return 0
    texts, labels = examples(tuning, [real_label(r) for r in tuning])
    vectorizer, model = fit_char(texts + team[0], labels + team[1], args.char_c)
    coef, intercept = full_weights(model)
    vocabulary = vectorizer.get_feature_names_out().tolist()
    out = args.out if args.out != DEFAULT_PATH else DEFAULT_CHAR_PATH
    out.mkdir(parents=True, exist_ok=True)
    save_file({"idf": vectorizer.idf_.astype(np.float32), "coef": coef, "intercept": intercept},
              str(out / "weights.safetensors"))
    (out / "vocabulary.json").write_text(json.dumps(vocabulary, ensure_ascii=False) + "\n", "utf-8")
    meta = {
        "classes": list(CLASSES), "ngram_range": list(CHAR_NGRAMS),
        "features": "TfidfVectorizer(analyzer='char_wb', ngram_range=(2, 5), sublinear_tf=True, min_df=2), "
                    "lower-cased, L2-normalised",
        "model": "LogisticRegression(multinomial, class_weight='balanced')", "C": args.char_c,
        "thresholds": {"disclosure": best}, "vocabulary_size": len(vocabulary),
        "training_examples": len(texts) + len(team[0]),
        "training_rows": {"real_and_found_tuning": len(tuning), "team": len(team[0])},
        "cross_validation": {"folds": 5, "grouped_by": "publisher", "english_thresholds": english,
                             "rules_plus_english": without, "rules_plus_both": results[best],
                             "non_english_rows": {"rules_plus_english": without_other, "rules_plus_both": with_other}},
    }
    (out / "config.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    print(f"wrote {out}")
    if args.unseen:
        rows = [{**r, "split": "found"} for r in load_rows(args.unseen)]
        multilingual = {"multilingual": True, "multilingual_model": str(out)}
        for label, extra in (("rules + English classifier (as before tuning)", {}),
                             ("the same + char model", multilingual)):
            options = {**config["options"]}
            options["disclosure.classifier"] = {**options.get("disclosure.classifier", {}), **extra}
            if extra:
                options["disclosure.classifier"]["multilingual_gate"] = \
                    RuleSet().all["disclosure.classifier"].options["multilingual_gate"]
            result = evaluate_real(rows, Auditor({**config, "options": options}))
            print(f"\n{args.unseen.name}, {label}:\n" + render_real({"parts": result["parts"], "errors": []}))
    return 0


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
                        help="largest share of tuning negatives that rules and classifier together may flag "
                             "(cross-validated)")
    parser.add_argument("--dry-run", action="store_true", help="print the cross-validated figures, write nothing")
    parser.add_argument("--char", action="store_true", help="train the multilingual character n-gram model")
    parser.add_argument("--char-c", type=float, default=10.0, help="inverse regularisation of the char model")
    parser.add_argument("--unseen", type=Path, help="with --char: a found file left out of training, scored after")
    parser.add_argument("--extra-rules", type=Path, nargs="+", default=[],
                        help="rule files replacing the shipped disclosure/leak rules (e.g. an earlier version)")
    parser.add_argument("--english-model", type=Path, help="the English classifier to simulate/score with")
    args = parser.parse_args(argv)

    real_tuning = [r for r in load_rows(args.real) if r["split"] == "tuning"]
    unseen = args.unseen.resolve() if args.unseen else None
    found_files = [] if args.real_only else [p for p in args.found if p.resolve() != unseen]
    found = [r for path in found_files for r in load_rows(path) if r["split"] == "tuning"]
    tuning = real_tuning + found
    team_rows = load_rows(args.team)
    team = examples(team_rows, [team_label(r) for r in team_rows])
    config = audit_config(args.extra_rules, args.english_model)
    cands = row_candidates(tuning, config)
    probs = cross_validated(tuning, cands, team, args)
    if args.char:
        return main_char(args, tuning, team, cands, probs, config)
    team_texts, team_labels = team

    grid = [round(float(t), 2) for t in np.arange(0.3, 0.96, 0.05)]
    results = {(d, leak): simulate(tuning, cands, probs, {"disclosure": d, "leak": leak})
               for d in grid for leak in grid}
    rules_only = simulate(tuning, cands, probs, {"disclosure": 2.0, "leak": 2.0})
    allowed = [k for k, r in results.items() if r["fp"] <= args.max_negatives * r["negatives"]]
    best = max(allowed or results, key=lambda k: (results[k]["f1"], k))
    print(f"rules only (tuning): {rules_only}")
    if args.dry_run:
        for key in sorted(results, key=lambda k: -results[k]["f1"])[:15]:
            print(f"  thresholds {key}: {results[key]}")
    print(f"cross-validated rules + classifier, thresholds disclosure {best[0]} leak {best[1]}: {results[best]}")
    if args.dry_run:
        return 0

    texts, labels = examples(tuning, [real_label(r) for r in tuning])
    model = fit(texts + team_texts, labels + team_labels, args.c)
    coef, intercept = full_weights(model)
    args.out.mkdir(parents=True, exist_ok=True)
    save_file({"coef": coef, "intercept": intercept}, str(args.out / "weights.safetensors"))
    meta = {
        "classes": list(CLASSES), "encoder": "all-MiniLM-L6-v2 (auditor.embeddings, mean-pooled, L2-normalised)",
        "model": "LogisticRegression(multinomial, class_weight='balanced')", "C": args.c,
        "thresholds": {"disclosure": best[0], "leak": best[1]},
        "training_examples": len(texts) + len(team_texts),
        "training_rows": {"real_tuning": len(real_tuning), "found_tuning": len(found), "team": len(team_rows)},
        "cross_validation": {"folds": 5, "grouped_by": "publisher", "rules_only": rules_only,
                             "rules_plus_classifier": results[best]},
    }
    (args.out / "config.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
