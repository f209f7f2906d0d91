"""The files a class grading writes: grades.csv, junit.xml, and per student results.json and feedback.md.

Every text that comes from a submission (exception messages, function names) is stripped of
control characters; CSV cells that a spreadsheet would run as a formula are quoted with a leading
apostrophe; XML gets only characters XML allows.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from rnnquiz.classroom.grading import Result
from rnnquiz.drills.report import GradeReport
from rnnquiz.drills.text import Msg, render
from rnnquiz.textsafe import escape_controls

CSV_COLUMNS = ("student", "drill", "track", "passed", "status", "score", "max_score", "mistake", "mistake_text",
               "seconds", "file")
_XML_BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: object) -> str:
    """Return text safe for any output file: no terminal controls."""
    return escape_controls(str(text))


def _cell(value: object) -> str:
    text = clean(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_csv(path: Path, results: list[Result]) -> None:
    """Write one row per student and drill."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        for r in results:
            file = r.submission.file.name if r.submission.file else ""
            writer.writerow([_cell(v) for v in (r.student, r.drill, r.track, str(r.passed).lower(), r.status, f"{r.score:g}",
                                                 f"{r.max_score:g}", r.mistake, r.mistake_text, f"{r.seconds:.3f}", file)])


def _xml(text: object) -> str:
    return _XML_BAD.sub("\ufffd", clean(text))


def write_junit(path: Path, results: list[Result], lang: str = "en") -> None:
    """Write JUnit XML: one testsuite per drill, one testcase per student (failure: wrong; error: did not run)."""
    by_drill: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_drill[r.drill].append(r)
    root = ET.Element("testsuites", name="rnnquiz")
    for drill, rows in by_drill.items():
        suite = ET.SubElement(root, "testsuite", name=_xml(drill), tests=str(len(rows)),
                              failures=str(sum(r.status == "failed" for r in rows)),
                              errors=str(sum(r.status in ("error", "missing") for r in rows)),
                              time=f"{sum(r.seconds for r in rows):.3f}")
        for r in rows:
            case = ET.SubElement(suite, "testcase", classname=_xml(f"{drill}.{r.track}"), name=_xml(r.student),
                                 time=f"{r.seconds:.3f}")
            if r.status == "passed":
                continue
            tag = "failure" if r.status == "failed" else "error"
            element = ET.SubElement(case, tag, message=_xml(r.mistake_text or r.mistake), type=_xml(r.mistake or r.status))
            element.text = _xml(plain_text(r, lang))
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def gradescope_results(results: list[Result], lang: str = "en") -> dict:
    """Return Gradescope's results.json for one student's results (one test per scored check)."""
    tests = []
    for r in results:
        for t in r.tests:
            tests.append({"name": clean(t.name), "score": round(t.score, 4), "max_score": round(t.max_score, 4),
                          "status": "passed" if t.passed else "failed", "output": clean(t.output), "visibility": "visible"})
    summary = "\n".join(clean(f"{r.drill}: {render(r.report.summary, lang) if r.report else r.mistake_text}")
                        for r in results)
    return {"score": round(sum(r.score for r in results), 4), "output": summary, "tests": tests,
            "execution_time": round(sum(r.seconds for r in results), 3), "visibility": "visible",
            "stdout_visibility": "hidden"}


def plain_text(result: Result, lang: str = "en") -> str:
    """Return a result as plain lines (for JUnit): the summary, each check not passed, how to reproduce."""
    if result.report is None:
        return clean(result.mistake_text)
    report = result.report
    lines = [clean(render(report.summary, lang))]
    lines += [f"{clean(render(c.label, lang))}: {clean(render(c.message, lang))}" for c in report.checks if c.status in ("fail", "error")]
    if report.reproduce:
        lines.append(clean(report.reproduce))
    return "\n".join(lines)


def feedback_text(result: Result, lang: str = "en") -> str:
    """Return the Markdown feedback of one result: verdict, every check, the diagnosis, how to reproduce."""
    t = lambda key, **values: str(render(Msg(key, **values), lang))  # noqa: E731
    lines = [f"## {result.drill} ({result.track})", "", t("class.feedback.score", score=f"{result.score:g}",
                                                          max=f"{result.max_score:g}")]
    report: GradeReport | None = result.report
    if report is None:
        return "\n".join([*lines, "", clean(result.mistake_text), ""])
    lines += ["", clean(render(report.summary, lang)), "", f"| {t('class.feedback.check')} | | {t('class.feedback.detail')} |",
              "|---|---|---|"]
    marks = {"pass": "✓", "fail": "✗", "error": "✗", "skip": "·"}
    for check in report.checks:
        detail = clean(render(check.message, lang)).replace("\n", "<br>").replace("|", "\\|")
        lines.append(f"| {clean(render(check.label, lang))} | {marks.get(check.status, '?')} | {detail} |")
    if report.diagnosis and report.diagnosis.mistake:  # the summary names it; its explanation goes here
        explain = report.diagnosis.mistake.get("explain") or {}
        lines += ["", clean(explain.get(lang) or explain.get("en") or "")]
    if report.reproduce:
        lines += ["", t("class.feedback.reproduce"), "", "```sh", clean(report.reproduce), "```"]
    return "\n".join(lines) + "\n"


def write_student(out_dir: Path, student: str, results: list[Result], lang: str = "en") -> None:
    """Write OUT_DIR/<student>/results.json and feedback.md."""
    folder = out_dir / student
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "results.json").write_text(json.dumps(gradescope_results(results, lang), ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")
    title = str(render(Msg("class.feedback.title", student=student), lang))
    body = "\n".join(feedback_text(r, lang) for r in results)
    (folder / "feedback.md").write_text(f"# {clean(title)}\n\n{body}", encoding="utf-8")


def by_student(results: list[Result]) -> dict[str, list[Result]]:
    """Group results by student, in order."""
    grouped: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        grouped[r.student].append(r)
    return dict(grouped)
