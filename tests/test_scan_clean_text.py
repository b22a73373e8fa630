"""scripts/scan_clean_text.py: every finding on a column of real text is printed, with a summary per source."""

from pathlib import Path

import pytest
from conftest import load_script

scan = load_script("scan_clean_text")


def write(path: Path, rows: list[str]) -> Path:
    path.write_text("id,text\n" + "".join(f'{k},"{row}"\n' for k, row in enumerate(rows)), encoding="utf-8")
    return path


def test_findings_are_printed_and_counted(tmp_path, capsys):
    source = write(tmp_path / "pool.csv", [
        "The river rose two metres overnight.",
        "As an AI language model, I cannot browse the internet.",
        "The river rose two metres overnight.",  # a repeated text is audited once
        "",
    ])
    assert scan.main([f"{source}:text"]) == 0
    out, err = capsys.readouterr()
    leak = "As an AI language model, I cannot browse the internet."
    assert out.splitlines() == [f"pool.csv:text\tleak.ai-self-reference\t'As an AI language model'\t{leak}",
                                f"pool.csv:text\tleak.refusal\t'I cannot browse the internet'\t{leak}"]
    assert err.splitlines()[-1] == "# all: 2 texts, 16 words, 2 findings"


@pytest.mark.parametrize("spec, message", [
    ("pool.csv:premise", r"pool.csv: no column 'premise' \(has id, text\)"),
    ("missing.csv:text", r"missing.csv: cannot read it as UTF-8 CSV"),
])
def test_a_bad_source_is_a_clear_error(tmp_path, spec, message):
    write(tmp_path / "pool.csv", ["The river rose."])
    with pytest.raises(SystemExit, match=message):
        scan.main([str(tmp_path / spec.split(":")[0]) + ":" + spec.split(":")[1]])


def test_a_source_without_a_column_is_refused(capsys):
    with pytest.raises(SystemExit):
        scan.main(["pool.csv"])
    assert "expected FILE.csv:COLUMN" in capsys.readouterr().err
