"""The people a decision's caption and signature name in capitals.

An administrative decision (a compensation claim, a benefits appeal) sets its caption as
"In the Matter of: / JANE Q. ROE, / Claimant, / v. / ACME LLC, / Employer": the party in
capitals on a line of its own, its part in the case on the line under it. The judge is named
"Before: JOHN DOE, Administrative Law Judge" and signs over the same office at the end. The
body then calls the party only "Claimant" and the judge "I".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefdeck.extract.labelled_people import recased

_CAPS_NAME = r"[A-Z][A-Z'’-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][A-Z'’-]+){1,2}"
# "JANE Q. ROE," over "Claimant," (a firm over "Employer," is no one: plausible_name says)
_PARTY = re.compile(
    rf"(?m)^[ \t]*(?P<name>{_CAPS_NAME}),[ \t]*\n\s{{0,8}}"
    r"(?P<role>Claimant|Petitioner|Appellant|Complainant|Plaintiff|Respondent|Employee)"
    r"[ \t]*[,.]?[ \t]*$"
)
# "Before: JOHN DOE, Administrative Law Judge", or his signature: the name over the office
_JUDGE = re.compile(
    rf"(?m)(?:\bBefore:[ \t]*|^[ \t]*)(?P<name>{_CAPS_NAME})(?:,[ \t]*|[ \t]*\n\s{{0,8}})"
    r"(?P<title>(?:(?:Chief|Associate|Administrative|Immigration|District|Deputy)[ \t]+)*"
    r"(?:Law[ \t]+)?Judge)\b"
)
_JUDGE_REACH = 120  # characters before "Judge" the name and the office may take


def case_parties(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, title, start, end) of each party and judge a decision's caption names."""
    if "Judge" not in text and "laimant" not in text and "etitioner" not in text:
        return
    for m in _PARTY.finditer(text):
        yield recased(m.group("name")), m.group("role"), m.start("name"), m.end("name")
    # (read back from each "Judge": cheaper than trying the name at every capital)
    at = text.find("Judge")
    while at >= 0:
        m = _JUDGE.search(text, max(0, at - _JUDGE_REACH), at + 5)
        if m is not None and m.end() == at + 5:
            yield recased(m.group("name")), " ".join(m.group("title").split()), \
                m.start("name"), m.end("name")
        at = text.find("Judge", at + 5)
