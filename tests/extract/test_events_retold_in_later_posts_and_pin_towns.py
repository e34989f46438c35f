"""A digest reply retelling the attack an earlier post told (from a statement issued since,
with no new place or toll) is that attack, not a second one the next day; a map pin titled
with the town and noted with the base named after it tells one attack, its toll in the note."""

from briefdeck.extract import draft_briefing
from briefdeck.extract.casualties import find_casualties
from briefdeck.extract.event_draft import Draft
from briefdeck.extract.event_merge import _one_of_several
from briefdeck.ingest.article import Article


def _events(text: str, published: str, fmt: str = "txt"):
    return [
        (e.date, e.kind, e.place, e.killed, e.wounded)
        for e in draft_briefing(
            Article(text=text, path="t." + fmt, format=fmt), published=published
        ).facts.events
    ]


def _digest(reply: str) -> str:
    return (
        "Today's Topics:\n\n   1. Thumrait update (Ana Pires)\n"
        "   2. Re: Thumrait update (Joel Marsh)\n\n"
        "----------------------------------------------------------------------\n\n"
        "Message: 1\nDate: Thu, 5 Mar 2026 08:02:11 +0300\nFrom: Ana Pires <ana@example.org>\n"
        "Subject: Thumrait update\n\nAll,\n\n"
        "Oman's army said late Wednesday that drones had targeted Thumrait Air Base. Local "
        "press reports four wounded.\n\nAna\n\n------------------------------\n\n"
        "Message: 2\nDate: Fri, 6 Mar 2026 10:40:02 +0000\nFrom: Joel Marsh <joel@example.org>\n"
        "Subject: Re: Thumrait update\n\n" + reply + "\n\nJoel\n"
    )


def test_a_reply_retelling_the_drones_adds_no_second_attack():
    events = _events(
        _digest(
            "The command released a statement overnight. Three one-way attack "
            "drones were launched from southern Yemen; two were shot down and "
            "the third fell in open ground."
        ),
        "2026-03-06",
    )
    attacks = [e for e in events if e[1] in ("attack", "strike")]
    assert len(attacks) == 1 and attacks[0][0] == "2026-03-04"


def test_a_reply_naming_another_place_stays_apart():
    events = _events(
        _digest("Separately, drones hit Duqm port overnight, wounding two dock workers."),
        "2026-03-06",
    )
    assert any(e[2] and "Duqm" in e[2] for e in events)


def _hit(sites: set[str], toll: str = "") -> Draft:
    d = Draft(kind="attack", start=0, end=1, places=sorted(sites))
    d.sites, d.keys = set(sites), set(sites)
    d.casualties = find_casualties(toll, 0, len(toll)) if toll else []
    return d


def test_a_town_and_the_base_named_after_it_are_not_several_places():
    # a pin titled with the town, its note naming the base: the note's toll is the pin's
    assert not _one_of_several(
        _hit({"Erbil", "Erbil Air Base"}), _hit({"Erbil"}, "one guard was wounded")
    )
    # towns told together, one of them then hit with a toll of its own: an event of its own
    assert _one_of_several(_hit({"Lyptsi", "Zolochiv"}), _hit({"Lyptsi"}, "one guard was wounded"))
