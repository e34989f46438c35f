"""A headline that names the document after its topic: "North Programme: Security Risk
Register", "Lowford Office: Weekly Incident Report".

Such a line names the page (its topic, a colon, the kind of document), as "Weekly Risk Digest"
does without a colon; it states no news, so the report's lede is the BLUF's first sentence even
when it shares no word with the line. A feature's "Under Fire: How ..." or a topic's "Iraq:
Rockets Hit Base" is no page name: the words after the colon must be title case and end on a
document's kind.
"""

from __future__ import annotations

import re

from briefdeck.extract.lede_filters import title_line

# "Topic: [Weekly] [Security] Risk Register" — the kind of document last
_KIND_LAST = re.compile(r"^[^:\n]{2,80}:\s+(?P<name>[A-Z][^:\n]{0,60}?\b(?:Register|Review|"
                        r"Assessment|Report|Update|Summary|Digest|Bulletin|Log|Tracker|"
                        r"Matrix|Overview|Sitrep|SITREP|Minutes|Brief(?:ing)?))$")


def page_name(headline: str) -> bool:
    """Is the headline a topic and the document's kind ("X Programme: Security Risk
    Register")?"""
    m = _KIND_LAST.match(headline.strip())
    # (title_line wants four capitals: the topic's words count too)
    return m is not None and title_line(headline.replace(":", " "))
