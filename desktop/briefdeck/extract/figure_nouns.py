"""What a number counts: the noun phrase written after it, and a rate's period.

"U.S. military personnel" counts personnel, "five heavily armed men" men, "170 drone and
rocket attacks" attacks of both kinds, "96 interceptors a year" a rate. The phrase is read as
written, so the analyst can check the figure against the sentence.
"""

from __future__ import annotations

import re

from briefdeck.extract.figure_measures import AT_SEA, MEASURES
from briefdeck.extract.figure_tolls import PART
from briefdeck.extract.numbers import Quantity

# Words that end the noun phrase after a number.
STOP = frozenset(
    """a an the of in on at to from for with and or but that which who whom whose were was
    are is be been being will would could can may might should also into near as by than per
    after before since during across over under about around while when where this these
    those its their his her our them they it said say says told have has had not no out up
    down off each every all both either between against including among within inside
    outside through toward towards via like despite amid until following along beyond behind
    there here ago remain remained remains today yesterday tomorrow now currently some
    many later earlier already still again then do does did if unless next last
    fell hit struck flew came went took feel feels seem seems appear appears
    we you i he she us me him see ibid overnight tonight so soon indoors outdoors""".split()
    # (verbs a bare number can take as its subject: "Four were shot down and two fell near
    # the camp", "to make the last 1,000 feel expensive"; "51 so far" counts what came
    # before; a pronoun starts the clause
    # after a number, never counts: "the 170-plus we logged"; "see" and "ibid." follow a
    # note's number, and "eight wounded overnight" counts no night)
)
# Modifiers that never head a noun phrase (so "U.S. military personnel" is "personnel").
COMPOUND_TAILS = {("service", "members"), ("service", "member"), ("crew", "members"),
                  ("nautical", "miles"), ("family", "members"),
                  ("force", "members"), ("forces", "members"),  # ("security force members")
                  ("staff", "officers"), ("staff", "officer"),  # ("9 Dutch staff officers")
                  ("near", "misses"), ("near", "miss"),  # ("at least two near misses")
                  ("percentage", "points")}  # ("plus or minus 3.2 percentage points")
_ADJECTIVES = frozenset("armed unmanned trained guided wounded injured killed detained".split())
# "600 PAC-3 MSEs", "40 IEDs", "12 SM-3s": an acronym's or designator's plural, kept as written.
_ACRONYM_PLURAL = r"[A-Z][A-Z0-9-]*[A-Z0-9]s"
# Plural nouns, with the ones that take no -s ("eight personnel", "four airmen").
# ("simultaneous", "various", "class": an adjective or a singular ending in s)
PLURAL = re.compile(r"[a-z][a-z-]{2,}(?<!ou)(?<!s)s|personnel|people|staff|police|crew|"
                     r"aircraft|infantry|militia|cattle|livestock|men|women|children|" +
                     r"[a-z]{2,}(?<!speci)(?<!abdo)(?<!regi)(?<!sta)(?<!acu)(?<!lu)(?<!hy)men|" +
                     _ACRONYM_PLURAL)
# (not an adverb ending in s: "30 people outdoors", "troops overseas")
_PLURAL_NEXT = re.compile(r"\s+(?!(?:outdoors|indoors|overseas|afterwards|always|sometimes|"
                          r"nowadays|besides|perhaps|towards|backwards|forwards)\b)"
                          r"[a-z][a-z-]{2,}s\b")
_IFV = re.compile(r"\s+fighting\s+(vehicles?)\b")
_COMPOUND_NEXT = re.compile(r"\s+(?:members|personnel)\b")
# "170 drone and rocket attacks", "350 US Army and Air Force personnel"
# (not a verb with its own count: "kills two people and wounds 14")
_COUNT_NEXT = r"(?!\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens)\b))"
_AND_PLURAL = re.compile(r"\s+(?:and|or)\s+(?:\d[\d,]*\s+)?(?![a-z-]+(?:ing|ed)\b)"
                         r"(?:[A-Za-z][A-Za-z0-9-]*\s+){1,2}?"  # ("PAC-2 GEM-T and PAC-3 MSE
                         # interceptors": model names with digits, then the noun both count)
                         r"([a-z][a-z-]{2,}s|personnel|people|staff)\b" + _COUNT_NEXT)
_AND_PLURALS = re.compile(r"\s+(?:and|or)\s+(?![a-z-]+(?:ing|ed)\b)([a-z][a-z-]{2,}s)\b"
                          r"(?!\s+of\b)" + _COUNT_NEXT)
# "11 international and 160 Yemeni staff": the second number's noun counts the first too.
# "two low, slow tracks": a second adjective after a comma, then the plural noun counted
# (not a toll's aside, "12 wounded, mostly civilians").
_ADJECTIVE_PAIR = re.compile(r",\s+(?![a-z]+ly\b)[a-z][a-z-]+\s+([a-z][a-z-]{2,}s)\b"
                             r"(?!\s+of\b)")
_TOLL_ADJECTIVES = frozenset("wounded injured killed dead hurt missing".split())
# "three wounded late Monday", "two killed on Tuesday night": the day, never the noun.
_WHEN_DAY = re.compile(r"(?:(?:late|early)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# "96 a year", "12 interceptors a month", "a rise to 40 per day": a rate, kept with its period.
# ("per day of output": "per" always makes a rate; "a day of fighting" is a span)
_RATE = re.compile(r"\s+(?:a|an|each|every)\s+(year|month|week|day|night|hour)\b"
                   r"(?!\s+(?:earlier|later|after|before|ago|and|or|of|long|old|since|into)\b)"
                   r"|\s+per\s+(year|month|week|day|night|hour)\b"
                   r"|\s+(annually|per\s+annum)\b", re.I)
# "raise interceptor output to 96 a year": what a rate without a noun counts.
_OUTPUT_OF = re.compile(r"\b([a-z]{3,}?)s?\s+(?:output|production|deliveries|manufacturing)\b"
                        r"(?!\s+of\b)|"
                        r"\b(?i:output|production|deliveries|manufacturing)\s+of\s+(?:the\s+)?"
                        r"(?:[A-Z][\w-]*\s+)?([a-z]{3,}?)s?\b")  # ("of THAAD interceptors")
# "more than 5,000 rockets, missiles and UAVs": one count of a list of kinds.
_LIST_PLURALS = re.compile(r"(?:,\s+(?:[a-z][a-z-]{2,}s|[A-Z]{2,5}s)\b){1,3},?\s+(?:and|or)\s+"
                           r"(?:[a-z][a-z-]{2,}s|[A-Z]{2,5}s)\b(?!\s+of\b)")
# "drone, air and artillery strikes", "Iranian, Iraqi and Syrian fighters": modifiers in a
# list before the one plural noun they all qualify.
_MODIFIER_LIST = re.compile(r"(?:,\s+[A-Za-z][\w-]*(?<!s)){0,3},?\s+(?:and|or)\s+"
                            r"[A-Za-z][\w-]*(?<!s)\s+([a-z][a-z-]{2,}s)\b(?!\s+of\b)")
# (a tab ends the cell: the next cell of a table row is not the counted noun)
# "AN/TPY-2 radars"; "three 107mm rockets": a calibre before the noun is part of it
_NEXT = re.compile(r" *([A-Za-z][\w.'’/-]*|\d{2,3}(?:\.\d)?-?mm\b)")
# Plural nouns that often stand before another noun as its modifier ("weapons depots",
# "operations centers", "arms caches").
_ATTRIBUTIVE = frozenset("weapons arms munitions operations communications logistics "
                         "explosives drugs".split())
_WHEN_WORDS = frozenset("overnight today tonight yesterday again earlier later daily weekly "
                        "nightly".split())
_ATTRIBUTIVE_AND = re.compile(r"\s+and\s+(?:[a-z][a-z-]+\s+){1,2}([a-z][a-z-]{2,}s)\b")
_OF = re.compile(r"\s+of\s+(?:(?:the|their|its|those|these|his|her|our)\s+)?")
# "17 of the approximately 23 projectiles": a hedge before the second number
_HEDGE = re.compile(r"(?:approximately|about|around|roughly|nearly|almost|some|over|"
                    r"more\s+than|at\s+least|up\s+to)\s+", re.I)
_NUMBER_WORD = re.compile(r"(?:\d[\d,]*(?:\.\d+)?\s|(?:two|three|four|five|six|seven|eight|"
                          r"nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|"
                          r"hundred)\b)", re.I)
_DESIGNATOR = re.compile(r"[A-Z][A-Za-z]*-\d[\w-]*")  # "PAC-3", "SM-6", "AIM-120"
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_ACCUSED_NOUN_NEXT = frozenset("who whom were was in of from and at have had are".split())
# ("members of the Armed Forces": a bill's capitals name the same body)
_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:(?!and\s)[\w'’.-]+\s+){0,3}?(?:(?:security|armed|"
                         r"government|police|military|Armed)\s+)?(?:forces|army|police|military|"
                         r"Forces)\b")


def unit_after(text: str, pos: int, limit: int, exact: bool = True) -> tuple[str, str]:
    """(unit, noun phrase as written) after a number: 'U.S. military personnel' -> personnel."""
    words: list[tuple[str, int, int]] = []
    of = _OF.match(text, pos, limit)  # "hundreds of troops"
    i = of.end() if of else pos
    if of and (_NUMBER_WORD.match(text, i, limit) or (
            (hedge := _HEDGE.match(text, i, limit)) and _NUMBER_WORD.match(text, hedge.end(),
                                                                           limit))):
        return "", ""  # "three of the seven attacks": the noun is the second number's
    while len(words) < 5:
        m = _NEXT.match(text, i, limit)
        if not m:
            mark = _MODEL_NUMBER.match(text, i, limit) if words and \
                words[-1][0] in _MODEL_WORDS else None
            if mark:  # "1,200 Coyote Block 2 interceptors": the model's mark, not the noun
                i = mark.end()
                continue
            named = _NAMED_NUMBER.match(text, i, limit) if words and \
                words[-1][0][:1].isupper() else None
            if named:  # "two Local 12 members": a body's name and number, then who is counted
                i = named.end()
                continue
            break
        raw = m.group(1)
        token = raw if _INITIALS.fullmatch(raw) else raw.rstrip(".")
        low = token.lower()
        if low in _PLACE_WORDS and token.isupper() and _capitals_line(text, m.start(1)):
            break  # "KILL FIVE IN LEBANON": a headline in capitals, "IN" is no acronym
        if low in STOP and not (token.isupper() and len(token) > 1) and not (
                low == "near" and text.startswith((" miss", "-miss"), m.start(1) + 4)):
            break  # ("IS fighters": an acronym, not the verb; "near misses": a noun)
        if _WHEN_DAY.match(text, m.start(1), limit):
            break  # "three wounded late Monday": when, not what is counted
        if raw[-1:] in "'’" and PLURAL.fullmatch(raw[:-1]):
            words.append((raw[:-1], m.start(1), m.start(1) + len(raw) - 1))
            break  # "two weeks' pay": a plural's possessive ends what is counted (weeks)
        if low.endswith("ly") and exact:
            nxt = _NEXT.match(text, m.start(1) + len(raw), limit)
            if nxt and nxt.group(1).lower().rstrip(".").endswith("ed"):
                if words:
                    break  # "two Iraqis lightly wounded": the adverb starts the predicate
                i = m.start(1) + len(raw)
                continue  # "five heavily armed men": the adverb describes, "men" is counted
        if words and low in _ADJECTIVES and (nxt := _NEXT.match(
                text, m.start(1) + len(raw), limit)) and nxt.group(1).islower() and \
                nxt.group(1) not in STOP and token == raw:
            i = m.start(1) + len(raw)  # "140 UK armed forces personnel": a modifier
            continue
        if (words or low not in _ADJECTIVES) and low.endswith(("ing", "ed")) and \
                (words or token[:1].islower()) and len(low.rsplit("-", 1)[-1]) > 4:
            # (capitalised and first, "18 Allied and partner nations", an adjective or a name;
            # after the noun, "2 Soldiers Evaluated for TBI", a headline's verb; and
            # "fixed-wing drones": a noun's modifier)
            # "9,000 suspected IS fighters": a leading participle before a noun describes it
            nxt = _NEXT.match(text, m.start(1) + len(raw), limit)
            if not words and low == "accused" and (
                    not nxt or nxt.group(1).lower() in _ACCUSED_NOUN_NEXT):
                # "arrested three accused who fired ...": the accused, a noun (not "two
                # accused the army of ..." nor "three accused militants")
                words.append((token, m.start(1), m.start(1) + len(token)))
                break
            if words and low.endswith("ing") and words[-1][0].islower() and \
                    not PLURAL.fullmatch(words[-1][0]) and nxt and \
                    nxt.group(1).islower() and PLURAL.fullmatch(nxt.group(1).rstrip(".")) and \
                    nxt.group(1).rstrip(".") not in STOP:
                # "two field feeding kitchens": a compound's gerund between its nouns
                words.append((token, m.start(1), m.start(1) + len(token)))
                i = m.start(1) + len(token)
                continue
            if words or not exact or not nxt or nxt.group(1).rstrip(".") in STOP or \
                    nxt.group(1).lower().endswith(("ing", "ed")) or \
                    text[m.start(1) + len(raw):m.start(1) + len(raw) + 1] in ",;:":
                break
            i = m.start(1) + len(raw)
            continue
        words.append((token, m.start(1), m.start(1) + len(token)))
        i = m.start(1) + len(token)
        ifv = _IFV.match(text, i, limit) if low == "infantry" else None
        if ifv:  # "four BMP-2 infantry fighting vehicles": vehicles, not infantry
            words.append((ifv.group(1), ifv.start(1), ifv.end(1)))
            break
        if token in ("SM", "SMs"):
            break  # "5 U.S. SM wounded": the military's short form of service members
        if low in _ATTRIBUTIVE and exact:
            joined = _ATTRIBUTIVE_AND.match(text, i, limit)
            if joined:  # "two weapons and ammunition storage facilities": facilities
                words.append((joined.group(1), joined.start(1), joined.end(1)))
                break
            nxt = _NEXT.match(text, i, limit)
            if nxt and nxt.group(1).islower() and nxt.group(1) not in STOP and \
                    nxt.group(1).rstrip(".,;:") not in _WHEN_WORDS:
                continue  # "three weapons depots": the plural describes the noun after it
                # (not "two operations overnight": an adverb of time, the noun ends)
        if PLURAL.fullmatch(token) and not _COMPOUND_NEXT.match(text, i, limit) and not (
                not token.endswith("s") and _PLURAL_NEXT.match(text, i, limit)):
            break  # "troops remain": the plural noun ends the phrase ("police sources" goes on)
        if i < limit and text[i] == "," and token == raw and not PLURAL.fullmatch(token):
            listed = _MODIFIER_LIST.match(text, i, limit)
            if listed:  # "61 drone, air and artillery strikes": the kinds of one count
                words.append((listed.group(1), listed.start(1), listed.end(1)))
                break
            pair = _ADJECTIVE_PAIR.match(text, i, limit) if len(words) == 1 and \
                token.islower() and low not in _TOLL_ADJECTIVES else None
            if pair:  # "two low, slow tracks": two adjectives of the tracks counted
                words.append((pair.group(1), pair.start(1), pair.end(1)))
                break
        if token != raw or (i < limit and text[i] in ",;:()"):
            break  # the phrase ends at punctuation
    if words and words[-1][0].lower() == "more":
        words.pop()
    if not words:
        return "", ""
    # "170 drone and rocket attacks"; "100 missiles and drones": one count of both
    both = PLURAL.fullmatch(words[-1][0])
    listed = _LIST_PLURALS.match(text, words[-1][2], limit) if both else None
    if listed:  # "rockets, missiles and UAVs": the unit names them all
        first = words[-2] if len(words) >= 2 and (
            words[-2][0].lower(), words[-1][0].lower()) in COMPOUND_TAILS else words[-1]
        # ("service members, civilians and contractors": the compound noun stays whole)
        return text[first[1]:listed.end()], text[words[0][1]:listed.end()]
    tail = (_AND_PLURALS if both else _AND_PLURAL).match(text, words[-1][2], limit)
    if tail and len(words) == 1 and words[0][0].lower() in _TOLL_ADJECTIVES:
        tail = None  # "six wounded and no deaths", "six wounded and two dead": a toll's own
        # noun, complete; the noun after "and" is another fate, never the one counted
    if tail:
        words.append((tail.group(1), tail.start(1), tail.end(1)))
        if both:  # the unit names both: "missiles and drones"
            return text[words[-2][1]:words[-1][2]].lower(), text[words[0][1]:words[-1][2]]
    phrase = text[words[0][1] : words[-1][2]]
    acronym = re.fullmatch(_ACRONYM_PLURAL, words[-1][0])
    # ("4 one-way attack UAS": an acronym whose plural takes no -s stays in capitals, unless
    # the whole line is in capitals, as a caption's "TWO MEN")
    upper = words[-1][0].isupper() and words[-1][0][-1:] == "S" and len(words[-1][0]) > 2 and \
        _LOWER.search(text, max(0, words[-1][1] - 30), words[-1][1]) is not None
    head = words[-1][0] if acronym or upper else words[-1][0].lower()
    if len(words) >= 2 and _MARK.fullmatch(words[-1][0]) and _NAME.fullmatch(words[-2][0]):
        head = f"{words[-2][0]} {words[-1][0]}"  # "eight Typhoon FGR4": a type and its mark
    elif acronym and len(words) >= 2 and _DESIGNATOR.fullmatch(words[-2][0]):
        head = f"{words[-2][0]} {head}"  # "650 PAC-3 MSEs": the missile's type with its plural
    elif len(words) >= 2 and (words[-2][0].lower(), head) in COMPOUND_TAILS:
        head = f"{words[-2][0].lower()} {head}"
    elif len(words) >= 2 and head in ("systems", "system") and \
            words[-2][0].lower().startswith("counter-"):
        head = f"{words[-2][0].lower()} {head}"  # "counter-drone systems": what they counter
    elif len(words) >= 2 and head not in _HAPPENINGS and head not in STOP and \
            (k := weapon_kind(words)) is not None:
        at = words[k][1]
        at -= 9 * (text[at - 9:at].lower() in ("unmanned ", "uncrewed "))  # read past above
        kind = " ".join(text[at:words[-2][2]].split())
        head = f"{kind if kind[:1].isupper() else kind.lower()} {head}"  # "14 drone flights"
    if len(words) >= 2 and words[-2][0].lower() == "civilian" and head in _WORKING_PEOPLE:
        head = f"civilian {head}"  # "one civilian contractor": who was hurt, a civilian
        # (not "four civilian vehicles": a civilian car is counted as a car)
    if words[0][0] == "nm" and not AT_SEA.match(text, words[0][2], limit):
        return "nm", phrase  # "a 5nm chip": nanometres, unless a bearing or "off" follows
    if words[0][0].lower() in MEASURES:
        return MEASURES[words[0][0].lower()], phrase
    size, _, extent = words[0][0].lower().partition("-")
    if extent in _EXTENTS and size in MEASURES:
        return MEASURES[size], phrase  # "the 30km-wide strait": a width in km
    if head in ("sm", "sms"):
        head = "service members"
    elif head == "members" and len(words) == 1:
        whose = _MEMBERS_OF.match(text, words[0][2], limit)
        if whose:  # "40 members of the security forces": members of which body
            said = text[words[0][1]:whose.end()]
            # "members of the Popular Mobilization Forces", "of the Defense Ministry's forces":
            # members of a named body are counted as its members, not as troops
            named = said.endswith("Forces") and not said.endswith("Armed Forces")
            return ("members" if named or "'s " in said or "’s " in said else said), said
    if head in ("members", "member") and (whose := _MEMBERS_OF_BODY.match(text, words[-1][2],
                                                                          limit)):
        # "four members of Kataib Hezbollah", "two members of a local militia": the body
        # stays in the phrase, so the count is not of members of nothing
        return head, text[words[0][1]:whose.end()]
    return head, phrase


# ("of the Popular Mobilization Forces" names the body; so does "of a local militia")
_MEMBERS_OF_BODY = re.compile(r"\s+of\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’.-]*(?:[^\S\n]+"
                              r"(?:[A-Z][\w'’.-]*|al-[\w-]+)){0,4}|(?:[a-z][\w-]*\s+){0,2}"
                              r"(?:militia|group|faction|brigade|battalion|movement|network|"
                              r"party|cell|family|forces|army|police|council)s?)\b")
_LOWER = re.compile(r"[a-z]")


_PLACE_WORDS = frozenset("in at on near after from over across inside outside".split())


def _capitals_line(text: str, at: int) -> bool:
    """Is the line holding `at` written all in capitals (a headline, a teletext title)?"""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    return len(line) < 200 and _LOWER.search(line) is None
_EXTENTS = frozenset("wide long high deep tall thick".split())
# A weapon named before the counted noun says which kind is counted: "14 drone flights" are
# not any flights, "two rocket launchers" not any launchers, "two one-way attack unmanned aerial
# systems" not any systems. (A nationality or other adjective before it still drops out:
# "14 Israeli drone flights" counts drone flights.) Happenings keep their bare head: "20 rocket
# attacks" count attacks.
_WEAPON_WORD = re.compile(r"(?i)(?:drone|rocket|missile|mortar|UAV|UAS)(?:-\d\w*)?")
_AERIAL_CRAFT = frozenset("one-way aerial".split())  # ("unmanned" is read past as a modifier)
_CRAFT = frozenset("systems system vehicles vehicle".split())
_HAPPENINGS = frozenset("attacks strikes launches salvos barrages raids sorties incidents hits "
                        "operations engagements interceptions intercepts incursions "
                        "fire killed wounded injured dead".split())


def weapon_kind(words: list[tuple[str, int, int]]) -> int | None:
    """Where the weapon words before the head noun start ('drone', 'Standard Missile-6 Block
    IA', 'one-way attack unmanned aerial'), or None when none stands before it."""
    if words[-2][0].lower() in ("aerial", "aircraft"):  # "one-way attack unmanned aerial
        # systems", "three one-way attack unmanned aircraft systems"
        if words[-1][0].lower() not in _CRAFT:
            return None  # ("aerial threats", "aerial bombs": no craft named)
        return next((j for j, w in enumerate(words) if w[0].lower() in _AERIAL_CRAFT),
                    len(words) - 2)
    k = next((j for j, w in enumerate(words[:-1]) if _WEAPON_WORD.fullmatch(w[0])), None)
    if k is None or not all(w[0].islower() == words[k][0].islower() or w[0][:1].isupper()
                            for w in words[k:-1]):
        return None
    if k and words[k][0][:1].isupper() and _NAME.fullmatch(words[k - 1][0]):
        k -= 1  # "Standard Missile": a name's first word
    return k
# A word that a model's mark follows inside a name ("Block 2", "Mk 4", "Increment 3").
_MODEL_WORDS = frozenset("Block Mk Mark Increment Lot Tranche Flight Batch Variant".split())
_MODEL_NUMBER = re.compile(r" +(?:\d{1,2}[A-Z]?|[IVX]{1,4})(?= +[A-Za-z])")
# People a base or a site employs, whom a report tells apart as civilians or soldiers.
_WORKING_PEOPLE = frozenset(
    "worker workers contractor contractors employee employees staffer staffers driver drivers "
    "guard guards cook cooks engineer engineers technician technicians official officials "
    "passenger passengers".split())
# "Local 12", "Lodge 7": the number of a named body, before the plural noun counted
_NAMED_NUMBER = re.compile(r" +\d{1,5}(?= +[a-z][a-z-]{2,}s\b)")
_MARK = re.compile(r"[A-Z]{1,4}\d{1,3}[A-Z]?(?:/[A-Z]{0,4}\d{1,3}[A-Z]?)?")  # "FGR4", "KC2/KC3"
_NAME = re.compile(r"[A-Z][a-z]{2,}")


# "two uncrewed aerial vehicles (UAVs)": the short name the report goes on to use.
_ACRONYM_IN_BRACKETS = re.compile(r"\s?\(([A-Z]{2,6})s\)")


def acronym_after(text: str, pos: int, unit: str) -> str:
    """The bracketed acronym after a counted noun phrase when it spells the words before it
    ('improvised explosive devices (IEDs)' -> 'IEDs'); else the unit."""
    m = _ACRONYM_IN_BRACKETS.match(text, pos)
    if not m:
        return unit
    letters = m.group(1)
    words = text[max(0, pos - 80):pos].replace("-", " ").split()[-len(letters):]
    initials = "".join(w[:1] for w in words).upper()
    return m.group(1) + "s" if initials == letters else unit


# A sentence opening on a plural noun and a place or verb: what its bare rate counts.
# ("Assessment: Convoy attacks in the south are likely to go on at one to two per week": a
# label, then the subject with one modifier word)
_PLURAL_SUBJECT = re.compile(r"\s*(?:[A-Z][a-z]+:\s+)?(?:([A-Z][a-z]{2,}s)|"
                             r"[A-Z][a-z]+\s+([a-z]{3,}s))\s+(?:through|in|at|to|from|across|via|"
                             r"have|has|had|averaged|average|rose|fell|ran|were|are)\b")
# "delivered about 600 missiles in 2025 and aims to reach 650 a year": a target rate of the
# count just named, the same noun.
_REACHING = re.compile(r"\b(?:reach(?:es|ed|ing)?|(?:ramp|scal|step)\w*\s+up\s+to|"
                       r"(?:rise|rises|rising|rose|grow|grows|growing|grew|increas\w*|boost\w*|"
                       r"rais\w*|expand\w*)\s+(?:\w+\s+)?to)\s+$")
_NOT_COUNTED = frozenset("annual total overall current peak full monthly daily yearly weekly "
                         "industrial domestic combined planned maximum its their".split())


def with_rate(text: str, q: Quantity, unit: str, phrase: str, sent_start: int,
               sent_end: int, counted_before: str = "") -> str:
    """The unit with its period when a rate follows ('96 a year' -> 'interceptors a year');
    counted_before: the noun the sentence counted last, which a bare output rate counts."""
    if unit == PART:
        return unit
    end = text.index(phrase, q.end) + len(phrase) if phrase else q.end
    m = _RATE.match(text, end, sent_end)
    if not m:
        return unit
    period = (m.group(1) or m.group(2) or "year").lower()
    if not unit:  # no noun: what is produced or delivered, when the sentence says
        made = [g.group(1) or g.group(2) for g in _OUTPUT_OF.finditer(text, sent_start, q.start)]
        named = [w for w in made if w not in _NOT_COUNTED and w not in STOP]
        unit = named[-1] + "s" if named else ""
        if not unit and counted_before and (made or _REACHING.search(
                text, max(sent_start, q.start - 30), q.start)):
            unit = counted_before  # "300 drones ..., with production ramping to 100 a month"
        if not unit and (subject := _PLURAL_SUBJECT.match(text, sent_start, q.start)):
            unit = (subject.group(1) or subject.group(2)).lower()  # "Transits ... have
            # averaged 34 a day"
    return f"{unit} a {period}".strip()
