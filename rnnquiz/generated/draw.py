"""Draw a template's parameters and turn the draw into a `Question` the quiz engine asks like any other.

Every instance of a template shares the item id `gen:<template>`, so the progress store keeps one
FSRS card per skill ("count an LSTM's parameters"), whatever sizes were drawn.
"""

from __future__ import annotations

import random
import string
from functools import lru_cache

from rnnquiz.bank.grading import format_number
from rnnquiz.bank.model import Question
from rnnquiz.bank.shapes import format_shape
from rnnquiz.generated.expr import Expr, ExprError
from rnnquiz.generated.loader import GenTemplate

MAX_TRIES = 200  # redraws allowed to satisfy `require`
KIND_OF_ANSWER = {"number": "numeric", "shape": "shape", "choice": "choice"}


class GenerationError(ValueError):
    """A template that cannot produce a question (its `require` is never met, or a formula fails)."""


@lru_cache(maxsize=1024)
def expr(source: str) -> Expr:
    """Return the checked expression of `source` (parsed once per process)."""
    return Expr(source)


def _draw_param(spec: dict, env: dict, rng: random.Random):  # noqa: ANN202
    if "range" in spec:
        lo, hi = spec["range"]
        return lo + spec.get("step", 1) * rng.randint(0, (hi - lo) // spec.get("step", 1))
    if "choices" in spec:
        return rng.choice(spec["choices"])
    count, longest = (int(expr(spec["lengths"][k]).value(env)) for k in ("count", "max"))
    return [longest] + sorted((rng.randint(1, longest) for _ in range(count - 1)), reverse=True)


def draw_env(t: GenTemplate, rng: random.Random) -> dict:
    """Draw the parameters and compute the derived values of one instance (redrawing until `require` holds).

    Raises:
        GenerationError: no draw met the requirements, or a formula failed.
    """
    d = t.data
    try:
        for _ in range(MAX_TRIES):
            env: dict = {}
            for name, spec in d["params"].items():
                env[name] = _draw_param(spec, env, rng)
            for name, source in d.get("let", {}).items():
                env[name] = expr(source).value(env)
            if all(expr(r).value(env) for r in d.get("require", [])):
                return env
    except ExprError as exc:
        raise GenerationError(f"template {t.id} ({t.origin}): {exc}") from None
    raise GenerationError(f"template {t.id} ({t.origin}): no draw in {MAX_TRIES} met `require`; widen the ranges")


def ref_or_literal(value: object, env: dict):  # noqa: ANN201
    """A field that names a parameter takes its value; any other text is taken as written."""
    return env[value] if isinstance(value, str) and value in env else value


def module_of(t: GenTemplate, env: dict) -> dict | None:
    """Return `{type, kwargs}` of the torch.nn module an instance describes (None for a composite)."""
    m = t.data.get("module")
    return None if m is None else _evaluated(m, env)


def composite_of(t: GenTemplate, env: dict) -> dict | None:
    """Return `{type, kwargs}` of the composite the verifier builds (None for a torch.nn module)."""
    c = t.data.get("composite")
    return None if c is None else _evaluated(c, env)


def _evaluated(spec: dict, env: dict) -> dict:
    kwargs = {k: expr(v).value(env) if isinstance(v, str) else v for k, v in spec["kwargs"].items()}
    return {"type": ref_or_literal(spec["type"], env), "kwargs": kwargs}


def answer_of(t: GenTemplate, env: dict):  # noqa: ANN201
    """Return the answer of an instance: an int or float, a list of ints (a shape), or an option index."""
    value = expr(t.data["answer"]).value(env)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return [int(v) for v in value] if t.answer_kind == "shape" else value


def _plain(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_plain(v) for v in value) + "]"
    return str(value)


def _fill(text: str, values: dict) -> str:
    names = {f for _, f, _, _ in string.Formatter().parse(text) if f}
    return text.format(**{n: values[n] for n in names})


def instantiate(t: GenTemplate, rng: random.Random) -> Question:
    """Draw one instance of `t` and return it as a question (kind numeric, shape or choice)."""
    d = t.data
    env = draw_env(t, rng)
    answer = answer_of(t, env)
    formula = expr(d["answer"])
    shown_params = {k: _plain(v) for k, v in env.items()}
    base = {**shown_params, "formula": formula.symbolic(), "filled": formula.filled(env)}
    data = {"id": t.item_id, "topic": t.topic, "kind": KIND_OF_ANSWER[t.answer_kind], "difficulty": t.difficulty,
            "tags": ["generated", *t.tags], "source": d["source"], "follow_ups": []}
    if t.answer_kind == "number":
        tolerance = float(expr(d["tolerance"]).value(env)) if d.get("tolerance") else 0.0
        data.update(value=answer, tolerance=tolerance, **({"unit": d["unit"]} if d.get("unit") else {}))
        base.update(answer=format_number(answer), tolerance=format_number(tolerance))
    elif t.answer_kind == "shape":
        data["value"] = answer
        base.update(answer=format_shape(answer), tolerance="0")
    else:
        data.update(options=[{"en": o["en"], "zh": o["zh"]} for o in d["options"]], correct=[int(answer)])
    explained = {}
    for lang in ("en", "zh"):
        if t.answer_kind == "choice":
            base.update(answer=d["options"][int(answer)][lang], tolerance="0")
        # derived numbers read better with thousands separators in the explanation (not in prompts: code)
        pretty = {k: format_number(env[k]) if isinstance(env[k], int) and not isinstance(env[k], bool) else base[k]
                  for k in d.get("let", {})}
        explained[lang] = _fill(d["explanation"][lang], {**base, **pretty})
    data["prompt"] = {lang: _fill(d["prompt"][lang], base) for lang in ("en", "zh")}
    data["answer"] = explained
    data["generated"] = {"template": t.id, "module": module_of(t, env), "quantity": t.quantity,
                         "params": {k: env[k] for k in d["params"]}}
    return Question.from_dict(data, t.origin)
