"""Formats whose lines are records, each with its own rule for what is furniture.

A photo agency's caption feed (caption_feeds), a radio net's log (radio_logs), a
crowdfunding page (fundraiser_pages), a fax (fax_sheets), a deck's notes pages
(speaker_notes), teletext pages (teletext_pages), a newcomers' packet (welcome_packets), a
help desk's ticket export (ticket_exports), a ship's Plan of the Day (plan_of_the_day), a
collection's object checklist (exhibit_panels) and a recipe card (recipe_cards) each decide
line by line what is the record and what is its bookkeeping, after the general rules: they
flag the fields, headers and donors' rows and give back the captions and log rows that a
news page's rules took for furniture. Each is gated by a cheap test of the text. Printed
plain text's hard-wrapped paragraphs (wrapped_paragraphs) and ruled tables (ruled_tables)
are given back from the runs of headlines and menus they resemble. A records system's
printout stamps (dispatch_reports), panel copy's notes to its makers (exhibit_panels), a
recipe plugin's buttons (recipe_cards) and a memo's marking (memo_markings) are rules tried
only on the lines that open as theirs do (opening_rules); a post's comment count on its
byline line (comment_counts) is flagged alone.
"""

from __future__ import annotations

from briefdeck.ingest import (
    caption_feeds,
    comment_counts,
    dispatch_reports,
    docket_sheets,
    exhibit_panels,
    fax_sheets,
    fundraiser_pages,
    memo_markings,
    plan_of_the_day,
    radio_logs,
    recipe_cards,
    ruled_tables,
    speaker_notes,
    teletext_pages,
    ticket_exports,
    welcome_packets,
    wrapped_paragraphs,
)
from briefdeck.ingest.line_kinds import ArticleLine
from briefdeck.ingest.opening_rules import by_opening, flag_openings

# the rules for a printout's stamps, panel copy's notes, a recipe plugin's buttons and a
# memo's marking, by the character a line they fit opens with (opening_rules)
_BY_OPENING = by_opening(
    dispatch_reports.RULES + exhibit_panels.RULES + recipe_cards.RULES + memo_markings.RULES
)


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
    ticket_exports.flag_ticket_export(text, lines, flags)  # (its head tested first)
    plan_of_the_day.flag_plan_of_the_day(text, lines, flags)  # (its head tested first)
    flag_openings(lines, flags, _BY_OPENING)  # printouts', panel copy's, recipes', memos' lines
    if "\t" in text:  # a collection's object checklist, a table
        exhibit_panels.flag_object_tables(lines, flags)
    if recipe_cards.has_recipe(text):  # a recipe card's ingredients and steps
        recipe_cards.flag_recipe_card(lines, flags)
    if "omment" in text[:3000] or "iews" in text[:3000]:  # "Posted ... · 14 comments"
        extra += [(s, e, "comment count") for s, e in comment_counts.comment_counts(lines, flags)]
    return extra
