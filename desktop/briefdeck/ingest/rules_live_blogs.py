"""Boilerplate rules for live blogs: the badge, the key-events box and its controls, the
stamps on every update and the bylines of who writes at which hour.
"""

from __future__ import annotations

from briefdeck.ingest.publishing_words import _NAME
from briefdeck.ingest.rules import _MONTH, _NUMERIC_DATE, _STAMP_SEP, _STAMP_TOKEN, Rule, _rule

# A clock time with its zone or am/pm, or an age ("2h ago"): what makes a bare stamp a stamp.
_CLOCK_OR_AGE = (
    r"(?=.*(?:\d[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|utc|bst|cet|cest|[ecmp][sd]t|ast|ist|msk|z)"
    r"(?!\w)|\d\s?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|s|secs?|seconds?)\s+ago\b))"
)

# fmt: off
RULES: tuple[Rule, ...] = (
    # Live blogs: the badge, the key-events box and its controls, stamps on every update.
    _rule("live blog", r"^(?:live|live updates?|live blog|live feed|live coverage|live reporting|"
          r"as it happened|key (?:events|updates)|show key events only|"
          r"(?:show|view|see) (?:all |only )?key (?:events|updates)|"
          r"(?:load|show|see|view) (?:more|newer|older|latest|previous|new|all) "
          r"(?:updates|posts|events|entries)|newest first|oldest first|latest first|"
          r"auto[- ]?(?:update|refresh)(?:\s*(?:on|off))?|pinned(?: post)?|"
          r"jump to (?:the )?(?:latest|newest)(?: updates?| posts?)?|\d+ new (?:updates?|posts?)|"
          r"breaking(?: news)?|developing(?: story)?|just in)\s*[.:!]?$", 6),
    # "2h ago Drone shot down near ...": an entry of the key-events box, not the update itself.
    _rule("live blog", r"^\d{1,3}\s?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\s+ago\s+\S", 30,
          in_prose=False, hints=("ago",)),
    # "15:41 GMT", "Tue 25 Mar 2025 17.48 GMT", "2h ago": a stamp with no label.
    # (16 words: "October 15, 2025 5:47 PM - Updated: October 15, 2025 8:12 PM")
    _rule("time stamp", rf"^{_CLOCK_OR_AGE}(?:{_STAMP_SEP}{_STAMP_TOKEN})+{_STAMP_SEP}[.]?$", 16,
          hints=("ago", ":", ".")),
    # "22.01.2025 14:37", "2025-01-22": a numeric date (and hour) alone on its line.
    _rule("time stamp", rf"^{_NUMERIC_DATE}(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?"
          r"(?:\s*[ap]\.?m\.?)?)?$", 4, hints=(".", "-", "/")),
    # "Jo Ames Jun 17, 2024" (a newsletter's byline), "Author: Jo Ames": who wrote it, when.
    _rule("byline", rf"^{_NAME}(?:,? (?:and )?{_NAME})?\s*[·•|,]?\s*(?i:{_MONTH})\s+\d{{1,2}},?"
          r"\s+\d{4}$", 10, 0),
    _rule("byline", rf"^(?i:authors?|autor|auteur|written by|words|text|reporter|writer)\s*:\s*"
          rf"{_NAME}(?:(?:,| and| &) {_NAME})*$", 14, 0),
    # "Jo Ames (now) and Li Wei (earlier)": who writes the live blog at which hour.
    _rule("byline", rf"^(?:by )?{_NAME} \((?:now|earlier|later)\)(?:,? (?:and )?{_NAME} "
          r"\((?:now|earlier|later)\))*$", 14),
)
# fmt: on
