"""A body a report names once in full with its initials in brackets, then acts by the initials:
"EUPHRATES HEALTH PARTNERSHIP (EHP)" on a form's head, then "EHP staff", "the EHP mobile
clinic". An NGO's or a network's name ends in no office word the generic rules know, yet the
report's own definition and its use of the initials say it is a body.
"""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

# The last words of the names of non-governmental bodies, networks and associations.
_BODY_LAST = frozenset(
    """Partnership Association Alliance Network Foundation Initiative Trust Society Federation
    Consortium Union Collective Forum League Organisation Organization Relief Rescue""".split()
)
_SMALL = frozenset({"of", "for", "and", "the", "in", "on"})
_MIN_USES = 3  # the definition and two uses of the initials on their own


def _recased(name: str) -> str:
    """'EUPHRATES HEALTH PARTNERSHIP' as a name is written: 'Euphrates Health Partnership'."""
    if not name.isupper():
        return name
    return " ".join(
        w.lower() if w.lower() in _SMALL and i else w.capitalize()
        for i, w in enumerate(name.split())
    )


def defined_bodies(text: str, defined: dict[str, str], found: dict[str, Found]) -> None:
    """Add to found each body the report defines initials for ({initials: long name}) whose
    name ends like an association's and whose initials act on their own after."""
    for short, long in defined.items():
        name = " ".join(_recased(long).split())
        words = name.split()
        if len(words) < 2 or words[-1] not in _BODY_LAST or name.casefold() in found:
            continue
        if "".join(w[0] for w in words if w not in _SMALL).upper() != short:
            continue
        if any(f.name == short or short in f.aliases for f in found.values()):
            continue
        if len(re.findall(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text)) < _MIN_USES:
            continue
        at = text.find(long)
        if at >= 0:
            found[name.casefold()] = Found(name, at, at + len(long), [short])
