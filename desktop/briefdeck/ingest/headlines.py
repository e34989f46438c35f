"""The headline over a story: the first line that reads as a title, past the page's
furniture, a report's header fields, its section labels and its publisher's name.

Numbered reports, dated series, digests, e-mails and exports have titles of their own shape,
recognised here too.
"""

from __future__ import annotations

import re

from briefdeck.ingest import docket_sheets, format_headers, mail
from briefdeck.ingest.alert_log_titles import alert_log_title
from briefdeck.ingest.boilerplate import is_byline, is_prose
from briefdeck.ingest.chat_export_titles import chat_message, export_title
from briefdeck.ingest.court_titles import COURT_NAME, filing_title, proceeding_title
from briefdeck.ingest.credits import names_list
from briefdeck.ingest.full_dates import _STAMP, FULL_DATE, only_a_date
from briefdeck.ingest.header_lines import _HEADER_LINES
from briefdeck.ingest.issuer_letterheads import is_letterhead
from briefdeck.ingest.mastheads import is_edition_line
from briefdeck.ingest.message_titles import message_title
from briefdeck.ingest.outlets import _DATELINE_AGENCY
from briefdeck.ingest.remarks_titles import remarks_title
from briefdeck.ingest.report_parts import chapter_heading, dated_head_title
from briefdeck.ingest.rules import MENU_WORDS
from briefdeck.ingest.statement_titles import neutral_statement_title, numbered_release
from briefdeck.ingest.voicemail_titles import voicemail_title

# "Originator: Duty Analyst", "Period covered: ...", "Analysts: A, B and C": a report's header
# fields, never its title.
HEADER_FIELD = re.compile(r"^(?:originator|prepared\s+by|authors?|editors?|analysts?|clients?|"
                          r"distribution|handling|period(?:\s+covered)?|dtg|ref(?:erence)?|"
                          r"classification|caveats?|attn|cc|from|to|released(?:\s+by)?|"
                          r"approved\s+by|dated?|issued|updated|published|posted|contact|"
                          r"sources?|recipients?|generated(?:\s+by)?|exported(?:\s+by)?|"
                          r"messages|group|members|participants|channels?)\s*:|"
                          # "PRODID:Microsoft Exchange Server 2019": a calendar's (or a
                          # vCard's) property line, its name in capitals, no space after
                          r"(?-i:[A-Z][A-Z-]{2,}(?:;[^:\n]{0,200})?:(?=\S))", re.IGNORECASE)
# Words a headline cannot end with: it ran onto a second line (a PDF's title block), or
# it is a post or paragraph cut short.
OPEN_END = re.compile(
    r"\b(?:the|a|an|and|or|but|nor|of|to|in|on|at|for|with|from|by|as|into|over|after|"
    r"its|their|his|her|our|this|that|these|those)$",
    re.IGNORECASE,
)
# "Statement No. 4 of ...": a party's numbered statement (statement_titles.py)
_NUMBERED_TITLE = re.compile(r"(?:Statement|Communiqu|Bulletin|Declaration)\S*\s+(?:No|Number)\b")
# "1) Channel name", "2. Item": an entry of a numbered list, never a story's headline.
_LIST_ITEM = re.compile(r"^\(?\d{1,3}[.)]\s")
_BULLETS = "•▪●◦‣"  # (not "-" or "*": a rule or a flash mark opens titles too)
_LATIN = re.compile(r"[A-Za-z]")
# "Riyadh, Monday 20 Jumada al-Akhirah 1448 AH ...": where and when a statement was issued
_PLACE_AND_DAY = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2},\s+"
                            r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?:,?\s+\d|,?\s+[A-Z][a-z]+"
                            r"\s+\d)")


# "28 November at 21:14 · 🌍", "Wednesday, 4 Shahrivar 1405 - 14:37": a post's or page's time
# stamp (in any calendar: one month name at most is left once numbers and noise are gone)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_STAMP_WORDS = re.compile(r"\d+|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                          r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:at|on|[ap]m|"
                          r"[A-Z]{1,4}T|GMT|UTC)\b|[^\w\s]", re.IGNORECASE)


def _clock_stamp(line: str, words: int) -> bool:
    if words > 8 or not _CLOCK.search(line):
        return False
    return len(_STAMP_WORDS.sub(" ", line).split()) <= 1


# "Number CBP 10412", "Report No. GAO-27-1234": a report's number on its cover, not its title
_REPORT_NUMBER = re.compile(r"^(?:(?:report|briefing|paper|document)\s+)?(?:number|no\.?)\s+"
                            r"[A-Z]{2,}[\s/-]?[\d/-]+$", re.IGNORECASE)


_TITLE_WORD = re.compile(r"^[A-Z][a-z]+$")
_SMALL_WORDS = frozenset("a an the of in on at to for and or with by from over after as near into "
                         "is are was were be".split())


def _menu_row(line: str, words: int) -> bool:
    """"Air Land Naval Space Pentagon Congress Global Industry Video Newsletters": a site's
    sections in a row (a printed page's menu), not a title: no small word joins them."""
    names = line.split()
    return (words >= 6 and all(_TITLE_WORD.match(w) for w in names)
            and not any(w.lower() in _SMALL_WORDS for w in names)
            and sum(w.lower() in MENU_WORDS for w in names) >= 3)


def _is_headline(line: str) -> bool:
    words = len(line.split())
    return (
        words >= 3
        and 12 <= len(line) < 200
        and line.count("\t") < 2  # a table's row pasted from a spreadsheet, cells apart
        and not _REPORT_NUMBER.match(line)
        and not line.endswith((".", ",", ";", ":"))
        and not is_byline(line)
        and not _STAMP.match(line)
        and not HEADER_FIELD.match(line)
        and not (line.count(" | ") >= 2 and (_FIELD_IN_ROW.search(line) or is_edition_line(line)))
        and not _DATELINE_AGENCY.search(line)
        and not (FULL_DATE.search(line) and only_a_date(line))
        and not _section_label(line)
        and not _publisher_name(line)
        and not is_letterhead(line)
        and not _PLACE_AND_DAY.match(line)
        and not (":" in line and _clock_stamp(line, words))
        and not ("," in line and names_list(line))  # the writers under a flagged title
        and not _menu_row(line, words)
        # "[Congressional Record Volume 172, Number 96 (...)]", "[Senate]": a record's
        # catalogue lines, bracketed whole, over its own title
        and not (line[:1] == "[" and line[-1:] == "]")
    )


# "Statement of", "Testimony of the": a title block's first line, its name on the next.
_TITLE_OPENING = re.compile(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? of(?: the)?$")
# "Item 0412 | Priority: Routine | Filed 9 May": a product's record row, not its title.
_FIELD_IN_ROW = re.compile(r"\|\s*[A-Z][\w ]{1,20}:\s")


def _section_label(line: str) -> bool:
    """'News & Analysis', 'Politics and Security': a site's section names over the story."""
    words = [w.strip(",|/").lower() for w in line.split()]
    return len(words) <= 5 and all(w in MENU_WORDS or w in ("&", "and", "") for w in words)


# "British Broadcasting Corporation", "Gulf News Media Group": the publisher's name over a story.
_PUBLISHER = re.compile(r"^(?:[A-Z][\w&'’.-]*\s+){1,4}(?:Corporation|Company|Media\s+Group|"
                        r"Broadcasting|Network|Newspapers?|Publishing|Press\s+Agency)$")


def _publisher_name(line: str) -> bool:
    return _PUBLISHER.match(line) is not None


# A numbered report's own title: "DAILY SITREP No. 320/23", "Flash Update #7". Flagged as a
# running head (it repeats on every page), it is still the title when nothing else is.
# (its topic may come first: "Sudan: Kordofan Hostilities - Flash Update No. 7")
_REPORT_TITLE = re.compile(r"^(?:[^\n|]{3,80}?\s[-–—]\s)?(?:[\w-]+\s+){0,4}"
                           r"(?:SITREP|situation report|flash update|spot report|INTSUM|"
                           r"incident report|daily report|weekly report)\s+"
                           r"(?:no\.?\s*|#\s*)\d[\d/.-]*$", re.IGNORECASE)


# "Contracts For Dec. 3, 2026": a site's listing of one day's releases, titled by the day
_DAY_LISTING = re.compile(r"^(?:contracts|transcripts|(?:press\s+)?releases|briefings|"
                          r"announcements)\s+for\s+\S+.{0,20}\d{4}$", re.IGNORECASE)


# "BULLETIN: 0600 GMT  WEDNESDAY 02 DECEMBER 2026": a newsroom script's slot, the name a
# desk gives the bulletin (its time and day), when the script has no other title
_BULLETIN = re.compile(r"^((?:news\s+)?bulletin|newscast)\s*:\s*(\d{4}\s*(?:GMT|UTC|[A-Z]{2,4}T)?)"
                       r"\s+(\S.{6,40})$", re.IGNORECASE)


_SERIES_WORD = re.compile(r"\b(?:update|assessment|report|brief|briefing|summary|digest|"
                          r"bulletin|round-?up|sitrep|watch|tracker)\b", re.IGNORECASE)


def _dated_title(line: str) -> bool:
    """A series' title with its date ("Levant Update, November 14, 2024"), flagged as a
    running head because each issue repeats it, is still this issue's title."""
    return len(line) < 120 and bool(_SERIES_WORD.search(line)) and bool(FULL_DATE.search(line)) \
        and not only_a_date(line)


def mail_subject(lines: list[tuple[str, bool]]) -> str:
    """The subject of the first message in a pasted e-mail ("Subject: FW: Incident ..."
    read as "Incident ..."), when its header block is near the top; else ''."""
    texts = [line for line, _ in lines[:_HEADER_LINES]]
    if not any(t[:8].lower() == "subject:" for t in texts):
        return ""
    for block in mail.header_blocks(texts):
        for k in block:
            m = mail.SUBJECT.match(texts[k])
            if m:  # (a voicemail notice's subject is the phone's: named by its caller)
                return voicemail_title(m.group(1).strip(), texts) or m.group(1).strip()
    return ""


# "FP Sync - Erbil-20261124_090114-Meeting Transcript", "Home Front Command | Alerts history":
# an export's own title, flagged as its furniture, still names the document (the meeting's
# name without the file stamp).
_EXPORT_TITLE = re.compile(r"^(.{3,120}?)-\d{8}_\d{6}-Meeting (?:Transcript|Recording)$|"
                           r"^.{3,60}\|\s*Alerts? (?:history|log)$", re.IGNORECASE)


# "Posted by u/tidewater_analyst 7 hr. ago": who started a forum thread and when
_POSTED_BY = re.compile(r"^(?:posted|submitted)\s+by\s+(?:u/\S+(?:\s+\d+\s*\w+\.?\s+ago)?|"
                        r"\S+\s+\d+\s*\w+\.?\s+ago)$", re.IGNORECASE)


def find_headline(lines: list[tuple[str, bool]], masthead: str = "") -> tuple[str, int]:
    """(headline, its line index), or ('', -1) when the story starts without one.
    `masthead`, the publisher's name printed over the story, is not its headline."""
    log = alert_log_title(lines)  # an alert log: its first e-mail alert's subject
    if log[1] >= 0 or (log := docket_sheets.case_title(lines))[1] >= 0:  # (or a docket's case)
        return log
    title = ("", -1)  # a numbered report's title line, if no headline comes first
    flagged: list[str] = []
    after_letterhead = in_section = False
    for i, (line, boiler) in enumerate(lines[:_HEADER_LINES]):
        if boiler and title[1] < 0 and (_REPORT_TITLE.match(line) or _DAY_LISTING.match(line)):
            title = (line, i)
        elif boiler and title[1] < 0 and line[:1] in "PNMpnm" and i + 1 < len(lines) and \
                (release := numbered_release(line, lines[i + 1][0])):
            title = (release, i)
        elif boiler and title[1] < 0 and _dated_title(line):
            title = (dated_head_title(line), i)
        elif boiler and title[1] < 0 and line[:1] in "BNbn" and (slot := _BULLETIN.match(line)):
            title = (f"{slot.group(1).capitalize()} {slot.group(2)}, "
                     f"{' '.join(slot.group(3).split()).title()}", i)
        named = format_headers.script_title(line)  # "HED: ...", or a script's "SLUG: ..."
        if named and line[:1] == "H":
            return named, i
        if named and title[1] < 0:
            title = (named, i)
        export = _EXPORT_TITLE.match(line) if boiler and i < 3 else None
        if export:
            return (export.group(1) or line).strip(), i
        if boiler and i < 4 and format_headers.printout_title(line):  # a printout's title
            return line, i
        chat = export_title(lines, i) if i < 3 and "chat" in line.lower() else ""
        if chat:  # 'Signal group "KRI Security Cell"', not the app's header
            return chat, i
        if chat_message(line):  # a chat's first message: the talk began, untitled
            return title
        if boiler:
            flagged.append(line.lower())
        if boiler or (masthead and line.lower() == masthead.lower()) or \
                format_headers.head_field(line):
            continue
        if _SECTION_HEADING.match(line):  # "Why GAO Did This Study": the title comes later
            in_section = True
            continue
        if in_section:  # a highlights page's first sections sit over its title block
            if _title_case(line) and _is_headline(line):
                return _title_block(line, lines[i + 1 : i + 3]), i
            continue
        # "MARITIME SECURITY ADVISORY" under the running head "Maritime Security Advisory
        # MSA-27-011": the series' name again, over this issue's own title
        if len(line.split()) <= 5 and any(f.startswith(line.lower() + " ") for f in flagged):
            continue
        if i and _POSTED_BY.match(lines[i - 1][0]) and len(line) < 320 and line[-1] != ":":
            return line, i  # a forum thread's title under its poster (titles run long there)
        if line[:2] == ">>":  # a caption's change of speaker: the talk began, untitled
            return title
        if _LIST_ITEM.match(line):  # a digest's first numbered entry: no headline above it
            return title if title[1] >= 0 else _series_title(lines[:i])
        if line[:1] in _BULLETS and line[1:2] == " ":  # a highlights list's first point is
            return title if title[1] >= 0 else _running_head(lines[:i])  # no headline
        if after_letterhead and not _LATIN.search(line):
            continue  # "المملكة العربية السعودية": the letterhead again in its own language
        after_letterhead = is_letterhead(line)
        if i and lines[i - 1][0][:1] == "@" and _HANDLE.match(lines[i - 1][0]):
            first = _first_sentence(_THREAD_MARK.sub("", line))
            if first:  # a social post under its writer's handle: its first sentence
                return first, i
        issue = _issue_title(line, lines[i + 1 : i + 3])
        if issue:
            return issue, i
        if (line[:3] == "FM " or line[1:2] == " ") and (subject := message_title(lines, i)):
            return subject, i  # a military message's subject set, not its routing
        if chapter_heading(line, lines[i + 1 : i + 2]):  # "2 Force protection ...": a
            return title if title[1] >= 0 else _running_head(lines[:i])  # chapter, not the title
        if _is_headline(line):
            if COURT_NAME.match(line):  # a filing's caption: its title below the parties
                named = proceeding_title(lines, i) or filing_title(lines, i)
                if named:
                    return named, i
            above = lines[i - 1] if i else ("", True)
            if not above[1] and _TITLE_OPENING.match(above[0]):
                line = f"{above[0]} {line}"  # "Statement of" / "General Jo Ames": one title
            if line[:1] in "SCBD" and _NUMBERED_TITLE.match(line):  # a party's statement
                neutral = neutral_statement_title(line, [n for n, _ in lines[:_HEADER_LINES]])
                if neutral != line:
                    return neutral, i
            whole = remarks_title(lines, i) or _rejoin_headline(line, lines[i + 1 : i + 2])
            return _printed_title(whole, lines[:i]), i
        if title[1] < 0 and _sentence_title(line, lines[i + 1 : i + 3]):
            return line, i
        if is_prose(line) and not HEADER_FIELD.match(line):
            return title if title[1] >= 0 else _running_head(lines[:i])
    return title


def _running_head(above: list[tuple[str, bool]]) -> tuple[str, int]:
    """A report's title printed as its running head ("UK forces in Iraq: the end of the
    mission" over every page) and flagged as such: twice over the story's first paragraph,
    with nothing else to title it, it is the title."""
    seen: dict[str, int] = {}
    for i, (line, boiler) in enumerate(above):
        if boiler and len(line.split()) >= 4:
            if line in seen and _is_headline(line):
                return line, seen[line]
            seen.setdefault(line, i)
    return "", -1


# "@CENTCOM": the handle over a post pasted from its page
_HANDLE = re.compile(r"^@\w{1,30}$")
_THREAD_MARK = re.compile(r"^(?:\(?\d{1,2}\s?/\s?\d{0,2}\)?\.?\s+|🧵\s*|thread:\s*)+",
                          re.IGNORECASE)
# a sentence's end: a full stop after a word of four letters or more (not "Nov.", "p.m.",
# "U.S.") or after a number, then a capital
_POST_SENTENCE_END = re.compile(r"(?:(?<=[A-Za-z]{4})|(?<=\d))[.!?](?=\s+[A-Z\"“])")


def _first_sentence(post: str) -> str:
    """The post's first sentence, full stop dropped, when it is short enough to title it."""
    end = _POST_SENTENCE_END.search(post)
    first = post[: end.start()] if end else post.rstrip(".")
    return first if 12 <= len(first) < 200 and len(first.split()) >= 3 else ""


# A report's stock section headings, never its title: "Why GAO Did This Study", "What GAO
# Found", "Key Judgments", "Executive Summary"
_SECTION_HEADING = re.compile(r"^(?:why [\w.]+ did this (?:study|review|report)|what [\w.]+ "
                              r"(?:found|recommends?)|executive summary|key (?:findings|judgments|"
                              r"points|takeaways)|at a glance)$", re.IGNORECASE)


def _title_case(line: str) -> bool:
    long = [w for w in line.split() if len(w) >= 4]
    return len(long) >= 3 and sum(w[:1].isupper() for w in long) >= 0.8 * len(long)


def _title_block(line: str, below: list[tuple[str, bool]]) -> str:
    """A title set over two lines in title case ("DOD Should Assess Systems Protecting
    Overseas" / "Bases and Share Lessons Learned"): both lines."""
    for text, boiler in below[:1]:
        if not boiler and _title_case(text) and not _SECTION_HEADING.match(text) and \
                text[-1:] not in ".:;" and len(line) + len(text) < 200 and not is_prose(text):
            return f"{line} {text}"
    return line


def _issue_title(line: str, below: list[tuple[str, bool]]) -> str:
    """"The D Brief" over "October 21, 2026" and "By Jo Ames": a newsletter's name over the
    issue's day and writers names the issue ("The D Brief, October 21, 2026")."""
    if len(below) < 2 or len(line) > 60 or not 2 <= len(line.split()) <= 6 or \
            line[-1:] in ".,;:" or not line[:1].isupper():
        return ""
    (day, _), (by, _) = below
    if not (FULL_DATE.search(day) and only_a_date(day) and len(day) < 40):
        return ""
    if by[:3] != "By " or not is_byline(by):
        return ""
    return f"{line}, {day}"


def _sentence_title(line: str, below: list[tuple[str, bool]]) -> bool:
    """"The Pentagon is shuffling Patriots. The math is getting harder." over its standfirst
    and "By Jo Ames": a magazine's headline in sentences, full stop and all."""
    return (line[-1:] in ".?!" and 4 <= len(line.split()) <= 25 and len(line) < 200
            and any(not boiler and text[:3] == "By " and is_byline(text) for text, boiler in below))


def _printed_title(headline: str, above: list[tuple[str, bool]]) -> str:
    """A headline wrapped in a PDF's column, whole in the browser print's header above it
    ("Army awards ... counter-drone kit" / "heads to Mideast bases"): the header's words."""
    start = headline.lower() + " "
    for line, boiler in above:
        if boiler and line.lower().startswith(start) and len(line) < 200 and line[-1] != ".":
            return line
    return headline


def _series_title(above: list[tuple[str, bool]]) -> tuple[str, int]:
    """The digest's own title over its numbered entries ('DAILY PRESS DIGEST', 'TELEGRAM
    WATCH: ...'): the last short line above them naming a series, flagged as its masthead."""
    for i in range(len(above) - 1, -1, -1):
        line = above[i][0]
        if (
            len(line.split()) <= 8
            and _SERIES_WORD.search(line)
            and not line.endswith((".", ";"))
            and not FULL_DATE.search(line)
        ):
            return line, i
    return "", -1


def _rejoin_headline(line: str, after: list[tuple[str, bool]]) -> str:
    """A headline ending on "the", "of", "and" ... ran onto the next line (a title block
    laid out on two lines in a PDF, a bill's long title): "After the strikes: what comes for
    the" + "border"; "To require a report on ... forces in" + "Iraq, Syria, and Jordan, and
    for other purposes." (the formula and the full stop dropped)."""
    if not after or not OPEN_END.search(line):
        return line
    below, boiler = after[0]
    if boiler or len(below.split()) > 16 or is_byline(below) or HEADER_FIELD.match(below):
        return line
    if below[:1].islower():
        if (is_prose(below) or len(below.split()) > 12) and not _OTHER_PURPOSES.search(below):
            return line
    elif not (below[:1].isupper() and _PREPOSITION_END.search(line)) or ". " in below or \
            not _LOWER_WORD.search(below) or (FULL_DATE.search(below) and only_a_date(below)):
        return line  # a capital after "the" or a line of names only ("Ports Authority") starts anew
    joined = _OTHER_PURPOSES.sub("", f"{line} {below}")
    if joined.endswith(".") and not re.search(r"(?:\b[A-Z]|\.)\.$", joined):
        joined = joined[:-1]
    return joined


# "... forces in" / "Iraq, Syria, and Jordan": a place or name runs on after a preposition
_PREPOSITION_END = re.compile(r"\b(?:of|to|in|on|at|for|with|from|by|into|over|after)$",
                              re.IGNORECASE)
_LOWER_WORD = re.compile(r"\s[a-z]")
# ", and for other purposes.": the formula closing every bill's long title
_OTHER_PURPOSES = re.compile(r",? and for other purposes\.?$", re.IGNORECASE)


# "=== AIN AL-ASAD -- rocket attack ===", "*** FLASH ***", "## Title ##": a notebook's or a
# plain-text memo's marks around its title are no words of it.
_DECORATION = re.compile(r"^[=*#~_+-]{2,}\s*(.*?)\s*[=*#~_+-]{2,}$|^[=*#~_+]{3,}\s+(.*)$")


# A wire terminal's flash headline is marked by one star ("*IRAN-BACKED GROUP CLAIMS ...");
# a mailing list's subject or a wire's routing opens with its tag ("[WH Pool] In-town pool
# report #3", "(LEAD) N. Korea fires ...", "(2nd LD) ..."): routing, not the title's words.
_FLASH_STAR = re.compile(r"^\*(?=[A-Z0-9])(?=[^*]+$)")
_ROUTING_TAG = re.compile(r"^(?:\[[^\]\[\n]{1,30}\]|\((?:LEAD|URGENT|\d+(?:st|nd|rd|th)\s+LD|"
                          r"[A-Z]+\s+LD)\))\s+(?=\S)")


def undecorated(headline: str) -> str:
    """The headline without the rule marks framing it, a wire's flash star or a routing tag."""
    first = headline[:1]
    if first == "*" and _FLASH_STAR.match(headline):
        return headline[1:]
    if first in "[(" and (tag := _ROUTING_TAG.match(headline)) and \
            len(headline) - tag.end() >= 12:
        return headline[tag.end():]
    if first not in "=*#~_+-":
        return headline
    m = _DECORATION.match(headline)
    inner = (m.group(1) or m.group(2) or "") if m else ""
    return inner if len(inner) >= 3 else headline
