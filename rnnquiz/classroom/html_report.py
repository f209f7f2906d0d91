"""report.html: one self-contained page (inline CSS and SVG, no script, no network) about a class grading."""

from __future__ import annotations

import html
from collections import Counter
from datetime import datetime, timezone
from urllib.parse import quote

from rnnquiz.classroom.grading import Result
from rnnquiz.classroom.outputs import by_student, clean
from rnnquiz.drills.text import Msg, render

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2330}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d9dde5}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{padding:.3rem .5rem;border-bottom:1px solid #eceef2;
text-align:left;vertical-align:top}th{background:#f5f6f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
.passed{color:#19733a}.failed{color:#a3331b}.error{color:#8a4b00}.missing{color:#6b7280}
.muted{color:#6b7280}svg{display:block}code{font-size:.9em}
"""


def _e(text: object) -> str:
    return html.escape(clean(text), quote=True)


def _bar(fraction: float, width: int = 220, color: str = "#2f6fdf") -> str:
    filled = max(0.0, min(1.0, fraction)) * width
    return (f'<svg width="{width}" height="14" role="img" aria-label="{fraction:.0%}"><rect width="{width}" height="14" '
            f'fill="#eceef2" rx="3"/><rect width="{filled:.1f}" height="14" fill="{color}" rx="3"/></svg>')


def _n(x: float) -> str:
    return f"{round(x, 2):g}"


def _t(key: str, lang: str, **values) -> str:
    return html.escape(str(render(Msg(key, **values), lang)))


def _pass_rates(results: list[Result], drills: list[str], lang: str) -> list[str]:
    rows = [f"<table><tr><th>{_t('class.html.drill', lang)}</th><th>{_t('class.html.passed', lang)}</th><th></th>"
            f"<th>{_t('class.html.mean-score', lang)}</th></tr>"]
    for drill in drills:
        mine = [r for r in results if r.drill == drill]
        passed = sum(r.passed for r in mine)
        mean = sum(r.score for r in mine) / len(mine) if mine else 0.0
        top = mine[0].max_score if mine else 0.0
        rows.append(f"<tr><td><code>{_e(drill)}</code></td><td class=num>{passed} / {len(mine)}</td>"
                    f"<td>{_bar(passed / len(mine) if mine else 0)}</td><td class=num>{mean:.1f} / {_n(top)}</td></tr>")
    return [*rows, "</table>"]


def _mistakes(results: list[Result], drills: list[str], lang: str) -> list[str]:
    out = []
    for drill in drills:
        mine = [r for r in results if r.drill == drill]
        counts = Counter(r.mistake for r in mine if r.mistake)
        if not counts:
            continue
        words_of = {}
        for r in mine:
            words_of.setdefault(r.mistake, r.mistake_text)
        out.append(f"<h3><code>{_e(drill)}</code></h3><table>")
        for mistake, n in counts.most_common():
            words = words_of[mistake]
            label = _t("class.html.of", lang, n=n, total=len(mine))
            out.append(f"<tr><td class=num>{label}</td><td>{_bar(n / len(mine), 160, '#d0603a')}</td>"
                       f"<td>{_e(words or mistake)} <span class=muted>({_e(mistake)})</span></td></tr>")
        out.append("</table>")
    return out or [f"<p class=muted>{_t('class.html.no-mistakes', lang)}</p>"]


def _lists(results: list[Result], lang: str) -> list[str]:
    graded = [r for r in results if r.report is not None]
    slow = sorted(graded, key=lambda r: -r.seconds)[:10]
    out = [f"<h2>{_t('class.html.slowest', lang)}</h2><table>"]
    out += [f"<tr><td>{_e(r.student)}</td><td><code>{_e(r.drill)}</code></td><td class=num>{r.seconds:.2f} s</td>"
            f"<td class={r.status}>{_e(r.status)}</td></tr>" for r in slow]
    failing = [r for r in results if not r.passed]
    out += ["</table>", f"<h2>{_t('class.html.failing', lang, n=len(failing))}</h2><table>"]
    out += [f"<tr><td><a href=\"{quote(r.student)}/feedback.md\">{_e(r.student)}</a></td><td><code>{_e(r.drill)}</code></td>"
            f"<td class={r.status}>{_e(r.status)}</td><td>{_e(r.mistake_text)}</td></tr>" for r in failing]
    return [*out, "</table>"]


def _students(results: list[Result], drills: list[str], lang: str) -> list[str]:
    head = "".join(f"<th><code>{_e(d)}</code></th>" for d in drills)
    out = [f"<table><tr><th>{_t('class.html.student', lang)}</th>{head}<th>{_t('class.html.total', lang)}</th>"
           f"<th>{_t('class.html.feedback', lang)}</th></tr>"]
    for student, rows in by_student(results).items():
        cells = {r.drill: r for r in rows}
        tds = "".join(f"<td class=\"num {cells[d].status}\">{_n(cells[d].score)} / {_n(cells[d].max_score)}</td>" if d in cells else "<td></td>"
                      for d in drills)
        total = sum(r.score for r in rows)
        top = sum(r.max_score for r in rows)
        out.append(f"<tr><td>{_e(student)}</td>{tds}<td class=num>{_n(total)} / {_n(top)}</td>"
                   f"<td><a href=\"{quote(student)}/feedback.md\">feedback.md</a></td></tr>")
    return [*out, "</table>"]


def render_page(results: list[Result], drills: list[str], track: str, lang: str = "en", now: datetime | None = None) -> str:
    """Return the whole page."""
    when = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    students = len(by_student(results))
    title = _t("class.html.title", lang)
    parts = [f"<!doctype html><html lang={'zh' if lang == 'zh' else 'en'}><head><meta charset=utf-8>",
             "<meta name=viewport content='width=device-width,initial-scale=1'>",
             f"<title>{title}</title><style>{_CSS}</style></head><body>", f"<h1>{title}</h1>",
             f"<p class=muted>{_t('class.html.meta', lang, students=students, drills=', '.join(drills), track=track, when=when)}</p>",
             f"<h2>{_t('class.html.pass-rate', lang)}</h2>", *_pass_rates(results, drills, lang),
             f"<h2>{_t('class.html.mistakes', lang)}</h2>", *_mistakes(results, drills, lang),
             *_lists(results, lang), f"<h2>{_t('class.html.students', lang)}</h2>", *_students(results, drills, lang),
             "</body></html>"]
    return "\n".join(parts) + "\n"
