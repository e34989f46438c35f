"""A PDF column read out double-spaced (a blank line after every wrapped line) still runs its
sentences across lines; a table's short cells and a note's numbered line stay apart.
Sentences written for these tests."""

from __future__ import annotations

from briefdeck.extract.sentences import build_document

_COLUMN = "\n\n".join([
    "Three weeks after the last convoy left the northern",
    "base, the militia's spokesman told reporters that the",
    "group would hold its fire until the end of the month.",
    "A regional diplomat said the ceasefire was fragile and",
    "that the talks in the capital had stalled over the",
    "question of who would guard the abandoned airstrip.",
    "Local officials said the airstrip had been looted twice",
    "since the handover and that its radar was missing.",
])


def test_a_double_spaced_column_runs_sentences_across_its_lines():
    doc = build_document(_COLUMN)
    texts = [s.text for s in doc.sentences]
    assert len(texts) == 3
    assert texts[1].startswith("A regional diplomat said") and texts[1].endswith("airstrip.")


def test_a_note_line_after_a_full_stop_starts_its_own_paragraph():
    notes = "\n\n".join([
        "The column reports what officials told our researchers in the",
        "field over the winter and what the ministry published in its",
        "annual report to parliament later in the spring of that year.",
        "4 Ministry of Defence annual report, tables of allocations, 2026.",
        "5 Interview with a provincial council member, Mosul, March 2027.",
    ] * 2)
    doc = build_document(notes)
    assert any(s.text.startswith("5 Interview with") for s in doc.sentences)


def test_double_spaced_table_cells_are_not_joined_into_a_paragraph():
    cells = "\n\n".join(["Base", "Country", "Troops", "Erbil", "Iraq", "2,500", "Tanf",
                         "Syria", "200"] + ["A long paragraph of reporting that ends with a "
                                            "full stop and is far longer than any cell." * 3])
    doc = build_document(cells)
    assert [s.text for s in doc.sentences][:3] == ["Base", "Country", "Troops"]
