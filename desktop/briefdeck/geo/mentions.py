"""A place mention, and the passes that finish the list of them.

After the known names are found and their namesakes settled, a mention keeps the Arabic
article written before it ("Ath-Thawrah"), "Town, State" overrules GeoNames' pick, and towns
and villages fill the words no known name covers.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefdeck.geo.name_cues import OPENERS, PLACE_WORDS, shouted_after
from briefdeck.geo.places import GazetteerEntry, PlaceName
from briefdeck.geo.scan import _Scan
from briefdeck.geo.textnorm import is_capitalised
from briefdeck.geo.towns import Towns, find_towns
from briefdeck.geo.translit import ARTICLES as LOOSE_ARTICLES


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entry: GazetteerEntry
    matched_text: str


def _with_article(text: str, m: Mention) -> Mention:
    """The mention with the Arabic article written before a sun letter ("Ath-Thawrah",
    "an-Nasiriyah") kept in its span, as al-/el- are: the name as the report writes it."""
    if m.start < 3 or text[m.start - 1] not in "-‐":
        return m
    j = m.start - 1
    while j > 0 and text[j - 1].isalpha() and m.start - j <= 4:
        j -= 1
    if (j and text[j - 1].isalnum()) or text[j : m.start - 1].lower() not in LOOSE_ARTICLES:
        return m
    return Mention(j, m.end, m.entry, text[j : m.end])


# ------------------------------------------------------------------ towns
def _with_state_towns(
    mentions: list[Mention], found: list[tuple[int, int, GazetteerEntry]], text: str
) -> list[Mention]:
    """"Town, State" overrules what GeoNames gave for those words (Camden, Ark. is not
    Camden, New Jersey), never a curated place ("Fort Bliss, Texas" stays the base)."""
    curated = [m for m in mentions if m.entry.source == "curated"]
    found = [f for f in found if not any(m.start < f[1] and f[0] < m.end for m in curated)]
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e, _ in found)]
    kept += [Mention(s, e, town, text[s:e]) for s, e, town in found]
    return sorted(kept, key=lambda m: m.start)


def _town_mentions(
    towns: Towns,
    scan: _Scan,
    found: list[tuple[int, int, list[PlaceName], PlaceName]],
    mentions: list[Mention],
) -> list[Mention]:
    """Towns and villages (see briefdeck.geo.towns) in the words no known place covers."""
    text, words = scan.text, scan.words
    covered = bytearray(len(words))
    for i, size, _, _ in found:
        covered[i : i + size] = b"\x01" * size

    def part_of_name(i: int) -> bool:
        prev = words[i - 1] if i and scan.linked[i - 1] else None
        return prev is not None and is_capitalised(text, prev) and prev.key not in OPENERS

    def after_ok(j: int) -> bool:
        nxt = words[j] if j < len(words) and scan.linked[j - 1] else None
        return nxt is None or not is_capitalised(text, nxt) or nxt.key in PLACE_WORDS \
            or shouted_after(text, words[j - 1], words[j - 1], nxt)

    hits = find_towns(towns, text, words, scan.linked, scan.article_before, covered,
                      mentions, part_of_name, after_ok)  # fmt: skip
    return [Mention(start, end, entry, text[start:end]) for start, end, entry in hits]
