"""The 3-5 key points under the BLUF: different kinds of fact, each said once.

Posture by place (withdrawal, reinforcement, forces based), systems, the attacks with their
toll (the news before the background, which says so), the force level, the sourcing, then
events and figures the BLUF does not already say, until there are three.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.lede_clause import bare_opening, leans_on_earlier
from briefdeck.extract.lede_points import BULLET, raw_summary
from briefdeck.extract.narrative_casualty_flights import carries_the_hurt
from briefdeck.extract.narrative_defence_elsewhere import defence_sites
from briefdeck.extract.narrative_denied_reports import with_denial
from briefdeck.extract.narrative_force_level import (
    FORCE_UNITS,
    _force_level,
    _told_with_withdrawal,
    _Withdrawals,
)
from briefdeck.extract.narrative_handover_dates import handover_note
from briefdeck.extract.narrative_handovers import handed_together, handover
from briefdeck.extract.narrative_moves import _moved_to, _place_names, _strip, _to_come
from briefdeck.extract.narrative_phrases import (
    TOLL_WORDS,
    Near,
    _timeline,
    listing,
    when,
)
from briefdeck.extract.narrative_recency import _recent
from briefdeck.extract.narrative_redeployments import redeployment
from briefdeck.extract.narrative_tolls import own_forces_hurt, told_beside, told_once
from briefdeck.extract.narrative_unnamed_points import unnamed_point
from briefdeck.extract.narrative_weapon_counts import counts_attack_weapons
from briefdeck.extract.places import PlaceMention
from briefdeck.model import Figure
from briefdeck.model.briefing import Facts
from briefdeck.model.quote_marks import balanced_quotes
from briefdeck.model.units import is_measure

# "Jan. 8 (BNA) -- ", "Amman, May 9 (Petra) - ": a dateline left at the head of a summary.
_SUMMARY_DATELINE = re.compile(r"^(?:[A-Z][\w'’.-]*,?\s+){0,3}?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?"
                               r"\([^)\n]{1,30}\)\s*(?:--|—|–|-)\s*")
# A wire's own name before each item: "NNA - The Lebanese Army Command said ..."
_WIRE_PREFIX = re.compile(r"^(?:NNA|QNA|KUNA|WAM|SPA|INA|SANA|IRNA|BNA|ONA|MENA|APS|ANHA|NINA|"
                          r"Petra|PETRA)\s+(?:--|—|–|-)\s+(?=[A-Z])")


def _summary(text: str) -> str:
    """An event's summary as a key point: no dateline at its head, one closing mark."""
    text = BULLET.sub("", " ".join((text or "").split()))  # a list's "- "
    if "(" in text[:60]:
        text = _SUMMARY_DATELINE.sub("", text, count=1)
    text = _WIRE_PREFIX.sub("", text, count=1)
    text = bare_opening(text).rstrip(" .,;:")  # no reply, label, list word or stamp first
    if not text:
        return ""
    return text[:1].upper() + text[1:] + ("" if text.endswith(("…", "?", "!")) else ".")


# "On Tuesday a patrol boat ...": the weekday the point's date already gives
_OPENING_DAY = re.compile(r"On (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? "
                          r"(?=[A-Za-z])")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _without_its_day(summary: str, day: str) -> str:
    """'8 Dec 2026: On Tuesday a ship ...' says the date twice: the weekday goes when it is the
    point's own date's (another weekday is kept: it tells of a different day)."""
    opening = _OPENING_DAY.match(summary)
    if not opening or len(day or "") != 10:
        return summary
    try:
        weekday = _WEEKDAYS[date.fromisoformat(day).weekday()]
    except ValueError:
        return summary
    if opening.group(1) != weekday:
        return summary
    rest = summary[opening.end():]
    return rest[:1].upper() + rest[1:]


def _in_capitals(summary: str) -> bool:
    """A log's or a telex's row typed in capitals ("FINAL LOAD OF X EQUIPMENT"): no sentence
    for a slide; the act is told as the timeline tells it ("withdrawal from X")."""
    return summary.isupper() and summary.count(" ") >= 2


_GIST_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")
_REPEAT_SHARE = 0.6  # of a summary's content words the BLUF already holds: it says it again


def _gist(text: str) -> set[str]:
    return {w.casefold()[:6] for w in _GIST_WORD.findall(text or "")}


def _repeats(summary: str, told: set[str]) -> bool:
    words = _gist(summary)
    return bool(words) and len(words & told) >= _REPEAT_SHARE * len(words)


def _key_points(text: str, facts: Facts, mentions: list[PlaceMention],
                bluf: str = "", near: Near | None = None,
                announced: set[str] | frozenset[str] = frozenset()) -> list[str]:
    places, figures, events = facts.places, facts.figures, facts.events
    leaving = _place_names(places, mentions, "withdrawal")
    arriving = _place_names(places, mentions, "reinforcement")
    defences = [s for s in facts.systems if s.category == "air defence"
                and s.posture in ("arriving", "deployed", "requested")]
    # (not an aircraft that brought the wounded: narrative_casualty_flights.py)
    others = [s for s in facts.systems if s.category != "air defence"
              and s.posture in ("arriving", "deployed", "requested")
              and not carries_the_hurt(text, s)]
    attacks = [e for e in events if e.kind in ("attack", "strike") and e.date]
    troop_moves = [f for f in figures if f.unit in FORCE_UNITS]
    points: list[str] = []
    if leaving:
        withdrawals = _Withdrawals(mentions)  # indexed once, not scanned per count
        moving = next((f for f in troop_moves if f.qualifier != "exact" and f.value < 5000
                       and _told_with_withdrawal(text, f, withdrawals)), None)
        extra = f" ({moving.label})" if moving else ""
        going = _to_come(text, places, mentions, "withdrawal")
        now = [n for n in leaving if _strip(n) not in going]
        later = [n for n in leaving if n not in now]
        handed = {n: h for n in now if (h := handover(text, n))}  # not "troops leave X"
        points.extend(f"Handover: {h[:1].upper()}{h[1:]}." for h in handed_together(handed))
        now = [n for n in now if n not in handed]
        moved = {n: r for n in now if (r := redeployment(text, n))}  # a unit moved on
        points.extend(f"Redeployment: {r}." for r in moved.values())
        now = [n for n in now if n not in moved]
        if now:
            dated = handover_note(text, now[0]) if len(now) == 1 else ""  # "(handover set ...)"
            points.append(f"Withdrawal: troops leave {listing(now)}{extra}{dated}.")
        if later:  # "will move from X", "plans to pull out of X": announced, not yet done
            points.append(f"Withdrawal: troops are to leave {listing(later)} (announced)"
                          f"{'' if now else extra}.")
    on_site = [s for s in defences if s.posture in ("arriving", "deployed")]
    moved_to = _moved_to(places, mentions)
    based = [n for n in arriving if n not in moved_to]
    # (the base a unit moved to is told by that move: narrative_redeployments.py)
    reinforced = [n for n in moved_to if not any(f" to {n}" in p for p in points)]
    if reinforced and not on_site:
        coming = _to_come(text, places, mentions)
        now = [n for n in reinforced if _strip(n) not in coming]
        later = [n for n in reinforced if n not in now]
        if now:
            points.append(f"Reinforcement: forces move to {listing(now)}.")
        if later:
            points.append(f"Reinforcement: forces are to be sent to {listing(later)} (announced).")
    if based and not on_site:  # "troops based at X": where forces are, not a move
        points.append(f"Posture: forces based at {listing(based)}.")
    if on_site:
        # (an announced rotation is no arrival: see narrative_system_status.py)
        status = listing([f"{s.name} ({'announced' if s.name in announced else s.posture})"
                          for s in on_site])
        sites = defence_sites(text, defences, [s.name for s in on_site], arriving, places) \
            if arriving else []
        where = f" for {listing(sites)}" if sites else ""
        points.append(f"Air defence: {status}{where}.")
    elif others or defences:
        groups = [f"{listing([s.name for s in others if s.posture == posture])} ({posture})"
                  for posture in ("deployed", "arriving", "requested")
                  if any(s.posture == posture for s in others)]
        groups += [f"{listing([s.name for s in defences if s.posture == posture])} air "
                   f"defences ({posture})" for posture in ("requested",)
                   if any(s.posture == posture for s in defences)]
        points.append(f"Systems: {'; '.join(groups)}.")
    current = _recent(attacks, events) or attacks  # the news first, not the background
    # (one incident once, not again with its revised toll: narrative_tolls.py)
    tolled, rivals, same_day = told_once([e for e in current if e.killed or e.wounded])
    # (an attack that hurt U.S. or coalition personnel before one that hurt none of theirs)
    chosen = {id(e) for e in sorted(tolled, key=lambda e: not own_forces_hurt(e))[:2]}
    shown = [e for e in tolled if id(e) in chosen] or current[:2]
    for event in shown:
        line = _timeline(event, places, near)
        # (its revised or rival tolls said beside it: "3 killed" alone would be stale)
        line = line[:-1] + told_beside(rivals.get(event.id, []), same_day.get(event.id, [])) \
            + "."
        points.append(line)
    level = _force_level(text, facts.figures)
    if level:
        points.append(level)
    anonymous = [a for a in facts.attributions if a.kind == "anonymous official"]
    # "mostly" only where it is so: one unnamed official among named ones is no warning
    if anonymous and 2 * len(anonymous) >= len(facts.attributions):
        # (said without counts: a number on the slide must be one of the report's facts, and
        # "mostly 2 anonymous officials" read as if two people were most of the sources)
        n, total = len(anonymous), len(facts.attributions)
        share = "anonymous officials only" if n == total else (
            ("half" if 2 * n == total else "mostly") + " anonymous officials")
        points.append(f"Sourcing: {share}; treat details as unconfirmed.")
    if len(points) > 5 and len(shown) == 2:
        points.remove(next(p for p in points if p.startswith(when(shown[1]) + ":")))
    told = _gist(bluf)
    # (a toll told beside a shown attack's, as its other account or that day's, not again)
    beside = {id(e) for shown_event in shown for e in
              rivals.get(shown_event.id, []) + same_day.get(shown_event.id, [])}
    # (a year before the latest act told is background; a date misread weeks off is not)
    news = {id(e) for e in _recent(events, events, days=365)}
    # (the news fills the points first; background years old only after it, and says so)
    for event in sorted(events, key=lambda e: bool(e.date) and id(e) not in news):
        if len(points) >= 3:
            break
        summary = "" if event in shown or id(event) in beside else _summary(event.summary)
        summary = _without_its_day(summary, event.date)
        if not summary or _repeats(summary, told):
            continue  # the BLUF already says it
        if unnamed_point(event.kind, event.place, summary):
            continue  # "Mom arrived last night": who, where? (narrative_unnamed_points.py)
        if event.provenance:  # "There are reports that ... (denied by X)."
            summary = with_denial(summary, text, event.provenance.start)
        line = f"{when(event) or 'Undated'}: {summary}"
        if _in_capitals(event.summary) or leans_on_earlier(summary) or raw_summary(
                event.summary, text, event.provenance.start if event.provenance else None):
            # a table's row, a cut or clipped sentence, one whose subject is a pronoun ('Its
            # aircraft struck ...'): told as the timeline tells it
            if (event.kind not in ("attack", "strike") and not _in_capitals(event.summary)) \
                    or not event.date or not event.place:
                continue  # (an act no place names tells the reader nothing new)
            line = _timeline(event, places, near)
        if event.date and id(event) not in news:
            line = f"Background, {line}"  # "Background, 23 Jun 2025: attack on ..."
        if line not in points:
            points.append(line)
            told |= _gist(summary)
    for figure in sorted(figures, key=lambda f: -f.value):
        if len(points) >= 3:
            break
        if figure.provenance and TOLL_WORDS.search(
                text, _toll_reach(text, figure.provenance.start), _label_end(text, figure) + 60):
            continue  # "three crew members" wounded, "injured more than 20 others": a toll
        if is_measure(figure.unit):  # "about 100 nautical miles" is no point by itself
            continue
        if _COORDINATE.search(figure.label or figure.text or ""):
            continue  # "43.1207 E": a position's coordinate, no figure of the news
        if figure.value < 10 and figure.unit in _FEW_PEOPLE:
            continue  # "two shipyard workers": who was in the scene, not a figure of the news
        if _bare_amount(figure) or figure.text and re.search(
                rf"(?<![\w.,]){re.escape(figure.text)}(?![\w,])", bluf):
            continue  # "up to $10 million USD" says nothing alone; the BLUF said it already
        if figure.label and any(figure.label.casefold() in p.casefold() for p in points):
            continue  # "Force level: about 110 Soldiers." said it already
        if figure.provenance and any(
                figure.value in (e.killed, e.wounded) and e.provenance and
                e.provenance.start <= figure.provenance.start < e.provenance.end for e in shown):
            continue  # "including eight from an Oct. 17 drone attack": a shown attack's toll
        if counts_attack_weapons(text, figure, events):
            continue  # "Four one-way attack drones" launched: the attack's means, told there
        if figure.provenance and _CLAIMED_BEFORE.search(
                text, max(0, figure.provenance.start - 40), figure.provenance.start):
            continue  # a group "claimed two operations": its word, no figure to state flatly
        points.append(f"Figure: {balanced_quotes(figure.label)}.")
    # (one line each: a hard-wrapped label keeps no line break: "about 300 U.S.\npersonnel")
    return [" ".join(p.split()) for p in points[:5]]


# "claimed\n\"two operations ...": the count is a claim's (the quote mark may open it)
_CLAIMED_BEFORE = re.compile(r"\bclaim(?:ed|s|ing)?\b[^.;]{0,25}$")
# "11.6214 N", "43.1207° E", "N 11.62": a latitude or longitude (a position, never a count)
_COORDINATE = re.compile(r"\d{1,3}[.,]\d{2,}\s*°?\s*[NSEW]\b|\b[NSEW]\s*\d{1,3}[.,]\d{2,}|"
                         r"\d{1,3}°\s*\d{1,2}['’′]")


# People counted a few at a time are the scene's ("handed pens to two workers"); forces and
# tolls are counted elsewhere.
_FEW_PEOPLE = frozenset("people persons men women workers guests visitors reporters journalists "
                        "children staff staffers aides officials members".split())


def _toll_reach(text: str, start: int) -> int:
    """Where the words before a count that may say it is of the hurt begin: 30 characters
    back, or from before the list's head ("four people were injured: two security force
    members and two Iraqi civilians")."""
    head = text.rfind(": ", max(0, start - 80), start)
    if head >= 0 and "." not in text[head:start]:
        return max(0, head - 30)
    return max(0, start - 30)


def _label_end(text: str, figure: Figure) -> int:
    """Where the figure's words end: past its whole label when the report has it as written
    ("Four of our Bravo Battery Soldiers" before "were wounded"), else past its number."""
    end = figure.provenance.end if figure.provenance else 0
    start = figure.provenance.start if figure.provenance else 0
    label = figure.label or ""
    if label and text.startswith(label, start):
        return start + len(label)
    words = label.split()
    if len(words) > 1 and text.startswith(words[0], start):  # hard-wrapped: "two U.S.\nservice"
        wrapped = re.match(r"\s+".join(map(re.escape, words)), text[start:start + 2 * len(label)])
        if wrapped:
            return start + wrapped.end()
    return end


def _bare_amount(figure: Figure) -> bool:
    """A label that is only the amount and its unit ("up to $10 million USD")."""
    rest = (figure.label or "").replace(figure.text or "", " ", 1)
    return not rest.replace(figure.unit or "", " ", 1).strip(" ,.;:")
