"""Who wrote an HTML page: the writer over their role in the lines above the story, which the
story's extraction leaves out, and a byline read from the page's tags cut to the people."""

from __future__ import annotations

import re

from briefdeck.ingest.author_fields import author_names, without_outlet
from briefdeck.ingest.credits import name_over_role
from briefdeck.ingest.page_markup import header_lines

_JOB_TITLE = re.compile(
    r"^(?:[A-Z][\w'’-]*,? ){0,4}(?:Editor|Correspondent|Reporter|Writer|Columnist|Producer|"
    r"Contributor|Chief|Analyst)s?$"
)


def header_byline(nodes: list[str]) -> str:
    """The writer's name over their role ("Jo Ames" / "Middle East correspondent") in the
    page's lines above its first paragraph, which the story's extraction leaves out with
    the date beside them: read only when the page names no author in its tags."""
    previous = ""
    for line in header_lines(nodes[:400]):
        if previous and len(previous.split()) <= 4:
            name = name_over_role(previous, line)
            if name:
                return name
        previous = line
    return ""


def page_writers(byline: str, outlet: str) -> str:
    """The people of a page's byline, without places, roles, dates or the outlet's name."""
    people = author_names(byline)
    if people != byline:
        return without_outlet(people, outlet)
    # "Jo Ames; Defence Editor": the writer's job, split off as if a second writer
    names = [n for n in re.split(r"\s*;\s*", byline) if not _JOB_TITLE.match(n)]
    return without_outlet(" and ".join(names) if names else byline, outlet)
