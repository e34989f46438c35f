"""A reporter's or analyst's shorthand: counts by "x" (KIA/WIA/DOW), a revised shorthand toll,
a verbless toll on a chat line or after a label, and day headings dating the notes under them."""

from __future__ import annotations

from briefdeck.extract.casualties import find_casualties

from .drafting import day_tolls, drafted_events


def _tolls(text: str) -> list[tuple[str, int | None, bool]]:
    return [(c.kind, c.count, c.total) for c in find_casualties(text, 0, len(text))]


def test_counts_by_x_are_tolls_either_side_of_the_acronym():
    assert _tolls("- 4x KIA, 6x WIA per spox") == [("killed", 4, False), ("wounded", 6, False)]
    assert _tolls("KIA x1, WIA x3 (prelim)") == [("killed", 1, False), ("wounded", 3, False)]
    assert _tolls("1x DOW at the field hospital") == [("killed", 1, False)]


def test_a_revised_shorthand_line_is_the_whole_toll():
    assert _tolls("==> REVISED: 2x KIA, 3x WIA") == [("killed", 2, True), ("wounded", 3, True)]


def test_all_of_the_wounded_told_again_are_no_new_toll():
    assert _tolls("- all 3 WIA released by evening? -> check") == []


def test_a_verbless_toll_with_a_place_between_or_after_a_label_is_read():
    assert _tolls("Three police officers at a roadblock slightly wounded.") == [
        ("wounded", 3, False)]
    assert _tolls("Border guard command: two guards wounded, no civilian casualties.") == [
        ("wounded", 2, False)]


_NOTES = (
    "Field notes, Kirkuk desk\n\n"
    "=== K1 BASE -- rocket attk ===\n\n"
    "Fri 13 Mar\n"
    "~2200L impacts K1.\n"
    "- 2x rkts hit the motor pool. other 1 -> open ground\n"
    "- 1x KIA, 3x WIA per spox (on bg)\n"
    "- all 3 WIA to Erbil hosp\n\n"
    "Sat 14 Mar\n"
    "~0900L police update by phone, the serious one died overnight.\n"
    "==> REVISED: 2x KIA, 2x WIA\n\n"
    "BACKGROUND\n"
    "- K1 hosts about 200 personnel\n"
)


def test_a_day_heading_dates_the_notes_under_it_and_a_revision_updates_that_attack():
    events = drafted_events(_NOTES, "2026-03-14")
    assert day_tolls(events) == [("2026-03-13", 2, 2)]


def test_a_single_date_alone_on_a_line_heads_nothing():
    text = ("Test report\n\nMarch 13, 2026\n\n"
            "Officials said the base had been quiet for weeks. Rockets were fired at it.\n")
    assert [e.date for e in drafted_events(text, "2026-03-14")] == []


def test_a_labelled_verbless_toll_belongs_to_the_attack_told_before_it():
    text = (
        "Weekly notes\n\nRockets at the Omar oil field\n"
        "Two rockets fired at the site on Friday; one landed inside the fence.\n"
        "SDF media office: three guards wounded, no coalition casualties.\n"
        "Launchers found near Thiban the next morning per SDF.\n"
        "Dec 6 UPDATE: one of the three guards died of his wounds in hospital, per an SDF "
        "spokesman. So the toll is now 1 killed, 2 wounded.\n"
    )
    assert day_tolls(drafted_events(text, "2026-12-09")) == [("2026-12-04", 1, 2)]
