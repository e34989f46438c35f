"""Which weapons named in a sentence did the attacking.

A report names weapons that no one fired in the happening it tells: what was kept at the
target ("facilities used to store drones and rockets"), the target itself ("struck rocket
launchers", "destroyed four drones before launch") and an earlier campaign recalled ("the first
rocket attack since the drone campaign began"). Only a weapon that attacked is the event's
weapon; the others are left out before any clause or later telling takes its weapons.
"""

from __future__ import annotations

import re

from briefdeck.extract.system_status import hit_on_ground
from briefdeck.extract.systems import SystemMention

# "used to store drones and rockets", "a depot for missiles", "stockpiles of rockets"
_KEPT_BEFORE = re.compile(
    r"\b(?:stor(?:e|es|ed|ing|age)|stockpil(?:e|es|ed|ing)|warehous(?:e|es|ed|ing)|depots?|"
    r"caches?|cached|hid(?:e|es|ing|den)|produc(?:e|es|ed|ing|tion)|manufactur(?:e|es|ed|ing)|"
    r"assembl(?:e|es|ed|ing|y))\s+(?:(?:of|for)\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)
# "a drone factory", "rocket storage sites", "missile depots": the place where they are kept
_KEPT_AFTER = re.compile(
    r"\s*(?:storage|depots?|stockpiles?|caches?|warehouses?|factory|factories|workshops?|"
    r"production|manufacturing|assembly|stores)\b", re.I)
# "struck Hezbollah rocket launchers", "destroyed four Houthi drones": the target named as the
# object of the striking verb (never "struck with", "hit by", "targeted ... using")
_STRUCK_BEFORE = re.compile(
    # ("launched two strike drones": a kind of drone, so the bare strike needs a word between)
    r"(?:\b(?:struck|striking|hit(?:s|ting)?|target(?:s|ed|ing)|destroy(?:s|ed|ing)|"
    r"bomb(?:s|ed|ing))\s+|\bstrikes?\s+(?=\S+\s))"
    r"(?:(?!with\b|by\b|using\b|from\b|and\b|as\b)[\w'’-]+\s+){0,3}?$", re.I)
_LOOK_BACK = 60
# "said it had shot down a U.S. MQ-9 Reaper drone", "downed the drone with a missile", "MQ-9
# shot down over Marib": the aircraft brought down is the target of a shoot-down told beside the
# strike, not a weapon the strike was carried out with
_DOWNED_BEFORE = re.compile(
    r"\b(?:(?:shot|shoot(?:s|ing)?|brought|bring(?:s|ing)?)\s+down|down(?:ed|ing))\s+"
    r"(?:(?!with\b|by\b|using\b|from\b|and\b|as\b)[\w.'’-]+\s+){0,4}?$", re.I)
_DOWNED_AFTER = re.compile(
    r"\s+(?:(?:was|were|been|being|is|are)\s+)?(?:(?:shot|brought)\s+down|downed)\b", re.I)
# "shot down four missiles and seven drones launched by the Houthis": downed as they attacked,
# the attack's weapons whatever the happening is drafted as
_FIRED_AFTER = re.compile(r"[^.;]{0,50}?\b(?:launched|fired)\b", re.I)


# "since the drone campaign began", "during the rocket war": a campaign recalled by its weapon
_CAMPAIGN = re.compile(
    r"\b(?:since|amid(?:st)?|during|throughout)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:war|wars|conflict|fighting|campaign|hostilities|insurgency|offensive)\b", re.I)


def attacking(text: str, systems: list[SystemMention], sent_start: int) -> list[SystemMention]:
    """The sentence's weapons less those kept at the target, launchers struck as the target,
    and those naming a campaign recalled."""
    kept = []
    for w in systems:
        head = text[max(sent_start, w.start - _LOOK_BACK):w.start]
        if _KEPT_BEFORE.search(head) or _KEPT_AFTER.match(text, w.end):
            continue
        if "launcher" in w.name and _STRUCK_BEFORE.search(head):
            continue  # "struck Hezbollah rocket launchers": the target, whoever struck
        if w.category == "aircraft" and hit_on_ground(text, w.start, sent_start):
            continue  # "hitting the tail of the parked An-12BK": the target
        if any(m.start() < w.start < m.end() for m in _CAMPAIGN.finditer(
                text, max(sent_start, w.start - _LOOK_BACK), w.end + 40)):
            continue
        kept.append(w)
    return kept


def not_struck(text: str, systems: list[SystemMention], sent_start: int) -> list[SystemMention]:
    """A strike's weapons less the ones it hit ("forces destroyed four drones and a radar") and
    those shot down beside it ("the group said it had downed a U.S. drone"); an attack's drones
    shot down stay its weapons (they did the attacking), so this is for strikes only."""
    kept = []
    for w in systems:
        head = max(sent_start, w.start - _LOOK_BACK)
        if _STRUCK_BEFORE.search(text, head, w.start):
            continue
        if (_DOWNED_BEFORE.search(text, head, w.start) or _DOWNED_AFTER.match(text, w.end)) \
                and not _FIRED_AFTER.match(text, w.end):
            continue
        kept.append(w)
    return kept
