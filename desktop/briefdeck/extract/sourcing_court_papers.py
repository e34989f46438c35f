"""A court's papers and the parties before it, as sources.

A docket, an order or a story on a prosecution sources its facts to the charging papers ("The
complaint alleges that ...", a docket entry's bare "Complaint alleges that ...", "the
indictment charges"): each is a document. The parties speak in the court's own words: "The
Government represented that ..." (the prosecution's account, as a spokesperson's) and "Defense
counsel describes the defendant as ..." (the defence, another source). The verbs are a
court's: a paper alleges or charges, a party represents, proffers or contends.
"""

from __future__ import annotations

import re

Found = tuple[int, int, str, int | None]

# Each paper by its noun, found with str.find (a scan of every position cost too much); the
# verb after it and the article before it are then matched in place.
_PAPERS = (
    "omplaint",
    "ndictment",
    "nformation",
    "ffidavit",
    "awsuit",
    "suit",
    "etition",
    "ocument",
    "greement",
    "of facts",
)
_NOUN_VERB = re.compile(
    r"(?i:complaint|indictment|criminal[ \t]++information|affidavit|lawsuit|suit|petition|"
    r"charging[ \t]++document|plea[ \t]++agreement|statement[ \t]++of[ \t]++facts)"
    r"[ \t]++(?:alleges|alleged|charges|charged|accuses|accused|asserts|asserted|"
    r"contends|contended|claims|claimed|states|stated)(?=[ \t]++(?:that[ \t]|[a-z]))"
)
# What stands before the noun: an article ("The complaint"), or nothing at a docket entry's
# sentence start, where the entry drops the article ("Complaint alleges").
_ARTICLE = re.compile(
    r"(?:(?<![\w'’-])(?:[Tt]he|[Aa]n|[Aa]|[Tt]his)[ \t]++(?:(?:amended|superseding|original|"
    r"unsealed|sealed|criminal|civil|federal|government['’]s)[ \t]++)?|(?:(?<=[.;][ \t])|"
    r"(?<=\n)|^)(?:(?:Amended|Superseding|Sealed|Criminal)[ \t]++)?)$"
)
# A party speaking in court: "The Government represented that", "the prosecution proffered".
_GOVERNMENT = re.compile(
    r"(?<![\w'’-])[Tt]he[ \t]++(?:Government|[Pp]rosecution|United[ \t]++States)[ \t]++"
    r"(?:also[ \t]++)?(?:represented|represents|proffered|proffers|contended|contends|"
    r"argued|argues|asserted|asserts)(?=[ \t]++that[ \t])"
)
# The defence: "Defense counsel describes Mr. Roe as", "defence lawyers argued that".
_DEFENCE = re.compile(
    r"(?<![\w'’-])(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \t]++)?(?:[Dd]efen[cs]e)[ \t]++"
    r"(?:counsel|attorneys?|lawyers?)[ \t]++(?:also[ \t]++)?(?:describes|described|argues|argued|"
    r"contends|contended|represented|represents|proffered|says|said|told|maintains|maintained|"
    r"asserts|asserted|wrote|writes)\b"
)


def court_papers(text: str) -> list[Found]:
    """The sourcings of charging papers and of the parties before a court."""
    found: list[Found] = []
    starts: set[int] = set()
    for part in _PAPERS:
        at = text.find(part)
        while at >= 0:
            word = at
            while word > 0 and text[word - 1].isalpha():
                word -= 1  # (back to the word's start: "Complaint", "criminal information")
            if word - 9 >= 0 and text.startswith("criminal", word - 9):
                word -= 9
            if word - 9 >= 0 and text.startswith("charging", word - 9):
                word -= 9
            if word - 5 >= 0 and text.startswith("plea", word - 5):
                word -= 5
            if word - 10 >= 0 and text.startswith("statement", word - 10):
                word -= 10
            m = _NOUN_VERB.match(text, word)
            if m and m.start() not in starts:
                head = _ARTICLE.search(text, max(0, word - 40), word)
                if head:
                    starts.add(m.start())
                    found.append((head.start(), m.end(), "document", 1))
            at = text.find(part, at + len(part))
    if (
        " represent" in text
        or " proffer" in text
        or " contend" in text
        or " argue" in text
        or " assert" in text
    ) and ("The Government " in text or "he prosecution " in text or "he United States " in text):
        found += [(m.start(), m.end(), "spokesperson", 1) for m in _GOVERNMENT.finditer(text)]
    if (
        "efense counsel" in text
        or "efense attorney" in text
        or "efense lawyer" in text
        or "efence counsel" in text
        or "efence lawyer" in text
    ):
        found += [(m.start(), m.end(), "other", 1) for m in _DEFENCE.finditer(text)]
    return sorted(found)
