"""A town heading a sitrep's lettered item is a place; a weapon class opening a sentence
("Drone struck ...") is still that weapon; a place told as moved to reads as a move however
often a further move there is announced."""

from __future__ import annotations

from tests.extract.drafting import Drafts

from briefdeck.extract import draft_briefing
from briefdeck.extract.places import find_place_mentions
from briefdeck.extract.sentences import build_document
from briefdeck.ingest.article import Article

DRAFTS = Drafts("2026-11-20", "Monthly entries")

SITREP = (
    "DAILY SITREP\n\n"
    "a. 141200C NOV 26 – Ain al-Asad Air Base. Two drones approached the base; one was shot "
    "down.\n\n"
    "b. 142230C NOV 26 – al-Baghdadi. Two rockets fell short in open desert. No casualties.\n"
)


def _mentioned(text: str) -> list[tuple[str, int]]:
    return [(m.key, m.start) for m in find_place_mentions(build_document(text))]


def test_a_town_opening_an_item_heading_is_a_place():
    at = SITREP.index("al-Baghdadi")
    assert ("Al Baghdadi", at) in _mentioned(SITREP)


def test_a_family_name_in_running_prose_is_still_no_town():
    text = "Report\n\nAbu Bakr al-Baghdadi was the group's leader until 2019.\n"
    assert not any(key == "Al Baghdadi" for key, _ in _mentioned(text))


def test_a_weapon_class_opening_a_sentence_is_that_weapon():
    facts = DRAFTS.facts("Drone struck a guard post at Harir base on 15 Nov, wounding two.")
    assert [s.name for s in facts.systems] == ["drones"]
    assert facts.events and facts.events[0].weapons == ["drones"]
    assert "rockets" in DRAFTS.systems("Rockets hit Victory base near Baghdad airport on 16 Nov.")


def test_a_capitalised_weapon_word_inside_a_name_is_no_weapon():
    assert "drones" not in DRAFTS.systems("Drone Wars UK published a report on 3 Nov.")


def test_a_place_moved_to_reads_as_a_move_whichever_telling_comes_last():
    # a move done stays done when more is announced after it, and an announced move later
    # told as done is done: "(announced)" only where every telling is still to come
    for text in ("Two Patriot batteries moved to Erbil on 2 Nov. A third battery will move to "
                 "Erbil next week, the Pentagon said.",
                 "On 1 Nov the Pentagon said a Patriot battery will move to Erbil. By 8 Nov the "
                 "battery had moved to Erbil, officials said."):
        article = Article(text=f"Posture update\n\n{text}\n", headline="Posture update")
        narrative = draft_briefing(article, published="2026-11-20").narrative
        told = " ".join([narrative.bluf, *narrative.key_points])
        assert "move to Erbil" in told and "(announced)" not in told
