"""A report's own OUTLOOK section is its outlook.

A staff summary or a newsletter often closes on a labelled section: "(U) 5. OUTLOOK. Expect
continued OWA UAS attempts against Erbil and Harir.", "**What's next:** Officials expect ...".
That is what the writer expects, in the writer's words: the outlook starts there, before any
"will" sentence found elsewhere. Its first sentence is taken, and the next one only when it
too looks ahead (a section goes on to notes: "Claims ... matched 3 of the 5 incidents").
"""

from __future__ import annotations

import re

from briefdeck.extract.sentences import Document, Sentence

_NUMBERED = re.compile(r"(?:KJ|PIR)?\d{1,2}(?:\.\d{1,2})*\.?[ \t]+(?=[A-Z])")

# The label at a line's head: an optional marking "(U)" and number "5.", markdown's "#" or "**",
# and the span it covers ("Outlook (7 - 13 April)").
_LABEL = re.compile(
    r"^[ \t]*(?:\(\w{1,4}\)[ \t]*)?(?:\d{1,2}\.[ \t]*)?(?:#{1,4}[ \t]*)?(?:\*\*)?"
    r"(?:OUTLOOK|Outlook|ASSESSMENT\s*(?:/|AND|and)\s*OUTLOOK|LOOKING\s+AHEAD|Looking\s+ahead|"
    r"WHAT'?S\s+NEXT|What['’]?s\s+next|"
    r"(?P<kj>KEY\s+JUDG(?:E)?MENTS|Key\s+[Jj]udg(?:e)?ments))"
    r"(?:\*\*)?[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*[.:—–-]?[ \t]*"
    r"(?:\*\*)?\s*", re.M)
# A sentence of the section that looks ahead (not its background: "The U.S. keeps 2,500 troops").
_AHEAD = re.compile(r"\b(?:expect\w*|likely|unlikely|possib\w*|probabl\w*|anticipat\w*|"
                    r"forecast\w*|will|would|could|may|might)\b", re.I)
_REACH = 800  # how far past the label the section's sentences are read
# A judgement of likelihood, the analyst's own ("It is likely that ...", "We assess ...",
# "almost certainly"): stronger than a section's bare "Expect the next attacks to ...".
JUDGED = re.compile(r"\b(?:likely|unlikely|probabl[ey]|almost\s+certain(?:ly)?|realistic\s+"
                    r"possibility|remote\s+chance|we\s+(?:assess|judge|estimate)|"
                    r"(?:is|are)\s+assessed)\b", re.I)


def outlook_section(doc: Document, looks_ahead: re.Pattern[str], words_most: int = 60,
                    skip: Sentence | None = None) -> str:
    """Up to two sentences of the report's OUTLOOK section (or its KEY JUDGMENTS, the lede
    skip aside) that look ahead, those that judge how likely first, or ''."""
    labels = list(_LABEL.finditer(doc.text))
    # (an OUTLOOK section outranks the key judgments, which also judge what was done)
    label = next((m for m in labels if not m.group("kj")), labels[0] if labels else None)
    if label is None:
        return ""
    ahead: list[str] = []  # the section's sentences that look ahead
    for sent in doc.sentences:
        if sent.end <= label.end() or sent is skip and label.group("kj"):
            continue
        if sent.start > label.end() + _REACH or len(ahead) == 6:
            break
        words = doc.text[max(label.end(), sent.start):sent.end].strip()
        numbered = _NUMBERED.match(words)
        words = words[numbered.end():] if numbered else words  # ("KJ2. The relocation ...")
        if sum(w[:1].isalpha() for w in words.split()) < 4:
            continue
        if looks_ahead.search(words) or _AHEAD.search(words):
            ahead.append(words)
    # (the first sentence that judges how likely is kept before any that only expects; the
    # rest in the report's order)
    judged = next((w for w in ahead if JUDGED.search(w)), None)
    out: list[str] = [judged] if judged is not None else []
    for words in ahead:
        if len(out) == 2 or out and len(" ".join(out).split()) + len(words.split()) > words_most:
            break
        if words is not judged:
            out.append(words)
    told = " ".join(sorted(out, key=ahead.index))
    return told[:1].upper() + told[1:]  # ("expect ... within 72 hours" after its label)
