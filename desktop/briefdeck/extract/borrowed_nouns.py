"""Bare numbers borrow their noun: "from 5,200 to 3,000 troops", "the number of troops ... 92".

A number with no noun after it counts what its neighbour counts, what "the number of ..."
named, what a label or a force sizes, or what the sentence before counted.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.figure_measures import MONEY_JOIN
from briefdeck.extract.figure_nouns import PLURAL, unit_after
from briefdeck.extract.figure_tolls import (
    INJURY_UNIT,
    MOVED_AFTER,
    PART,
    TOLL_AFTER,
    TOLL_UNITS,
    TOLL_WORD,
    toll_word,
)
from briefdeck.extract.not_figures import PAGE_COUNTERS
from briefdeck.extract.numbers import Quantity
from briefdeck.extract.sentences import Sentence

# "the number of troops", "the Army's count of interceptors", "how many SM-3s": the noun a
# bare number later in the sentence counts ("... from 5,200 to 3,000", "... was 92").
_COUNTED = (r"((?:service\s+|crew\s+|family\s+)?[a-z]{3,}s|personnel|people|staff|injured|"
            r"wounded|dead|killed|[A-Z][a-z]{2,}(?:ans|is)|"  # ("the number of Americans hurt")
            r"[Mm]ember\s+[Ss]tates|"  # (an international body's members: "Member States")
            r"[A-Z][\w-]*\d[\w-]*s)\b")  # ("SM-3s": a designator's plural)
_NUMBER_OF = re.compile(r"\b(?:(?:number|count|tally|total)\s+of|how\s+many)\s+"
                        r"(?:[A-Za-z.-]+\s+){0,3}?" + _COUNTED)
# "brings to 13 the number of civilians killed": the noun written after the number.
_NUMBER_OF_AFTER = re.compile(r"\s+(?:the|its|their)\s+(?:total\s+)?(?:number|count|tally)\s+of"
                              r"\s+(?:[A-Za-z.-]+\s+){0,2}?" + _COUNTED)
# ("the number is expected to fall below 1,000": a few words of verb between)
_THEIR_NUMBER = re.compile(r"\b(?:their|its|the|that|this)\s+"
                           r"(?:number|numbers|strength|size|presence)\b[^.;]{0,32}$", re.I)
# "that figure is due to fall below 500": a force's size just told, by another word (a toll's
# "raised that figure to nine" is the toll's own business, told by the events)
_THAT_FIGURE = re.compile(r"\b(?:that|this|the)\s+figure\b[^.;]{0,32}$", re.I)
# "In Syria it has dropped from around 2,000 to fewer than 900", "It is expected to drop below
# 1,000": a force's size told before, now changing ("it" counts only what was counted)
_IT_CHANGES = re.compile(r"\b[Ii]t\s+(?:(?:has|had|is|was|will|would|could|may|might|should)\s+)?"
                         r"(?:(?:been|be|now|further|since|expected|due|set|likely|projected|"
                         r"to)\s+){0,4}(?:drop|dropped|fall|fallen|fell|shrink|shrunk|shrank|"
                         r"decline|declined|rise|risen|rose|grow|grown|grew)"
                         # (the number's own words may hold "below" or "fewer than")
                         r"(?:\s+(?:from|to|below|under|above|over))?\s+(?:(?:around|about|"
                         r"roughly|some|nearly|almost|fewer\s+than|less\s+than|more\s+than)\s+)?$")
# "Bahrain, home to the Fifth Fleet, has about 9,000.": a place that has so many of what the
# sentences before placed (troops at bases), the number ending its clause.
_PLACE_HAS = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,[^;]{0,160}?,)?\s+"
                        r"(?:has|hosts|had|hosted|holds|keeps)\s+(?:(?:about|around|roughly|"
                        r"some|nearly|almost|over|more\s+than|fewer\s+than|at\s+least)\s+)?")
_CLAUSE_ENDS = re.compile(r"[”\"]?\s*(?:[.;]|$)")
# "its operations since October 2023 now number more than 230": a plural that numbers so many.
# ("numbered", or "now number": "the emergency number 112" is a telephone's)
_NUMBERED = re.compile(r"\b([a-z]{3,}(?<!ou)(?<!s)s)(?:\s+[\w-]+){0,4}?\s+"
                       r"(?:now\s+(?:number|total)|numbered|totall?ed|totaled)\s+$")
_ANOTHER = re.compile(r"\b(?:[Aa]nother|[Aa]\s+further)\s+$")
_FORCES = re.compile(r"\b(?:forces|troops|soldiers|personnel|service\s+members)\b")
# "cut its forces from about 3,400 to 1,400", "the force in Iraq would shrink to between 900
# and 1,100", "troop levels to fall from ...", "a residual force of 1,400": a bare number that
# sizes a force counts troops (not an air force or a police force: no head count of troops)
_FORCE_SIZED = re.compile(
    r"(?<![Aa]ir\s)(?<![Pp]olice\s)(?<![Ll]abor\s)(?<![Ll]abour\s)\b(?:[Ff]orces?|"
    r"[Tt]roop\s+(?:levels?|numbers|strength|presence|ceiling|cap))"
    r"(?:\s+(?:in|at|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|country|region))?"
    r"(?:\s+there)?"  # ("cut its troop numbers there to fewer than 1,000")
    r"(?:\s+(?:would|will|could|should|is|was|are|were|to|had|has|have|be|been|being|expected|"
    r"set|due|now|further|then|shrink|shrinks|shrank|shrunk|fall|falls|fell|fallen|drop|drops|"
    r"dropped|decline|declines|declined|grow|grows|grew|grown|rise|rises|rose|risen|increase|"
    r"increased|decrease|decreased|reduced|cut|total|totals|totaled|totalled|number|numbered|"
    r"stand|stands|stood|reach|reaches|reached|go|goes|went|gone|down|up)){0,4}"
    # ("U.S. forces in Iraq now number about 2,000")
    r"\s+(?:from|to|of|at|between|number|numbers|numbered|total|totals|totaled|totalled)\s+$")
# "a crew of 21", "a garrison of 300": the group is what the bare number counts.
BARE_DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.I)
# "The raids, 12 in Iraq and 19 in Syria, ...": the numbers split the plural just named.
_APPOSITIVE_HEAD = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[a-z-]+\s+)?"
                             r"([a-z]{3,}s),\s*$")
_GROUP_OF = re.compile(r"\b(crew|garrison|contingent|detachment|complement)\s+of\s+$", re.I)
# "the attackers, estimated at 20 to 30,": the number counts the noun it is said of.
_ESTIMATED_AT = re.compile(r"\b([a-z]{3,}s|personnel|people),?\s+(?:(?:were\s+|was\s+)?"
                           r"(?:estimated|put|reckoned)\s+at|numbering)\s+$")
# A sentence that opens on a bare number saying how many are left: "... from eight sites.
# Four remain." (the count of the noun the sentence before counted).
_LEFT_OPENING = re.compile(r"\s+(?:remain|remains|remained|stay|stays|stayed|are\s+left|"
                           r"were\s+left|are\s+still|were\s+still|"
                           r"are\s+(?:(?:now|based|stationed|deployed)\s+)?(?:at|in)\s+[A-Z]|"
                           # ("about 8,300 are in collective shelters": where the people are)
                           r"are\s+(?:now\s+)?(?:staying|sheltering|living)?\s*in\s+"
                           r"(?:collective\s+|temporary\s+|emergency\s+|informal\s+)?"
                           r"(?:shelters?|camps?|sites?|centres?|centers?|schools?|hospitals?|"
                           r"detention|custody)\b|"
                           # "Three drones were launched. Two were shot down": the kit's fate
                           r"(?:were|was)\s+(?:shot\s+down|brought\s+down|intercepted|downed|"
                           r"jammed|defeated|destroyed)\b)")
# ("... 13,500 troops. Some 10,000 are at Al Udeid": the same count, placed elsewhere)
# Forces a speaker answers about ("How many troops ...? - About 900 in Syria."): the bare
# number placed "in" a country counts them.
_IN_PLACE_AFTER = re.compile(r"[”\"]?\s+in\s+[A-Z][a-z]")  # (and '"fewer than 500" in Syria')
_FORCES_ASKED = re.compile(r"\b(?:forces|troops|soldiers|personnel|service\s+members|"
                           r"Americans)\b")
# "down from", "up from", "compared with", "nowhere near the": a bare number set against the
# count told just before it, of the same thing.
_COMPARED_BEFORE = re.compile(r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to)|near|versus|vs\.)"
                              r"\s+(?:the\s+)?$")
# "19 of the 24 crew": the first number counts the noun of the second.
_OF_NUMBER = re.compile(r"\s+of\s+(?:the|its|their|those|these|our)\s+")  # "142 of our 188 staff"
# "Total attacks since May 2: 41", "Drones intercepted: 12": a label opening the line names
# what the number after its colon counts (a page's "Reposts: 40" counts nothing reported)
# A slide's bullet may open the label, and a few words may qualify its noun ("- UAS attempts
# against bases: 34", "Indirect fire (rocket) events in Iraq: 3"); what follows the noun then
# says where, when or what befell it, never another noun ("Debris hazard: 4").
_COLON_LABEL = re.compile(r"\s*(?:[-–•*][^\S\n]+)?(?:(?:Total|Number\s+of|Confirmed|Reported)\s+)?"
                          r"(?:(?:[A-Za-z][\w-]*|\([a-z][^()\n]{0,18}\))[^\S\n]+){0,3}?"
                          r"([A-Za-z][a-z]{2,}s)\b(?:(?:[^\S\n]+(?:[a-z]+ed|in|on|at|against|from|"
                          r"to|by|since|per|of|for|across|near|over|with|without|under|this|last|so)\b)"
                          r"[^:;,\n]{0,36})?"
                          r":\s*")
# "two, three or four drones" shares its noun; "put the toll at three, two contractors and a
# soldier" apposes a breakdown to a bare total: only a list going on after the comma shares it.
_LIST_GOES_ON = re.compile(r",?\s+(?:or|and|to)\s+\S*\d|,?\s+(?:or|and|to)\s+(?:one|two|three|"
                           r"four|five|six|seven|eight|nine|ten)\b")
_FATE_RIGHT_AFTER = re.compile(r"\s+(killed|wounded|injured|hurt|detained|arrested)\b")


def _counted_noun(text: str, counted: re.Match[str], q: Quantity,
                  fates: dict[int, str]) -> str:
    """The noun 'the number of ...' names. 'The number of our people injured is now three':
    the label says "three people injured"; the unit stays the noun, as for other tolls."""
    fate = _FATE_RIGHT_AFTER.match(text, counted.end())
    noun = counted.group(1)
    if fate and not TOLL_WORD.search(noun):
        fates[q.start] = f"{noun} {fate.group(1)}"
    return noun


def borrow_nouns(text: str, sent: Sentence, rows: list[list], last_unit: str,
                 last_sentence_unit: str) -> dict[int, str]:
    """Give each bare number in rows ([quantity, unit, phrase], in order) the noun it borrows
    from its neighbours or the sentences before; return the fates a label names, by number."""
    counted: list[re.Match[str]] | None = None
    fates: dict[int, str] = {}  # a label's noun with what befell it, by number
    counted_ends: list[int] = []
    for i, row in enumerate(rows):
        if row[1]:
            continue
        # "from 5,200 to 3,000 troops" / "900 troops in Syria and 2,500 in Iraq"
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        prev = rows[i - 1] if i > 0 else None
        if prev and INJURY_UNIT.search(prev[1]):  # "25 of them with concussions, and
            # all but two returned": the people counted before, not their injuries
            prev = next((r for r in reversed(rows[:i - 1])
                         if r[1] and r[1] != PART and not INJURY_UNIT.search(r[1])), prev)
        if prev and prev[0].percent and row[0].start - prev[0].end > 6:
            # "241 of them, or about 70 percent, ..., and 92 were ...": a share set aside
            # lends no noun; the count before it does ("from 40% to 52%" stays a range)
            prev = next((r for r in reversed(rows[:i - 1])
                         if r[1] and r[1] != PART and not r[0].percent), None)
        named_after = _NUMBER_OF_AFTER.match(text, row[0].end, sent.end)
        if counted is None:  # once per sentence: rescanning per number is quadratic
            counted = list(_NUMBER_OF.finditer(text, sent.start, sent.end))
            counted_ends = [m.end() for m in counted]
        before = bisect.bisect_right(counted_ends, row[0].start)
        moved = MOVED_AFTER.match(text, row[0].end, sent.end)
        if named_after:
            row[1] = named_after.group(1)
        elif last_sentence_unit and PLURAL.fullmatch(last_sentence_unit) and \
                _PLACE_HAS.fullmatch(text, sent.start + len(sent.text) - len(sent.text.lstrip()),
                                     row[0].start) and \
                _CLAUSE_ENDS.match(text, row[0].end, sent.end):
            row[1] = last_sentence_unit  # "... 10,000 are at Al Udeid. Bahrain has about 9,000."
        elif text.startswith((" were ", " are "), row[0].end) and \
                not (prev and prev[1] == PART) and \
                text[row[0].start - 6:row[0].start] != "other " and \
                (said_to_be := _said_to_be(text, row[0].end, sent.end)):
            row[1] = said_to_be  # "Of the 47 attacks, 31 were drones": what those 31 were
            # (not a toll's parts: "eight of the dead were foreigners and five were locals",
            # "the other two are contractors")
        elif before and prev and counted[before - 1].start() > prev[0].end:
            # "11 civilians ..., and the number of soldiers recovered rose to 52": the
            # noun named between the two numbers, not the one counted before
            row[1] = _counted_noun(text, counted[before - 1], row[0], fates)
        elif moved:  # "and about 2 million have been displaced": a count of its own kind
            row[1] = moved.group(1).lower()
        elif said_of := _ESTIMATED_AT.search(text, max(sent.start, row[0].start - 40),
                                             row[0].start):
            row[1] = said_of.group(1)
        elif group := _GROUP_OF.search(text, max(sent.start, row[0].start - 16),
                                       row[0].start):
            row[1] = group.group(1).lower()  # "its crew of 21": 21 crew, nothing borrowed
        elif i == 0 and (label := _COLON_LABEL.fullmatch(
                text, max(sent.start, text.rfind("\n", 0, row[0].start) + 1),
                row[0].start)) and label.group(1).lower() not in PAGE_COUNTERS and not (
                nxt and nxt[1] and _OF_NUMBER.fullmatch(text, row[0].end, nxt[0].start)):
            # ("Gaps: 14 of the 41 shelters ...": the shelters are counted, not the gaps)
            row[1] = label.group(1).lower()  # "Total attacks since May 2: 41"
        elif i == 0 and (head := _APPOSITIVE_HEAD.search(
                text, max(sent.start, row[0].start - 40), row[0].start)):
            row[1] = head.group(1)  # "The strikes, 12 in Iraq and 19 in Syria, ..."
        elif nxt and nxt[1] and ":" not in text[row[0].end:nxt[0].start] and \
                "\t" not in text[row[0].end:nxt[0].start] and not (  # (a table's next cell)
                text[row[0].end:nxt[0].start] == ", " and
                not text.startswith(" of ", nxt[0].end) and not _LIST_GOES_ON.match(
                    text, nxt[0].end, sent.end)) and (
                nxt[0].start - row[0].end <= 6 or _OF_NUMBER.fullmatch(
                text, row[0].end, nxt[0].start)):
            row[1] = nxt[1]  # and "19 of the 24 crew"
        elif row[0].text.isalpha() and BARE_DEFINITE.search(
                text, max(sent.start, row[0].start - 7), row[0].start):
            pass  # "up from the four the group announced": a group counted before
        elif prev and _FORCE_SIZED.search(text, max(prev[0].end, row[0].start - 70),
                                          row[0].start):
            row[1] = "troops"  # "hand over two positions and cut its forces to 900"
        elif prev and prev[1] and "\t" not in text[prev[0].end:row[0].start] and not (
                prev[1] in TOLL_UNITS.values() and
                TOLL_AFTER.match(text, row[0].end, sent.end)) and not (
                prev[0].money and not MONEY_JOIN.match(text, prev[0].end, row[0].start)):
            row[1] = prev[1]  # not "two were killed and seven were injured", nor
            # the next cell of a table's row ("8 incidents<tab>6<tab>9": other columns)
        else:  # "cut the number of troops from 5,200 to 3,000"
            if before:
                row[1] = _counted_noun(text, counted[before - 1], row[0], fates)
            elif not (row[0].value >= 1900 and row[0].value <= 2100 and
                      row[0].text.isdigit()) and _FORCE_SIZED.search(
                    text, max(sent.start, row[0].start - 70), row[0].start):
                row[1] = "troops"
            elif _FORCES.fullmatch(last_unit or "") and (_IT_CHANGES.search(
                    text, max(sent.start, row[0].start - 60), row[0].start) or
                    _THAT_FIGURE.search(text, max(sent.start, row[0].start - 40),
                                        row[0].start)):
                row[1] = last_unit  # "In Syria it has dropped from around 2,000 to ..."
            elif _THEIR_NUMBER.search(text, max(sent.start, row[0].start - 40),
                                      row[0].start):
                # "consolidate U.S. forces and reduce their number from 2,000 to 1,000"
                # "... 2,500 troops. Officials expect that number to fall below 2,000"
                forces = _FORCES.findall(text, sent.start, row[0].start)
                row[1] = "troops" if forces else last_unit
            elif numbered := _NUMBERED.search(text, max(sent.start, row[0].start - 60),
                                              row[0].start):
                row[1] = numbered.group(1)  # "its operations now number more than 230"
            elif _ANOTHER.search(text, max(sent.start, row[0].start - 12), row[0].start):
                row[1] = last_unit  # "Another 300 were sent": more of what was counted
            else:
                toll = TOLL_AFTER.match(text, row[0].end, sent.end)
                if toll:  # "nine were injured", with no noun to borrow
                    row[1] = toll_word(toll.group(1))
                elif i == 0 and last_sentence_unit and _opens_clause(text, sent.start,
                                                                     row[0].start) and (
                        _LEFT_OPENING.match(text, row[0].end, sent.end) or
                        _IN_PLACE_AFTER.match(text, row[0].end, sent.end)):
                    row[1] = last_sentence_unit  # "... eight sites. Four remain." and
                    # "... 23 attacks. Fourteen in Syria, nine in Iraq.": split by place;
                    # "... 900 people displaced. Most moved north; 300 are in shelters."
                elif i == 0 and last_sentence_unit and _COMPARED_BEFORE.search(
                        text, max(sent.start, row[0].start - 24), row[0].start):
                    row[1] = last_sentence_unit  # "... 1,500 troops. That is down
                    # from 2,500": the count before, compared with its earlier level
                elif _IN_PLACE_AFTER.match(text, row[0].end, sent.end) and \
                        _FORCES_ASKED.search(text, max(0, sent.start - 200), row[0].start):
                    row[1] = "troops"  # "Roughly 900 in Syria", troops asked about
    return fates


def _opens_clause(text: str, sent_start: int, at: int) -> bool:
    """Whether the number at `at` opens its sentence, or a clause after a semicolon that
    counts nothing before it in the sentence."""
    return not text[max(sent_start, text.rfind(";", sent_start, at) + 1):at].strip()


# "31 were one-way attack drones": a bare number whose verb names what it counts (not "two
# were the first", "three were killed", "four were also hit").
_WERE_NOT = re.compile(r" (?:were|are) (?:the|a|an|all|not|no|being|also|still|now|just|"
                       r"only|among|both|each|some|many|in|at|on|from)\b")


# A make by its designator after "were": "(of which 500) were the newer PAC-3 MSE".
_WERE_MAKE = re.compile(r" (?:were|are) (?:the\s+)?(?:(?:newer|older|new|latest|upgraded|"
                        r"improved|advanced)\s+)?([A-Z][A-Za-z]*-[A-Z0-9][\w-]*"
                        r"(?:\s+[A-Z]{2,5}\b)?)(?=[\s.,;:)]|$)")


def _said_to_be(text: str, pos: int, limit: int) -> str:
    """The plural noun after 'were'/'are' that a bare number counts, else ''."""
    if make := _WERE_MAKE.match(text, pos, limit):
        return make.group(1)  # "of which perhaps 500 were the newer PAC-3 MSE": that make
    if _WERE_NOT.match(text, pos, limit):
        return ""
    unit, phrase = unit_after(text, text.index(" ", pos + 1) + 1, limit)
    head = unit.rsplit(" ", 1)[-1]
    return unit if phrase and phrase[:1].islower() and PLURAL.fullmatch(head) and \
        not head.endswith(("ed", "ing")) else ""
