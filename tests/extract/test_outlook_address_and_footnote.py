"""An outlook sentence keeps neither an anchor's name it is addressed to nor a footnote number."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _outlook(text: str) -> str:
    return draft_briefing(Article(text=text, headline="Evening report"),
                          published="2026-11-20").narrative.outlook


def test_the_anchors_name_a_correspondent_turns_to_is_dropped():
    text = ("JANE HOLT, ANCHOR: Good evening. We start at the Pentagon tonight.\n\n"
            "TOM REYES, CORRESPONDENT: Rockets hit a base near Erbil on Monday, officials said.\n\n"
            "REYES: Jane, an official tells me the Pentagon will decide on strikes against the "
            "militia later this week.\n")
    out = _outlook(text)
    assert out.startswith("An official tells me") and "Jane" not in out


def test_a_name_no_turn_label_gives_is_kept():
    text = ("Rockets hit a base near Erbil on Monday, wounding two soldiers, officials said. "
            "The base was hit twice last month.\n\n"
            "Erbil, the regional capital, is expected to receive more air defence systems next "
            "month.\n")
    assert "Erbil" in _outlook(text)


def test_a_footnote_number_after_the_full_stop_is_dropped():
    text = ("Rockets hit a base near Erbil on Monday, wounding two soldiers, officials said. "
            "The base was hit twice last month.\n\n"
            "The Pentagon is expected to deploy more air defence systems to the region next "
            "year.6\n")
    assert _outlook(text).endswith("to the region next year.")
