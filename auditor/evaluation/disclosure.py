"""Precision/recall of the disclosure and leak checks on real statements (tuning / held-out) and the team set.

Real statements: ``fixtures/disclosure/real_statements.csv`` (verbatim text from public pages, see its
README), split by publisher (``publisher_splits``): the rules and the classifier were tuned on the
``tuning`` rows only; ``heldout`` rows are the measure. Each row is audited alone with the disclosure and
leak checks; a row is flagged when any disclosure or leak finding lies on it. Positives are
``disclosure`` and ``leak`` rows; hard negatives flagged are the false positives. Kind accuracy: of the
flagged disclosure rows with a disclosure finding, the share whose first such finding has the labelled kind.
More real statements, all tuning: every ``fixtures/disclosure/found_statements*.csv`` (``found_sets``).

In context (``evaluate_in_context``): a found row whose ``context`` holds its neighbouring page text with one
``[statement]`` mark is audited as that page text with the statement put back (``embed``): as its own paragraph
(``paragraph``, how a footer, byline or caption stands in a page) or where the mark is (``inline``, the context's
text joined as the helpers copied it, line breaks lost). A row is flagged when a finding overlaps the statement;
findings elsewhere in the page are counted per 1,000 words (unlabelled text: mostly news about AI, some of it
further disclosures of the same page).

Team set: ``fixtures/disclosure/sentences.csv`` (columns ``text, expected_rule, kind, span, split,
note``), written for this project. A positive row is found when a finding of ``expected_rule`` (a
``disclosure.*`` positive may also be found by ``disclosure.classifier``) has exactly the text ``span``
(empty span: the whole row text). A negative row (empty ``expected_rule``) is a false positive for each
category, disclosure or leak, that fires on it; a positive row is a false positive for each category
that fires on it without the expected finding.

Used by ``scripts/eval_disclosure.py`` (which prints these figures), ``scripts/train_disclosure_classifier.py``
and the tests. Example:
    >>> publisher_splits([{"publisher": "Sky News (Science)", "label": "negative", "kind": ""}])
    {'Sky News (Science)': 'tuning'}
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter, defaultdict
from pathlib import Path

from auditor.engine import Auditor
from auditor.evaluation import REPO_ROOT
from auditor.evaluation.metrics import rates

FIXTURES = REPO_ROOT / "fixtures" / "disclosure"
DEFAULT_SET = FIXTURES / "sentences.csv"
REAL_SET = FIXTURES / "real_statements.csv"
CATEGORIES = ("disclosure", "leak")
HELDOUT_SHARE = 0.4
STATEMENT_MARK = "[statement]"


def load_rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def found_sets(fixtures: Path = FIXTURES) -> list[Path]:
    """Every ``found_statements*.csv`` in ``fixtures``, in name order: more real statements, all tuning."""
    return sorted(fixtures.glob("found_statements*.csv"))


def batch_number(path: Path) -> int:
    """The number of a found batch from its file name.

    >>> batch_number(Path("found_statements.csv")), batch_number(Path("found_statements_39.csv"))
    (1, 39)
    """
    stem = path.stem.rsplit("_", 1)[-1]
    return int(stem) if stem.isdigit() else 1


def publisher_group(publisher: str) -> str:
    """The site a row belongs to: the publisher without its parenthetical, lower-cased; every Microsoft
    Learn/Docs page is one group.

    >>> publisher_group("Microsoft Learn (YARP docs, de-de)"), publisher_group("Sky News (Science & Tech), copy")
    ('microsoft', 'sky news')
    """
    name = re.sub(r"\s*\(.*", "", publisher, flags=re.S).strip().lower()
    return re.sub(r"^microsoft (?:learn|docs)\b.*", "microsoft", name)


def publisher_splits(rows: list[dict]) -> dict[str, str]:
    """``{publisher: "tuning" | "heldout"}``, fixed and stratified by label.

    Rows are grouped by ``publisher_group``; a group's stratum is its most common label (the kind for
    disclosures). Within a stratum, groups are taken in order of the SHA-256 of the group name, and a
    group goes to ``heldout`` when that keeps the held-out rows of the stratum so far at or below
    ``HELDOUT_SHARE`` (40 %), else to ``tuning``. So every publisher sits in one part only.
    """
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[publisher_group(row["publisher"])].append(row)
    strata: dict[str, list[str]] = defaultdict(list)
    for name, members in groups.items():
        strata[Counter(r["kind"] or r["label"] for r in members).most_common(1)[0][0]].append(name)
    part: dict[str, str] = {}
    for names in strata.values():
        held = total = 0
        for name in sorted(names, key=lambda n: hashlib.sha256(n.encode("utf-8")).hexdigest()):
            size = len(groups[name])
            total += size
            if held + size <= HELDOUT_SHARE * total:
                part[name], held = "heldout", held + size
            else:
                part[name] = "tuning"
    return {row["publisher"]: part[publisher_group(row["publisher"])] for row in rows}


def evaluate_real(rows: list[dict], auditor: Auditor | None = None) -> dict:
    """``{"parts": {part: {"all" | language: counts and scores}}, "errors": [...]}`` for real statements."""
    auditor = auditor or Auditor({"checks": list(CATEGORIES)})
    parts: dict = {}
    errors = []
    for row in rows:
        findings = [f for f in auditor.audit(row["text"]).findings if f.category in CATEGORIES]
        positive = row["label"] != "negative"
        disclosures = [f for f in findings if f.category == "disclosure"]
        kind = disclosures[0].details["kind"] if disclosures else None
        for key in ("all", row["language"]):
            tally = parts.setdefault(row["split"], {}).setdefault(key, dict.fromkeys(
                ("tp", "fn", "fp", "negatives", "kind_right", "kind_scored"), 0))
            tally["negatives"] += not positive
            tally["tp"] += bool(findings) and positive
            tally["fn"] += not findings and positive
            tally["fp"] += bool(findings) and not positive
            if row["label"] == "disclosure" and kind:
                tally["kind_scored"] += 1
                tally["kind_right"] += kind == row["kind"]
        wrong_kind = row["label"] == "disclosure" and kind and kind != row["kind"]
        if bool(findings) != positive or wrong_kind:
            errors.append({"split": row["split"], "id": row["id"], "label": row["label"], "kind": row["kind"],
                           "language": row["language"], "text": row["text"],
                           "got": [(f.rule, f.details.get("kind"), f.score, f.text) for f in findings]})
    for languages in parts.values():
        for tally in languages.values():
            tally.update(_scores(tally))
    return {"parts": parts, "errors": errors}


def embed(row: dict, how: str = "paragraph") -> tuple[str, int, int] | None:
    """``(page text, start, end)``: the row's statement put back into its ``context`` at the ``[statement]`` mark,
    as its own paragraph (``how="paragraph"``) or as the context has it (``"inline"``); None without one mark.

    >>> embed({"text": "Image: Midjourney", "context": "The river rose. [statement] Roads closed."})
    ('The river rose.\\n\\nImage: Midjourney\\n\\nRoads closed.', 17, 34)
    >>> embed({"text": "Image: Midjourney", "context": "The river rose. [statement] Roads closed."}, "inline")
    ('The river rose. Image: Midjourney Roads closed.', 16, 33)
    """
    context = row.get("context") or ""
    if context.count(STATEMENT_MARK) != 1:
        return None
    before, after = context.split(STATEMENT_MARK)
    if how == "inline":
        return before + row["text"] + after, len(before), len(before) + len(row["text"])
    before, after = before.rstrip(), after.lstrip()
    head = before + "\n\n" if before else ""
    return head + row["text"] + ("\n\n" + after if after else ""), len(head), len(head) + len(row["text"])


def evaluate_in_context(rows: list[dict], auditor: Auditor | None = None, how: str = "paragraph") -> dict:
    """Found rows with a context, each audited alone and inside its page text (``embed``): ``{"alone": counts,
    "in_context": counts, "elsewhere": {findings, words, per_1000_words, rules}, "changed": [...]}``."""
    auditor = auditor or Auditor({"checks": list(CATEGORIES)})
    gold: list[bool] = []
    flags: dict[str, list[bool]] = {"alone": [], "in_context": []}
    elsewhere: Counter = Counter()
    words = 0
    changed = []
    for row in rows:
        placed = embed(row, how)
        if placed is None:
            continue
        page, start, end = placed
        words += len(page.split())
        on = []
        for f in auditor.audit(page).findings:
            if f.category in CATEGORIES:
                if f.start < end and start < f.end:
                    on.append(f)
                else:
                    elsewhere[f.rule] += 1
        alone = [f for f in auditor.audit(row["text"]).findings if f.category in CATEGORIES]
        gold.append(row["label"] != "negative")
        flags["alone"].append(bool(alone))
        flags["in_context"].append(bool(on))
        if bool(alone) != bool(on):
            changed.append({"id": row["id"], "label": row["label"], "alone": [f.rule for f in alone],
                            "in_context": [f.rule for f in on]})
    tallies = {}
    for key, flagged in flags.items():
        counts = rates(gold, flagged)
        negatives = counts["fp"] + counts["tn"]
        tallies[key] = {**counts, "negatives": negatives,
                        "negatives_flagged": counts["fp"] / negatives if negatives else 0.0}
    count = sum(elsewhere.values())
    return {"how": how, **tallies, "changed": changed,
            "elsewhere": {"findings": count, "words": words,
                          "per_1000_words": round(1000 * count / words, 2) if words else 0.0,
                          "rules": dict(elsewhere.most_common())}}


def evaluate(rows: list[dict], auditor: Auditor | None = None) -> dict:
    """Team set: ``{"splits": {split: {category: counts and scores}}, "errors": [...]}``."""
    auditor = auditor or Auditor({"checks": list(CATEGORIES)})
    tallies: dict = {}
    errors = []
    for row in rows:
        findings = auditor.audit(row["text"]).findings
        expected, span = row["expected_rule"], row["span"] or row["text"]
        for category in CATEGORIES:
            fired = [f for f in findings if f.category == category]
            tally = tallies.setdefault(row["split"], {}).setdefault(category, dict.fromkeys(
                ("tp", "fn", "fp", "negatives", "kind_right", "kind_scored"), 0))
            mine = expected.startswith(category + ".")
            rules = {expected, "disclosure.classifier"} if category == "disclosure" else {expected}
            hit = mine and any(f.rule in rules and f.text == span for f in fired)
            tally["negatives"] += not expected
            if mine:
                tally["tp" if hit else "fn"] += 1
            if fired and not hit:
                tally["fp"] += 1
            if mine and category == "disclosure":
                kinds = [f.details["kind"] for f in fired if f.text == span]
                if kinds:
                    tally["kind_scored"] += 1
                    tally["kind_right"] += kinds[0] == row["kind"]
            if (mine and not hit) or (fired and not hit):
                errors.append({"split": row["split"], "category": category, "text": row["text"],
                               "expected": expected or "-", "span": span if mine else "",
                               "got": [(f.rule, f.text) for f in fired]})
    for categories in tallies.values():
        for tally in categories.values():
            tally.update(_scores(tally))
    return {"splits": tallies, "errors": errors}


def _scores(tally: dict) -> dict:
    tp, fn, fp = tally["tp"], tally["fn"], tally["fp"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    kind = tally["kind_right"] / tally["kind_scored"] if tally["kind_scored"] else None
    flagged = tally["fp"] / tally["negatives"] if tally["negatives"] else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "negatives_flagged": round(flagged, 4), "kind_accuracy": None if kind is None else round(kind, 4)}


def render_real(result: dict) -> str:
    lines = [f"{'part':<8} {'language':<8} {'tp':>4} {'fn':>4} {'fp':>4} {'neg':>4}  "
             f"{'precision':>9} {'recall':>7} {'f1':>6} {'neg flagged':>11} {'kind acc':>8}"]
    for part in ("tuning", "heldout", "found"):
        languages = result["parts"].get(part, {})
        for language in sorted(languages, key=lambda k: (k != "all", -languages[k]["tp"] - languages[k]["fn"], k)):
            t = languages[language]
            kind = "" if t["kind_accuracy"] is None else f"{t['kind_accuracy']:.3f}"
            lines.append(f"{part:<8} {language:<8} {t['tp']:>4} {t['fn']:>4} {t['fp']:>4} {t['negatives']:>4}  "
                         f"{t['precision']:>9.3f} {t['recall']:>7.3f} {t['f1']:>6.3f} "
                         f"{t['fp']:>4}/{t['negatives']:<4} ({t['negatives_flagged']:.1%}) {kind:>8}")
    if result.get("heldout_errors_hidden"):
        lines.append(f"\n{result['heldout_errors_hidden']} errors of the held-out part and the measurement batches not "
                     "listed (--heldout-errors lists them)")
    if result["errors"]:
        lines.append("\nreal-statement errors:")
    for e in result["errors"]:
        expected = e["label"] + (f"/{e['kind']}" if e["kind"] else "")
        lines.append(f"[{e['split']}/{e['language']}] {e['id']} expected {expected}\n"
                     f"    text: {e['text'][:200]!r}\n    got:  {e['got']}")
    return "\n".join(lines)


def render_in_context(result: dict) -> str:
    """The ``evaluate_in_context`` figures as a table, the rows that changed and the findings elsewhere."""
    lines = [f"found rows with a context, statement placed {result['how']}",
             f"{'audited':<11} {'tp':>4} {'fn':>4} {'fp':>4} {'neg':>4}  {'precision':>9} {'recall':>7} {'f1':>6}"]
    for key in ("alone", "in_context"):
        t = result[key]
        lines.append(f"{key:<11} {t['tp']:>4} {t['fn']:>4} {t['fp']:>4} {t['negatives']:>4}  "
                     f"{t['precision']:>9.3f} {t['recall']:>7.3f} {t['f1']:>6.3f}  "
                     f"negatives flagged {t['negatives_flagged']:.1%}")
    lines += [f"{c['id']} ({c['label']}): alone {c['alone']} -> in context {c['in_context']}"
              for c in result["changed"]]
    other = result["elsewhere"]
    lines.append(f"findings elsewhere in the pages: {other['findings']} in {other['words']:,} words "
                 f"({other['per_1000_words']} per 1,000 words) {other['rules']}")
    return "\n".join(lines)


def render(result: dict) -> str:
    lines = [f"{'split':<6} {'category':<11} {'tp':>4} {'fn':>4} {'fp':>4} {'neg':>4}  "
             f"{'precision':>9} {'recall':>7} {'f1':>6} {'kind acc':>8}"]
    for split, categories in sorted(result["splits"].items()):
        for category, t in categories.items():
            kind = "" if t["kind_accuracy"] is None else f"{t['kind_accuracy']:.3f}"
            lines.append(f"{split:<6} {category:<11} {t['tp']:>4} {t['fn']:>4} {t['fp']:>4} {t['negatives']:>4}  "
                         f"{t['precision']:>9.3f} {t['recall']:>7.3f} {t['f1']:>6.3f} {kind:>8}")
    if result["errors"]:
        lines.append("\nteam-set errors:")
    for e in result["errors"]:
        lines.append(f"[{e['split']}/{e['category']}] expected {e['expected']} {e['span']!r}\n"
                     f"    text: {e['text']!r}\n    got:  {e['got']}")
    return "\n".join(lines)
