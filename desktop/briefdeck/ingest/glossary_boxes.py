"""A glossary box set beside a story: "Explained", then "Houthis: a Yemeni movement ..." lines.

Papers print a small box of terms ("Explained", "Glossary", "Key terms", "Jargon buster"), each
line a term, a colon and its standing definition. The definitions restate background the
reader may lack (what a strait is, since when a navy has patrolled it), not what the story
reports, so the box is furniture: its heading and the run of "Term: definition" lines under it.
"""

from __future__ import annotations

import re

# The box's heading, alone on its line.
_HEADING = re.compile(
    r"^(?:explained|glossary|key (?:terms|words|phrases)|jargon buster|terms explained|"
    r"the terms|what the terms mean|(?:a )?jargon guide)\s*:?$",
    re.IGNORECASE,
)
# "Escort task force: China has sent ...", "Bab el-Mandeb: the 30km-wide strait ...": a term
# of one to five words (capitalised, no sentence in it), a colon, then its definition.
_ENTRY = re.compile(r"^[A-Z0-9][\w'’.()&/-]*(?: [\w'’.()&/-]+){0,4}:\s+\S")
_MIN_ENTRIES = 2
_ENTRY_WORDS = 60


def has_glossary_heading(text: str) -> bool:
    """Cheap test on the whole text before looking line by line."""
    lower = text.lower()
    return any(word in lower for word in ("explained", "glossary", "key ", "jargon", "the terms"))


def flag_glossary(lines: list, flags: dict[int, str]) -> None:
    """The heading of a glossary box and its 'Term: definition' lines (two or more)."""
    for i, line in enumerate(lines):
        if i in flags or line.words > 4 or not _HEADING.match(line.text):
            continue
        run = []
        for j in range(i + 1, len(lines)):
            entry = lines[j]
            if j in flags or entry.words > _ENTRY_WORDS or not _ENTRY.match(entry.text):
                break
            run.append(j)
        if len(run) >= _MIN_ENTRIES:
            flags.update(dict.fromkeys([i, *run], "glossary"))
