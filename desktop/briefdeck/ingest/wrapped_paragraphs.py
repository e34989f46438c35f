"""A hard-wrapped paragraph is no list of headlines.

Text printed at a fixed width (a printed report's plain text, a PDF pasted as text) breaks a
paragraph's sentences mid-line: "Section 12 of the bill provides $5,000,000 for the" /
"repair of ..." / "... before the transfer." Under the last full sentence of a page, such
lines, each short of a stop, look like a run of other stories' headlines. A run is a
paragraph when its lines, one under another with no blank between, all but the last reach
the width the text is wrapped at and end mid-sentence, and the last closes a sentence: the
lines are given back.
"""

from __future__ import annotations

from briefdeck.ingest.line_kinds import ArticleLine

_RUN_KIND = "other stories"
_MIN_LINES = 3
_MIN_WIDTH = 50  # shorter lines are a list's, not a printed page's
_FULL = 0.8  # a run-on line fills at least this share of the widest line of its paragraph
_OPEN_ENDS = '.!?:;"”’)]'


def keep_wrapped_paragraphs(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Unflag the lines of hard-wrapped paragraphs taken for a run of headlines."""
    if _RUN_KIND not in flags.values():
        return
    i = 0
    while i < len(lines):
        if flags.get(i) != _RUN_KIND:
            i += 1
            continue
        j = i  # the paragraph: lines one under another, no blank line between
        while j + 1 < len(lines) and text.count("\n", lines[j].end, lines[j + 1].start) == 1:
            j += 1
            if lines[j].text[-1:] in ".!?" or flags.get(j) != _RUN_KIND:
                break
        block = range(i, j + 1)
        if _is_paragraph(text, lines, block, flags):
            for k in block:
                if flags.get(k) == _RUN_KIND:
                    del flags[k]
        i = j + 1


def _is_paragraph(text: str, lines: list[ArticleLine], block: range, flags: dict[int, str]) -> bool:
    if len(block) < _MIN_LINES or lines[block[-1]].text[-1:] not in ".!?":
        return False
    if any(flags.get(k) not in (None, _RUN_KIND) for k in block):
        return False
    # widths with the indent (a paragraph's first line is set in from the margin)
    width = {k: lines[k].end - (text.rfind("\n", 0, lines[k].start) + 1) for k in block}
    widest = max(width.values())
    return (
        widest >= _MIN_WIDTH
        and all(
            width[k] >= _FULL * widest and lines[k].text[-1:] not in _OPEN_ENDS for k in block[:-1]
        )
        and sum(lines[k].words for k in block) >= 15
    )
