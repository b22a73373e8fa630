"""Baselines: accept today's findings, report only new ones.

A finding is identified by its file (relative to the baseline file's folder), its rule and its
normalised text (case-folded, whitespace collapsed) — not by offsets, so edits elsewhere in the file
keep it matched. Each baseline entry accepts one occurrence: a third "may fail" where two were
accepted is new.

Example:
    >>> from auditor.findings import Finding
    >>> old = Finding("hedge.speculation", "hedge", "warning", "m", 10, 18, "may  Fail")
    >>> moved = Finding("hedge.speculation", "hedge", "warning", "m", 90, 98, "may fail")
    >>> fingerprint(old) == fingerprint(moved)
    True
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path

from .errors import ConfigError
from .findings import Finding

BASELINE_VERSION = 1


def fingerprint(finding: Finding) -> str:
    """A stable id of ``finding``: hash of its rule and normalised text."""
    normalised = " ".join(finding.text.casefold().split())
    return hashlib.sha256(f"{finding.rule}\0{normalised}".encode()).hexdigest()[:20]


class Baseline:
    """Accepted findings of a baseline file, by file and fingerprint."""

    def __init__(self, file: str | Path, accepted: Counter | None = None):
        self.file = Path(file)
        self.accepted = accepted if accepted is not None else Counter()

    @classmethod
    def load(cls, file: str | Path) -> Baseline:
        try:
            data = json.loads(Path(file).read_text("utf-8"))
            entries = data["findings"]
            accepted = Counter((e["path"], e["fingerprint"]) for e in entries)
        except OSError as exc:
            raise ConfigError(str(file), "baseline", f"cannot read ({exc.strerror or exc})") from None
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(str(file), "baseline",
                              f"not a baseline file written by --write-baseline ({exc})") from None
        return cls(file, accepted)

    def key(self, path: str) -> str:
        """``path`` relative to the baseline's folder, with forward slashes (``<stdin>`` stays)."""
        if path == "<stdin>":
            return path
        return Path(os.path.relpath(Path(path).resolve(), self.file.resolve().parent)).as_posix()

    def split(self, path: str, findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
        """``(new, baselined)`` findings of the file at ``path``."""
        remaining = Counter({k: n for k, n in self.accepted.items() if k[0] == self.key(path)})
        new, baselined = [], []
        for finding in findings:
            k = (self.key(path), fingerprint(finding))
            if remaining[k] > 0:
                remaining[k] -= 1
                baselined.append(finding)
            else:
                new.append(finding)
        return new, baselined

    def write(self, findings_by_path: list[tuple[str, list[Finding]]]) -> None:
        """Write every finding as accepted (sorted, so the file diffs well)."""
        entries = sorted(({"path": self.key(path), "rule": f.rule, "text": " ".join(f.text.split()),
                           "fingerprint": fingerprint(f)} for path, findings in findings_by_path for f in findings),
                         key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
        self.accepted = Counter((e["path"], e["fingerprint"]) for e in entries)
        document = {"version": BASELINE_VERSION, "tool": "article-auditor", "findings": entries}
        self.file.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
