"""Precision/recall of the disclosure and leak checks on real statements (tuning / held-out) and the team set.

What is counted, and the publisher split: ``auditor/evaluation/disclosure.py``. Parts: ``tuning`` and
``heldout`` rows of ``fixtures/disclosure/real_statements.csv`` (per language), ``found`` (every
``fixtures/disclosure/found_statements*.csv``, tuning only) and ``team`` (``fixtures/disclosure/sentences.csv``).

Example:
    python scripts/eval_disclosure.py                 # real tuning + held-out (per language), team set, errors
    python scripts/eval_disclosure.py --part heldout  # only the held-out real rows (their errors stay hidden,
                                                      # as do those of the MEASUREMENT_BATCHES below)
    python scripts/eval_disclosure.py --part found    # found_statements*.csv (more real rows, tuning only)
    python scripts/eval_disclosure.py --json          # the same figures as JSON
    python scripts/eval_disclosure.py --in-context paragraph   # found rows put back into their page text
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from auditor.engine import Auditor
from auditor.evaluation.disclosure import (CATEGORIES, DEFAULT_SET, REAL_SET, evaluate, evaluate_in_context,
                                           evaluate_real, found_sets, load_rows, render, render_in_context,
                                           render_real)
from auditor.evaluation import run

# Found batches kept to measure fresh wording (docs/quality.md, stop 27): scored, their errors not listed.
MEASUREMENT_BATCHES = ("fs90", "fs91", "fs92", "fs93", "fs95", "fs110", "fs116", "fs123", "fs126", "fs131", "fs137",
                       "fs141", "fs145", "fs148", "fs152", "fs156", "fs160", "fs162",
                       "fs166", "fs170", "fs173", "fs175", "fs176", "fs177", "fs181",
                       "fs185", "fs188", "fs190", "fs195", "fs198", "fs202",
                       "fs204", "fs207", "fs209", "fs213", "fs216", "fs219", "fs221", "fs223",
                       "fs225", "fs228", "fs230", "fs233", "fs235", "fs238",
                       "fs240", "fs243", "fs244", "fs247", "fs250", "fs252", "fs256", "fs258",
                       "fs261", "fs264", "fs266", "fs268", "fs270", "fs273", "fs276",
                       "fs278", "fs282", "fs285", "fs288", "fs291", "fs294",
                       "fs297", "fs300", "fs303", "fs306", "fs309",
                       "fs312", "fs315", "fs318", "fs321", "fs324", "fs327", "fs330",
                       "fs333", "fs336", "fs339", "fs342", "fs345",
                       "fs348", "fs351", "fs354", "fs357", "fs360", "fs363", "fs366", "fs369",
                       "fs372", "fs375", "fs378", "fs381", "fs384", "fs387", "fs390", "fs393",
                       "fs396", "fs399", "fs402", "fs405", "fs408", "fs411",
                       "fs414", "fs417", "fs420", "fs423", "fs426",
                       "fs429", "fs432", "fs435", "fs438", "fs441", "fs444",
                       "fs447", "fs450", "fs453", "fs456", "fs457", "fs458")
_MEASUREMENT_IDS = tuple(f"{batch}-" for batch in MEASUREMENT_BATCHES)  # the row ids' prefixes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, default=REAL_SET, help="real statements (default: %(default)s)")
    parser.add_argument("--found", type=Path, nargs="+", default=found_sets(),
                        help="more real statements, scored as part 'found' (default: every found_statements*.csv)")
    parser.add_argument("--team", type=Path, default=DEFAULT_SET, help="team-written set (default: %(default)s)")
    parser.add_argument("--part", choices=("tuning", "heldout", "found", "team"), action="append",
                        help="only these parts (repeatable; default: all)")
    parser.add_argument("--json", action="store_true", help="print the figures and errors as JSON")
    parser.add_argument("--heldout-errors", action="store_true",
                        help="also list the errors of the held-out part and of the found measurement batches "
                             f"({', '.join(MEASUREMENT_BATCHES)}; hidden by default: reading them tunes the rules to "
                             "the rows that measure them)")
    parser.add_argument("--in-context", choices=("paragraph", "inline"),
                        help="only the found rows with a context, each audited alone and put back into its page "
                             "text as its own paragraph or inline where the context marks it")
    args = parser.parse_args(argv)
    auditor = Auditor({"checks": list(CATEGORIES)})
    if args.in_context:
        result = evaluate_in_context([r for path in args.found for r in load_rows(path)], auditor, args.in_context)
        print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else render_in_context(result))
        return 0
    parts = set(args.part or ("tuning", "heldout", "found", "team"))
    output = {}
    real = [r for r in load_rows(args.real) if r["split"] in parts]
    if "found" in parts:
        real += [{**r, "split": "found"} for path in args.found for r in load_rows(path)]
    if real:
        output["real"] = evaluate_real(real, auditor)
        hidden = [e for e in output["real"]["errors"] if not args.heldout_errors and (
            e["split"] == "heldout" or e["id"].startswith(_MEASUREMENT_IDS))]
        output["real"]["errors"] = [e for e in output["real"]["errors"] if e not in hidden]
        if hidden:
            output["real"]["heldout_errors_hidden"] = len(hidden)
    if "team" in parts:
        output["team"] = evaluate(load_rows(args.team), auditor)
    if args.json:
        print(json.dumps(output, indent=2, ensure_ascii=False))
    else:
        print("\n\n".join(filter(None, [render_real(output["real"]) if "real" in output else "",
                                        render(output["team"]) if "team" in output else ""])))
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
