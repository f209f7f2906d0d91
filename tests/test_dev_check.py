"""The content check (`rnnquiz dev check`) over the real banks and drills, and what it reports on broken content."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from rnnquiz.drills import cases as case_gen
from rnnquiz.drills.devcheck import check_content
from rnnquiz.drills.loader import catalog_dir, load_drill
from rnnquiz.drills.references import load_function, run_numpy, run_torch

os.environ.setdefault("OMP_NUM_THREADS", "1")
import torch  # noqa: E402


def test_the_shipped_content_passes_the_check():
    report = check_content()
    errors = [str(f) for f in report.findings if f.severity == "error"]
    assert report.ok, "\n".join(errors)
    assert report.counts["drills"] >= 3 and report.counts["questions"] > 0
    assert report.counts["graded_numpy"] >= report.counts["drills"] * 2  # each reference and stub at least
    json.dumps(report.to_json())


MODULES = {"rnn": torch.nn.RNNCell, "gru": torch.nn.GRUCell, "lstm": torch.nn.LSTMCell}


@pytest.mark.parametrize("drill_id", sorted(MODULES))
def test_cell_references_match_torch_nn_modules(drill_id):
    """Ground truth, independent of the drills' own torch_nn_equivalent: the torch.nn cell itself."""
    drill = load_drill(drill_id)
    spec = drill.spec
    numpy_ref = load_function(drill.solution_path("numpy"), spec.function)
    torch_ref = load_function(drill.solution_path("torch"), spec.function)
    for case in case_gen.generate(spec, 3):
        a = case.args
        D, H = a["x"].shape[1], a["h_prev"].shape[1]
        cell = MODULES[drill_id](D, H, dtype=torch.float64)
        with torch.no_grad():
            for name, key in (("weight_ih", "W_ih"), ("weight_hh", "W_hh"), ("bias_ih", "b_ih"), ("bias_hh", "b_hh")):
                getattr(cell, name).copy_(torch.from_numpy(a[key]))
            state = torch.from_numpy(a["h_prev"])
            if drill_id == "lstm":
                state = (state, torch.from_numpy(a["c_prev"]))
            expected = cell(torch.from_numpy(a["x"]), state)
        expected = [t.numpy() for t in (expected if isinstance(expected, tuple) else (expected,))]
        for got in (run_numpy(numpy_ref, spec, a), run_torch(torch_ref, spec, a, None)[0]):
            for e, g in zip(expected, got):
                np.testing.assert_allclose(g, e, rtol=0, atol=1e-10)


def _catalog(tmp_path: Path, index: list[str], drills: tuple[str, ...] = ("rnn",)) -> Path:
    root = tmp_path / "catalog"
    for d in drills:
        shutil.copytree(catalog_dir() / d, root / d, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "index.yaml").write_text("format_version: 1\ndrills: [" + ", ".join(index) + "]\n", encoding="utf-8")
    return root


def _messages(report) -> str:
    return "\n".join(str(f) for f in report.findings)


def test_broken_drill_findings_say_what_to_do(tmp_path):
    root = _catalog(tmp_path, ["rnn"], ("rnn", "gru"))
    rnn = root / "rnn"
    reference = Path(load_drill("rnn").solution_path("numpy")).read_text()
    (rnn / "mistakes" / "relu_activation.py").write_text(reference)  # a "mistake" that is right
    shutil.copy(rnn / "mistakes" / "sigmoid_activation.py", rnn / "mistakes" / "no_activation.py")  # two alike
    (rnn / "mistakes" / "stray.py").write_text("def rnn_cell(*a):\n    return 0\n")
    (rnn / "stub_torch.py").unlink()
    (rnn / "stub_numpy.py").write_text(reference)  # a stub that already passes
    report = check_content(root=root, banks=False)
    text = _messages(report)
    assert not report.ok
    assert "relu_activation.py: error: passes the grader" in text
    assert "named 'sigmoid-activation' instead of 'no-activation'" in text
    assert "stray.py: error: not in the catalogue" in text and "id 'stray'" in text
    assert "stub_torch.py: error: missing stub for the torch track" in text
    assert "gru: warning: this drill folder is not in index.yaml" in text
    stub = next(f for f in report.findings if f.where.endswith("stub_numpy.py"))
    assert "not started" in stub.message and "NotImplementedError" in stub.message


def test_schema_errors_are_located(tmp_path):
    root = _catalog(tmp_path, ["rnn", "ghost"])
    path = root / "rnn" / "drill.yaml"
    path.write_text(path.read_text().replace("difficulty: 1", "difficulty: easy"))
    report = check_content(root=root, banks=False, grading=False)
    text = _messages(report)
    assert f"{path}:5:13: error: difficulty" in text
    assert "'ghost'" in text or "ghost" in text


def test_cli_dev_check_json_and_exit_code(run_cli):
    result = run_cli("dev", "check", "--drill", "rnn", "--no-banks", "--no-grade", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["ok"] is True and data["counts"]["drills"] == 1
    bad = run_cli("dev", "check", "--drill", "nope", "--no-banks", "--no-grade")
    assert bad.exit_code == 1 and "not in the index" in bad.stdout
    schema = json.loads(run_cli("dev", "schema").stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
