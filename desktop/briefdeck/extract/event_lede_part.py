"""An undated happening with a toll at a site, told after a lede that dates a happening only
to a country or region ("carried out drone operations overnight against bases in Syria" ...
"a drone fell near the perimeter of the al-Shaddadi base, wounding one"): the site and toll
of the lede's happening, on the lede's day.
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
