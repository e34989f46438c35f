"""An online service's status page: the lists round the incident's updates.

A status page (an internet provider's, a cloud service's) tells one incident in dated
updates; around them it lists the service's components, each with its status ("Erbil -
Fiber (FTTH) Operational", "Business Leased Lines Degraded Performance"), and its "Past
Incidents", a day a line ("Nov 14, 2026 - Fiber cut on ... Resolved ..."), over a link to
its "Incident History". The component names are products, not places or organisations; the
past incidents are other, unrelated days. Both are furniture; the updates are the text.
"""

from __future__ import annotations

import re

from briefdeck.ingest.full_dates import FULL_DATE
from briefdeck.ingest.line_kinds import ArticleLine

_KIND = "status page furniture"
# A component's row: its name, then the status the page's legend uses (capitalised).
_COMPONENT = re.compile(
    r"^(?:[-*•]\s+)?\S.{1,60}?\s(?:Operational|Degraded Performance|"
    r"Partial Outage|Major Outage|Under Maintenance)$"
)
_PAST = re.compile(r"^(?:Past|Previous|Recent|Earlier) Incidents$")
_HISTORY = re.compile(
    r"^(?:[←«<]\s*)?(?:View )?(?:Incident History|Full History|"
    r"View (?:all|past) incidents)(?:\s*[→»>])?$",
    re.IGNORECASE,
)
_HEADING_WORDS = 6


def has_status_lists(text: str) -> bool:
    """A cheap test: a line ends on "Past Incidents" or on a component's status."""
    return any(end in text for end in _LINE_ENDS)


_LINE_ENDS = ("Incidents\n", "Operational\n", "Outage\n", "Performance\n", "Maintenance\n")


def flag_status_lists(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Runs of two or more component rows (and the heading over a run), the "Past
    Incidents" heading with the dated lines under it, and the incident-history link."""
    found, i = False, 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].words <= 14 and _COMPONENT.match(lines[j].text):
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                flags.setdefault(k, _KIND)
            above = lines[i - 1] if i else None
            if (
                above is not None
                and above.words <= _HEADING_WORDS
                and not above.text.endswith((".", "!", "?"))
            ):
                flags.setdefault(i - 1, _KIND)
            found, i = True, j
            continue
        line = lines[i]
        if line.words <= 3 and _PAST.match(line.text):
            flags.setdefault(i, _KIND)
            k = i + 1  # the days under it, each opening on its date
            while k < len(lines) and (
                _starts_dated(lines[k].text) or _HISTORY.match(lines[k].text)
            ):
                flags.setdefault(k, _KIND)
                k += 1
            found, i = True, k
            continue
        i += 1
    if found:  # the link to the page's history, wherever the page puts it
        for i, line in enumerate(lines):
            if line.words <= 4 and _HISTORY.match(line.text):
                flags.setdefault(i, _KIND)


def _starts_dated(text: str) -> bool:
    m = FULL_DATE.match(text)
    return m is not None and text[m.end() : m.end() + 3].strip()[:1] in ("-", "–", "—", ":")
