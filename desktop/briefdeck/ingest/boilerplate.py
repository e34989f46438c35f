"""Boilerplate in an article's text: page furniture that is not reporting.

Spans stay visible in the text; extraction skips facts inside them. Classification is by
line: a rule table (name, pattern, longest line it applies to; the rules_* modules) plus
heuristics that judge a line by its place: menus (menus), name plates (mastheads), lists
of other stories (link_lists), writers' bios (author_bios) and the blocks in layout,
cover_blocks, issuer_blocks, forum, letter and mail. This module runs them in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefdeck.ingest import (
    broadcast_scripts,
    caption_stories,
    cover_blocks,
    forum,
    glossary_boxes,
    inline_notes,
    issuer_blocks,
    layout,
    letter,
    mail,
    official_blocks,
    readme_pages,
    series_labels,
    social_posts,
    source_lists,
    sponsor_blocks,
    title_cards,
    transcripts,
)
from briefdeck.ingest.author_bios import flag_author_bios, flag_contact_lists, flag_issuer_blurb
from briefdeck.ingest.line_kinds import (
    BULLETED,
    CONNECTORS,
    SENTENCE_END,
    WORD,
    ArticleLine,
    article_lines,
    is_byline,
    is_headline_like,
    is_prose,
    is_title_case,
)
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
from briefdeck.ingest.rules import MENU_WORDS, I, Rule
from briefdeck.ingest.rules import RULES as _GENERAL
from briefdeck.ingest.rules_alerts import ADVICE_HEADING, advice_lines, flag_alert_head
from briefdeck.ingest.rules_alerts import RULES as _ALERTS
from briefdeck.ingest.rules_cables import RULES as _CABLES
from briefdeck.ingest.rules_caveats import RULES as _CAVEATS
from briefdeck.ingest.rules_channels import RULES as _CHANNELS
from briefdeck.ingest.rules_channels import (
    flag_advert_heads,
    flag_agency_initials,
    flag_chat_header,
)
from briefdeck.ingest.rules_formats import RULES as _FORMATS
from briefdeck.ingest.rules_forum import RULES as _FORUM
from briefdeck.ingest.rules_furniture import RULES as _FURNITURE
from briefdeck.ingest.rules_media import RULES as _MEDIA
from briefdeck.ingest.rules_media import TAGLINE, chapter_runs, is_running_head
from briefdeck.ingest.rules_newsletter import RULES as _NEWSLETTER
from briefdeck.ingest.rules_newsroom import RULES as _NEWSROOM
from briefdeck.ingest.rules_notices import RULES as _NOTICES
from briefdeck.ingest.rules_notices import flag_hearing_title, flag_report_cover
from briefdeck.ingest.rules_official import RULES as _OFFICIAL
from briefdeck.ingest.rules_page_notes import RULES as _PAGE_NOTES
from briefdeck.ingest.rules_publishing import LINK_NOTE
from briefdeck.ingest.rules_publishing import RULES as _PUBLISHING
from briefdeck.ingest.rules_records import RULES as _RECORDS
from briefdeck.ingest.rules_reports import RULES as _REPORTS
from briefdeck.ingest.rules_sites import RULES as _SITES
from briefdeck.ingest.rules_social import RULES as _SOCIAL

RULES: tuple[Rule, ...] = (
    _GENERAL + _PUBLISHING + _NEWSLETTER + _SOCIAL + _SITES + _FURNITURE + _RECORDS + _MEDIA
    + _NOTICES + _ALERTS + _REPORTS + _FORUM + _CHANNELS + _OFFICIAL + _CAVEATS + _CABLES
    + _NEWSROOM + _PAGE_NOTES + _FORMATS
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
        if rules[i] is None and line.text[:1] in "[(0123456789":
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
    extra: list[Flag] = []

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
    _flag_detail_labels(lines, flags)
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
        _flag_alert_blocks(lines, flags)
    if prose:
        issuer_blocks.flag_contact_names(lines, flags, prose[-1])
        _flag_story_tail(lines, flags, prose)
    flag_issuer_blurb(lines, flags)
    if ")" in text:
        flag_credited_headlines(lines, flags)

    _flag_episode_page(lines, flags, first_prose)

    _flag_newsletter_titles(lines, flags)
    if "event promotion" in flags.values():
        cover_blocks.flag_event_promotions(lines, flags)
    if "newsletter" in flags.values() or "copyright" in flags.values():
        cover_blocks.flag_mailer_address(lines, flags)
    cover_blocks.flag_spelled_issuer(lines, flags, first_prose, text)  # what no block took
    _flag_bare_labels(lines, flags)
    _flag_appeal_headings(lines, flags)
    if "advertisement" in flags.values():
        flag_advert_heads(lines, flags)
    if ")" in text:
        flag_agency_initials(lines, flags)
    _flag_closing_heading(lines, flags)
    if "o contact the " in text:
        flag_contact_lists(lines, flags)
    if "@" in text:
        _flag_phone_and_mail_lines(lines, flags)
    if ">>>" in text:
        caption_stories.keep_report(text, lines, flags)
    if "achine" in text or "utomated" in text:  # "Machine translation, ..." closing a line
        for start, end in inline_notes.translation_notes(lines, flags):
            extra.append(Flag(start, end, "translation notice"))
    out = [Flag(lines[i].start, lines[i].end, r) for i, r in flags.items()] + extra
    return sorted(out, key=lambda f: (f.start, f.end))


_DANGLING = re.compile(r"\b(?:THE|BY|OF|AND|FOR|TO|ON|AT|IN)$")
_TITLE_WORD = re.compile(r"[A-Z0-9][\w&'’-]*|of|the|and|for|on|in|a")


def _flag_episode_page(lines: list[ArticleLine], flags: dict[int, str], first_prose: int) -> None:
    """Furniture found by its place: an episode page's chapter list and show title, a
    document's running heads met again below its start, a notice that runs on a line."""
    for i in chapter_runs([ln.text for ln in lines], [ln.words for ln in lines]):
        flags.setdefault(i, "podcast furniture")
    for i, line in enumerate(lines):
        rule = flags.get(i)
        if rule is None:
            if (
                i > first_prose
                and "," in line.text
                and line.words <= 24
                and is_running_head(line.text, i - 1 in flags or i + 1 in flags)
            ):
                flags[i] = "running head"
            continue
        # "THE LAYERED DEFENSE" over "A podcast from ...": the show's title over its tagline
        if (
            rule == "masthead"
            and line.text[:2] in ("A ", "An")
            and TAGLINE.match(line.text)
            and i > 0
            and i - 1 not in flags
            and lines[i - 1].words <= 6
            and not SENTENCE_END.search(lines[i - 1].text)
            and all(_TITLE_WORD.fullmatch(w) for w in lines[i - 1].text.split())
        ):
            flags[i - 1] = "masthead"
        # "NOT FOR PUBLICATION UNTIL RELEASED BY THE" / "HOUSE ARMED SERVICES COMMITTEE"
        if (
            line.text.isupper()
            and _DANGLING.search(line.text)
            and i + 1 < len(lines)
            and i + 1 not in flags
            and lines[i + 1].text.isupper()
            and lines[i + 1].words <= 8
            and not SENTENCE_END.search(lines[i + 1].text)
        ):
            flags[i + 1] = rule


_DETAIL_LABEL = re.compile(r"^[A-Z][\w ]{1,24}:\s*\S")
_DETAILS = {"time stamp", "page id", "media details", "page counter"}


def _flag_detail_labels(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'Location: ERBIL, IQ' between 'Story ID: 531884' and 'Hometown: ...': a label line
    inside a block of a page's details is one more of them."""
    for i in range(1, len(lines) - 1):
        if (
            i not in flags
            and lines[i].words <= 8
            and _DETAIL_LABEL.match(lines[i].text)
            and not SENTENCE_END.search(lines[i].text)
            and flags.get(i - 1) in _DETAILS
            and flags.get(i + 1) in _DETAILS
            and _DETAIL_LABEL.match(lines[i - 1].text)
            and _DETAIL_LABEL.match(lines[i + 1].text)
        ):
            flags[i] = "media details"


def _flag_newsletter_titles(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'Harbour Ledger Morning Brief' over 'Sign up for the Morning Brief ...': the box's
    title, named again in the sign-up line under it."""
    for i in [i for i, rule in flags.items() if rule == "newsletter" and i > 0]:
        title = lines[i - 1]
        if (
            i - 1 in flags
            or not 2 <= title.words <= 6
            or not is_headline_like(title)
            or not is_title_case(title.text)  # a name, not a headline in sentence case
        ):
            continue
        if " ".join(title.text.lower().split()[-2:]) in lines[i].text.lower():
            flags[i - 1] = "newsletter"


_SUPPORT_HEADING = re.compile(
    r"^[Ss]upport (?:us|our (?:work|journalism|reporting)|the [A-Z].{1,40})$"
)
_APPEALS = {"subscribe", "newsletter", "donation appeal"}


def _flag_appeal_headings(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'Support the Harbour Ledger' over 'We rely on readers like you ...': the appeal box's
    heading goes with the appeal under it."""
    for i in range(len(lines) - 1):
        if (
            i not in flags
            and flags.get(i + 1) in _APPEALS
            and lines[i].words <= 8
            and _SUPPORT_HEADING.match(lines[i].text)
        ):
            flags[i] = flags[i + 1]


def _flag_bare_labels(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'Assistance:', 'Contacts:' over lines that are all furniture, to the next such label
    or the end: the label belongs to them. (A label over any reporting is left alone.)"""
    for i, line in enumerate(lines):
        if i in flags or line.words > 3 or not line.text.endswith(":"):
            continue
        j = i + 1
        while j < len(lines) and j in flags and not lines[j].text.endswith(":"):
            j += 1
        label_next = j < len(lines) and lines[j].words <= 4 and lines[j].text.endswith(":")
        if j > i + 1 and (j == len(lines) or label_next):
            flags[i] = flags[i + 1]


# "Safety desk, north: +44 000 000 000 (Signal) - desk@example.org": a phone and an address.
_PHONE_AND_MAIL = re.compile(
    r"\+\d{1,3}[\d ()-]{6,}\d\b.{0,60}\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b.{0,60}\+\d{1,3}[\d ()-]{6,}\d\b"
)


def _flag_phone_and_mail_lines(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """A line giving a desk's phone number and e-mail address (and perhaps how to reach it),
    that no block took: a contact line. Late, so that a block keeps the lines it holds."""
    for i, line in enumerate(lines):
        if i not in flags and line.words <= 50 and "@" in line.text:
            if _PHONE_AND_MAIL.search(line.text):
                flags[i] = "contact"


_CLOSING_NOTES = {
    "source note", "methodology note", "disclaimer", "contact", "licence", "story credits"
}


def _flag_closing_heading(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """A short heading over nothing but furniture to the end of the text, a note first
    ('Original Sources' over a note that the links are archived), goes with that note."""
    i = len(lines) - 1
    while i >= 0 and i in flags:
        i -= 1
    if (
        0 <= i < len(lines) - 1
        and flags[i + 1] in _CLOSING_NOTES
        and lines[i].words <= 4
        and is_title_case(lines[i].text)
        and not SENTENCE_END.search(lines[i].text)
        and not any(c.isdigit() for c in lines[i].text)
    ):
        flags[i] = flags[i + 1]


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


_ADVICE_HEADING = re.compile(ADVICE_HEADING, I)
_ASSISTANCE = re.compile(
    r"^(?:(?:for |emergency |consular )?assistance|contact (?:information|details))\s*:$", I
)


def _flag_alert_blocks(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """An alert's standing advice: the list under 'Actions to Take:'; and its contact block:
    the short lines (names, addresses, numbers) under 'Assistance:' down to a paragraph."""
    for i, line in enumerate(lines):
        if flags.get(i) == "security advice" and _ADVICE_HEADING.match(line.text):
            for j in advice_lines(lines, i + 1, flags):
                flags[j] = "security advice"
        elif i not in flags and line.words <= 3 and _ASSISTANCE.match(line.text):
            run = []
            for j in range(i + 1, min(i + 25, len(lines))):
                if j in flags:
                    continue
                if lines[j].words > 16 or is_prose(lines[j].text, lines[j].words):
                    break
                run.append(j)
            if run:
                flags.update(dict.fromkeys([i, *run], "contact"))


_INITIALS = re.compile(r"^[A-Z]{2,3}(?:/[A-Z]{2,3})*$")
# "M. Haddad / Nour": the writer and editor a state agency signs under its story.
_EDITORS = re.compile(
    r"^(?:[A-Z]\.\s?)?[A-Z][a-z'’-]+(?:\s*/\s*(?:[A-Z]\.\s?)?[A-Z][a-z'’-]+){1,3}$"
)
_TAG_LINE = re.compile(r"^[A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*){1,5}$")
_COUNT = re.compile(r"^\d[\d.,]*[KkMm]?$")


def _flag_tail_tags(lines: list[ArticleLine], flags: dict[int, str], after: int) -> None:
    """A blog's topic tags after the story ("Drones Geolocation Iraq"): a line of a few
    capitalised words, no sentence, set between the page's furniture (a follow-me note above,
    the writer's box below), perhaps over its bare like and reply counts."""
    for i in range(after, len(lines) - 1):
        if i in flags or i - 1 not in flags or not _TAG_LINE.match(lines[i].text):
            continue
        j = i + 1
        while j < len(lines) and j not in flags and _COUNT.match(lines[j].text):
            j += 1
        if j < len(lines) and j in flags:
            flags[i] = "tags"


def _flag_story_tail(lines: list[ArticleLine], flags: dict[int, str], prose: list[int]) -> None:
    """Furniture set among or after the paragraphs: another story's headline in capitals
    between two paragraphs, the editor's initials under the last one, a run of short bulleted
    tags after the story, a heading of section words over the page's closing furniture, a
    site's name over its name plate at the very top."""
    for i in range(prose[0] + 1, prose[-1]):
        line = lines[i]
        if (
            i not in flags
            and line.words >= 8  # a wire's own subheads in capitals are shorter
            and line.text.isupper()
            and ":" not in line.text
            and not any(c.isdigit() for c in line.text)
            and (i - 1) in prose
            and (i + 1) in prose
            and not lines[i - 1].text.isupper()
            and not lines[i + 1].text.isupper()
        ):
            flags[i] = "other stories"
    after = prose[-1] + 1
    if after < len(lines) and after not in flags and (
        _INITIALS.match(lines[after].text) or _EDITORS.match(lines[after].text)
    ):
        flags[after] = "story credits"
    _flag_tail_tags(lines, flags, after)
    # "- Iraq", "- Drone attack": three or more short bulleted items, then furniture or the end
    run: list[int] = []
    for j in range(prose[-1] + 1, len(lines)):
        if j in flags:
            if len(run) >= 3:
                flags.update(dict.fromkeys(run, "tags"))
            run = []
            continue
        text = lines[j].text
        if BULLETED.match(text) and lines[j].words <= 6 and not SENTENCE_END.search(text):
            run.append(j)
        else:
            run = []
    if len(run) >= 3:
        flags.update(dict.fromkeys(run, "tags"))
    # "In the News" over the furniture that closes the page: a heading of section words
    for j in range(len(lines) - 2, prose[-1], -1):
        if j + 1 not in flags:
            break
        words = lines[j].text.split()
        if (
            j not in flags
            and len(words) <= 4
            and all(w.lower() in CONNECTORS or w.lower() in MENU_WORDS for w in words)
            and any(w.lower() in MENU_WORDS for w in words)
        ):
            flags[j] = "other stories"
    # "Saba Net" over "Yemen News Agency (SABA)": the site's short name over its name plate
    if (
        len(lines) > 1
        and 0 not in flags
        and flags.get(1) == "masthead"
        and lines[0].words <= 3
        and not SENTENCE_END.search(lines[0].text)
        and set(WORD.findall(lines[0].text.lower())) & set(WORD.findall(lines[1].text.lower()))
    ):
        flags[0] = "masthead"
