"""The generated questions in `rnnquiz ask`: load the templates, filter them, draw a session's instances."""

from __future__ import annotations

from rnnquiz.errors import UsageError


def load_templates_and_warn():  # noqa: ANN201
    """Load the built-in templates; warn on stderr about each file that cannot be used (it is skipped)."""
    from rnnquiz.generated.loader import load_templates

    loaded = load_templates()
    if loaded.problems:
        from rnnquiz.cli.console import print_warning

        for problem in loaded.problems:
            print_warning(f"{problem} (this template file is skipped; `rnnquiz dev check` checks it)")
    return loaded.templates


def generated_pool(topic, kind, difficulty, tag, qid) -> list:  # noqa: ANN001
    """The templates `ask --generated` may draw from, after the filters; an empty result is a usage error."""
    from rnnquiz.generated.select import filter_templates

    templates = filter_templates(load_templates_and_warn(), topics=topic, kinds=kind, difficulties=difficulty, tags=tag, ids=qid)
    if not templates:
        raise UsageError("no generated template matches these filters; `rnnquiz ask --generated --reveal --count 25` shows them all")
    return templates


def choose_generated(templates: list, mode: str, wanted: int, seed: int | None, in_order: bool) -> list:
    """Draw the questions of a generated session (a balanced set for a mock interview)."""
    from rnnquiz.generated.select import draw_session, mock_pool

    if mode == "mock":
        from rnnquiz.bank.select import pick_mock

        return pick_mock(mock_pool(templates, wanted, seed), wanted, seed)
    return draw_session(templates, wanted, seed, in_order=in_order)


def mix_generated(chosen: list, ratio: float, topic, difficulty, seed: int | None, lang: str) -> list:  # noqa: ANN001
    """Replace a share `ratio` of a bank session's questions by generated ones on the same topics and difficulties."""
    from rnnquiz.generated.select import draw_session, filter_templates, mix_in

    templates = filter_templates(load_templates_and_warn(), topics=topic, difficulties=difficulty)
    if not templates:
        from rnnquiz.cli.console import print_warning
        from rnnquiz.i18n import tr

        print_warning(tr("gen.none-mixed", lang))
        return chosen
    return mix_in(chosen, draw_session(templates, round(ratio * len(chosen)), seed), ratio, seed)


def review_instances(seen_ids: set[str], seed: int | None) -> list:
    """A fresh instance of every template already practised, for the review queue to serve when due."""
    from rnnquiz.generated.select import instances_for_review

    return instances_for_review(load_templates_and_warn(), seen_ids, seed)
