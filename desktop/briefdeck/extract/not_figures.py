"""Numbers that are not figures: names, dates, times, positions, notes and page furniture.

"Tower 22", "9:30 p.m.", "0600Z", "15 Nov", "36.77, 42.15", "1000 Defense Pentagon", "[17]",
"44.6 MB", "a woman aged 62": a number in these is no count of anything the report tells,
so a figure drafted from it would be false. Each kind is told in its own module; this one
asks them all.
"""

from __future__ import annotations

from briefdeck.extract.not_figure_affiliations import an_affiliation_number
from briefdeck.extract.not_figure_choices import an_offered_choice
from briefdeck.extract.not_figure_codes import a_code
from briefdeck.extract.not_figure_dates import a_date_or_time, in_dates
from briefdeck.extract.not_figure_directions import a_direction
from briefdeck.extract.not_figure_filings import a_filing_cited
from briefdeck.extract.not_figure_furniture import (
    PAGE_COUNTERS,
    furniture_spans,
    page_furniture,
    phone_start,
)
from briefdeck.extract.not_figure_items import listed_item, status_code
from briefdeck.extract.not_figure_names import a_name_or_position
from briefdeck.extract.not_figure_references import (
    NOTES_HEADING,
    SENTENCE_END_BEFORE,
    note_marker,
    reference,
)
from briefdeck.extract.not_figure_wording import counts_nothing_new
from briefdeck.extract.numbers import Quantity

__all__ = ["NOTES_HEADING", "PAGE_COUNTERS", "SENTENCE_END_BEFORE", "excluded",
           "furniture_spans", "note_marker", "phone_start"]


def excluded(text: str, q: Quantity, sent_start: int, sent_end: int,
             dates: list[tuple[int, int]]) -> bool:
    """Is q no figure: inside a date, a date or time, part of a name, a code or a position, page
    furniture, a reference into the document, wording that counts nothing new, a list
    item's number, a web error code, a wind's speed or a bearing?"""
    return (in_dates(q, dates)
            or a_date_or_time(text, q, sent_start, sent_end)
            or a_name_or_position(text, q, sent_start, sent_end)
            or a_code(text, q)  # "386 EMDG", "pole 6B", "the 604 motor pool"
            or page_furniture(text, q, sent_end)
            or reference(text, q, sent_start)
            or a_filing_cited(text, q, sent_start)  # "re 10 Motion", "Counts 3-6"
            or counts_nothing_new(text, q, sent_start, sent_end)
            or a_direction(text, q)
            or (q.value < 100 and an_affiliation_number(text, q))  # "4 Calloway Institute, ..."
            or (text[q.start - 2:q.start] in (". ", ") ") and an_offered_choice(text, q))
            or (text[q.end:q.end + 1] in ".se " and (listed_item(text, q) or
                                                    status_code(text, q))))
