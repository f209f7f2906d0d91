"""The drill format: schema validation with located errors, the index, size expressions, case generation."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from rnnquiz.drills import cases as case_gen
from rnnquiz.drills import sizes
from rnnquiz.drills.loader import DrillSpecError, catalog_dir, load_drill, load_index, load_spec
from rnnquiz.errors import DrillError, ExitStatus

MINIMAL = """\
format_version: 1
id: {id}
title: {{en: "Toy", zh: "玩具"}}
topic: rnn-cell
difficulty: 1
function: toy
tracks: [numpy]
statement: {{en: "Add.", zh: "相加。"}}
equations: "y = x + b"
args:
  x: {{shape: [B, D], batch_axis: 0}}
  b: {{shape: [D], scale: 0.5}}
returns:
  - {{name: y, shape: [B, D], batch_axis: 0}}
tolerance: {{atol: 1.0e-9, rtol: 1.0e-9}}
cases:
  - {{B: 2, D: 3}}
  - {{B: 1, D: 4, scale: 3.0}}
hints:
  - {{en: "one", zh: "一"}}
  - {{en: "two", zh: "二"}}
  - {{en: "three", zh: "三"}}
{extra}"""


def write_drill(root: Path, drill_id: str = "toy", extra: str = "", text: str | None = None) -> Path:
    folder = root / drill_id
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "drill.yaml"
    path.write_text(text if text is not None else MINIMAL.format(id=drill_id, extra=extra), encoding="utf-8")
    return path


def test_minimal_drill_validates(tmp_path):
    spec = load_spec(write_drill(tmp_path))
    assert spec.id == "toy" and spec.stem == "toy" and list(spec.args) == ["x", "b"]
    assert spec.args["x"].kind == "array" and spec.args["x"].is_float


def test_errors_name_file_line_and_column_and_are_json(tmp_path):
    text = MINIMAL.format(id="toy", extra="").replace("difficulty: 1", "difficulty: 5").replace("  b: {shape: [D], scale: 0.5}", "  b: {shape: [D], scael: 0.5}")
    path = write_drill(tmp_path, text=text)
    with pytest.raises(DrillSpecError) as info:
        load_spec(path)
    problems = info.value.to_json()
    json.dumps(problems)
    lines = {p["line"] for p in problems}
    assert 5 in lines  # difficulty
    assert 12 in lines  # the misspelt key of b
    assert all(p["path"] == str(path) for p in problems)
    assert f"{path}:5:" in str(info.value)
    assert "unknown field" in str(info.value)
    assert info.value.exit_status == ExitStatus.DATA


@pytest.mark.parametrize("extra, phrase", [
    ("blocks: {names: [a, b], args: [nope]}\n", "not a float array argument"),
    ("mistakes:\n  - {id: mm, title: {en: a, zh: b}, explain: {en: a, zh: b}}\n  - {id: mm, title: {en: a, zh: b}, explain: {en: a, zh: b}}\n", "used twice"),
    ('grad: "true"\n', "grad: Input should be a valid boolean"),
])
def test_cross_field_rules(tmp_path, extra, phrase):
    with pytest.raises(DrillSpecError, match=phrase):
        load_spec(write_drill(tmp_path, extra=extra))


def test_case_must_define_every_size(tmp_path):
    text = MINIMAL.format(id="toy", extra="").replace("  - {B: 1, D: 4, scale: 3.0}", "  - {B: 1, scale: 3.0}")
    with pytest.raises(DrillSpecError, match="case 1 does not define D"):
        load_spec(write_drill(tmp_path, text=text))


def test_duplicate_keys_and_id_folder_mismatch(tmp_path):
    text = MINIMAL.format(id="toy", extra="").replace("difficulty: 1", "difficulty: 1\ndifficulty: 2")
    with pytest.raises(DrillSpecError, match="duplicate key"):
        load_spec(write_drill(tmp_path, text=text))
    path = write_drill(tmp_path, "other", text=MINIMAL.format(id="toy", extra=""))
    with pytest.raises(DrillSpecError, match="differs from the folder name"):
        load_spec(path)


def test_reserved_ids_are_refused(tmp_path):
    with pytest.raises(DrillSpecError, match="subcommand"):
        load_spec(write_drill(tmp_path, "list"))


def test_index_and_unknown_drill(tmp_path):
    write_drill(tmp_path)
    (tmp_path / "index.yaml").write_text("format_version: 1\ndrills: [toy, toy]\n", encoding="utf-8")
    with pytest.raises(DrillSpecError, match="listed twice"):
        load_index(tmp_path)
    root = tmp_path / "b"
    write_drill(root)
    (root / "index.yaml").write_text("format_version: 1\ndrills: [toy]\n", encoding="utf-8")
    assert load_drill("toy", root).spec.id == "toy"
    with pytest.raises(DrillError, match="did you mean toy") as info:
        load_drill("tyo", root)
    assert info.value.exit_status == ExitStatus.USAGE


def test_the_real_index_loads():
    ids = load_index()
    assert {"rnn", "gru", "lstm"} <= set(ids)
    assert all((catalog_dir() / i / "drill.yaml").exists() for i in ids)


def test_size_expressions():
    assert sizes.evaluate("4*H", {"H": 5}) == 20
    assert sizes.evaluate("2*H+1", {"H": 3}) == 7
    assert sizes.evaluate(7, {}) == 7
    assert sizes.names_in("T*B+H") == {"T", "B", "H"}
    for bad in ("__import__('os')", "H**2", "H.real", "f(H)"):
        with pytest.raises(sizes.SizeExprError):
            sizes.evaluate(bad, {"H": 2})
    with pytest.raises(sizes.SizeExprError, match="not defined"):
        sizes.evaluate("Q", {"H": 2})


def _spec(tmp_path, extra_args: str = ""):
    text = MINIMAL.format(id="toy", extra="").replace("  b: {shape: [D], scale: 0.5}\n", "  b: {shape: [D], scale: 0.5}\n" + extra_args)
    return load_spec(write_drill(tmp_path, text=text))


def test_cases_are_seeded_float64_and_scaled(tmp_path):
    spec = _spec(tmp_path)
    a, b = case_gen.generate(spec, 7), case_gen.generate(spec, 7)
    assert len(a) == len(spec.cases) * case_gen.DRAWS
    for x, y in zip(a, b):
        assert np.array_equal(x.args["x"], y.args["x"]) and x.args["x"].dtype == np.float64
    assert not np.array_equal(case_gen.generate(spec, 8)[0].args["x"], a[0].args["x"])
    assert a[1].scale == 3.0 and "inputs ×3" in a[1].describe()
    assert case_gen.generate(spec, 7, only=3)[0].args["x"].shape == a[3].args["x"].shape


def test_other_argument_kinds(tmp_path):
    spec = _spec(tmp_path, "  tok: {shape: [B, 6], dtype: int, low: 2, high: D}\n"
                           "  lens: {shape: [B], dtype: lengths, of: D, batch_axis: 0}\n"
                           "  mask: {shape: [B, 2, D], dtype: bool, batch_axis: 0}\n"
                           "  k: {value: 1.5}\n  n: {size: D}\n  gs: {list: [[D], [2, D]]}\n")
    for case in case_gen.generate(spec, 0):
        D = case.sizes["D"]
        tok, lens, mask = case.args["tok"], case.args["lens"], case.args["mask"]
        assert tok.dtype == np.int64 and tok.min() >= 2 and tok.max() < D
        assert lens.dtype == np.int64 and lens.max() == D and lens.min() >= 1
        assert mask.dtype == bool and mask.any(axis=-1).all()
        assert case.args["k"] == 1.5 and case.args["n"] == D
        assert [g.shape for g in case.args["gs"]] == [(D,), (2, D)]


def test_batch_probe_changes_one_row_only(tmp_path):
    spec = _spec(tmp_path)
    case = case_gen.generate(spec, 0)[0]
    args, row = case_gen.batch_probe(spec, case)
    assert row == case.sizes["B"] - 1
    assert np.array_equal(args["x"][:row], case.args["x"][:row])
    assert not np.array_equal(args["x"][row], case.args["x"][row])
    assert np.array_equal(args["b"], case.args["b"])  # no batch axis: unchanged


def test_block_probes_and_permutations():
    lstm = load_drill("lstm")
    case = case_gen.generate(lstm.spec, 0)[0]
    probes = dict(case_gen.block_probes(lstm.spec, case))
    H = case.sizes["H"]
    assert list(probes) == ["none", "i", "f", "g", "o"]
    assert not probes["none"]["W_ih"].any()
    g = probes["g"]["W_hh"]
    assert g[2 * H:3 * H].any() and not g[:2 * H].any() and not g[3 * H:].any()
    swapped = case_gen.permute_blocks(lstm.spec, case.args, (0, 1, 3, 2))
    assert np.array_equal(swapped["b_ih"][2 * H:3 * H], case.args["b_ih"][3 * H:])


def test_schema_export_is_json_schema():
    from rnnquiz.drills.spec import json_schema

    schema = json_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    assert "format_version" in schema["properties"]
    json.dumps(schema)


def test_copy_of_real_drill_validates(tmp_path):
    shutil.copytree(catalog_dir() / "lstm", tmp_path / "lstm", ignore=shutil.ignore_patterns("__pycache__"))
    assert load_spec(tmp_path / "lstm" / "drill.yaml").blocks.names == ["i", "f", "g", "o"]
