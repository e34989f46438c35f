"""A question asks for the news and does not tell it: neither a parliamentary "To ask ..." nor
a sentence ending in a question mark leads the BLUF; the answer after it does."""

from __future__ import annotations

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

WRITTEN_ANSWER = (
    "Gulf: Air Defence\n\n"
    "To ask the Secretary of State for Defence, how many air defence crews are based in Qatar; "
    "and for how long they will stay there.\n\n"
    "Answered on 3 May 2026\n\n"
    "Two RAF air defence crews have been based at Al Udeid Air Base in Qatar since March, and "
    "they will stay until at least the autumn, the minister said.\n"
)

OPEN_QUESTION = (
    "Why are the bases emptying\n\n"
    "Why did the coalition leave the western desert so quickly this spring?\n\n"
    "The last coalition advisers left Al-Asad Air Base in Anbar on Sunday, handing the base to "
    "the Iraqi army, two officials said.\n"
)


def test_a_parliamentary_question_does_not_lead_the_bluf():
    bluf = draft_briefing(Article(text=WRITTEN_ANSWER), published="2026-05-04").narrative.bluf
    assert not bluf.startswith("To ask")
    assert bluf.startswith("Two RAF air defence crews")


def test_a_question_does_not_lead_the_bluf():
    bluf = draft_briefing(Article(text=OPEN_QUESTION), published="2026-04-20").narrative.bluf
    assert "?" not in bluf
    assert "Al-Asad" in bluf
