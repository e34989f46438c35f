"""A field named before a post is a job title, not a body: "Country Security Manager",
"Site Security Officer" in an attendees table name what a person does, and "Country
Security" alone is no office of anyone's. So too the bare "Armed Forces" that only a post
names ("the Armed Forces Minister", "the Commander-in-Chief of the Armed Forces"): the
minister's brief or the premier's style, no body of the story."""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

_POST_AFTER = re.compile(r"\s+(?:Manager|Officer|Adviser|Advisor|Coordinator|Focal\s+Point|"
                         r"Lead|Assistant|Analyst)\b")


def drop_job_titles(text: str, found: dict[str, Found]) -> None:
    for key, f in list(found.items()):
        if f.name.endswith(" Security") and _POST_AFTER.match(text, f.end):
            del found[key]


_SERVICE_POST = re.compile(r"(?<=\bCommander-in-Chief\sof\sthe\s)Armed\s+Forces\b|"
                           r"\bArmed\s+Forces(?=\s+(?:Minister|Secretary)\b)")
_SERVICE = re.compile(r"\bArmed\s+Forces\b")


def drop_service_posts(text: str, found: dict[str, Found]) -> None:
    """Drop a bare "Armed Forces" written only inside a post's title."""
    for key, f in list(found.items()):
        if f.name == "Armed Forces" and all(
                _SERVICE_POST.match(text, m.start()) for m in _SERVICE.finditer(text)):
            del found[key]
