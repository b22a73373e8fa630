import pytest

from auditor import Auditor, Config, ConfigError, RuleError


@pytest.mark.parametrize("data, key, problem", [
    ({"treshold": 1}, "treshold", "unknown setting"),
    ({"severity": {"hedge.speculation": "loud"}}, "severity.hedge.speculation", "'loud' is not one of"),
    ({"options": {"hedge.classifier": {"threshold": 1.5}}}, "options.hedge.classifier.threshold",
     "1.5 is not in [0, 1]"),
    ({"options": {"hedge.classifier": {"threshold": "high"}}}, "options.hedge.classifier.threshold",
     "expected float or int or null, got str 'high'"),
    ({"options": {"contradiction.nli": {"max_pairs": 1.5}}}, "options.contradiction.nli.max_pairs",
     "expected int, got float 1.5"),
    ({"options": {"contradiction.nli": {"max_pairs": -1}}}, "options.contradiction.nli.max_pairs", "-1 is less than 0"),
    ({"options": {"contradiction.nli": {"model": 5}}}, "options.contradiction.nli.model", "expected str or null"),
    ({"options": {"contradiction.nli": {"treshold": 0.7}}}, "options.contradiction.nli.treshold",
     "unknown option of the contradiction check (known: attribution_patterns, "),
    ({"options": {"contradiction.nil": {"threshold": 0.7}}}, "options.contradiction.nil.threshold",
     "no such rule option (closest: contradiction.nli.threshold"),
    ({"options": {"spelling": {"threshold": 0.7}}}, "options.spelling.threshold", "no such rule option"),
    ({"options": {"hedge.classifier": 0.7}}, "options.hedge.classifier", "expected a mapping of option to value"),
    ({"options": 0.7}, "options", "expected a mapping of rule id to {option: value}"),
    ({"fail_on": "sometimes"}, "fail_on", "'sometimes' is not one of"),
    ({"disable": [1, 2]}, "disable", "expected a list of names"),
    # stop 31: list items, regular expressions and span modes were accepted and failed or were ignored later
    ({"options": {"hedge.speculation": {"ignore_cues": [1]}}}, "options.hedge.speculation.ignore_cues",
     "item 0: expected str, got int 1"),
    ({"options": {"hedge.speculation": {"expand": "sentence"}}}, "options.hedge.speculation.expand",
     "'sentence' is not one of subject, noun-phrase, predicate"),
    ({"options": {"hedge.speculation": {"max_words": -3}}}, "options.hedge.speculation.max_words", "-3 is less than 0"),
    ({"options": {"hedge.speculation": {"skip_if_sentence": ["("]}}}, "options.hedge.speculation.skip_if_sentence",
     "item 0: invalid regular expression '(': missing ), unterminated subpattern"),
    ({"options": {"leak.ai-self-reference": {"chatbot_story": "("}}}, "options.leak.ai-self-reference.chatbot_story",
     "invalid regular expression '('"),
    ({"options": {"contradiction.nli": {"clause_split": "("}}}, "options.contradiction.nli.clause_split",
     "invalid regular expression '('"),
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


def test_check_options_in_every_spelling_reach_the_check():
    spellings = [{"contradiction.nli": {"threshold": 0.7, "max_pairs": 5}},
                 {"contradiction.nli.threshold": 0.7, "contradiction.nli.max_pairs": 5},
                 {"contradiction": {"nli": {"threshold": 0.7, "max_pairs": 5}}}]
    for options in spellings:
        config = Config.from_dict({"checks": ["contradiction"], "options": options})
        assert config.options == {"contradiction.nli": {"threshold": 0.7, "max_pairs": 5}}
        [check] = Auditor(config).checks
        assert (check.threshold, check.max_pairs, check.min_similarity) == (0.7, 5, 0.2)
        assert check.rule.options["cues"] == Auditor({"checks": ["contradiction"]}).checks[0].rule.options["cues"]


def test_no_options_is_no_override():
    assert Config.from_dict({"options": {}}).options == {} == Config().options


def test_check_option_defaults_are_the_rule_files():
    [check] = Auditor({"checks": ["contradiction"]}).checks
    assert (check.threshold, check.min_similarity, check.max_pairs) == (
        check.rule.options["calibration"]["threshold"], 0.2, 200)
    assert check.rule.options["model"] is None and "threshold" not in check.rule.options
    [hedge] = Auditor({"checks": ["hedge"]}).checks
    assert hedge.rules_by_id["hedge.classifier"].options["threshold"] is None


@pytest.mark.parametrize("key, value, spelling", [
    ("contradiction_threshold", 0.7, "Config(options={'contradiction.nli': {'threshold': 0.7}})"),
    ("contradiction_min_similarity", 0.3, "Config(options={'contradiction.nli': {'min_similarity': 0.3}})"),
    ("contradiction_max_pairs", 50, "Config(options={'contradiction.nli': {'max_pairs': 50}})"),
    ("nli_model", "models/nli", "Config(options={'contradiction.nli': {'model': 'models/nli'}})"),
    ("hedge_classifier_threshold", 0.9, "Config(options={'hedge.classifier': {'threshold': 0.9}})"),
])
def test_settings_that_moved_to_check_options_say_their_new_spelling(key, value, spelling):
    rule_id = spelling.split("'")[1]
    with pytest.raises(ConfigError) as err:
        Auditor({key: value})
    assert str(err.value) == f"<config>: {key}: now an option of rule {rule_id}: {spelling}"
    with pytest.raises(ConfigError) as err:
        Config(**{key: value})
    assert str(err.value) == f"Config: {key}: now an option of rule {rule_id}: {spelling}"


def test_a_config_built_directly_has_its_options_validated_by_the_auditor():
    with pytest.raises(ConfigError, match=r"^Config: options.hedge.classifier.threshold: 2 is not in \[0, 1\]$"):
        Auditor(Config(options={"hedge.classifier": {"threshold": 2}}))
    with pytest.raises(ConfigError, match=r"^Config: options.hedge.clasifier.threshold: no such rule option"):
        Auditor(Config(options={"hedge.clasifier": {"threshold": 0.5}}))


@pytest.mark.parametrize("make, key, problem", [
    (lambda: Config({"checks": ["hedge"]}), "checks", "got a mapping: settings in a dict go to Config.from_dict"),
    (lambda: Config(checks="hedge"), "checks", "got the string 'hedge': write checks=['hedge']"),
    (lambda: Config(disable="hedge.speculation"), "disable", "write disable=['hedge.speculation']"),
    (lambda: Config(exclude="drafts/*"), "exclude", "write exclude=['drafts/*']"),
])
def test_a_string_or_mapping_where_config_lists_names_is_refused_with_the_right_spelling(make, key, problem):
    with pytest.raises(ConfigError) as err:
        make()
    assert str(err.value).startswith(f"Config: {key}: expected a list of names, ") and problem in str(err.value)
    assert Config(("hedge",), disable=["hedge.speculation"]).checks == ("hedge",)  # lists and tuples stay fine


def test_a_span_group_that_no_pattern_names_is_an_error_naming_the_rule():
    """An unknown group in ``downgrade_groups`` or an ``expand`` mapping never matches: it was silently ignored."""
    with pytest.raises(RuleError, match=r"hedge.weasel-passive.options.downgrade_groups: 'bar' is no named group of "
                                        r"the rule's patterns \(groups: bare, cue\)"):
        Auditor({"options": {"hedge.weasel-passive": {"downgrade_groups": ["bar"]}}})


def test_a_severity_key_naming_no_rule_is_an_error_and_an_id_beats_a_glob_in_any_order():
    # QA, stop 66: a typo in a severity key was silently ignored, and an earlier glob won over a later exact id
    with pytest.raises(ConfigError, match="severity: unknown rule id 'hedge.weasel-pasive' "
                                          r"\(closest: hedge.weasel-passive"):
        Auditor({"severity": {"hedge.weasel-pasive": "info"}})
    text = "It is believed that the plan will fail."
    for severity in ({"hedge.*": "info", "hedge.weasel-passive": "error"},
                     {"hedge.weasel-passive": "error", "hedge.*": "info"}):
        [finding] = Auditor({"checks": ["hedge"], "severity": severity}).audit(text).findings
        assert (finding.rule, finding.severity) == ("hedge.weasel-passive", "error")
    assert Auditor({"severity": {"hedge": "error"}}).rules.all["hedge.belief"].severity == "error"


@pytest.mark.parametrize("settings, where", [
    ({"severity": {"hedge.speculation": "critical"}}, "severity.hedge.speculation"),
    ({"fail_on": "warnings"}, "fail_on"),
    ({"max_chars": -5}, "max_chars"),
    ({"max_chars": "big"}, "max_chars"),
    ({"disable": None}, "disable"),
])
def test_a_config_built_directly_checks_its_values_at_once(settings, where):
    """QA, stop 67: Config(severity=...) with a bad level crashed at the first audit (ValueError in the hedge check);
    Config(fail_on="warnings") and Config(max_chars=-5) were taken."""
    with pytest.raises(ConfigError, match=f"^Config: {where}: "):
        Config(**settings)


def test_a_path_or_glob_in_a_list_is_one_item_even_with_a_space():
    """QA, stop 67: "old drafts/*" was split into "old" and "drafts/*" (a wrong file excluded, one audited)."""
    config = Config.from_dict({"exclude": ["old drafts/*", "wire/*.txt"], "include": "*.md, my notes/*.txt\n*.html"})
    assert (config.exclude, config.include) == (("old drafts/*", "wire/*.txt"), ("*.md", "my notes/*.txt", "*.html"))
    assert Config.from_dict({"disable": ["hedge.speculation leak"]}).disable == ("hedge.speculation", "leak")


@pytest.mark.parametrize("config, message", [
    ({"disable": None}, "<config>: disable: expected a list of names, got None"),
    ({"extra_rules": None}, "<config>: extra_rules: expected a list of names, got None"),
    ("hedge", "Auditor: config: expected a Config or a dict of settings, got 'hedge'"),
])
def test_an_auditor_given_no_settings_it_can_read_says_so(config, message):
    """QA, stop 67: these were TypeError / AttributeError tracebacks."""
    with pytest.raises(ConfigError) as error:
        Auditor(config)
    assert str(error.value) == message
