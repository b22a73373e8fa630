"""notebooks/explore.ipynb is saved without outputs and runs top to bottom (so it cannot rot).

Runs every check, the contradiction model included; ``AUDITOR_DISABLE=contradiction`` in the
environment (read by the notebook) skips it for a quick run.
"""

import ast
import json
import os

import pytest

from conftest import ROOT

import auditor

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
DEFAULT_THRESHOLD = auditor.Auditor({"checks": ["contradiction"]}).checks[0].threshold  # no model loads


def test_notebook_is_saved_without_outputs():
    cells = json.loads(NOTEBOOK.read_text("utf-8"))["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    assert code and all(c["outputs"] == [] and c["execution_count"] is None for c in code)


def test_notebook_runs_top_to_bottom():
    pytest.importorskip("ipykernel", reason="executing the notebook needs ipykernel (test extra)")
    nbclient = pytest.importorskip("nbclient", reason="executing the notebook needs nbclient (test extra)")
    import nbformat

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any('class="aud-report"' in o.get("data", {}).get("text/html", "") for o in outputs)
    assert any("image/png" in o.get("data", {}) for o in outputs)
    [preview] = [c for c in notebook.cells if "contradictions.score >= threshold" in c.source]
    counts = ast.literal_eval(preview.outputs[0]["data"]["text/plain"])
    assert list(counts)[0] == DEFAULT_THRESHOLD
    if "contradiction" not in os.environ.get("AUDITOR_DISABLE", ""):  # the preview is not all zeros
        assert list(counts.values())[0] > 0


def test_notebook_states_the_real_contradiction_default():
    cells = json.loads(NOTEBOOK.read_text("utf-8"))["cells"]
    text = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    assert f"`contradiction.nli.threshold` option (default {DEFAULT_THRESHOLD}:" in text
