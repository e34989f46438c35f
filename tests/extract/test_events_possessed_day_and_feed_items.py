"""A day written as the owner of the action word dates it alone; a caption feed's next item
tells nothing more of the last item's happening."""

from __future__ import annotations

from .drafting import drafted_events


def _events(text: str, published: str):
    return drafted_events(text, published)


def test_a_possessive_day_alone_dates_the_strikes_it_owns():
    text = (
        "KARVO, Testland - Relatives bury three farmers killed in Tuesday's strikes during "
        "a funeral in Karvo, Testland, Wednesday, March 4, 2026."
    )
    events = _events(text, "2026-03-04")
    assert all(e.date != "2026-03-04" for e in events if e.kind in ("attack", "strike"))


def test_a_feed_items_headline_adds_no_place_to_the_last_items_attack():
    text = (
        "[1] SLUG: SEA-INTERCEPT/\n"
        "Ref: ABC20260302-0001 | Transmitted: 02 Mar 2026 10:00 GMT\n"
        "Headline: Frigate fires interceptor at sea\n"
        "Caption: In this handout photo the frigate Larkspur fires a missile on Monday, "
        "March 2, 2026. The navy said the frigate shot down two drones fired from rebel-held "
        "areas of Yemen.\n\n"
        "[2] SLUG: PORT-STRIKES/\n"
        "Ref: ABC20260303-0002 | Transmitted: 03 Mar 2026 10:00 GMT\n"
        "Headline: Strikes hit Yemen's Hodeidah port\n"
        "Caption: Men search rubble in Hodeidah.\n"
    )
    events = _events(text, "2026-03-03")
    assert not any(e.date == "2026-03-02" and "Hodeidah" in (e.place or "") for e in events)
