"""An attack told in the lede as the cause of what a page announces ("closed after a drone
attack on the base late Friday") is the news, not background; "the base" attacked on the day
an attack on a base was told is that base, not one the story named since in passing; "bringing
the total to four" is the new count of the hurt; a later statement's count with one more hurt
"also" replaces the first count rather than adding to it."""

from __future__ import annotations

from .drafting import drafted_events


def _attacks(text: str, published: str) -> list[tuple[str | None, str, int | None]]:
    return [
        (e.date, e.place, e.wounded) for e in drafted_events(text, published) if e.kind == "attack"
    ]


def test_an_attack_told_as_the_cause_in_the_lede_is_drafted():
    text = (
        "Service update for the radar software\n\n"
        "This patch fixes a display fault seen at Ali Al Salem Air Base after the rocket "
        "attack on the base late on Friday, March 5. Install it this week.\n\n"
        "The fault showed one rocket as two tracks for half a minute.\n"
    )
    assert _attacks(text, "2027-03-08") == [("2027-03-05", "Ali Al Salem Air Base", None)]


def test_an_attack_recalled_without_its_place_stays_background():
    text = (
        "Satellite brief\n\n"
        "New launchers stand at Erbil Air Base. Pictures taken after the rocket attack late "
        "Friday show a crater.\n\n"
        "Four rockets were fired at Camp Buehring late on Friday, the army said.\n"
    )
    assert all(place != "Erbil Air Base" for _, place, _ in _attacks(text, "2027-03-08"))


def test_the_base_attacked_that_day_is_the_base_the_lede_told():
    text = (
        "Concert called off\n\n"
        "Tonight's concert at Erbil Air Base was called off after a drone attack on the "
        "base late Monday, the organisers said.\n\n"
        "The band spent the night at Camp Buehring, where it had played on Monday evening.\n\n"
        "The command said on Tuesday that two drones targeted the base shortly before "
        "midnight on Monday. One was shot down; the other hit a parking lot, lightly "
        "wounding two soldiers.\n"
    )
    attacks = _attacks(text, "2027-03-03")
    assert attacks == [("2027-03-01", "Erbil Air Base", 2)]


def test_bringing_the_total_to_a_number_is_the_new_count_of_the_hurt():
    text = (
        "Drone attack on the base\n\n"
        "Two drones hit Erbil Air Base late Monday, lightly wounding two soldiers, the "
        "command said on Tuesday.\n\n"
        "On Wednesday the command said a third soldier and a contractor had also been "
        "treated for minor injuries, bringing the total to four.\n"
    )
    assert _attacks(text, "2027-03-04") == [("2027-03-01", "Erbil Air Base", 4)]


def test_a_later_count_with_one_more_hurt_also_replaces_the_first_count():
    text = (
        "Rocket attack on Kuwait base\n\n"
        "Rockets hit Camp Arifjan in Kuwait late Monday, wounding three soldiers, officials "
        "said.\n\n"
        "On Wednesday, the regional command said five soldiers had been wounded and that a "
        "local guard was also injured.\n"
    )
    assert _attacks(text, "2027-03-05") == [("2027-03-01", "Camp Arifjan", 6)]
