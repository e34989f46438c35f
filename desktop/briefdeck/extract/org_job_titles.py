"""A field named before a post is a job title, not a body: "Country Security Manager",
"Site Security Officer" in an attendees table name what a person does, and "Country
Security" alone is no office of anyone's."""

from __future__ import annotations

import re

from briefdeck.extract.org_found import Found

_POST_AFTER = re.compile(r"\s+(?:Manager|Officer|Adviser|Advisor|Coordinator|Focal\s+Point|"
                         r"Lead|Assistant|Analyst)\b")


def drop_job_titles(text: str, found: dict[str, Found]) -> None:
    for key, f in list(found.items()):
        if f.name.endswith(" Security") and _POST_AFTER.match(text, f.end):
            del found[key]
