"""Boilerplate in an article's text: page furniture that is not reporting.

Spans stay visible in the text; extraction skips facts inside them. Classification is by
line: a rule table (name, pattern, longest line it applies to; the rules_* modules) plus
heuristics that judge a line by its place: menus (menus), name plates (mastheads), lists
of other stories (link_lists), writers' bios (author_bios), the blocks in layout,
cover_blocks, issuer_blocks, forum, letter and mail, furniture known by its place
(placed_furniture), headings that go with the furniture under them (furniture_headings),
contact and advice blocks (contact_blocks) and what a page sets round the story (story_tails).
This module runs them in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefdeck.ingest import (
    aggregator_cards,
    body_fields,
    broadcast_scripts,
    bulletin_lines,
    calendar_invites,
    caption_stories,
    ceremony_programmes,
    code_cells,
    contact_blocks,
    cover_blocks,
    daybooks,
    document_control,
    event_calendars,
    federal_register,
    film_pages,
    forum,
    gallery_slides,
    glossary_boxes,
    inline_furniture,
    inline_notes,
    issuer_blocks,
    layout,
    letter,
    mail,
    markdown_tables,
    meeting_chats,
    meeting_joins,
    news_citations,
    official_blocks,
    page_stories,
    phone_trees,
    quiz_keys,
    quoted_copies,
    readme_pages,
    record_formats,
    series_labels,
    ship_protests,
    social_posts,
    source_lists,
    sponsor_blocks,
    status_pages,
    thread_marks,
    title_cards,
    transcripts,
    tributes,
)
from briefdeck.ingest.author_bios import flag_author_bios, flag_contact_lists, flag_issuer_blurb
from briefdeck.ingest.contact_blocks import flag_alert_blocks, flag_phone_and_mail_lines
from briefdeck.ingest.furniture_blocks import flag_document_blocks
from briefdeck.ingest.furniture_formulas import RULES as _DOCUMENT_FORMULAS
from briefdeck.ingest.furniture_headings import (
    flag_appeal_headings,
    flag_bare_labels,
    flag_closing_heading,
    flag_detail_labels,
    flag_newsletter_titles,
)
from briefdeck.ingest.line_kinds import ArticleLine, article_lines, is_byline, is_prose
from briefdeck.ingest.link_lists import (
    flag_credited_headlines,
    flag_heading_lists,
    flag_headline_runs,
    flag_other_titles_above,
)
from briefdeck.ingest.mastheads import flag_office_lines, flag_other_script_name, is_site_name
from briefdeck.ingest.menus import (
    flag_kickers,
    flag_menu_runs,
    flag_section_runs,
    flag_story_kickers,
    is_menu_bar,
    is_section_bar,
    is_section_list,
    is_section_pair,
    is_spaced_menu,
)
from briefdeck.ingest.placed_furniture import flag_episode_page
from briefdeck.ingest.rules import RULES as _GENERAL
from briefdeck.ingest.rules import I, Rule
from briefdeck.ingest.rules_aggregators import RULES as _AGGREGATORS
from briefdeck.ingest.rules_alerts import RULES as _ALERTS
from briefdeck.ingest.rules_alerts import flag_alert_head
from briefdeck.ingest.rules_cables import RULES as _CABLES
from briefdeck.ingest.rules_caveats import RULES as _CAVEATS
from briefdeck.ingest.rules_channels import RULES as _CHANNELS
from briefdeck.ingest.rules_channels import (
    flag_advert_heads,
    flag_agency_initials,
    flag_chat_header,
)
from briefdeck.ingest.rules_contract_notices import RULES as _CONTRACT_NOTICES
from briefdeck.ingest.rules_contract_notices import flag_office_field
from briefdeck.ingest.rules_daybooks import RULES as _DAYBOOKS
from briefdeck.ingest.rules_formats import RULES as _FORMATS
from briefdeck.ingest.rules_forum import RULES as _FORUM
from briefdeck.ingest.rules_furniture import RULES as _FURNITURE
from briefdeck.ingest.rules_handling import RULES as _HANDLING
from briefdeck.ingest.rules_media import RULES as _MEDIA
from briefdeck.ingest.rules_newsletter import RULES as _NEWSLETTER
from briefdeck.ingest.rules_newsroom import RULES as _NEWSROOM
from briefdeck.ingest.rules_notice_formulas import RULES as _NOTICE_FORMULAS
from briefdeck.ingest.rules_notices import RULES as _NOTICES
from briefdeck.ingest.rules_notices import flag_hearing_title, flag_report_cover
from briefdeck.ingest.rules_official import RULES as _OFFICIAL
from briefdeck.ingest.rules_page_notes import RULES as _PAGE_NOTES
from briefdeck.ingest.rules_proceedings import RULES as _PROCEEDINGS
from briefdeck.ingest.rules_publishing import LINK_NOTE
from briefdeck.ingest.rules_publishing import RULES as _PUBLISHING
from briefdeck.ingest.rules_records import RULES as _RECORDS
from briefdeck.ingest.rules_reports import RULES as _REPORTS
from briefdeck.ingest.rules_sites import RULES as _SITES
from briefdeck.ingest.rules_social import RULES as _SOCIAL
from briefdeck.ingest.rules_video_pages import RULES as _VIDEO_PAGES
from briefdeck.ingest.story_tails import flag_signatory, flag_story_tail

RULES: tuple[Rule, ...] = (
    _GENERAL + _PUBLISHING + _NEWSLETTER + _SOCIAL + _SITES + _FURNITURE + _RECORDS + _MEDIA
    + _NOTICES + _ALERTS + _REPORTS + _FORUM + _CHANNELS + _OFFICIAL + _CAVEATS + _CABLES
    + _NEWSROOM + _PAGE_NOTES + _FORMATS + _PROCEEDINGS + _VIDEO_PAGES + _HANDLING
    + _DAYBOOKS + _CONTRACT_NOTICES + _AGGREGATORS + _DOCUMENT_FORMULAS + _NOTICE_FORMULAS
)

__all__ = [
    "RULES",
    "Flag",
    "Rule",
    "classify",
    "find_boilerplate",
    "is_byline",
    "is_prose",
    "merge",
]

_IMAGE_FILE = re.compile(r"\b[\w-]{1,120}\.(?:jpe?g|png|gif|webp|tiff?|heic|bmp|svg)\b", I)


@dataclass(frozen=True)
class Flag:
    start: int
    end: int
    rule: str


# The rules that apply to a line of n words, in table order: a paragraph meets only a few.
_LONGEST = max(rule.max_words for rule in RULES)
_RULES_BY_WORDS = [tuple(r for r in RULES if n <= r.max_words) for n in range(_LONGEST + 1)]


def _rule_for(line: ArticleLine) -> str | None:
    if len(line.text) > 1500:  # a whole paragraph (or a runaway line): never furniture
        return None
    if line.text.endswith("[edit]"):  # a wiki's section heading: "See also[edit]"
        line = ArticleLine(line.start, line.end, line.text[:-6].rstrip(), line.words)
    lower = line.text.lower()
    for rule in _RULES_BY_WORDS[line.words] if line.words <= _LONGEST else ():
        if rule.hints:  # a plain loop: no generator per rule and line (the hot path of ingest)
            for hint in rule.hints:
                if hint in lower:
                    break
            else:
                continue
        if rule.pattern.search(line.text) and (
            rule.in_prose or not is_prose(line.text, line.words)
        ):
            if rule.name == "photo caption or credit" and news_citations.is_cited_item(
                    line.text):
                continue  # a list's news item citing its outlets, not a picture's credit
            return rule.name
    if layout.is_source_and_date(line.text):  # before menus: "Outlet | May 14, 2025"
        return "byline"
    if is_menu_bar(line):
        return "navigation"
    return None


def classify(text: str) -> list[Flag]:
    """Every boilerplate line (or, for an image file name in a sentence, the name alone)."""
    lines = article_lines(text)
    rules: list[str | None] = [_rule_for(line) for line in lines]
    # "[00:02:52] Speaker 1: ...": the show's own furniture in what was said (only its kinds:
    # a page's rules, "Welcome back" a newsletter's greeting, would take the hosts' talk)
    for i, line in enumerate(lines):
        if rules[i] is None and (line.text[:1] in "[(0123456789" or line.text[:1].isupper()):
            spoken = transcripts.without_speaker(line)
            if spoken is not None and spoken.words:
                rule = _rule_for(spoken)
                rules[i] = rule if rule in transcripts.SPOKEN_KINDS else None
    flags: dict[int, str] = {i: r for i, r in enumerate(rules) if r}
    if "advertisement" in flags.values():
        transcripts.flag_sponsor_reads(lines, flags)
        sponsor_blocks.flag_sponsor_blocks(lines, flags)
    transcripts.flag_message_trailer(text, lines, flags)
    broadcast_scripts.flag_script(text, lines, flags)
    broadcast_scripts.flag_tv_script(text, lines, flags)
    if ">>>" in text:
        caption_stories.flag_other_stories(text, lines, flags)
    forum.flag_rare_lines(text, lines, flags, is_prose)  # rare kinds, kept out of the table
    if "veryone:" in text[:5000]:  # a call's saved chat ("From X to Everyone:")
        meeting_chats.flag_call_chatter(lines, flags)
    if "photo caption or credit" in flags.values():  # a gallery's slides
        gallery_slides.flag_slide_captions(lines, flags)
    _flag_working_formats(text, lines, flags)
    film_pages.flag_film_page(text, lines, flags)  # a press kit's laurels, blurbs, credits
    bulletin_lines.flag_bulletin_lines(text, lines, flags)  # service times, prayer list
    if "List of Subjects" in text:  # a Federal Register rule's index terms
        federal_register.flag_subject_terms(lines, flags)
    if calendar_invites.starts_calendar(text):  # an .ics invitation read as text
        calendar_invites.flag_properties(lines, flags)
    if "eeting ID" in text or "oin the meeting" in text or "onference ID" in text:
        meeting_joins.flag_join_blocks(lines, flags)
    extra: list[Flag] = []
    if ceremony_programmes.has_order(text):  # a programme's rites, not who leads them
        extra += [Flag(a, b, "programme furniture") for a, b in ceremony_programmes.rites(lines)]

    flag_heading_lists(lines, rules, flags)  # "Related", "Most read", "Tags", "Sponsored"
    if "endnotes" in flags.values():
        source_lists.flag_source_lists(lines, flags)
    if "file name" in flags.values():
        title_cards.flag_title_card(lines, flags)
    if glossary_boxes.has_glossary_heading(text):  # "Explained" over "Term: definition" lines
        glossary_boxes.flag_glossary(lines, flags)

    # Image file names: the whole line when it is little more than the name.
    for i, line in enumerate(lines):
        if i in flags:
            continue
        for m in _IMAGE_FILE.finditer(line.text):
            if line.words <= 8:
                flags[i] = "image file name"
                break
            extra.append(Flag(line.start + m.start(), line.start + m.end(), "image file name"))
        if "new " in line.text and i not in flags:  # ", opens new tab" after a link's words
            for m in LINK_NOTE.finditer(line.text):
                extra.append(Flag(line.start + m.start(), line.start + m.end(), "link note"))

    # Repeated page headers and footers; lines that belong to a block of furniture.
    # Section menus on one line anywhere on the page ("News Opinion Sport"): found before the
    # blocks, so that the masthead over such a menu is known for one.
    for i, line in enumerate(lines):
        if i not in flags and (is_section_bar(line) or is_spaced_menu(line)):
            flags[i] = "navigation"
    layout.flag_numbered_heads(lines, flags)
    layout.flag_running_heads(lines, flags)
    first_prose = next(
        (i for i, ln in enumerate(lines) if i not in flags and is_prose(ln.text, ln.words)),
        len(lines),
    )
    layout.flag_blocks(text, lines, flags, first_prose)
    ship_protests.flag_ship_papers(text, lines, flags, first_prose)  # a master's protest
    for i in range(first_prose):  # "Air Warfare, Global, Land": the sections above a story
        if i not in flags and is_section_list(lines[i]):
            flags[i] = "tags"
        elif i not in flags and is_site_name(lines[i].text):
            flags[i] = "masthead"
        elif i not in flags and is_section_pair(lines[i].text):
            flags[i] = "navigation"
    issuer_blocks.flag_name_over_breadcrumb(lines, flags, first_prose)
    official_blocks.flag_site_and_section(lines, flags)
    official_blocks.flag_release_number(lines, flags, first_prose)
    if "anctions" in text or "ANCTIONS" in text:
        official_blocks.flag_sanctions_section(lines, flags)
    if "guestbook" in flags.values():
        official_blocks.flag_guestbook_entries(lines, flags)
    series_labels.flag_series_labels(lines, flags, first_prose)
    if lines and ("-" in lines[0].text or "_" in lines[0].text):  # a repository's name first
        readme_pages.flag_description(text, lines, flags)
    flag_chat_header(lines, flags)
    if "hearing front matter" in flags.values():
        flag_hearing_title(lines, flags)
    if "report front matter" in flags.values():
        flag_report_cover(lines, flags)
    if "alert controls" in flags.values():
        flag_alert_head(lines, flags, first_prose)
    if "Aired " in text[:2000]:
        issuer_blocks.flag_show_title(lines, flags)
    flag_detail_labels(lines, flags)
    if "\t" in text or "ranslat" in text:
        cover_blocks.flag_job_sheet(lines, flags, first_prose)
    flag_other_script_name(lines, flags, first_prose)
    letter.flag_letterhead([ln.text for ln in lines[:first_prose]], flags)
    flag_office_lines(lines, flags, first_prose)
    if mail.HAS_HEADER.search(text):
        mail.flag_mail([ln.text for ln in lines], flags)
    if any(letter.VALEDICTION.match(ln.text) for ln in lines[-letter.CLOSE_LINES - 1 :]):
        letter.flag_letter_close([ln.text for ln in lines], flags)
    for i in range(1, first_prose):  # "Ministry of X" over "Official website of the Ministry of X"
        if (
            i - 1 not in flags
            and flags.get(i) == "government site banner"
            and lines[i].text.endswith(" " + lines[i - 1].text)
        ):
            flags[i - 1] = "masthead"

    flag_section_runs(lines, flags)
    flag_kickers(lines, flags)
    flag_story_kickers(lines, flags)
    if "Reply" in text and "•" in text:  # a network's comments under a post
        forum.flag_comments(lines, flags)
    if "Reply" in text or "REPLY" in text:  # a page's post, its comments under it
        social_posts.flag_comment_thread(lines, flags)
    if "·" in text[:3000]:
        social_posts.flag_post_head(lines, flags)
    if "\n@" in text:  # replies addressed to other accounts, under a thread's posts
        social_posts.flag_addressed_replies(lines, flags)
    if "u/" in text or "ommunity" in text:  # a forum thread's sidebar and flair
        forum.flag_community(lines, flags)

    # Menus and other stories clustered before the first or after the last paragraph.
    prose = [
        i for i, line in enumerate(lines) if i not in flags and is_prose(line.text, line.words)
    ]
    if prose:
        flag_other_titles_above(lines, flags, prose[0])
        flag_menu_runs(lines, flags, range(0, prose[0]))
        tail = range(prose[-1] + 1, len(lines))
        flag_menu_runs(lines, flags, tail)
        flag_headline_runs(lines, flags, tail)
    else:
        flag_menu_runs(lines, flags, range(len(lines)))

    flag_author_bios(lines, flags, prose)
    if "orward-looking" in text or "press release furniture" in flags.values():
        forum.flag_release_tail(lines, flags)  # after the bios: "About <writer>" is theirs
    if "security advice" in flags.values() or "ssistance" in text:
        flag_alert_blocks(lines, flags)
    if "ctions:" in text or "CTIONS:" in text:  # a company alert's instructions to staff
        contact_blocks.flag_staff_actions(lines, flags)
    if prose:
        issuer_blocks.flag_contact_names(lines, flags, prose[-1])
        flag_story_tail(lines, flags, prose)
    flag_issuer_blurb(lines, flags)
    flag_signatory(lines, flags)  # under the last paragraph, over the blurb
    if ")" in text:
        flag_credited_headlines(lines, flags)

    flag_episode_page(lines, flags, first_prose)
    if "jump line" in flags.values() or "print edition note" in flags.values():
        page_stories.flag_other_story(lines, flags)  # a printed page's unrelated brief
        page_stories.flag_name_plate(lines, flags)

    flag_newsletter_titles(lines, flags)
    if "event promotion" in flags.values():
        cover_blocks.flag_event_promotions(lines, flags)
    if "newsletter" in flags.values() or "copyright" in flags.values():
        cover_blocks.flag_mailer_address(lines, flags)
    cover_blocks.flag_spelled_issuer(lines, flags, first_prose, text)  # what no block took
    flag_bare_labels(lines, flags)
    flag_appeal_headings(lines, flags)
    if "advertisement" in flags.values():
        flag_advert_heads(lines, flags)
    if ")" in text:
        flag_agency_initials(lines, flags)
    flag_closing_heading(lines, flags)
    flag_document_blocks(lines, flags)  # notices, disclosures, scoreboards, form boxes
    contact_blocks.flag_service_blocks(text, lines, flags)  # families, a flyer's, a job's terms
    if "o contact the " in text:
        flag_contact_lists(lines, flags)
    if "@" in text:
        flag_phone_and_mail_lines(lines, flags)
    if "icket" in text or "efund" in text:  # an event notice's "Tickets & refunds" list
        contact_blocks.flag_ticket_notes(lines, flags)
    if quiz_keys.has_quiz(text):  # a quiz's wrong options, told from its answer key
        quiz_keys.flag_wrong_options(lines, flags)
    if "Dear " in text:
        letter.flag_sender_name([ln.text for ln in lines[: letter.HEAD_LINES]], flags)
        letter.flag_signed_close([ln.text for ln in lines], flags)  # a company's name under it
    if ">>>" in text:
        caption_stories.keep_report(text, lines, flags)
    if "achine" in text or "utomated" in text:  # "Machine translation, ..." closing a line
        for start, end in inline_notes.translation_notes(lines, flags):
            extra.append(Flag(start, end, "translation notice"))
    for start, end, kind in thread_marks.flag_thread_marks(text, lines, flags):  # "(edited)"
        extra.append(Flag(start, end, kind))
    for start, end, kind in inline_furniture.flag_inline_furniture(text, lines, flags):
        extra.append(Flag(start, end, kind))
    if "Source" in text:  # "... a heavy price." Sources: L'Orient Today, Ynet
        for start, end, kind in aggregator_cards.flag_answer_sources(lines, flags):
            extra.append(Flag(start, end, kind))
    if "\n>" in text and ("wrote:" in text or mail.HAS_HEADER.search(text)):
        quoted_copies.flag_quoted_copies(lines, flags)  # a reply's copy of an earlier message
    body_fields.keep_body_fields(lines, flags, first_prose)  # a section's own "Date:" field
    if markdown_tables.has_table(text):  # "| killed | 0 | 1 |" under "|---|": data, no menu
        markdown_tables.keep_table_rows(lines, flags)
    if calendar_invites.starts_calendar(text):  # a description has no page round it
        calendar_invites.keep_description(lines, flags)
    extra += [Flag(*f) for f in record_formats.flag_record_formats(text, lines, flags)]
    out = [Flag(lines[i].start, lines[i].end, r) for i, r in flags.items()] + extra
    return sorted(out, key=lambda f: (f.start, f.end))


def _flag_working_formats(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The blocks of working papers' furniture: a daybook's labels and notes, a notice's
    fields, a notebook's code, a draft's control tables, a newsletter's phone tree and
    calendar, a memorial's tributes, an aggregator's outlet names. Each gated by a cheap test."""
    kinds = set(flags.values())
    if "contract notice field" in kinds:
        flag_office_field(lines, flags)
    if daybooks.has_rules(text):
        daybooks.flag_section_labels(lines, flags)
    if "desk note" in kinds:
        daybooks.flag_wrapped_notes(text, lines, flags)
    if code_cells.has_code(text):
        code_cells.flag_code_cells(text, lines, flags)
    if "\t" in text:
        document_control.flag_cover_table(lines, flags)
        document_control.flag_revision_history(lines, flags)
    tributes.flag_tributes(lines, flags)  # a pass over the short lines: cheap
    phone_trees.flag_phone_tree(lines, flags)  # a pass over the short lines: cheap
    if event_calendars.has_calendar(text):
        event_calendars.flag_calendar(lines, flags)
    if aggregator_cards.has_cards(text):
        aggregator_cards.flag_outlet_names(lines, flags)
    if status_pages.has_status_lists(text):  # a service's components and past incidents
        status_pages.flag_status_lists(lines, flags)


def merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sort spans and join those that overlap or are separated only by whitespace."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of boilerplate in text, sorted and merged."""
    return merge([(f.start, f.end) for f in classify(text)], text)

