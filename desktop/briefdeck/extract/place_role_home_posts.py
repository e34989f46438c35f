"""A unit's home post is not where it was sent, nor a place it withdraws from; a person's
home town is not where they were hurt.

"Two batteries from 3rd Battalion, 43rd Air Defense Artillery Regiment, Fort Bliss, Texas, in
place since October": Fort Bliss names the unit, as its home station, the way a designation
does; the batteries are in place where the report is about, not in Texas. A post right after a
unit's designation (", Fort Bliss", "of Fort Hood") gets no move and places no deployment.
Nor is a home station the unit sets out from a withdrawal: "the new battery will come from
Fort Sill, Oklahoma" sends forces to the theatre, thousands of kilometres off, and the map and
the BLUF would otherwise tell "troops leave Fort Sill".
"""

from __future__ import annotations

import re
from typing import Any

# "... 43rd Air Defense Artillery Regiment, " / "... 1st Armored Division of " just before
HOME_POST_BEFORE = re.compile(
    r"\b(?:Battalion|Regiment|Brigade|Division|Wing|Squadron|Group|Battery|Company|Corps|"
    r"Detachment)(?:\s*\([\w\s-]{1,20}\))?(?:,|\s+of)\s+$")
_LOOK = 40  # characters: the designation ends just before the post


# A person's home named in the aside that says who they are: "Ana Ruiz, a cook from Leyte in
# the Visayas, was hurt": the cook was hurt at the base, not in the Visayas. (Words of the aside
# in lower case, the last no verb's form: "a drone launched from X" says where fire came from.)
HOMETOWN_BEFORE = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z][\w'’-]*\s+){0,5}?(?![a-z'’-]*(?:ed|ing)\s)[a-z][\w'’-]*\s+from\s+"
    r"(?:(?:[A-Z][\w'’.-]*\s+){1,3}in\s+)?(?:the\s+)?$")
_HOME_LOOK = 100


def home_post(text: str, start: int) -> bool:
    """Does the place at start follow a unit's designation, as the unit's home post, or a
    person's description, as where they come from?"""
    return HOME_POST_BEFORE.search(text, max(0, start - _LOOK), start) is not None or \
        HOMETOWN_BEFORE.search(text, max(0, start - _HOME_LOOK), start) is not None


# A home station is far from where the report's forces are attacked or sent: a battery that
# "will come from Fort Sill, Oklahoma" to Jordan deploys to the theatre, it withdraws from no
# part of it. A theatre base a unit leaves (Prince Sultan for Muwaffaq Salti, Ali Al Salem for
# Erbil) lies within it and stays left. (The map frames a theatre the same way: Iraq, Syria, the
# Gulf and the Red Sea fit in this distance; Oklahoma does not.)
THEATRE_KM = 2500.0
# The place is named as where the move starts: "come from X", "moved from the X", "left X"
_ORIGIN_BEFORE = re.compile(r"\b(?:from|left|leav(?:e|es|ing)|depart(?:s|ed|ing)?)\s+"
                            r"(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?$", re.I)
_POINT_KINDS = ("installation", "city")


def home_stations_kept(places: list[Any], text: str) -> list[Any]:
    """Places drafted as left, at a move's start, farther than THEATRE_KM from every place the
    report has attacked or reinforced (with at least one reinforced): home stations, "mentioned"."""
    from briefdeck.geo.towns import km

    theatre = [p for p in places if p.role in ("attack target", "reinforcement")
               and p.lat is not None and p.lon is not None]
    if not any(p.role == "reinforcement" for p in theatre):
        return places
    out = []
    for p in places:
        if p.role == "withdrawal" and p.kind in _POINT_KINDS and p.lat is not None and \
                p.lon is not None and p.provenance is not None and \
                _ORIGIN_BEFORE.search(text, max(0, p.provenance.start - 40),
                                      p.provenance.start) and \
                all(km(p.lat, p.lon, t.lat, t.lon) > THEATRE_KM for t in theatre):
            p = p.model_copy(update={"role": "mentioned"})
        out.append(p)
    return out
