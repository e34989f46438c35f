"""Boilerplate rules for a news aggregator's story page (a "Full coverage" page and the like).

The aggregator files other outlets' cards under its own section labels ("Top coverage",
"From the region", "Frequently asked questions"), dates each card relatively ("Yesterday")
and links onward ("View full coverage of this story"). The cards' outlet names are taken in
aggregator_cards.py, which knows a card by its shape.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    _rule("section heading", r"^(?:top coverage|full coverage|all coverage|more coverage|local "
          r"coverage|from the region|frequently asked questions|faqs?|perspectives)$", 3,
          hints=("coverage", "region", "asked", "faq", "perspectives")),
    _rule("link", r"^(?:view|see|read) (?:the )?(?:full|all|more) coverage\b.{0,40}$", 10,
          hints=("coverage",)),
    # A card's relative date alone on its line ("3 hours ago" is taken by the stamp rules).
    _rule("time stamp", r"^(?:yesterday|just now)$", 2, hints=("yesterday", "just now")),
)
# fmt: on
