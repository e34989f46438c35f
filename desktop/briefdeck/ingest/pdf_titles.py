"""A PDF title set in large type over two or three lines, read as one line.

A journal or report title block wraps ("Cheap Salvos, Costly Defences: Drone and Rocket" /
"Attacks on Coalition Bases ..."); read line by line, the headline would stop at the
first. The first run of lines in type clearly larger than the body text, none ending a
sentence, is the title: its two lines are joined in the page's text.
"""

from __future__ import annotations

import re
from collections import Counter

from briefdeck.ingest.columns import Line


def join_title_lines(text: str, lines: list[Line]) -> str:
    """The first page's text with its wrapped large-type title on one line."""
    if len(lines) < 4:
        return text
    sizes = Counter()
    for ln in lines:
        sizes[round(ln.size, 1)] += len(ln.text)
    body = sizes.most_common(1)[0][0]
    start = next((i for i, ln in enumerate(lines[:12]) if ln.size >= 1.3 * body), None)
    if start is None:
        return text
    run = [lines[start]]
    for ln in lines[start + 1 : start + 3]:
        if abs(ln.size - run[0].size) > 0.5:
            break
        run.append(ln)
    # two lines only: a headline over three or more is a page's display type, and a cover
    # page's title over its kind ("HEARING"): the page's furniture rules read those line by line
    if len(run) != 2 or sum(len(ln.text) for ln in run) > 200 or any(
        ln.text.endswith((".", "!", "?", ";")) for ln in run[:-1]
    ):
        return text
    found = re.search(r"[ \t]*\n\s*".join(re.escape(ln.text) for ln in run), text)
    if not found:
        return text
    joined = " ".join(ln.text for ln in run)
    # a paragraph of its own: re-flowing must not run it into the lines below
    return text[: found.start()] + joined + "\n\n" + text[found.end() :].lstrip("\n")
