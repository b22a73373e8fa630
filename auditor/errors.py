"""Exceptions raised by auditor; each names the file, field or path at fault.

Example:
    >>> raise ConfigError("setup.cfg", "severity.hedge.may", "expected info, warning or error")
    Traceback (most recent call last):
    auditor.errors.ConfigError: setup.cfg: severity.hedge.may: expected info, warning or error
"""


class AuditorError(Exception):
    """Base class for every error auditor reports to users."""


class ConfigError(AuditorError, ValueError):
    """A configuration value is missing, unknown or malformed."""

    def __init__(self, source: str, key: str, problem: str):
        self.source, self.key, self.problem = source, key, problem
        super().__init__(f"{source}: {key}: {problem}")


class RuleError(ConfigError):
    """A rule file is malformed (bad YAML, unknown field, invalid regex)."""


class InputError(AuditorError):
    """An input file cannot be read or decoded."""


class TooLargeError(InputError):
    """A text longer than ``max_chars`` characters (the one size cap, ``Config.max_chars``)."""

    def __init__(self, source: str, chars: int, limit: int):
        self.source, self.chars, self.limit = source, chars, limit
        super().__init__(f"{source}: {chars:,} characters exceeds max_chars={limit:,}; "
                         "raise it with --max-chars or max_chars in the config (0: no limit)")
