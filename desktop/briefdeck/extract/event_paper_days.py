"""The day a diplomatic paper or a statement was issued: "its Note No. 7/12 of 16 October",
"the letter dated 3 May", "the statement issued by the command on 30 November".

Notes verbales and letters between ministries cite each other and the other side's
statements by number and day. That day is when the paper was written, as "officials said on
Monday" is when it was said: the strike the note concerns, or the attack the statement
describes, happened on a day told beside it ("concerning the strike on X on 14 October"), or
is that of the happening told before."""

from __future__ import annotations

import regex

# a paper named by its kind (and number), then "of" or "dated" and the day
_PAPER_OF = regex.compile(
    r"\b(?:[Nn]otes?|letters?|memorand(?:um|a)|aide-m[ée]moire|d[ée]marche)"
    r"(?:[ \t]++(?:No|Nr|Ref)\.?+[ \t]*+[\w/.-]++)?+[ \t]++(?:of|dated)[ \t]++$"
)
# a statement "issued by <who> on" the day (the issuer of up to seven words between)
_ISSUED_ON = regex.compile(
    r"\b(?:statement|communiqu[eé]|note|letter|declaration)[ \t]++(?:issued|released|"
    r"published|sent|delivered)(?:[ \t]++by(?:[ \t]++[\w.'’&-]++){1,7}?)?[ \t]++on[ \t]++$",
    regex.I,
)


def paper_dated(text: str, d_start: int, d_text: str = "") -> bool:
    """Is the date at d_start (its words d_text, which may open with "on") the day a note,
    letter or statement named before it was issued?"""
    head = text[max(0, d_start - 90) : d_start]
    if d_text[:3].lower() == "on ":
        head += "on "
    if head.endswith(("of ", "dated ")):
        return _PAPER_OF.search(head[-40:]) is not None
    if head.endswith("on ") and (
        "issued" in head
        or "released" in head
        or "published" in head
        or "sent" in head
        or "delivered" in head
    ):
        return _ISSUED_ON.search(head) is not None
    return False
