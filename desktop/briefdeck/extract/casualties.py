"""Killed and wounded counts with the party each belongs to.

"killing two American service members and a British medic" -> killed U.S. 2, U.K. 1;
"Three U.S. Army reservists are killed and more than 40 troops are wounded" -> killed 3,
wounded 40. Vague counts ("several militants") are left out of totals rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefdeck.extract.casualty_rows import Casualty, count_of, kind_of
from briefdeck.extract.casualty_shorthand import shorthand_tolls
from briefdeck.extract.toll_along_with import along_with_hurt
from briefdeck.extract.toll_also_elsewhere import ELSEWHERE_CUE, hurt_elsewhere_added
from briefdeck.extract.toll_claims import claimed_marked
from briefdeck.extract.toll_conditions import (
    ARRIVAL_CUE,
    CONDITION_CUE,
    ROLE_CUE,
    arrival_dead,
    condition_counts,
    role_hurt,
)
from briefdeck.extract.toll_corrected_story import story_mistakes_dropped
from briefdeck.extract.toll_count_pairs import PAIR_CUES, count_pairs
from briefdeck.extract.toll_deaths_recounted import hurt_besides_the_dead
from briefdeck.extract.toll_filters import (
    ACROSS_ALL,
    DENIED_CUE,
    NONE_CUE,
    PERIOD_CUE,
    broken_down,
    is_running,
    is_year,
    none_of,
    not_denied,
)
from briefdeck.extract.toll_first_report_corrected import first_report_dropped
from briefdeck.extract.toll_fragments import (
    BARE_SUBJECT,
    ORDINAL_CUE,
    bare_counts,
    clause_counts,
    headline_toll,
    listed_before,
    named_dead,
    ordinal_counts,
    reported_tolls,
    terse_tolls,
)
from briefdeck.extract.toll_had_injuries import HAD_CUES, had_injuries
from briefdeck.extract.toll_including_from import INCLUDING_CUES, tally_parts
from briefdeck.extract.toll_listed import listed_toll
from briefdeck.extract.toll_parties import party_of
from briefdeck.extract.toll_patterns import (
    ACRONYM_RE,
    ACTIVE_RE,
    ADDED,
    ALSO_VERB,
    AND_KIN_NAMED,
    BARE_RE,
    BODIES_RE,
    CAUSE_CUE,
    CAUSING_RE,
    DEAD_CUE,
    DEAD_VERB_RE,
    DEAD_WHO_RE,
    DIED_RE,
    ELLIPTIC_RE,
    HARM_OF_RE,
    HOSPITAL_RE,
    HURT_BEFORE,
    INJURIES_TO_RE,
    KIN_AFTER,
    LEAVING_RE,
    NAMED_KILLED_RE,
    ONE_KIN,
    ONE_OF_RE,
    ONE_ROLE,
    OWN_VERB,
    PARTITIVE,
    PASSIVE_RE,
    PASSIVE_VERBS,
    SHORTHAND_RE,
    SUFFER_CUE,
    SUFFERED_RE,
    TIMES_X_RE,
    TREATED_RE,
    WITH_COUNT_RE,
)
from briefdeck.extract.toll_ranked_names import ranked_names_hurt
from briefdeck.extract.toll_reported_groups import reported_groups
from briefdeck.extract.toll_revisions import (
    SUPERSEDED_CUES,
    kinds_resolved,
    superseded_dropped,
    with_updates,
)
from briefdeck.extract.toll_sums import summed_toll
from briefdeck.extract.toll_whole_total import whole_total
from briefdeck.extract.toll_words import GROUP_NOUN, ITEM_RE, NUM, next_item_at

# (the names other modules take from here)
__all__ = ["ANY_TOLL", "Casualty", "find_casualties", "kinds_resolved"]

_OTHER_ONLY = re.compile(r"\bother\b", re.I)
# "killing the two men inside": a count of those there, after "the"
_THE_COUNT = re.compile(r"(?:the|all)\s+(?=(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|"
                        r"ten)\s+[a-z])")
_DIED_OF_WOUNDS_WHEN = re.compile(
    r"\bdied\s+(?:[^;()]{0,40}?,\s+)?of\s+(?:the\s+)?(?:wounds|injuries)\s+(?:he|she)\s+"
    r"(?:suffered|sustained|received)\s+(?:when|in)\b")
_LATER_REPORTS = re.compile(r"\s*(?:Later|Updated|Subsequent|Revised|More\s+recent)\s+"
                            r"(?:reports?|reporting|figures|information|accounts?)\b")

# "So three wounded, zero killed, that's the current figure": the whole toll as now known
_CURRENT_FIGURE = re.compile(r"\b(?:that's|that\s+is|which\s+is|is)\s+(?:the\s+)?(?:current|"
                             r"latest|updated|latest\s+confirmed)\s+(?:figure|count|number|"
                             r"total|toll)\b", re.I)

# "So the full toll is one dead and five wounded": every party's count summed up, the whole
# toll as now known (not more on top of the counts told before it)
_WHOLE_TOLL = re.compile(r"\b(?:full|total|overall|combined|whole|complete)\s+(?:death\s+|"
                         r"casualty\s+)?(?:toll|count|tally)\s+(?:is|was|stands\s+at|comes\s+to|"
                         r"now\s+stands\s+at)\b", re.I)


# "raises that to six killed, ... and 11 wounded": a new total's kind, said right after it
_KIND_NEXT = re.compile(r"\s+(?:(?:people|persons)\s+)?(?P<verb>killed|dead|wounded|injured|"
                        r"hurt)\b", re.I)


def _kind_told_after(text: str, found: list[Casualty]) -> list[Casualty]:
    """A new total ("raised that to six") takes the kind its own words name after the count
    over the kind of the count told before it: "four killed and nine wounded ... raises that
    to six killed and 11 wounded" is six dead, not six more wounded."""
    out = []
    for c in found:
        if c.total and (m := _KIND_NEXT.match(text, c.end)) is not None and \
                kind_of(m.group("verb")) != c.kind:
            c = replace(c, kind=kind_of(m.group("verb")), kind_unsaid=False)
        out.append(c)
    return out


# "five people were killed, not three": a count set right against an earlier one
_NOT_THAT = re.compile(rf"(?:\s+(?:were|was|had\s+been|have\s+been|are|is))?(?:\s+(?:killed|"
                       rf"dead|wounded|injured|hurt))?,\s+not\s+(?:{NUM}|\d{{1,4}})\b", re.I)


def _corrected(text: str, found: list[Casualty]) -> list[Casualty]:
    """"Five people were killed, not three, the army said later": the count as corrected, the
    whole of its kind (replacing the three told before, never five more on top of them)."""
    # ("Two soldiers and a contractor were wounded, not three soldiers": the count corrected is
    # the whole list's, so no one group of it stands for the whole of its kind)
    return [replace(c, total=True) if c.count and not (c.total or c.added or c.from_wounded)
            and _NOT_THAT.match(text, c.end) and not any(
                b.kind == c.kind and b.end <= c.start and _LISTED_WITH.fullmatch(
                    text, b.end, c.start) for b in found) else c for c in found]


_LISTED_WITH = re.compile(r",?\s+and\s+")


def _other_than_told(text: str, found: list[Casualty]) -> list[Casualty]:
    """"one guard was killed and four other people were injured": "other" sets the hurt apart
    from the dead just counted in the sentence, not on top of a count told before."""
    out = []
    for c in found:
        if c.added and c.kind == "wounded" and _OTHER_ONLY.search(text, c.start, c.end) and \
                not re.search(r"\b(?:another|additional|further|more)\b", text[c.start:c.end],
                              re.I) and any(b.kind == "killed" and b.count and b.end <= c.start
                                            for b in found):
            c = replace(c, added=False)
        out.append(c)
    return out


# "were killed and wounded", "killed or injured": a second verb of harm joined to the first
# makes the count one of the dead and the hurt together
JOINT_VERB = re.compile(r"\s+(?:and|or|and/or)\s+(?:wounded|injured|hurt|killed)\b", re.I)
_GROUP_AFTER = re.compile(rf"\s+{GROUP_NOUN}\b", re.I)
# Every way of telling a toll has one of these words: most sentences are skipped at once.
# (a word's start and its first letter first: the engine skips the other words at once)
ANY_TOLL = re.compile(r"\b(?=[kwihdbtcsreamngKWIHDBTCSREAMNG])(?i:kill|wound|injur|hurt|dead|"
                       r"to\s+death|gunned\s+down|bodies|"
                       r"toll|casualt|wia|kia|suffer|burns|sustain|diagnos|treated|evaluated|cuts|bruis|"
                       r"received|assassinat|died|succumb|martyr|neutrali|sent\s+to\s+hell|"
                       r"hospital|"
                       # "raised the count to six": a count revised (toll_revisions.py)
                       r"count\s+to\s|"
                       r"th(?:at|is)\s+(?:(?:number|figure|count|tally)\s+)?to\s|"
                       # "revised the figure to three": a later report's count
                       r"revised\s+the\s+(?:number|figure|tally)\s+to\s|"
                       # "the number had risen to eight": the count just told, grown
                       r"th(?:e|at)\s+(?:number|figure|tally)\s+(?:ha[sd]\s+)?(?:now\s+)?"
                       r"(?:risen|rose|climbed|increased|grown|grew)\s+to\s)")


# "the injury of three (3) civilians": a count in words echoed in figures, as statements
# translated from Arabic write it; the echo is read as blank (same length: spans unchanged)
_ECHOED = re.compile(r"(?<=[a-z])\s\(\d{1,4}\)(?=\s)")
# the last few texts read, each with its copy without the echoes: a pair per document, the
# whole kept as one tuple swapped at once, since the GUI drafts documents on several threads
_echo_cache: tuple[tuple[str, str], ...] = ()


def _without_echoes(text: str) -> str:
    global _echo_cache
    cache = _echo_cache
    for read, blanked in cache:
        if read is text:
            return blanked
    blanked = _ECHOED.sub(lambda m: " " * len(m.group(0)), text)
    _echo_cache = ((text, blanked), *cache[:3])
    return blanked


# "Two of the 23 crew were hurt": the count before "of the" is the toll; the number after it
# is the whole group, most of them unhurt
_OUT_OF = re.compile(rf"\b(?P<num>{NUM})\s+of\s+(?:the|its|their|his|her)\s+$", re.I)


def _counted_out_of(text: str, start: int, found: list[Casualty]) -> list[Casualty]:
    out = []
    for c in found:
        m = _OUT_OF.search(text, max(start, c.start - 40), c.start) if c.count else None
        n = count_of(m.group("num")) if m else None
        if m and n is not None and n < c.count:
            c = replace(c, count=n, wording=m.group("num"))
        out.append(c)
    return out


def find_casualties(text: str, start: int, end: int) -> list[Casualty]:
    """Casualty counts in text[start:end] (offsets absolute)."""
    found: list[Casualty] = []
    if not ANY_TOLL.search(text, start, end):
        return found
    if ") " in text[start:end] and _ECHOED.search(text, start, end):
        text = _without_echoes(text)
    for m in ACTIVE_RE.finditer(text, start, end):
        kind = kind_of(m.group("verb"))
        pos = m.end()
        while True:
            item = ITEM_RE.match(text, pos, end)
            if not item and pos == m.end() and (the := _THE_COUNT.match(text, pos, end)):
                item = ITEM_RE.match(text, the.end(), end)  # "killing the two men inside"
            if not item:
                bare = BARE_RE.match(text, pos, end) if pos == m.end() else None
                if bare and count_of(bare.group("num")):
                    found.append(Casualty(bare.start(), bare.end(), kind,
                                          count_of(bare.group("num")), "unspecified",
                                          bare.group("num")))
                elif pos == m.end() and (one := ONE_ROLE.match(text, pos, end)):
                    found.append(Casualty(one.start(), one.end(), kind, 1,
                                          party_of(one.group(0)), one.group("det")))
                break
            count = count_of(item.group("num"))
            kin = KIN_AFTER.match(text, item.end(), end) if count else None
            if kin and pos > m.end() and found[-1].count == count + 1 and \
                    text[found[-1].end:item.start()].strip() == ",":
                break  # "wounding two civilians, a woman and her son": who the two were
            # "wounding a woman and her child": one more hurt
            found.append(Casualty(item.start(), kin.end() if kin else item.end(), kind,
                                  count + 1 if kin and count else count,
                                  party_of(item.group("np")), item.group("num")))
            pos = next_item_at(text, found[-1].end, end)
            if pos is None or OWN_VERB.match(text, ITEM_RE.match(text, pos, end).end(), end):
                break  # "killing one person, and two people were wounded": a verb of its own
    for m in NAMED_KILLED_RE.finditer(text, start, end):
        if not any(c.start <= m.start("np") < c.end for c in found):
            kin = AND_KIN_NAMED.match(text, m.end("np"), end)
            found.append(Casualty(m.start("np"), kin.end() if kin else m.end("np"), "killed",
                                  2 if kin else 1, party_of(m.group("np"))))
    suffered = SUFFER_CUE.search(text, start, end) is not None  # a cheap test first
    chunk = text[start:end]
    shorthand = "KIA" in chunk or "WIA" in chunk
    dead_verb = DEAD_CUE.search(text, start, end) is not None
    caused = CAUSE_CUE.search(chunk) is not None  # (one test for both patterns it gates)
    low = chunk.lower()  # (ASCII only: re.I folds a few other letters onto a-z)
    folded = not chunk.isascii()  # re.I folds a few other letters: then no word test
    passive = folded or any(w in low for w in PASSIVE_VERBS)
    # (cheap tests for words each pattern needs, case-blind: most sentences lack them)
    dead = folded or "dead" in low
    hurt = folded or "wound" in low or "injur" in low
    verb_after: list[Casualty] = []  # groups whose verb follows them: "X and Y were hurt"
    for pattern in (PASSIVE_RE if passive else None,
                    INJURIES_TO_RE if folded or "injur" in low else None,
                    SUFFERED_RE if suffered else None,
                    TREATED_RE if suffered else None, WITH_COUNT_RE if suffered else None,
                    CAUSING_RE if caused else None, HARM_OF_RE if caused else None,
                    BODIES_RE if dead or "bodies" in low else None,
                    ACRONYM_RE if shorthand else None, SHORTHAND_RE if shorthand else None,
                    LEAVING_RE if dead or hurt or "burns" in low or "concussions" in low
                    else None, HOSPITAL_RE if dead or hurt or "bodies" in low else None,
                    DEAD_VERB_RE if dead_verb else None,
                    DEAD_WHO_RE if dead_verb else None,
                    DIED_RE if "died" in chunk else None,
                    TIMES_X_RE if " x " in chunk or "×" in chunk else None,
                    ONE_OF_RE if "one of" in low or "among" in low else None):
        for m in pattern.finditer(text, start, end) if pattern else ():
            if any(c.start <= m.start("num") < c.end for c in found):
                continue
            if pattern is PASSIVE_RE and JOINT_VERB.match(text, m.end(), end):
                continue  # "14 soldiers were killed and wounded": one count of both, neither toll
            if pattern is DIED_RE and HURT_BEFORE.search(m.group("np")):
                continue  # "two of the wounded soldiers died": counted as moved, not new
            verb = m.groupdict().get("verb") or (
                "killed" if pattern in (BODIES_RE, HOSPITAL_RE) else "injured")
            party = party_of(m.group("np"))
            if pattern is WITH_COUNT_RE:  # the vague group it counts: "several U.S. troops"
                party = next((c.party for c in reversed(found) if c.count is None
                              and c.end <= m.start()), party)
            count = count_of(m.group("num"))
            if pattern is PASSIVE_RE and count and ONE_KIN.fullmatch(m.group("beside") or ""):
                count += 1  # "a farmer and his son were wounded": one more hurt
            found.append(Casualty(m.start("num"), m.end("np"), kind_of(verb),
                                  count, party, m.group("num")))
            if pattern in (PASSIVE_RE, SUFFERED_RE, ACRONYM_RE, SHORTHAND_RE):
                verb_after.append(found[-1])
    if dead_verb:
        found = named_dead(text, start, end, found)
    if passive:  # "Sgt. Jane Roe and Spc. John Doe were killed": one dead per ranked name
        found += ranked_names_hurt(text, start, end, found)
    found += listed_before(text, start, found, verb_after)
    found += along_with_hurt(text, start, end, found, verb_after)  # ", along with two guards"
    found += terse_tolls(text, start, end, found)
    found += shorthand_tolls(text, start, end, found)  # "2x KIA", "two guards wounded, no ..."
    found += headline_toll(text, start, end, found)
    if "indicated " in chunk or "confirm" in chunk or "report" in chunk or "said " in chunk \
            or "now says " in chunk:
        found += reported_tolls(text, start, end, found)
        found = reported_groups(text, start, end, found)  # "confirms 3 X and 1 Y wounded"
    found += clause_counts(text, start, end, found)
    if any(cue in low for cue in PAIR_CUES):  # "the count was three martyrs and five wounded"
        found += count_pairs(text, start, end, found)
    if hurt and any(cue in low for cue in HAD_CUES):  # "four sailors had minor injuries"
        found += had_injuries(text, start, end, found)
    if any(cue in low for cue in INCLUDING_CUES):  # "60 wounded ..., including eight from"
        found += tally_parts(text, start, end, found)
    if "total" in low:  # "the total ... is now 1 killed and 6 wounded": the whole toll
        found = whole_total(text, start, end, found)
    if CONDITION_CUE.search(chunk):  # "2 in serious condition and 6 lightly hurt"
        found += condition_counts(text, start, end, found)
    if ARRIVAL_CUE.search(chunk):  # "nine were dead on arrival"
        found += arrival_dead(text, start, end, found)
    if passive and ROLE_CUE.search(chunk):  # "and its driver was wounded"
        found += role_hurt(text, start, end, found)
    if "died" in chunk and "wounds" in chunk and not found:
        # "died Saturday of wounds he suffered when a drone struck the base": one dead of the
        # happening told after it (a death of its own, not a wounded man's moved)
        found += [Casualty(m.start(), m.end(), "killed", 1, "unspecified", "")
                  for m in _DIED_OF_WOUNDS_WHEN.finditer(text, start, end)][:1]
    if "more" in chunk or BARE_SUBJECT.match(text, start, end):
        found += bare_counts(text, start, end, found)
    if " of " in low:
        found = _counted_out_of(text, start, found)
    if listed := listed_toll(text, start, end):  # "the report lists four X and one Y hurt"
        found = [c for c in found if not any(
            s.start <= c.start < s.end or c.start <= s.start < c.end for s in listed)] + listed
    found = [replace(c, added=bool(ADDED.search(text, c.start, c.end) or (
                     "also" in chunk and ALSO_VERB.match(text, c.end, end))),
                     partitive=bool(PARTITIVE.search(text, c.start, c.end))) for c in found]
    if ELSEWHERE_CUE in low:  # "also aimed at a nearby camp, where two soldiers were hurt"
        found = hurt_elsewhere_added(text, start, found)
    if " other " in chunk:
        found = _other_than_told(text, found)
    if found and (_LATER_REPORTS.match(text, start, end) or (
            "current" in chunk or "latest" in chunk) and _CURRENT_FIGURE.search(
            text, start, end) or (" toll " in chunk or " count " in chunk or " tally " in chunk)
            and _WHOLE_TOLL.search(text, start, end)):
        # "Later reporting from the ministry states that one was killed and four injured":
        # the whole toll as now known, replacing a first count (not more on top of it)
        found = [replace(c, total=True) if c.count and not (
            c.added or c.partitive or c.from_wounded or c.is_floor) else c for c in found]
    found = with_updates(text, start, end, found)
    if " other" in chunk and "died" in chunk:  # "a man died and five other people were hurt"
        found = hurt_besides_the_dead(text, found)
    if any(c.total for c in found):
        found = _kind_told_after(text, found)
    if ", not " in chunk:
        found = _corrected(text, found)
        # "..., not three service members, and a guard was also hurt": the count a correction
        # sets aside is no one hurt (nor is "not one": none)
        found = [c for c in found if not text.endswith(("not ", "Not "), 0, c.start)]
    for m in ELLIPTIC_RE.finditer(text, start, end):
        if any(c.start <= m.start("num") < c.end for c in found):
            continue  # "and 11 others were wounded", already read as a group of its own
        if m.group(0).lower().split()[2:3] == ["more"] and _GROUP_AFTER.match(text, m.end()):
            continue  # "and three more injured people were pulled out": no verb of harm
        if any(c.total and c.kind == kind_of(m.group("verb")) and m.end() <= c.start
               for c in found):
            continue  # "one killed and two wounded; later revised to three wounded"
        before = [c for c in found if c.end <= m.start()]
        # "two soldiers were killed and four were wounded": the same group; "and three
        # others": not said whose
        party = party_of(m.group("np")) if m.group("np") else before[-1].party if before and \
            "other" not in m.group(0) else "unspecified"
        kind = kind_of(m.group("verb"))
        # "now says one was killed and five wounded": the new count of both kinds, not more
        # on top of the first ("and three more were wounded" adds; so does a next party's
        # count after the kind's total: "to one guard killed and two wounded, and three
        # raiders killed and two wounded")
        joined = any(c.total and c.kind != kind and c.end <= m.start() and
                     m.start() - c.end <= 40 and not any(ch in text[c.end:m.start()] for ch in ".;")
                     for c in found) and not ADDED.search(m.group(0)) and not any(
                         c.total and c.kind == kind for c in found)  # (a next party's adds)
        found.append(Casualty(m.start("num"), m.end("num"), kind, count_of(m.group("num")),
                              party, m.group("num"), total=joined,
                              # ("and two more were wounded": more of the toll told)
                              added=bool(ADDED.search(m.group(0)))))
    if ORDINAL_CUE.search(chunk):
        found = ordinal_counts(text, start, end, found)
    if found and PERIOD_CUE.search(chunk):  # (a sentence that tells of a period)
        found = [c for c in found if not is_running(text, c, end)]
    if found and "across" in chunk:  # "nine killed across all the incidents": a sum
        found = [c for c in found if not ACROSS_ALL.match(text, c.start, end)]
    if found and DENIED_CUE.search(chunk):
        found = not_denied(text, end, found)
    if found and NONE_CUE.search(chunk):
        found = none_of(text, found)
    if any(1900 <= (c.count or 0) <= 2099 for c in found):
        found = [c for c in found if not is_year(text, c)]
    if len(found) > 1:
        found = broken_down(text, found)
    if len(found) > 1 and ":" in chunk:
        found = _after_colon(text, found)
    if found and any(w in low for w in SUPERSEDED_CUES):
        found = superseded_dropped(text, start, end, found)
        found = first_report_dropped(text, start, end, found)  # "...; this update corrects"
    if summed := summed_toll(text, start, end):  # "That makes six wounded": the sum told
        found = [c for c in found if not any(
            s.start <= c.start < s.end or c.start <= s.start < c.end for s in summed)] + summed
    if found:  # (sentences with a toll only: few)
        found = story_mistakes_dropped(text, start, end, found)  # "the article said two died"
        found = claimed_marked(text, start, found)
    return found


def _after_colon(text: str, found: list[Casualty]) -> list[Casualty]:
    """'three people were hurt: a man is in serious condition and two others were lightly
    injured': counts after a colon that closes a count of their kind tell who those people
    are, never more of them (when they fit inside it)."""
    for whole in found:
        if (whole.count or 0) < 2:
            continue
        colon = text.find(":", whole.end, whole.end + 40)
        if colon < 0 or any(ch in text[whole.end:colon] for ch in ".;\n"):
            continue
        parts = [c for c in found if c.start > colon and c.kind == whole.kind and c.count
                 and not (c.total or c.from_wounded)]
        if parts and sum(c.count or 0 for c in parts) <= (whole.count or 0):
            return [c for c in found if c not in parts]
    return found
