"""Errors raised by ``auditor.nli``.

Example:
    >>> raise ModelLoadError("models/x: missing config.json (expected a Hugging Face model directory)")
    Traceback (most recent call last):
    auditor.nli.errors.ModelLoadError: models/x: missing config.json (expected a Hugging Face model directory)
"""
from auditor.errors import AuditorError


class ModelLoadError(AuditorError, ValueError):
    """An NLI model directory or hub id is missing, corrupt, pickle-only or has unmappable labels."""
