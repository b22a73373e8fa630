"""One pipeline: the same drafts give the same findings, suppressions and errors through every entry point
(``audit``, ``Auditor.audit_file``, ``audit_many``, ``audit_corpus`` local and Ray, ``auditor check``,
``auditor corpus``)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import auditor
from auditor.textio import read_file

CONFIG = {"checks": ["leak"], "max_chars": 150_000}
MARKDOWN = """---
title: "As an AI language model, a headline"
---
# Council approves budget

```text
As an AI language model, I cannot help with that.
```

<!-- auditor: disable-next-line leak.placeholder -- the ticket line is a template on purpose -->
Tickets: contact [Insert name] at the box office.

Certainly! Here is the article you asked for.

The mayor said [Insert quote] after the vote.
"""
HTML = ("<html><head><style>p { content: 'As an AI language model'; }</style></head><body>\n"
        "<p>As an AI language model, I cannot write that.</p>\n"
        "<script>var note = 'Certainly! Here is the article you asked for.';</script>\n"
        "<p>The vote is on [Insert date].</p></body></html>\n")
PARAGRAPH = "The council met on Monday and approved the budget for the new bridge by seven votes to two.\n\n"
LONG = PARAGRAPH * 700 + "As an AI language model, I cannot say more.\n\n" + PARAGRAPH * 600 + "[Insert byline]\n"
DRAFTS = {"story.md": MARKDOWN, "page.html": HTML, "long.txt": LONG, "too-long.txt": PARAGRAPH * 1700,
          "old.txt": "caf\xe9 as an AI language model".encode("latin-1")}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    root = tmp_path_factory.mktemp("pipeline")
    (root / "pyproject.toml").write_text('[tool.auditor]\nchecks = ["leak"]\nmax_chars = 150000\n')
    folder = root / "drafts"
    folder.mkdir()
    for name, content in DRAFTS.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    assert 100_000 < len(LONG) < 150_000 < len(DRAFTS["too-long.txt"])  # chunked; over max_chars
    return folder


def _finding(rule, severity, start, end, text, line, column):
    return rule, severity, start, end, text, line, column


def _of(finding):
    return _finding(finding.rule, finding.severity, finding.start, finding.end, finding.text, finding.line,
                    finding.column)


def _of_dict(data):
    return _finding(data["rule"], data["severity"], data["start"], data["end"], data["text"], data["line"],
                    data["column"])


def _error(message):
    """What an error says, whatever the entry point's wording around it."""
    if "not valid UTF-8 (byte 0xe9 at offset 3)" in message:
        return "error: not valid UTF-8"
    if f"{len(DRAFTS['too-long.txt']):,}" in message and "150,000" in message:
        return "error: over max_chars"
    return f"error: {message}"


def _reports(reports, errors):
    """``{name: findings or error}`` and ``{name: suppressed findings}`` from reports and error messages."""
    findings = {Path(name).name: [_of(f) for f in report.findings] for name, report in reports.items()}
    findings.update((Path(name).name, _error(message)) for name, message in errors.items())
    suppressed = {Path(name).name: [_of(s.finding) for s in report.suppressed] for name, report in reports.items()}
    return findings, suppressed


def _python_audit(folder):
    reports, errors = {}, {}
    for path in sorted(folder.iterdir()):
        try:
            reports[path.name] = auditor.audit(read_file(path), source=path.name, config=CONFIG)
        except auditor.InputError as exc:
            errors[path.name] = str(exc)
    return _reports(reports, errors)


def _audit_file(folder):
    aud, reports, errors = auditor.Auditor(CONFIG), {}, {}
    for path in sorted(folder.iterdir()):
        try:
            reports[path.name] = aud.audit_file(path)
        except auditor.InputError as exc:
            errors[path.name] = str(exc)
    return _reports(reports, errors)


def _audit_many(folder):
    batch = auditor.audit_many(sorted(folder.iterdir()), config=CONFIG)
    return _reports(batch.reports, batch.errors)


def _rows(finding_rows, document_rows):
    findings = {row["document_id"]: [] for row in document_rows}
    for row in finding_rows:
        findings[row["document_id"]].append(_of_dict(row))
    findings.update((row["document_id"], _error(row["error"])) for row in document_rows if row["error"])
    return {Path(name).name: value for name, value in findings.items()}, None


def _corpus(engine, workers):
    def run(folder):
        if engine == "ray":
            pytest.importorskip("ray", reason="the Ray engine needs the ray extra")
        result = auditor.audit_corpus(folder, config=CONFIG, engine=engine, workers=workers)
        return _rows(result.finding_rows, result.document_rows)
    return run


def _cli_check(folder):
    result = subprocess.run([sys.executable, "-m", "auditor.cli", "check", "drafts", "--format", "json"],
                            capture_output=True, text=True, cwd=folder.parent)
    assert result.returncode == 2, result.stderr
    findings, suppressed = {}, {}
    for file in json.loads(result.stdout)["files"]:
        name = Path(file["path"]).name
        findings[name] = _error(file["error"]) if "error" in file else [_of_dict(f) for f in file["findings"]]
        if "error" not in file:
            suppressed[name] = [_of_dict(f) for f in file["suppressed"]]
    return findings, suppressed


def _cli_corpus(folder):
    out = folder.parent / "corpus-out"
    result = subprocess.run([sys.executable, "-m", "auditor.cli", "corpus", "drafts", "--out", str(out),
                             "--format", "jsonl", "--workers", "1"], capture_output=True, text=True, cwd=folder.parent)
    assert result.returncode == 0, result.stderr

    def read(name):
        return [json.loads(line) for line in (out / name).read_text("utf-8").splitlines() if line.strip()]

    return _rows(read("findings.jsonl"), read("documents.jsonl"))


ENTRY_POINTS = {"audit": _python_audit, "Auditor.audit_file": _audit_file, "audit_many": _audit_many,
                "audit_corpus local": _corpus("local", 1), "audit_corpus local, 2 workers": _corpus("local", 2),
                "audit_corpus ray": _corpus("ray", 1), "auditor check": _cli_check, "auditor corpus": _cli_corpus}


@pytest.fixture(scope="module")
def reference(drafts):
    findings, suppressed = _audit_file(drafts)
    findings["old.txt"] = _error(str(pytest.raises(auditor.InputError, read_file, drafts / "old.txt").value))
    return findings, suppressed


def test_the_reference_covers_masking_suppression_chunking_and_errors(reference):
    findings, suppressed = reference
    assert [(f[0], f[4].strip()) for f in findings["story.md"]] == [
        ("leak.chat-preamble", "Certainly! Here is the article you asked for."), ("leak.placeholder", "[Insert quote]")]
    assert [f[4] for f in suppressed["story.md"]] == ["[Insert name]"]
    assert [f[4] for f in findings["page.html"]] == ["As an AI language model", "[Insert date]"]
    assert [(f[4], f[5]) for f in findings["long.txt"]] == [
        ("As an AI language model", 1401), ("[Insert byline]", 2603)]
    assert findings["too-long.txt"] == "error: over max_chars" and findings["old.txt"] == "error: not valid UTF-8"


@pytest.mark.parametrize("entry_point", list(ENTRY_POINTS))
def test_every_entry_point_gives_the_same_findings_suppressions_and_errors(entry_point, drafts, reference):
    findings, suppressed = ENTRY_POINTS[entry_point](drafts)
    assert findings == reference[0]
    if suppressed is not None:  # corpus rows hold reported findings only
        assert suppressed == {name: value for name, value in reference[1].items() if name in suppressed}
