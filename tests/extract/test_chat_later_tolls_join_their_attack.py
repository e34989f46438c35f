"""A chat export's toll told in later messages (a death from wounds, a statement's injured)
counts the one attack the messages before told: one event with the whole toll."""

from __future__ import annotations

from .drafting import drafted_events

_HEAD = (
    "Signal Desktop - chat export\n"
    "Group: Harbour Watch (5 members)\n"
    "Messages: 3/14/27 21:00 - 3/16/27 10:00\n"
    "==================================================\n\n"
)


def _chat(*lines: str) -> str:
    return _HEAD + "\n".join(lines) + "\n"


_ATTACK = (
    "[3/14/27, 21:40] Ana Pereira: Drones hit the Valmora port fuel depot, two shot down "
    "over the quay, the third hit a tank",
    "[3/14/27, 22:05] Ana Pereira: A guard at the depot was hit by shrapnel and taken to hospital",
    "[3/15/27, 01:10] Tom Ruiz: Lockdown lifted, roads open again",
)
_DEATH = (
    "[3/15/27, 09:20] Ana Pereira: The health office says the guard died of his wounds this morning"
)
_INJURED = (
    '[3/15/27, 18:30] Tom Ruiz: Navy statement just out: "Four sailors sustained minor '
    'injuries and returned to duty."'
)


def _tolled(text: str) -> list[tuple[str, int | None, int | None]]:
    return [
        (e.date, e.killed, e.wounded)
        for e in drafted_events(text, "2027-03-16")
        if e.killed or e.wounded
    ]


def test_later_messages_tolls_join_the_attack_the_chat_told():
    assert _tolled(_chat(*_ATTACK, _DEATH, _INJURED)) == [("2027-03-14", 1, 4)]


def test_a_toll_after_an_attack_told_as_harmless_still_joins_the_one_that_was_not():
    quiet = (
        "[3/15/27, 06:00] Tom Ruiz: Also a drone fell near the Sorell pumping station, no injuries"
    )
    assert [(d, k or 0, w) for d, k, w in _tolled(_chat(*_ATTACK, quiet, _INJURED))] == [
        ("2027-03-14", 0, 4)
    ]


def test_a_later_toll_telling_another_attack_stays_its_own():
    other = "[3/15/27, 17:00] Tom Ruiz: Another drone strike on the port, 3 wounded"
    events = _tolled(_chat(*_ATTACK, other))
    assert ("2027-03-14", None, 3) not in events and ("2027-03-14", 0, 3) not in events


def test_two_attacks_on_different_days_before_the_toll_leave_it_unjoined():
    earlier = (
        "[3/13/27, 20:00] Tom Ruiz: Rocket attack on the Sorell pumping station last "
        "night, it was hit"
    )
    text = _chat(earlier, *_ATTACK, _INJURED)
    assert not any(d == "2027-03-14" and w == 4 for d, _, w in _tolled(text))
