"""A toll told of a happening with no day or place, just after the dated lead: that lead's.

"Drones hit an air base in Jordan. The attack came late Monday at X. Jordan says three drones
crossed ...; air defences shot down two of them. CENTCOM said three Americans were hurt.": the
downing and its toll tell the lead attack on, in its own words; they are no happening of their
own, and left undated they would be dropped with the lead's toll.
"""

from __future__ import annotations

from briefdeck.extract.event_draft import VIOLENT, Draft

_NEAR = 8  # sentences (a script's cues among them): the lead's telling going on


def _headline(text: str, d: Draft) -> bool:
    """Is d told in a short line with no closing stop, a new item's headline ("Drone downed,
    debris injures two civilians")?"""
    start = text.rfind("\n", 0, d.start) + 1
    end = text.find("\n", d.start)
    line = text[start:end if end >= 0 else len(text)].strip()
    return len(line) < 90 and not line.endswith((".", "\"", "”", ":", "'", "’"))


def fold_undated_tolls(text: str, drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for d in drafts:
        # (the parts told between with no day, place or toll: "two were shot down"; a new
        # item's headline between ends the lead's telling)
        lead = None
        for x in reversed(out):
            if x.date is not None or x.sites or x.casualties:
                lead = x
                break
            if _headline(text, x):
                break
        if lead is not None and not _headline(text, d) and d.date is None and d.casualties \
                and d.keys <= lead.keys and \
                not d.other and not d.apart and d.kind in VIOLENT and lead.kind in VIOLENT \
                and lead.date is not None and lead.date.precision == "day" and lead.sites \
                and not lead.casualties and not lead.other and \
                0 < d.sentence - lead.sentence <= _NEAR and d.entry == lead.entry:
            lead.casualties = d.casualties
            lead.weapons += [w for w in d.weapons if w not in lead.weapons]
            lead.told_in |= d.told_in
            lead.sentence = max(lead.sentence, d.sentence)
            continue
        out.append(d)
    return out
