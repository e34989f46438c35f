"""A bare service name ("the Army", "the Navy") in a report that names one country's service
in full ("the U.S. Army", "the British Army") is that service written short: one body, not two.
Where the report names two countries' armies ("Indian Army", "Pakistan Army") the bare word
could be either, so it stays as the report wrote it."""

from __future__ import annotations

import re

from briefdeck.extract.org_words import DEMONYM

_SERVICES = ("Army", "Navy", "Air Force")
# "U.S. Army", "US Navy", "British Army", "Royal Navy", "Pakistan Army" (capitalised: a
# service's own name, where "Jordanian army" is a country's forces in plain words)
_NATIONAL = re.compile(rf"(?:U\.S\.|US|United States|U\.K\.|UK|Royal|{DEMONYM}|"
                       rf"[A-Z][a-z]+) (?P<service>Army|Navy|Air Force)")


def fold_bare_services(found: dict) -> None:
    for service in _SERVICES:
        bare = found.get(service.casefold())
        if bare is None or bare.name != service:
            continue
        owners = [f for key, f in found.items() if key != service.casefold() and
                  any((m := _NATIONAL.fullmatch(n)) and m.group("service") == service
                      for n in (f.name, *f.aliases))]
        if len(owners) != 1:
            continue
        owner = owners[0]
        if service not in owner.aliases:
            owner.aliases.append(service)
        del found[service.casefold()]
