"""A decision's news: the order it ends with.

A judge's or a board's decision recounts the facts at length (the attack that hurt the
claimant, an earlier one, the doctors' views) and ends with its ruling under a heading of its
own ("VI. ORDER", "ORDER"), in numbered items: "1. Employer shall pay Claimant ... 2. ...".
That first item is what an analyst reads the decision for: it leads the BLUF, told as the
decision's act ("The decision orders Employer to pay Claimant ..."), and the attack the facts
recount follows with its toll. Without it the BLUF would tally the attacks the findings
mention, which hides the ruling. Only an item that orders someone ("X shall ...") counts.
"""

from __future__ import annotations

import re

# The ruling's heading alone on its line: "VI. ORDER", "ORDER", "Orders"
_HEADING = re.compile(r"^[ \t]*(?:[IVX]{1,5}\.[ \t]+|[A-H]\.[ \t]+|\d{1,2}\.[ \t]+)?"
                      r"(?:ORDERS?|Orders?)[ \t]*:?[ \t]*$", re.M)
# "1. Employer and Carrier shall pay Claimant ... a week, under 33 U.S.C. § 908(b)." up to
# the next item's number or the line's end (a full stop inside "$1,520.00" does not end it)
_FIRST_ITEM = re.compile(r"\s*(?:1[.)]|\(1\)|\(a\))[ \t]+(?P<who>[A-Z][^\n.;]{1,80}?)\s+shall\s+"
                         r"(?P<what>(?:not\s+)?[a-z][^\n]{8,400}?)\.(?=\s+(?:2[.)]|\(2\)|\(b\))"
                         r"\s|[ \t]*(?:\n|$))")
# A statute cited for the order ("under 33 U.S.C. § 908(b)", "pursuant to 20 C.F.R. 702"):
# the lawyer's reference, not the ruling
_CITED = re.compile(r",?\s+(?:under|pursuant\s+to|as\s+provided\s+(?:in|by))\s+[^,]*?"
                    r"(?:U\.S\.C\.|C\.F\.R\.|§|[Ss]ection\s+\d)[^,]*$")


def ordered_lede(text: str) -> str:
    """'The decision orders X to ...' from a decision's order heading, or ''."""
    for heading in _HEADING.finditer(text):
        item = _FIRST_ITEM.match(text, heading.end())
        if item is None:
            continue
        who = " ".join(item.group("who").split())
        who = re.sub(r"^(?:The|A|An)\b", lambda m: m.group().lower(), who)  # mid-sentence
        what = _CITED.sub("", " ".join(item.group("what").split()))
        neg = what.startswith("not ")  # ("shall not contact": ordered not to)
        return f"The decision orders {who} {'not to ' + what[4:] if neg else 'to ' + what}."
    return ""
