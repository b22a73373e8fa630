"""Corpus audits with the local engine: every source type, error rows, resume, output formats, CLI."""

import argparse
import json
import re
import subprocess
import sys

import pytest

from auditor import Auditor
from auditor.corpus import audit_corpus
from auditor.corpus.cli import add_corpus_command
from auditor.corpus.output import CorpusOutput, report_rows, sort_rows
from auditor.corpus.sources import read_source
from auditor.errors import InputError
from conftest import FIXTURES

CONFIG = {"disable": ["contradiction"]}  # the NLI model is not the point here: keep these tests fast
ARTICLES = FIXTURES / "contradiction" / "articles"


@pytest.fixture(scope="module")
def reference():
    """Rows of the fixture articles audited one by one in this process with ``Auditor.audit_file``."""
    auditor = Auditor(CONFIG)
    findings, documents = [], []
    for path in sorted(ARTICLES.iterdir()):
        rows, document = report_rows(path.name, auditor.audit_file(path))
        findings += rows
        documents.append(document)
    return sort_rows(findings, documents)


def test_two_worker_processes_give_the_single_process_rows(reference):
    result = audit_corpus(ARTICLES, config=CONFIG, workers=2, batch_size=7)
    assert (result.finding_rows, result.document_rows) == reference
    assert result.summary()["documents"] == 40 and result.summary()["findings"] == len(reference[0]) > 0
    assert list(result.findings.columns)[:3] == ["document_id", "finding", "rule"]


def test_every_source_type_gives_the_same_rows(tmp_path, reference):
    texts = {path.name: path.read_text("utf-8") for path in sorted(ARTICLES.iterdir())}
    records = [{"id": name, "text": text} for name, text in texts.items()]
    (tmp_path / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    pandas = pytest.importorskip("pandas")
    pandas.DataFrame(records).to_csv(tmp_path / "corpus.csv", index=False)
    pandas.DataFrame(records).to_parquet(tmp_path / "corpus.parquet")
    for source in ("corpus.jsonl", "corpus.csv", "corpus.parquet"):
        result = audit_corpus(tmp_path / source, config=CONFIG, workers=1)
        assert (result.finding_rows, result.document_rows) == reference, source
    from_glob = audit_corpus(str(ARTICLES / "0*.txt"), config=CONFIG, workers=1)
    assert [d["document_id"] for d in from_glob.document_rows][0] == str(ARTICLES / "01_harlow_bridge_reopening.txt")
    assert len(from_glob.document_rows) == 9


def test_texts_get_ids_that_sort_in_input_order_and_ids_must_be_unique(tmp_path):
    ids = [item.document_id for item in read_source(["a"] * 12)]
    assert ids[:2] == ["text-01", "text-02"] and ids == sorted(ids)
    (tmp_path / "feed.jsonl").write_text('{"id": "x", "text": "a"}\n{"id": "x", "text": "b"}\n', "utf-8")
    with pytest.raises(InputError, match="repeated: x"):
        list(read_source(tmp_path / "feed.jsonl"))


def test_bad_documents_become_error_rows_and_the_job_goes_on(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("As an AI language model, I cannot say more.", "utf-8")
    (corpus / "empty.txt").write_text("  \n", "utf-8")
    (corpus / "latin1.txt").write_bytes("Caf\xe9 society.".encode("latin-1"))
    (corpus / "huge.txt").write_text("Sales rose. " * 200, "utf-8")
    (corpus / ".hidden.txt").write_text("As an AI language model, no.", "utf-8")
    result = audit_corpus(corpus, config=CONFIG, workers=1, max_chars=1000)
    errors = {d["document_id"]: d["error"] for d in result.document_rows}
    assert list(errors) == ["empty.txt", "good.txt", "huge.txt", "latin1.txt"]
    assert errors["good.txt"] is None and errors["empty.txt"] == "empty document"
    assert "too large (2,400 characters; the limit is 1,000)" in errors["huge.txt"]
    assert "not valid UTF-8 (byte 0xe9" in errors["latin1.txt"]
    assert result.summary()["errors"] == 3 and [r["document_id"] for r in result.finding_rows] == ["good.txt"]


def test_bad_table_rows_become_error_rows(tmp_path):
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_bytes(b'{"id": 1, "text": "I am an AI."}\n\nnot json\n{"text": "no id"}\n'
                      b'{"id": "bin", "text": 5}\n{"id": "x", "text": "caf\xe9"}\n')
    errors = {d["document_id"]: d["error"] for d in audit_corpus(jsonl, config=CONFIG, workers=1).document_rows}
    assert errors["1"] is None and "not JSON" in errors[f"{jsonl}:3"] and "no 'id' value" in errors[f"{jsonl}:4"]
    assert "'text' is not a string" in errors["bin"] and "not valid UTF-8" in errors[f"{jsonl}:6"]
    csv = tmp_path / "feed.csv"
    csv.write_bytes(b'id,text\na,"I am an AI."\nb,caf\xe9\n')
    errors = {d["document_id"]: d["error"] for d in audit_corpus(csv, config=CONFIG, workers=1).document_rows}
    assert errors == {"a": None, f"{csv}:3": f"{csv}:3: not valid UTF-8"}


def test_a_table_without_its_id_or_text_column_is_one_clear_error(tmp_path):
    """Every row would fail ("empty document" each, before): the table is refused, naming the columns it has."""
    table = tmp_path / "feed.csv"
    table.write_text("id,body\n1,As an AI language model, I cannot.\n", "utf-8")
    with pytest.raises(InputError, match=r"feed.csv: no column 'text' \(columns: 'id', 'body'\); name the columns "
                                         r"with --id-column / --text-column"):
        audit_corpus(table, config=CONFIG, workers=1)
    assert audit_corpus(table, config=CONFIG, workers=1, text_column="body").summary()["findings"] == 1
    with pytest.raises(InputError, match="no column 'doc'"):
        audit_corpus(table, config=CONFIG, workers=1, id_column="doc", text_column="body")
    result = subprocess.run([sys.executable, "-m", "auditor.cli", "corpus", str(table), "--out", str(tmp_path / "out")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and result.stderr.startswith(f"auditor: error: {table}: no column 'text'")


def test_a_parquet_table_without_its_text_column_is_one_clear_error(tmp_path):
    pytest.importorskip("pyarrow")
    from pyarrow import parquet, table as arrow_table

    path = tmp_path / "feed.parquet"
    parquet.write_table(arrow_table({"id": ["a"], "body": ["I am an AI."]}), path)
    with pytest.raises(InputError, match=r"no column 'text' \(columns: 'id', 'body'\)"):
        audit_corpus(path, config=CONFIG, workers=1)


def test_a_jsonl_row_without_the_text_field_says_so_and_a_repeated_id_names_the_file(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": 1, "body": "I am an AI."}\n{"id": 2, "text": null}\n', "utf-8")
    errors = {d["document_id"]: d["error"] for d in audit_corpus(feed, config=CONFIG, workers=1).document_rows}
    assert errors == {"1": f"{feed}:1: no 'text' field", "2": "empty document"}
    feed.write_text('{"id": "x", "text": "a"}\n{"id": "x", "text": "b"}\n', "utf-8")
    with pytest.raises(InputError, match=f"^{re.escape(str(feed))}: document ids must be unique; repeated: x$"):
        list(read_source(feed))


@pytest.mark.parametrize("format", ["parquet", "jsonl"])
def test_output_files_hold_the_sorted_rows(tmp_path, reference, format):
    if format == "parquet":
        pytest.importorskip("pyarrow")
    result = audit_corpus(ARTICLES, tmp_path / "out", config=CONFIG, workers=1, format=format)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"documents.{format}", f"findings.{format}"]
    output = CorpusOutput(tmp_path / "out", format)
    assert output._read(tmp_path / "out" / f"findings.{format}") == result.finding_rows == reference[0]
    assert output._read(tmp_path / "out" / f"documents.{format}") == result.document_rows == reference[1]


def test_rerun_resumes_per_document_and_cleans_half_written_batches(tmp_path, reference):
    out, partial = tmp_path / "out", tmp_path / "partial"
    partial.mkdir()
    for path in sorted(ARTICLES.iterdir())[:10]:  # the same ids as in ARTICLES: paths relative to the folder
        (partial / path.name).write_bytes(path.read_bytes())
    first = audit_corpus(partial, out, config=CONFIG, workers=1, format="jsonl")
    assert first.summary()["audited"] == 10
    parts = out / "parts"
    assert not parts.exists()  # merged into out/findings.jsonl and out/documents.jsonl
    parts.mkdir()
    # its documents part never came:
    (parts / "findings-crashed.jsonl").write_text('{"document_id": "stale"}\n', "utf-8")
    (parts / "documents-x.jsonl.tmp").write_text("half a line", "utf-8")
    rows = [json.loads(line) for line in (out / "findings.jsonl").read_text("utf-8").splitlines()]
    result = audit_corpus(ARTICLES, out, config=CONFIG, workers=2, format="jsonl", batch_size=4)
    assert result.summary()["audited"] == 30 and result.summary()["resumed"] == 10
    assert (result.finding_rows, result.document_rows) == reference
    assert not parts.exists() and all(r in result.finding_rows for r in rows)
    assert audit_corpus(ARTICLES, out, config=CONFIG, workers=1, format="jsonl").summary()["audited"] == 0
    with pytest.raises(InputError, match="same format"):
        audit_corpus(ARTICLES, out, config=CONFIG, format="parquet")


def test_cli_writes_the_output_and_prints_a_summary(tmp_path, capsys):
    parser = argparse.ArgumentParser()
    add_corpus_command(parser.add_subparsers())
    args = parser.parse_args(["corpus", str(ARTICLES), "--out", str(tmp_path / "out"), "--format", "jsonl",
                              "--workers", "1", "--disable", "contradiction"])
    assert args.run(args) == 0
    assert capsys.readouterr().out.startswith("40 documents (40 audited, 0 resumed): ")
    assert (tmp_path / "out" / "documents.jsonl").read_text("utf-8").count("\n") == 40


def test_ray_engine_without_ray_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(ImportError, match=r"pip install 'article-auditor\[ray\]'"):
        audit_corpus(["text"], engine="ray", config=CONFIG)
    with pytest.raises(ValueError, match="unknown engine"):
        audit_corpus(["text"], engine="spark")


SELECTING = {"checks": ["leak"], "include": ["*.md", "*.txt"], "exclude": ["news/archive/**", "draft-*"]}


def _newsroom(root):
    """``root/news`` with one leak per file; SELECTING keeps a.md, b.txt and sub/c.MD of its eight files."""
    for name in ("a.md", "b.txt", "page.html", "notes.rst", "draft-1.md", "archive/old.md", "sub/c.MD", ".hidden.md"):
        (root / "news" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "news" / name).write_text("As an AI language model, I cannot say more.\n", "utf-8")


def _documents(result):
    return [(d["document_id"], d["findings"]) for d in result.document_rows], result.summary()["findings"]


def test_a_folder_gives_the_files_auditor_check_would_audit_under_the_config_include_and_exclude(tmp_path,
                                                                                                 monkeypatch):
    # every file below the folder was audited, whatever the config's include/exclude (auditor check honours them)
    _newsroom(tmp_path)
    monkeypatch.chdir(tmp_path)  # globs are relative to the current folder by default
    expected = ([("a.md", 1), ("b.txt", 1), ("sub/c.MD", 1)], 3)
    assert _documents(audit_corpus("news", config=SELECTING, workers=2, batch_size=1)) == expected
    assert _documents(audit_corpus("news", config={"checks": ["leak"]}, workers=1))[0] == [
        ("a.md", 1), ("archive/old.md", 1), ("b.txt", 1), ("draft-1.md", 1), ("page.html", 1), ("sub/c.MD", 1)]
    monkeypatch.chdir(tmp_path / "news")
    assert _documents(audit_corpus(".", config=SELECTING, workers=1, base_dir=tmp_path)) == expected


def test_a_named_file_or_glob_match_is_audited_unless_excluded_as_auditor_check_does(tmp_path, monkeypatch):
    _newsroom(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _documents(audit_corpus("news/draft-1.md", config=SELECTING, workers=1)) == ([], 0)
    named = audit_corpus("news/notes.rst", config=SELECTING, workers=1)  # include globs choose a folder's files only
    assert _documents(named) == ([("news/notes.rst", 1)], 1)
    assert _documents(audit_corpus("news/**/*.md", config=SELECTING, workers=1)) == ([("news/a.md", 1)], 1)


def test_the_ray_engine_reads_a_folder_with_the_same_include_and_exclude(tmp_path, monkeypatch):
    ray = pytest.importorskip("ray", reason="the Ray engine needs the ray extra")
    _newsroom(tmp_path)
    monkeypatch.chdir(tmp_path)
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        result = audit_corpus("news", "out", engine="ray", config=SELECTING, workers=2)
    finally:
        if started:
            ray.shutdown()
    assert _documents(result) == ([("a.md", 1), ("b.txt", 1), ("sub/c.MD", 1)], 3)
