"""SARIF 2.1.0 output, validated against the official schema committed in tests/schemas/."""

import json
from pathlib import Path

import jsonschema
from cli_helpers import check

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8"))
MD = "fixtures/drafts/council.md"


def sarif(*args, **kwargs):
    result = check(*args, "--format", "sarif", **kwargs)
    return result, json.loads(result.stdout)


def test_output_is_valid_sarif_with_rules_locations_and_fingerprints():
    result, log = sarif("fixtures/drafts", "-", stdin="Experts say it may fail.\n")
    jsonschema.validate(log, SCHEMA)
    [run] = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert {"leak.placeholder", "hedge.speculation", "suppression.missing-reason"} <= {r["id"] for r in rules}
    assert all(r["defaultConfiguration"]["level"] in ("error", "warning", "note") for r in rules)
    first = next(r for r in run["results"] if r["ruleId"] == "hedge.vague-attribution"
                 and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == MD)
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"],
            region["charLength"], region["snippet"]["text"]) == (7, 48, 7, 59, 11, "Experts say")
    assert rules[first["ruleIndex"]]["id"] == "hedge.vague-attribution"
    assert first["level"] == "warning" and first["partialFingerprints"]["auditorFinding/v1"]
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]} == {
        "fixtures/drafts/council.html", MD, "fixtures/drafts/wire.txt", "stdin"}
    assert run["columnKind"] == "unicodeCodePoints"
    assert result.returncode == 1


def test_suppressed_findings_carry_in_source_suppressions():
    _, log = sarif(MD)
    suppressed = [r for r in log["runs"][0]["results"] if "suppressions" in r]
    assert [(r["ruleId"], r["suppressions"][0]["justification"]) for r in suppressed] == [
        ("hedge.speculation", "the forecast is the treasurer's, quoted below"),
        ("leak.ai-self-reference", "no reason given"),
    ]


def test_unreadable_file_is_a_tool_notification_and_output_stays_valid(tmp_path):
    result, log = sarif(str(tmp_path / "missing.md"))
    jsonschema.validate(log, SCHEMA)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "cannot read" in invocation["toolExecutionNotifications"][0]["message"]["text"]
    assert result.returncode == 2
