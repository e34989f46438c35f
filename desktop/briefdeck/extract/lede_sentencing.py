"""A sentencing transcript's news: the sentence the court pronounced.

A sentencing hearing's transcript runs through counsel's arguments (asides on other attacks,
what each side asks for) before the judge speaks the sentence in the first person ("THE
COURT: ... I sentence the defendant to 97 months of imprisonment, followed by ..., and order
forfeiture of ..."). That turn is what an analyst reads the transcript for, so it leads the
BLUF told in the third person: "The court sentenced <defendant> to 97 months of imprisonment,
..., and ordered forfeiture of ...". Only the court's own turn counts: counsel asking for a
sentence ("we ask for 60 months") is an argument, not the outcome.
"""

from __future__ import annotations

import re

_HINT = "sentence "  # (cheap test before the scan: the pronouncement's own verb)
_COURT_TURN = "THE COURT:"
# "I sentence the defendant to 97 months ...", "I hereby sentence you to ...": to the
# sentence's end (a full stop before white space, not the one inside "$1.5 million")
_PRONOUNCED = re.compile(r"\bI\s+(?:hereby\s+|now\s+)?sentence\s+(?:the\s+defendant|you|him|her|"
                         r"Mr\.\s+[A-Z][\w'’-]+|Ms\.\s+[A-Z][\w'’-]+|Mrs\.\s+[A-Z][\w'’-]+)"
                         r"\s+to\s+([^\n]{5,300}?)\.(?=\s|$)")
# The court's other orders in the same breath, told as done: "and order forfeiture of ..."
_FIRST_PERSON_ORDERS = re.compile(r"((?:,|\band)\s+)(?:I\s+)?(order|impose|direct|recommend|"
                                  r"remand)\b")
# "United States v. Kareem Adnan Haddad — Sentencing Hearing": the title names the defendant
_CASE_TITLE = re.compile(r"^[^—\n]{2,80}?\sv\.\s([^—\n]{2,80}?)\s+—\s")


def _past(m: re.Match) -> str:
    verb = m.group(2)
    return m.group(1) + verb + ("d" if verb.endswith("e") else "ed")


def sentencing_lede(text: str, headline: str) -> str:
    """'The court sentenced X to 97 months of imprisonment, ...' from the court's turn, or ''."""
    if _HINT not in text or _COURT_TURN not in text:
        return ""
    at = text.find(_COURT_TURN)
    while at >= 0:
        if at == 0 or text[at - 1] == "\n":
            end = text.find("\n", at)
            turn = text[at:end if end > 0 else len(text)]
            found = _PRONOUNCED.search(turn) if _HINT in turn else None
            if found:
                named = _CASE_TITLE.match(headline)
                who = named.group(1).strip() if named else "the defendant"
                terms = _FIRST_PERSON_ORDERS.sub(_past, found.group(1).strip())
                return f"The court sentenced {who} to {terms}."
        at = text.find(_COURT_TURN, at + len(_COURT_TURN))
    return ""
