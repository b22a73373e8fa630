"""Record which rows of each found batch the disclosure and leak rules flagged *before* they were tuned on it.

Each ``fixtures/disclosure/found_statements*.csv`` batch was committed before any rule was changed for
it, so the rules of that commit have never seen the batch's wording: they stand for the rules meeting a new
publisher. For each batch this script checks out its adding commit into a temporary git worktree, audits
every row there with ``disclosure`` and ``leak`` (the classifier rules disabled) and writes
``fixtures/disclosure/prospective_rule_flags.json`` (row id → flagged, with the commits).
``scripts/train_disclosure_classifier.py`` reads it to choose the classifier's thresholds on wording the
rules have not seen.

    python scripts/prospective_rule_flags.py             # every batch
    python scripts/prospective_rule_flags.py --first 24  # batches 24 on; the recorded ones before are kept
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from auditor.evaluation import run
from auditor.evaluation.disclosure import batch_number, found_sets, load_rows

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "disclosure"
OUT = FIXTURES / "prospective_rule_flags.json"
# Runs inside the old commit's tree, which may predate auditor.evaluation: it reads the CSV itself.
RULES_ONLY = """
import csv, json, sys
from auditor import Auditor
try:
    auditor = Auditor({"checks": ["disclosure", "leak"], "disable": ["disclosure.classifier", "leak.classifier"]})
except Exception:  # a commit from before the classifier rules existed: its rules are all there is
    auditor = Auditor({"checks": ["disclosure", "leak"]})
with open(sys.argv[1], encoding="utf-8", newline="") as handle:
    rows = list(csv.DictReader(handle))
print(json.dumps({r["id"]: any(f.category in ("disclosure", "leak") for f in auditor.audit(r["text"]).findings)
                  for r in rows}))
"""


def adding_commit(path: Path) -> str:
    """The commit that added ``path`` to the repository."""
    out = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(ROOT))],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return out[-1]


def _kept(first: int) -> tuple[dict, dict]:
    """The recorded commits and row flags of the batches numbered below ``first`` (none when ``first`` is 1)."""
    if first <= 1 or not OUT.is_file():
        return {}, {}
    record = json.loads(OUT.read_text("utf-8"))
    names = {name for name in record["commits"] if batch_number(FIXTURES / name) < first}
    ids = {row["id"] for name in names for row in load_rows(FIXTURES / name)}
    return ({name: record["commits"][name] for name in names},
            {row_id: flag for row_id, flag in record["flags"].items() if row_id in ids})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=1, help="first batch number to record (1: found_statements.csv); "
                        "the batches before it keep their recorded rows and commits")
    args = parser.parse_args(argv)
    batches = sorted((p for p in found_sets(FIXTURES) if batch_number(p) >= args.first), key=batch_number)
    commits, flags = _kept(args.first)
    for path in batches:
        commit = adding_commit(path)
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            subprocess.run(["git", "worktree", "add", "--detach", "-f", str(tree), commit], cwd=ROOT,
                           capture_output=True, check=True)
            try:
                run = subprocess.run([sys.executable, "-c", RULES_ONLY, str(path)], capture_output=True, text=True,
                                     check=True, cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)})
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True)
        rows = json.loads(run.stdout)
        commits[path.name] = commit
        flags.update(rows)
        print(f"{path.name} at {commit[:7]}: {sum(rows.values())} of {len(rows)} rows flagged by the rules")
    OUT.write_text(json.dumps({"about": "Row id -> flagged by the disclosure/leak rules of the commit that added its "
                                        "batch (before any tuning on it); scripts/prospective_rule_flags.py.",
                               "commits": dict(sorted(commits.items(), key=lambda item: batch_number(Path(item[0])))),
                               "flags": dict(sorted(flags.items()))}, indent=1) + "\n", "utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
