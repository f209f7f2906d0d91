"""`rnnquiz dev check` verifies generated templates against torch, and catches a formula torch disagrees with."""

from __future__ import annotations

import dataclasses
import os

import pytest

from rnnquiz.generated.loader import GenTemplate, load_templates

os.environ.setdefault("OMP_NUM_THREADS", "1")
torch = pytest.importorskip("torch")

from rnnquiz.drills.devcheck import ContentReport  # noqa: E402
from rnnquiz.generated.content import check_generated  # noqa: E402
from rnnquiz.generated.probe import identify_gate  # noqa: E402
from rnnquiz.generated.verify import verify_template  # noqa: E402


def template(tid: str, **changes) -> GenTemplate:
    t = load_templates(use_cache=False).by_id()[tid]
    return dataclasses.replace(t, data={**t.data, **changes})


def test_every_shipped_template_agrees_with_torch():
    report = ContentReport()
    check_generated(report, draws=6)
    assert report.ok, "\n".join(str(f) for f in report.findings)
    assert report.counts["templates"] >= 12 and report.counts["generated_draws"] == 6 * report.counts["templates"]


@pytest.mark.parametrize("tid, changes, says", [
    ("lstm-params", {"answer": "dirs*(4*H*(D + H)) + (L - 1)*dirs*later"}, "torch says"),  # forgot the biases
    ("lstm-proj-params", {"answer": "dirs*(4*H*(D + H) + 8*H) + (L - 1)*dirs*later"}, "torch says"),  # W_hh reads h, not the projection
    ("mha-params", {"answer": "inp + outp + heads"}, "torch says"),
    ("rnn-state-shape", {"answer": "[B, L*dirs, H] if batch_first else [L*dirs, B, H]"}, "torch says"),  # batch_first on h_n
    ("packed-output-shape", {"answer": "[T*B, dirs*H] if which == 'data' else [T, B, dirs*H]"}, "torch says"),
    ("cell-step-macs", {"answer": "B*H*(D + H)"}, "torch says"),  # the gate blocks forgotten
    ("rnn-bptt-memory", {"answer": "(T + 1)*B*H*4"}, "torch says"),
    ("onehot-vs-embedding", {"answer": "V // E + 1"}, "torch says"),
])
def test_a_wrong_formula_is_caught(tid, changes, says):
    check = verify_template(template(tid, **changes), draws=8)
    assert check.problems and says in check.problems[0], check.problems


def test_a_wrong_gate_order_is_caught():
    t = template("lstm-gate-slice")
    cs231n = [t.data["options"][i] for i in (0, 1, 3, 2)]  # i, f, o, g
    check = verify_template(dataclasses.replace(t, data={**t.data, "options": cs231n}), draws=12)
    assert check.problems, "the CS231n gate order passed as PyTorch's"


@pytest.mark.parametrize("module, gates", [(torch.nn.LSTM, "ifgo"), (torch.nn.GRU, "rzn")])
def test_the_probe_finds_pytorch_gate_order_in_every_tensor(module, gates):
    H = 5
    for name in ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"):
        assert "".join(identify_gate(module(3, H), name, k * H, (k + 1) * H) for k in range(len(gates))) == gates, name


def test_the_probe_refuses_a_slice_that_is_not_one_block():
    with pytest.raises(ValueError, match="not one gate block"):
        identify_gate(torch.nn.LSTM(3, 4), "weight_ih_l0", 2, 6)


def test_dev_check_reports_the_generated_templates(run_cli):
    result = run_cli("dev", "check", "--no-grade", "--draws", "2", "--json")
    import json

    data = json.loads(result.stdout)
    assert data["counts"]["generated_draws"] == 2 * data["counts"]["templates"]
