"""A happening told by an elided verb: "Two years ago this battalion was told it would deploy.
In February of this year we did: some 600 Soldiers ..." The first sentence only plans the
deployment; the second, opening with its day and closing the clause on "we did", tells that it
happened then. Drafted as that deployment (or attack, or strike), dated by the second sentence.
"""

from __future__ import annotations

import re

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import Draft, summary
from briefdeck.extract.sentences import Document

# the planned verb closing its sentence: "it would deploy.", "ordered to strike back."
_PLANNED = re.compile(r"\b(?:would|will|to|going\s+to)\s+(?P<verb>deploy|redeploy|mobilize|"
                      r"mobilise|strike|attack)(?:\s+(?:again|back|there|overseas|abroad))?\.$",
                      re.I)
# the next sentence's clause ending on the elided verb: "In February of this year we did:"
_DID = re.compile(r"\b(?:we|they|it|he|she|the\s+\w+)\s+did\b\s*[:;,.—-]", re.I)
_KINDS = {"strike": "strike", "attack": "attack"}  # the rest: deployment


def elided_happenings(doc: Document, drafts: list[Draft],
                      dates: list[DateMention]) -> list[Draft]:
    """drafts, with each happening told by an elided verb added (see the module doc)."""
    text, out = doc.text, drafts
    for i in range(len(doc.sentences) - 1):
        first, then = doc.sentences[i], doc.sentences[i + 1]
        m = _PLANNED.search(text[max(first.start, first.end - 60):first.end].rstrip())
        if m is None:
            continue
        did = _DID.search(text, then.start, min(then.end, then.start + 80))
        if did is None:
            continue
        day = next((d for d in dates if then.start <= d.start < did.start()
                    and d.precision in ("day", "month")), None)
        if day is None:
            continue
        kind = _KINDS.get(m.group("verb").lower(), "deployment")
        if any(d.kind == kind and d.date is not None and d.date.iso == day.iso for d in out):
            continue
        d = Draft(kind, then.start, then.end, date=day,
                  summary=summary(text, then.start, then.end),
                  paragraph=then.paragraph, sentence=i + 1)
        out = [*out, d]
    return out
