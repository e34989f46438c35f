"""Bullets run together: a slide or e-mail export often loses the line breaks of a list,
leaving "- 03 NOV: ... - 06 NOV: ..." in one line. In a line that opens as a bullet, each
" - " before a capital or a digit opens a bullet of its own, so the break is put back (the
space becomes a newline: offsets stay the same)."""

from __future__ import annotations

import re

_GLUED = re.compile(r"(?<=\S) (?=[-•] [A-Z0-9~])")


def _bullet_lines(text: str) -> list[tuple[int, int]]:
    """The lines that open with a bullet and hold another one (found with str.find: fast)."""
    lines = []
    for lead in ("- ", "• "):
        at = 0 if text.startswith(lead) else text.find("\n" + lead)
        while at != -1:
            start = at if at == 0 and text.startswith(lead) else at + 1
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            if _GLUED.search(text, start + 2, end):
                lines.append((start, end))
            at = text.find("\n" + lead, end)
    return sorted(lines)


def unglue_bullets(text: str) -> str | None:
    """The text with glued bullets on lines of their own, or None if there are none."""
    lines = _bullet_lines(text)
    if not lines:
        return None
    out, at = [], 0
    for a, b in lines:
        out.append(text[at:a])
        out.append(_GLUED.sub("\n", text[a:b]))
        at = b
    out.append(text[at:])
    return "".join(out)
