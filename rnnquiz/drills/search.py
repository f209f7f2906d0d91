"""Name a learner's mistake by searching candidates: the catalogue, mutants of the reference, and pairs.

The learner's outputs (computed in the child) are compared with every single candidate's cached
outputs at once; when none agrees within tolerance, pairs of the candidates that each move the
outputs towards the learner's are built and tried, case by case. Catalogue entries win ties;
several distinct matches are all reported, closest first.
"""

from __future__ import annotations

import numpy as np

from rnnquiz.drills import agreement, mutants
from rnnquiz.drills.agreement import RAISED  # noqa: F401 - re-exported: the grader marks raised cases with it
from rnnquiz.drills.mutants import Candidate
from rnnquiz.drills.pairs import Match, pair_matches, precedence
from rnnquiz.drills.text import Join, Msg, Pick


def single_matches(bank, learner, tol) -> list[int]:
    """Return the rows of the bank that agree with the learner (catalogue rows, if any agree, only those)."""
    loose = agreement.LOOSEN
    close = agreement.close(bank.values, learner.values, tol.atol * loose, tol.rtol * loose)
    rows = [k for k in range(len(bank.candidates)) if agreement.agrees(close[k], bank.raised[k], learner, bank.bounds)
            and bank.candidates[k].kind != "order"]  # a block order alone is the grader's gate-block note, or a catalogue entry
    catalog = [k for k in rows if bank.candidates[k].kind == "catalog"]
    return catalog or rows


_CATCH_ALL = ("name", "axis")  # a parameter renamed, an axis spelled two ways: other words for the same change


def _ambiguous(bank, group: list[int]) -> bool:
    """Return whether rows with the same outputs are different changes in different places (no catalogue entry
    among them): the cases cannot tell them apart, so naming one of them would be a guess."""
    if any(bank.candidates[k].kind in ("catalog", "cell-catalog") for k in group):
        return False
    changes = {(bank.candidates[k].id.split(":")[0], bank.candidates[k].id.rsplit("@", 1)[-1]) for k in group}
    changes = {c for c in changes if c[0].rsplit("/", 1)[-1] not in _CATCH_ALL}
    return len({op for op, _ in changes}) > 1 and len({place for _, place in changes}) > 1


def _distinct(bank, rows: list[int], distances: np.ndarray) -> list[int]:
    """Keep the best-named row of each group of rows with the same outputs, closest first; drop groups whose
    members are different changes the cases cannot tell apart."""
    rows = sorted(rows, key=lambda k: (precedence(bank.candidates[k]), k))
    groups: list[list[int]] = []
    for k in rows:
        same = next((g for g in groups if np.allclose(bank.values[k], bank.values[g[0]], rtol=1e-9, atol=1e-12, equal_nan=True)), None)
        if same is None:
            groups.append([k])
        else:
            same.append(k)
    kept = [g[0] for g in groups if not _ambiguous(bank, g)]
    return sorted(kept, key=lambda k: (distances[k], kept.index(k)))


def search(family, bank, cases: list, learner_out: list, reference_out: list, tol) -> list[Match]:
    """Return the explanations of the learner's outputs, best first (empty when nothing agrees)."""
    spec = family.drill.spec
    shapes = [mutants.leaf_shapes(spec, r) for r in reference_out]
    learner = agreement.learner_vector(spec, cases, learner_out, bank.bounds, shapes)
    if "values" not in learner.status:
        return []
    distances = agreement.distance(bank.values, learner, bank.bounds)
    rows = single_matches(bank, learner, tol)
    if rows:
        return _once([Match((bank.candidates[k],), float(distances[k])) for k in _distinct(bank, rows, distances)])
    reference = np.concatenate([mutants.flatten(spec, r, sh) for r, sh in zip(reference_out, shapes)])
    return _once(pair_matches(family, bank, learner, reference, cases, shapes, tol))


def _once(matches: list[Match]) -> list[Match]:
    """Keep the closest of matches reported under one id (variants of one change, such as a shift clipped or
    wrapped into range, are one mistake to the learner)."""
    seen: set = set()
    return [m for m in matches if not (m.id in seen or seen.add(m.id))]


# ---------------------------------------------------------------------------------- descriptions


def describe(family, cand: Candidate) -> Msg:
    """Return a candidate's title: the catalogue's, or one built from the operator and the place it hit."""
    if cand.kind == "pair":
        raise ValueError("describe the parts of a pair")
    if cand.kind == "catalog":
        return Pick(dict(_mistake(family.drill.spec, cand.id).title))
    if cand.kind == "mutant":
        return _mutation_text(family.sources["ref"].mutations[cand.own[1][0]])
    if cand.kind == "order":
        names = family.drill.spec.blocks.names
        return Msg("grader.mutant.order", order=", ".join(mutants.read_order(names, cand.order)), packed=", ".join(names))
    cell = family.cell_drill
    if cand.kind == "cell-catalog":
        inner = Pick(dict(_mistake(cell.spec, cand.cell[0][4:]).title))
    else:
        inner = _mutation_text(family.cell_sources["ref"].mutations[cand.cell[1][0]])
    return Msg("grader.mutant.in-cell", cell=cell.id, text=inner)


def _mistake(spec, mistake_id: str):
    return next(m for m in spec.mistakes if m.id == mistake_id)


def _mutation_text(m) -> Msg:
    place = m.values.get("place", "")
    where = Msg(f"grader.mutant.where.{place}") if place in ("return", "for") else Msg("grader.mutant.where", place=place)
    return Msg(f"grader.mutant.{m.op}", **m.values, where=where)


def explanation(family, match: Match) -> dict:
    """Return a match as the report's `mistake` entry: id, title and explain in both languages."""
    titles = [describe(family, p) for p in match.parts]
    title = titles[0] if len(titles) == 1 else Join("grader.mutant.and", titles)
    first = match.parts[0]
    if len(match.parts) == 1 and first.kind == "catalog":
        explain = Pick(dict(_mistake(family.drill.spec, first.id).explain))
    elif len(match.parts) == 1 and first.kind == "cell-catalog":
        m = _mistake(family.cell_drill.spec, first.cell[0][4:])
        explain = Msg("grader.mutant.explain-cell", cell=family.cell_drill.id, text=Pick(dict(m.explain)))
    else:
        explain = Msg("grader.mutant.explain-pair" if len(match.parts) == 2 else "grader.mutant.explain")
    return {"id": match.id, "title": {"en": title.render("en"), "zh": title.render("zh")},
            "explain": {"en": explain.render("en"), "zh": explain.render("zh")}, "source": [p.kind for p in match.parts]}
