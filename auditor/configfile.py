"""Config files: ``[tool.auditor]`` in ``pyproject.toml`` or ``[auditor]`` in ``setup.cfg``.

``find_config(path)`` walks up from a draft's folder to the nearest file that has the table (in one
folder ``pyproject.toml`` wins); ``load_config(file)`` reads one file (``--config``). Keys are the
``Config`` fields; ``-`` and ``_`` are interchangeable. In ``setup.cfg`` lists are comma- or
line-separated, numbers are plain numbers, and severities and rule options are dotted keys
(``severity.hedge.* = info``, ``options.contradiction.nli.threshold = 0.7``; in TOML a table
``[tool.auditor.options."contradiction.nli"]``). Relative paths (``extra_rules``, a ``model`` option
naming a folder that exists there) resolve from the config file's folder, and so do include/exclude
globs; any other ``model`` is a hub id. A ``disable`` entry that names no rule (a typo) is an error
naming the file and the closest rule ids.

Example:
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> text = "[auditor]\\ndisable = hedge.speculation, leak\\nseverity.hedge.* = info\\n"
    >>> text += "options.contradiction.nli.threshold = 0.7\\n"
    >>> _ = (folder / "setup.cfg").write_text(text)
    >>> config = load_config(folder / "setup.cfg")
    >>> config.disable, config.severity, config.options
    (('hedge.speculation', 'leak'), {'hedge.*': 'info'}, {'contradiction.nli': {'threshold': 0.7}})
"""

from __future__ import annotations

import configparser
import re
import sys
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path

from .config import Config
from .errors import ConfigError
from .rules import known_rule_ids
from .rules import require_known as require_known_rules

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CANDIDATES = ("pyproject.toml", "setup.cfg")
_KEYWORDS = {"true": True, "false": False, "null": None}  # option values only
_NUMBER = re.compile(r"^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$")


def find_config(path: str | Path) -> Path | None:
    """The nearest ``pyproject.toml``/``setup.cfg`` with an auditor table, from ``path``'s folder up."""
    path = Path(path).resolve()
    return _find_in(path if path.is_dir() else path.parent)


@cache
def _find_in(folder: Path) -> Path | None:
    for name in CANDIDATES:
        candidate = folder / name
        if candidate.is_file() and _read_table(candidate) is not None:
            return candidate
    return None if folder.parent == folder else _find_in(folder.parent)


def load_config(file: str | Path | None, other_rules: Iterable[str] = ()) -> Config:
    """The ``Config`` of one config file (defaults for None); errors name the file and key. ``other_rules``: rule
    files given on the command line (``--rules``), whose ids the file's settings may name."""
    if file is None:
        return Config()
    file = Path(file)
    table = _read_table(file)
    if table is None:
        section = "[auditor]" if _is_ini(file) else "[tool.auditor]"
        raise ConfigError(str(file), section, "no such table in this file")
    data = {key.replace("-", "_"): value for key, value in table.items()}
    config = Config.from_dict(data, source=str(file), base_dir=file.parent, other_rules=other_rules)
    known = known_rule_ids(config.extra_rules + tuple(other_rules))
    require_known_rules(config.disable, known, str(file), "disable")
    require_known_rules(config.severity, known, str(file), "severity")
    return replace(config, options={rule_id: _local_model(values, file.parent)
                                    for rule_id, values in config.options.items()})


def _local_model(options: dict, folder: Path) -> dict:
    """``options`` with a ``model`` that names a folder beside the config file made absolute."""
    model = options.get("model")
    if isinstance(model, str) and (folder / model).exists():
        return {**options, "model": str((folder / model).resolve())}
    return options


def _is_ini(file: Path) -> bool:
    return file.suffix.lower() in (".cfg", ".ini")


def _read_table(file: Path) -> dict | None:
    try:
        text = file.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise ConfigError(str(file), "file", f"cannot read config file: {reason}") from None
    return _ini_table(text, file) if _is_ini(file) else _toml_table(text, file)


def _toml_table(text: str, file: Path) -> dict | None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(file), "file", f"invalid TOML: {exc}") from None
    table = data.get("tool", {}).get("auditor")
    if table is None and file.name != "pyproject.toml" and data:
        table = data
    if table is not None and not isinstance(table, dict):
        raise ConfigError(str(file), "tool.auditor", "expected a table")
    return table


class _CaseKeepingParser(configparser.ConfigParser):
    """Option names as written (``ConfigParser`` lower-cases them)."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def _ini_table(text: str, file: Path) -> dict | None:
    parser = _CaseKeepingParser(interpolation=None, delimiters=("=",))
    try:
        parser.read_string(text, source=str(file))
    except configparser.Error as exc:
        raise ConfigError(str(file), "file", f"invalid INI: {' '.join(str(exc).split())}") from None
    if not parser.has_section("auditor"):
        return None
    table: dict = {}
    for key, value in parser.items("auditor"):
        if key.startswith("severity."):
            table.setdefault("severity", {})[key[len("severity."):]] = value.strip()
        elif key.startswith("options."):
            parsed = _ini_value(value)
            table.setdefault("options", {})[key[len("options."):]] = _KEYWORDS.get(str(parsed).lower(), parsed)
        else:
            table[key] = _ini_value(value)
    return table


def _ini_value(value: str) -> int | float | str:
    """A number written plainly as a number, anything else as text."""
    value = value.strip()
    if _NUMBER.match(value):
        return int(value) if value.lstrip("-").isdigit() else float(value)
    return value
