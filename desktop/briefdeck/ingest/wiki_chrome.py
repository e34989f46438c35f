"""A MediaWiki page's own chrome, taken off before the page is read.

A saved wiki page keeps the skin's tools in its content: the page-action tabs ("Portal Talk
Read Edit View history Tools") and the "edit history watch" links a day heading carries. The
page reader keeps them as lines of text; the skin marks the tabs by id and class, and a day
heading's action links are nothing but those words.
"""

from __future__ import annotations

import re

import lxml.html

# the page-action tabs (Vector, MonoBook, Minerva ids); the side and head menus outside the
# content are left to the furniture rules, which read a page's date around them
_CHROME_IDS = frozenset(
    """p-views p-cactions p-namespaces p-associated-pages vector-page-tools page-actions""".split()
)
# (a section heading's "[edit]" stays: the furniture rules know a wiki's headings by it)
_CHROME_CLASSES = ("vector-page-toolbar",)
# a day heading's action links, and nothing else: "edit history watch" (two or more)
_ACTIONS = re.compile(r"^[\s\[\]()|·•]*(?:(?:edit|history|watch|unwatch|talk|view source)"
                      r"[\s\[\]()|·•]*){2,5}$", re.I)


def is_wiki(tree: lxml.html.HtmlElement) -> bool:
    body = tree.find("body")
    return body is not None and "mediawiki" in (body.get("class") or "").split()


def drop_wiki_chrome(tree: lxml.html.HtmlElement) -> None:
    """Take the skin's menus and the headings' action links off a MediaWiki page."""
    if not is_wiki(tree):
        return
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        classes = (el.get("class") or "").split()
        if el.get("id") in _CHROME_IDS or any(c in _CHROME_CLASSES for c in classes) or (
            el.tag in ("span", "a", "div") and len(el) <= 5
            and _ACTIONS.match(el.text_content() or "")
        ):
            el.drop_tree()
