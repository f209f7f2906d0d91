"""Terminal behaviour a user notices: NO_COLOR, and no hang or traceback without a terminal."""

from __future__ import annotations

import os
import re
import subprocess
import sys

COLOUR = re.compile(r"\x1b\[[0-9;]*(?:3[0-7]|9[0-7]|38;[0-9;]+)m")


def run(args, tmp_path, **env):
    full = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    full.update(RNNQUIZ_HOME=str(tmp_path), TTY_COMPATIBLE="1", COLUMNS="100", **env)
    return subprocess.run([sys.executable, "-m", "rnnquiz", *args], capture_output=True, text=True, env=full,
                          stdin=subprocess.DEVNULL, timeout=120)


def test_no_color_removes_colour_but_keeps_the_text(tmp_path):
    args = ["ask", "--count", "2", "--seed", "3", "--reveal"]
    coloured = run(args, tmp_path)
    plain = run(args, tmp_path, NO_COLOR="1")
    assert coloured.returncode == plain.returncode == 0
    assert COLOUR.search(coloured.stdout), "expected colour on a terminal without NO_COLOR"
    assert not COLOUR.search(plain.stdout)
    strip = re.compile(r"\x1b\[[0-9;]*m")
    assert strip.sub("", plain.stdout) == strip.sub("", coloured.stdout)


def test_interactive_ask_with_closed_stdin_ends_at_once(tmp_path):
    proc = run(["ask", "--count", "3"], tmp_path)
    assert proc.returncode == 0 and "No questions answered." in proc.stdout
    assert "Traceback" not in proc.stderr
