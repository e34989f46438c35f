"""A report about one attack counts its hurt in a section of their own: that attack's toll.

A master's statement of facts, an incident report or an investigator's account opens with
the attack it is about ("the following facts concerning the attack on the vessel on the
night of 24 November") and tells its hurt paragraphs later, under a heading of their own
("4. Injuries: The Chief Officer first reported two crew injured. The head count found
three ... AB X died of his injuries"), with no day, place, weapon or action word of their own.
When the last happening dated before them is of the opening attack's day, those counts are
that attack's toll (the fuller count standing), not tolls of nothing, dropped for want of a
day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefdeck.extract.event_draft import VIOLENT
from briefdeck.extract.event_triggers import TRIGGER_RE
from briefdeck.extract.toll_updates import fuller_toll

if TYPE_CHECKING:
    from briefdeck.extract.casualties import Casualty
    from briefdeck.extract.event_draft import Draft

_OPENING = 5  # the story's first sentences: where a report names what it is about


def tolls_to_story(dated: list[tuple[Draft, str, str]]) -> None:
    """Move each undated, placeless toll onto the opening attack, as described above."""
    lede = next(
        (
            (d, iso)
            for d, iso, p in dated
            if p == "day" and d.kind in VIOLENT and not d.other and not d.apart
        ),
        None,
    )
    if lede is None or min(lede[0].told_in) > _OPENING:
        return
    story, day = lede
    known = [story]  # the story's day's drafts that carry a toll (merged into it later)
    told: list[Casualty] = []  # the section's count, its later tellings standing
    moved: list[Draft] = []
    last_day = ""
    for d, iso, p in dated:
        if d.kind not in VIOLENT or d is story:
            continue
        if p == "day":
            last_day = iso if not d.other else last_day
            if d.casualties and iso == day and not moved:
                known.append(d)
            elif d.casualties and moved:
                break  # another day's toll told since: the section is over
            continue
        if iso or not d.casualties:
            if d.start > story.start and (d.casualties or not iso):
                # another happening's toll told since (a month's, a year's), or another
                # happening told with no day: the story has moved on from its attack
                break
            continue
        if (
            d.start < story.start
            or d.sites
            or d.other
            or d.apart
            or d.said
            or d.weapons
            or last_day != day
            or (d.countries and not d.countries <= story.countries)
            or TRIGGER_RE.search(d.summary)
            or any(c.claimed for c in d.casualties)
        ):
            # (a clause with an action word of its own tells its own happening: "at least
            # four soldiers were killed in the retaliatory fire")
            if d.start > story.start:
                break  # a toll of something else: the ones after it are not the story's
            continue
        told = fuller_toll(told, d.casualties)
        moved.append(d)
    # (the count told with the attack, "three injured", then the section's account, "three
    # injured ... one has since died": the account as it now stands; a smaller count is a
    # first report the attack's own toll already outgrew)
    if not moved or _hurt(told) < max(_hurt(k.casualties) for k in known):
        return
    for k in known:
        k.casualties = []
    story.casualties = told
    for d in moved:
        story.told_in |= d.told_in
        d.casualties = []


def _hurt(toll: list[Casualty]) -> int:
    return sum(c.count or 0 for c in toll)
