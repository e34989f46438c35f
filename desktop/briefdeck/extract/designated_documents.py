"""Notices, regulations and circulars cited by their designation, and the bodies that issue them.

A regulator's notice is a document whether a body "issued NOTAM A0918/26" or the notice itself
"prohibits" ("FAA Special Federal Aviation Regulation (SFAR) No. 77 prohibits", "DGAC AIC 27/26
recommends"): its number names the paper, not a person. An authority's standing advice ("the
Department for Transport advises UK operators") is the body speaking (a spokesperson); a
statement headed with its author ("Statement of the Ministry of X") is that body's (a heading
over a quotation only labels the words of the speaker named after it); and a
bulletin built "on the basis of" another body's assessment cites that assessment (a document).
"""

from __future__ import annotations

import re

# the kinds of paper a regulator numbers
_PAPER = (r"(?:NOTAMs?|SFAR|AIC|AIP(?:\s+(?:SUP|Supplement))?|(?:[A-Z][a-z]+\s+){0,3}?"
          r"(?:Regulation|Directive|Circular|Decree|Order|Notice|Bulletin))")
# its designation holds a digit: "A0918/26", "No. 77", "27/26"
_NUMBER = r"(?:No\.\s*)?[A-Z]{0,2}\d[\w/.-]*(?<![.-])"
_BODY_NAME = r"(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*){0,6}"

_ISSUED = re.compile(rf"\b{_BODY_NAME}\s+(?:has\s+|had\s+)?issued\s+(?:a\s+)?(?:new\s+)?"
                     rf"{_PAPER}\s+{_NUMBER}")
_ISSUED_WORD = re.compile(r"\bissued\s+(?:a\s+)?(?:new\s+)?(?=[A-Z])")
_PAPER_SPEAKS = re.compile(
    rf"(?<![\w-])(?:[A-Z]{{2,6}}\s+)?{_PAPER}(?:\s+\([A-Z]{{2,6}}\))?\s+{_NUMBER}\s+"
    r"(?:prohibits|bans|forbids|recommends|requires|restricts|advises|warns|permits|allows|"
    r"directs|urges)\b")
_PAPER_VERB = re.compile(r"\s(?:prohibits|bans|forbids|recommends|requires|restricts|"
                         r"advises|warns|permits|allows|directs|urges)\b")


def _verbs_after_numbers(text: str):
    """(start, end) from a designation's first digit to the verb after it ("A0918/26
    prohibits": from "0"), in order. The rare verb is found first and the designation read
    back from it: a pattern opening on a digit read a run of digits again from each of them."""
    after = 0
    for verb in _PAPER_VERB.finditer(text):
        gap = verb.start() + 1  # (the verb after the blank that opens the match)
        while gap > after and text[gap - 1].isspace():
            gap -= 1
        word = gap
        while word > after and (text[word - 1].isalnum() or text[word - 1] in "_/.-"):
            word -= 1
        digit = next((i for i in range(word, gap) if text[i].isdecimal()), None)
        if digit is not None:
            yield digit, verb.end()
            after = verb.end()
# "the Department for Transport advises": an authority's standing advice
_ADVISES = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Department|Ministry|Authority|Administration|"
    r"Agency|Office)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)"
    r"{0,3})?\s+(?:advises|recommends)\b")
# "Statement of the Ministry of Peshmerga Affairs" on a line of its own
_HEADED = re.compile(r"(?m)^(?:Statement|Communiqu[ée]|Press\s+release)\s+(?:of|by|from)\s+"
                     r"the\s+[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*){0,6}[ \t]*$")
# "on the basis of ..., including the assessment of the EU ... Group"
_ASSESSMENT_OF = re.compile(r"\b(?:including|on\s+the\s+basis\s+of|based\s+on)\s+the\s+"
                            r"(?:assessment|analysis|findings)\s+of\s+the\s+[A-Z][\w'’-]*"
                            r"(?:\s+[A-Z][\w'’-]*){0,7}")


def designated_documents(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each numbered paper cited, each authority advising and
    each statement headed with its author."""
    found = []
    after = 0  # (each "issued" is rare: the body's name is looked for only before it)
    for verb in _ISSUED_WORD.finditer(text):
        m = _ISSUED.search(text, max(after, verb.start() - 160), verb.end() + 80)
        if m and m.start() < verb.start() < m.end():
            found.append((m.start(), m.end(), "document", 1))
            after = m.end()
    after = 0  # (the rare verb first: a long text is read once by a cheap pattern, the
    for start, end in _verbs_after_numbers(text):  # paper's name only where one may end)
        m = _PAPER_SPEAKS.search(text, max(after, start - 120), end)
        if m:
            found.append((m.start(), m.end(), "document", 1))
        after = end
    if " advises" in text or " recommends" in text:
        found += [(m.start(), m.end(), "spokesperson", 1) for m in _ADVISES.finditer(text)]
    if "Statement" in text or "release" in text or "Communiqu" in text:
        # (a heading over a quotation labels the words of the speaker named after it)
        found += [(m.start(), m.end(), "spokesperson", 1) for m in _HEADED.finditer(text)
                  if not text[m.end():m.end() + 200].lstrip().startswith(('"', "“"))]
    if "assessment of the" in text or "analysis of the" in text or "findings of the" in text:
        found += [(m.start(), m.end(), "document", 1) for m in _ASSESSMENT_OF.finditer(text)]
    found.sort()
    kept: list[tuple[int, int, str, int | None]] = []
    for f in found:  # "the X issued NOTAM 1" holds the notice: one sourcing
        if not kept or f[0] >= kept[-1][1]:
            kept.append(f)
    return kept
