"""A chat app's saved history: its page title names the export, not the conversation.

Telegram Desktop titles every exported page "Exported Data"; the channel or chat it holds is
named in the page's header box (div.page_header). That name is the document's headline.
"""

from __future__ import annotations

import lxml.etree

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
