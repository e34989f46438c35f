"""HTML page to article text: trafilatura for the body, lxml as the fallback. Offline only.

The page is parsed here with a parser that never touches the network and does not load
DTDs or external entities; trafilatura then works on that tree, never on the raw page.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import lxml.etree
import lxml.html
import trafilatura

from briefdeck.errors import InputError
from briefdeck.ingest import limits, live_page_dates, live_stamps, post_stamps
from briefdeck.ingest.author_fields import author_names, without_outlet
from briefdeck.ingest.byline_boxes import better_writers
from briefdeck.ingest.chat_exports import chat_log_date, export_headline, is_chat_log, post_page
from briefdeck.ingest.credits import name_over_role, split_credit
from briefdeck.ingest.day_pages import title_day, wiki_page_title
from briefdeck.ingest.drop_caps import join_drop_caps
from briefdeck.ingest.issue_threads import keep_issue_comments
from briefdeck.ingest.link_threads import keep_thread_comments
from briefdeck.ingest.metadata import FULL_DATE, find_published, parse_date, revision_date
from briefdeck.ingest.posted_by import posted_by_stamp
from briefdeck.ingest.script_stories import script_story, shown
from briefdeck.ingest.story_asides import keep_story_asides
from briefdeck.ingest.wiki_chrome import drop_wiki_chrome, is_wiki

_PARSER = lxml.html.HTMLParser(
    no_network=True,
    remove_comments=True,
    remove_pis=True,
    default_doctype=False,
    collect_ids=False,
    huge_tree=False,
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "template",
    "svg",
    "nav",
    "aside",
    "footer",
    "header",
    "form",
    "button",
    "select",
    "head",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "figure",
    "menu",
    "dialog",
)
_BLOCK_TAGS = frozenset(
    (
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "dd",
        "dt",
        "dl",
        "br",
        "hr",
        "figcaption",
        "address",
        "body",
    )
)
_SPACES = re.compile(r"[ \t\u00a0]+")
_MIN_BODY_CHARS = 80  # shorter than this, trafilatura probably missed the story
_ALL_VISIBLE_KEPT = "story body not recognised: kept all visible text of the page"
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
# "Headline – Outlet – 10/14/2026": a date closing the page title is no outlet's name.
_TITLE_DATE = re.compile(
    r"\s+[|–—-]\s+(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]{2,8},? "
    r"\d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})$"
)

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


@dataclass
class HtmlPage:
    text: str
    hints: dict[str, str] = field(default_factory=dict)  # headline, byline, published ...
    warnings: list[str] = field(default_factory=list)


def declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else None


def parse(markup: str, name: str) -> lxml.html.HtmlElement:
    # Entity declarations in an internal DTD subset are dropped before parsing, so
    # nothing can ask for them to be expanded, whatever the parser's defaults.
    markup = _DOCTYPE.sub("", _XML_DECL.sub("", markup, count=1), count=1)
    try:
        return lxml.html.document_fromstring(markup, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as err:
        raise InputError(f"{name}: not a readable HTML page ({err})") from None


def _fallback_text(tree: lxml.html.HtmlElement) -> str:
    """Visible text of the page, one block per paragraph, without menus and scripts."""
    tree = lxml.html.fromstring(lxml.html.tostring(tree), parser=_PARSER)  # private copy
    for bad in list(tree.iter(*_DROP_TAGS)):
        if bad.getparent() is not None:
            bad.drop_tree()
    chunks: list[str] = []

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag.lower() in _BLOCK_TAGS
        if block:
            chunks.append("\n\n")
        if el.text and tag:
            chunks.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                chunks.append(child.tail)
        if block:
            chunks.append("\n\n")

    walk(tree)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(chunks).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _undated_title(title: str) -> str:
    """The page title without the date closing it ("... - 12/03/2026"), and without the site
    name; a record's code ("USIQ041 - January 22, 2027") keeps its date: the code alone says
    nothing to a reader."""
    undated = _TITLE_DATE.sub("", title)
    if undated != title and " " not in undated.strip():
        return title.strip()
    return _TITLE_SUFFIX.sub("", undated)


def _agency_author(tree: lxml.html.HtmlElement) -> str:
    """<meta name="author" content="AFP">: an agency credit, which trafilatura drops (one
    word), names the outlet when the page names no site."""
    for content in tree.xpath("//head/meta[@name='author']/@content")[:1]:
        names, outlet = split_credit(" ".join(str(content).split()).removeprefix("By "))
        return "" if names else outlet
    return ""


def _hints(doc, tree: lxml.html.HtmlElement) -> dict[str, str]:
    # "Headline | Outlet" in the page title names the outlet when no meta tag does.
    title = _TITLE_DATE.sub("", " ".join((tree.findtext(".//title") or "").split()))
    suffix = _TITLE_SUFFIX.search(title)
    title_outlet = suffix.group(0).strip(" |–—-") if suffix else ""
    if doc is None:
        return {"outlet": title_outlet} if title_outlet else {}
    sitename = str(doc.sitename or "").strip()
    if _TITLE_DATE.fullmatch(" - " + sitename):
        sitename = ""  # the date that closed the page title, taken for the site's name
    if sitename == doc.title or len(sitename.split()) > 6:
        sitename = ""  # trafilatura falls back to the title when the page names no site
    elif title_outlet and sitename == _undated_title(str(doc.title or "")):
        # "Staff Sgt. Jane Doe – Fallen Heroes Registry": the title's first part is the page's
        # subject (a person's profile), taken for the site; the part after the bar is the site
        sitename = ""
    values = {
        "headline": _undated_title(str(doc.title or "")),
        "byline": doc.author,
        "published": doc.date,
        "outlet": sitename or title_outlet,
        "url": doc.url,
    }
    if not values["outlet"]:
        values["outlet"] = _agency_author(tree)
    values["byline"] = better_writers(str(values["byline"] or ""), tree, str(values["outlet"]))
    values["headline"] = export_headline(title, tree) or values["headline"]
    if title_outlet and values["headline"] == title_outlet:  # the site's name, bold in its bar
        values["headline"] = _TITLE_SUFFIX.sub("", title)
    if values["headline"].casefold() in _REPLIES_HEADINGS:
        values["headline"] = ""  # the heading over the replies, taken for the page's title
    writer, post = post_page(title, tree)
    if writer:  # a social post's page: its writer by name (not by handle), its first post
        values["byline"], values["headline"] = writer, post or values["headline"]
    chat_log = is_chat_log(tree)
    if chat_log:  # a channel's many writers: none of them, nor its preamble, is the byline
        values["byline"] = ""
        values["published"] = values["published"] or chat_log_date(tree)
    nodes = _VISIBLE_TEXT(tree)
    headline = values["headline"]
    # a wiki's day page is dated by the day its title names; a news headline ending in a day
    # ("Sitrep: 27 November 2026") names the day it covers, not when it was published
    day = title_day(headline) if is_wiki(tree) or wiki_page_title(headline) else ""
    stamped = (
        day
        or live_page_dates.last_update(headline, nodes)
        or _published_stamp(nodes)
        or _latest_post(tree, nodes)
        or posted_by_stamp(nodes)
    )
    values["headline"] = wiki_page_title(headline) or headline
    if stamped:  # the page's own "Published Dec 03, 2026 at 2:48 PM": better than a guess
        values["published"] = stamped
    elif values["published"] and _row_date(tree, str(values["published"])):
        values["published"] = ""  # a table row's date (a log's first incident): the text decides
    elif values["published"]:
        values["published"] = _numeric_date_reading(str(values["published"]), " ".join(nodes))
    else:  # the page's own publication tag (the date reader may refuse one it finds too
        # recent), else a record page's "Last updated: <date>" in a box the reader drops
        values["published"] = _meta_date(tree) or _labelled_date(" ".join(nodes))
    if not values["published"]:  # read only if the story's own text gives no date either
        values["published_fallback"] = _header_stamp(nodes)
    if not values["byline"] and not chat_log:
        values["byline"] = _header_byline(nodes)
    hints = {key: " ".join(str(value).split()) for key, value in values.items() if value}
    people = author_names(hints["byline"]) if "byline" in hints else ""
    if "byline" in hints and people != hints["byline"]:  # the people, no places, roles, dates
        hints["byline"] = without_outlet(people, hints.get("outlet", ""))
    elif "byline" in hints:
        # "Jo Ames; Defence Editor": the writer's job, split off as if a second writer
        names = [n for n in re.split(r"\s*;\s*", hints["byline"]) if not _JOB_TITLE.match(n)]
        byline = " and ".join(names) if names else hints["byline"]
        hints["byline"] = without_outlet(byline, hints.get("outlet", ""))
    if not hints.get("byline"):
        hints.pop("byline", None)
    return hints


# "Replies", "12 comments": the heading of what readers wrote under a post or story
_REPLIES_HEADINGS = frozenset(("replies", "comments", "reactions", "responses", "discussion"))
_JOB_TITLE = re.compile(
    r"^(?:[A-Z][\w'’-]*,? ){0,4}(?:Editor|Correspondent|Reporter|Writer|Columnist|Producer|"
    r"Contributor|Chief|Analyst)s?$"
)
_META_DATE = lxml.etree.XPath(
    "//head/meta[@property='article:published_time' or @property='og:published_time' or "
    "@itemprop='datePublished' or @name='date' or @name='publish-date']/@content"
)


# A table's short data cells: a date among them is a row's (an incident log's first row).
_SHORT_CELLS = lxml.etree.XPath("//td[string-length(normalize-space(.)) <= 24]")


def _row_date(tree: lxml.html.HtmlElement, found: str) -> bool:
    """Whether the date guessed for the page is a table cell's date and the page has no
    publication tag: trafilatura takes the first date a page shows, and in a published
    spreadsheet or a log that is its first row's."""
    if _META_DATE(tree):
        return False
    iso = found[:10]
    return any(
        parse_date(" ".join(cell.text_content().split())) == iso
        for cell in _SHORT_CELLS(tree)[:400]
    )


def _meta_date(tree: lxml.html.HtmlElement) -> str:
    """The date of a <meta> publication tag ('2031-05-06T08:00:00Z'), or ''."""
    for content in _META_DATE(tree)[:3]:
        value = str(content)
        found = parse_date(value[:10]) if re.match(r"\d{4}-\d{2}-\d{2}", value) else ""
        if found:
            return found
    return ""


# A page's own first-publication stamp, a text node of its own: "Published Dec 03, 2026 at
# 2:48 PM EST", "First published on 4 May 2026". The date reader may instead pick a numeric
# "Update 12/4/26" note and read it either way round.
_PUBLISHED_NODE = re.compile(rf"(?:first\s+)?(?:published|posted)\s*(?::|on)?\s*(?:\w+day,?\s+)?"
                             rf"({FULL_DATE.pattern})", re.IGNORECASE)


# A wiki page's authorship line: "Created by Jo Ames, last updated by Li Wei on Dec 03, 2026":
# the page as it stood at its last revision (the comments under it carry older dates).
_WIKI_REVISION = re.compile(rf"created by [^,]{{2,60}},? (?:last )?(?:updated|modified|edited) "
                            rf"by [^,]{{2,60}}? on ({FULL_DATE.pattern})", re.IGNORECASE)


# A record page's own line: "Profile created Nov. 24, 2026 · Last updated Dec. 4, 2026": the
# page as it stands now, at its last update (it was written after what it records).
_CREATED_UPDATED = re.compile(
    rf"^(?:[\w-]+ ){{0,2}}created (?:on )?(?:{FULL_DATE.pattern})\s*"
    rf"[·•|,;]\s*last (?:updated|modified|edited) (?:on )?"
    rf"({FULL_DATE.pattern})",
    re.IGNORECASE,
)


def _published_stamp(nodes: list[str]) -> str:
    for node in nodes[:600]:
        line = " ".join(node.split())
        if "reated " in line and len(line) < 120 and (m := _CREATED_UPDATED.match(line)):
            if found := parse_date(m.group(1)):
                return found
        if len(line) < 80 and line[:1] in "PpFf":
            m = _PUBLISHED_NODE.match(line)
            if m and (found := parse_date(m.group(1))):
                return found
        elif len(line) < 160 and line[:1] in "Cc":
            m = _WIKI_REVISION.match(line)
            if m and (found := parse_date(m.group(1))):
                return found
    return ""


def _latest_post(tree: lxml.html.HtmlElement, nodes: list[str]) -> str:
    """A page of posts (a channel's feed, a forum thread, an issue's conversation) as it
    stood at its latest post: that post's date, over the first post's the date reader takes."""
    return post_stamps.latest_message(tree) or post_stamps.latest_post(
        [" ".join(node.split()) for node in nodes[:4000]]
    )


# A page's header ends at its story's first paragraph; dates below it belong to the story,
# to links to other stories or to a list of sources.
_PARAGRAPH_CHARS = 200


def _header_lines(nodes: list[str]) -> Iterator[str]:
    """The page's visible lines (its text nodes, spaces folded) above its first paragraph."""
    for node in nodes:
        line = " ".join(node.split())
        if len(line) >= _PARAGRAPH_CHARS:
            return
        if line:
            yield line


def _header_stamp(nodes: list[str]) -> str:
    """The date of the stamp line over the story ("Updated 3:14 PM EST, November 20, 2026",
    "Nov. 7, 2026" under a release's title), which the story's extraction leaves out: read
    as a text article's header is, from the page's visible lines above its first paragraph;
    else a reference page's "last edited on" line at its foot."""
    found = find_published([(line, False) for line in _header_lines(nodes[:2000])])
    if found:
        return found
    tail = [" ".join(node.split()) for node in nodes[-200:]]
    return revision_date([(line, False) for line in tail if line])


def _header_byline(nodes: list[str]) -> str:
    """The writer's name over their role ("Jo Ames" / "Middle East correspondent") in the
    page's lines above its first paragraph, which the story's extraction leaves out with
    the date beside them: read only when the page names no author in its tags."""
    previous = ""
    for line in _header_lines(nodes[:400]):
        if previous and len(previous.split()) <= 4:
            name = name_over_role(previous, line)
            if name:
                return name
        previous = line
    return ""


_LABELLED = re.compile(
    r"\b(?:(?P<first>(?:first )?published|posted|released)|last updated|updated|last modified)"
    r"\s*:\s*(?P<when>[^|•]{6,40})",
    re.IGNORECASE,
)


def _labelled_date(page: str) -> str:
    """The date a page labels as its publication ('Published: ...'), else its last update."""
    found = [(m.group("first") is None, parse_date(m.group("when"))) for m in
             _LABELLED.finditer(page[:20000])]
    dated = sorted((f for f in found if f[1]), key=lambda f: f[0])  # stable: page order
    return dated[0][1] if dated else ""


_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)?\d{2})\b")


def _numeric_date_reading(found: str, page: str) -> str:
    """The page's date read from a stamp like '03/12/26' may be March 12 or December 3.
    Where the page shows it only in that form, the reading nearer the dates it writes out in
    words ('March 11, 2026' in the story) is the one meant."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})$", found[:10])
    if not m:
        return found
    year, month, day = (int(g) for g in m.groups())
    if day > 12 or day == month:
        return found
    if not any(
        int(a) == day and int(b) == month and int(y) % 100 == year % 100
        for a, b, y in _SLASHED.findall(page)
    ):
        return found
    written = [parse_date(w.group(0)) for w in FULL_DATE.finditer(page) if "/" not in w.group(0)]
    written = [w for w in written if w]
    if not written:
        return found
    swapped = f"{year:04d}-{day:02d}-{month:02d}"

    def gap(iso: str) -> int:
        return min(abs(_ordinal(iso) - _ordinal(w)) for w in written)

    return swapped if gap(swapped) < gap(found[:10]) else found


def _ordinal(iso: str) -> int:
    y, m, d = (int(p) for p in iso.split("-"))
    return y * 372 + m * 31 + d  # near enough to compare distances of days


_VISIBLE_TEXT = lxml.etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript "
    "or ancestor::template)]"
)

def check_page_text(tree: lxml.html.HtmlElement, name: str) -> None:
    """Refuse a page whose visible text passes the article limit, before the story is looked
    for: that search takes seconds a megabyte, and such a page is not one article."""
    chars = sum(len(" ".join(str(t).split())) for t in _VISIBLE_TEXT(tree))
    if chars > limits.MAX_ARTICLE_CHARS:
        raise InputError(limits.too_long(name, chars, "the page holds "))


_CELL_BLOCKS = lxml.etree.XPath("./p|./div|./h1|./h2|./h3|./h4|./ul|./ol|./blockquote")
_LAYOUT_CELL_CHARS = 200
_TABLE_PARTS = ("tbody", "thead", "tfoot", "tr", "td", "th")


def _is_layout_table(table: lxml.html.HtmlElement) -> bool:
    """A table that lays out a page rather than holding data: the shape of HTML e-mails
    (nested tables, role="presentation", cells holding several paragraphs each)."""
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return True
    if table.find(".//table") is not None:
        return True
    # a data table's cell may hold two short paragraphs; a story's does not fit in one
    return any(
        len(_CELL_BLOCKS(cell)) >= 2 and len(cell.text_content()) > _LAYOUT_CELL_CHARS
        for cell in table.iter("td", "th")
    )


def _unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    """Turn layout tables into plain blocks, so each cell reads as its own paragraphs
    instead of one '| cell | cell |' row that runs headline, story and links together."""
    for table in list(tree.iter("table")):
        if table.tag == "table" and _is_layout_table(table):
            for el in [table, *table.iter(*_TABLE_PARTS)]:
                el.tag = "div"


# A paragraph of a consent wall or of a page skeleton waiting for its script, by its words
_WALL_WORDS = re.compile(
    r"\b(?:cookies?|consent|privacy|(?:our|\d+) partners|personal data|enable javascript|"
    r"javascript (?:is )?(?:disabled|required)|loading|subscribe|sign in|log in|ad ?blocker)\b",
    re.IGNORECASE,
)


def _prose_chars(body: str) -> int:
    """The length of the text's paragraphs that are neither a consent wall nor a skeleton's
    "Loading ..." note: a wall can be longer than the story a script holds."""
    return sum(len(p) for p in body.split("\n") if not _WALL_WORDS.search(p))


def html_to_text(markup: str, name: str) -> HtmlPage:
    tree = parse(markup, name)
    check_page_text(tree, name)
    drop_wiki_chrome(tree)
    keep_issue_comments(tree)
    keep_thread_comments(tree)
    join_drop_caps(tree)
    _unwrap_layout_tables(tree)
    keep_story_asides(tree)
    warnings: list[str] = []
    try:
        doc = trafilatura.bare_extraction(
            tree,
            favor_recall=True,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - any failure inside trafilatura: use the fallback
        doc = None
    body = (getattr(doc, "text", None) or "").strip()
    if len(body) < _MIN_BODY_CHARS:
        fallback = _fallback_text(tree)
        if len(fallback) > len(body):
            body = fallback
            warnings.append(_ALL_VISIBLE_KEPT)
    else:
        body = "\n\n".join(line.strip() for line in body.split("\n") if line.strip())
        body = live_stamps.restore(tree, body)  # the <time> stamps of a live page's entries
    hints = _hints(doc, tree)
    story = script_story(tree)
    # a page saved before it rendered; a script body no longer than the page's prose (a
    # teaser, a description) is never read instead of it
    if story is not None and len(story.text) > _prose_chars(body) and not shown(story.text, body):
        body = story.text  # the note on the visible text no longer applies; others stay
        warnings = [w for w in warnings if w != _ALL_VISIBLE_KEPT]
        found = {"headline": story.headline, "published": story.published, "byline": story.byline}
        hints.update({key: " ".join(value.split()) for key, value in found.items() if value})
        warnings.append(f"the page shows no story without JavaScript: read from {story.source}")
    return HtmlPage(body, hints, warnings)
