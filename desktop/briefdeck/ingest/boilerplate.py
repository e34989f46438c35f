"""Boilerplate in an article's text: page furniture that is not reporting.

Spans stay visible in the text; extraction skips facts inside them. Classification is by
line: a rule table (name, pattern, longest line it applies to) plus a few heuristics for
menus and lists of other stories clustered before or after the story itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefdeck.ingest import cover_blocks, forum, issuer_blocks, layout, letter, mail
from briefdeck.ingest.rules import MENU_WORDS, I, Rule
from briefdeck.ingest.rules import RULES as _GENERAL
from briefdeck.ingest.rules_alerts import ADVICE_HEADING
from briefdeck.ingest.rules_alerts import RULES as _ALERTS
from briefdeck.ingest.rules_channels import RULES as _CHANNELS
from briefdeck.ingest.rules_channels import flag_advert_heads, flag_agency_initials
from briefdeck.ingest.rules_forum import RULES as _FORUM
from briefdeck.ingest.rules_furniture import RULES as _FURNITURE
from briefdeck.ingest.rules_media import RULES as _MEDIA
from briefdeck.ingest.rules_media import TAGLINE, chapter_runs, is_running_head
from briefdeck.ingest.rules_newsletter import RULES as _NEWSLETTER
from briefdeck.ingest.rules_notices import RULES as _NOTICES
from briefdeck.ingest.rules_publishing import LINK_NOTE
from briefdeck.ingest.rules_publishing import RULES as _PUBLISHING
from briefdeck.ingest.rules_records import RULES as _RECORDS
from briefdeck.ingest.rules_reports import RULES as _REPORTS
from briefdeck.ingest.rules_sites import RULES as _SITES
from briefdeck.ingest.rules_social import RULES as _SOCIAL

RULES: tuple[Rule, ...] = (
    _GENERAL + _PUBLISHING + _NEWSLETTER + _SOCIAL + _SITES + _FURNITURE + _RECORDS + _MEDIA
    + _NOTICES + _ALERTS + _REPORTS + _FORUM + _CHANNELS
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
_MENU_SEPARATOR = re.compile(r"\s+(?:[|•·»›>/])\s+|\s*[|•·]\s*")
_BREADCRUMB = re.compile(r"\s[›»>]\s")  # "World › Middle East": two items are enough
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
# "By Ana Flores", "BY ANA FLORES", "By Staff": not "By Monday, 300 troops had left."
_BYLINE = re.compile(r"^(?:By|BY)\s+[A-Z][\w.'’-]*(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-Z]|,?$)")
_DATE_LIKE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    I,
)
_BULLET = re.compile(r"^(?:[-*•·–]\s|\d{1,2}[.)]\s)")
_HEADLINE_WORDS = 18  # longer than this, a line without a final stop is still prose
_MENU_WORDS = 3
_LIST_LINES = 24  # how far a "Most read" list may run: ten headlines, each with its number
_NAME = r"[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|de|van|von|al-\w+|bin|da|del|la|le)){1,4}"
# "Jo Ames is a correspondent for the Ledger based in Erbil.": who wrote it, after the story.
_AUTHOR_BIO = re.compile(
    # "is a", "is the", "is the Ledger's" (the outlet named by possessive)
    # ("Jo Ames and Li Wei are contributors to ...": a plural needs no article)
    rf"^{_NAME}(?:,? and {_NAME})? (?:(?:(?:is|are|was) (?:a|an|the|[A-Z][\w.&-]*['’]s)|are)\b"
    r"[^\"“”]{0,200}?\b"
    r"(?:correspondents?|reporters?|journalists?|writers?|editors?|columnists?|contributors?|"
    r"freelancers?|freelance|photographers?|photojournalists?|producers?|fellows?|authors?|"
    r"analysts?|researchers?|professors?|lecturers?|bureau chief|author of)\b"
    r"|(?:covers|writes about|reports on)\b)[^\"“”]{0,200}[.]$"
)
# "Haddad covers Iraq for The Associated Press.": the surname alone is enough here.
_BEAT = re.compile(
    r"^[A-Z][\w'’-]+ (?:covers|writes about|reports on) [^\"“”]{3,150} (?:for|at) (?:the )?[A-Z]"
    r"[^\"“”]{1,80}\.$"
)
# "The Ledger is an independent news organisation ...": the outlet's blurb under the story.
_OUTLET_BLURB = re.compile(
    r"^(?:The )?[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,4} is (?:an?|the) [^\"“”]{0,60}"
    r"\b(?:independent|nonprofit|non-profit|not-for-profit|reader-supported|award-winning)"
    r"\b[^\"“”]{0,60}\b(?:news|media|journalism|publishing|newspaper) "
    r"(?:organi[sz]ation|agency|outlet|company|publication|service|site|network|cooperative|group)\b[^\"“”]{0,160}\.$"
)
# "The Ledger delivers independent coverage and analysis of ...": the outlet's pitch.
_OUTLET_PITCH = re.compile(
    r"^(?:The )?[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,4} (?:delivers|provides|offers|brings "
    r"you|produces) (?:[\w-]+,? (?:and )?){0,4}(?:independent|unrivall?ed|award-winning|in-depth|"
    r"trusted|impartial|fearless|unbiased|original|authoritative|breaking)\b[^\"“”]{0,60}"
    r"\b(?:coverage|journalism|reporting|news|analysis)\b[^\"“”]{0,160}\.$"
)
# "The Harbour Institute is an independent, nonpartisan research organization ...": the think
# tank's own blurb, met only among the lines that close the page (see _flag_author_bios).
_INSTITUTE_BLURB = re.compile(
    r"^(?:The )?[A-Z][\w&.'’-]*(?: (?:[A-Z&][\w&.'’-]*|of|for|and|on)){0,6} is an? [^\"“”]{0,60}"
    r"\b(?:nonprofit|non-profit|nonpartisan|non-partisan|not-for-profit|tax-exempt|independent)"
    r"\b[^\"“”]{0,60}\b(?:institution|organi[sz]ation|think[- ]?tank|research (?:center|centre|"
    r"institute|group))\b[^\"“”]{0,300}\.$"
)
# "Sam has covered the Pentagon for a decade.": a career, under the writer's name.
_CAREER = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3} (?:has|had) (?:covered|reported on|written about|"
    r"been (?:covering|reporting on|writing about|an? (?:journalist|reporter|correspondent|"
    r"editor)))\b[^\"“”]{3,250}\.$"
)
# "Senior Staff Writer", "Pentagon Correspondent": the writer's job, between name and bio.
_JOB_TITLE = re.compile(
    r"^(?:[A-Z][\w'’-]*,? ){0,4}(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor|"
    r"Producer|Photographer|Journalist|Analyst|Fellow|Chief)s?$"
)
_NAME_LINE = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}$")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}$")  # "U.S." in a menu is not a sentence's end
_CONNECTORS = {"&", "and", "of", "the", "for", "in", "on"}


@dataclass(frozen=True)
class Flag:
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class _Line:
    start: int  # of the stripped content
    end: int
    text: str  # stripped
    words: int


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            out.append(_Line(start, start + len(stripped), stripped, len(stripped.split())))
        pos += len(raw) + 1
    return out


def is_prose(line: str, words: int | None = None) -> bool:
    """A sentence of reporting: ends like a sentence, or is too long to be anything else."""
    words = len(line.split()) if words is None else words
    return words > _HEADLINE_WORDS * 2 or (words >= 5 and bool(_SENTENCE_END.search(line)))


def is_byline(line: str) -> bool:
    return (
        bool(_BYLINE.match(line))
        and len(line.split()) <= 14
        and not (line.endswith(".") and len(line.split()) > 6)
    )


def _is_headline_like(line: _Line) -> bool:
    return (
        "\t" not in line.text
        and line.words <= _HEADLINE_WORDS
        and not _SENTENCE_END.search(line.text)
    )


def _is_listed_story(line: _Line) -> bool:
    """A headline in a list of other stories: bulleted, a question, or without a full stop;
    or several such names on one line between bars ("Unit A | Unit B | Unit C")."""
    bulleted = _BULLET.match(line.text) is not None
    return "\t" not in line.text and (
        _is_headline_like(line)
        or (bulleted and line.words <= 25)
        or (line.text.endswith("?") and line.words <= _HEADLINE_WORDS)
        or (
            " | " in line.text
            and line.words <= 60
            and all(
                0 < len(p.split()) <= 12 and not _SENTENCE_END.search(p)
                for p in line.text.split(" | ")
            )
        )
    )


def _is_menu_item(line: _Line) -> bool:
    return (
        line.words <= _MENU_WORDS
        and len(line.text) <= 25
        and "\t" not in line.text
        and (not _SENTENCE_END.search(line.text) or _ABBREVIATION.search(line.text) is not None)
        and not is_byline(line.text)
        and not _DATE_LIKE.search(line.text)
        and not any(c.isdigit() for c in line.text)
    )


def _is_menu_bar(line: _Line) -> bool:
    """'Home | World | Politics': three or more short items between visual separators."""
    if line.words > 30 or not _MENU_SEPARATOR.search(line.text):
        return False
    parts = [p for p in _MENU_SEPARATOR.split(line.text) if p.strip()]
    if len(parts) == 2 and not _BREADCRUMB.search(line.text):
        # "FEATURE | MIDDLE EAST", "Newsroom | Press Releases": a section label, not
        # "Jane Doe | Staff" under a byline
        return (line.text.isupper() and line.words <= 6) or all(
            p.strip().lower() in MENU_WORDS for p in parts
        )
    return len(parts) >= 2 and all(
        len(p.split()) <= 4 and not _SENTENCE_END.search(p) for p in parts
    )


# The rules that apply to a line of n words, in table order: a paragraph meets only a few.
_LONGEST = max(rule.max_words for rule in RULES)
_RULES_BY_WORDS = [tuple(r for r in RULES if n <= r.max_words) for n in range(_LONGEST + 1)]


def _rule_for(line: _Line) -> str | None:
    if len(line.text) > 1500:  # a whole paragraph (or a runaway line): never furniture
        return None
    if line.text.endswith("[edit]"):  # a wiki's section heading: "See also[edit]"
        line = _Line(line.start, line.end, line.text[:-6].rstrip(), line.words)
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
    if _is_menu_bar(line):
        return "navigation"
    return None


_WORD = re.compile(r"\w+")
_ITEM_NUMBER = re.compile(r"^(\d{1,2})[.)]\s")
_AD_LIST = re.compile(r"sponsored|paid|promoted|partner", I)  # "Advertisement" heads no list
_HEADINGS = {  # a bare heading line of these kinds: which following lines belong to it
    "other stories": _is_listed_story,
    "advertisement": _is_listed_story,
    "contents": _is_listed_story,  # "In this issue:" and the item titles
    "tags": lambda line: line.words <= 6 and not _SENTENCE_END.search(line.text),
    # "Yes | No": the answers, however they are set apart
    "page feedback": lambda line: (
        len(_WORD.findall(line.text)) <= 2 and not _SENTENCE_END.search(line.text)
    ),
}


def classify(text: str) -> list[Flag]:
    """Every boilerplate line (or, for an image file name in a sentence, the name alone)."""
    lines = _lines(text)
    rules: list[str | None] = [_rule_for(line) for line in lines]
    flags: dict[int, str] = {i: r for i, r in enumerate(rules) if r}
    forum.flag_rare_lines(text, lines, flags, is_prose)  # rare kinds, kept out of the table
    extra: list[Flag] = []

    # Lists under a bare heading: "Related" / "Most read" stories, "Tags", "Sponsored".
    for i, rule in enumerate(rules):
        heading = lines[i].text.rstrip(": ")
        if (
            rule not in _HEADINGS
            or ":" in heading
            or (rule == "advertisement" and not _AD_LIST.match(heading))
        ):
            continue
        last_number = 0
        for j in range(i + 1, min(i + _LIST_LINES, len(lines))):
            number = _ITEM_NUMBER.match(lines[j].text)
            if number and rule == "contents":
                # "1. ... 5." then "1. Agency: ...": the numbering starts again, so the
                # contents list has ended and the sections it lists begin
                if int(number.group(1)) <= last_number:
                    break
                last_number = int(number.group(1))
            if j in flags and flags[j] != rule:
                continue
            if not _HEADINGS[rule](lines[j]) or lines[j].text.endswith("[edit]"):
                break  # a wiki's next section heading ends the list under "See also"
            flags[j] = rule

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
        if i not in flags and (_is_section_bar(line) or _is_spaced_menu(line)):
            flags[i] = "navigation"
    layout.flag_running_heads(lines, flags)
    first_prose = next(
        (i for i, ln in enumerate(lines) if i not in flags and is_prose(ln.text, ln.words)),
        len(lines),
    )
    layout.flag_blocks(text, lines, flags, first_prose)
    for i in range(first_prose):  # "Air Warfare, Global, Land": the sections above a story
        if i not in flags and _is_section_list(lines[i]):
            flags[i] = "tags"
        elif i not in flags and _is_site_name(lines[i].text):
            flags[i] = "masthead"
        elif i not in flags and _is_section_pair(lines[i].text):
            flags[i] = "navigation"
    issuer_blocks.flag_name_over_breadcrumb(lines, flags, first_prose)
    if "Aired " in text[:2000]:
        issuer_blocks.flag_show_title(lines, flags)
    _flag_detail_labels(lines, flags)
    if "\t" in text or "ranslat" in text:
        cover_blocks.flag_job_sheet(lines, flags, first_prose)
    _flag_other_script_name(lines, flags, first_prose)
    letter.flag_letterhead([ln.text for ln in lines[:first_prose]], flags)
    _flag_office_lines(lines, flags, first_prose)
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

    _flag_section_runs(lines, flags)
    _flag_kickers(lines, flags)
    if "Reply" in text and "•" in text:  # a network's comments under a post
        forum.flag_comments(lines, flags)
    if "u/" in text or "ommunity" in text:  # a forum thread's sidebar and flair
        forum.flag_community(lines, flags)

    # Menus and other stories clustered before the first or after the last paragraph.
    prose = [
        i for i, line in enumerate(lines) if i not in flags and is_prose(line.text, line.words)
    ]
    if prose:
        _flag_other_titles_above(lines, flags, prose[0])
        _flag_menu_runs(lines, flags, range(0, prose[0]))
        tail = range(prose[-1] + 1, len(lines))
        _flag_menu_runs(lines, flags, tail)
        _flag_headline_runs(lines, flags, tail)
    else:
        _flag_menu_runs(lines, flags, range(len(lines)))

    _flag_author_bios(lines, flags, prose)
    if "orward-looking" in text or "press release furniture" in flags.values():
        forum.flag_release_tail(lines, flags)  # after the bios: "About <writer>" is theirs
    if "security advice" in flags.values() or "ssistance" in text:
        _flag_alert_blocks(lines, flags)
    if prose:
        issuer_blocks.flag_contact_names(lines, flags, prose[-1])
        _flag_story_tail(lines, flags, prose)
    _flag_issuer_blurb(lines, flags)
    if ")" in text:
        _flag_credited_headlines(lines, flags)

    _flag_episode_page(lines, flags, first_prose)

    _flag_newsletter_titles(lines, flags)
    if "event promotion" in flags.values():
        cover_blocks.flag_event_promotions(lines, flags)
    if "newsletter" in flags.values() or "copyright" in flags.values():
        cover_blocks.flag_mailer_address(lines, flags)
    cover_blocks.flag_spelled_issuer(lines, flags, first_prose, text)  # what no block took
    _flag_bare_labels(lines, flags)
    if "advertisement" in flags.values():
        flag_advert_heads(lines, flags)
    if ")" in text:
        flag_agency_initials(lines, flags)
    _flag_closing_heading(lines, flags)
    if "o contact the " in text:
        _flag_contact_lists(lines, flags)
    out = [Flag(lines[i].start, lines[i].end, r) for i, r in flags.items()] + extra
    return sorted(out, key=lambda f: (f.start, f.end))


_DANGLING = re.compile(r"\b(?:THE|BY|OF|AND|FOR|TO|ON|AT|IN)$")
_TITLE_WORD = re.compile(r"[A-Z0-9][\w&'’-]*|of|the|and|for|on|in|a")


def _flag_episode_page(lines: list[_Line], flags: dict[int, str], first_prose: int) -> None:
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
            and not _SENTENCE_END.search(lines[i - 1].text)
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
            and not _SENTENCE_END.search(lines[i + 1].text)
        ):
            flags[i + 1] = rule


# "Department of Media and Information", "Office of the Spokesperson": a body's office under its
# name at the head of a statement.
_OFFICE_LINE = re.compile(
    r"^(?:Department|Office|Directorate|Bureau|Division)(?: General)? (?:of|for) (?:the )?[A-Z]"
    r"[\w&'’-]*(?: (?:[A-Z&][\w&'’-]*|of|and|for|the|&)){0,6}$"
)


def _flag_office_lines(lines: list[_Line], flags: dict[int, str], first_prose: int) -> None:
    """A letterhead in title case: under the body's name (or another office line), an office
    line followed by furniture (a number, a stamp) or another office line; a headline still
    to come before the first paragraph, so that a title-case headline is never taken."""
    top = min(first_prose, 8)
    offices = [i for i in range(1, top) if i not in flags and _OFFICE_LINE.match(lines[i].text)]
    for i in offices:
        above, below = lines[i - 1].text, i + 1
        if not (i - 1 in offices or i - 1 in flags or _NAME_LINE.match(above)):
            continue
        if not (below in offices or below in flags):
            continue
        if any(
            j not in flags
            and j not in offices
            and _is_headline_like(lines[j])
            and lines[j].words >= 4
            for j in range(below, first_prose)
        ):
            flags[i] = "letterhead"


_SITE_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,9}")


# "Jordan News Agency (Petra)", "Iraqi News Agency (INA)": a news agency's name plate.
_AGENCY_PLATE = re.compile(
    r"^[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|the)){0,5} (?:News Agency|Press Agency|News "
    r"Service|News Network|Broadcasting (?:Corporation|Company|Service))\s*\([A-Z][\w.-]{1,15}\)$"
)


def _is_site_name(text: str) -> bool:
    """'DVIDS - Defense Visual Information Distribution Service', 'OCHA | United Nations Office
    for the Coordination of Humanitarian Affairs': a site's acronym beside its full name, the
    acronym's letters the initials of the name's words. Checked above the story only."""
    if len(text) > 120 or (_SENTENCE_END.search(text) and not text.endswith(")")):
        return False
    if text.endswith(")"):
        return _AGENCY_PLATE.match(text) is not None or _is_named_plate(text)
    parts = _SITE_SEPARATOR.split(text)
    if len(parts) != 2:
        return False
    for short, full in (parts, parts[::-1]):
        if _ACRONYM.fullmatch(short):
            initials = "".join(w[0] for w in full.split() if w[:1].isupper())
            return (
                len(initials) == len(full.split()) - sum(w in _CONNECTORS for w in full.split())
            ) and (
                short.replace("&", "") in initials
                or _spelled_by_prefixes(short.replace("&", "").lower(), full.split())
            )
    return False


_PLATE = re.compile(r"^([A-Z][A-Z&'’ -]{4,80}) \(([A-Z&]{2,8})\)$")


def _is_named_plate(text: str) -> bool:
    """'GULF OPEN SOURCE MONITORING (GOSM)': a service's name in capitals, its acronym after."""
    m = _PLATE.match(text)
    return bool(m) and _spelled_by_prefixes(m.group(2).replace("&", "").lower(), m.group(1).split())


def _spelled_by_prefixes(short: str, words: list[str]) -> bool:
    """'KUNA' from 'Kuwait News Agency': the acronym is the start of every capitalised word
    in turn (one letter or a few), the small connecting words taking none or a few."""
    if not words:
        return not short
    word, rest = words[0].lower(), words[1:]
    least = 0 if words[0] in _CONNECTORS else 1
    return any(
        short[:n] == word[:n] and _spelled_by_prefixes(short[n:], rest)
        for n in range(least, min(len(short), len(word), 3) + 1)
    )


_PAIR_JOINER = re.compile(r"\s+(?:&|and)\s+")


def _is_section_pair(text: str) -> bool:
    """'News & Analysis', 'Politics and Policy': two section names as one label above a story."""
    parts = _PAIR_JOINER.split(text)
    return len(text) <= 40 and len(parts) == 2 and all(p.lower() in MENU_WORDS for p in parts)


_DETAIL_LABEL = re.compile(r"^[A-Z][\w ]{1,24}:\s*\S")
_DETAILS = {"time stamp", "page id", "media details", "page counter"}


def _flag_detail_labels(lines: list[_Line], flags: dict[int, str]) -> None:
    """'Location: ERBIL, IQ' between 'Story ID: 531884' and 'Hometown: ...': a label line
    inside a block of a page's details is one more of them."""
    for i in range(1, len(lines) - 1):
        if (
            i not in flags
            and lines[i].words <= 8
            and _DETAIL_LABEL.match(lines[i].text)
            and not _SENTENCE_END.search(lines[i].text)
            and flags.get(i - 1) in _DETAILS
            and flags.get(i + 1) in _DETAILS
            and _DETAIL_LABEL.match(lines[i - 1].text)
            and _DETAIL_LABEL.match(lines[i + 1].text)
        ):
            flags[i] = "media details"


def _runs(indices: range, lines: list[_Line], flags: dict[int, str], member) -> list[list[int]]:
    """Runs of lines satisfying member; lines already flagged neither break nor join a run."""
    runs: list[list[int]] = [[]]
    for i in indices:
        if i in flags:
            continue
        if member(lines[i]):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _flag_menu_runs(lines: list[_Line], flags: dict[int, str], zone: range) -> None:
    for run in _runs(zone, lines, flags, _is_menu_item):
        if len(run) >= 3:
            flags.update(dict.fromkeys(run, "navigation"))


def _section_name(line: _Line) -> str:
    return line.text.strip(" »›>|•·:").lower()


def _is_title_case(text: str) -> bool:
    return all(w[:1].isupper() or w.lower() in _CONNECTORS for w in text.split())


def _is_section_list(line: _Line) -> bool:
    """'Air Warfare, Global, Land, Missile Defense': three or more short title-case names
    between commas, nothing else."""
    parts = line.text.split(",")
    return (
        len(parts) >= 3
        and line.words <= 12
        and not _SENTENCE_END.search(line.text)
        and ":" not in line.text
        and all(0 < len(p.split()) <= 3 and _is_title_case(p) for p in parts)
    )


def _is_section_bar(line: _Line) -> bool:
    """'News Opinion Sport Culture': three or more section names side by side."""
    if line.words > 24:  # twelve names and their connectors at most: spare a paragraph
        return False
    words = line.text.split()
    names = [w for w in words if w.lower() not in _CONNECTORS]
    known = sum(w.strip(",").lower() in MENU_WORDS for w in names)
    return (
        3 <= len(names) <= 14
        and _is_title_case(line.text)
        and (known == len(names) or (len(names) >= 6 and known * 4 >= len(names) * 3))
    )  # a long bar may hold a few names of the site's own ("Innovation", "Earth")


_WIDE_GAP = re.compile(r"\s{2,}")


def _is_spaced_menu(line: _Line) -> bool:
    """'Home  World  Kurdistan  Opinion and Analysis  Videos': a menu pasted as one line, its
    items kept apart by runs of spaces; half of them or more the usual section names."""
    if "  " not in line.text or line.words > 30:
        return False
    items = _WIDE_GAP.split(line.text)
    known = sum(item.lower() in MENU_WORDS for item in items)
    return (
        len(items) >= 4
        and known * 2 >= len(items)
        and all(len(item.split()) <= 3 and _is_title_case(item) for item in items)
        and not _SENTENCE_END.search(line.text)
    )


def _flag_section_runs(lines: list[_Line], flags: dict[int, str]) -> None:
    """Short lines in a run, mostly section names (or many title-case words): a menu."""
    for run in _runs(range(len(lines)), lines, flags, _is_menu_item):
        named = sum(_section_name(lines[i]) in MENU_WORDS for i in run)
        if (
            named == len(run) >= 2
            or (len(run) >= 3 and named * 2 >= len(run))
            or (len(run) >= 6 and all(_is_title_case(lines[i].text) for i in run))
        ):
            flags.update(dict.fromkeys(run, "navigation"))


def _is_kicker(line: _Line) -> bool:
    """'AIR DEFENSE', 'Politics', 'Army Times': a short label (section, masthead) over a
    headline. Title case is held to two words (or section names): a headline has more."""
    text = line.text
    if line.words > 3 or len(text) > 30 or any(c.isdigit() for c in text):
        return False
    if _SENTENCE_END.search(text) or ":" in text or is_byline(text) or _DATE_LIKE.search(text):
        return False
    if text.isupper():
        return True
    return _is_title_case(text) and (
        line.words <= 2
        or all(w.lower() in MENU_WORDS or w in _CONNECTORS for w in text.split())
        or text.endswith(" News")  # "Middle East News": a section of the site's news
    )


_ISSUING_BODY = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z&][\w'’-]*){0,4} (?:Committee|Commission|Council)$"
)


def _flag_kickers(lines: list[_Line], flags: dict[int, str]) -> None:
    """Labels between the page's top and the headline: every line above the headline is
    furniture or such a label, and the headline is a line of four words or more with a
    sentence, a byline or a stamp (not another title) under it. ('BAGHDAD' over a paragraph
    is a dateline: without a headline under it, nothing is flagged.)"""
    labels: list[int] = []
    for i, line in enumerate(lines[:_LIST_LINES]):
        if i in flags:
            continue
        if _is_kicker(line):
            # a body's name over a report's title ("Defence Committee") is its issuer: the
            # only place the drafting sees who issued it
            if not _ISSUING_BODY.search(line.text):
                labels.append(i)
            continue
        below = lines[i + 1] if i + 1 < len(lines) else None
        # a headline may end in a full stop when the byline follows it and its dek
        titled = _is_headline_like(line) or (
            line.words <= _HEADLINE_WORDS and any(is_byline(ln.text) for ln in lines[i + 1 : i + 3])
        )
        if (
            labels
            and titled
            and line.words >= 4
            and below is not None
            and (i + 1 in flags or not _is_headline_like(below) or is_byline(below.text))
        ):
            flags.update(dict.fromkeys(labels, "section label"))
        return


_TICKER = re.compile(r"^(?:breaking(?: news)?|urgent|just in|latest|flash)\s*[:|–—-]\s*\S", I)
_DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def _flag_other_titles_above(lines: list[_Line], flags: dict[int, str], first_prose: int) -> None:
    """Above the story, the titles of something else: a news ticker's line ('Breaking: ...')
    over the story's own headline, and an embedded video's title over its running time
    ('2:36') under the headline."""
    titles = [
        i for i in range(first_prose)
        if i not in flags and _is_headline_like(lines[i]) and lines[i].words >= 4
    ]
    for i in titles:
        if _TICKER.match(lines[i].text) and any(
            j > i and not _TICKER.match(lines[j].text) for j in titles
        ):
            flags[i] = "other stories"
        elif (
            i + 1 < len(lines)
            and _DURATION.match(lines[i + 1].text)
            and any(j < i and j not in flags for j in titles)
        ):
            flags[i] = "video title"


def _is_bio(text: str) -> bool:
    return any(
        p.match(text) for p in (_AUTHOR_BIO, _BEAT, _CAREER, _OUTLET_BLURB, _OUTLET_PITCH)
    )


def _flag_author_bios(lines: list[_Line], flags: dict[int, str], prose: list[int]) -> None:
    """A line or two about the writer (or the outlet, or the think tank), after every other
    line of the story; with the writer's name on its own line above it."""
    if len(prose) < 2:
        return
    for i in range(len(lines) - 1, prose[0], -1):
        if i in flags:
            continue
        if lines[i].words <= 80 and _INSTITUTE_BLURB.match(lines[i].text):
            flags[i] = "publisher blurb"  # what the think tank is, closing its page
            continue
        if lines[i].words > 40 or not _is_bio(lines[i].text):
            return
        flags[i] = "author bio"
        above = i - 1
        if above > 0 and above not in flags and _JOB_TITLE.match(lines[above].text):
            flags[above] = "author bio"
            above -= 1
        name = lines[above].text
        if above not in flags and _NAME_LINE.match(name.title() if name.isupper() else name):
            flags[above] = "author bio"


# "The Agency coordinates relief in crises and advocates for ...": what the issuer does, in the
# present tense of a mission statement.
_MISSION = re.compile(
    r"^(?!.*\b(?:said|says|told|according to)\b)(?:The )?[A-Z][\w&.'’-]*"
    r"(?: (?:[A-Z&][\w&.'’-]*|of|the|for|and)){0,8} (?:coordinates|"
    r"works|provides|leads|supports|serves|promotes|advocates|represents|delivers|helps|"
    r"protects|champions|empowers|mobili[sz]es|brings together)\b[^\"“”]{10,300}\.$"
)


# "The Agency is a neutral, independent organization with ...": what the issuer is.
_SELF_DESCRIPTION = re.compile(
    r"^(?!.*\b(?:said|says|told|according to)\b)(?:The )?[A-Z][\w&.'’-]*"
    r"(?: (?:[A-Z&][\w&.'’-]*|of|the|for|and)){0,8} is an? [^\"“”]{0,80}\b(?:organi[sz]ation|"
    r"agency|body|charity|institution|movement)\b[^\"“”]{0,200}\.$"
)


def _flag_issuer_blurb(lines: list[_Line], flags: dict[int, str]) -> None:
    """The issuer's mission statement closing a release or bulletin, under its contact block."""
    last = next((i for i in range(len(lines) - 1, 0, -1) if i not in flags), None)
    if (
        last is not None
        and flags.get(last - 1) == "contact"
        and lines[last].words <= 45
        and (_MISSION.match(lines[last].text) or _SELF_DESCRIPTION.match(lines[last].text))
    ):
        flags[last] = "publisher blurb"


# "Rebels retake border crossing, monitor says (The Gazette)": a link to another outlet's story.
_CREDITED_HEADLINE = re.compile(
    r"^(?:[-*•·–]\s)?[^\"“”()]{12,200}[^.!?\"“”\s]\s\((?:The )?[A-Z][\w.&'’-]*"
    r"(?:[ -](?:[A-Z&][\w.&'’-]*|of|de|al))*\)$"
)
_SMALL_WORDS = {"of", "the", "for", "and", "in", "on", "to", "a", "an", "at", "by", "de"}


def _is_credited_headline(line: _Line) -> bool:
    """A headline in sentence case (an organisation's name with its acronym is title case)."""
    if line.words > 30 or not line.text.endswith(")") or not _CREDITED_HEADLINE.match(line.text):
        return False
    head = line.text[: line.text.rindex("(")].split()
    return len(head) >= 4 and any(w.islower() and w not in _SMALL_WORDS for w in head)


def _flag_credited_headlines(lines: list[_Line], flags: dict[int, str]) -> None:
    """Two or more headlines in a row, each with its outlet in brackets: a link list; the short
    heading just above it ("Around the region") goes with it."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and flags.get(j, "other stories") == "other stories" and (
            _is_credited_headline(lines[j])
        ):
            j += 1
        if j - i >= 2:
            flags.update(dict.fromkeys(range(i, j), "other stories"))
            if i > 0 and i - 1 not in flags and _is_menu_heading(lines[i - 1]):
                flags[i - 1] = "other stories"
        i = max(j, i + 1)


def _flag_newsletter_titles(lines: list[_Line], flags: dict[int, str]) -> None:
    """'Harbour Ledger Morning Brief' over 'Sign up for the Morning Brief ...': the box's
    title, named again in the sign-up line under it."""
    for i in [i for i, rule in flags.items() if rule == "newsletter" and i > 0]:
        title = lines[i - 1]
        if (
            i - 1 in flags
            or not 2 <= title.words <= 6
            or not _is_headline_like(title)
            or not _is_title_case(title.text)  # a name, not a headline in sentence case
        ):
            continue
        if " ".join(title.text.lower().split()[-2:]) in lines[i].text.lower():
            flags[i - 1] = "newsletter"


def _flag_bare_labels(lines: list[_Line], flags: dict[int, str]) -> None:
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


def _is_menu_heading(line: _Line) -> bool:
    return line.words <= 5 and not _SENTENCE_END.search(line.text) and line.text[:1].isupper()


# "Sources", "References": the heading of the story's own citations, not of links elsewhere.
_CITATIONS = {"sources", "references", "citations", "notes", "endnotes", "bibliography",
              "sources and notes", "sources and methods"}


def _flag_headline_runs(lines: list[_Line], flags: dict[int, str], zone: range) -> None:
    """Three or more headline-like lines after the story: links to other stories (unless
    they stand under a heading naming them the story's sources)."""
    for run in _runs(
        zone,
        lines,
        flags,
        # a table's row ("| Output | 200 MW |") is data, never a headline
        lambda ln: _is_headline_like(ln) and ln.words >= 4 and not is_byline(ln.text)
        and not (ln.text.startswith("|") and ln.text.endswith("|")),
    ):
        if len(run) >= 3 and lines[run[0] - 1].text.rstrip(": ").lower() not in _CITATIONS:
            flags.update(dict.fromkeys(run, "other stories"))


_CLOSING_NOTES = {"source note", "methodology note", "disclaimer", "contact", "licence"}


def _flag_closing_heading(lines: list[_Line], flags: dict[int, str]) -> None:
    """A short heading over nothing but furniture to the end of the text, a note first
    ('Original Sources' over a note that the links are archived), goes with that note."""
    i = len(lines) - 1
    while i >= 0 and i in flags:
        i -= 1
    if (
        0 <= i < len(lines) - 1
        and flags[i + 1] in _CLOSING_NOTES
        and lines[i].words <= 4
        and _is_title_case(lines[i].text)
        and not _SENTENCE_END.search(lines[i].text)
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


_CONTACT_HEADING = re.compile(r"^to contact the \w+\b[^.]{0,60}:$", I)
# "Jo Ames in Erbil at james@example.com;", "Li Wei, Sam Roe": whom to write to, one a line.
_CONTACT_ENTRY = re.compile(
    rf"^{_NAME}(?: (?:in|at) [^\s@]+(?: [A-Z][\w.-]*)*)*(?: at [\w.+-]+@[\w.-]+)?[;,.]?$"
    rf"|^{_NAME}(?:,? (?:and )?{_NAME})+[;.]?$"
)


def _flag_contact_lists(lines: list[_Line], flags: dict[int, str]) -> None:
    """The writers' or editors' names and addresses under 'To contact the reporters on this
    story:', one a line, to the next heading."""
    for i, line in enumerate(lines):
        if flags.get(i) != "contact" or not _CONTACT_HEADING.match(line.text):
            continue
        for j in range(i + 1, min(i + 6, len(lines))):
            if lines[j].words > 14 or not _CONTACT_ENTRY.match(lines[j].text):
                break
            flags[j] = "contact"


def _has_latin(text: str) -> bool:
    return any("a" <= c <= "z" for c in text.lower())


def _flag_other_script_name(lines: list[_Line], flags: dict[int, str], first_prose: int) -> None:
    """'وكالة أنباء البحرين' beside an English site's name or menu: the outlet's name in its
    other language, over a story written in Latin script."""
    if first_prose >= len(lines) or not _has_latin(lines[first_prose].text):
        return
    for i in range(min(first_prose, 8)):
        text = lines[i].text
        if (
            i not in flags
            and lines[i].words <= 6
            and not _has_latin(text)
            and sum(c.isalpha() for c in text) >= 3
            and (flags.get(i - 1) in ("masthead", "navigation") or flags.get(i + 1) == "navigation")
        ):
            flags[i] = "masthead"


_ADVICE_HEADING = re.compile(ADVICE_HEADING, I)
_BULLETED = re.compile(r"^[-*•·–]\s")
_ASSISTANCE = re.compile(
    r"^(?:(?:for |emergency |consular )?assistance|contact (?:information|details))\s*:$", I
)


def _flag_alert_blocks(lines: list[_Line], flags: dict[int, str]) -> None:
    """An alert's standing advice: the bullets under 'Actions to Take:'; and its contact block:
    the short lines (names, addresses, numbers) under 'Assistance:' down to a paragraph."""
    for i, line in enumerate(lines):
        if flags.get(i) == "security advice" and _ADVICE_HEADING.match(line.text):
            j = i + 1
            while j < len(lines) and _BULLETED.match(lines[j].text) and lines[j].words <= 50:
                flags.setdefault(j, "security advice")
                j += 1
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


def _flag_story_tail(lines: list[_Line], flags: dict[int, str], prose: list[int]) -> None:
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
    if after < len(lines) and after not in flags and _INITIALS.match(lines[after].text):
        flags[after] = "story credits"
    # "- Iraq", "- Drone attack": three or more short bulleted items, then furniture or the end
    run: list[int] = []
    for j in range(prose[-1] + 1, len(lines)):
        if j in flags:
            if len(run) >= 3:
                flags.update(dict.fromkeys(run, "tags"))
            run = []
            continue
        text = lines[j].text
        if _BULLETED.match(text) and lines[j].words <= 6 and not _SENTENCE_END.search(text):
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
            and all(w.lower() in _CONNECTORS or w.lower() in MENU_WORDS for w in words)
            and any(w.lower() in MENU_WORDS for w in words)
        ):
            flags[j] = "other stories"
    # "Saba Net" over "Yemen News Agency (SABA)": the site's short name over its name plate
    if (
        len(lines) > 1
        and 0 not in flags
        and flags.get(1) == "masthead"
        and lines[0].words <= 3
        and not _SENTENCE_END.search(lines[0].text)
        and set(_WORD.findall(lines[0].text.lower())) & set(_WORD.findall(lines[1].text.lower()))
    ):
        flags[0] = "masthead"
