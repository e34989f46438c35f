"""A media advisory's coming event: "WHAT: / WHEN: / WHERE:" blocks describe one happening the
advisory announces (a ceremony, a visit, a briefing) on the day the WHEN block names, at the
place the WHERE block names. It is drafted as one "other" event; the background told below the
blocks is read as usual. All three labels must stand at line starts, and WHEN must name a day
not before the advisory's own (an incident summary's WHAT/WHEN/WHERE tell a past attack, which
its narrative tells again).
"""

from __future__ import annotations

import re
from datetime import date

from briefdeck.extract.dates import DateMention
from briefdeck.extract.event_draft import BROAD_PRECISIONS, Draft, summary
from briefdeck.extract.places import PlaceMention
from briefdeck.extract.sentences import Document

# the label alone at a line's start ("WHEN:" or "When:"), its value after it or below
_FIELD = re.compile(r"^[ \t]*(WHAT|WHEN|WHERE|What|When|Where)[ \t]*:[ \t]*(?:\n[ \t]*){0,2}(?=\S)",
                    re.M)


def _values(text: str) -> dict[str, tuple[int, int]]:
    """Each advisory field's value span (to the end of its paragraph), by its label."""
    out: dict[str, tuple[int, int]] = {}
    found = list(_FIELD.finditer(text))
    for m, after in zip(found, [*found[1:], None], strict=True):
        end = text.find("\n\n", m.end())
        end = len(text) if end < 0 else end
        end = min(end, after.start()) if after is not None else end
        out.setdefault(m.group(1).upper(), (m.end(), end))
    return out


def advised_event(doc: Document, drafts: list[Draft], dates: list[DateMention],
                  places: list[PlaceMention], pub: date) -> list[Draft]:
    """drafts, with the advisory's coming event added (see the module doc)."""
    text = doc.text
    fields = _values(text)
    if not {"WHAT", "WHEN", "WHERE"} <= fields.keys():
        return drafts
    w0, w1 = fields["WHEN"]
    day = next((d for d in dates if w0 <= d.start < w1 and d.precision == "day"), None)
    if day is None or day.iso < pub.isoformat():
        return drafts
    a0, a1 = fields["WHAT"]
    p0, p1 = fields["WHERE"]
    where = [p for p in places if p0 <= p.start < p1 and not p.locator
             and p.precision not in BROAD_PRECISIONS][:1]
    i = doc.sentence_index(a0)
    d = Draft("other", a0, a1, date=day, places=[p.name for p in where],
              summary=summary(text, a0, a1), paragraph=doc.sentences[i].paragraph, sentence=i)
    d.locate(where)
    return [*drafts, d]
