"""Counts that are no one happening's toll: a year ("in 2024 three ..."), a running tally
over a period or across many attacks, a report taken back, and the parties of a count told
again as its breakdown (counted once, not twice)."""

from __future__ import annotations

import re

from briefdeck.extract.casualty_rows import Casualty

# "four people, three soldiers and a contractor": a count, then who they were
_BREAKDOWN_OPEN = re.compile(r"\s*(?:[,:;]|[–—-]{1,2})\s*(?:including\s+|namely\s+)?")
_BREAKDOWN_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def broken_down(text: str, found: list[Casualty]) -> list[Casualty]:
    """A count followed at once by the parties it is made of ("put the number of injured
    at three, two contractors and a soldier") counts those people once, not twice: the
    parties stand for a plain count; a total ("the toll rose to five: ...") keeps its
    total and the parties go, so it still replaces the earlier count. A count that names
    its party keeps it, who they were told after it going ("two civilians, a woman and a
    child"; "two civilians, one of them a child"). Inner lists are read first: "16 dead:
    eight fighters, six guards and two civilians, a woman and a child"."""
    rows = sorted(found, key=lambda c: c.start)
    drop: set[int] = set()
    for i in range(len(rows) - 1, -1, -1):
        whole = rows[i]
        if id(whole) in drop or whole.is_floor or (whole.count or 0) < 2:
            continue
        opened = _BREAKDOWN_OPEN.match(text, whole.end)
        parts: list[Casualty] = []
        pos = opened.end() if opened else -1
        for c in rows[i + 1:]:
            if id(c) in drop:
                continue
            if c.start != pos or c.kind != whole.kind or c.count is None or c.total:
                break
            if c.partitive and c.count < whole.count:
                drop.add(id(c))  # "two civilians, one of them a child": one of those two
            else:
                parts.append(c)
            join = _BREAKDOWN_JOIN.match(text, c.end)
            pos = join.end() if join else -1
        if whole.party != "unspecified" and any(c.party != "unspecified" for c in parts):
            continue
        if len(parts) < 2 or sum(c.count or 0 for c in parts) != whole.count:
            continue
        keep_whole = whole.total or whole.party != "unspecified"
        drop |= {id(c) for c in parts} if keep_whole else {id(whole)}
    return [c for c in found if id(c) not in drop] if drop else found


# "Initial reports that a guard had been wounded were later corrected": a count told as a
# report, then taken back in the same sentence, counts no one
DENIED_CUE = re.compile(r"(?i:corrected|denied|retracted|withdrawn|false|untrue|wrong|incorrect)")
_REPORT_THAT = re.compile(r"\b(?:reports?|claims?|accounts?|rumou?rs?)\s+(?:\w+\s+){0,3}?that\s+"
                          r"[^;]*$", re.I)
_TAKEN_BACK = re.compile(r"[^;.]*?\b(?:were|was|have\s+been|has\s+been|had\s+been|proved|proven)"
                         r"\s+(?:later\s+|since\s+|subsequently\s+|quickly\s+|officially\s+)?"
                         r"(?:corrected|denied|retracted|withdrawn|(?:to\s+be\s+)?(?:false|untrue|"
                         r"wrong|incorrect|unfounded))\b", re.I)


def not_denied(text: str, end: int, found: list[Casualty]) -> list[Casualty]:
    return [c for c in found if not (
        _REPORT_THAT.search(text, max(0, c.start - 80), c.start)
        and _TAKEN_BACK.match(text, c.end, end))]


# "In January 2024 three soldiers were killed": a year after a month or "in" is no toll.
_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|until|by|of|during|early|late|mid|spring|summer|"
                          r"autumn|fall|winter|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|"
                          r"Dec)[a-z]*\.?|\d)[\s-]*$", re.I)


def is_year(text: str, c: Casualty) -> bool:
    if not (1900 <= (c.count or 0) <= 2099 and c.wording.strip(" ,").isdigit()):
        return False
    return bool(_YEAR_BEFORE.search(text, max(0, c.start - 12), c.start))


# "nine people were killed and seven wounded across all incidents this week": a sum over many
# happenings, no one happening's toll
ACROSS_ALL = re.compile(r"[^.;]{0,120}?\bacross\s+(?:all\s+(?:of\s+)?|the\s+|these\s+|those\s+)"
                        r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:incidents|attacks|strikes|raids|"
                        r"assaults|events)\b")
# "62 personnel had suffered minor injuries in attacks since October 17", "three soldiers have
# been wounded since January", "as of today 46 were hurt in those attacks": a running tally
# over a period, no one attack's toll ("has killed 24 since Tuesday" counts the happening
# that began that day; "the deadliest since 2020" has no perfect tense and no attacks counted)
PERIOD_CUE = re.compile(r"(?i:since|as\s+of|through|until)\b")
RUNNING = re.compile(
    r"[^.;]{0,120}?(?:\b(?:in|during|from)\s+(?:all\s+)?(?:the\s+|those\s+|these\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:attacks|strikes|incidents|raids|assaults)|"
    r"\b(?:have|has|had)\s+(?:now\s+)?(?:been\s+)?[a-z]+ed\b[^.;]{0,80}?)\s+since\s+"
    # ("had since returned to duty": 'since' as an adverb, no period counted)
    r"(?!(?:been|[a-z]+ed)\b)"
    r"(?!(?:late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|last\s+night|this\s+morning|dawn|daybreak)\b)|"
    # "as of today 46 personnel have been injured in those attacks": the sum over the attacks
    # of the period ("three were killed in those strikes" alone may be one day's strikes)
    r"[^.;]{0,120}?\b(?:in|during|from)\s+(?:all\s+(?:of\s+)?)?(?:those|these)\s+"
    r"(?:[\w-]+\s+)?(?:attacks|strikes|raids|incidents|assaults)\b|"
    # "186 troops were injured in attacks on bases from October 2023 through June 2025": the
    # attacks of a span of months (both ends named), a sum over them
    # ("U.S. troops": a dot inside; the match stops at the sentence's end anyway)
    r"[^;]{0,120}?\b(?:in|during)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|raids|incidents|"
    r"assaults)\b[^;]{0,80}?\b(?:from|between)\s+[A-Z][a-z]+\.?(?:\s+\d{4})?\s+"
    r"(?:through|until|to|and)\s+[A-Z][a-z]+\.?(?:\s+\d{4})?\b")


# "killing six people, and that the UN had documented 41 incidents since May": a second
# reported statement ("and that ...", "adding that ...") holds the tally, not this count's clause
_NEXT_STATEMENT = re.compile(r"(?:,\s*|\s+)(?:and\s+|adding\s+|while\s+)that\s", re.I)


# "forces have neutralized 41 militants since October": the perfect-tense verb comes before
# the count when told actively, the period after it
_PERFECT_BEFORE = re.compile(r"\b(?:have|has|had)\s+(?:now\s+|also\s+)?[a-z]+ed\s+"
                             r"(?:a\s+total\s+of\s+|at\s+least\s+|more\s+than\s+)?$", re.I)
_SINCE_AFTER = re.compile(
    r"[^.;,]{0,60}?\s+since\s+(?!(?:been|[a-z]+ed)\b)"
    r"(?!(?:late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|last\s+night|this\s+morning|dawn|daybreak)\b)")


def is_running(text: str, c: Casualty, end: int) -> bool:
    """The count is a running tally over a period (RUNNING), told in its own clause."""
    m = RUNNING.match(text, c.start, end)
    if m:
        return not _NEXT_STATEMENT.search(text, c.end, m.end())
    return bool(_SINCE_AFTER.match(text, c.start, end)
                and _PERFECT_BEFORE.search(text[max(0, c.start - 60):c.start]))


# "none of the 23 crew were hurt", "neither of the two guards was injured", "no one among the
# 40 soldiers": the count is of those unharmed, no toll
NONE_CUE = re.compile(r"(?i:\bnone\b|\bneither\b|\bno\s+one\b)")
_NONE_OF = re.compile(r"\b(?:none|neither|no\s+one)\s+(?:of|among)\s+(?:the|its|their|his|her|"
                      r"our|them,?\s+)?\s*$", re.I)


def none_of(text: str, found: list[Casualty]) -> list[Casualty]:
    """found, less the counts of people none of whom was harmed."""
    return [c for c in found if not _NONE_OF.search(text, max(0, c.start - 24), c.start)]
