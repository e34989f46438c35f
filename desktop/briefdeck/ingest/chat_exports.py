"""A chat app's saved history: its page title names the export, not the conversation.

Telegram Desktop titles every exported page "Exported Data"; the channel or chat it holds is
named in the page's header box (div.page_header). That name is the document's headline.
"""

from __future__ import annotations

import re

import lxml.etree

from briefdeck.ingest.full_dates import parse_date

_EXPORT_TITLES = frozenset({"exported data"})
_HEADER_NAME = lxml.etree.XPath(
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' page_header ')]"
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' text ')]"
)


def export_headline(title: str, tree) -> str:
    """The chat's name when `title` is an export's stock page title, else ''."""
    if title.strip().casefold() not in _EXPORT_TITLES:
        return ""
    for node in _HEADER_NAME(tree)[:1]:
        name = " ".join(node.text_content().split())
        if 0 < len(name) <= 120:
            return name
    return ""


# A channel export (DiscordChatExporter and its like): many handles write in it, so no one of
# them, and no heading of its preamble ("Conflict Tracking / iraq-syria"), is its writer.
_CHAT_LOG = lxml.etree.XPath(
    "//head/meta[@name='generator'][contains(@content, 'ChatExporter')] | "
    "(//*[contains(@class, 'chatlog__message')])[1]"
)
_STAMPS = lxml.etree.XPath("//*[contains(@class, 'chatlog__timestamp')]/text()")
# "03-Dec-26 12:40 AM", "12/3/2026 12:40 AM": a message's stamp, day first with a month's name
_DAY_MON_YY = re.compile(r"\b(\d{1,2})-([A-Z][a-z]{2})-(\d{2}|\d{4})\b")


def is_chat_log(tree) -> bool:
    return bool(_CHAT_LOG(tree))


def chat_log_date(tree) -> str:
    """The export's date: its latest message's day (it shows the channel as it stood then)."""
    days = []
    for stamp in _STAMPS(tree)[-400:]:
        m = _DAY_MON_YY.search(str(stamp))
        year = m.group(3) if m else ""
        found = parse_date(f"{m.group(1)} {m.group(2)} {year if len(year) == 4 else '20' + year}") \
            if m else parse_date(str(stamp))
        if found:
            days.append(found)
    return max(days, default="")


# "Maya Khoury (@mayakhoury.bsky.social) on Bluesky", "Jo Ames on X: \"1/ Thread on ...\" / X":
# a social post's page title names its writer; the thread's first post is what it is about.
_POST_PAGE = re.compile(r"^(?P<name>[^()@:]{2,60}?) \(@[\w.-]+\) on (?:Bluesky|Threads|Mastodon)$|"
                        r"^(?P<xname>[^()@:]{2,60}?) on (?:X|Twitter): [\"“](?P<post>.+)[\"”]"
                        r"(?: / (?:X|Twitter))?$")
_DESCRIPTION = lxml.etree.XPath("//head/meta[@property='og:description' or @name='description']"
                                "/@content")
# "1/9 ", "1/ ", "🧵 ": a thread's numbering and marks before its first words
_THREAD_MARK = re.compile(r"^(?:\d{1,2}\s?/\s?\d{0,2}\.?\s+|🧵\s*|thread:\s*)+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"”])[.!?](?:\s|$)")


def post_page(title: str, tree) -> tuple[str, str]:
    """(writer, headline) of a social post's page by its title, else ('', '')."""
    m = _POST_PAGE.match(title)
    if not m:
        return "", ""
    post = m.group("post") or next((str(c) for c in _DESCRIPTION(tree)[:1]), "")
    post = _THREAD_MARK.sub("", " ".join(post.split()))
    end = _SENTENCE_END.search(post)
    first = post[: end.start()] if end else post
    return (m.group("name") or m.group("xname")).strip(), first if len(first) < 200 else ""
