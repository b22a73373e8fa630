#!/usr/bin/env python
"""Train the bundled hedge sentence classifier and write it as JSON + safetensors (no pickle).

One command, fixed seed, fixed stratified 20 % dev split (``dev_split``). On the training part only,
5-fold cross-validation picks C and fits Platt scaling to the out-of-fold scores (folded into coef and
intercept, so outputs are calibrated probabilities); the model fitted on the training part is scored
once on the dev split and written with those dev metrics::

    python scripts/train_hedge_classifier.py            # writes auditor/models/hedge-classifier/

Outputs: ``vocabulary.json`` (n-gram → column), ``weights.safetensors`` (``idf``, ``coef``,
``intercept``), ``config.json`` (hyper-parameters, dev metrics, threshold table).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np
from safetensors.numpy import save_file
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold, cross_val_predict

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
from auditor.hedge_classifier import DEFAULT_PATH, ngrams, normalise_ptb  # noqa: E402

DATA = REPO_ROOT / "data" / "hedge" / "wikiweasel_train.csv"
SEED = 13
DEV_FRACTION = 0.2
MIN_DF = 2
C_GRID = (0.125, 0.25, 0.5, 1.0, 2.0)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9)


def load_data(path: Path = DATA) -> tuple[list[str], np.ndarray]:
    """Normalised sentences and 0/1 labels (1 = uncertain) of the CoNLL-2010 weasel CSV."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [normalise_ptb(r["text"]) for r in rows], np.array([int(r["label"]) for r in rows])


def dev_split(labels: np.ndarray, seed: int = SEED, fraction: float = DEV_FRACTION) -> tuple[np.ndarray, np.ndarray]:
    """Row indices ``(train, dev)``: ``fraction`` of each class, chosen by a seeded permutation."""
    rng = np.random.RandomState(seed)
    dev = np.concatenate([rng.permutation(np.flatnonzero(labels == c))[: round(fraction * (labels == c).sum())]
                          for c in (0, 1)])
    return np.setdiff1d(np.arange(len(labels)), dev), np.sort(dev)


def scores(y_true, y_pred) -> dict[str, float]:
    p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=0)
    return {"precision": round(float(p), 4), "recall": round(float(r), 4), "f1": round(float(f), 4)}


def classifier(c: float) -> LogisticRegression:
    return LogisticRegression(C=c, class_weight="balanced", max_iter=2000, random_state=SEED)


def choose_c(features, labels: np.ndarray) -> tuple[float, float, float]:
    """The C with the best 5-fold CV F1 on the training part, and Platt scaling ``(a, b)`` fitted to its
    out-of-fold scores so that ``sigmoid(a * score + b)`` is a calibrated probability."""
    folds = StratifiedKFold(5, shuffle=True, random_state=SEED)
    best = None
    for c in C_GRID:
        oof = cross_val_predict(classifier(c), features, labels, cv=folds, method="decision_function")
        f1 = scores(labels, oof >= 0)["f1"]
        print(f"C={c}: 5-fold CV F1 {f1:.4f}")
        if best is None or f1 > best[0]:
            best = (f1, c, oof)
    platt = LogisticRegression(C=1e6).fit(best[2].reshape(-1, 1), labels)
    return best[1], float(platt.coef_[0, 0]), float(platt.intercept_[0])


def save(out: Path, vectorizer: TfidfVectorizer, model: LogisticRegression, meta: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    vocabulary = {gram: int(i) for gram, i in sorted(vectorizer.vocabulary_.items(), key=lambda kv: kv[1])}
    (out / "vocabulary.json").write_text(json.dumps(vocabulary, ensure_ascii=False), "utf-8")
    save_file({"idf": vectorizer.idf_.astype(np.float32), "coef": model.coef_[0].astype(np.float32),
               "intercept": model.intercept_.astype(np.float32)}, str(out / "weights.safetensors"))
    (out / "config.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    args = parser.parse_args(argv)
    texts, labels = load_data(args.data)
    train, dev = dev_split(labels)
    vectorizer = TfidfVectorizer(analyzer=ngrams, min_df=MIN_DF, sublinear_tf=True)
    features = vectorizer.fit_transform([texts[i] for i in train])
    c, a, b = choose_c(features, labels[train])
    model = classifier(c).fit(features, labels[train])
    model.coef_, model.intercept_ = a * model.coef_, a * model.intercept_ + b  # fold Platt scaling in
    proba = model.predict_proba(vectorizer.transform([texts[i] for i in dev]))[:, 1]
    table = {str(t): scores(labels[dev], proba >= t) for t in THRESHOLDS}
    for t, m in table.items():
        print(f"dev threshold {t}: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}")
    meta = {"features": "tf-idf, lower-cased word 1-2 grams, sublinear tf, l2 norm", "min_df": MIN_DF,
            "model": "LogisticRegression(class_weight='balanced'), Platt-calibrated on 5-fold out-of-fold scores",
            "C": c, "platt": [round(a, 4), round(b, 4)], "seed": SEED,
            "dev_fraction": DEV_FRACTION, "train_rows": int(len(train)), "dev_rows": int(len(dev)),
            "n_features": len(vectorizer.vocabulary_), "dev_metrics": table["0.5"], "dev_thresholds": table}
    save(args.out, vectorizer, model, meta)
    print(f"wrote {args.out} ({len(vectorizer.vocabulary_)} features, C={c})")


if __name__ == "__main__":
    main()
