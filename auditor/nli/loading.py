"""Find, check and load NLI sequence-classification checkpoints (safetensors only by default).

``model`` may be ``None`` (the bundled model), a local directory, or a Hugging
Face hub id such as ``"cross-encoder/nli-deberta-v3-base"``.  A string that is
not an existing directory is treated as a hub id only when it looks like one
(``name`` or ``org/name``, not starting with ``.``, ``/`` or ``~``, and ``org`` not a local
folder, so a mistyped local path is an error, not a download); only then is
the network (or the local hub cache) used: a model already in the cache loads offline, else one
connection attempt with a short timeout decides, and an unreachable hub is one ``ModelLoadError``.

Example:
    >>> from auditor.nli.loading import bundled_model_dir, resolve_source
    >>> resolve_source(None) == (bundled_model_dir(), False)
    True
"""
from __future__ import annotations

import json
import os
import re
from contextlib import contextmanager
from pathlib import Path

from .errors import ModelLoadError

BUNDLED_MODEL_NAME = "nli-minilm-l6"
PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl")
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.\-]*(/[\w.\-]+)?$")


def bundled_model_dir() -> Path:
    """Directory of the model shipped inside the package (``auditor/models/nli-minilm-l6``)."""
    return Path(__file__).resolve().parents[1] / "models" / BUNDLED_MODEL_NAME


def resolve_source(model: str | os.PathLike | None) -> tuple[Path | str, bool]:
    """Return (local directory or hub id, is_hub_id) for a user's ``model`` argument."""
    if model is None:
        return bundled_model_dir(), False
    path = Path(model).expanduser()
    if path.exists():
        return path, False
    text = str(model)
    looks_local = path.parent != Path(".") and path.parent.is_dir()  # "models/newsroom-nli" with models/ here
    if not text.startswith((".", "/", "~")) and _HUB_ID.match(text) and os.sep not in text.replace("/", "") \
            and not looks_local:
        return text, True
    raise ModelLoadError(f"{text}: no such model directory (expected a directory with config.json, "
                         "model.safetensors and tokenizer files, or a hub id 'org/name')")


def check_local_dir(path: Path, allow_pickle: bool = False) -> None:
    """Raise ModelLoadError unless ``path`` holds config.json, safetensors weights and a tokenizer."""
    if not path.is_dir():
        raise ModelLoadError(f"{path}: not a directory (expected an NLI model directory)")
    if not (path / "config.json").is_file():
        raise ModelLoadError(f"{path}: missing config.json (expected a Hugging Face model directory)")
    has_safetensors = any(path.glob("*.safetensors"))
    has_pickle = any(p.suffix in PICKLE_SUFFIXES for p in path.iterdir())
    if not has_safetensors and not (has_pickle and allow_pickle):
        what = ("only pickle weights (" + ", ".join(sorted(p.name for p in path.iterdir()
                                                          if p.suffix in PICKLE_SUFFIXES)) + ")"
                if has_pickle else "no weights")
        hint = "; pass allow_pickle=True if you trust this file" if has_pickle else ""
        raise ModelLoadError(f"{path}: {what}; expected model.safetensors{hint}")
    if not any((path / f).is_file() for f in ("tokenizer.json", "vocab.txt", "spm.model",
                                               "vocab.json", "sentencepiece.bpe.model",
                                               "tokenizer_config.json")):
        raise ModelLoadError(f"{path}: missing tokenizer files (expected tokenizer.json or vocab.txt)")


def read_config(path: Path) -> dict:
    """Return config.json as a dict, raising ModelLoadError when it is not valid JSON."""
    try:
        return json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"{path / 'config.json'}: unreadable ({exc}); expected JSON") from exc


@contextmanager
def quiet_transformers():
    """Silence transformers' and huggingface_hub's progress bars, load reports and retry messages
    while loading (restored afterwards)."""
    from huggingface_hub.utils import logging as hub_logging
    from transformers.utils import logging as hf_logging

    verbosity, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hub_verbosity = hub_logging.get_verbosity()
    hf_logging.set_verbosity_error()
    hub_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        hf_logging.set_verbosity(verbosity)
        hub_logging.set_verbosity(hub_verbosity)
        if bars:
            hf_logging.enable_progress_bar()


def load_checkpoint(source: Path | str, is_hub: bool, allow_pickle: bool = False):
    """Load (tokenizer, model) in float32 eval mode; the head must load complete, with 3 labels.

    A local plain BERT classifier with safetensors weights and ``tokenizer.json`` (the bundled model)
    loads with ``auditor.bert`` and never imports transformers; a hub id or another model type loads
    with transformers' ``AutoModelForSequenceClassification``."""
    if not is_hub:
        check_local_dir(Path(source), allow_pickle)
        config = read_config(Path(source))
        n_labels = config.get("num_labels", len(config.get("id2label", {})))
        if n_labels not in (0, 3):
            raise ModelLoadError(f"{source}: config has {n_labels} labels; expected a 3-way NLI head")
        from ..bert import is_plain_bert, load_bert

        if is_plain_bert(Path(source)):
            tokenizer, model = load_bert(Path(source), classifier=True)
            if model.config.num_labels != 3:
                raise ModelLoadError(f"{source}: model has {model.config.num_labels} labels; "
                                     "expected a 3-way NLI head")
            return tokenizer, model
    kwargs = {"local_files_only": not is_hub}
    if not allow_pickle:
        kwargs["use_safetensors"] = True
    if is_hub:
        kwargs["local_files_only"] = _in_hub_cache(str(source)) or not _hub_reachable(str(source))
    with quiet_transformers():
        return _load(source, kwargs)


HUB_TIMEOUT_S = 5.0


def _in_hub_cache(model_id: str) -> bool:
    """Whether the local Hugging Face cache already holds ``model_id`` (then no network is needed)."""
    from huggingface_hub import try_to_load_from_cache

    return isinstance(try_to_load_from_cache(model_id, "config.json"), str)


def _hub_reachable(model_id: str) -> bool:
    """One connection attempt to the hub (``HUB_TIMEOUT_S``): True, or ``ModelLoadError`` in one line,
    instead of huggingface_hub's retries (about a minute of backoff and log lines) on every file."""
    import socket
    from urllib.parse import urlsplit

    from huggingface_hub import constants

    if constants.HF_HUB_OFFLINE:
        raise ModelLoadError(f"{model_id}: not in the local Hugging Face cache and HF_HUB_OFFLINE is set; "
                             "download it once with network access, or name a local model directory")
    url = urlsplit(constants.ENDPOINT)
    host, port = url.hostname or "huggingface.co", url.port or (80 if url.scheme == "http" else 443)
    try:
        socket.create_connection((host, port), timeout=HUB_TIMEOUT_S).close()
    except OSError as exc:
        raise ModelLoadError(f"{model_id}: cannot reach the Hugging Face hub at {host} ({exc}) and the model "
                             "is not in the local cache; download it once with network access, or name a "
                             "local model directory") from None
    return True


def _load(source, kwargs):
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(str(source), **kwargs)
        model, info = AutoModelForSequenceClassification.from_pretrained(
            str(source), dtype=torch.float32, output_loading_info=True, **kwargs)
    except ModelLoadError:
        raise
    except Exception as exc:  # transformers/safetensors raise many types
        hint = "" if kwargs.get("use_safetensors") is not True else (
            " (pickle .bin weights are refused unless allow_pickle=True)")
        raise ModelLoadError(f"{source}: cannot load NLI model ({type(exc).__name__}: {exc}); "
                             f"expected a sequence-classification checkpoint in safetensors{hint}") from exc
    missing = [k for k in info.get("missing_keys", []) if "position_ids" not in k]
    if missing or info.get("mismatched_keys"):
        raise ModelLoadError(f"{source}: weights do not match the model (missing {missing[:4]}, "
                             f"mismatched {list(info.get('mismatched_keys', []))[:4]}); expected a "
                             "trained sequence-classification head, not a bare encoder")
    if model.config.num_labels != 3:
        raise ModelLoadError(f"{source}: model has {model.config.num_labels} labels; "
                             "expected a 3-way NLI head")
    return tokenizer, model.eval()
