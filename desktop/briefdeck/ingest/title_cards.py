"""A media file's title card: pasted subtitles or a transcript that opens with the file's
name ("GNN_WORLD_RED_SEA_PKG_271126_v3_EN.srt") and, under it, the show's name in capitals
("GNN WORLD TONIGHT"). The card names the programme the file is named for; it is no
headline of the report and no caption. Only a short line of capitals sharing a word with the
file's name is taken.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine

_NAME_PART = re.compile(r"[A-Za-z]{2,}")
_CARD_WORDS = 6


def flag_title_card(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """Flag the title card under a flagged file name near the top (see the module's note)."""
    for i in range(min(3, len(lines) - 1)):
        if flags.get(i) != "file name":
            continue
        card = lines[i + 1]
        if (
            i + 1 not in flags
            and card.words <= _CARD_WORDS
            and card.text.isupper()
            and not card.text.endswith((".", "!", "?"))
            and {w.upper() for w in _NAME_PART.findall(lines[i].text)} & set(card.text.split())
        ):
            flags[i + 1] = "masthead"
