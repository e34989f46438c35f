"""A decision's BLUF is its order, not a tally of the attacks its findings recount. Reports
written for these tests."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.extract.lede_orders import ordered_lede
from briefdeck.ingest.article import Article

DECISION = (
    "Board of Compensation Appeals\n\n"
    "DECISION AND ORDER GRANTING THE CLAIM\n\n"
    "I. FINDINGS\n\n"
    "4. On 3 May 2030 two rockets struck the Lowford depot and wounded five workers, "
    "including the claimant, a forklift driver.\n\n"
    "5. On 9 June 2030 a drone struck the depot's gate; no one was hurt.\n\n"
    "6. In 2027 the claimant had worked at the Ashby yard when it was shelled.\n\n"
    "II. ORDER\n\n"
    "1. The Insurer shall pay the claimant a weekly benefit of $900.00 from 1 July 2030, "
    "under Section 12 of the Act. 2. The Insurer shall pay the claimant's medical costs.\n\n"
    "SO ORDERED.\n")


def test_a_decisions_first_ordered_item_is_its_news() -> None:
    assert ordered_lede(DECISION) == ("The decision orders the Insurer to pay the claimant a "
                                      "weekly benefit of $900.00 from 1 July 2030.")


def test_a_decisions_bluf_leads_with_the_order_not_a_tally() -> None:
    bluf = draft_briefing(Article(text=DECISION, headline="DECISION AND ORDER GRANTING THE "
                                  "CLAIM"), published="2030-09-01").narrative.bluf
    assert bluf.startswith("The decision orders the Insurer to pay the claimant")
    assert "attacks or strikes reported" not in bluf


def test_an_item_that_orders_no_one_is_no_ruling() -> None:
    text = "ORDER\n\n1. The hearing was held by video over two days in March.\n"
    assert ordered_lede(text) == ""


def test_an_order_not_to_act_reads_as_such() -> None:
    text = "ORDER\n\n1. The Contractor shall not assign staff to the Lowford depot.\n"
    assert ordered_lede(text) == ("The decision orders the Contractor not to assign staff to "
                                  "the Lowford depot.")
