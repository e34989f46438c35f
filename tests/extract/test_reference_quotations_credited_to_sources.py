"""A knowledge-base page's reference fields: the "quotation" under a reference is the words of
the source its "stated in" names, once however often the reference is repeated."""

from tests.extract.drafting import Drafts

_D = Drafts("2026-12-20", heading="Harbour raid (Q123)")

_PAGE = """Statements

instance of

drone strike

1 reference

stated in

Halvorn Wire Service

title

Two hurt in harbour raid

quotation

Port guards shot down three drones and a fourth hit a warehouse.

retrieved

20 December 2026

point in time

19 December 2026

1 reference

stated in

Halvorn Wire Service

title

Two hurt in harbour raid

quotation

Port guards shot down three drones and a fourth hit a warehouse.
"""


def test_a_reference_quotation_is_the_cited_sources_once():
    quotes = _D.facts(_PAGE).quotes
    assert [(q.speaker, q.text[:16]) for q in quotes] == [
        ("Halvorn Wire Service", "Port guards shot")]
