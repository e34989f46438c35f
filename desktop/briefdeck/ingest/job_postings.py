"""A job posting's terms: the key-facts list under its title ("Clearance: Secret", "Salary:
$90,000 - $110,000", "Rotation: 12 months") and the paragraph under its "Pay and benefits"
heading (uplifts, 401(k) match, insurance).

A posting may tell the news that makes the job (an attack on the site it staffs); its terms
are the same offer whatever happened, and their money, percentages and counts are no figures
of the story. Known as a posting by a salary field or an employer's equal-opportunity line.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import BULLETED, ArticleLine

# A salary or pay field, the sign that the page is a posting at all.
_PAY_FIELD = re.compile(
    r"^(?:[-*•·–]\s+)?(?:salary|pay(?: range| rate)?|base pay|compensation|wage)\s*:\s*"
    r"(?:[$€£]|up to|from|\d)",
    re.IGNORECASE,
)
# The labels of a posting's key facts.
_FACT = re.compile(
    r"^(?:[-*•·–]\s+)?(?:salary|pay(?: range| rate)?|base pay|compensation|wage|"
    r"(?:security )?clearance(?: required| level)?|rotation|schedule|shift|hours|job type|"
    r"employment type|contract(?: type| length)?|duration|travel(?: required)?|relocation"
    r"(?: assistance)?|start date|location|work(?:place)? type|remote|positions|openings|"
    r"job id|requisition(?: id| no\.?)?|experience(?: level)?|education|category)\s*:\s*\S",
    re.IGNORECASE,
)
_FACT_WORDS = 16
# "Pay and benefits", "Benefits", "What we offer", "Compensation & benefits".
_BENEFITS_HEADING = re.compile(
    r"^(?:(?:pay|salary|compensation|total rewards)\s*(?:and|&)\s*)?benefits(?: (?:and|&) "
    r"perks)?\s*:?$|^(?:what we offer|perks(?: (?:and|&) benefits)?|why join us)\s*:?$",
    re.IGNORECASE,
)
_BENEFITS_LINES = 3
_BENEFITS_WORDS = 80


def is_posting(text: str, flags: dict[int, str], lines: list[ArticleLine]) -> bool:
    """An employer's equal-opportunity line flagged, or a salary field among the lines."""
    if "job posting notice" in flags.values():
        return True
    return any(line.words <= _FACT_WORDS and _PAY_FIELD.match(line.text) for line in lines)


def flag_job_terms(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """In a posting: runs of two or more key-fact lines, and the paragraphs under its
    benefits heading (down to the next heading)."""
    if not is_posting(text, flags, lines):
        return
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and line.words <= _FACT_WORDS and _FACT.match(line.text):
            run.append(i)
            continue
        if len(run) >= 2 or (run and _PAY_FIELD.match(lines[run[0]].text)):
            for k in run:
                flags.setdefault(k, "job terms")
        run = []
    for i, line in enumerate(lines):
        if line.words > 5 or not _BENEFITS_HEADING.match(line.text):
            continue
        for j in range(i + 1, min(i + 1 + _BENEFITS_LINES, len(lines))):
            below = lines[j]
            if below.words > _BENEFITS_WORDS or (
                below.words <= 5 and below.text[-1:] != "." and not BULLETED.match(below.text)
            ):
                break  # the next heading, or a paragraph too long to be the terms
            flags.setdefault(j, "job terms")
        flags.setdefault(i, "job terms")
