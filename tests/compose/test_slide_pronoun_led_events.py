"""An event whose sentence opens on a pronoun ('Its aircraft struck the launchers') leans on
the sentence before it: on the page and in the key points it is told as what happened where,
never with a subject the reader cannot resolve."""

from __future__ import annotations

from briefdeck.compose.page import page_outline
from briefdeck.extract import draft_briefing
from briefdeck.extract.lede_clause import leans_on_earlier
from briefdeck.ingest.article import Article

TEXT = ("Border town shelled\n\n"
        "Gunmen fired about 20 rockets at Nahariya in Israel on Saturday evening, the army "
        "said. Two people were lightly hurt.\n\n"
        "Its jets then struck a depot near Naqoura in Lebanon on Sunday, the army said.\n")


def _briefing():
    return draft_briefing(Article(text=TEXT, headline="Border town shelled"),
                          published="2026-05-11")


def test_a_pronoun_opening_is_found():
    assert leans_on_earlier("Its aircraft struck the launchers near Kesra.")
    assert leans_on_earlier("They fired two rockets.")
    assert not leans_on_earlier("Italian jets struck the launchers.")
    assert not leans_on_earlier("The army said its aircraft struck the launchers.")
    assert not leans_on_earlier("It was the third attack on the base this month.")


def test_no_key_point_opens_on_a_pronoun():
    points = _briefing().narrative.key_points
    assert not any(p.split(": ", 1)[-1].startswith(("Its ", "Their ", "They ")) for p in points)


def test_no_page_event_line_opens_on_a_pronoun():
    page = page_outline(_briefing(), include_drafts=True)
    events = [f.text for f in page.facts if f.kind == "events"]
    assert events
    assert not any(line.startswith(("Its ", "Their ", "They ")) for line in events)
