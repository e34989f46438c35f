"""What the parts of a count count, once the sentence's bare numbers have borrowed a noun.

- Groups counted, then their sizes: "Attacks came in two waves: 186 between ... and 97 after
  ...": the bare numbers after the colon count attacks, not waves (a survey or a dataset
  states its totals so).
- Parts told by their means: "27 attacks: 16 with anti-ship missiles, eight with drones":
  16 attacks with anti-ship missiles, not 16 attacks of any kind.
- Events counted by their outcome: "41 attacks caused casualties", "strikes causing
  casualties": the count is of the attacks that did, not of all attacks.
- Groups named by what they counter: "two more counter-drone teams", "three anti-tank
  platoons": "teams" alone says nothing of what was sent ("launchers" and "missiles" do, and
  stay as they are).
"""

from __future__ import annotations

import regex

from briefdeck.extract.sentences import Sentence

_GROUPS = frozenset(
    "waves phases stages rounds bursts spells periods batches groups clusters tranches".split()
)
# "Attacks came in two waves:", "the strikes fell into three phases:"
_GROUPED = regex.compile(
    r"\b([A-Za-z][a-z-]{2,}s)[^\S\n]+(?:came|fell|arrived|went|were"
    r"(?:[^\S\n]+(?:split|divided|grouped|spread))?)[^\S\n]+in(?:to)?"
    r"[^\S\n]+\S++[^\S\n]+(?:waves|phases|stages|rounds|bursts|spells|"
    r"periods|batches|groups|clusters|tranches)[^\S\n]*+:"
)
_EVENT_NOUNS = frozenset(
    "attacks strikes raids incidents launches salvos barrages engagements".split()
)
# " with anti-ship missiles", " using drones", " by uncrewed surface vessels"
_MEANS = regex.compile(
    r"[^\S\n]+(?:with|using|by)[^\S\n]+((?:[a-z][a-z-]*+[^\S\n]+){0,2}"
    r"[a-z][a-z-]*s)\b"
)
# "attacks caused casualties", "strikes that caused casualties", "strikes causing casualties"
_OUTCOME = regex.compile(
    r"[^\S\n]+(?:that[^\S\n]+|which[^\S\n]+)?(?:caused|causing|"
    r"resulted[^\S\n]+in|inflicted)[^\S\n]+(casualties|deaths|injuries)\b"
)
_COUNTER_KIND = regex.compile(
    r"(?:^|\s)((?:counter|anti)-[a-z]++[^\S\n]+(?:teams|crews|units|"
    r"squads|cells|detachments|platoons|sections|companies))$",
    regex.I,
)


def refine_parts(text: str, sent: Sentence, rows: list[list]) -> None:
    """Name, in place, what the sentence's counts count when the parts of a count or its
    outcome say more than the borrowed noun (rows: [quantity, unit, phrase])."""
    grouped = None
    for row in rows:
        q, unit, phrase = row
        if not unit or q.money or q.percent:
            continue
        if not phrase and unit in _GROUPS and ":" in text[sent.start : q.start]:
            if grouped is None:
                grouped = _GROUPED.search(text, sent.start, q.start) or False
            colon = text.rfind(":", sent.start, q.start)
            # a part after the colon counts what came in groups, or nothing we can name
            row[1] = grouped.group(1).lower() if grouped and grouped.end() <= colon + 1 else ""
            unit = row[1]
        if (
            phrase
            and "-" in phrase
            and (kind := _COUNTER_KIND.search(phrase))
            and kind.group(1).lower().endswith(" " + unit)
        ):
            row[1] = unit = kind.group(1).lower()
        if unit in _EVENT_NOUNS and not phrase and (means := _MEANS.match(text, q.end, sent.end)):
            row[1] = f"{unit} with {means.group(1)}"
        elif unit in _EVENT_NOUNS and phrase and phrase.lower().endswith(unit):
            at = text.find(phrase, q.end)
            if at >= 0 and (outcome := _OUTCOME.match(text, at + len(phrase), sent.end)):
                row[1] = f"{unit} causing {outcome.group(1)}"
                row[2] = text[at : outcome.end()]
