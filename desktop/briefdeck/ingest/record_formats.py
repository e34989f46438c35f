"""Formats whose lines are records, each with its own rule for what is furniture.

A photo agency's caption feed (caption_feeds), a radio net's log (radio_logs), a
crowdfunding page (fundraiser_pages), a fax (fax_sheets), a deck's notes pages
(speaker_notes), teletext pages (teletext_pages) and a newcomers' packet
(welcome_packets) each decide line by line what is the record and what is its bookkeeping,
after the general rules: they flag the fields, headers and donors' rows and give back the
captions and log rows that a news page's rules took for furniture. Each is gated by a cheap
test of the text. Printed plain text's hard-wrapped paragraphs (wrapped_paragraphs) and
ruled tables (ruled_tables) are given back from the runs of headlines and menus they
resemble.
"""

from __future__ import annotations

from briefdeck.ingest import (
    caption_feeds,
    docket_sheets,
    fax_sheets,
    fundraiser_pages,
    radio_logs,
    ruled_tables,
    speaker_notes,
    teletext_pages,
    welcome_packets,
    wrapped_paragraphs,
)
from briefdeck.ingest.line_kinds import ArticleLine


def flag_record_formats(
    text: str, lines: list[ArticleLine], flags: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Flag (and unflag) the lines of the formats above; returns spans inside kept lines to
    flag as well (a caption's "Caption:" label)."""
    extra: list[tuple[int, int, str]] = []
    if "aption" in text:
        extra += [
            (s, e, "feed field label") for s, e in caption_feeds.flag_feed(text, lines, flags)
        ]
    if "FROM" in text and "|" in text:
        radio_logs.flag_net_log(text, lines, flags)
    if "raised" in text[:4000]:
        fundraiser_pages.flag_fundraiser(text, lines, flags)
    extra += docket_sheets.flag_docket_sheet(text, lines, flags)  # (ingest C's)
    fax_sheets.flag_fax(text, lines, flags)  # (a cheap test of the text's head first)
    wrapped_paragraphs.keep_wrapped_paragraphs(text, lines, flags)  # no headlines' run
    ruled_tables.keep_table_rows(text, lines, flags)  # a wrapped item is no menu
    teletext_pages.flag_pages(text, lines, flags)  # (a cheap scan for page headers first)
    welcome_packets.flag_service_sections(text, lines, flags)  # (its head tested first)
    if "lide " in text and "otes" in text:  # a deck's notes pages, slide by slide
        extra += speaker_notes.flag_notes_pages(text, lines, flags)
    return extra
