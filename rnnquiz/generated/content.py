"""The generated templates' part of `rnnquiz dev check`: every file validates, every formula agrees with torch."""

from __future__ import annotations

DEFAULT_DRAWS = 12  # per template: 21 templates make about 250 draws, a few seconds


def check_generated(report, draws: int = DEFAULT_DRAWS, seed: int = 0, folder=None) -> None:  # noqa: ANN001
    """Validate the template files and verify `draws` random draws of every template against torch.

    Findings go into `report` (a `rnnquiz.drills.devcheck.ContentReport`), each located at the
    template's `file:line`; `report.counts` gains `templates` and `generated_draws`.
    """
    from rnnquiz.generated.loader import load_templates
    from rnnquiz.generated.verify import verify_all

    loaded = load_templates(folder, use_cache=False)
    for p in loaded.problems:
        report.error(f"{p.path}:{p.line}:{p.col}", p.message)
    checks = verify_all(loaded.templates, draws, seed) if draws > 0 else []
    for check in checks:
        for problem in check.problems:
            report.error(check.template.origin, f"template {check.template.id}: {problem}")
    report.counts.update(templates=len(loaded.templates), generated_draws=sum(c.draws for c in checks))
