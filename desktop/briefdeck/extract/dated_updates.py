"""A page's numbered updates, each under a stamp of its own: a fundraiser's or a blog's
"Update #2 · 6 days ago by Megan, Organizer" or "Update 3 - November 22, 2026".

Each update was written on its stamp's day, so what it says happened "last night" or "on
Sunday" is counted from that day, not from the day the page was saved: the updates are read
as entries (stamped_entries.Entry), as a live blog's are. An update's body runs to the next
stamp or the first blank line after its text, whichever comes first (what follows the last
update is the page's furniture, not more of it). Two stamps at least, as for any entries.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.dates import find_dates
from briefdeck.extract.stamped_entries import Entry

# "Update #2 · 6 days ago by Megan Okafor, Organizer": the word, the update's number, a
# separator, when, and who wrote it
_UPDATE_HEAD = re.compile(
    r"^[ \t]*+(?:[#*]+[ \t]*+)?Update[ \t]*+#?[ \t]*+\d{1,3}[ \t]*+[·|–—:-][ \t]*+"
    r"(?P<when>[^\n]{3,40}?)(?:[ \t]+by[ \t]+[^\n]{2,80})?[ \t]*$",
    re.M | re.I,
)
_BLANK = re.compile(r"\n[ \t]*\n")


def update_entries(text: str, pub: date) -> list[Entry]:
    if "pdate" not in text and "PDATE" not in text:
        return []
    heads = []
    for m in _UPDATE_HEAD.finditer(text):
        found = [
            d for d in find_dates(text, pub, m.start("when"), m.end("when")) if d.precision == "day"
        ]
        # the stamp is only a day ("6 days ago", "November 22, 2026"), nothing more
        if (
            len(found) == 1
            and not text[m.start("when") : found[0].start].strip(" ,")
            and not text[found[0].end : m.end("when")].strip(" ,")
        ):
            heads.append((m.start(), m.end(), found[0]))
    if len(heads) < 2:
        return []
    entries = []
    for n, (_, end, day) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(text)
        body = len(text[end:stop]) - len(text[end:stop].lstrip())  # the text under the stamp
        blank = _BLANK.search(text, end + body, stop)
        entries.append(Entry(end, blank.start() if blank else stop, day))
    return entries
