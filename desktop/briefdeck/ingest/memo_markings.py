"""An internal memo's marking line and its survey's method note.

A charity's or a company's internal memo opens with a line that says who it is for and
who may not see it ("INTERNAL - STAFF CARE - Do not forward outside the agency"), and a
memo reporting a staff survey closes with how the survey was run ("Method: anonymous
online form, open 1-12 May. Percentages are rounded. ..."). Both are the memo's own
handling, not what it reports: their dates and counts are no facts.
"""

from __future__ import annotations

from briefdeck.ingest.opening_rules import OpeningRule
from briefdeck.ingest.rules import _rule

# fmt: off
# "INTERNAL - STAFF CARE - Do not forward outside the agency": its audience and who may not
# see it, set apart by dashes or bars (no sentence).
_MARKING = _rule("distribution note", r"^(?:internal|confidential|restricted|sensitive|staff "
                 r"only|private)\b[^.!?\n]{0,60}?[ \t][-–—|:][ \t]*+do not (?:forward|share|"
                 r"circulate|distribute|copy|print)\b[^.!?\n]{0,60}$", 20)
# "Method: anonymous online form, open 1-12 May. Percentages are rounded.": how an internal
# survey was run (a poll release's method paragraph, with its sample and margin of error,
# carries findings and is left alone).
_METHOD = _rule("methodology note", r"^(?:survey )?method(?:ology)?[ \t]*+:(?![^\n]*margin of "
                r"error)[^\n]{0,80}?\b(?:anonymous|online form|questionnaire|self-reported)\b", 80)
RULES: tuple[OpeningRule, ...] = (
    OpeningRule(_MARKING, "IiCcRrSsPp", ("o not", "O NOT")),
    OpeningRule(_METHOD, "MmSs", (":",)),
)
# fmt: on
