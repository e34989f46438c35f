"""A statement's day dates the telling, not a second attack: a toll credited "(BODY, day)" in
a changelog, and drones a command later says were shot down in the attack just told."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def _events(text: str, pub: str):
    art = Article(text=text, path="note.txt", format="txt")
    return draft_briefing(art, published=pub).facts.events


def test_toll_credited_to_a_body_and_day_in_brackets_stays_on_the_attack_day():
    text = (
        "## Changes\n\n- Raised the toll for the 3 Mar rocket attack on Harir Air Base to\n"
        "  2 killed and 5 wounded: five soldiers wounded (JTF-NORTH,\n"
        "  7 Mar) and two contractors killed.\n"
    )
    events = _events(text, "2026-03-09")
    days = {str(e.date) for e in events if "Harir" in (e.place or "")}
    assert days == {"2026-03-03"}


def test_drones_shot_down_told_by_a_later_statement_are_no_attack_that_day():
    text = (
        "Correction: an article on Tuesday about a drone attack on Harir Air Base got the day "
        "wrong. The attack happened late Sunday, March 1, not Monday. The story said one "
        "drone was launched; the command said Thursday that four drones were involved, "
        "and that three were shot down by the base's air defences before the fourth hit a "
        "fuel depot.\n"
    )
    events = _events(text, "2026-03-06")
    days = {str(e.date) for e in events if "Harir" in (e.place or "")}
    assert "2026-03-01" in days
    assert "2026-03-05" not in days


def test_a_dated_partial_handover_told_in_a_clarification_is_drafted():
    text = (
        "Clarification: a story on May 4 said Spanish troops had left Harir Air Base. The "
        "handover to Kurdish forces on May 2 covered the base's southern gate only.\n"
    )
    events = _events(text, "2026-05-06")
    assert any(e.kind == "handover" and str(e.date) == "2026-05-02" for e in events)


def test_a_site_a_corrected_story_said_was_hit_is_no_target():
    text = (
        "An article about rockets fired on Nov. 3 near Baghdad International Airport said "
        "the Victory Base complex had been hit. The rockets fell in a field well away from "
        "it, police said.\n"
    )
    art = Article(text=text, path="note.txt", format="txt")
    facts = draft_briefing(art, published="2026-11-06").facts
    assert all("Victory" not in (e.place or "") for e in facts.events)
    assert all(p.role != "attack target" for p in facts.places if "Victory" in p.name)
