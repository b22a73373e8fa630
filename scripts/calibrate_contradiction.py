"""Fit the contradiction check's logistic calibration on the labelled corpus and write it to the rule file.

Pairs: every candidate pair (auditor.pairs) of the 40 articles in fixtures/contradiction and of the
seed article; label 1 for the planted pair (the seed's: "The fall of Bakhmut is a significant
setback for Ukraine" / "Analysts have opined that ..."). Features: mean P(contradiction) and
P(entailment) over both NLI directions, similarity, the lexical cues. Prints leave-one-article-out
ranking quality, then writes ``calibration`` into auditor/data/rules/contradiction.yml (--write).

    python scripts/calibrate_contradiction.py [--nli-model DIR] [--write]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

from auditor import Auditor, Config
from auditor.checks.contradiction.claims import extract_claims
from auditor.document import Document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "contradiction"
RULE_FILE = ROOT / "auditor" / "data" / "rules" / "contradiction.yml"
SEED_PAIR = ("The fall of Bakhmut is a significant setback for Ukraine",
             "Analysts have opined that the fall of Bakhmut has not granted Russian forces important terrain")
FEATURES = ("contradiction", "entailment", "similarity", "negation", "antonym", "number", "evaluation")


def labelled_articles() -> list[tuple[str, str, tuple[str, str] | None]]:
    labels = json.loads((CORPUS / "labels.json").read_text("utf-8"))
    articles = [(name, (CORPUS / "articles" / name).read_text("utf-8"), tuple(label["claims"]) if label else None)
                for name, label in sorted(labels.items())]
    return articles + [("seed", (ROOT / "fixtures" / "seed" / "bakhmut.txt").read_text("utf-8"), SEED_PAIR)]


def pair_rows(check, articles):
    """One row per candidate pair: article name, label, feature vector."""
    rule = check.rules_by_id["contradiction.nli"]
    rows = []
    for name, text, planted in articles:
        claims = extract_claims(Document(text), rule)
        pairs = check.candidates(claims)
        if not pairs:
            continue
        forward = check.model.predict([claims[i].content for i, _, _ in pairs], [claims[j].content for _, j, _ in pairs])
        reverse = check.model.predict([claims[j].content for _, j, _ in pairs], [claims[i].content for i, _, _ in pairs])
        spans = [(text.index(c), text.index(c) + len(c)) for c in planted] if planted else []
        for (i, j, similarity), f, r in zip(pairs, forward, reverse):
            a, b = claims[i], claims[j]
            hit = lambda c, s: c.start < s[1] and s[0] < c.end  # noqa: E731
            label = int(bool(spans) and ((hit(a, spans[0]) and hit(b, spans[1])) or (hit(a, spans[1]) and hit(b, spans[0]))))
            values = {"contradiction": (f["contradiction"] + r["contradiction"]) / 2,
                      "entailment": (f["entailment"] + r["entailment"]) / 2, "similarity": similarity,
                      **check.cues.features(a.content, b.content)}
            rows.append((name, label, [values[k] for k in FEATURES]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nli-model", default=None)
    parser.add_argument("--write", action="store_true", help="write the fitted calibration into the rule file")
    args = parser.parse_args()
    [check] = Auditor(Config(checks=("contradiction",), nli_model=args.nli_model)).checks
    rows = pair_rows(check, labelled_articles())
    names = np.array([r[0] for r in rows])
    y = np.array([r[1] for r in rows])
    X = np.array([r[2] for r in rows])
    held_out = np.zeros(len(rows))
    for name in sorted(set(names)):
        test = names == name
        held_out[test] = LogisticRegression().fit(X[~test], y[~test]).predict_proba(X[test])[:, 1]
    print(f"pairs {len(rows)} (planted {y.sum()}); leave-one-article-out ROC AUC {roc_auc_score(y, held_out):.3f} "
          f"average precision {average_precision_score(y, held_out):.3f}")
    top = sum(int(y[names == n][held_out[names == n].argmax()] == 1) for n in sorted(set(names[y == 1])))
    print(f"planted pair ranked first in its article (held out): {top}/{int(y.sum())}")
    model = LogisticRegression().fit(X, y)
    weights = ", ".join(f"{k}: {w:.4f}" for k, w in zip(FEATURES, model.coef_[0]))
    block = (f"      calibration:\n        intercept: {model.intercept_[0]:.4f}\n        weights: {{{weights}}}\n")
    print(block, end="")
    if args.write:
        text = RULE_FILE.read_text("utf-8")
        RULE_FILE.write_text(re.sub(r"      calibration:\n(?:        .*\n)+", block, text), "utf-8")
        print(f"written to {RULE_FILE}")


if __name__ == "__main__":
    main()
