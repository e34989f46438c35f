"""The force level a key point gives, and the troop count a withdrawal names.

A report counts troops now, once and in a plan; the force level shows the one held now (or
undated) and never a planned one, with what it changed from ("up from about 34,000 troops").
A troop count in the sentence of a withdrawal is the number leaving, not the whole force.
"""

from __future__ import annotations

import bisect
import re

from briefdeck.extract.force_counts import counts_a_force
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.unit_strengths import unit_strength
from briefdeck.model import Figure

FORCE_UNITS = {"troops", "personnel", "service members", "soldiers", "forces", "marines"}


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


# "down from about 2,000", "up from 34,000": the level before a change
_CHANGED_FROM = re.compile(r"\b(?:up|down)\s+from\s+$", re.I)
# "about 2,000 a year ago", "1,500 two years ago": a level then, not now
_AGO = re.compile(r"[^.;,\n]{0,25}\bago\b")


# "About 300 coalition personnel remain at the base": those left at one site, no force level
_AT_ONE_SITE = re.compile(r"[^.;\n]{0,40}?\s(?:remain|remains|stay|stays|are\s+still)\s+"
                          r"(?:at|on)\s")


def _at_one_site(text: str, fig: Figure) -> bool:
    if fig.provenance is None:
        return False
    end = fig.provenance.end
    return _AT_ONE_SITE.match(text, end, end + 60) is not None


def _former(text: str, fig: Figure) -> bool:
    """Is the troop count the level a change started from (not the level now)?"""
    if fig.provenance is None:
        return False
    start, end = fig.provenance.start, fig.provenance.end
    return bool(_CHANGED_FROM.search(text, max(0, start - 12), start)) or \
        _AGO.match(text, end, end + 30) is not None


_CHANGE_FROM_TO = re.compile(r"\b((?:will\s+|is\s+to\s+|are\s+to\s+)?(?:increase|rise|grow|climb|"
                             r"decrease|fall|drop|shrink)s?)\s+from\s+$")


def _force_level(text: str, figures: list[Figure]) -> str:
    """'Force level: roughly 40,000 troops (up from about 34,000 troops).' A level held now
    before one the report does not date, before a past one; never a planned one, nor the
    level a change started from."""
    troops = [f for f in figures if f.unit in FORCE_UNITS and (
        f.provenance is None or counts_a_force(text, f.provenance.start, f.provenance.end))
        and not unit_strength(text, f)]  # (a battery's crew is no force level)
    held = {id(f): _when_held(text, f) for f in troops
            if f.qualifier in ("about", "exact") and f.value >= 100}
    # (the level a change started from, "down from about 2,000 a year ago", is no force
    # level now: alone on the slide it would read as today's)
    level = max((f for f in troops if held.get(id(f), -1) >= 0 and not _former(text, f)
                 and not _at_one_site(text, f)),
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
        # "will increase from about 300 to about 500": the level now and where it is going
        going = _CHANGE_FROM_TO.search(text, max(0, level.provenance.start - 40),
                                       level.provenance.start)
        if going and re.fullmatch(r"\s*to\s*", between):
            extra = f" ({going.group(1)} to {other.label.removesuffix(', planned')})"
            break
    said = level.label
    if said[:1].isupper() and said.split(" ", 1)[0].lower() in _LOWER_LEADS:
        said = said[0].lower() + said[1:]  # "Force level: roughly 2,000 troops ..."
    return f"Force level: {said}{extra}."
