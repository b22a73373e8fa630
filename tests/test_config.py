import pytest

from auditor import Auditor, Config, ConfigError


@pytest.mark.parametrize("data, key, problem", [
    ({"treshold": 1}, "treshold", "unknown setting"),
    ({"severity": {"hedge.speculation": "loud"}}, "severity.hedge.speculation", "'loud' is not one of"),
    ({"hedge_classifier_threshold": 1.5}, "hedge_classifier_threshold", "is not a number in [0, 1]"),
    ({"hedge_classifier_threshold": "high"}, "hedge_classifier_threshold", "is not a number in [0, 1]"),
    ({"fail_on": "sometimes"}, "fail_on", "'sometimes' is not one of"),
    ({"disable": [1, 2]}, "disable", "expected a list of names"),
])
def test_bad_values_name_source_and_key(data, key, problem):
    with pytest.raises(ConfigError) as err:
        Config.from_dict(data, source="setup.cfg")
    assert str(err.value).startswith(f"setup.cfg: {key}: ")
    assert problem in str(err.value)


def test_comma_separated_lists_and_relative_rule_paths(tmp_path):
    config = Config.from_dict({"disable": "hedge.speculation, leak.*", "extra_rules": ["house.yml"]}, base_dir=tmp_path)
    assert config.disable == ("hedge.speculation", "leak.*")
    assert config.extra_rules == (str(tmp_path / "house.yml"),)


def test_unknown_check_name_is_an_error():
    with pytest.raises(ConfigError, match="checks: unknown check 'spelling'"):
        Auditor({"checks": ["spelling"]})


def test_disabling_a_check_by_name_removes_its_findings():
    text = "As an AI language model, I cannot say. Experts say it may rain."
    assert {f.category for f in Auditor({"disable": ["hedge"]}).audit(text).findings} == {"leak"}
    assert "leak" not in {f.category for f in Auditor({"disable": ["leak"]}).audit(text).findings}
