#!/usr/bin/env python
"""Write auditor/data/rules/required_words.json: the words every match of each shipped rule pattern needs.

The rule prefilter (``auditor.prefilter``) reads them from this table instead of working them out from each
pattern's parse tree at every start. Run it after editing a rule file; ``tests/test_prefilter.py`` fails while
the table and the rules disagree::

    python scripts/build_required_words.py
"""

from __future__ import annotations

import json

from auditor.evaluation import run
from auditor.prefilter import TABLE, parsed_required_words, pattern_key
from auditor.rules import builtin_rules


def main() -> None:
    words = {pattern_key(p): None if (found := parsed_required_words(p)) is None else sorted(found)
             for rule in builtin_rules() for p in rule.patterns}
    about = ("Words one of which every match of a shipped rule pattern contains, by auditor.prefilter.pattern_key; "
             "written by scripts/build_required_words.py (null: none, the pattern always runs).")
    lines = [f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in sorted(words.items())]
    TABLE.write_text(f'{{"about": {json.dumps(about)},\n "words": {{\n' + ",\n".join(lines) + "\n}}\n", "utf-8")
    print(f"{TABLE}: {len(words)} patterns, {sum(w is None for w in words.values())} without required words")


if __name__ == "__main__":
    run(main)
