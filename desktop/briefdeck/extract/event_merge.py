"""From dated drafts to events: keep the concrete ones, merge one happening told twice
(a headline and its story, a table row, a weekly summary) into one event with the fuller toll,
and keep apart what happened on the same day in different places.

The drafts come from events.py (its Draft); this module only decides what they become.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from briefdeck.extract.event_claims_folded import fold_claims
from briefdeck.extract.event_deaths_of_wounds import deaths_to_their_attack
from briefdeck.extract.event_draft import VIOLENT
from briefdeck.extract.event_merge_places import named_after, only_near, same_place
from briefdeck.extract.event_overnight import overnight_as_last_night
from briefdeck.extract.event_placeless import placeless_move_kept
from briefdeck.extract.event_pointed_back import pointed_back_folded
from briefdeck.extract.event_restated import fold_restated
from briefdeck.extract.event_retold import drop_retold
from briefdeck.extract.event_story_tolls import tolls_to_story
from briefdeck.extract.toll_qualifiers import total_qualifier
from briefdeck.extract.toll_updates import fuller_toll, merge_tolls
from briefdeck.model import Casualties, Event, Provenance

if TYPE_CHECKING:
    from briefdeck.extract.casualty_rows import Casualty
    from briefdeck.extract.event_draft import Draft

_MOVES = frozenset({"handover", "withdrawal"})


def finish(dated: list[tuple[Draft, str, str]], pub: date) -> list[Event]:
    """Keep concrete events; merge same-day ones; drop vaguer repeats of precise ones."""
    # an undated happening stays in the places and the narrative; a dated move with no place
    # is kept unless it reads as a plan (event_placeless.py)
    _totals_to_story(dated)
    tolls_to_story(dated)  # a report's injuries section: the opening attack's toll
    dated = overnight_as_last_night(dated)
    dated = deaths_to_their_attack(dated)  # "died of his wounds on Sunday": Saturday's toll
    dated = pointed_back_folded(dated)  # "identified the rocket that hit the station"
    keep = [(d, iso, precision) for d, iso, precision in dated if iso and
            placeless_move_kept(d.kind, d.places, d.summary)]
    merged: dict[str, list[Draft]] = {}  # day -> the drafts kept for it
    result: list[tuple[Draft, str, str]] = []
    for item in keep:
        d, iso, precision = item
        # the nearest same-day happening before it: a toll without a place belongs there
        same = next((first for first in reversed(merged.get(iso, []))
                     if _one_happening(first, d)), None) if precision == "day" else None
        if same is not None and _bare(same) and not _bare(d):
            # a remark on the day's strikes told first (a live blog's latest entry on top):
            # the happening itself takes its place
            _absorb(d, same)
            kept = merged[iso]
            kept[next(n for n, x in enumerate(kept) if x is same)] = d
            result[next(n for n, x in enumerate(result) if x[0] is same)] = item
            continue
        if same is not None:  # one happening told twice (headline and story): one toll
            _absorb(same, d)
            continue
        if precision == "day":
            merged.setdefault(iso, []).append(d)
        result.append(item)
    result = fold_claims(drop_retold(fold_restated(_drop_day_totals(result))))
    days = [(d, iso) for d, iso, p in result if p == "day"]
    events = []
    months: dict[str, list[Draft]] = {}  # month -> the month-dated drafts kept for it
    for d, iso, precision in result:
        # "last week" beside a dated attack: a vaguer repeat, unless said to be another one
        # (a "second battery" moved is another than the first, not than the one told after)
        # ("a drone was shot down last week" is no repeat of an attack three weeks before
        # the story: _within_period; a move "told me last week" may be the one told to the day)
        repeat = precision == "month" and any(
            day_iso.startswith(iso) and (
                d.kind not in VIOLENT or _within_period(d, iso, day_iso, pub)) and
            same_place(day, d) and (
                (_alike(day, d) and not d.other) or _move_said(day, d))
            # (a day's happening told with no place cannot vouch for a placed one, but for a
            # handover or withdrawal "last week" and "on Wednesday, November 25": one move)
            and (bool(day.places) or not d.places or (
                day.kind == d.kind and d.kind in _MOVES and _within_period(d, iso, day_iso, pub)))
            for day, day_iso in days)
        if precision == "month" and (told := _weekend_day(d, days, pub)) is not None:
            # "a drone struck a base in Jordan over the weekend", then "the attack on Muwaffaq
            # Salti late Sunday": one happening, its day the one the story gives
            told.casualties = fuller_toll(told.casualties, d.casualties)
            continue
        if not d.casualties and (repeat or precision == "year"):
            continue  # "attacks, common in 2020": a background year is not an event
        if precision == "year" and any(c.count for c in d.casualties):
            continue  # "8,000 people were killed in the country in 2025": a year's tally
        if precision == "month" and d.casualties and d.sites and not d.other:
            # ("another clash last week near X killed nine": said to be another one)
            # a summary ("strikes near Qusayr killed seven this week") of a day told in full
            told = next((day for day, day_iso in days if _within_period(d, iso, day_iso, pub)
                         and day.kind in ("attack", "strike") and day.sites & d.sites), None)
            if told is not None:
                told.casualties = fuller_toll(told.casualties, d.casualties)
                continue
        if precision == "month" and d.casualties and not d.sites and d.kind in VIOLENT and \
                (told := _the_day_told(d, iso, days, pub)) is not None:
            # "a drone hit an outpost in Jordan a week ago, killing one", then "the drone
            # arrived at 1:30 on November 18": the one attack of the week, told to the day
            told.casualties = d.casualties
            told.places = d.places if not told.sites else told.places
            continue
        if precision == "month":
            # "a barrage of missiles" and "rockets fired at the base wounded a soldier", both
            # "in January": one happening, when one of them adds neither toll nor place
            told = next((m for m in months.get(iso, [])
                         if m.kind == d.kind and _one_telling(m, d)), None)
            if told is not None:
                _absorb(told, d)
                continue
            months.setdefault(iso, []).append(d)
        events.append((d, iso, precision))
    return [_event(n, d, iso, precision) for n, (d, iso, precision) in enumerate(events, 1)]


def _counts(d: Draft) -> tuple[int, int]:
    return tuple(sum(c.count or 0 for c in d.casualties if c.kind == kind)  # type: ignore
                 for kind in ("killed", "wounded"))


def _drop_day_totals(result: list[tuple[Draft, str, str]]) -> list[tuple[Draft, str, str]]:
    """"Strikes across the south killed five and wounded nine", then each village's strike
    with its own toll: a day's total that its parts add up to exactly is no happening of its
    own beside them (the timeline would count the dead twice). The total is told first and
    names no town, or only towns its parts name."""
    tolled: dict[str, list[int]] = {}  # day -> where its placed, bloody happenings are
    for n, (d, iso, precision) in enumerate(result):
        if precision == "day" and d.kind in VIOLENT and d.casualties:
            tolled.setdefault(iso, []).append(n)
    out = []
    for n, (d, iso, precision) in enumerate(result):
        later = [m for m in tolled.get(iso, ()) if m > n] if precision == "day" and \
            d.kind in VIOLENT else []
        total = _counts(d) if len(later) >= 2 else (0, 0)
        if any(total):
            parts = [result[m][0] for m in later if result[m][0].sites]
            sums = tuple(map(sum, zip(*map(_counts, parts), strict=True)))
            if len(parts) >= 2 and sums == total and \
                    d.sites <= set().union(*(p.sites for p in parts)):
                continue
        out.append((d, iso, precision))
    return out


def _totals_to_story(dated: list[tuple[Draft, str, str]]) -> None:
    """"The ministry later raised the toll to four dead and 11 injured", taken by an undated,
    placeless part of the story told just before it ("the remaining three hit a warehouse"):
    a new total is the story's, that of the last dated happening told before it."""
    last: Draft | None = None
    told = 0  # the day-dated happenings told so far
    last_iso = ""
    for d, iso, precision in dated:
        if iso and precision == "day" and d.kind in VIOLENT and \
                not (iso == last_iso and not d.places and d.other):
            # ("a second drone was intercepted" that day: part of the one attack told)
            last, last_iso = d, iso
            told += 1
        elif not iso and last is not None and d.kind in VIOLENT and d.casualties and \
                not d.places and not d.other and all(c.is_total for c in d.casualties):
            last.casualties = merge_tolls(last.casualties, d.casualties)
            d.casualties = []
        elif not iso and last is not None and d.kind in VIOLENT and d.casualties and \
                _no_site_of_its_own(last, d) and not d.other and \
                d.paragraph - last.last_paragraph <= 3 and told == 1 and \
                (not last.casualties or _other_parties(last, d)):
            # "Two Italian soldiers were hurt when drones targeted the airport ... Two were shot
            # down and the third crashed inside the perimeter. A Kurdish guard was wounded":
            # the one attack told so far, told on, its toll another party's
            last.casualties = merge_tolls(last.casualties, d.casualties)
            d.casualties = []


def _no_site_of_its_own(last: Draft, d: Draft) -> bool:
    """Does d name no place, or only the region or country last lies in ("according to the
    Security Council of the Kurdistan Region, one was killed at a checkpoint near the site")?"""
    return not d.places or not d.sites and bool(last.countries & d.countries)


def _other_parties(first: Draft, d: Draft) -> bool:
    """Are d's hurt all of parties first has not counted (so no one is counted twice)?"""
    told = {c.party for c in first.casualties}
    return bool(told) and all(c.count and c.party != "unspecified" and c.party not in told
                              and not c.is_total for c in d.casualties)


def _one_happening(first: Draft, d: Draft) -> bool:
    """May d, drafted after first and dated the same day, be more of first?"""
    if d.date is not None and d.date.precision == "offset" and first.date is not d.date and \
            not ((d.date.offset_days or d.date.offset_months) and not first.places):
        # "hours later", "the next day": another happening than the one counted from ("two
        # days after the strikes", then a placeless bullet of that day: that one telling)
        return False
    if _one_of_several(first, d) or (first.said and first.kind != d.kind) or \
            first.apart or d.apart:
        return False
    if d.other and first.casualties and d.casualties and all(c.added for c in d.casualties):
        return False  # "a further 16 were wounded in the centre": more, told apart, not a recount
    if first.casualties and d.casualties and bool(first.sites) != bool(d.sites) and \
            _tolls_differ(first, d):
        return False  # a country's toll in the lede and one town's own: two counts
    if 0 <= first.section != d.section >= 0:
        return False  # two sections of a brief: two incidents, whatever places they share
    violent = {first.kind, d.kind} <= VIOLENT
    # "a destroyer shot down a missile fired toward the Gulf of Aden": one happening; so are
    # "40 rockets were fired at the town, and most were intercepted"
    stopped = violent and d.sentence in first.told_in and (
        first.intercept or d.intercept or not d.places)
    # "UNIFIL said it was concerned by the strikes", in any entry of a live blog: nothing of
    # its own to keep it apart
    bare = violent and (_bare(first) or _bare(d))
    if not (first.places and d.places) and not stopped and not bare and (
            first.entry != d.entry or _tolls_differ(first, d)):
        # two entries of a live blog, or two tolls that cannot be one count ("killing five"
        # in one town, "killing at least three" in another): one happening only if they name
        # its place
        return False
    if first.entry != d.entry and first.entry >= 0 and d.entry >= 0 and not stopped and \
            only_near(first, d):
        # two stamped entries of a live blog at two nearby towns: two happenings (a drone on
        # one at 16:40, an anti-tank missile on the other at 17:30)
        return False
    placed = stopped or same_place(first, d, in_country=_alike(first, d)) or (
            # "drones were also downed over Poltava": part of that night's attack on the country
            d.intercept and first.kind in VIOLENT and bool(first.countries & d.countries)
            and d.paragraph <= first.last_paragraph)
    return placed and (
        stopped or first.kind == d.kind
        # an incident table's row whose kind we could not read ("IED vs convoy") and the
        # prose telling of that day's attack at that place: one incident
        or (_row_unread(first, d) or _row_unread(d, first))
        or (d.kind == "attack" and not (d.places or d.casualties))
        # attack or strike is our reading of who fired: one place, one day; a toll told with
        # no place ("17 killed in the overnight strikes") is the day's happening already placed
        or (violent and bool(first.places) and bool(d.places))
        or (d.kind == "attack" and first.kind == "strike" and not d.places)
        # ("the strike killed seven" after "jets struck a depot": told back, whichever we read)
        or (violent and not d.places and _TOLD_BACK.search(d.summary) is not None)
        or bare)


_TOLD_BACK = re.compile(r"(?:^|\bthe\s+)(?:air\s?)?strikes?\b", re.I)  # "(The) strike left"


def _bare(d: Draft) -> bool:
    """A violent draft with no place, no toll and not said to be another one: a remark on
    the day's happening, not one of its own ("a second drone was brought down" is one)."""
    return d.kind in VIOLENT and not (d.places or d.casualties or d.other)


def _row_unread(row: Draft, other: Draft) -> bool:
    return bool(row.row) and row.kind == "other" and other.kind in VIOLENT and \
        bool(row.places) and bool(other.places)


def _tolls_differ(first: Draft, d: Draft) -> bool:
    """Do two tellings give counts of the dead or wounded that cannot be one count? A later
    new total may change it; an earlier floor ("at least three") may be raised."""
    if any(c.is_total or c.from_wounded for c in d.casualties):
        return False
    # (only when the earlier telling is placed and the later one not said to be another)
    recount = bool(first.places) and not d.other
    for kind in ("killed", "wounded"):
        a = [c for c in first.casualties if c.kind == kind and c.count]
        b = [c for c in d.casualties if c.kind == kind and c.count]
        total_a, total_b = sum(c.count or 0 for c in a), sum(c.count or 0 for c in b)
        if a and b and total_a != total_b and not (
                any(c.is_floor for c in a) and total_a < total_b) and not (
                # the first count told later ("at least four", hours after the attack), below
                # the newer one told first: a superseded count of the same attack
                recount and any(c.is_floor for c in b) and total_b < total_a) and not (
                # "three Americans hurt", then "three U.S. troops and a Jordanian airman were
                # wounded": the first count one party of the fuller one
                recount and not d.places and any(c.count == total_a for c in b)) and not (
                # "four U.S. service members were wounded", later summed up with another
                # party's as "six wounded": one party's part of the whole count told after
                # it (toll_sums.py), even after "the second [drone] struck ..." (a party's
                # count told after the total may be more people)
                bool(first.places) and not d.places and total_b < total_a and
                all(c.party != "unspecified" for c in b) and
                any(c.is_total and all(x.end <= c.start for x in b) for c in a)):
            return True
    return False


def _abbreviates(short: str, full: str) -> bool:
    """Is short the full name with its kind in initials ("Ain al-Asad AB" for Ain al-Asad Air
    Base, "Rumalyn LZ" for Rumalyn Landing Zone)?"""
    stem, _, initials = short.rpartition(" ")
    if not stem or not (2 <= len(initials) <= 4 and initials.isupper()) or \
            not full.startswith(stem + " "):
        return False
    return "".join(w[0] for w in full[len(stem):].split()).upper() == initials


def _once(places: list[str]) -> list[str]:
    """Each place named once: a site's short and full names are one place, by its full name."""
    out: list[str] = []
    for p in places:
        short = next((n for n, q in enumerate(out) if _abbreviates(q, p)), None)
        if short is not None:
            out[short] = p
        elif p not in out and not any(_abbreviates(p, q) for q in out):
            out.append(p)
    return out


def _absorb(same: Draft, d: Draft) -> None:
    """d told the happening same already holds: keep the fuller toll and the finer places."""
    # a table's row and the prose telling it: the prose's places, not both spellings
    row_told = _row_unread(d, same) or _row_unread(same, d)
    if d.offshore and same.at_sea():
        pass  # (the port a ship's distance is measured from is not where it was hit)
    elif d.sites and not same.sites:  # "strikes in Syria", then "hit Al-Bukamal": the town
        same.places = d.places
    elif d.sites and d.casualties and not same.casualties and not row_told:
        # a lede without a toll, then the telling with it: where the dead or hurt were, first
        same.places = _once(d.places + same.places)[:3]
    if _row_unread(same, d):  # the prose says what the table's row did not
        same.kind = d.kind
    same.casualties = fuller_toll(same.casualties, d.casualties)
    same.places = same.places or d.places
    same.keys |= d.keys
    same.sites |= d.sites
    same.countries |= d.countries
    if not 0 <= same.item != d.item >= 0:  # (another item's weapons are its own)
        same.weapons = list(dict.fromkeys(same.weapons + d.weapons))
    same.last_paragraph = max(same.last_paragraph, d.last_paragraph)
    same.told_in |= d.told_in
    if same.section < 0:  # a summary line and the section telling it: that section's incident
        same.section = d.section


def _alike(a: Draft, b: Draft) -> bool:
    """Kinds one happening may be drafted as: the same, or attack and strike."""
    return a.kind == b.kind or {a.kind, b.kind} <= VIOLENT


def _move_said(day: Draft, said: Draft) -> bool:
    """"The Army has moved a battery to X, officials told me last week" then "it arrived on
    Nov. 19": the move told as news of the week it was said, and told to the day."""
    return said.said and said.kind == "announcement" and \
        day.kind in ("deployment", "withdrawal", "handover") and bool(day.sites & said.sites)


def _one_telling(a: Draft, b: Draft) -> bool:
    """Two month-dated drafts that may be one happening: one adds no toll, and it names no
    place or a place the other names."""
    for bare, full in ((a, b), (b, a)):
        if not bare.casualties and (
                not bare.places or bool(bare.keys & full.keys)):
            return True
    return False


def _weekend_day(d: Draft, days: list[tuple[Draft, str]], pub: date) -> Draft | None:
    """The one violent happening dated on a Saturday or Sunday of the last nine days, when d
    is one of that kind told only as "over the weekend"."""
    if d.date is None or "weekend" not in d.date.text.lower() or d.kind not in VIOLENT or \
            d.other:
        return None
    found = [(day, iso) for day, iso in days if day.kind in VIOLENT and len(iso) == 10 and
             date.fromisoformat(iso).weekday() >= 5 and
             0 <= (pub - date.fromisoformat(iso)).days <= 9 and
             (not d.countries or not day.countries or bool(d.countries & day.countries))]
    if len({iso for _, iso in found}) != 1:
        return None  # (several tellings of that one day are one happening)
    # (a count larger than the day's, "neutralized 14 terrorists over the weekend", is
    # another party's telling of something else, not a part of that toll; of the day's
    # tellings, the first with a toll)
    told = next((x for x, _ in found if x.casualties), found[0][0])
    return told if not told.casualties or all(
        a <= b for a, b in zip(_counts(d), _counts(told), strict=True)) else None


def _the_day_told(d: Draft, iso: str, days: list[tuple[Draft, str]],
                  pub: date) -> Draft | None:
    """The one happening of d's kind dated to the day within d's vague period ("a week ago"),
    with no toll and no other country of its own: d told again with its day."""
    told = [day for day, day_iso in days if day.kind == d.kind and
            _within_period(d, iso, day_iso, pub)]
    if len(told) != 1 or told[0].casualties or (told[0].countries and d.countries and
                                                not told[0].countries & d.countries):
        return None
    return told[0]


def _within_period(d: Draft, iso: str, day_iso: str, pub: date) -> bool:
    """Does the day fall in the month of d, or in its week ('this week', 'last week')?"""
    if d.date is not None and "week" in d.date.text.lower():
        day = date.fromisoformat(day_iso)
        return 0 <= (pub - day).days <= 14
    return day_iso.startswith(iso)


def _one_of_several(first: Draft, d: Draft) -> bool:
    """'attacked the villages of Lyptsi, Zolochiv and Vovchansk', then 'a bomb on Lyptsi
    killed two': the strike on one of them, with its own toll, is an event of its own. So it
    is when the several were given a toll together ("strikes on Aitaroun and Nabatieh killed
    five", then "the strike on Aitaroun killed three"): a part's toll is not the whole's."""
    if len(first.sites) < 2 or not d.sites or not d.sites < first.sites or not d.casualties:
        return False
    if not first.casualties:
        # (the several in d's country: a base in another country named beside the one hit,
        # "the attack at Qasrak ... the air defence over Erbil", is no part of the several;
        # nor is a town named beside the base named after it, "Erbil" and "Erbil Air Base")
        return len(first.sites - named_after(first) - {
            p.key for p in first.mentions if p.key in first.sites and p.country and
            d.countries and p.country not in d.countries}) >= 2
    # (a second source's count for several of them, or a toll of another kind, "one killed"
    # then "two wounded", is more of the whole)
    part, whole = _counts(d), _counts(first)
    # (the several are towns of one country, as it was told: not "the base" and "Washington")
    several = {p.key for p in first.mentions if p.key in first.sites and p.country and
               p.country in d.countries}
    return len(d.sites) == 1 and d.sites < several and part != whole and all(
        p <= w for p, w in zip(part, whole, strict=True))


def _event(n: int, d: Draft, iso: str, precision: str) -> Event:
    told = [c for c in d.casualties if c.count is not None]
    if any(not c.claimed for c in told):
        # "the group said its attack killed 20": a claim beside the toll told otherwise of
        # the same attack is a quote, not its toll (toll_claims.py)
        told = [c for c in told if not c.claimed]
    killed = [c for c in told if c.kind == "killed"]
    wounded = [c for c in told if c.kind == "wounded"]
    parties: dict[str, list[int]] = {}
    for c in killed + wounded:
        row = parties.setdefault(c.party, [0, 0])
        row[0 if c.kind == "killed" else 1] += c.count or 0
    return Event(
        id=f"ev-{n}", date=iso or None, date_precision=precision,  # type: ignore[arg-type]
        date_text=d.date.text if d.date else "", kind=d.kind,  # type: ignore[arg-type]
        summary=d.summary, place=", ".join(d.places), weapons=d.weapons,
        killed=sum(c.count or 0 for c in killed) if killed else None,
        killed_qualifier=total_qualifier(killed),  # type: ignore[arg-type]
        wounded=sum(c.count or 0 for c in wounded) if wounded else None,
        wounded_qualifier=total_qualifier(wounded),  # type: ignore[arg-type]
        casualties=[Casualties(party=p, killed=k, wounded=w) for p, (k, w) in parties.items()],
        toll_claimed_by=_claimant(killed + wounded),
        provenance=Provenance(source="src-1", start=d.start, end=d.end),
    )


def _claimant(toll: list[Casualty]) -> str:
    """Who claims the toll, when every count of it is a party to the fight's word ("the group
    said its attack killed 20", "KH said four of its members were killed"): no slide may state
    it as fact. "" when any count is told otherwise (officials', medics', the report's own)."""
    who = [c.claimant for c in toll]
    return " and ".join(dict.fromkeys(who)) if who and all(who) else ""
