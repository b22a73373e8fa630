"""Which files ``auditor check`` and ``auditor corpus`` audit, and under which config file.

Folders are walked (hidden files and folders skipped) keeping the files that match the config's ``include``
globs; a folder that cannot be listed becomes an error entry (reported, the walk goes on).
``exclude`` globs drop walked files and files named on the command line alike. Globs match the path
relative to the config file's folder (the current folder when there is none); a glob
without ``/`` matches the file name alone, ``**`` spans folders; case does not matter (``*.md`` takes ``NOTES.MD``).

Example:
    >>> glob_matches("news/2024/draft.md", "news/**/*.md"), glob_matches("a/b/notes.txt", "*.txt")
    (True, True)
    >>> glob_matches("vendor/x.md", "news/**")
    False
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import replace
from functools import cache
from pathlib import Path

from .config import Config, with_disabled
from .configfile import find_config, load_config

STDIN = "-"


class ConfigResolver:
    """The ``Config`` (with command-line overrides) of each file, keyed by config file path."""

    def __init__(self, explicit: str | None, overrides: dict):
        self.explicit, self.overrides = explicit, overrides
        self.configs: dict[str | None, Config] = {}

    def key_for(self, path: str) -> str | None:
        if self.explicit is not None:
            key: str | None = self.explicit
        else:
            found = find_config(Path.cwd() if path == STDIN else path)
            key = None if found is None else str(found)
        if key not in self.configs:
            config = load_config(key, self.overrides.get("extra_rules", ()))
            config = replace(config, extra_rules=config.extra_rules + tuple(self.overrides.get("extra_rules", ())),
                             fail_on=self.overrides.get("fail_on") or config.fail_on)
            self.configs[key] = with_disabled(config, self.overrides.get("disable", ()))
        return key

    def base_dir(self, key: str | None) -> Path:
        return Path.cwd() if key is None else Path(key).resolve().parent


class OneConfig(ConfigResolver):
    """One ``config`` for every file (``audit_corpus``), its globs relative to ``base_dir`` (None: the current folder).

    Example:
        >>> OneConfig(Config(exclude=("old/**",)), "/news").base_dir(None).as_posix()
        '/news'
    """

    def __init__(self, config: Config, base_dir: str | os.PathLike | None = None):
        super().__init__(None, {})
        self.configs[None] = config
        self.folder = base_dir

    def key_for(self, path: str) -> None:
        return None

    def base_dir(self, key: str | None) -> Path:
        return Path.cwd() if self.folder is None else Path(self.folder).resolve()


def collect(paths: list[str], resolver: ConfigResolver) -> list[tuple[str, str | None, str | None]]:
    """``(path, config key, error)`` of every file to audit, in command-line then walk (sorted) order;
    ``error`` is None, or a one-line message for a folder that could not be listed."""
    targets = []
    for path in paths:
        if path != STDIN and Path(path).is_dir():
            for file, error in walk(path):
                key = resolver.key_for(os.path.dirname(file) if error else file)
                if error or _wanted(file, key, resolver, walked=True):
                    targets.append((file, key, error))
        else:
            key = resolver.key_for(path)
            if path == STDIN or _wanted(path, key, resolver, walked=False):
                targets.append((path, key, None))
    return targets


def walk(folder: str) -> list[tuple[str, str | None]]:
    """``(file, None)`` for each file under ``folder`` and ``(subfolder, message)`` for each folder it
    cannot list, in sorted order; hidden files and folders (``.git``, ``.DS_Store``) are skipped. The
    one folder walker, of ``collect``. A pipe, socket or device comes with a message too."""
    entries: list[tuple[str, str | None]] = []

    def unreadable(exc: OSError) -> None:
        entries.append((exc.filename, f"{exc.filename}: cannot list folder ({exc.strerror or exc})"))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for path in (os.path.join(root, n) for n in sorted(names) if not n.startswith(".")):
            entries.append((path, f"{path}: not a regular file (a pipe, socket or device)" if _special(path) else None))
    return entries


def _special(path: str) -> bool:
    """Whether ``path`` is a pipe, socket or device, which reading would block on or never finish."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # reading it reports why
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def text_ids(count: int) -> list[str]:
    """Ids of ``count`` texts given without ids: ``text-1``... zero-padded so that they sort in input
    order (``text-01``... ``text-12``). The one id scheme of ``audit_many`` and ``audit_corpus``.

    >>> text_ids(2), text_ids(10)[::9]
    (['text-1', 'text-2'], ['text-01', 'text-10'])
    """
    width = len(str(count))
    return [f"text-{n:0{width}d}" for n in range(1, count + 1)]


def _wanted(path: str, key: str | None, resolver: ConfigResolver, walked: bool) -> bool:
    config = resolver.configs[key]
    relative = Path(os.path.relpath(Path(path).resolve(), resolver.base_dir(key))).as_posix()
    if any(glob_matches(relative, g) for g in config.exclude):
        return False
    return not walked or any(glob_matches(relative, g) for g in config.include)


def glob_matches(relative_path: str, glob: str) -> bool:
    """Whether a ``/``-separated relative path matches ``glob`` (see the module docstring)."""
    target = relative_path if "/" in glob else relative_path.rsplit("/", 1)[-1]
    return _glob_regex(glob).fullmatch(target) is not None


@cache
def _glob_regex(glob: str) -> re.Pattern:
    parts = re.split(r"(\*\*/|/\*\*$|\*\*|\*|\?)", glob)
    tokens = {"**/": "(?:.*/)?", "/**": "(?:/.*)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}
    return re.compile("".join(tokens.get(p, re.escape(p)) for p in parts), re.IGNORECASE)
