"""Documents a paper's numbered notes cite: "1. U.S. Department of Defense statement, 28
January 2024." A journal article or a study sources its figures in endnotes rather than in its
sentences; a note that names an issuer's statement, release or report with its date, and no
other citation, is a document the paper rests on. Notes that cite a paper's own appendix or
an interview, or string several citations together, are left to the other scans. A note that
cites a story by its outlet and headline ("2. Saba news agency, "Toll rises to 14," 21
November 2026.") names the outlet the paper rests on, once.
"""

from __future__ import annotations

import re

from briefdeck.extract.attribution_kinds import org_kind

_NOTE = re.compile(
    r"(?m)^[ \t]*\d{1,3}\.[ \t]+(?P<doc>(?:(?:[A-Z][\w.'’&-]*|of|the|for|and)[ \t]+){1,7}"
    r"(?:statement|press[ \t]+release|news[ \t]+release|report|briefing|transcript|"
    r"communiqu[eé]|fact[ \t]+sheet))"
    # its date, day first or month first, ending the note (a note that strings several
    # citations together is left to the scans of its parts)
    r"(?=,[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2},)[ \t]+\d{4}\.?[ \t]*$)")


# "2. Saba news agency, "Headline," 21 November 2026.": the outlet, then the story's headline
_STORY_NOTE = re.compile(r"(?m)^[ \t]*\d{1,3}\.[ \t]+(?P<who>[A-Z][\w.'’&-]*(?:[ \t]+(?:"
                         r"[A-Z][\w.'’&-]*|news|agency|television|radio|newspaper)){0,4})"
                         r"(?=,[ \t]+[\"“][A-Z])")


def noted_documents(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, kind, count) of each dated document a numbered note cites, and each
    outlet whose story a note cites."""
    if "\n1. " not in text:
        return []
    out = [(m.start("doc"), m.end("doc"), "document", 1) for m in _NOTE.finditer(text)]
    seen = set()
    for m in _STORY_NOTE.finditer(text):
        who = m.group("who")
        # (an outlet the text names before its notes is counted there)
        if who not in seen and text.find(who) == m.start("who") and \
                org_kind(who) == "other outlet":
            seen.add(who)
            out.append((m.start("who"), m.end("who"), "other outlet", 1))
    return sorted(out)
