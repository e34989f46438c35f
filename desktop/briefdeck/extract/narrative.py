"""A drafted bottom line up front (BLUF), 3-5 key points and an outlook.

The BLUF leads with what the report says is happening (its lede's main clause, see lede.py),
then adds the strongest drafted facts the lede leaves out, in plain analyst style:
"The Pentagon is spreading U.S. fighter jets across at least four air bases in the Persian Gulf
(Al Udeid, Prince Sultan, Al Dhafra and Ali Al Salem) ..." or, for a consolidation, "... C-RAM
and Patriot air defences arrive at Ain al Asad Air Base and Irbil Air Base."
Key points cover different kinds of fact: posture by place, systems, attacks with their toll,
force levels, sourcing. Nothing is stated that no drafted fact or the lede supports; numbers
are the facts' own. The wording of one fact is in narrative_phrases.py, the key points in
narrative_key_points.py; this module drafts the BLUF and puts the three together.
"""

from __future__ import annotations

import re

from briefdeck.extract.lede import spine
from briefdeck.extract.lede_expected import outlook
from briefdeck.extract.lede_neutral import neutral
from briefdeck.extract.narrative_acts import act_noun, sites
from briefdeck.extract.narrative_defence_elsewhere import defence_sites
from briefdeck.extract.narrative_defence_site import defences_site
from briefdeck.extract.narrative_handovers import handed_together, handover
from briefdeck.extract.narrative_items import numbered_items
from briefdeck.extract.narrative_key_points import _key_points
from briefdeck.extract.narrative_moves import _moved_to, _place_names, _strip, _to_come
from briefdeck.extract.narrative_named_site import named_site
from briefdeck.extract.narrative_phrases import (
    BROAD,
    Near,
    _at,
    _cap,
    _in,
    _incident,
    _short,
    _short_list,
    _toll,
    listing,
    referenced_from,
    when,
)
from briefdeck.extract.narrative_recency import _dated, _latest, _recent
from briefdeck.extract.narrative_redeployments import redeployment
from briefdeck.extract.narrative_revisions import revised_toll
from briefdeck.extract.narrative_system_status import announced_only
from briefdeck.extract.narrative_toll_sources import toll_source
from briefdeck.extract.narrative_tolls import (
    doubtful_total,
    first_told,
    incidents,
    summable,
    summed_qualifier,
    told_beside,
    told_once,
)
from briefdeck.extract.place_role_asked import told_only_as_asked
from briefdeck.extract.place_role_current_moves import background_moves
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document
from briefdeck.extract.tellings import _position
from briefdeck.model import Event, Place
from briefdeck.model.briefing import Facts, Narrative
from briefdeck.model.tolls import claim_words, qualified

# "at least four air bases in the Persian Gulf": where the bases' names belong.
BASES_PHRASE = re.compile(r"\bbases\b(?:\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?")
# A lede that counts the hurt ("killed three", "two soldiers were wounded", "no casualties"),
# not one that only says a named man "was killed".
_COUNT = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|" \
    r"scores|several|many|hundreds?)"
_HURT = r"(?:kill\w*|wound\w*|injur\w*|dead|died|deaths?|casualt\w*)\b"
COUNTED = re.compile(rf"\b{_COUNT}\b[^;]{{0,60}}?\b{_HURT}|"
                     rf"\b(?:kill|wound|injur)\w*\s+(?:at\s+least\s+|about\s+|some\s+)?{_COUNT}\b|"
                     rf"\b(?:no|none|without)\b[^;.]{{0,30}}?\b{_HURT}",  # ("no casualties")
                     re.I)
ATTACKS_ONLY = re.compile(r"\battacks?\b")
STRIKES = re.compile(r"\bstrik(?:e|es|ing)\b|\bstruck\b")
# What a lede says was done (not where forces are): an attack, a strike, a launch.
ACT_OF_FORCE = re.compile(r"\b(?:attack\w*|strik\w*|struck|hit|launched|fired|targeted|"
                          r"shell\w*|bomb\w*|ambush\w*|shot\s+down|intercept\w*|"
                          r"drones?|rockets?|missiles?)\b", re.I)
TRACKER = re.compile(r"\s*(?:Track(?:ing|er)|Tracked)\b|[^:]{0,60}\btracker\b", re.I)
GENERIC_DEFENCES = {"air defences", "air defenses", "air defence", "air defense",
                    "air defence systems", "air defense systems"}


def _actor(text: str) -> str:
    return "U.S." if text.count("U.S.") >= 3 else ""


def _attacks_summary(attacks: list[Event], places: list[Place],
                     near: Near | None = None) -> str:
    broad = {p.name for p in places if p.kind in BROAD}
    where = [n for e in attacks for n in sites(e) if n not in broad]
    where = list(dict.fromkeys(where))[:3]
    # (each incident once: a second teller's toll of the same strike is no more dead)
    once, _ = first_told([e for e in attacks if e.killed or e.wounded])
    killed = sum(e.killed or 0 for e in once)
    wounded = sum(e.wounded or 0 for e in once)
    if len(attacks) == 1:
        e = attacks[0]
        toll = _toll(e)
        return f"{when(e)}: {act_noun(e)}{_at(e, places, near)}" + (f"; {toll}" if toll else "")
    dates = sorted(e.date for e in attacks if e.date)
    span = f" between {when(_dated(attacks, dates[0]))} and {when(_dated(attacks, dates[-1]))}" \
        if dates and dates[0] != dates[-1] else ""
    # (one incident told again with its revised toll is no second attack: the incidents told
    # apart for sure are counted, "at least" when some tellings may be one)
    count = len(incidents(attacks))
    text = f"{'at least ' if count < len(attacks) else ''}{count} attacks or strikes " \
        f"reported{span}"
    # (where only some attacks are placed, the places are some of them, not all)
    some = any(not sites(e) for e in attacks)
    text += f", at {listing(where)} among others" if len(where) >= 3 else (
        f", {'including ' if some else ''}at {listing(where)}" if where else "")
    # (a total keeps its parts' qualifiers: "more than 460" and 16 are "more than 476")
    quals = [summed_qualifier([getattr(e, f"{w}_qualifier") for e in once if getattr(e, w)])
             for w in ("killed", "wounded")]
    # (a count whose parts lean different ways, "about 20" and "more than 40", is no total)
    toll = [f"{qualified(n, q)} {w}" for n, q, w in ((killed, quals[0], "killed"),
                                                      (wounded, quals[1], "wounded"))
            if n and q is not None]
    if not summable(attacks, places) or doubtful_total(once):
        return text  # a list's unrelated items, or a toll and its revision: no grand total
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


def _bluf(doc: Document, headline: str, facts: Facts, mentions: list[PlaceMention],
          near: Near | None = None) -> str:
    places, systems, events = facts.places, facts.systems, facts.events
    lead, lede_sent = spine(doc, headline)
    lead = neutral(lead)  # a party's statement as its claim, without its epithets
    lead = named_site(lead, doc, lede_sent, mentions)  # "the base (Green Village)"
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
    # (an announced rotation is no arrival: "THAAD air defences are to be sent (announced)")
    to_send = [d for d in defences if announced_only(doc, d) and any(
        s.name == d and s.posture == "arriving" for s in systems)]
    if to_send:
        defences = [d for d in defences if d not in to_send]
        arrive = "arrive" if any(s.category == "air defence" and s.posture == "arriving"
                                 and s.name in defences for s in systems) else "are deployed"
    attacks = [e for e in events if e.kind in ("attack", "strike") and e.date]
    new_arriving = [n for n in moved_to if not _in(n, lead)]
    bases = BASES_PHRASE.search(lead)
    if bases and len(new_arriving) >= 2 and not defences:
        names = f" ({listing([_short(n) for n in new_arriving])})"
        lead = lead[: bases.end()] + names + lead[bases.end():]
        new_arriving = []
    clauses = []
    new_leaving = [n for n in leaving if not _in(n, lead)]
    handed = {n: h for n in new_leaving if (h := handover(doc.text, n))}  # not "troops leave"
    clauses.extend(handed_together(handed))
    new_leaving = [n for n in new_leaving if n not in handed]
    # (a battery moved from X to Y is no troops leaving X: narrative_redeployments.py)
    moved = {n: r for n in new_leaving if (r := redeployment(doc.text, n))}
    clauses.extend(moved.values())
    new_leaving = [n for n in new_leaving if n not in moved]
    new_arriving = [n for n in new_arriving if not any(f" to {n}" in r for r in moved.values())]
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
    if handed and len(clauses) > 1:  # a handover and the other moves away: one clause
        clauses = ["; ".join(clauses)]
    if defences or to_send:
        # (where the systems themselves are told placed when no place is drafted as
        # reinforced: a place attacked and then reinforced keeps its role as the target)
        site = "" if arriving else defences_site(doc, systems, defences, places)
        # (defences that went elsewhere than the place reinforced: at their own sites)
        own = defence_sites(doc.text, systems, defences, arriving, places) if arriving else []
        at = f" at {listing(own)}" if own else f" at {site}" if site else ""
        if defences:
            clauses.append(f"{listing(defences)}{_kind(defences)} {arrive}{at}")
        if to_send:
            clauses.append(f"{listing(to_send)}{_kind(to_send)} are to be sent (announced)")
    elif new_arriving:
        coming = _to_come(doc.text, places, mentions)
        now = [n for n in new_arriving if _strip(n) not in coming]
        if now:
            clauses.append(f"forces move to {_short_list(now)}")
        if len(now) < len(new_arriving):  # announced, not yet moved
            later = [n for n in new_arriving if n not in now]
            clauses.append(f"forces are to be sent to {_short_list(later)} (announced)")
    hurt, rivals, same_day = told_once(
        _recent([e for e in attacks if e.killed or e.wounded], events))
    # (a lede of attacks, not strikes: its toll is an attack's, not a strike told for context;
    # a tracker's is its latest)
    told = [e for e in hurt if act_noun(e) == "attack"] if ATTACKS_ONLY.search(lead) and \
        not STRIKES.search(lead) else []
    # (a lede that tells an attack and names where: that attack's toll, not a bigger one told
    # elsewhere in the report, a rumour's or another place's; a country or a province names
    # no site)
    pool = told or hurt
    if lead and ACT_OF_FORCE.search(lead):
        broad = {p.name for p in places if p.kind in BROAD}
        pool = [e for e in pool if any(n not in broad and _in(n, lead) for n in sites(e))] \
            or pool
        # (the attack drafted from the lede itself: its toll, not another day's strike)
        own = [e for e in pool if lede_sent is not None and e.provenance is not None
               and lede_sent.start <= e.provenance.start < lede_sent.end]
        pool = own or pool
    worst = _latest(told) if told and TRACKER.match(headline) else \
        _first(pool) if len(pool) > 1 and numbered_items(doc.text) else \
        max(pool, key=lambda e: ((e.killed or 0), (e.wounded or 0)), default=None)
    # (a lede that names the place without counting the hurt leaves the toll out)
    if lead and worst is not None and len(clauses) < 2 and \
            not COUNTED.search(lead):
        toll = _sourced(_toll(worst).replace("; ", ", "), worst, doc, facts, mentions)
        later = revised_toll(worst, events, doc.text)  # ("UPDATE, toll revised: ...")
        if later is not None:
            # (the first count's teller left out: "according to" would seem to give both)
            toll = f"{_toll(later).replace('; ', ', ')}, revised from " \
                f"{_toll(worst).replace('; ', ', ')}"
        else:
            toll += told_beside(rivals.get(worst.id, []), same_day.get(worst.id, []))
        clauses.append(f"the {when(worst)} {act_noun(worst)}{_at(worst, places, near)}: {toll}")
    if not lead:
        if len(hurt) == 1 and worst is not None and worst.date and \
                worst is _latest(attacks):
            # an incident report: its one dated attack with a toll is the news, before any
            # posture the report mentions on the way
            rest = f" {_cap('; '.join(clauses))}." if clauses else ""
            return _sourced(_incident(worst, places, near), worst, doc, facts, mentions) + rest
        if clauses and hurt:
            # a hearing's or a panel's attacks with a toll are its news, before the posture
            # it tells on the way: a list's several (a tracker's) summed, else the first told
            head = _attacks_summary(attacks, places, near) + "." if len(hurt) >= 3 and \
                summable(attacks, places) else _sourced(
                    _incident(first := _first(hurt), places, near), first, doc, facts, mentions)
            if len(hurt) == 2:  # (and the other one's toll)
                other = next(e for e in hurt if e is not first)
                head = head[:-1] + f"; the {when(other)} {act_noun(other)}" \
                    f"{_at(other, places, near)}: " \
                    f"{_sourced(_toll(other).replace('; ', ', '), other, doc, facts, mentions)}."

            return f"{_cap(head)} {_cap('; '.join(clauses))}."
        if clauses:
            actor = _actor(doc.text)
            verb = "consolidating" if leaving else "reinforcing"
            lead = f"{actor} forces are {verb}:".strip()
            return _cap(f"{lead} {'; '.join(clauses)}.")
        if attacks:
            return _cap(_attacks_summary(attacks, places, near) + ".")
        return _cap(headline.strip().rstrip(".") + ".") if headline.strip() else ""
    return lead + (f" {_cap('; '.join(clauses))}." if clauses else "")


def _kind(defences: list[str]) -> str:
    """' air defences' after the systems' names, unless the one name says what it is ("air
    defence systems", "counter-drone systems")."""
    return "" if len(defences) == 1 and re.search(
        r"(?:defen[cs]es?|systems?)$", defences[0], re.I) else " air defences"


def _sourced(toll: str, event: Event | None, doc: Document, facts: Facts,
             mentions: list[PlaceMention]) -> str:
    """The toll with whose count it is when the report says ('9 killed, according to the
    health ministry'; see narrative_toll_sources.py); a line ending in a full stop keeps it."""
    source = toll_source(doc, facts.attributions, event, mentions) \
        if event is not None and toll else ""
    if not source:
        return toll
    stop = "." if toll.endswith(".") else ""
    return f"{toll.removesuffix('.')}, according to {source}{stop}"


def _first(events: list[Event]) -> Event | None:
    """The event told first in the report."""
    return min(events, key=_position, default=None)


def draft_narrative(doc: Document, headline: str, facts: Facts,
                    mentions: list[PlaceMention]) -> Narrative:
    _, lede_sent = spine(doc, headline)
    # a move only an event tells, and not as today's news, stays on the map, not in the BLUF
    background = background_moves(facts.places, facts.events, mentions, doc)
    if background:
        facts = facts.model_copy(update={"places": [
            p.model_copy(update={"role": "mentioned"}) if p.name in background else p
            for p in facts.places]})
    asked = _asked_defences(doc, facts)
    if asked:  # "There are reports Patriots arrived at X. Why?": asked about, not told as done
        facts = facts.model_copy(update={"systems": [
            s.model_copy(update={"posture": "mentioned"}) if s.name in asked else s
            for s in facts.systems]})
    near = referenced_from(doc.text, facts.events)
    bluf = _bluf(doc, headline, facts, mentions, near)
    return Narrative(bluf=bluf,
                     key_points=_key_points(doc.text, facts, mentions, bluf, near, {
                         s.name for s in facts.systems if s.category == "air defence"
                         and s.posture == "arriving" and announced_only(doc, s.name)}),
                     outlook=outlook(doc, lede_sent, headline=headline))


def _asked_defences(doc: Document, facts: Facts) -> set[str]:
    """The systems on site, arriving or asked for that only a question or a "there are
    reports" names ("Which ... Coyote interceptors ... were deployed at X?"; see
    place_role_asked.py)."""
    def span(pos: int) -> tuple[int, int] | None:
        sent = doc.sentence_at(pos)
        return (sent.start, sent.end) if sent else None
    on_site = [s.name for s in facts.systems
               if s.posture in ("arriving", "deployed", "requested")]
    if not on_site:
        return set()
    low = doc.text.lower()
    return {name for name in on_site if told_only_as_asked(doc.text, low, name, span)}
