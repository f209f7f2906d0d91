"""The `rnnquiz dev` commands for content authors: the content check and the drill JSON Schema."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from rnnquiz.cli.helptext import examples
from rnnquiz.errors import ExitStatus

CHECK_EPILOG = examples(
    ("rnnquiz dev check", "banks, index, and every drill (grades every reference, stub, mistake)"),
    ("rnnquiz dev check --drill lstm", "one drill (banks still checked)"),
    ("rnnquiz dev check --no-grade", "files and schemas only, no sandboxed runs"),
    ("rnnquiz dev check --json", "findings as JSON"),
    ("rnnquiz dev check --draws 200", "verify 200 random draws of every generated template against torch (0 skips them)"),
    note="Exit code 0 when nothing is wrong (warnings allowed), 1 when there is an error.",
)

dev_app = typer.Typer(help="Tools for content authors: check banks and drills, print the drill schema.",
                      epilog=examples(("rnnquiz dev check", ""), ("rnnquiz dev schema > drill.schema.json", "")),
                      no_args_is_help=True, rich_markup_mode=None)


def register(app: typer.Typer) -> None:
    """Add the dev commands to the root app."""
    app.add_typer(dev_app, name="dev")


@dev_app.command("check", epilog=CHECK_EPILOG)
def check(
    drill: Annotated[list[str], typer.Option("--drill", "-d", help="Check only this drill (repeatable).", show_default=False)] = [],
    grade: Annotated[bool, typer.Option("--grade/--no-grade", help="Grade every reference, stub and mistake in the sandbox.")] = True,
    banks: Annotated[bool, typer.Option("--banks/--no-banks", help="Validate the question banks too.")] = True,
    coverage: Annotated[bool, typer.Option("--coverage/--no-coverage", help="Also grade the labeled learner files "
                                            "(tests/data/mutants, in a source checkout) and print how many are named correctly.")] = True,
    json_out: Annotated[bool, typer.Option("--json", help="Print the findings as one JSON object.")] = False,
    draws: Annotated[int, typer.Option("--draws", min=0, help="Random draws of every generated-question template checked against torch (0 skips).")] = 12,
) -> None:
    """Check the content: every bank validates with unique ids; every drill in the index has a stub, a reference
    and hints; every reference matches torch.nn and passes its own grading on each track; every stub is "not
    started"; every catalogued mistake is detected and named; every generated-question template validates and its
    formula agrees with torch (parameter counts, forward-pass shapes, counted MACs, saved bytes, probed gates)."""
    from rnnquiz.drills.devcheck import check_content, labeled_folder
    from rnnquiz.generated.content import check_generated

    report = check_content(only=drill or None, banks=banks, grading=grade, labeled=labeled_folder() if coverage else None)
    check_generated(report, draws)
    if json_out:
        from rnnquiz.cli.jsonout import print_json

        print_json(report.to_json())
    else:
        _render(report)
    raise typer.Exit(int(ExitStatus.OK if report.ok else ExitStatus.FAILED))


def _render(report) -> None:  # noqa: ANN001
    from rich.text import Text

    from rnnquiz.cli.console import out, safe

    console = out()
    for f in report.findings:
        style = "red" if f.severity == "error" else "yellow"
        console.print(safe(f.where, "bold") + Text(f": {f.severity}: ", style=style) + safe(f.message))
    for name, fig in report.coverage.items():
        console.print(Text(f"coverage {name:20s} ", style="bold") + Text(
            f"{fig['named']}/{fig['buggy']} buggy files named ({fig['rate']:.0%}), {fig['wrong']} named wrongly, "
            f"{fig['missed']} not named; {fig['passed']}/{fig['passed'] + fig['failed-correct']} correct files pass"))
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in report.counts.items())
    errors = sum(f.severity == "error" for f in report.findings)
    warnings = len(report.findings) - errors
    verdict = Text("ok" if report.ok else "FAILED", style="bold green" if report.ok else "bold red")
    console.print(verdict + Text(f" — {errors} error(s), {warnings} warning(s); checked {counts}"))


@dev_app.command("schema", epilog=examples(("rnnquiz dev schema > drill.schema.json", "for editor validation of drill.yaml")))
def schema() -> None:
    """Print the JSON Schema of drill.yaml (for editors: `# yaml-language-server: $schema=...`)."""
    from rnnquiz.drills.spec import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
