"""A drafted bottom line up front (BLUF) and 3-5 key points from the strongest facts.

Plain analyst style, built from facts rather than copied from the article:
"U.S. forces are consolidating: troops leave al-Qaim, Qayyarah Airfield West and possibly K-1
Air Base; Patriot and C-RAM air defences arrive at Ain al Asad Air Base and Irbil."
"""

from __future__ import annotations

from datetime import date

from briefdeck.extract.places import PlaceMention
from briefdeck.model import Attribution, Event, Figure, Place, System

MONTH_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
FORCE_UNITS = {"troops", "personnel", "service members", "soldiers", "forces", "marines"}


def listing(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def when(event: Event) -> str:
    if not event.date:
        return ""
    parts = event.date.split("-")
    if len(parts) == 3:
        d = date.fromisoformat(event.date)
        return f"{d.day} {MONTH_ABBR[d.month - 1]} {d.year}"
    if len(parts) == 2:
        return f"{MONTH_ABBR[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def _toll(event: Event) -> str:
    def part(word: str, total: int | None, field: str) -> str:
        if not total:
            return ""
        rows = [f"{getattr(c, field)} {c.party}" for c in event.casualties
                if getattr(c, field) and c.party != "unspecified"]
        detail = f" ({', '.join(rows)})" if rows and len(event.casualties) > 1 else ""
        if rows and len(event.casualties) == 1:
            detail = f" {event.casualties[0].party}"
            return f"{total}{detail} {word}"
        return f"{total} {word}{detail}"

    return "; ".join(p for p in (part("killed", event.killed, "killed"),
                                 part("wounded", event.wounded, "wounded")) if p)


def _place_names(places: list[Place], mentions: list[PlaceMention], role: str) -> list[str]:
    possibly = {m.name for m in mentions if m.possibly}
    chosen = [p.name for p in places if p.role == role and p.kind != "country"]
    # "Irbil" beside "Irbil Air Base" says the same place twice
    chosen = [n for n in chosen if not any(o != n and o.startswith(n) for o in chosen)]
    return [f"possibly {n}" if n in possibly else n for n in chosen]


def _actor(text: str) -> str:
    return "U.S." if text.count("U.S.") >= 3 else ""


def draft_narrative(text: str, headline: str, places: list[Place],
                    mentions: list[PlaceMention], figures: list[Figure], events: list[Event],
                    systems: list[System],
                    attributions: list[Attribution]) -> tuple[str, list[str]]:
    leaving = _place_names(places, mentions, "withdrawal")
    arriving_to = _place_names(places, mentions, "reinforcement")
    defences = [s for s in systems if s.category == "air defence"
                and s.posture in ("arriving", "deployed")]
    attacks = [e for e in events if e.kind in ("attack", "strike") and e.date]
    actor = _actor(text)
    clauses = []
    if leaving:
        clauses.append(f"troops leave {listing(leaving)}")
    if defences:
        where = f" at {listing(arriving_to)}" if arriving_to else ""
        clauses.append(f"{listing([s.name for s in defences])} air defences arrive{where}")
    if clauses:
        lead = f"{actor} forces are consolidating" if leaving else f"{actor} forces are reinforcing"
        bluf = f"{lead.strip()}: {'; '.join(clauses)}."
    elif attacks:
        hurt = [e for e in attacks if e.killed or e.wounded]
        killed = sum(e.killed or 0 for e in attacks)
        wounded = sum(e.wounded or 0 for e in attacks)
        where = listing(list(dict.fromkeys(e.place for e in attacks if e.place))[:3])
        noun = "attack or strike" if len(attacks) == 1 else "attacks or strikes"
        bluf = f"{len(attacks)} {noun} reported" + (f" at {where}" if where else "")
        if hurt:
            toll = [f"{n} {w}" for n, w in ((killed, "killed"), (wounded, "wounded")) if n]
            bluf += f", {' and '.join(toll)} in all"
        bluf += "."
    else:
        bluf = headline.strip().rstrip(".") + "." if headline.strip() else ""
    bluf = bluf[:1].upper() + bluf[1:]

    points: list[str] = []
    troop_moves = [f for f in figures if f.unit in FORCE_UNITS]
    if leaving:
        moving = next((f for f in troop_moves if f.qualifier != "exact" and f.value < 5000), None)
        extra = f" ({moving.label})" if moving else ""
        points.append(f"Withdrawal: troops leave {listing(leaving)}{extra}.")
    if defences:
        status = listing([f"{s.name} ({s.posture})" for s in defences])
        where = f" for {listing(arriving_to)}" if arriving_to else ""
        points.append(f"Air defence: {status}{where}.")
    for event in [e for e in attacks if e.killed or e.wounded][:2] or attacks[:2]:
        toll = _toll(event)
        weapons = f" ({listing(event.weapons)})" if event.weapons else ""
        at = f" at {event.place}" if event.place else ""
        points.append(f"{when(event)}: {event.kind}{at}{weapons}" + (f"; {toll}." if toll else "."))
    level = max((f for f in troop_moves if f.qualifier in ("about", "exact")),
                key=lambda f: f.value, default=None)
    if level is not None and len(points) < 5:
        points.append(f"Force level: {level.label}.")
    anonymous = [a for a in attributions if a.kind == "anonymous official"]
    if anonymous and len(points) < 5:
        counted = max((a.count or 0 for a in anonymous), default=0)
        who = f"{counted} anonymous officials" if counted > 1 else "anonymous officials"
        points.append(f"Sourcing: mostly {who}; treat details as unconfirmed.")
    for event in events:
        if len(points) >= 3:
            break
        line = f"{when(event) or 'Undated'}: {event.summary}."
        if line not in points:
            points.append(line)
    for figure in sorted(figures, key=lambda f: -f.value):
        if len(points) >= 3:
            break
        points.append(f"Figure: {figure.label}.")
    return bluf, points[:5]
