"""A later sentence that points back at the attack told before ("identified the shell that hit
the depot", "he was hit in the leg") is that attack told again: its day is the later work's
(the experts', the patient's), never a second attack's, and the toll gathered with it is the
attack's."""

from __future__ import annotations

from .drafting import drafted_events

_NOTICE = (
    "Late on Monday night a rocket fired from across the border struck the Dunmore "
    "grain silo. The blast wrecked the conveyor house.\n\n"
    "Army engineers, who searched the silo yard on Tuesday morning, identified the rocket "
    "that hit the silo as a short-range artillery rocket. The county ambulance service "
    "first said one worker was lightly hurt. On Tuesday evening it raised the count to two "
    "workers lightly wounded.\n\n"
    "The second is our night foreman. He was hit in the shoulder by flying glass, was "
    "treated at the county hospital and went home last night.\n"
)


def _violent(text: str, published: str) -> list[tuple[str, int | None, int | None]]:
    return [(e.date, e.killed, e.wounded) for e in drafted_events(text, published)
            if e.kind in ("attack", "strike")]


def test_the_toll_stays_with_the_night_of_the_strike() -> None:
    # (Wednesday 7 April 2027: Monday night is the 5th)
    events = _violent(_NOTICE, "2027-04-07")
    assert [(day, wounded) for day, _, wounded in events] == [("2027-04-05", 2)]
