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


def figure_line(lead: str, context: str) -> str:
    """A figure's key-fact line as the points are compared with it: the counted phrase and
    the words after it (FigureWords.lead and .context), built one way for the deck and the
    page (a point dropped on one is dropped on the other)."""
    return f"{lead} {context}"


def situation_points(points: list[str], fact_lines: list[str]) -> list[str]:
    """The points without a drafted "Figure:" point whose figure another point or a key-fact
    line already says; all of them when that would leave none."""
    return situation_choice(points, fact_lines)[0]


def situation_choice(points: list[str], fact_lines: list[str]) -> tuple[list[str], set[int]]:
    """situation_points, and the indexes of the fact lines that now alone tell a dropped
    point's figure: an output that cuts facts for space must keep those (or the figure is
    nowhere)."""
    kept, telling = [], set()
    lines = [_words(line) for line in fact_lines]
    for n, point in enumerate(points):
        if point.startswith(FIGURE_LABEL):
            words = _words(point[len(FIGURE_LABEL):])
            others = [_words(p) for i, p in enumerate(points) if i != n
                      and not (i > n and p.startswith(FIGURE_LABEL))]  # the first one stays
            if words.strip() and any(words in o for o in others):
                continue
            told = [i for i, line in enumerate(lines) if words in line]
            if words.strip() and told:
                telling.add(told[0])
                continue
        kept.append(point)
    if not kept:
        return list(points), set()
    return kept, telling

_CURRENCIES = frozenset({"usd", "eur", "gbp", "us$", "dollars", "euros", "pounds"})


def says_nothing_alone(line: str) -> bool:
    """'5 miles', '60 basis', 'about 40 seconds': an amount and a measure word, nothing else
    (how far or how long from what, a share of what?). A count ('5 wounded', '$20,000 drone')
    names what it counts, and stays. An amount alone ('1,150,000', '1,150,000 USD') or a
    cell cut inside its bracket says nothing either."""
    words = line.replace(",", " ").split()
    rest = [w.strip(".;:()").casefold() for w in words if not _AMOUNT_WORDS.match(w)]
    # (a table's amount cell read without its row's head, "1,150,000" or "1,150,000 USD":
    # what it is the amount of is nowhere on the line; and a head cell cut inside its bracket,
    # "Plant (2 forklifts", is no statement)
    if words and all(w in _CURRENCIES for w in rest):
        return True
    if len(words) <= 5 and line.count("(") > line.count(")"):
        return True
    return (len(words) <= 4 and len(rest) == 1 and len(rest) < len(words)
            and (is_measure(rest[0]) or rest[0] in _CUT_MEASURES))


_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve").split()
_BARE_TOLL = re.compile(r"(?i)^(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(killed|dead|wounded|"
                        r"injured)$")


def told_fuller(line: str, others: list[str]) -> bool:
    """'4 killed' alone, with another key fact saying four were killed in a sentence: a count
    in a tally line is no statement, and the fuller one tells it."""
    bare = _BARE_TOLL.match(" ".join(line.split()).strip(" .;,…"))
    if not bare:
        return False
    amount = bare.group(1).casefold()
    said = {amount, _NUMBER_WORDS[int(amount)] if amount.isdigit() and int(amount) < 13
            else str(_NUMBER_WORDS.index(amount)) if amount in _NUMBER_WORDS else amount}
    pattern = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, said)) + r")\b")
    return any(o.strip() != line.strip() and len(o) > len(line) and pattern.search(o)
               for o in others)
