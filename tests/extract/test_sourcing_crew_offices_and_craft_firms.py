"""Sourcing: a ship's crew and a log's terse cells are no bodies; an office after a name
makes an official; a craft's firm speaks through its role."""

from tests.extract.drafting import Drafts

D = Drafts("2026-10-27", heading="Incident notes")


def _sourcings(text: str) -> list[tuple[str, str]]:
    return [(t, k) for k, _, t in D.sources(text)]


def test_crew_ranks_and_log_cells_are_no_bodies() -> None:
    text = (
        "25 Oct\t0140\tSpeed ten knots. Lookout reported two lights to the north.\n\n"
        "25 Oct\t0150\tAttack reported to the coast guard by telephone.\n\n"
        "The Second Officer first reported one sailor missing. Debris assessed as "
        "parts of a rocket. Operators also reported jamming near the coast.\n"
    )
    assert _sourcings(text) == []


def test_office_after_a_name_makes_an_official() -> None:
    text = (
        '"We grieve with the families," said Maria Lenz, Chair and Chief Executive '
        'Officer. "We will rebuild."\n'
    )
    assert ("said Maria Lenz, Chair and Chief Executive Officer", "named official") in _sourcings(
        text
    )


def test_ship_role_and_craft_operator_speak_for_their_firm() -> None:
    text = (
        "Two sailors were hurt, according to the vessel's owner, Brandt Shipping of "
        "Hamburg; the navy gave no toll. The aircraft's operator said the freighter "
        "was written off.\n"
    )
    found = _sourcings(text)
    assert ("according to the vessel's owner, Brandt Shipping of Hamburg", "spokesperson") in found
    assert any(
        t.startswith("The aircraft's operator said") and k == "spokesperson" for t, k in found
    )
