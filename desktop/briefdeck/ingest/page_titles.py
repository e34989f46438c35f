"""An HTML page's headline and outlet from its <title> ("Headline | Outlet - 10/14/2026") and
trafilatura's reading of it: the date closing the title and the site's name come off the
headline, and a site name that is really the title, a date or a profile's subject is none."""

from __future__ import annotations

import re

import lxml.html

from briefdeck.ingest.chat_exports import export_headline
from briefdeck.ingest.credits import split_credit

_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
# "Headline – Outlet – 10/14/2026": a date closing the page title is no outlet's name.
_TITLE_DATE = re.compile(
    r"\s+[|–—-]\s+(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]{2,8},? "
    r"\d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})$"
)
# "Replies", "12 comments": the heading of what readers wrote under a post or story
_REPLIES_HEADINGS = frozenset(("replies", "comments", "reactions", "responses", "discussion"))


def page_title(tree: lxml.html.HtmlElement) -> tuple[str, str]:
    """The page's <title> without the date closing it, and the outlet named after its bar
    ("Headline | Outlet"), which names the outlet when no meta tag does ('' if none)."""
    title = _TITLE_DATE.sub("", " ".join((tree.findtext(".//title") or "").split()))
    suffix = _TITLE_SUFFIX.search(title)
    return title, suffix.group(0).strip(" |–—-") if suffix else ""


def site_name(doc, title_outlet: str) -> str:
    """The site's name trafilatura read, or '' where it is not one."""
    sitename = str(doc.sitename or "").strip()
    if _TITLE_DATE.fullmatch(" - " + sitename):
        sitename = ""  # the date that closed the page title, taken for the site's name
    if sitename == doc.title or len(sitename.split()) > 6:
        sitename = ""  # trafilatura falls back to the title when the page names no site
    elif title_outlet and (sitename == undated_title(str(doc.title or "")) or
                           sitename.startswith(str(doc.title or "\n"))):  # title + its date
        # "Staff Sgt. Jane Doe – Fallen Heroes Registry": the title's first part is the page's
        # subject (a person's profile), taken for the site; the part after the bar is the site
        sitename = ""
    return sitename


def undated_title(title: str) -> str:
    """The page title without the date closing it ("... - 12/03/2026"), and without the site
    name; a record's code ("USIQ041 - January 22, 2027") keeps its date: the code alone says
    nothing to a reader."""
    undated = _TITLE_DATE.sub("", title)
    if undated != title and " " not in undated.strip():
        return title.strip()
    return _TITLE_SUFFIX.sub("", undated)


def page_headline(headline: str, title: str, title_outlet: str, tree: lxml.html.HtmlElement) -> str:
    """The headline read (`headline`), unless a chat export's title names it, the site's
    name bold in its bar was taken for it, or it is the heading over the replies."""
    headline = export_headline(title, tree) or headline
    if title_outlet and headline == title_outlet:  # the site's name, bold in its bar
        headline = _TITLE_SUFFIX.sub("", title)
    if headline.casefold() in _REPLIES_HEADINGS:
        headline = ""  # the heading over the replies, taken for the page's title
    return headline


def agency_author(tree: lxml.html.HtmlElement) -> str:
    """<meta name="author" content="AFP">: an agency credit, which trafilatura drops (one
    word), names the outlet when the page names no site."""
    for content in tree.xpath("//head/meta[@name='author']/@content")[:1]:
        names, outlet = split_credit(" ".join(str(content).split()).removeprefix("By "))
        return "" if names else outlet
    return ""
