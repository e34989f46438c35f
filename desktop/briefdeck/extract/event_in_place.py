"""A force or system "in place since October 2026", "stationed at the base since 3 November
2026": a presence told by when it began, which is the day (or month) it arrived. A reader
putting the story on a timeline places that arrival as a deployment then; "since" opens a
period elsewhere (a count's span, a war's start), never a happening, so only a presence
dated by a month or day of a year it names is read so.
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "in place since", "have been deployed at Muwaffaq Salti since", "on station since"
_PRESENT = re.compile(r"\b(?:in\s+place|on\s+station|stationed|deployed|positioned|based)\b"
                      r"(?:\s+(?:at|in|to|on)\s+[^.;:,]{1,50}?)?\s+$", re.I)


def since_arrival(text: str, c_start: int, d: DateMention) -> re.Match[str] | None:
    """The words of presence just before d, when d is "since <month or day> <year>"."""
    if d.precision not in ("day", "month") or not d.text.lower().startswith("since") or \
            not _YEAR.search(d.text):
        return None
    return _PRESENT.search(text, max(c_start, d.start - 70), d.start)


def presence_scopes(text: str, start: int, scopes: list[tuple[str, int, int, int]],
                    dates: list[DateMention]) -> list[tuple[str, int, int, int]]:
    """scopes, with a deployment clause for a presence since a dated arrival that no action
    word's clause tells ("Patriot: two batteries ..., in place since October 2026")."""
    if text.find("since", start, dates[-1].end if dates else start) < 0:
        return scopes  # (most sentences)
    out = list(scopes)
    for d in dates:
        if (m := since_arrival(text, start, d)) is None or any(
                c0 <= m.start() < c1 for _, c0, _, c1 in scopes):
            continue
        c0 = max((c1 for _, _, _, c1 in scopes if c1 <= m.start()), default=start)
        out.append(("deployment", c0, m.start(), d.end))
    return sorted(out, key=lambda sc: sc[2])
