"""Reading drafts from disk with clear, file-naming errors.

Example:
    >>> read_text(b"caf\\xc3\\xa9", "draft.txt")
    'café'
    >>> read_text(b"caf\\xe9 \\x00\\x01", "photo.jpg")
    Traceback (most recent call last):
    auditor.errors.InputError: photo.jpg: binary file (NUL byte at offset 5), not a text draft
"""

from __future__ import annotations

from pathlib import Path

from .errors import InputError


def read_text(data: bytes, name: str) -> str:
    """Decode a draft: UTF-8 (a BOM is dropped); binary data and invalid UTF-8 raise ``InputError``."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{name}: binary file (NUL byte at offset {nul}), not a text draft")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def read_file(path: str | Path) -> str:
    """Read and decode a draft file; unreadable paths raise ``InputError`` naming the path."""
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return read_text(data, str(path))
