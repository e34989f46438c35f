"""Sourcing scans that try only the openings near a verb find what a scan of every
position finds: the longest subjects a body can have, several bodies in one sentence, and
the publisher an unnamed source speaks to."""

from __future__ import annotations

import briefdeck.extract.attributions as attributions
from briefdeck.extract.sentences import finditer_near
from briefdeck.extract.sourcing_bodies import BODY_SAID_RE

_SENTENCES = [
    "The province's two regional health directorates have also said that 12 people died.",
    "Local authorities say the bridge is closed, and the city's fire service reported smoke.",
    "A regional rights group, not the army, denounced the raid as \"collective punishment\".",
    "Security forces later told residents to stay inside; the hospital said nothing.",
    "Nobody here said anything about the ministry.",
]


def test_bodies_found_near_their_verbs_are_those_a_full_scan_finds():
    for text in _SENTENCES:
        full = [m.span() for m in BODY_SAID_RE.finditer(text)]
        near = [m.span() for m in finditer_near(BODY_SAID_RE, attributions._BODY_VERB, text,
                                                text, 0, len(text), 10)]
        assert near == full, text


def test_the_publisher_unnamed_sources_speak_to_is_found_as_a_full_scan_finds_it():
    text = ("Two officers told Kestrel on Monday that the road was mined. Later, "
            "sources told the Harbour Ledger the same; an untold story.")
    full = {attributions._canonical(m.group("name"))
            for m in attributions._TOLD_NAME.finditer(text)}
    assert attributions._told_bodies(text) == full == {"kestrel", "harbour ledger"}
