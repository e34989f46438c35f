"""A transfer that "had been received" is a payment or a delivery, not a site handed over.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from .drafting import drafted_events

PUBLISHED = "2026-03-12"


def test_received_transfer_is_no_handover() -> None:
    text = ("Council readout\n\n"
            "The council discussed the payment of teachers' wages for February, and the finance "
            "minister said that the transfer from the capital had been received.\n")
    assert [e.kind for e in drafted_events(text, PUBLISHED) if e.kind == "handover"] == []


def test_base_transferred_is_still_a_handover() -> None:
    text = ("Army news\n\n"
            "On Tuesday the coalition transferred Camp Harrow to the Iraqi army.\n")
    assert "handover" in [e.kind for e in drafted_events(text, PUBLISHED)]
