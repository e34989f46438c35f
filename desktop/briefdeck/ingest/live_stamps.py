"""A live page's entry stamps, which the story reader drops, put back into its text.

Live pages head each entry with a <time> element ("10:42", "13 April 2027 - 10:42"). The
body reader (trafilatura) drops those elements, so the entries lose the stamps that date
them. Each stamp goes back as a line of its own before its entry's first line, as the page
shows it; when the page shows only a clock, the element's datetime attribute gives the day.
A page is taken as live only when two stamps or more each head their own entry: a story's
"Published 09:00 / Updated 11:30" pair, or a lone byline stamp, leaves the text untouched.
"""

from __future__ import annotations

import re
from datetime import date

import lxml.etree
import lxml.html

_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")
# the visible text is only a clock: "10:42", "10.42 am", "17:51 CET"
_CLOCK_ONLY = re.compile(r"^(\d{1,2})[:.](\d\d)(?:\s*([ap])\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?$",
                         re.I)
_ISO = re.compile(r"^\s*(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?")
_AHEAD = 80  # lines an entry's first line is looked for past the last one found: linear time
_UNSEEN = frozenset(("script", "style", "noscript", "template", "time"))
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?\s*$|[.!?][\"”’')]?\s")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _stamp(el: lxml.html.HtmlElement) -> str:
    """The stamp a <time> element shows, with the day from its datetime when it shows only
    a clock; '' when it shows no clock (a date alone heads no live entry)."""
    shown = " ".join(el.text_content().split())
    if not shown or len(shown) > 40 or not _CLOCK.search(shown):
        return ""
    clock = _CLOCK_ONLY.match(shown)
    iso = _ISO.match(el.get("datetime") or "")
    if not clock or not iso:
        return shown
    year, month, day = (int(g) for g in iso.group(1, 2, 3))
    if iso.group(4) is not None:
        # the attribute is often in UTC while the page shows local time: its day is the
        # shown clock's day only when both give the same clock
        hour = int(clock.group(1))
        if clock.group(3):  # "2:05 pm"
            hour = hour % 12 + (12 if clock.group(3).lower() == "p" else 0)
        if (hour, int(clock.group(2))) != (int(iso.group(4)), int(iso.group(5))):
            return shown
    try:
        date(year, month, day)
    except ValueError:
        return shown
    return f"{day} {_MONTHS[month - 1]} {year} - {shown}"


def _stamped_texts(body: lxml.html.HtmlElement) -> list[tuple[str, list[str]]]:
    """Each <time> stamp of the page with the first texts that follow it, up to the next one."""
    out: list[tuple[str, list[str]]] = []
    hidden = 0  # depth inside a <time>, script or style

    def add(text: str | None) -> None:
        if out and len(out[-1][1]) < 3 and text and text.strip():
            out[-1][1].append(" ".join(text.split()))

    for event, el in lxml.etree.iterwalk(body, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag == "time" and not hidden:
                out.append((_stamp(el), []))
            hidden += tag in _UNSEEN
            if not hidden:
                add(el.text)
        else:
            hidden -= tag in _UNSEEN
            if not hidden and el is not body:
                add(el.tail)
    return [(stamp, texts) for stamp, texts in out if stamp and texts]


def restore(tree: lxml.html.HtmlElement, body: str) -> str:
    """body (lines separated by blank lines), with each live entry's stamp as a line of its
    own before the entry's first line; body unchanged for a page without live entries."""
    page = tree.find("body")
    if page is None or len(page.findall(".//time")) < 2:
        return body
    lines = body.split("\n\n")
    found: list[tuple[int, str]] = []  # (line index of the entry's first line, stamp)
    at = 0
    for stamp, texts in _stamped_texts(page):
        # the entry's first line that came through: its headline, else its first paragraph
        # (the reader may drop a short headline)
        n = -1
        for first in texts:
            n = next((i for i in range(at, min(at + _AHEAD, len(lines)))
                      if lines[i].startswith(first)), -1)
            if n >= 0:
                break
        if n < 0 or (n > 0 and stamp in lines[n - 1]):
            continue  # the entry is not in the story, or its stamp already came through
        found.append((n, stamp))
        at = n + 1
    # each stamp heads an entry of its own, with a sentence of text before the next stamp
    bounds = [n for n, _ in found] + [len(lines)]
    headed = [i for i in range(len(found))
              if any(_SENTENCE_END.search(line) for line in lines[bounds[i]:bounds[i + 1]])]
    if len(headed) < 2:
        return body
    for i in reversed(headed):
        lines.insert(*found[i])
    return "\n\n".join(lines)
