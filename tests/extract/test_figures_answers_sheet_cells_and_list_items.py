"""Figures told as answers, in a spreadsheet's cells, after their noun, and numbers that are
no figures: a numbered list run into one line, a web page's error code.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2026-10-05", "Test report")


def _figures(text: str) -> set[tuple[float, str, str]]:
    return {(f.value, f.unit, f.qualifier) for f in DRAFTS.facts(text).figures}


def test_a_bare_answer_counts_what_the_question_asked_not_the_speakers_name() -> None:
    text = ("Q31 Chair: How many Dutch engineers are still at Karvel?\n\n"
            "Marit Dekkers: About 120, Chair, down from roughly 300 in the spring.")
    got = _figures(text)
    assert (120.0, "engineers", "about") in got
    assert (300.0, "engineers", "about") in got
    assert not any(unit.lower() == "dekkers" for _, unit, _ in got)


def test_a_spreadsheet_cell_counts_what_its_column_header_names() -> None:
    text = "\n\n".join([
        "Incident log, September",
        "|  | A | B | C | D | E | F |",
        "|---|---|---|---|---|---|---|",
        "| 1 | Date | Location | Weapons | Killed | Wounded | Notes |",
        "| 2 | 2026-09-03 | Karvel outpost | 4x rockets | 1 | 2 | guards hurt |",
        "| 3 | TOTAL |  | 7 incidents | 5 | 9 | see Notes |",
    ])
    got = _figures(text)
    assert (2.0, "wounded", "exact") in got
    assert (5.0, "killed", "exact") in got
    assert (9.0, "wounded", "exact") in got
    assert not any(unit in ("rockets", "incidents") and value in (1.0, 2.0, 5.0, 9.0)
                   for value, unit, _ in got)


def test_a_count_after_its_noun_and_a_change_from_a_bare_number_share_the_noun() -> None:
    got = _figures("The strike was at dawn, drones, at least four per the village council, "
                   "and the garrison would go from about 900 to under 400 troops by June.")
    assert (4.0, "drones", "at least") in got
    assert (900.0, "troops", "about") in got


def test_a_numbered_recommendation_run_into_a_line_is_no_count() -> None:
    text = ("To the ministry: 2. Publish the inquiry findings. To the militia authorities: "
            "3. Stop firing from farmland near homes. 4. Release the detained drivers.")
    assert not any(value in (2.0, 3.0, 4.0) for value, _, _ in _figures(text))


def test_a_web_error_code_is_no_count() -> None:
    got = _figures("The form link is dead, the old one 404s and the mirror gives a 503 error.")
    assert not any(value in (404.0, 503.0) for value, _, _ in got)
