"""The README stays true: every command is documented, and its set-up commands are the ones CI runs."""

from __future__ import annotations

import re

from conftest import ROOT, command_paths

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme_with_an_example():
    missing = [" ".join(p) for p in command_paths() if f"rnnquiz {' '.join(p)}" not in README]
    assert not missing, f"README lacks an example of: {missing}"


def test_ci_runs_the_readme_test_command():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)
    test_cmd = next(b for b in blocks if "pytest" in b and "venv" in b)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_cmd.strip() in ci


def test_setup_commands_pin_the_cpu_torch_wheel():
    blocks = [b for b in re.findall(r"```sh\n(.*?)\n```", README, flags=re.S) if "pip install" in b]
    assert len(blocks) >= 2
    for block in blocks:
        assert "torch==2.13.0" in block
        assert block.index("torch==2.13.0") < block.index("install .") if "install ." in block else True
    assert any("rnnquiz ask" in b for b in blocks)


def test_documented_exit_codes_match_the_enum():
    from rnnquiz.errors import ExitStatus

    for status in ExitStatus:
        assert re.search(rf"^\| {int(status)} \|", README, flags=re.M), status
