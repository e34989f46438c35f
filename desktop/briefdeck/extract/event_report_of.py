"""A document's own date: "the J1 casualty report of 011300CDEC26", "the SITREP dated 2 May"."""

from __future__ import annotations

import regex

# An order or a staff summary cites its sources by their date-time group: "The J1 casualty
# report of 011300CDEC26 confirms three wounded", "the SITREP dated 2 May lists ...". The date
# is when the report was made, as "officials said on Monday" is when it was said: what the
# report tells happened before it, on a day told elsewhere. (A statement dated a day often
# announces what happened that day: "In our statement dated 10 November, it was announced
# that ..." keeps its day.)
_REPORT_OF = regex.compile(
    r"\b(?:report|reports|summary|update|sitrep|SITREP|SIGACT|sigact|message|assessment|"
    r"return|log)\s++(?:of|dated|from)\s++$"
)


def report_dated(text: str, d_start: int) -> bool:
    """Is the date at d_start the date of a report that cites it ("the report of 1 Dec")?"""
    head = text[max(0, d_start - 20) : d_start]
    if "of " not in head and "dated " not in head and "from " not in head:
        return False
    return _REPORT_OF.search(head) is not None
