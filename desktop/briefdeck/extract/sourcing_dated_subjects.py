"""A source with its date between it and its verb: "SDF 17 Nov said", "Huthis 5 Nov claimed".

Monthly conflict digests write a day before each verb, so the body that speaks stands before
the date; read from the verb alone, the month ("Nov said") looked like the speaker. Found from
the date (a day and a month's short name before a verb of saying), then the capitalised words
before it are the source.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import org_kind

_DATED_VERB = re.compile(r"[ \t]\d{1,2}(?:-\d{1,2})?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                         r"Sept?|Oct|Nov|Dec)[a-z]*\.?[ \t]+(?:said|says|claimed|claims|"
                         r"reported|announced|denied|confirmed|stated|warned)\b")
# (the source: one to four capitalised words, or a name with its particles)
_WHO_BEFORE = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\n))"
                         r"(?P<who>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|al|of|the)){0,3})$")


def dated_subjects(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each source set before a day and a month: "SDF 17 Nov
    said" (its sentence opens on the source)."""
    out: list[tuple[int, int, str, int | None]] = []
    for m in _DATED_VERB.finditer(text):
        who = _WHO_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if who:
            out.append((who.start("who"), m.end(), org_kind(who.group("who")), 1))
    return out
