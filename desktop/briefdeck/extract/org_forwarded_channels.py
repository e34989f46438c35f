"""A party whose post a channel forwarded is named by the header alone.

"Forwarded from Kataib Sayyid al-Shuhada" over a militia's denial: the page flags the header line
as chat furniture (ingest), so no sentence names the party, yet the post is its statement. A
known party named so is an organization of the report; a channel the table does not know (a
news channel, a person's channel) is left to the sentences that name it.
"""

from __future__ import annotations

from briefdeck.extract.forwarded_posts import forwarded_headers, news_channel
from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.org_found import Found


def forwarded_parties(text: str, found: dict[str, Found], hits: dict[str, int]) -> None:
    """Add each known party a forwarded post's header names, where it is first named."""
    for header in forwarded_headers(text):
        name = known_organization(header.channel)
        if not name or news_channel(header.channel):
            continue
        start = header.end - len(header.who)
        hits[name] = hits.get(name, 0) + 1
        entry = found.setdefault(name, Found(name, start, start + len(header.channel)))
        if start < entry.start:
            entry.start, entry.end = start, start + len(header.channel)
