"""Figures: "several million dollars" is a sense of cost, not an amount. Sentences written
for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-10-02", "Cost note")


def test_several_million_dollars_is_no_figure():
    assert DRAFTS.figures("Firing a missile worth several million dollars at a cheap drone "
                          "is not sustainable.") == []


def test_a_stated_price_in_millions_stays_a_figure():
    figures = DRAFTS.figures("Each interceptor costs roughly $2.1 million.")
    assert (2100000.0, "USD") in figures
