"""Which date a clause gets: its own, one the sentence shares, the day something was said,
the edge of a period, or an offset from another happening ("a day after", "hours later").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from briefdeck.extract.alternatives import word_gated
from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_attributive_dates import dates_the_next
from briefdeck.extract.event_cited_days import cited_day
from briefdeck.extract.event_in_place import since_arrival
from briefdeck.extract.event_note_days import note_days
from briefdeck.extract.event_paper_days import paper_dated
from briefdeck.extract.event_possessed_day import possessed_day
from briefdeck.extract.event_report_of import report_dated

if TYPE_CHECKING:
    from briefdeck.extract.event_draft import Draft
    from briefdeck.extract.sentences import Document, Sentence

DATELINE = re.compile(r"[A-Z][A-Z .'/-]{2,},\s*(?:[A-Z][A-Za-z.]+,\s*)?$")
# "Doha, November 18 (QNA) - ": a town in ordinary case, its date, then the agency
TOWN_DATELINE = re.compile(r"[A-Z][\w.'/-]+(?:\s[A-Z][\w.'/-]+){0,2},\s*(?:[A-Z][A-Za-z.]+,\s*)?$")
# "Feb 11 (Reuters) - A drone attack ...": a date opening the sentence, then the agency; when
# the story was filed, even with no town before it
AGENCY_AFTER = re.compile(r"[ \t]*\([A-Z][\w .-]{1,30}\)[ \t]*[-—–]+\s")
DATELINE_LEAD = re.compile(
    r"[A-Z][A-Z .'/-]{2,}(?:,[^.\n]{0,60}?)?\s*(?:\([^)]{1,40}\))?\s*[-—–]+\s+"
    # "Beirut (AFP) –": a town in ordinary case, then the agency
    r"|[A-Z][\w.'/-]+(?:\s[A-Z][\w.'/-]+){0,2}\s*\([A-Z][\w .-]{1,30}\)\s*[-—–]+\s+"
    # "Doha, November 18 (QNA) - ": a town in ordinary case, its date, then the agency
    r"|[A-Z][\w.'/-]+(?:\s[A-Z][\w.'/-]+){0,2},[^.\n()]{3,40}?\([A-Z][\w .-]{1,30}\)\s*[-—–]+\s+"
    # "BANNU: Seven soldiers ...", a South Asian paper's dateline (or a brief's "SOMALIA:")
    r"|[A-Z][A-Z'/-]{2,}(?:\s[A-Z][A-Z'/-]+){0,2}:[ \t]+(?=[A-Z\"“])"
)
SAID_WHEN = re.compile(r"\b(?:said|says|stated|announced|reported|confirmed|added|"
                       # "told reporters", "told Shafaq News", "told The Associated Press"
                       r"told\s+(?:\w+|(?:[Tt]he\s+)?[A-Z][\w.'’&-]*"
                       r"(?:\s+[A-Z][\w.'’&-]*){1,3}))[ \t]+"
                       # "said in a post on X on Tuesday", "said in a statement Friday"
                       r"(?:in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:post|statement|"
                       r"briefing|interview|release|video|message|advisory|alert|notice|bulletin|"
                       r"warning)(?:\s+on\s+(?:X|Twitter|"
                       r"Telegram|Facebook|Instagram|its\s+\w+\s+channel))?"
                       # "said in a statement released early on Friday"
                       r"(?:\s+(?:released|issued|posted|published|read\s+out|sent)"
                       r"(?:\s+(?:early|late|shortly))?)?[ \t]+)?$")
SAID_WHEN = word_gated(SAID_WHEN)  # (tried only where one of its words can start)
# "In a statement read on state radio on Monday, the army said": the statement's day, said
# before the speaker is named
STATEMENT_OPENS = re.compile(r"[\s\"“]*(?:In|Through)\s+(?:a|an|its|their|his|her|the)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:statement|post|briefing|release|video|"
                             r"message|communiqu[ée]|update|bulletin|readout)\b[^.;]{0,60}$")
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# "UPDATE 160430C:", "Updated Nov. 16:": when a report was amended, not when anything happened
# (on the stamp's own line: an "Update" heading above a story is no stamp)
# ("Issued: 6 April 2027", "Published: ...": when the report itself came out)
# ("Edit (Nov 26):", "EDIT 2 (Nov 26):": a forum post's author marks what he added later)
# ("(published online Nov. 30, page A6)": a corrections column cites the day the story it
# corrects came out, no day of what the story told)
UPDATE_STAMP = re.compile(r"\b(?:(?:UPDATE[D]?|Update[d]?|CORRECTION|Correction|Issued|Published|"
                          r"ISSUED|PUBLISHED|(?<=\()published(?:[ \t]+online|[ \t]+in[ \t]+print)?)"
                          r"[ \t]*(?:at[ \t]+|on[ \t]+)?[:-]?|"
                          r"(?:Edit(?:ed)?|EDIT(?:ED)?)[ \t]*\(?)[ \t]*"
                          r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?$")
# "since January 2020, when fighters attacked Camp Simba": the date of the when-clause
WHEN_AFTER = re.compile(r",?\s+when\b")
# "The attack took place late Wednesday", "the clashes broke out on Monday night": the day of
# the happening told just before
TOOK_PLACE = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:attack|strike|ambush|raid|"
                        r"bombing|blast|explosion|assault|clash(?:es)?|fighting)\s+"
                        r"(?:took\s+place|happened|occurred|was\s+carried\s+out|began|"
                        r"started|broke\s+out|erupted)\b|"
                        # "The attack came late Monday": only with its day just after (not "the
                        # worst strike came on Saturday": one of several)
                        r"\b(?:the|that|this)\s+(?:attack|strike|raid|bombing|blast|explosion)\s+"
                        r"came(?=\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|"
                        r"Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                        r"[a-z]*\.?\s+\d))|"
                        # "I believe that was Wednesday", "it was Nov. 1": the day of what was
                        # just told, given when asked
                        r"\b(?:that|it)\s+was\s+(?=(?:on\s+)?(?:last\s+)?(?:(?:Mon|Tues|Wednes|"
                        r"Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
                        r"Dec)[a-z]*\.?\s+\d))", re.I)
NAMES_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")
# ("the US Central Command (CENTCOM) said": a body's acronym in brackets after its name)
SAID_AFTER = re.compile(r"[\s,]*(?:[\w.'’-]+\s+){0,4}?(?:\([A-Z][\w.&'’-]{0,15}\)\s+)?"
                        r"(?:said|says|reported|told|confirmed|"
                         r"announced|updated|revised|corrected)\b")
# "On Tuesday, a second source at the Operations Command said": a teller and the body they
# speak for (tried only on the days of a toll's sentence)
TELLER_SAID = re.compile(r"[\s,]*(?:[\w.'’-]+\s+){1,4}?(?:at|of|for|from|with)\s+(?:the\s+)?"
                         r"(?:[A-Z][\w'’-]*\s+){1,4}(?:said|says|reported|told|confirmed|"
                         r"announced)\b")
# "the deadliest attack this year": a measure, not the date of the attack
SUPERLATIVE = re.compile(r"\b(?:deadliest|largest|biggest|worst|heaviest|highest|first|"
                         r"most\s+\w+)\b[^.;]{0,40}$", re.I)


@dataclass
class DateIndex:
    """A document's dates by the role they play, by sentence."""
    happened: dict[int, list[DateMention]] = field(default_factory=dict)  # when things happened
    said: dict[int, list[DateMention]] = field(default_factory=dict)  # "officials said Friday"
    said_days: list[tuple[int, str]] = field(default_factory=list)  # (where, day) said
    filed: dict[int, DateMention] = field(default_factory=dict)  # paragraph -> dateline's date


_LAST_YEAR = re.compile(r"\s+last\s+year\b")
_HAS_YEAR = re.compile(r"\d{4}")


def last_year_days(text: str, dates: list[DateMention], pub: date) -> list[DateMention]:
    """"July 16 last year": a day or month of the year before publication, the words its own
    (so ", when jets hit ..." after them is still the day's happening)."""
    out: list[DateMention] = []
    for d in dates:
        if out and out[-1].start < d.start < out[-1].end:
            continue  # "last year" read on its own too: now part of the day
        m = _LAST_YEAR.match(text, d.end) if d.precision in ("day", "month") else None
        if m and d.iso and not _HAS_YEAR.search(d.text):
            d = replace(d, end=m.end(), text=text[d.start:m.end()],
                        iso=f"{pub.year - 1}{d.iso[4:]}")
        out.append(d)
    return out


# "..., officials said, a day after the army first reported no one hurt", "..., a day before
# Washington confirmed that ...": the offset counts from another telling and dates this one,
# not the happening
_AFTER_A_SAYING = re.compile(r"(?:(?<=after)|(?<=before))\s+(?:the\s+|a\s+|an\s+|its\s+)?"
                             r"(?:[\w.'’-]+\s+){0,3}?"
                             r"(?:first\s+|initially\s+|had\s+|originally\s+)?(?:reported|said|"
                             r"announced|stated|claimed|denied|confirmed)\b", re.I)


# "... and on Monday raised the toll to eight": the day a toll was told, not a happening's
_TOLL_TOLD_AFTER = re.compile(r",?\s*(?:it\s+|they\s+)?(?:raised|revised|updated|lowered|"
                              r"increased|put)\s+(?:the|its|their)\s+(?:death\s+)?"
                              r"(?:toll|count|tally|figure)\b", re.I)


# '"Drone kills contractor," Stars and Stripes, Oct. 20, 2026': a cited report's headline, its
# outlet and the day it came out (a footnote, a bibliography): when it was told, not happened
# "An article on Saturday about ...", "A Nov. 24 article about ...", "An obituary on Sunday":
# the day a story came out, as a corrections column cites it, not the day of what it told
_STORY_ON = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ur)[ \t]+(?:article|story|obituary|editorial|"
                       r"headline|column|report)[ \t]+(?:(?:on|published(?:[ \t]+on)?)[ \t]+)?$")
_STORY_AFTER = re.compile(r"[ \t]+(?:article|story|obituary|editorial|headline|column)\b")
_CITED_ON = re.compile(r"(?:,[\"”]|[\"”],)[ \t]+[A-Z][\w.&'’-]*"
                       r"(?:[ \t]+(?:[A-Z][\w.&'’-]*|and|of|the|&)){0,5},[ \t]+$")
# "the Pentagon said Friday, two days after ...": an offset just after a day of saying
_SAID_THEN = re.compile(r",[ \t]+")


def gap_from_said(text: str, d: DateMention, said_end: int, said_day: str
                  ) -> DateMention | None:
    """"the Pentagon said Friday, two days after a drone hit ...": the happening after the
    gap was that many days before the day of saying; d as that day (it dates the clause after
    it, see date_owners), or None when d is no such gap."""
    if d.precision != "offset" or d.offset_days >= 0 or not d.text.lower().endswith("after") \
            or not _SAID_THEN.fullmatch(text, said_end, d.start):
        return None
    day = date.fromisoformat(said_day) + timedelta(days=d.offset_days)
    return replace(d, iso=day.isoformat(), precision="day", offset_days=0)


def index_dates(doc: Document, dates: list[DateMention]) -> DateIndex:
    text = doc.text
    index = DateIndex()
    said_end, said_day = -1, ""  # where the last date something was said ends, its day
    for d in dates:
        sent = doc.sentence_at(d.start)
        if sent is not None and (DATELINE.match(text, sent.start, d.start) or ((
                d.start == sent.start or TOWN_DATELINE.match(text, sent.start, d.start))
                and AGENCY_AFTER.match(text, d.end))):
            # "KYIV, June 3 (Agency) -": when the story was filed; it dates only what its
            # paragraph tells without a date of its own
            if d.precision == "day":
                index.filed.setdefault(sent.paragraph, d)
            continue
        if said_day and (gap := gap_from_said(text, d, said_end, said_day)) is not None:
            index.happened.setdefault(doc.sentence_index(d.start), []).append(gap)
            continue
        if SAID_WHEN.search(text, max(0, d.start - 75), d.start) and not text.startswith((
                "'s ", "’s "), d.end) or \
                UPDATE_STAMP.search(text, max(0, d.start - 26), d.start) or (
                sent is not None and STATEMENT_OPENS.match(text, sent.start, d.start)) or (
                d.precision == "offset" and _AFTER_A_SAYING.match(text, d.end)) or \
                _TOLL_TOLD_AFTER.match(text, d.end) or \
                _CITED_ON.search(text, max(0, d.start - 50), d.start) or \
                cited_day(text, d.start, d.end) or \
                _STORY_ON.search(text, max(0, d.start - 30), d.start) or \
                report_dated(text, d.start) or (  # "the casualty report of 011300CDEC26"
                paper_dated(text, d.start, d.text)) or (  # "its Note No. 7/12 of 16 October"
                _STORY_AFTER.match(text, d.end) and text[max(0, d.start - 3):d.start].strip()
                in ("A", "a", "An", "an", "The", "the")) or (
                d.precision == "offset" and said_end >= 0 and
                _SAID_THEN.fullmatch(text, said_end, d.start)):
            # ("the Pentagon said Friday, two days after a drone hit ...": how long after
            # that happening it was said, no day of what was said)
            index.said.setdefault(doc.sentence_index(d.start), []).append(d)
            said_end, said_day = d.end, d.iso if d.precision == "day" else ""
            if d.precision == "day":  # still a day "hours later" can count from
                index.said_days.append((d.start, d.iso))
            continue  # "officials said on Wednesday": when it was said, not when it happened
        index.happened.setdefault(doc.sentence_index(d.start), []).append(d)
    note_days(doc, dates, index.filed)  # notes under a day heading: "Mon 23 Nov"
    return index


# "a drone approached the garrison that night": the day named last, in words dates.py leaves
# "that night", "earlier in the day": the day just named
THAT_DAY = re.compile(r"\b(?:that|(?i:earlier|later)\s+in\s+the)\s+"
                      r"(?:night|day|evening|morning|afternoon)\b")

# ("the public statement of 16 March 2026 reported three wounded": a letter's way of naming
# a statement by its day; "dated" likewise)
_TELLING_ON = re.compile(r"\b(?:statement|post|release|briefing|update|report|readout|"
                         r"bulletin)\s+(?:(?:issued|released|published|late|early)\s+)?"
                         r"(?:on\s+|of\s+|dated\s+)?$", re.I)
_SAYS_NEXT = re.compile(r"\s+(?:says|said|stated|confirmed|reported|announced)\b")
_SINCE_BEGAN = re.compile(r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?"
                          r"(?:began|started|erupted|broke\s+out|opened|resumed)\s+(?:on\s+|in\s+)?$")


def sentence_dates(text: str, sent: Sentence, named: list[DateMention],
                   named_last: DateMention | None, drafts: list[Draft],
                   background: list[tuple[int, int]]
                   ) -> tuple[list[DateMention], list[DateMention]]:
    """(the dates a sentence's happenings may take, the absolute ones among them, surest
    first): not a period's edge, a measure or a background clause's date; offsets anchored
    where the sentence can ("hours after the December attack")."""
    # ("revises the toll from Monday's attack": a day's happening named, not a period's edge)
    dates = [d for d in named if WHEN_AFTER.match(text, d.end) or (
        not d.opens_period or d.is_period_end and text.startswith(("'s ", "’s "), d.end)) and not (
        d.precision in ("month", "year")
        and SUPERLATIVE.search(text, max(sent.start, d.start - 50), d.start))]
    if dates and text.find("since ", sent.start, sent.end) >= 0:
        # "the heaviest attack since the campaign began late last month": when a period
        # began, the measure of this news, not the day of any happening told here
        dates = [d for d in dates if not _SINCE_BEGAN.search(text, max(sent.start, d.start - 60),
                                                             d.start)]
    if dates and any(_SAYS_NEXT.match(text, d.end) for d in dates):
        # "CENTCOM's statement on Monday says those were intercepts": the telling's day
        dates = [d for d in dates if not (
            _TELLING_ON.search(text, max(sent.start, d.start - 30), d.start)
            and _SAYS_NEXT.match(text, d.end))]
    if any(d.precision == "offset" for d in dates):
        dates = anchor_offsets(dates, named, named_last, drafts)
    absolute = sorted((d for d in dates if d.precision != "offset"),
                      key=lambda d: (d.implicit, PRECISION_RANK.get(d.precision, 9)))
    if absolute:  # "In January 2020 ... on the same night": that date
        dates = [absolute[0] if d.precision == "offset" and not d.offset_days else d
                 for d in dates]
    if background:  # "since the Oct. 7 attack": that attack's date is not this news's
        dates = [d for d in dates if not any(b0 <= d.start < b1 for b0, b1 in background)]
        absolute = [d for d in absolute if not any(b0 <= d.start < b1 for b0, b1 in background)]
    return dates, absolute


_PERFECT = re.compile(r"\b(?:have|has|had)\s+(?:[\w-]+\s+){0,3}$")
_HAD = re.compile(r"\bhad\s")  # "By Thursday, ... had arrived": done by then
_TOLL_SO_FAR = re.compile(r"\b(?:have|has|had)\s+(?:now\s+)?(?:killed|wounded|injured|left)\b")


def period_date(text: str, kind: str, c_start: int, t_start: int, c_end: int,
                 named: list[DateMention]) -> list[DateMention]:
    """A clause's date given as a period's edge: "are to leave the base by September" (a
    withdrawal's deadline), "have carried out strikes since March 15" (the day the strikes
    began)."""
    for d in named:
        if kind in ("deployment", "handover") and d.precision == "day" and \
                d.text[:3].lower() == "by " and d.end <= c_start and \
                not text[d.end:c_start].strip(" ,") and _HAD.search(text, c_start, c_end):
            return [d]  # "By Thursday, a unit had been flown in": there by that day
        if not (c_start <= d.start < c_end and d.opens_period):
            continue
        words = d.text.lower()
        if kind == "withdrawal" and words.startswith("by "):
            return [d]
        if kind == "deployment" and since_arrival(text, c_start, d) is not None:
            return [d]  # "in place since October 2026": there from then
        if kind in ("attack", "strike") and words.startswith("since") and \
                d.precision == "day" and (
                    _PERFECT.search(text, max(c_start, t_start - 40), t_start)
                    or _TOLL_SO_FAR.search(text, t_start, d.start)):
            return [d]  # "fighting around the town has killed 24 since Tuesday": from Tuesday
    return []


def anchor_offsets(dates: list[DateMention], named: list[DateMention],
                    context: DateMention | None, drafts: list[Draft]) -> list[DateMention]:
    """Offsets a sentence can resolve itself: "the following month" from the month named last
    in the paragraph; "hours after the December attack" is the day of the attack named (the
    December one told before, else December)."""
    out = []
    for d in dates:
        if d.offset_months and context is not None and context.precision in ("day", "month"):
            year, month = int(context.iso[:4]), int(context.iso[5:7]) + d.offset_months
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
            d = DateMention(d.start, d.end, d.text, f"{year:04d}-{month:02d}", "month")
        elif d.precision == "offset" and not d.offset_days:
            after = next((n for n in named if d.end < n.start <= d.end + 12
                          and n.precision in ("day", "month")), None)
            if after is not None:
                told = next((x.date for x in reversed(drafts) if x.date is not None and
                             x.date.precision == "day" and x.date.iso.startswith(after.iso)
                             and x.kind in ("attack", "strike")), None)
                d = told if after.precision == "month" and told is not None else after
        out.append(d)
    return out



def opens_line(text: str, pos: int) -> bool:
    """'Oct. 17, 2023: ...' - a date heading a timeline entry."""
    return pos == 0 or text[pos - 1] == "\n"


_LEADING = re.compile(r"(?:^|[;:,]\s*|\b(?:and|but|then)\s+)$")
_CLAUSE_AND = re.compile(r"(?:[;,]\s*(?:and|but|while)\s+|;\s*)$")


def date_owners(text: str, sent_start: int, scopes: list[tuple[str, int, int, int]],
                 dates: list[DateMention]) -> tuple[dict[int, int], set[int]]:
    """(id(date) -> index of the clause it dates, ids of dates opening a later clause).
    A date opening a clause ("...; on Jan. 12, jets struck") dates the action word after it,
    not the clause before; a date outside every clause ("On Jan. 12, ...") has no owner."""
    owners: dict[int, int] = {}
    opening: set[int] = set()
    for d in dates:
        later = [j for j, (_, _, t0, _) in enumerate(scopes) if t0 >= d.end]
        if later and (WHEN_AFTER.match(text, d.end) or d.precision == "day" and
                      d.text.lower().endswith(" after")):
            # ("said Friday, two days after rockets struck ...": the day the gap puts it on)
            owners[id(d)] = later[0]  # "since January 2020, when fighters attacked ..."
            opening.add(id(d))
            continue
        inside = [k for k, (_, c0, _, c1) in enumerate(scopes) if c0 <= d.start < c1]
        if not inside:
            if later and any(c1 <= d.start for _, _, _, c1 in scopes):
                owners[id(d)] = later[0]  # "...near Kassala; on Jan. 9, jets struck"
                opening.add(id(d))
            continue
        k = inside[0]
        later = [j for j, (_, _, t0, _) in enumerate(scopes) if t0 >= d.end]
        if later and later[0] != k and scopes[k][2] < d.start and (
                (_LEADING.search(text, max(sent_start, d.start - 6), d.start)
                 and re.match(r"\s*,", text[d.end:d.end + 3])
                 # ("pulled out of X, on Monday, the officials said": the move's day)
                 and not SAID_AFTER.match(text, d.end))
                # "..., and on July 30 an American airstrike killed": a new clause's date
                or _CLAUSE_AND.search(text, max(sent_start, d.start - 8), d.start)
                or dates_the_next(text, d.start, d.end, scopes[later[0]][2])):
            k = later[0]
            opening.add(id(d))
        owners[id(d)] = k
    return owners, opening


_LISTED = re.compile(r"\band\b|\bfollowed\s+by\b|;|\bthen\b")
_SUBORDINATE = re.compile(r"\b(?:who|which|whose|where|including)\b")


_TOLD_AGAIN = re.compile(r",?\s*")  # "in October, on 12 and 27 October": right after it


def nearest_dates(text: str, owned: list[DateMention], shared: list[DateMention],
                  trigger: int) -> list[DateMention]:
    """The dates that say when a clause's happening was: of its own dates and, when these
    give no day, the sentence's shared ones, those of the precision of the date nearest its
    action word. "Sunday's clash was the third this month" is Sunday's; "attacked the
    airfield last month, including a soldier who died on Monday" is last month's; "Early
    Wednesday, a cutter fired at a boat near the ship that ran aground in 1999" is
    Wednesday's. Dates listed with "and" ("three drones in December and two missiles on Feb.
    6") stay, one event each."""
    if len(owned) > 1 and any(d.precision == "month" for d in owned):
        # "twice in October, on 12 and 27 October": the month told again by its days
        owned = [d for d in owned if d.precision != "month" or not any(
            e.precision == "day" and e.iso.startswith(d.iso) and
            _TOLD_AGAIN.fullmatch(text, d.end, e.start) for e in owned)]
    if len(owned) > 1 and all(_LISTED.search(text, a.end, b.start) and not _SUBORDINATE.search(
            text, a.end, b.start) for a, b in zip(owned, owned[1:], strict=False)):
        return owned
    if not owned:
        return owned
    if (owner := possessed_day(text, owned, trigger)) is not None:
        return [owner]  # "killed in Thursday's strikes ... Friday": Thursday's (alone)
    pool = owned
    if all(PRECISION_RANK.get(d.precision, 0) > 0 for d in owned):
        pool = owned + [d for d in shared if d not in owned]

    def words_away(d: DateMention) -> int:
        lo, hi = (d.end, trigger) if d.end <= trigger else (trigger, d.start)
        return len(text[lo:hi].split())

    near = min(pool, key=words_away)
    rank = PRECISION_RANK.get(near.precision, 0)
    return [d for d in pool if PRECISION_RANK.get(d.precision, 0) == rank]


def split_by_dates(start: int, end: int, dates: list[DateMention]
                    ) -> list[tuple[int, int, DateMention | None]]:
    pieces: list[tuple[int, int, DateMention | None]] = []
    cut = start
    for d in dates:  # (a date told before the clause opens cuts nothing off it)
        pieces.append((cut, max(cut, d.end), d))
        cut = max(cut, d.end)
    if pieces:
        pieces[-1] = (pieces[-1][0], end, pieces[-1][2])
    return pieces


def resolve_offsets(drafts: list[Draft], said_days: list[tuple[int, str]]
                     ) -> list[tuple[Draft, str, str]]:
    """(draft, iso date, precision); 'a day after' counts from the last dated event (or the
    last day something was said, for "hours later")."""
    out = []
    anchor: date | None = None
    # "The following day, jets struck ...": a day counted from the last happening dated,
    # not from when something about it was said since
    happened: date | None = None
    said = iter(said_days)
    pending = next(said, None)
    for d in drafts:
        while pending is not None and pending[0] < d.start:
            anchor = date.fromisoformat(pending[1])
            pending = next(said, None)
        iso, precision = "", "unknown"
        if d.date is not None and d.date.precision == "offset":
            base = happened if d.date.offset_days and happened is not None else anchor
            if base is not None:
                iso, precision = (base + timedelta(days=d.date.offset_days)).isoformat(), "day"
        elif d.date is not None:
            iso, precision = d.date.iso, d.date.precision
            if precision == "day":
                anchor = happened = date.fromisoformat(iso)
        out.append((d, iso, precision))
    return out
