"""Boilerplate rules for a news agency's daybook: the desk's planning notes to its clients.

A daybook lists the day's stories and events for editors; around each item the desk says
how it will cover it ("Coverage: Text, photo, video. ...") and what editors should mind
("Editors: Keep attribution on every figure."), and the issue opens with its own notes ("All
times GMT unless noted.", "Daybook items are advisories for planning and are not for
publication."). None of it is the news; a wrapped note's next lines are taken in daybooks.py.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    # "All times GMT unless noted.", the daybook's key to its marks, and "Daybook items are
    # advisories for planning and are not for publication."
    _rule("planning note", r"^[Aa]ll times (?:are )?(?:[A-Z]{2,4}|[Ll]ocal|Eastern|Central)\b"
          r"|^[Ii]tems marked \S{1,3} are new\b|\b[Aa]dvisor(?:y|ies)\b.{0,80}\b[Nn]ot for "
          r"publication\b|\b[Nn]ot for publication\b.{0,80}\b[Aa]dvisor(?:y|ies)\b", 30, flags=0,
          hints=("all times", "items marked", "not for publication")),
    # "Coverage: Text, photo, video. Beirut bureau.": the media the desk will file; "Editors:
    # Please do not use handout video ...": the desk's note to its clients' editors (the
    # plural: "Editor: Jane Doe" names a person).
    _rule("desk note", r"^coverage:\s*(?:text|photos?|video|audio|graphics?|tv|live|none|"
          r"no coverage|pool)\b|^(?:editors|notes? to editors)\s*:\s*\S", 30,
          hints=("coverage:", "editors")),
)
# fmt: on
