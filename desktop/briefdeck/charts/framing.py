"""Which mentioned places the map frames. The news (the lead event's places and the places
attacked, reinforced or left) sets the frame; a place only mentioned (the venue of a meeting in
Ankara, a capital that protested) that lies far from every news place would stretch the frame
and squash the news into a corner, so it goes to the map's note ("not shown (too far to
frame)") instead. "Far" is measured against the news' own spread: a mention within that reach
of a news place is part of the story's ground (Baghdad beside a strike in Anbar)."""

from __future__ import annotations

from typing import Any

from briefdeck.charts.distances import extent_km, km

NEWS_ROLES = ("attack target", "reinforcement", "withdrawal")


def split_far_mentions(places: list[Any], lead_names: set[str], min_reach_km: float
                       ) -> tuple[list[Any], list[Any]]:
    """(framed, far): the places to frame, and the mentioned ones farther from every news
    place than the news places' spread (at least `min_reach_km`), when they are at most a third
    of the places. With no news place, all are framed (the caller's theatre rule decides)."""
    news = [p for p in places if p.role in NEWS_ROLES or p.name.casefold() in lead_names]
    if not news:
        return places, []
    reach = max(extent_km(news), min_reach_km)
    framed, far = [], []
    for p in places:
        lat, lon = float(p.lat), float(p.lon)
        if p.role == "mentioned" and p not in news and \
                min(km(lat, lon, float(n.lat), float(n.lon)) for n in news) > reach:
            far.append(p)
        else:
            framed.append(p)
    if len(far) * 2 > len(framed):  # (as many mentions afar as places near: the report's
        return places, []          # ground is wider than its news, and the theatre rule rules)
    return framed, far
