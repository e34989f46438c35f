"""A reward offered in the present tense by the text that opens with it: "The State
Department's Rewards for Justice program is offering a reward of up to $10 million for
information on X." A reward notice (and a news lede about one) tells the offer as standing
now, with no day of its own: it is the news of the day the text was published.

Only the first happening the text tells, and only as its main verb: "X, for whom Washington
is offering a reward, was killed" or an offer recalled further down may be years old.
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import Draft

_OFFERING = re.compile(
    r"\b(?:is|are)[ \t]+(?:now[ \t]+)?offering[ \t]+(?:an?[ \t]+)?"
    r"(?:[\w$.,-]++[ \t]+){0,2}?reward\b"
)
# a relative or reported frame before the verb: the offer is not the sentence's news
_FRAMED = re.compile(r"\b(?:who|whom|whose|which|that|said|says|after|since|while|as)\b", re.I)


def offered_today(text: str, drafts: list[Draft], pub: date) -> None:
    """Date the opening undated offer of a reward on the day of publication (in place)."""
    told = [d for d in drafts if d.sentence >= 0]
    if not told:
        return
    first = min(d.sentence for d in told)
    for d in told:
        if d.sentence != first or d.date is not None or d.kind != "announcement":
            continue
        m = _OFFERING.search(text, d.start, d.end)
        if m is None or _FRAMED.search(text, d.start, m.start()):
            continue
        d.date = DateMention(m.start(), m.end(), m.group(), pub.isoformat(), "day")
