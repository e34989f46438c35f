"""A drafted bottom line up front (BLUF), 3-5 key points and an outlook.

The BLUF leads with what the report says is happening (its lede's main clause, see lede.py),
then adds the strongest drafted facts the lede leaves out, in plain analyst style:
"The Pentagon is spreading U.S. fighter jets across at least four air bases in the Persian Gulf
(Al Udeid, Prince Sultan, Al Dhafra and Ali Al Salem) ..." or, for a consolidation, "... C-RAM
and Patriot air defences arrive at Ain al Asad Air Base and Irbil Air Base."
Key points cover different kinds of fact: posture by place, systems, attacks with their toll,
force levels, sourcing. Nothing is stated that no drafted fact or the lede supports; numbers
are the facts' own.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from briefdeck.extract.force_counts import counts_a_force
from briefdeck.extract.lede import bare_opening, outlook, spine
from briefdeck.extract.lede_filters import tells_news
from briefdeck.extract.lede_neutral import neutral
from briefdeck.extract.lede_points import BULLET, raw_summary
from briefdeck.extract.narrative_tolls import (
    first_told,
    own_forces_hurt,
    summable,
    told_as_to_come,
)
from briefdeck.extract.place_role_current_moves import background_moves
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document
from briefdeck.model import Event, Figure, Place
from briefdeck.model.briefing import Facts, Narrative
from briefdeck.model.date_words import MONTHS
from briefdeck.model.quote_marks import balanced_quotes
from briefdeck.model.tolls import claim_words, qualified, with_claimant
from briefdeck.model.units import is_measure

FORCE_UNITS = {"troops", "personnel", "service members", "soldiers", "forces", "marines"}
BASE_SUFFIX = re.compile(r"\s+(?:Air\s+Base|Airbase|air\s+base|Airfield)$")
# "at least four air bases in the Persian Gulf": where the bases' names belong.
BASES_PHRASE = re.compile(r"\bbases\b(?:\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?")
TOLL_WORDS = re.compile(r"\b(?:kill\w*|wound\w*|injur\w*|dead|died|casualt\w+)\b", re.I)
BROAD = ("country", "region", "province")
GENERIC_DEFENCES = {"air defences", "air defenses", "air defence", "air defense",
                    "air defence systems", "air defense systems"}


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
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def _toll(event: Event) -> str:
    def part(word: str, total: int | None, field: str) -> str:
        if not total:
            return ""
        count = qualified(total, getattr(event, f"{field}_qualifier"))  # "at least 3"
        # (a party read with numbers in it, "2 coalition, 1 SDF", is no party to print)
        rows = [f"{getattr(c, field)} {c.party}" for c in event.casualties
                if getattr(c, field) and c.party != "unspecified"
                and not any(ch.isdigit() for ch in c.party)]
        detail = f" ({', '.join(rows)})" if rows and len(event.casualties) > 1 else ""
        if rows and len(event.casualties) == 1:
            party = event.casualties[0].party
            detail = f" {_plural(party) if total > 1 else party}"
            return f"{count}{detail} {word}"
        return f"{count} {word}{detail}"

    # a toll only a party to the fight gives says whose claim it is, never stated as fact
    return with_claimant("; ".join(p for p in (part("killed", event.killed, "killed"),
                                               part("wounded", event.wounded, "wounded")) if p),
                         event.toll_claimed_by)


# Parties that name a body or a mass, not one person: no plural "-s" ("2 Iraqi police").
_MASS = frozenset("personnel staff crew police army military people militia force forces "
                  "security".split())


def _plural(party: str) -> str:
    """'4 contractor wounded' reads '4 contractors wounded'."""
    last = party.rsplit(" ", 1)[-1]
    if last.isalpha() and last.islower() and last not in _MASS and not last.endswith(("s", "y")):
        return party + "s"
    return party


def _place_names(places: list[Place], mentions: list[PlaceMention], role: str) -> list[str]:
    return _names([p for p in places if p.role == role and p.kind not in BROAD], mentions)


def _moved_to(places: list[Place], mentions: list[PlaceMention]) -> list[str]:
    """The reinforced places the report tells as a move, not forces merely based there (a
    "stationed" mention is drafted as a reinforcement)."""
    moved = {m.key for m in mentions if m.role == "reinforcement"}
    key_at = {m.start: m.key for m in mentions}
    return _names([p for p in places if p.role == "reinforcement" and p.kind not in BROAD
                   and key_at.get(p.provenance.start if p.provenance else -1) in moved],
                  mentions)


def _to_come(text: str, places: list[Place], mentions: list[PlaceMention],
             role: str = "reinforcement") -> set[str]:
    """The places of a move (reinforced, or left) whose every move is told as to come ("will
    send ... to X", "will move from X", "plans to pull out of X")."""
    keyed = {p.provenance.start: p.name for p in places if p.provenance}
    key_of = {m.key: keyed.get(m.start) for m in mentions if m.start in keyed}
    moves: dict[str, list[bool]] = {}
    for m in mentions:
        if m.role == role and key_of.get(m.key):
            moves.setdefault(key_of[m.key], []).append(told_as_to_come(text, m.start))
    return {name for name, told in moves.items() if all(told)}


def _names(chosen: list[Place], mentions: list[PlaceMention]) -> list[str]:
    possibly = {m.name for m in mentions if m.possibly}
    chosen = [p.name for p in chosen]
    # "Irbil" beside "Irbil Air Base" says the same place twice
    chosen = [n for n in chosen if not any(o != n and o.startswith(n) for o in chosen)]
    return [f"possibly {n}" if n in possibly else n for n in chosen]


def _short(name: str) -> str:
    return BASE_SUFFIX.sub("", name.removeprefix("possibly "))


def _in(name: str, text: str) -> bool:
    return _short(name).casefold() in text.casefold()


# A place the report measures from ("70 nautical miles south-east of Duqm", "off Hodeidah"):
# what was hit lay near it, not in it.
_NAME = r"([A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3})"
_MEASURED_FROM = re.compile(
    r"\b(?:miles|km|kilometres|kilometers|nm|metres|meters)\s+(?:\w+\s+)?(?:north|south|east|"
    r"west)[\w-]*\s+of\s+(?:the\s+)?(?:[A-Z]\w+\s+)?(?:(?:port|coast|city|town)\s+"
    r"(?:city\s+)?of\s+)?" + _NAME
    + r"|\boff\s+(?:the\s+)?(?:(?:coast|port)\s+of\s+)?" + _NAME)


Near = dict[str, dict[str, str]]  # event id -> place name -> "near" or "off"


def referenced_from(text: str, events: list[Event]) -> Near:
    """For each attack told as measured from a place ("70 nautical miles south-east of Duqm",
    "off Hodeidah") near where it is told: that place's word, 'near' or 'off'."""
    found: Near = {}
    for e in events:
        if e.kind not in ("attack", "strike") or e.provenance is None:
            continue
        start, end = e.provenance.start, e.provenance.end
        said = {(m.group(1) or m.group(2)).casefold(): "near" if m.group(1) else "off"
                for m in _MEASURED_FROM.finditer(text, max(0, start - 300), end + 300)}
        for name in e.place.split(", "):
            short = _short(name).casefold()
            word = next((w for n, w in said.items() if short and n.startswith(short)), None)
            if word:
                found.setdefault(e.id, {})[name] = word
    return found


def _at(event: Event, places: list[Place], near: Near | None = None) -> str:
    """' on Camp Taji' for a target, ' in Syria' for a country or region, ' near Duqm' for a
    place the report only measures from."""
    kinds = {p.name: p.kind for p in places}
    names = [n for n in event.place.split(", ") if n]
    narrow = [n for n in names if kinds.get(n, "") not in BROAD]
    if not names:
        return ""
    word = "on" if narrow and event.kind in ("attack", "strike") else "in"
    told = (near or {}).get(event.id, {})
    if word == "on" and told and all(n in told for n in narrow):
        word = "off" if all(told[n] == "off" for n in narrow) else "near"
    return f" {word} {listing(narrow or names)}"


def _short_list(names: list[str], most: int = 4) -> str:
    if len(names) <= most:
        return listing(names)
    return listing(names[: most - 1] + [f"{len(names) - most + 1} other sites"])


def _actor(text: str) -> str:
    return "U.S." if text.count("U.S.") >= 3 else ""


def _attacks_summary(attacks: list[Event], places: list[Place],
                     near: Near | None = None) -> str:
    broad = {p.name for p in places if p.kind in BROAD}
    where = [n for e in attacks for n in e.place.split(", ") if n and n not in broad]
    where = list(dict.fromkeys(where))[:3]
    killed = sum(e.killed or 0 for e in attacks)
    wounded = sum(e.wounded or 0 for e in attacks)
    if len(attacks) == 1:
        e = attacks[0]
        toll = _toll(e)
        return f"{when(e)}: {e.kind}{_at(e, places, near)}" + (f"; {toll}" if toll else "")
    dates = sorted(e.date for e in attacks if e.date)
    span = f" between {when(_dated(attacks, dates[0]))} and {when(_dated(attacks, dates[-1]))}" \
        if dates and dates[0] != dates[-1] else ""
    text = f"{len(attacks)} attacks or strikes reported{span}"
    text += f", at {listing(where)} among others" if len(where) >= 3 else (
        f", at {listing(where)}" if where else "")
    toll = [f"{n} {w}" for n, w in ((killed, "killed"), (wounded, "wounded")) if n]
    if not summable(attacks, places):
        return text  # a list's unrelated items: no grand total
    return text + (f"; {' and '.join(toll)} in all{_claims(attacks)}" if toll else "")


def _claims(attacks: list[Event]) -> str:
    """' (according to X)' when every toll summed is a party's claim, ' (some according to
    X)' when only some are; '' when none is. ("claimed by X" would read as if X did the
    killing, see model/tolls.py.)"""
    tolled = [e for e in attacks if e.killed or e.wounded]
    claimants = list(dict.fromkeys(e.toll_claimed_by for e in tolled if e.toll_claimed_by))
    if not claimants:
        return ""
    some = "" if all(e.toll_claimed_by for e in tolled) else "some "
    return f" ({some}{claim_words(listing(claimants))})"


def _day(e: Event) -> date:
    parts = [int(x) for x in (e.date or "1900").split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _recent(events: list[Event], among: list[Event], days: int = 62) -> list[Event]:
    """The events within two months of the latest one the report tells (of `among`):
    background years ago is not the news, even when it is the only attack with a toll."""
    latest = max((_day(e) for e in among if e.date), default=None)
    return [e for e in events if latest is not None and (latest - _day(e)).days <= days]


def _dated(events: list[Event], iso: str) -> Event:
    return next(e for e in events if e.date == iso)


def _bluf(doc: Document, headline: str, facts: Facts, mentions: list[PlaceMention],
          near: Near | None = None) -> str:
    places, systems, events = facts.places, facts.systems, facts.events
    lead, _ = spine(doc, headline)
    lead = neutral(lead)  # a party's statement as its claim, without its epithets
    leaving = _place_names(places, mentions, "withdrawal")
    arriving = _place_names(places, mentions, "reinforcement")
    moved_to = _moved_to(places, mentions)
    defences = [s.name for s in systems if s.category == "air defence"
                and s.posture in ("arriving", "deployed") and not _in(s.name, lead)]
    # ("remains in place": a battery deployed long ago is there, it does not arrive)
    arrive = "arrive" if any(s.category == "air defence" and s.posture == "arriving"
                             for s in systems) else "are deployed"
    if len(defences) > 1:  # the class beside named systems says nothing more
        defences = [d for d in defences if d.lower() not in GENERIC_DEFENCES] or defences
    attacks = [e for e in events if e.kind in ("attack", "strike") and e.date]
    new_arriving = [n for n in moved_to if not _in(n, lead)]
    bases = BASES_PHRASE.search(lead)
    if bases and len(new_arriving) >= 2 and not defences:
        names = f" ({listing([_short(n) for n in new_arriving])})"
        lead = lead[: bases.end()] + names + lead[bases.end():]
        new_arriving = []
    clauses = []
    new_leaving = [n for n in leaving if not _in(n, lead)]
    if new_leaving and (going := _to_come(doc.text, places, mentions, "withdrawal")):
        # "will move from X": announced, not yet done (as for forces to be sent)
        later = [n for n in new_leaving if _strip(n) in going]
        new_leaving = [n for n in new_leaving if n not in later]
        if later:
            clauses.append(f"troops are to leave {_short_list(later)} (announced)")
    if new_leaving and len(new_leaving) < len(leaving):
        if all(n.startswith("possibly ") for n in new_leaving):
            clauses.append(f"troops may also leave {_short_list([_strip(n) for n in new_leaving])}")
        else:
            clauses.append(f"troops also leave {_short_list(new_leaving)}")
    elif new_leaving:
        clauses.append(f"troops leave {_short_list(new_leaving)}")
    if defences:
        at = f" at {listing(arriving)}" if arriving else ""
        # ("air defence systems", "counter-drone systems": the name says what they are)
        kind = "" if len(defences) == 1 and re.search(
            r"(?:defen[cs]es?|systems?)$", defences[0], re.I) else " air defences"
        clauses.append(f"{listing(defences)}{kind} {arrive}{at}")
    elif new_arriving:
        coming = _to_come(doc.text, places, mentions)
        now = [n for n in new_arriving if _strip(n) not in coming]
        if now:
            clauses.append(f"forces move to {_short_list(now)}")
        if len(now) < len(new_arriving):  # announced, not yet moved
            later = [n for n in new_arriving if n not in now]
            clauses.append(f"forces are to be sent to {_short_list(later)} (announced)")
    hurt, rivals = first_told(_recent([e for e in attacks if e.killed or e.wounded], events))
    worst = max(hurt, key=lambda e: ((e.killed or 0), (e.wounded or 0)), default=None)
    kinds = {p.name: p.kind for p in places}
    # (the lede tells of that attack: it names the place and an act of force there, not only
    # the base troops were spread across)
    if lead and worst is not None and len(clauses) < 2 and not TOLL_WORDS.search(lead) and \
            not (tells_news(lead) and any(_in(n, lead) for n in worst.place.split(", ")
                                          if n and kinds.get(n) not in BROAD)):
        toll = _toll(worst).replace("; ", ", ") + _differ(rivals.get(worst.id, []))
        clauses.append(f"the {when(worst)} {worst.kind}{_at(worst, places, near)}: {toll}")
    if not lead:
        if len(hurt) == 1 and worst is not None and worst.date and \
                worst is _latest(attacks):
            # an incident report: its one dated attack with a toll is the news, before any
            # posture the report mentions on the way
            rest = f" {_cap('; '.join(clauses))}." if clauses else ""
            return _incident(worst, places, near) + rest
        if clauses:
            actor = _actor(doc.text)
            verb = "consolidating" if leaving else "reinforcing"
            lead = f"{actor} forces are {verb}:".strip()
            return _cap(f"{lead} {'; '.join(clauses)}.")
        if attacks:
            return _cap(_attacks_summary(attacks, places, near) + ".")
        return _cap(headline.strip().rstrip(".") + ".") if headline.strip() else ""
    return lead + (f" {_cap('; '.join(clauses))}." if clauses else "")


def _differ(others: list[Event]) -> str:
    """' (other accounts: at least 12 killed)': the same strike's other tolls."""
    tolls = list(dict.fromkeys(t for t in (_toll(e).replace("; ", ", ") for e in others) if t))
    return f" (other accounts: {'; '.join(tolls)})" if tolls else ""


def _latest(events: list[Event]) -> Event | None:
    return max((e for e in events if e.date), key=_day, default=None)


def _incident(event: Event, places: list[Place], near: Near | None = None) -> str:
    """'Attack on Camp Taji with rockets on 3 Jun 2026: 4 wounded.'"""
    weapons = f" with {listing(event.weapons)}" if event.weapons else ""
    toll = _toll(event).replace("; ", ", ")
    return _cap(f"{event.kind}{_at(event, places, near)}{weapons} on {when(event)}: {toll}.")


def _timeline(event: Event, places: list[Place], near: Near | None = None) -> str:
    """'18 Nov 2026: attack on al-Tanf (drones); 1 killed; 6 wounded.'"""
    toll = _toll(event)
    weapons = f" ({listing(event.weapons)})" if event.weapons else ""
    return (f"{when(event)}: {event.kind}{_at(event, places, near)}{weapons}"
            + (f"; {toll}." if toll else "."))


def _strip(name: str) -> str:
    return name.removeprefix("possibly ")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


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


_GIST_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")
_REPEAT_SHARE = 0.6  # of a summary's content words the BLUF already holds: it says it again


def _gist(text: str) -> set[str]:
    return {w.casefold()[:6] for w in _GIST_WORD.findall(text or "")}


def _repeats(summary: str, told: set[str]) -> bool:
    words = _gist(summary)
    return bool(words) and len(words & told) >= _REPEAT_SHARE * len(words)


def _key_points(text: str, facts: Facts, mentions: list[PlaceMention],
                bluf: str = "", near: Near | None = None) -> list[str]:
    places, figures, events = facts.places, facts.figures, facts.events
    leaving = _place_names(places, mentions, "withdrawal")
    arriving = _place_names(places, mentions, "reinforcement")
    defences = [s for s in facts.systems if s.category == "air defence"
                and s.posture in ("arriving", "deployed", "requested")]
    others = [s for s in facts.systems if s.category != "air defence"
              and s.posture in ("arriving", "deployed", "requested")]
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
        if now:
            points.append(f"Withdrawal: troops leave {listing(now)}{extra}.")
        if later:  # "will move from X", "plans to pull out of X": announced, not yet done
            points.append(f"Withdrawal: troops are to leave {listing(later)} (announced)"
                          f"{'' if now else extra}.")
    on_site = [s for s in defences if s.posture in ("arriving", "deployed")]
    moved_to = _moved_to(places, mentions)
    based = [n for n in arriving if n not in moved_to]
    if moved_to and not on_site:
        coming = _to_come(text, places, mentions)
        now = [n for n in moved_to if _strip(n) not in coming]
        later = [n for n in moved_to if n not in now]
        if now:
            points.append(f"Reinforcement: forces move to {listing(now)}.")
        if later:
            points.append(f"Reinforcement: forces are to be sent to {listing(later)} (announced).")
    if based and not on_site:  # "troops based at X": where forces are, not a move
        points.append(f"Posture: forces based at {listing(based)}.")
    if on_site:
        status = listing([f"{s.name} ({s.posture})" for s in on_site])
        where = f" for {listing(arriving)}" if arriving else ""
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
    tolled, _ = first_told([e for e in current if e.killed or e.wounded])
    # (an attack that hurt U.S. or coalition personnel before one that hurt none of theirs)
    chosen = {id(e) for e in sorted(tolled, key=lambda e: not own_forces_hurt(e))[:2]}
    shown = [e for e in tolled if id(e) in chosen] or current[:2]
    for event in shown:
        points.append(_timeline(event, places, near))
    level = _force_level(text, facts.figures)
    if level:
        points.append(level)
    anonymous = [a for a in facts.attributions if a.kind == "anonymous official"]
    # "mostly" only where it is so: one unnamed official among named ones is no warning
    if anonymous and 2 * len(anonymous) >= len(facts.attributions):
        counted = max((a.count or 0 for a in anonymous), default=0)
        who = f"{counted} anonymous officials" if counted > 1 else "anonymous officials"
        points.append(f"Sourcing: mostly {who}; treat details as unconfirmed.")
    if len(points) > 5 and len(shown) == 2:
        points.remove(next(p for p in points if p.startswith(when(shown[1]) + ":")))
    told = _gist(bluf)
    # (a year before the latest act told is background; a date misread weeks off is not)
    news = {id(e) for e in _recent(events, events, days=365)}
    # (the news fills the points first; background years old only after it, and says so)
    for event in sorted(events, key=lambda e: bool(e.date) and id(e) not in news):
        if len(points) >= 3:
            break
        summary = "" if event in shown else _summary(event.summary)
        if not summary or _repeats(summary, told):
            continue  # the BLUF already says it
        line = f"{when(event) or 'Undated'}: {summary}"
        if raw_summary(event.summary, text, event.provenance.start if event.provenance
                       else None):
            # a table's row, a cut or clipped sentence: told as the timeline tells it
            if event.kind not in ("attack", "strike") or not event.date or not event.place:
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
                text, max(0, figure.provenance.start - 30), figure.provenance.end + 40):
            continue  # "three crew members" wounded, "injured more than 20 others": a toll
        if is_measure(figure.unit):  # "about 100 nautical miles" is no point by itself
            continue
        if figure.value < 10 and figure.unit in _FEW_PEOPLE:
            continue  # "two shipyard workers": who was in the scene, not a figure of the news
        if _bare_amount(figure) or figure.text and re.search(
                rf"(?<![\w.,]){re.escape(figure.text)}(?![\w,])", bluf):
            continue  # "up to $10 million USD" says nothing alone; the BLUF said it already
        points.append(f"Figure: {balanced_quotes(figure.label)}.")
    return points[:5]


# People counted a few at a time are the scene's ("handed pens to two workers"); forces and
# tolls are counted elsewhere.
_FEW_PEOPLE = frozenset("people persons men women workers guests visitors reporters journalists "
                        "children staff staffers aides officials members".split())


def _bare_amount(figure: Figure) -> bool:
    """A label that is only the amount and its unit ("up to $10 million USD")."""
    rest = (figure.label or "").replace(figure.text or "", " ", 1)
    return not rest.replace(figure.unit or "", " ", 1).strip(" ,.;:")


# When a troop count holds: now ("are now deployed"), once ("had ... for much of the past
# decade", "in 2019") or only in a plan ("would shrink to", "to fall to 1,400 by Sept. 30").
_NOW = re.compile(r"\b(?:now|currently|presently|at present|today)\b|"
                  r"\b(?:are|is|remains?|has|have|hosts?|numbers?)\b(?!\s+(?:expected|set|due|"
                  r"scheduled|slated|going|likely|to|been|had)\b)", re.I)
_ONCE = re.compile(r"\b(?:had|was|were|previously|formerly|once|used to|past|last|ago|peaked|"
                   r"rose|fell|dropped|grew|in\s+(?:19|20)\d\d|(?:late|early|mid-?)\s*(?:19|20)"
                   r"\d\d)\b", re.I)
_PLAN = re.compile(r"\b(?:would|will|plans?|planned|planning|proposed|expected|intends?|"
                   r"residual)\b|\bto\s+(?:be|fall|shrink|drop|grow|rise)\b|\b[Bb]y\s+(?:the\s+end"
                   r"\s+of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.I)
_LOWER_LEADS = frozenset("about roughly some around nearly almost approximately more fewer over "
                         "under at up between".split())
_CLAUSE = re.compile(r";|,\s|\s(?:though|although|but|while|whereas)\s|:\s")
_SENTENCE = re.compile(r"(?<![A-Z])[.!?]\s|\n")


def _when_held(text: str, fig: Figure) -> int:
    """2 for a level held now, 1 when the report does not say, 0 for a past level,
    -1 for a planned one (which the force level never shows)."""
    if fig.provenance is None:
        return 1
    start, end = fig.provenance.start, fig.provenance.end
    cuts = [m.end() for m in _SENTENCE.finditer(text, max(0, start - 400), start)]
    left = cuts[-1] if cuts else max(0, start - 400)
    stop = _SENTENCE.search(text, end, end + 400)
    right = stop.start() if stop else min(len(text), end + 400)
    before = text[left:start]
    if re.search(r"\b(?:to|below|under)\s*$", before) and _PLAN.search(text, left, right):
        return -1  # "would shrink to 900", "from 3,400 to about 1,400 by Sept. 30"
    opened = [m.end() for m in _CLAUSE.finditer(text, left, start)]
    closed = _CLAUSE.search(text, end, right)
    clause = text[opened[-1] if opened else left : closed.start() if closed else right]
    if _PLAN.search(clause) and not re.search(r"\bfrom\s*$", before) and not _NOW.search(clause):
        return -1  # "a residual force of about 1,400 in place ... by Sept. 30"
    if _NOW.search(clause):
        return 2
    return 0 if _ONCE.search(clause) else 1


class _Withdrawals:
    """The place mentions of the withdrawal role, by start: a long report has thousands,
    and each troop count looks only at those within reach of it."""

    def __init__(self, mentions: list[PlaceMention]) -> None:
        self.mentions = sorted((m for m in mentions if m.role == "withdrawal"),
                               key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)

    def near(self, start: int, end: int, reach: int) -> list[PlaceMention]:
        """Every mention that ends at most `reach` before `start` or starts at most `reach`
        after `end` (and any overlapping the span), and perhaps a few more."""
        lo = bisect.bisect_left(self.starts, start - reach - self.longest)
        hi = bisect.bisect_right(self.starts, end + reach)
        return self.mentions[lo:hi]


def _told_with_withdrawal(text: str, fig: Figure, withdrawals: _Withdrawals) -> bool:
    """Is the troop count in a sentence that tells of a withdrawal ("about 300 troops left
    Harir")? A count of the whole force elsewhere is not the number leaving."""
    if fig.provenance is None:
        return False
    start, end = fig.provenance.start, fig.provenance.end
    for m in withdrawals.near(start, end, 200):
        lo, hi = (m.end, start) if m.end <= start else (end, m.start)
        if hi - lo <= 200 and not _SENTENCE.search(text, lo, hi):
            return True
    return False


def _force_level(text: str, figures: list[Figure]) -> str:
    """'Force level: roughly 40,000 troops (up from about 34,000 troops).' A level held now
    before one the report does not date, before a past one; never a planned one."""
    troops = [f for f in figures if f.unit in FORCE_UNITS and (
        f.provenance is None or counts_a_force(text, f.provenance.start, f.provenance.end))]
    held = {id(f): _when_held(text, f) for f in troops
            if f.qualifier in ("about", "exact") and f.value >= 100}
    level = max((f for f in troops if held.get(id(f), -1) >= 0),
                key=lambda f: (held[id(f)], f.value), default=None)
    if level is None:
        return ""
    extra = ""
    for other in troops:
        if other is level or level.provenance is None or other.provenance is None:
            continue
        between = text[level.provenance.end:other.provenance.start]
        change = re.fullmatch(r"[^.;]{0,60}?\b((?:up|down)\s+from)\s*", between)
        if change:
            extra = f" ({change.group(1)} {other.label})"
            break
    said = level.label
    if said[:1].isupper() and said.split(" ", 1)[0].lower() in _LOWER_LEADS:
        said = said[0].lower() + said[1:]  # "Force level: roughly 2,000 troops ..."
    return f"Force level: {said}{extra}."


def draft_narrative(doc: Document, headline: str, facts: Facts,
                    mentions: list[PlaceMention]) -> Narrative:
    _, lede_sent = spine(doc, headline)
    # a move only an event tells, and not as today's news, stays on the map, not in the BLUF
    background = background_moves(facts.places, facts.events, mentions, doc)
    if background:
        facts = facts.model_copy(update={"places": [
            p.model_copy(update={"role": "mentioned"}) if p.name in background else p
            for p in facts.places]})
    near = referenced_from(doc.text, facts.events)
    bluf = _bluf(doc, headline, facts, mentions, near)
    return Narrative(bluf=bluf,
                     key_points=_key_points(doc.text, facts, mentions, bluf, near),
                     outlook=outlook(doc, lede_sent, headline=headline))
