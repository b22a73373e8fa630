"""Corpus audits on a local Ray cluster (2 CPUs) give exactly the single-process rows; Ray starts once."""

import json

import pytest

ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'article-auditor[ray]' (in the test extra)")

from auditor import Auditor  # noqa: E402 -- imported after the importorskip of ray
from auditor.corpus import audit_corpus  # noqa: E402 -- imported after the importorskip of ray
from auditor.corpus.output import report_rows, sort_rows  # noqa: E402 -- imported after the importorskip of ray
from conftest import FIXTURES  # noqa: E402 -- imported after the importorskip of ray

CONFIG = {"disable": ["contradiction"]}
ARTICLES = FIXTURES / "contradiction" / "articles"


@pytest.fixture(scope="module")
def cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def texts():
    return {path.name: path.read_text("utf-8") for path in sorted(ARTICLES.iterdir())}


def single_process_rows(texts: dict[str, str]):
    auditor = Auditor(CONFIG)
    findings, documents = [], []
    for document_id, text in texts.items():
        rows, document = report_rows(document_id, auditor.audit(text))
        findings += rows
        documents.append(document)
    return sort_rows(findings, documents)


def test_ray_gives_the_single_process_rows_and_writes_parquet(cluster, tmp_path, texts):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / name).write_text(text, "utf-8")
    (corpus / "zz_empty.txt").write_text("", "utf-8")
    result = audit_corpus(corpus, tmp_path / "out", engine="ray", config=CONFIG, workers=2, batch_size=5)
    expected_findings, expected_documents = single_process_rows(texts)
    assert result.finding_rows == expected_findings
    assert result.document_rows[:-1] == expected_documents
    assert result.document_rows[-1]["error"] == "empty document" and result.summary()["errors"] == 1
    local = audit_corpus(corpus, config=CONFIG, workers=1)
    assert (local.finding_rows, local.document_rows) == (result.finding_rows, result.document_rows)


def test_ray_dataset_source_resumes_from_a_local_run(cluster, tmp_path, texts):
    records = [{"doc": name, "body": text} for name, text in texts.items()]
    out = tmp_path / "out"
    first = tmp_path / "first.jsonl"
    first.write_text("".join(json.dumps(r) + "\n" for r in records[:15]), "utf-8")
    audit_corpus(first, out, config=CONFIG, workers=1, id_column="doc", text_column="body")
    dataset = ray.data.from_items(records)
    result = audit_corpus(dataset, out, engine="ray", config=CONFIG, workers=2, id_column="doc", text_column="body")
    assert result.summary()["audited"] == 25 and result.summary()["resumed"] == 15
    assert (result.finding_rows, result.document_rows) == single_process_rows(texts)

