"""A line that stops on an abbreviated title ("Sgt.", "Lt. Col.", "Dr."): the name comes on
the next line. Printed copy wraps "Those two, Sgt." over "Jo Ames of Petal ...": the full stop
is the title's, not a sentence's, so the line ends no paragraph.
"""

from __future__ import annotations

# Ranks, offices and forms of address that reports write with a full stop before a name.
# ("St." and "Dr." as street words end an address line, so street names are left out: "Dr."
# is kept because a line ending on an address is short and ends its paragraph anyway.)
_TITLES = frozenset(
    "Sgt Col Lt Capt Maj Gen Adm Cpl Pvt Pfc Spc Cmdr Cdr Brig Lieut Sen Rep Gov Amb Prof Dr "
    "Mr Mrs Ms Rev Fr Hon Pres Supt Insp Det Sgts Cpls".split()
)


def ends_on_title(line: str) -> bool:
    """Whether the line's last word is an abbreviated title with its full stop ("Sgt.")."""
    if not line.endswith(".") or len(line) < 3:
        return False
    last = line[line.rfind(" ") + 1 : -1]  # the whole line when it has no space
    return last in _TITLES
