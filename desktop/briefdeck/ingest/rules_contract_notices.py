"""Boilerplate rules for a government contract notice (a SAM.gov opportunity and the like).

The notice's labelled fields (its ID, type, dates, issuing office, set-aside, product and
industry codes), its attachments list, the standard disclaimer and its history line are the
procurement's paperwork; its description and line items (CLINs) are what it is buying and
why, and stay. A bare "Office:" is such a field only among the others (flag_office_field).
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine
from briefdeck.ingest.rules import Rule, _rule

_NOTICE_TYPES = (
    r"(?:Combined Synopsis/Solicitation|Solicitation|Presolicitation|Sources Sought|Special Notice"
    r"|Award Notice|Justification|Intent to Bundle Requirements|Sale of Surplus Property"
    r"|Request for (?:Information|Proposals?|Quotations?))"
)

# fmt: off
RULES: tuple[Rule, ...] = (
    # "Notice ID: W91B4N27Q0031", "NAICS Code: 334511 - ...": a labelled field.
    _rule("contract notice field", r"^(?:notice id|solicitation (?:number|id)|contract "
          r"opportunity type|notice type|all dates/times are|(?:original |updated )(?:published|"
          r"response) date|response date|inactive (?:policy|date)|archiv(?:e date|ing policy)|"
          r"department/ind\.? agency|sub-tier|(?:original )?set[- ]aside|product service code|"
          r"naics code|contracting office address|line item number)\s*:\s*\S", 25,
          hints=(":",)),
    # "Attachment 1 - PWS.pdf (412 KB) | Public | Dec 02, 2026", "... | Request Access"
    _rule("attachments", r"^(?:attachment|amendment|exhibit|annex)\s+\d{1,3}\s*[-–:]\s.{0,200}?"
          r"(?:\(\d[\d.,]{0,8}\s?[KMG]B\)|\|\s*(?:public|request access|controlled|private|"
          r"restricted)\b)", 30, hints=("attachment", "amendment", "exhibit", "annex")),
    _rule("attachments", r"^download all(?: attachments| files| documents)?(?:/links)?$"
          r"|^attachments(?:/links| and links)?$", 4, hints=("download all", "attachments")),
    # The Federal Acquisition Regulation's standard words: the notice commits no one.
    _rule("contract notice field", r"\bdoes not commit the government to (?:award|pay)\b", 30,
          hints=("commit the government",)),
    # "Dec 02, 2026 09:30 am AST - Combined Synopsis/Solicitation (Original)": the history.
    _rule("contract notice field", r"^(?:[A-Z][a-z]{2} \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})"
          r"(?: \d{1,2}:\d{2}\s?(?:[ap]m)?(?: [A-Z]{2,4})?)? [-–] " + _NOTICE_TYPES
          + r"(?: \((?:original|updated|amendment \d+)\))?$", 12,
          hints=("synopsis", "solicitation", "sources sought", "notice", "justification",
                 "request for", "bundle", "surplus")),
)
# fmt: on

_OFFICE = re.compile(r"^(?:office|sub-tier|department)\s*:\s*\S", re.I)


def flag_office_field(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """'Office: W6QK ACC-RI' under the notice's other fields is one of them."""
    for i in range(1, len(lines)):
        if (
            i not in flags
            and flags.get(i - 1) == "contract notice field"
            and lines[i].words <= 12
            and _OFFICE.match(lines[i].text)
        ):
            flags[i] = "contract notice field"
