"""Events: attacks, strikes, withdrawals, handovers, deployments and announcements.

A sentence is cut into clauses at its action words; each clause gets the date, places, weapons
and casualties in it. Only concrete happenings are kept: a dated or bloody one, or a withdrawal,
handover or deployment at a named place (one per kind when undated). Timeline paragraphs that
open with a date ("Oct. 17: ...") date every sentence under them. A move or decision told as
news of the day it was said ("will send ..., the ministry said Tuesday", "approved Friday",
"received a contract") is an announcement of that day; named or negated happenings ("condemned
the strike", "had not carried out any strike", "these strikes") are not happenings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from briefdeck.extract.alternatives import Alternatives, first_chars
from briefdeck.extract.casualties import ANY_TOLL, Casualty, find_casualties, merge_tolls
from briefdeck.extract.dates import DateMention, carry_years
from briefdeck.extract.event_merge import finish, fuller_toll
from briefdeck.extract.places import PlaceMention, is_attacker
from briefdeck.extract.sentences import Document, Sentence, inside
from briefdeck.extract.systems import SystemMention
from briefdeck.model import Event

_RANKED_NAME = (
    r"(?:(?:Iranian|Iraqi|senior|top|the)\s+)*(?:(?:Maj\.|Lt\.|Brig\.)\s+)?(?:Gen\.|General|"
    r"commander|leader|Col\.)?\s*[A-Z][a-z]+(?:\s+[A-Z][\w-]+)"
)
# kind, pattern: the words that make a clause an event.
TRIGGERS: list[tuple[str, str]] = [
    ("strike", r"\b(?:air\s?strikes?|precision\s+strikes?|retaliatory\s+strikes?)\b"),
    ("attack", r"\b(?:drone|missile)\s+strikes?\b"),  # whose: decided by FRIENDLY
    # "launched its own naval mission": a deployment, not a launch of weapons
    ("deployment", r"\blaunched\s+(?:its|their|a|an|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
                   r"mission\b"),
    ("strike", rf"\b(?:kill(?:ed|s)|assassinat\w+)\s+(?={_RANKED_NAME})"),
    ("attack", r"\bfired\s+(?:[\w-]+\s+){0,4}?(?:at|on|into|toward|upon)\b|"
               r"\b(?:is|are|was|were)\s+fired\b"),
    ("attack", r"\b(?:attack|(?<!\bof\s)attacks|attacked)\s+(?:on|at|against)\b|\battacked\b|"
               r"\b(?:rocket|mortar|drone|missile|suicide|bomb)\s+attacks?\b"),
    # "a string of strikes", "a wave of attacks on": a kind of happening, not one of them
    ("attack", r"\b(?:hits?|struck|strike(?!\s+(?:group|force|fighter|package|drone|aircraft|"
               r"team|capabilit))|(?<!\bof\s)strikes|target(?:ed|ing)|"
               r"targets\s+(?=the\b|an?\b|U\.S\.|[Aa]merican|[Cc]oalition)|slammed\s+into|landed|shelled|detonated|"
               r"bombed|ambushed|raided|stormed|storm|explod\w+|intercept(?:ed|s)|"
               r"shot\s+down|knocked\s+down|brought\s+down|downed|downing\s+of|"
               r"fell|launched|offensive|shelling|barrage|assault\s+on|"
               r"raids?(?!\s+(?:sirens?|shelters?|alerts?|warnings?))|sank|sunk)\b"),
    # "a drone entered Polish airspace", "opened talks in January": happenings, not attacks
    ("other", r"\b(?:entered|crossed\s+into|violated|strayed\s+into|flew\s+into)\s+"
              r"(?:[\w'’-]+\s+){0,2}?airspace\b|"
              r"\b(?:opened|began|launched|started|held|resumed)\s+(?:[\w-]+\s+){0,2}?talks\b"),
    ("withdrawal", r"\bwithdr[ae]w\w*|\bpull(?:ed|ing|s)?\s+(?:out|back)\b|"
                   r"\bremov(?:e|ed|es|ing)\s+(?:\w+\s+){0,2}troops\b|\bdraw(?:ing|s)?\s+"
                   r"(?:down|out)\b|\bconsolidat\w+|\bre-?position\w*|\b(?:leav(?:e|es|ing)|left)\s+"
                   r"(?=Iraq|Syria|the\s+country|the\s+bases?|"
                   # "leave Ain al-Asad Air Base", "left Kabul by August": a base, a deadline
                   r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+(?:Air\s+Base|Airbase|[Bb]ase|"
                   r"Airfield|[Gg]arrison)\b|[A-Z][\w'’-]+\s+by\b)|"
                   # "ends the mission by September"; "agreed to end the mission": a plan
                   r"\bconvoys?\s+(?:out\s+of|left|departed)\b|(?<!\bto\s)wind(?:s|ing)?\s+"
                   r"down\b|(?<!\bto\s)\bend(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
                   r"(?:mission|presence)\b"),
    ("handover", r"\bhand(?:ed|ing|s)?\s+(?:over|back)\b|\btransferr?(?:ed|ing|s)?\b"),
    ("deployment", r"\bdeploy(?:ed|ing|s)?\s+(?:to|into)\b|\bmov(?:e|ed|ing)\s+in\b|"
                   r"\bmoved\s+(?:[\w,.-]+\s+){0,6}?into\b|\bsen(?:d|ds|t|ding)\s+"
                   r"(?:[\w.$,-]+\s+){0,8}?(?:troops|forces|soldiers|Marines|sailors|airmen|jets|"
                   r"aircraft|batter(?:y|ies)|squadrons?|units?|carriers?|warships|ships|"
                   r"destroyers|personnel|reinforcements|systems|weapons|interceptors|"
                   r"launchers)\b|"
                   # "arrived over the weekend", "arrived at the base": not "arrived at a decision"
                   r"\barriv(?:e|ed|es|ing)\b(?=\s+(?:at|in|on|over|last|this|early|late|"
                   r"earlier|yesterday|today)\b(?!\s+(?:an?|the\s+same)\s+(?:decision|agreement|"
                   r"conclusion|time))"
                   r"|\s*[.;])|"
                   r"\b(?:entered|sailed\s+into)\s+the\s+(?:[A-Z][\w-]+\s+)+(?:Sea|Gulf|Ocean)\b|"
                   r"\breinforc\w+"),
    ("announcement", r"\bannounc(?:e|ed|es|ing)\b|\b(?:had|has|have)\s+(?:agreed\s+to|"
                     r"approved|decided\s+to|authori[sz]ed)\b|\b(?:disclosed|revealed)\b|"
                     r"\b(?:approv(?:ed|ing)|authori[sz](?:ed|ing)|ordered)\s+(?:the|a|an|its|"
                     r"their|plans?)\s+(?:[\w$.,-]+\s+){0,4}?(?:deployment|withdrawal|drawdown|"
                     r"sale|transfer|package|mission|moves?|request|plan|contract|purchase|"
                     r"extension|funding|return)\b|"
                     # "which the secretary approved Friday": the approval and its day
                     r"\bapproved\s+(?=(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                     r"Saturday|Sunday|last\s+\w+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
                     r"Dec)[a-z]*\.?\s+\d))|"
                     # "awarded Lockheed a $2.9 billion contract", "received an Army contract"
                     r"\b(?:award(?:ed|s)|receiv(?:ed|es)|won|wins|landed|secured)\s+"
                     r"(?:[\w$.,'’-]+\s+){0,6}?contract\b|"
                     # "said it had stopped targeting U.S. forces": a declared halt
                     r"\b(?:stopp(?:ed|ing)|suspend(?:ed|ing)|halt(?:ed|ing)|paus(?:ed|ing))\s+"
                     r"(?:its\s+|their\s+|all\s+|military\s+)*(?:attacks|targeting|strikes|"
                     r"operations)\b|"
                     r"\b(?:agreement|deal|accord)\s+(?:was\s+)?(?:reached|signed|struck)\b|"
                     r"\bsigned\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:agreement|deal|accord)\b"),
]
# Every action word starts a word: tried only where one starts, with its possible letters.
TRIGGER_ALTERNATIVES = Alternatives([p for _, p in TRIGGERS], prefix=r"\b")
TRIGGER_RE = TRIGGER_ALTERNATIVES.regex
BOUNDARY_RE = re.compile(r",\s+|;\s+|:\s+|\s+(?:and|but|after|while|when|before|once)\s+|"
                         r"\s+(?=(?:in\s+(?:retaliation|response|revenge)\s+(?:for|to)|"
                         r"following|to\s+avenge|in\s+the\s+wake\s+of)\s)")
FRIENDLY = re.compile(r"\bU\.S\.|\bAmerican\b|\b[Cc]oalition\b|\bIsraeli\b|\bBritish\b|"
                      r"\bPresident\b|\border(?:s|ed)\b|"
                      r"\bjets?\b|\bbombers?\b|\baircraft\b|\bwarplanes?\b|\bCENTCOM\b")
# "KYIV, June 3 (Agency) -", "DUBAI/MANILA, Sept 12 (Reuters) -": where and when it was filed
DATELINE = re.compile(r"[A-Z][A-Z .'/-]{2,},\s*(?:[A-Z][A-Za-z.]+,\s*)?$")
DATELINE_LEAD = re.compile(
    r"[A-Z][A-Z .'/-]{2,}(?:,[^.\n]{0,60}?)?\s*(?:\([^)]{1,40}\))?\s*[-—–]+\s+"
    # "Beirut (AFP) –": a town in ordinary case, then the agency
    r"|[A-Z][\w.'/-]+(?:\s[A-Z][\w.'/-]+){0,2}\s*\([A-Z][\w .-]{1,30}\)\s*[-—–]+\s+"
)
SAID_WHEN = re.compile(r"\b(?:said|says|announced|told\s+\w+|reported|confirmed|added)[ \t]+"
                       # "said in a post on X on Tuesday", "said in a statement Friday"
                       r"(?:in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:post|statement|"
                       r"briefing|interview|release|video|message)(?:\s+on\s+(?:X|Twitter|"
                       r"Telegram|Facebook|Instagram|its\s+\w+\s+channel))?[ \t]+)?$")
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
BROAD_PRECISIONS = ("country", "province", "region")
HYPOTHETICAL = re.compile(r"\b(?:could|might|may|would|possible|possibly|considering|if|"
                          r"can|cannot|should|unless|"
                          # "had stopped targeting", "denied attacking": did not happen
                          r"stopped|halted|ceased|suspended|denied|never|no\s+longer|not)\b")
MOVES = ("withdrawal", "handover", "deployment")  # a modal word makes these plans, dated or not
WEAPON_CATEGORIES = {"rocket", "ballistic missile", "cruise missile", "drone", "artillery",
                     "explosive", "aircraft", "helicopter"}
# "In a separate attack ..." / "An earlier strike ...": a different event, not more of the last.
_ANOTHER = re.compile(
    r"\b(?:separate|another|similar|second|earlier|previous|"
    r"other(?!\s+(?:[\w-]+\s+)?(?:people|persons|civilians|soldiers|troops|service|members|"
    r"fighters|personnel|residents|crew|passengers|children|officers|guards|workers)\b))"
    r"\b", re.I)  # "seven other people": more of the toll, not another happening


def _word_gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """pattern, tried only at a word start with a letter it can begin with: most words of a
    sentence are skipped at once (the same matches, a fraction of the time)."""
    chars = first_chars(pattern, flags)
    if not chars:
        return re.compile(pattern, flags)
    if flags & re.I:
        chars |= {c.swapcase() for c in chars}
    return re.compile(rf"\b(?=[{''.join(sorted(chars))}])(?:{pattern})", flags)


# "since the war in Gaza began", "amid fighting in Sudan": background, never the attack's place.
BACKGROUND = _word_gated(
    r"\b(?:since|amid(?:st)?|during|throughout|as|because\s+of)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:war|wars|conflict|fighting|invasion|crisis|tensions|campaign|"
    r"hostilities|occupation|uprising|insurgency|offensive|outbreak)\b"
    r"[^,;.]*"
    # "after the embassy attack in Baghdad", "since the Oct. 7 attack on Israel"
    r"|\b(?:since|after|following|before|in\s+(?:retaliation|response|revenge)\s+(?:for|to)|"
    r"to\s+avenge|in\s+the\s+wake\s+of|within\s+(?:days|hours|weeks)\s+of)\s+"
    r"(?:the|an?|last\s+\w+(?:'s|’s)?|\w+day(?:'s|’s))\s+(?:[\w.-]+\s+){0,4}?"
    r"(?:attacks?|strikes?|bombings?|raids?|killings?|assassination|invasion)\b"
    # "after a one-way attack drone struck", "after the strike group entered": a weapon or
    # a fleet, and the happening told in full
    r"(?!\s+(?:drones?|helicopters?|aircraft|jets?|submarines?|craft|boats?|group|force|"
    r"fighters?|package|team|wing)\b)[^,;]*?"
    r"(?=[,;]|\.\s|\.$|$)", re.I)
# "It was the second attack on the base this week", "the latest in a series of strikes":
# a tally of happenings already told, not one more.
TALLY = re.compile(r"\b(?:(?:it|this|that|which)\s+(?:was|is|marked|became)|marks?|marked)\s+"
                   r"(?:the\s+|at\s+least\s+the\s+)?(?:\w+th|first|second|third|latest|"
                   r"\w+est|(?:\w+-)?\w+st|\w+nd|\w+rd)\b|"
                   r"\bfor\s+the\s+(?:second|third|\w+th|first)\s+time\b", re.I)
# "called the strikes a violation", "claimed the attack", "more than 160 attacks on": the
# happening is named, not told; a count of many is a tally.
REFERENCE = re.compile(
    # "claimed the attack" names one told; "claiming a strike on a bulk carrier" tells one
    r"\bclaim\w*\s+(?:responsibility\s+for\s+)?(?!an?\s)(?:[\w-]+\s+){0,3}$|"
    r"\b(?:call(?:ed|s|ing)?|condemn\w*|denounc\w*|prais\w*|defend\w*|"
    r"describ\w*|blam\w*|investigat\w*|den(?:y|ied|ies)|planning|plotting|preparing|"
    r"responsible\s+for)\s+(?:responsibility\s+for\s+)?(?:the|these|those|this|that|its|"
    r"their|such)?\s*(?:[\w-]+\s+){0,2}$", re.I)
COUNTED = re.compile(r"\b(?:\d{2,}|\d{1,3}(?:,\d{3})+|dozens|scores|hundreds)\s+"
                     r"(?:[\w-]+\s+){0,2}$", re.I)
_TIMES = re.compile(r"[\w\s-]{0,40}?\b(?:\d[\d,]*|dozens\s+of|hundreds\s+of|scores\s+of|"
                    r"several|many|multiple)\s+times\b", re.I)
_PLURAL_HAPPENINGS = re.compile(r"(?:air\s?)?(?:attacks|strikes|raids|incidents)\b", re.I)
# "will send", "plans to withdraw": a move decided, not yet made
PLANNED = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|planning\s+to|intends?\s+to|"
                     r"set\s+to|(?:is|are)\s+(?:also\s+)?(?:now\s+)?(?:sending|deploying))\s+"
                     r"(?:also\s+|soon\s+|now\s+)?$")
# "rockets were fired from a truck outside al-Baghdadi": where they came from, not the target
_ORIGIN = re.compile(r"\bfrom\b(?:(?!\b(?:at|on|into|toward|towards|against|hit|hitting|struck|"
                     r"striking|targeting|over)\b)[^.;])*$")
# "the strike came as ...", "The attacks follow ...": the happening just told, named again
RECALLED = re.compile(r"(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|assault|bombing)\s+"
                      r"(?:came|comes|come|followed|follows|follow|was\s+the|were\s+the|is\s+the|"
                      r"marked|marks)\b", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$", re.I)
# "had not carried out any strike", "no attack was reported": did not happen, dated or not
NEGATED = re.compile(r"\b(?:not|never|no)\s+(?:[\w-]+\s+){0,3}$", re.I)
NONE_OF = re.compile(r"(?:Neither|None)\s+of\b|No\s+(?:[\w-]+\s+)?(?:was|were)\b")  # opening
INTERCEPT = re.compile(r"shot\s+down|downed|downing|intercept|knocked\s+down|brought\s+down",
                       re.I)
# "These strikes were conducted in response to ...": the strikes just told, named again
DEMONSTRATIVE = re.compile(r"\b(?:these|those)\s+(?:[a-z][\w-]*\s+)?$", re.I)
_HAPPENING_NOUN = re.compile(r"(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|barrages?|assault|"
                             r"shelling|offensive|bombing)\b", re.I)
HABIT = re.compile(r"\b(?:regularly|routinely|frequently|often|repeatedly|usually|"
                   r"periodically|occasionally|typically)\b", re.I)
_HAVE_DIED = r"\b(?:have|has)\s+(?:now\s+)?(?:been\s+)?(?:killed|wounded|injured|died)\b"
# "since January 2020, when fighters attacked Camp Simba": the date of the when-clause
_WHEN_AFTER = re.compile(r",?\s+when\b")
SUPERLATIVE = re.compile(r"\b(?:deadliest|largest|biggest|worst|heaviest|highest|first|"
                         r"most\s+\w+)\b[^.;]{0,40}$", re.I)
TOOK_PLACE = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:attack|strike|ambush|raid|"
                        r"bombing|blast|explosion|assault)\s+(?:took\s+place|happened|"
                        r"occurred|was\s+carried\s+out|began|started)\b", re.I)
CUMULATIVE = re.compile(rf"{_HAVE_DIED}[^.;]{{0,80}}\bsince\b|\bsince\b[^.;]{{0,80}}{_HAVE_DIED}|"
                        # "Before Tuesday's strike they had killed at least four": the tally so far
                        r"\b[Bb]efore\s+(?:the|this|that|\w+day(?:'s|’s))\b[^.;]{0,80}\bhad\b|"
                        r"\b(?:so\s+far|to\s+date|in\s+total|altogether|cumulative)\b", re.I)
# "the base", "the airfield": the installation named last, a sentence or two before.
THE_BASE = re.compile(r"\b(?:the|that)\s+(?:air\s+|military\s+|U\.S\.\s+)?(?:base|airbase|"
                      r"airfield|air\s+field|garrison|outpost|camp|compound|installation)\b",
                      re.I)
_NAMES_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")
# "An AC-130 gunship ... kills several militants": our weapon kills; a strike of its own.
_OUR_KILL = re.compile(r"\b(?:gunships?|jets?|bombers?|warplanes?|aircraft|helicopters?)\b"
                       r"(?:(?!\b(?:said|says|told|according|attack|strike)\b)[^.;]){0,50}?"
                       r"\bkill(?:s|ed)\s+$")
_SAID_AFTER = re.compile(r"[\s,]*(?:[\w.'’-]+\s+){0,4}?(?:said|says|reported|told|confirmed|"
                         r"announced)\b")
_TRAILING_JOIN = re.compile(r"(?:[\s,]+(?:and|but|after|while|when|before|once))+[\s,]*$")
_LEAD_WORDS = re.compile(r"^(?:(?:like|the|those|and|but|after|as|while|when|also|then|once|"
                         r"before|that|which)\s+)+", re.I)


@dataclass
class _Draft:
    kind: str
    start: int
    end: int
    date: DateMention | None = None
    places: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    summary: str = ""
    paragraph: int = -1
    sentence: int = -1  # index of the sentence it was drafted from
    other: bool = False  # "another base was also targeted": not a repeat of the day's attack
    said: bool = False  # dated by when it was said: other news of that day is not merged in
    intercept: bool = False  # "drones were downed over X": a part of that day's attack
    last_paragraph: int = -1  # the last paragraph that tells of it
    keys: set[str] = field(default_factory=set)  # gazetteer keys of its places
    sites: set[str] = field(default_factory=set)  # those finer than a province or country
    countries: set[str] = field(default_factory=set)  # the countries its places lie in
    mentions: list[PlaceMention] = field(default_factory=list)  # its places as found

    points: list[tuple[float, float]] = field(default_factory=list)  # where its sites are

    def __post_init__(self) -> None:
        self.last_paragraph = max(self.last_paragraph, self.paragraph)

    def locate(self, places: list[PlaceMention]) -> None:
        self.keys |= {p.key for p in places}
        self.countries |= {p.country for p in places if p.country}
        self.mentions += places
        sites = [p for p in places if p.precision not in BROAD_PRECISIONS]
        self.sites |= {p.key for p in sites}
        self.points += [(p.lat, p.lon) for p in sites if p.lat is not None and p.lon is not None]


def _scopes(text: str, sent: Sentence) -> list[tuple[str, int, int, int]]:
    """(kind, clause start, trigger start, clause end) for each action word in a sentence."""
    triggers = []
    for m in TRIGGER_RE.finditer(text, sent.start, sent.end):
        kind = TRIGGERS[TRIGGER_ALTERNATIVES.which(m)][0]
        triggers.append((kind, m.start(), m.end()))
    starts = []
    prev_end = sent.start
    for _kind, t_start, _t_end in triggers:
        clause = prev_end
        for b in BOUNDARY_RE.finditer(text, prev_end, t_start):
            clause = b.end()
        starts.append(clause)
        prev_end = _t_end
    scopes = []
    for i, (kind, t_start, _t_end) in enumerate(triggers):
        end = starts[i + 1] if i + 1 < len(triggers) else sent.end
        scopes.append((kind, starts[i], t_start, max(end, _t_end)))
    return scopes


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    tail = _TRAILING_JOIN.search(text, start, end)
    return start, tail.start() if tail else end


def _inside(items, start: int, end: int):
    return [x for x in items if start <= x.start and x.end <= end]


def _summary(text: str, start: int, end: int) -> str:
    words = " ".join(text[start:end].split()).strip(" ,;:.")
    words = _LEAD_WORDS.sub("", words)
    if len(words) > 140:
        words = words[:140].rsplit(" ", 1)[0] + "…"
    return words[:1].upper() + words[1:]


def _event_kind(kind: str, text: str, clause_start: int, trigger_start: int,
                subject: tuple[int, int] | None = None) -> str:
    """An attack by us is a strike. A clause with no subject of its own ("U.S. bombers, with
    other aircraft, strike ...") takes the sentence's subject: the words before its first
    action word."""
    if kind != "attack":
        return kind
    if FRIENDLY.search(text, clause_start, trigger_start):
        return "strike"
    if subject and not re.search(r"\w", text[clause_start:trigger_start]) and \
            FRIENDLY.search(text, *subject):
        return "strike"
    return kind


def draft_events(doc: Document, dates: list[DateMention], places: list[PlaceMention],
                 systems: list[SystemMention], pub: date) -> list[Event]:
    text = doc.text
    dates = carry_years(sorted(dates, key=lambda d: d.start), pub,
                        lambda pos: _paragraph_of(doc, pos), lambda pos: _opens_line(text, pos))
    by_sentence: dict[int, list[DateMention]] = {}
    said_by: dict[int, list[DateMention]] = {}  # "officials said on Friday": for announcements
    said_days: list[tuple[int, str]] = []
    filed: dict[int, DateMention] = {}  # paragraph -> its dateline's date
    for d in dates:
        sent = doc.sentence_at(d.start)
        if sent is not None and DATELINE.match(text, sent.start, d.start):
            # "KYIV, June 3 (Agency) -": when the story was filed; it dates only what its
            # paragraph tells without a date of its own
            if d.precision == "day":
                filed.setdefault(sent.paragraph, d)
            continue
        if SAID_WHEN.search(text, max(0, d.start - 75), d.start):
            said_by.setdefault(doc.sentence_index(d.start), []).append(d)
            if d.precision == "day":
                said_days.append((d.start, d.iso))  # still a day "hours later" can count from
            continue  # "officials said on Wednesday": when it was said, not when it happened
        by_sentence.setdefault(doc.sentence_index(d.start), []).append(d)
    places_by: dict[int, list[PlaceMention]] = {}
    for p in places:
        places_by.setdefault(doc.sentence_index(p.start), []).append(p)
    systems_by: dict[int, list[SystemMention]] = {}
    for s in systems:
        if s.category in WEAPON_CATEGORIES:
            systems_by.setdefault(doc.sentence_index(s.start), []).append(s)
    drafts: list[_Draft] = []
    context: DateMention | None = None  # the last date named in the current paragraph
    base: tuple[PlaceMention, int] | None = None  # the last installation named, its paragraph
    # "attacked the villages of A, B and C": the places listed, for the sentences that follow
    listed: tuple[list[PlaceMention], int] = ([], -1)
    named_last: DateMention | None = None  # the last day or month named, said dates too
    paragraph = -1
    for i, sent in enumerate(doc.sentences):
        if sent.paragraph != paragraph:
            paragraph, context = sent.paragraph, filed.get(sent.paragraph)
            named_last = context
        scopes = _scopes(text, sent)
        if not scopes and i not in by_sentence and i not in said_by and \
                not ANY_TOLL.search(text, sent.start, sent.end):
            # no action word, date or toll (most sentences): only a base named here matters
            named = [p for p in _inside(places_by.get(i, []), sent.start, sent.end)
                     if p.precision == "installation" and not p.locator]
            if named and not BACKGROUND.search(text, sent.start, sent.end):
                base = (named[-1], paragraph)
            continue
        sent_dates = [d for d in by_sentence.get(i, []) if _WHEN_AFTER.match(text, d.end) or (
            not d.opens_period) and not (
            d.precision in ("month", "year")  # "the deadliest attack this year": a measure
            and SUPERLATIVE.search(text, max(sent.start, d.start - 50), d.start))]
        if any(d.precision == "offset" for d in sent_dates):
            sent_dates = _anchor_offsets(sent_dates, by_sentence.get(i, []), named_last, drafts)
        absolute = sorted((d for d in sent_dates if d.precision != "offset"),
                          key=lambda d: (d.implicit, _PRECISION_RANK.get(d.precision, 9)))
        if absolute:  # "In January 2020 ... on the same night": that date
            sent_dates = [absolute[0] if d.precision == "offset" and not d.offset_days else d
                          for d in sent_dates]
        sent_places = _inside(places_by.get(i, []), sent.start, sent.end)
        background = [m.span() for m in BACKGROUND.finditer(text, sent.start, sent.end)]
        # "since the Oct. 7 attack", "in retaliation for the drone strike that killed ...":
        # an earlier happening recalled; its date, action words and dead are not this news
        period = background
        if background:  # a background clause's places are not where this happened
            sent_places = [p for p in sent_places
                           if not any(b0 <= p.start < b1 for b0, b1 in background)]
        if period:
            sent_dates = [d for d in sent_dates
                          if not any(b0 <= d.start < b1 for b0, b1 in period)]
            absolute = [d for d in absolute if not any(b0 <= d.start < b1 for b0, b1 in period)]
        sent_systems = _inside(systems_by.get(i, []), sent.start, sent.end)
        casualties = [c for c in find_casualties(text, sent.start, sent.end)
                      if not any(b0 <= c.start < b1 for b0, b1 in period)]
        claimed: set[int] = set()
        dateline = DATELINE_LEAD.match(text, sent.start, sent.end)
        if not scopes and sent_systems and sent_dates and \
                sent_dates[0].start - sent.start <= 2 and _opens_line(text, sent.start):
            # a table row or timeline entry with no verb: "3 Aug  MSS Conoco, Syria  2 UAS"
            scopes = [("attack", sent.start, sent_dates[0].end, sent.end)]
        subject = (sent.start, scopes[0][2]) if scopes else None
        owner, opening = _date_owners(text, sent.start, scopes, sent_dates)
        n_before = len(drafts)
        setting: list[PlaceMention] | None = None  # "In Zolochiv, ...": every clause's place
        for n_scope, (kind, c_start, t_start, c_end) in enumerate(scopes):
            if any(b0 <= t_start < b1 for b0, b1 in period):
                continue  # "since the Oct. 7 attack on Israel": background, not a happening
            # "...; on Jan. 12, jets struck": a date opening another clause is not this one's
            # its own clause's dates first; else any the sentence shares (not another's opener)
            own = [d for d in absolute if owner.get(id(d)) == n_scope] or \
                [d for d in absolute if id(d) not in opening and owner.get(id(d)) is None]
            loose = [d for d in sent_dates if owner.get(id(d)) == n_scope or id(d) not in opening]
            if dateline and c_start < dateline.end() <= t_start:
                c_start = dateline.end()  # "DEIR EZ-ZOR, Syria (Wire) - Mortar rounds hit"
            kind = _event_kind(kind, text, c_start, t_start, subject)
            in_scope = [d for d in sent_dates if owner.get(id(d)) == n_scope]
            if any(not d.implicit for d in in_scope):  # "overnight ... to Wednesday": one date
                in_scope = [d for d in in_scope if not d.implicit]
            if not in_scope:
                in_scope = _period_date(text, kind, c_start, t_start, c_end, by_sentence.get(i, []))
            hurt = [c for c in casualties if c_start <= c.start < c_end]
            if hurt and CUMULATIVE.search(text, c_start, c_end):
                hurt = []  # "have killed at least four since November": a running tally
            claimed.update(id(c) for c in hurt)
            # "can deploy to other areas or leave Iraq": the modal of a verb joined without a
            # break governs the next one too
            mod_start = scopes[n_scope - 1][1] if n_scope and not BOUNDARY_RE.search(
                text, scopes[n_scope - 1][2], t_start) else c_start
            if not hurt and (not in_scope or kind in MOVES) and \
                    HYPOTHETICAL.search(text, mod_start, t_start):
                continue  # "troops could then leave Iraq in April": a possibility, dated or not
            if not hurt and TALLY.search(text, c_start, c_end):
                continue  # "It was the second attack this week": a count, not an event
            counted = _PLURAL_HAPPENINGS.match(text, t_start) and \
                COUNTED.search(text, max(c_start, t_start - 40), t_start) or \
                _TIMES.match(text, t_start)  # "have been attacked at least 166 times": a tally
            quote_only = inside(doc.quoted, t_start) and not (sent_places and any(
                d.precision == "day" for d in sent_dates))  # a dated, placed quote tells one
            recalled = RECALLED.match(text, t_start) and \
                _DEFINITE_BEFORE.search(text, max(c_start, t_start - 30), t_start)
            if REFERENCE.search(text, max(c_start, t_start - 60), t_start):
                # "killed an official responsible for planning attacks on ...": the attacks
                # are named, not told; a toll in the clause is that of the happening around it
                claimed.difference_update(id(c) for c in hurt)
                continue
            if not hurt and (recalled or counted or HABIT.search(text, c_start, t_start)
                             or quote_only
                             or NEGATED.search(text, max(c_start, t_start - 40), t_start)
                             or NONE_OF.match(text, sent.start)
                             or (DEMONSTRATIVE.search(text, max(c_start, t_start - 25), t_start)
                                 and _HAPPENING_NOUN.match(text, t_start))):
                continue  # "condemned the strikes", "are regularly intercepted", a quote
            weapons = _inside(sent_systems, c_start, c_end) or sent_systems
            weapon_names = list(dict.fromkeys(s.name for s in weapons))
            # "Al-Qaim was transferred on March 19, followed by Q-West on March 26": one event
            # per date, each with the places named since the date before it.
            pieces = _split_by_dates(c_start, c_end, in_scope) if len(in_scope) > 1 else [
                (c_start, c_end, in_scope[0] if in_scope else None)]
            for n, (p_start, p_end, when) in enumerate(pieces):
                given = when is not None or any(owner.get(id(d)) == n_scope for d in absolute)
                if when is None:
                    when = own[0] if own else (loose[0] if loose else context)
                said = False
                said_here = said_by.get(i, [])
                if said_here and not given and kind in MOVES and (
                        PLANNED.search(text, max(c_start, t_start - 30), t_start)
                        or text.startswith(("sending", "deploying"), t_start)):
                    # "Norway will send a NASAMS unit ..., the ministry announced on Wednesday":
                    # the news of that day is the decision
                    kind, said, when = "announcement", True, said_here[0]
                elif said_here and not given and kind == "announcement" and (
                        when is None or when.precision == "offset"
                        or any(c_start <= d.start < c_end for d in said_here)):
                    # "said on Friday that it had agreed to", "said last month it had stopped":
                    # the day it was said, not a date told elsewhere in the sentence
                    said, when = True, said_here[0]
                elif when is None and kind in ("attack", "strike") and said_here and \
                        said_here[0].precision == "month":
                    # "said last week that forces had killed ...": no nearer date than that
                    when = said_here[0]
                in_clause = [p for p in _inside(sent_places, p_start, p_end)
                             if not is_attacker(text, p.start, p.end)  # "Iran's barrage"
                             and not (kind in ("attack", "strike")
                                      and _ORIGIN.search(text, t_start, p.start))]
                if not in_clause and n == 0 and kind in ("withdrawal", "handover", "deployment"):
                    # "Al-Qaim, near the Syrian border, was transferred on March 19"
                    in_clause = [p for p in _inside(sent_places, sent.start, c_start)
                                 if not p.locator][:1]
                where = _distinct([p for p in in_clause if not p.locator] or in_clause)
                if not where:
                    if setting is None:
                        setting = _setting(text, sent, sent_places, listed, paragraph)
                    where = setting
                if not where and base is not None and paragraph - base[1] <= 2 and \
                        THE_BASE.search(text, p_start, p_end):
                    where = [base[0]]  # "arrived at the base Feb. 27": the base just named
                s_start, s_end = _trim(text, p_start if n else c_start, p_end)
                prev = drafts[-1] if drafts else None
                if when is None and prev is not None and prev.date is not None and \
                        kind in ("attack", "strike") and prev.kind in ("attack", "strike") and \
                        0 <= i - prev.sentence <= 2 and prev.paragraph < sent.paragraph and \
                        not _ANOTHER.search(text, sent.start, c_end):  # not a later clause's
                    # "The vessel was hit 60 miles off Hodeidah." right after the dated attack:
                    # more about that attack, not an undated one of its own; "In Syria, the
                    # strikes hit Al-Bukamal": a place of its own, that day, its own toll
                    new = [p for p in where if p.precision != "country" and p.key not in
                           prev.keys]
                    if new and (prev.sites or (prev.casualties and hurt)):
                        drafts.append(_Draft(
                            kind, s_start, s_end, prev.date, [p.name for p in where][:3],
                            weapon_names, hurt if n == 0 else [], _summary(text, s_start, s_end),
                            sent.paragraph, i, intercept=bool(INTERCEPT.match(text, t_start))))
                        drafts[-1].locate(where[:3])
                        continue
                    prev.places += [p.name for p in where if p.name not in prev.places]
                    prev.places = prev.places[:3]
                    prev.locate(where)
                    # a second telling of that attack ("state media said it killed two"):
                    # the fuller toll, never the sum
                    prev.casualties = fuller_toll(prev.casualties, hurt if n == 0 else [])
                    prev.weapons = list(dict.fromkeys(prev.weapons + weapon_names))
                    prev.sentence, prev.last_paragraph = i, paragraph
                    continue
                if when is None and kind in ("attack", "strike"):
                    when = _told_before(drafts, i, where)
                if when is None and not hurt and _ANOTHER.search(text, c_start, t_start):
                    continue  # "when another drone hit": an undated other event, not this one
                drafts.append(_Draft(
                    kind, s_start, s_end, when, [p.name for p in where][:3],
                    weapon_names, hurt if n == 0 else [], _summary(text, s_start, s_end),
                    sent.paragraph, i, bool(_ANOTHER.search(text, sent.start, c_end)), said,
                    bool(INTERCEPT.match(text, t_start)),
                ))
                drafts[-1].locate(where[:3])
        orphans = [c for c in casualties if id(c) not in claimed]
        if orphans and CUMULATIVE.search(text, sent.start, sent.end):
            orphans = []  # "more than 300 have been killed since mid-December": a running tally
        made = drafts[n_before:]
        if orphans and made and made[0].kind in ("attack", "strike") and \
                orphans[-1].end <= made[0].start and not any(
                    orphans[-1].end <= d.start < made[0].start for d in sent_dates):
            # "Three soldiers were killed and 40 wounded in a drone attack on ...": the toll
            # told before the attack it belongs to
            made[0].casualties = merge_tolls(made[0].casualties, orphans)
            orphans = []
        sited = [d for d in made if len(d.sites) >= 2]
        if sited:
            listed = (sited[-1].mentions, paragraph)
        # "Three soldiers were killed." just after the attack, even as a paragraph of its own
        follows = bool(drafts) and (drafts[-1].paragraph == sent.paragraph or (
            i - drafts[-1].sentence <= 2 and drafts[-1].kind in ("attack", "strike")))
        ours = bool(orphans) and _OUR_KILL.search(text, sent.start, orphans[0].start) is not None
        # "On Monday, officials said nine had been wounded": when it was said, not a new event
        last_day = drafts[-1].date if drafts else None
        toll_dates = [d for d in sent_dates if not (
            _SAID_AFTER.match(text, d.end, sent.end) and not _NAMES_MONTH.search(d.text)
            and last_day is not None and last_day.precision == "day" and d.precision == "day"
            and last_day.iso <= d.iso)]
        if orphans and follows and not toll_dates and not ours and \
                not _ANOTHER.search(text, sent.start, sent.end):
            # "Two dock workers were killed", "the toll rose to 9": more about that strike
            target = _main_told(drafts, i, sent.paragraph)
            target.casualties = merge_tolls(target.casualties, orphans)
            target.sentence = i  # the toll may go on in the next sentence
        elif orphans:
            when = absolute[0] if absolute else (sent_dates[0] if sent_dates else context)
            at = [p for p in sent_places
                  if not p.locator and not is_attacker(text, p.start, p.end)][:3]
            drafts.append(_Draft("strike" if ours else "attack", sent.start, sent.end, when,
                                 [p.name for p in at],
                                 list(dict.fromkeys(s.name for s in sent_systems)), orphans,
                                 _summary(text, sent.start, sent.end), sent.paragraph, i))
            drafts[-1].locate(at)
        told = TOOK_PLACE.search(text, sent.start, sent.end) if any(
            d.precision == "day" for d in sent_dates) else None
        days = [d for d in sent_dates if d.precision == "day" and told and d.start >= told.end()]
        if days:  # "The attack took place late Wednesday": when what was just told happened
            for last in reversed(drafts):
                if i - last.sentence > 8:
                    break  # told too long before to be this attack
                if last.kind not in ("attack", "strike"):
                    continue
                if last.date is not None and last.date.precision == "day" and not last.said:
                    break
                last.date = days[0]
        if sent_dates:  # "Hours later, rockets hit ... Most were intercepted": that day too
            context = sent_dates[-1]
        named_last = max((d for d in by_sentence.get(i, []) + said_by.get(i, [])
                          if d.precision in ("day", "month")), key=lambda d: d.start,
                         default=named_last)
        named = [p for p in sent_places if p.precision == "installation" and not p.locator]
        if named:
            base = (named[-1], paragraph)
    return finish(_resolve_offsets(drafts, said_days), pub)


# "In Zolochiv, eight people were injured when ...": a place opening the sentence
_SETTING = re.compile(r"(?:In|At|Near|Outside|Inside|Around|Across|Over)\s+[^,;.]{2,60},")


def _setting(text: str, sent: Sentence, places: list[PlaceMention],
             listed: tuple[list[PlaceMention], int], paragraph: int) -> list[PlaceMention]:
    """Where a sentence's clauses happen when they name no place themselves: the places of
    its opening "In X," phrase, or else one of the places listed just before ("attacked the
    villages of A, B and C. A strike on B killed two") that the sentence names again."""
    m = _SETTING.match(text, sent.start, sent.end)
    if m:
        opening = [p for p in _inside(places, m.start(), m.end())
                   if not p.locator and not is_attacker(text, p.start, p.end)]
        if opening:
            return _distinct(opening)[:1]
    mentions, where = listed
    if not mentions or paragraph - where > 1:
        return []
    words = text[sent.start:sent.end]
    return [p for p in _distinct(mentions) if re.search(rf"\b{re.escape(p.name)}\b", words)][:1]


_PERFECT = re.compile(r"\b(?:have|has|had)\s+(?:[\w-]+\s+){0,3}$")


def _period_date(text: str, kind: str, c_start: int, t_start: int, c_end: int,
                 named: list[DateMention]) -> list[DateMention]:
    """A clause's date given as a period's edge: "are to leave the base by September" (a
    withdrawal's deadline), "have carried out strikes since March 15" (the day the strikes
    began)."""
    for d in named:
        if not (c_start <= d.start < c_end and d.opens_period):
            continue
        words = d.text.lower()
        if kind == "withdrawal" and words.startswith("by "):
            return [d]
        if kind in ("attack", "strike") and words.startswith("since") and \
                d.precision == "day" and _PERFECT.search(text, max(c_start, t_start - 40), t_start):
            return [d]
    return []


def _anchor_offsets(dates: list[DateMention], named: list[DateMention],
                    context: DateMention | None, drafts: list[_Draft]) -> list[DateMention]:
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


def _main_told(drafts: list[_Draft], i: int, paragraph: int) -> _Draft:
    """The attack a toll opening a new paragraph is about: the last one told, unless that was
    an aside about another ("since January, when another drone hit the outpost"); then the
    day-dated attack told before it."""
    last = drafts[-1]
    if not last.other or last.paragraph == paragraph:
        return last
    for d in reversed(drafts[:-1]):
        if i - d.sentence > 8:
            break
        if not d.other and d.kind in ("attack", "strike") and d.date is not None and \
                d.date.precision in ("day", "offset"):
            return d
    return last


def _told_before(drafts: list[_Draft], i: int, where: list[PlaceMention]) -> DateMention | None:
    """The date of a day-dated attack told in the last few sentences at the very sites this
    undated one names: one happening in a second source's words ("state media said the
    strikes hit Deir Ezzor and Al-Bukamal")."""
    sites = {p.key for p in where if p.precision not in BROAD_PRECISIONS}
    if not sites:
        return None
    for d in reversed(drafts):
        if i - d.sentence > 8:
            break
        if d.kind in ("attack", "strike") and d.date is not None and \
                d.date.precision == "day" and sites <= d.sites:
            return d.date
    return None


def _paragraph_of(doc: Document, pos: int) -> int:
    i = doc.sentence_index(pos)
    return doc.sentences[i].paragraph if 0 <= i < len(doc.sentences) else -1


def _opens_line(text: str, pos: int) -> bool:
    """'Oct. 17, 2023: ...' - a date heading a timeline entry."""
    return pos == 0 or text[pos - 1] == "\n"


_LEADING = re.compile(r"(?:^|[;:,]\s*|\b(?:and|but|then)\s+)$")
_CLAUSE_AND = re.compile(r"(?:[;,]\s*(?:and|but|while)\s+|;\s*)$")


def _date_owners(text: str, sent_start: int, scopes: list[tuple[str, int, int, int]],
                 dates: list[DateMention]) -> tuple[dict[int, int], set[int]]:
    """(id(date) -> index of the clause it dates, ids of dates opening a later clause).
    A date opening a clause ("...; on Jan. 12, jets struck") dates the action word after it,
    not the clause before; a date outside every clause ("On Jan. 12, ...") has no owner."""
    owners: dict[int, int] = {}
    opening: set[int] = set()
    for d in dates:
        later = [j for j, (_, _, t0, _) in enumerate(scopes) if t0 >= d.end]
        if later and _WHEN_AFTER.match(text, d.end):
            owners[id(d)] = later[0]  # "since January 2020, when fighters attacked ..."
            opening.add(id(d))
            continue
        inside = [k for k, (_, c0, _, c1) in enumerate(scopes) if c0 <= d.start < c1]
        if not inside:
            continue
        k = inside[0]
        later = [j for j, (_, _, t0, _) in enumerate(scopes) if t0 >= d.end]
        if later and later[0] != k and scopes[k][2] < d.start and (
                (_LEADING.search(text, max(sent_start, d.start - 6), d.start)
                 and re.match(r"\s*,", text[d.end:d.end + 3]))
                # "..., and on July 30 an American airstrike killed": a new clause's date
                or _CLAUSE_AND.search(text, max(sent_start, d.start - 8), d.start)):
            k = later[0]
            opening.add(id(d))
        owners[id(d)] = k
    return owners, opening


def _distinct(places: list[PlaceMention]) -> list[PlaceMention]:
    """One mention per place ("Qayyarah Airfield West, also known as Q-West" is one)."""
    seen: dict[str, PlaceMention] = {}
    for p in places:
        seen.setdefault(p.key, p)
    return list(seen.values())


def _split_by_dates(start: int, end: int, dates: list[DateMention]
                    ) -> list[tuple[int, int, DateMention | None]]:
    pieces: list[tuple[int, int, DateMention | None]] = []
    cut = start
    for d in dates:
        pieces.append((cut, d.end, d))
        cut = d.end
    if pieces:
        pieces[-1] = (pieces[-1][0], end, pieces[-1][2])
    return pieces


def _resolve_offsets(drafts: list[_Draft], said_days: list[tuple[int, str]]
                     ) -> list[tuple[_Draft, str, str]]:
    """(draft, iso date, precision); 'a day after' counts from the last dated event (or the
    last day something was said, for "hours later")."""
    out = []
    anchor: date | None = None
    said = iter(said_days)
    pending = next(said, None)
    for d in drafts:
        while pending is not None and pending[0] < d.start:
            anchor = date.fromisoformat(pending[1])
            pending = next(said, None)
        iso, precision = "", "unknown"
        if d.date is not None and d.date.precision == "offset":
            if anchor is not None:
                iso, precision = (anchor + timedelta(days=d.date.offset_days)).isoformat(), "day"
        elif d.date is not None:
            iso, precision = d.date.iso, d.date.precision
            if precision == "day":
                anchor = date.fromisoformat(iso)
        out.append((d, iso, precision))
    return out
