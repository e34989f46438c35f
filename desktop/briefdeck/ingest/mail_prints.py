"""A mail program's print of a whole thread (Gmail's "Print all"): its title and date.

The print opens with the browser's stamp ("12/2/26, 8:03 AM"), the page title ("Gmail - Re:
Erbil airport drone - revised toll"), the account's owner and the subject, "3 messages", then
each message's sender over its date ("Wed, Dec 2, 2026 at 7:48 AM"). Read as a story, the
owner's address line reads as the headline and the first message's date as the thread's; but a
thread is published when its last message was sent (a toll revised in it is the thread's
latest word), so the latest message date is the date, else the print stamp's, and the subject
is the headline.
"""

from __future__ import annotations

import re

from briefdeck.ingest.stamps import numeric_date

_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_PAGE_TITLE = re.compile(r"^(?:Gmail|Outlook|Yahoo Mail|Proton Mail|Mail) [-–—] (\S.{2,200})$",
                         re.M)
_COUNT = re.compile(r"^\d{1,3} messages?$", re.M)
_STAMP = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}),? \d{1,2}:\d{2}\s?[AP]M$", re.M)
# "Wed, Dec 2, 2026 at 7:48 AM" on a line of its own (a quoted "> On Tue, ..." is older)
_SENT = re.compile(r"^(?:[A-Z][a-z]{2,8}, )?([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4}),? at "
                   r"\d{1,2}:\d{2}\s?[AP]M\b", re.M)


def looks_like_thread_print(head: str) -> bool:
    """The print's page title and its message count near the top."""
    return _PAGE_TITLE.search(head) is not None and _COUNT.search(head) is not None


def thread_print_hints(text: str) -> dict[str, str]:
    """The headline (subject) and date (latest message, else the print stamp) of a print."""
    head = text[:1500]
    if not looks_like_thread_print(head):
        return {}
    hints = {"headline": _PAGE_TITLE.search(head).group(1).strip()}
    dates = []
    for m in _SENT.finditer(text):
        month = _MONTHS.get(m.group(1)[:3].lower())
        if month:
            dates.append(f"{m.group(3)}-{month:02d}-{int(m.group(2)):02d}")
    if dates:
        hints["published"] = max(dates)
    else:
        stamp = _STAMP.search(head)
        if stamp:
            iso = numeric_date(day=stamp.group(2), month=stamp.group(1), year=stamp.group(3))
            if iso:
                hints["published"] = iso
    return hints
