"""What the Situation and the key facts leave out so that neither is padded. A drafted
"Figure: ..." point tells a figure the Key facts already tell (or another point already says:
"Force level: about 3,000 U.S. troops" then "Figure: About 3,000 U.S. troops"), so it goes where
it is said again; an analyst's own point (no "Figure:" label) always stays. A key fact that is an
amount and a measure word ("5 miles", "60 basis") with nothing around it says nothing alone."""

from __future__ import annotations

import re

from briefdeck.compose.figure_words import bare_words
from briefdeck.model.units import is_measure

FIGURE_LABEL = "Figure:"
# a measure cut from its second word by the extractor: '60 basis' (points), '5 nautical'
_CUT_MEASURES = frozenset({"basis", "nautical", "square", "cubic"})
_STOPS = re.compile(r"[.,;:]+(?=\s|$)")
_AMOUNT_WORDS = re.compile(
    r"(?i)(?:[\d.,%$€£]+|about|around|roughly|some|approximately|nearly|almost|at|least|"
    r"more|than|up|to|over|under|fewer|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
    r"thousands?|dozens?|millions?|billions?|a|an|the|…)$")


def _words(line: str) -> str:
    """A line's words for finding one within another, no stops or commas after words."""
    return bare_words(_STOPS.sub("", line))


def situation_points(points: list[str], fact_lines: list[str]) -> list[str]:
    """The points without a drafted "Figure:" point whose figure another point or a key-fact
    line already says; all of them when that would leave none."""
    kept = []
    for n, point in enumerate(points):
        if point.startswith(FIGURE_LABEL):
            words = _words(point[len(FIGURE_LABEL):])
            others = [_words(p) for i, p in enumerate(points) if i != n
                      and not (i > n and p.startswith(FIGURE_LABEL))]  # the first one stays
            if words.strip() and any(words in o for o in others + [
                    _words(line) for line in fact_lines]):
                continue
        kept.append(point)
    return kept or list(points)


def says_nothing_alone(line: str) -> bool:
    """'5 miles', '60 basis', 'about 40 seconds': an amount and a measure word, nothing else
    (how far or how long from what, a share of what?). A count ('5 wounded', '$20,000 drone')
    names what it counts, and stays."""
    words = line.replace(",", " ").split()
    rest = [w.strip(".;:()").casefold() for w in words if not _AMOUNT_WORDS.match(w)]
    return (len(words) <= 4 and len(rest) == 1 and len(rest) < len(words)
            and (is_measure(rest[0]) or rest[0] in _CUT_MEASURES))
