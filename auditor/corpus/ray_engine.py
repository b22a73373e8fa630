"""The Ray engine: documents audited by a pool of Ray actors, each with one ``Auditor``.

``audit_dataset`` turns a Ray Dataset of documents into a lazy Ray Dataset of document rows (the
columns of ``DOCUMENT_COLUMNS`` plus ``finding_rows``, the document's finding rows as a JSON list)
via ``map_batches`` with a callable class: every actor builds its ``Auditor`` once and its models load
on its first document. Ray is imported only here (``pip install 'article-auditor[ray]'``).

Example:
    >>> import ray  # doctest: +SKIP
    >>> ds = ray.data.from_items([{"id": "a", "text": "As an AI language model, no."}])  # doctest: +SKIP
    >>> rows = audit_dataset(ds, Config(checks=("leak",)), workers=1).take_all()  # doctest: +SKIP
    >>> rows[0]["severity_error"], json.loads(rows[0]["finding_rows"])[0]["rule"]  # doctest: +SKIP
    (1, 'leak.ai-self-reference')
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator

from ..config import Config
from ..engine import Auditor
from .output import DOCUMENT_COLUMNS, arrow_schema, require_pyarrow
from .sources import Item, read_source
from .worker import audit_item

RESULT_COLUMNS = {**DOCUMENT_COLUMNS, "finding_rows": "string"}


def require_ray():
    """The ray module, or an ImportError naming the extra to install."""
    try:
        import ray
        import ray.data  # noqa: F401 - makes ray.data available
    except ImportError:
        raise ImportError("engine='ray' needs Ray Data: pip install 'article-auditor[ray]'") from None
    return ray


class DocumentAuditor:
    """Ray actor: one ``Auditor``, called on pyarrow batches of ``id_column``/``text_column`` rows
    (optional ``format`` and ``error`` columns: see ``Item``); rows whose id is in ``skip`` are dropped.

    Skipping here rather than in a ``Dataset.filter`` keeps the plan one operator: a filter's tasks
    would wait for CPUs that the actors hold (a deadlock when the actors take every CPU; for the same
    reason ``run_ray`` materialises a Dataset source before the actors start).
    """

    def __init__(self, config: Config, id_column: str = "id", text_column: str = "text",
                 skip: frozenset[str] = frozenset()):
        self.auditor = Auditor(config)
        self.id_column, self.text_column, self.skip = id_column, text_column, skip

    def __call__(self, batch):
        columns = batch.to_pydict()
        size = batch.num_rows
        items = [Item(str(document_id), text, format, error) for document_id, text, format, error in zip(
            columns[self.id_column], columns[self.text_column],
            columns.get("format", [None] * size), columns.get("error", [None] * size), strict=True)]
        rows = []
        for item in (i for i in items if i.document_id not in self.skip):
            finding_rows, document = audit_item(self.auditor, item)
            rows.append({**document, "finding_rows": json.dumps(finding_rows, ensure_ascii=False)})
        return require_pyarrow().Table.from_pylist(rows, schema=arrow_schema(RESULT_COLUMNS))


def audit_dataset(dataset, config: Config, workers: int | None = None, batch_size: int = 16,
                  id_column: str = "id", text_column: str = "text", skip: frozenset[str] = frozenset()):
    """Lazy Ray Dataset of document rows (see the module docstring); ``workers`` actors (default: the
    cluster's CPUs); documents whose id is in ``skip`` are left out."""
    ray = require_ray()
    workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    arguments = dict(config=config, id_column=id_column, text_column=text_column, skip=skip)
    return dataset.map_batches(DocumentAuditor, batch_format="pyarrow", batch_size=batch_size, num_cpus=1,
                               compute=ray.data.ActorPoolStrategy(size=workers), fn_constructor_kwargs=arguments)


def run_ray(source, done: set[str], config: Config, workers: int | None = None, address: str | None = None,
            batch_size: int = 16, id_column: str = "id", text_column: str = "text",
            base_dir: str | os.PathLike | None = None) -> Iterator[tuple[list[dict], list[dict]]]:
    """``(finding_rows, document_rows)`` per finished batch, skipping ids in ``done``.

    Connects to the cluster at ``address`` (``"auto"``, ``"ray://head:10001"``...) or starts a local
    one, unless Ray is already initialised. A Ray Dataset ``source`` (``ray.data.read_parquet(...)``)
    is read by the cluster into its object store; any other source is read here, by ``read_source``
    (so files need not be on the workers' disks; a folder's files chosen by ``config`` and ``base_dir``).
    """
    ray = require_ray()
    if not ray.is_initialized():
        ray.init(address=address, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    skip: frozenset[str] = frozenset()
    if isinstance(source, ray.data.Dataset):  # materialised first: its read tasks would wait for the actors' CPUs
        dataset, skip = source.materialize(), frozenset(done)
    else:
        rows = [{"id": i.document_id, "text": i.text, "format": i.format, "error": i.error}
                for i in read_source(source, id_column, text_column, config, base_dir) if i.document_id not in done]
        if not rows:
            return
        id_column, text_column = "id", "text"
        dataset = ray.data.from_items(rows, override_num_blocks=max(1, min(len(rows) // batch_size, 200)))
    results = audit_dataset(dataset, config, workers, batch_size, id_column, text_column, skip)
    for batch in results.iter_batches(batch_size=None, batch_format="pyarrow"):
        yield _split(batch.to_pylist())


def _split(rows: Iterable[dict]) -> tuple[list[dict], list[dict]]:
    finding_rows, document_rows = [], []
    for row in rows:
        finding_rows += json.loads(row.pop("finding_rows"))
        document_rows.append(row)
    return finding_rows, document_rows
