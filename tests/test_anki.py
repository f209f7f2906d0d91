"""`rnnquiz bank export --anki`: the package opens as Anki's zip + SQLite collection, with stable notes."""

from __future__ import annotations

import sqlite3
import zipfile

from rnnquiz.bank.anki import to_html
from rnnquiz.bank.loader import bank_paths, load_banks

FIELD_SEP = "\x1f"


def read_notes(apkg, tmp_path) -> dict[str, dict]:
    """Open the package as Anki does: a zip whose collection.anki2 is SQLite; return notes by question id."""
    with zipfile.ZipFile(apkg) as z:
        assert "collection.anki2" in z.namelist()
        z.extract("collection.anki2", tmp_path)
    conn = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        rows = conn.execute("SELECT guid, flds, tags FROM notes").fetchall()
        cards = conn.execute("SELECT COUNT(*) FROM cards").fetchone()[0]
    finally:
        conn.close()
    notes = {}
    for guid, flds, tags in rows:
        fields = flds.split(FIELD_SEP)
        notes[fields[0]] = {"guid": guid, "fields": fields, "tags": tags.split()}
    assert cards == len(notes)
    return notes


def export(run_cli, path, *args):
    result = run_cli("bank", "export", "--anki", str(path), *args)
    assert result.exit_code == 0, result.output
    return result


def test_every_question_is_a_note_with_tags_and_a_stable_guid(run_cli, tmp_path):
    questions = load_banks(bank_paths()).questions
    result = export(run_cli, tmp_path / "a.apkg")
    assert f"Wrote {len(questions)} notes" in result.stdout
    first = read_notes(tmp_path / "a.apkg", tmp_path / "x")
    export(run_cli, tmp_path / "b.apkg")
    second = read_notes(tmp_path / "b.apkg", tmp_path / "y")
    assert set(first) == {q.id for q in questions}
    assert {k: v["guid"] for k, v in first.items()} == {k: v["guid"] for k, v in second.items()}
    assert len({v["guid"] for v in first.values()}) == len(first)
    cec = first["lstm-cec"]
    assert f"rnnquiz::topic::lstm" in cec["tags"] and any(t.startswith("rnnquiz::difficulty::") for t in cec["tags"])
    by_id = {q.id: q for q in questions}
    assert to_html(by_id["lstm-cec"].prompt["en"]) in cec["fields"][1]


def test_choice_notes_carry_options_and_the_answer(run_cli, tmp_path, mini_bank):
    export(run_cli, tmp_path / "m.apkg", "--bank", str(mini_bank))
    note = read_notes(tmp_path / "m.apkg", tmp_path / "x")["fixture-choice"]
    _, question, options, answer, explanation, source = note["fields"]
    assert "How many gates" in question and options.count("<li>") == 3
    assert "B. " in answer and "three" in answer and "rnnquiz::kind::choice" in note["tags"]
    numeric = read_notes(tmp_path / "m.apkg", tmp_path / "y")["fixture-numeric"]
    assert numeric["fields"][3].strip()[0].isdigit()


def test_languages_and_their_notes(run_cli, tmp_path, mini_bank):
    export(run_cli, tmp_path / "zh.apkg", "--lang", "zh", "--bank", str(mini_bank))
    export(run_cli, tmp_path / "en.apkg", "--bank", str(mini_bank))
    export(run_cli, tmp_path / "both.apkg", "--lang", "both", "--bank", str(mini_bank))
    zh = read_notes(tmp_path / "zh.apkg", tmp_path / "a")["fixture-choice"]
    en = read_notes(tmp_path / "en.apkg", tmp_path / "b")["fixture-choice"]
    both = read_notes(tmp_path / "both.apkg", tmp_path / "c")["fixture-choice"]
    assert "LSTM 有几个门" in zh["fields"][1] and "How many gates" not in zh["fields"][1]
    assert "LSTM 有几个门" in both["fields"][1] and "How many gates" in both["fields"][1]
    assert zh["guid"] != en["guid"]  # an English and a Chinese deck live side by side


def test_formulas_become_mathjax_and_code_stays_code():
    assert to_html("a^t = Γ_o·tanh(c^t) and h^(t-1)") == r"\(a^{t}\) = \(Γ_{o}\)·tanh(\(c^{t}\)) and \(h^{t-1}\)"
    assert to_html("batch_first=True, weight_ih_l0[2H:3H]") == "batch_first=True, weight_ih_l0[2H:3H]"
    assert to_html("<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y"


def test_a_missing_folder_is_a_usage_error(run_cli, tmp_path):
    result = run_cli("bank", "export", "--anki", str(tmp_path / "nope" / "d.apkg"))
    assert result.exit_code == 2 and "does not exist" in result.output
