"""An undated happening with a toll at a site, told after a lede that dates a happening only
to a country or region ("carried out drone operations overnight against bases in Syria" ...
"a drone fell near the perimeter of the al-Shaddadi base, wounding one"): the site and toll
of the lede's happening, on the lede's day. Likewise a one-day round-up that goes on, undated,
to other towns of the lede's country (round_up_day).
"""

from __future__ import annotations

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft
from briefdeck.extract.event_followups import VIOLENT
from briefdeck.extract.places import PlaceMention


def lede_day(drafts: list[Draft], where: list[PlaceMention]) -> DateMention | None:
    """The day of the first violent happening told, when it was placed only broadly (a
    country, a region) and that covers the sites named here; else None."""
    sites = [p for p in where if p.precision not in BROAD_PRECISIONS]
    if not sites:
        return None
    lede = next((d for d in drafts if d.kind in VIOLENT), None)
    if lede is None or lede.date is None or lede.date.precision != "day" or lede.sites or \
            not lede.countries:
        return None
    if all(p.country in lede.countries for p in sites):
        return lede.date
    return None


def round_up_day(drafts: list[Draft], where: list[PlaceMention],
                 named_last: DateMention | None) -> DateMention | None:
    """A story of one day's attacks that goes on, undated, to other towns of the same country
    ("In X district, a drone hit a facility and a man was injured"): the lede's day, while
    nothing told so far is dated to another day and no other day was named since."""
    sites = [p for p in where if p.precision not in BROAD_PRECISIONS]
    # (the headline's telling is undated: the lede is the first dated one)
    lede = next((d for d in drafts if d.kind in VIOLENT and d.date is not None), None)
    if not sites or lede is None or lede.date.precision != "day" or not lede.sites or \
            not lede.countries:
        return None
    day = lede.date.iso
    if (named_last is not None and named_last.iso != day) or any(
            d.date is not None and d.date.iso != day for d in drafts):
        return None
    if all(p.country in lede.countries and p.key not in lede.sites for p in sites):
        return lede.date
    return None
