"""What the BLUF and the key points call an act of violence, and where they say it was.

- One site, one name: an event's place field often holds a site under two names ("Erbil
  International Airport, Erbil airport"; "Ain al-Asad, Ain al-Asad Air Base"). A line says it
  once, by its fuller name (the rule the charts and the notes use: charts/event_names.py).
- An attack is not a strike: "strike" is a state's air, drone or missile strike on a target;
  drones, rockets or mortars fired at a base, an airport or a camp where forces are (or at
  anything that hurt U.S. or coalition personnel) are a militia's attack on them, whatever
  verb the report used ("two drones struck the base").
"""

from __future__ import annotations

import re

from briefdeck.extract.narrative_tolls import own_forces_hurt
from briefdeck.model import Event

# What militias fire at bases; a state's strike is told with its aircraft or a named drone.
_MILITIA_ARMS = re.compile(r"drone|\bua[sv]s?\b|rocket|mortar|shahed|samad|katyusha", re.I)
_STATE_ARMS = re.compile(r"\bmq-|reaper|predator|hellfire|bayraktar|\btb2\b|akinci|aircraft|"
                         r"jet|warplane|\bf-\d|helicopter|gunship|bomber|cruise|tomahawk", re.I)
# Where forces are hosted: what a militia attacks (a town or a position is where a state strikes).
_HOSTING = re.compile(r"\b(?:base|airbase|air base|airfield|airport|garrison|camp|embassy|"
                      r"consulate)\b", re.I)


def sites(event: Event) -> list[str]:
    """The event's places, a site named twice said once."""
    names = [n for n in event.place.split(", ") if n]
    if len(names) < 2:
        return names
    from briefdeck.charts.event_names import sites_once  # (charts import extract: not at top)

    return sites_once(names)


def act_noun(event: Event) -> str:
    """'attack' for a 'strike' that was a militia's attack on a base or on own forces; else
    the event's kind."""
    if event.kind != "strike":
        return event.kind
    if own_forces_hurt(event):
        return "attack"
    arms = event.weapons
    if arms and all(_MILITIA_ARMS.search(w) and not _STATE_ARMS.search(w) for w in arms) \
            and any(_HOSTING.search(n) for n in event.place.split(", ")):
        return "attack"
    return event.kind
