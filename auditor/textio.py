"""Reading drafts from disk with clear, file-naming errors.

Decoding, in this order (nothing is guessed beyond it, so a draft is never silently misread):

1. a byte-order mark: UTF-8, UTF-16 or UTF-32 (LE/BE);
2. UTF-16 without a BOM, when every other byte of the start is NUL (text saved by Windows tools);
3. UTF-8;
4. if that fails, an encoding declared at the start of the file (first 2,048 bytes): HTML
   ``<meta charset="...">`` or ``<meta http-equiv="Content-Type" content="...; charset=...">``, an
   XML declaration ``<?xml ... encoding="..."?>``, or an Emacs ``-*- coding: ... -*-`` line (a
   declared UTF-16/32 is ignored, as browsers do). Valid UTF-8 wins over a declaration because
   legacy text is almost never valid UTF-8, while copied ``<meta>`` tags often lie.

A NUL byte in a file read as UTF-8 (or a NUL character after decoding) means a binary file; bytes
that the chosen encoding cannot decode are an error naming the encoding and the byte offset.

Example:
    >>> read_text(b"caf\\xc3\\xa9", "draft.txt")
    'café'
    >>> read_text(b'<meta charset="windows-1252"><p>caf\\xe9</p>', "old.html")[-8:]
    'café</p>'
    >>> read_text(b"caf\\xe9 \\x00\\x01", "photo.jpg")
    Traceback (most recent call last):
    auditor.errors.InputError: photo.jpg: binary file (NUL byte at offset 5), not a text draft
    >>> read_text(b"caf\\xe9", "old.txt")
    Traceback (most recent call last):
    auditor.errors.InputError: old.txt: not valid UTF-8 (byte 0xe9 at offset 3)
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .errors import InputError

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_HEAD = 2048
_DECLARATION = re.compile(
    rb"""<meta[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""   # <meta charset> and http-equiv content
    rb"""|<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']"""
    rb"""|-\*-[^\n]*?\bcoding:\s*([A-Za-z0-9._-]+)[^\n]*?-\*-""",
    re.IGNORECASE,
)


def declared_encoding(data: bytes) -> str | None:
    """The Python codec name of an encoding declared in the first 2,048 bytes, or None.

    >>> declared_encoding(b'<?xml version="1.0" encoding="ISO-8859-1"?><a/>')
    'iso8859-1'
    >>> declared_encoding(b'<meta charset="no-such-thing">') is None
    True
    """
    m = _DECLARATION.search(data[:_HEAD])
    if not m:
        return None
    name = next(g for g in m.groups() if g is not None).decode("ascii")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return None if codec.startswith(("utf-16", "utf-32")) else codec


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:_HEAD]
    if len(head) < 4 or len(data) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) == len(odd) and not even.count(0):
        return "utf-16-le"
    if even.count(0) == len(even) and not odd.count(0):
        return "utf-16-be"
    return None


def read_text(data: bytes, name: str) -> str:
    """Decode a draft (see the module docstring); binary data and undecodable bytes raise ``InputError``."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _decode(data, codec, label, name, skip=len(bom))
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _decode(data, utf16, "UTF-16", name)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{name}: binary file (NUL byte at offset {nul}), not a text draft")
    try:
        return _decode(data, "utf-8", "UTF-8", name)
    except InputError:
        declared = declared_encoding(data)
        if not declared or declared == "utf-8":
            raise
    return _decode(data, declared, f"{declared} as declared in the file", name)


def _decode(data: bytes, codec: str, label: str, name: str, skip: int = 0) -> str:
    try:
        text = data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        raise InputError(f"{name}: not valid {label} (byte 0x{data[offset]:02x} at offset {offset})") from None
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(f"{name}: binary file (NUL character {nul} after decoding as {label}), not a text draft")
    return text


def read_file(path: str | Path, max_chars: int = 0) -> str:
    """Read and decode a draft file; unreadable paths raise ``InputError`` naming the path.

    ``max_chars`` (0: no limit): a file of more than ``4 * max_chars + 4`` bytes (more characters than
    that in any encoding) raises ``InputError`` after reading only that much, so a huge file or an
    endless device (``/dev/zero``) never fills memory.
    """
    max_bytes = 4 * max_chars + 4 if max_chars else -1
    try:
        with open(path, "rb") as file:
            data = file.read(max_bytes + 1 if max_chars else -1)
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if max_chars and len(data) > max_bytes:
        raise InputError(f"{path}: over {max_bytes:,} bytes, so over max_chars={max_chars:,} characters; "
                         "raise it with --max-chars or max_chars in the config (0: no limit)")
    return read_text(data, str(path))


def encodable(text: str) -> str:
    """``text`` with lone surrogates (which model tokenizers reject) replaced by U+FFFD.

    Example:
        >>> encodable("bad \\ud800 half") == "bad \\ufffd half"
        True
    """
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
