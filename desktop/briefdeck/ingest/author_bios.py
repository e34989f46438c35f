"""Who wrote and who issued the story, said after it: the writer's bio under the last
paragraph, the outlet's or think tank's blurb, the issuer's mission statement, and the list
of reporters to contact.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import NAME, NAME_LINE, ArticleLine
from briefdeck.ingest.rules import I

# "Jo Ames is a correspondent for the Ledger based in Erbil.": who wrote it, after the story.
_AUTHOR_BIO = re.compile(
    # "is a", "is the", "is the Ledger's" (the outlet named by possessive)
    # ("Jo Ames and Li Wei are contributors to ...": a plural needs no article)
    # ("is The Meridian Review's": an outlet of several words, named by possessive)
    rf"^{NAME}(?:,? and {NAME})? (?:(?:(?:is|are|was) (?:a|an|the|(?:The )?(?:[A-Z][\w.&-]* )"
    r"{0,3}[A-Z][\w.&-]*['’]s)|are)\b"
    r"[^\"“”]{0,200}?\b"
    r"(?:correspondents?|reporters?|journalists?|writers?|editors?|columnists?|contributors?|"
    r"freelancers?|freelance|photographers?|photojournalists?|producers?|fellows?|authors?|"
    r"analysts?|researchers?|professors?|lecturers?|bureau chief|author of)\b"
    r"|(?:covers|writes about|reports on)\b)[^\"“”]{0,200}[.]$"
)

# "Haddad covers Iraq for The Associated Press.": the surname alone is enough here.
_BEAT = re.compile(
    r"^[A-Z][\w'’-]+ (?:covers|writes about|reports on) [^\"“”]{3,150} (?:for|at) (?:the )?[A-Z]"
    r"[^\"“”]{1,80}\.$"
)

# "The Ledger is an independent news organisation ...": the outlet's blurb under the story.
_OUTLET_BLURB = re.compile(
    r"^(?:The )?[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,4} is (?:an?|the) [^\"“”]{0,60}"
    r"\b(?:independent|nonprofit|non-profit|not-for-profit|reader-supported|award-winning)"
    r"\b[^\"“”]{0,60}\b(?:news|media|journalism|publishing|newspaper) "
    r"(?:organi[sz]ation|agency|outlet|company|publication|service|site|network|cooperative|group)\b[^\"“”]{0,160}\.$"
)

# "The Ledger delivers independent coverage and analysis of ...": the outlet's pitch.
_OUTLET_PITCH = re.compile(
    r"^(?:The )?[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,4} (?:delivers|provides|offers|brings "
    r"you|produces) (?:[\w-]+,? (?:and )?){0,4}(?:independent|unrivall?ed|award-winning|in-depth|"
    r"trusted|impartial|fearless|unbiased|original|authoritative|breaking)\b[^\"“”]{0,60}"
    r"\b(?:coverage|journalism|reporting|news|analysis)\b[^\"“”]{0,160}\.$"
)

# "The Harbour Institute is an independent, nonpartisan research organization ...": the think
# tank's own blurb, met only among the lines that close the page (see flag_author_bios).
_INSTITUTE_BLURB = re.compile(
    r"^(?:The )?[A-Z][\w&.'’-]*(?: (?:[A-Z&][\w&.'’-]*|of|for|and|on)){0,6} is an? [^\"“”]{0,60}"
    r"\b(?:nonprofit|non-profit|nonpartisan|non-partisan|not-for-profit|tax-exempt|independent)"
    r"\b[^\"“”]{0,60}\b(?:institution|organi[sz]ation|think[- ]?tank|research (?:center|centre|"
    r"institute|group))\b[^\"“”]{0,300}\.$"
)

# "Sam has covered the Pentagon for a decade.": a career, under the writer's name.
_CAREER = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3} (?:has|had) (?:covered|reported on|written about|"
    r"been (?:covering|reporting on|writing about|an? (?:journalist|reporter|correspondent|"
    r"editor)))\b[^\"“”]{3,250}\.$"
)

# "Senior Staff Writer", "Pentagon Correspondent": the writer's job, between name and bio.
_JOB_TITLE = re.compile(
    r"^(?:[A-Z][\w'’-]*,? ){0,4}(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor|"
    r"Producer|Photographer|Journalist|Analyst|Fellow|Chief)s?$"
)


def _is_bio(text: str) -> bool:
    return any(
        p.match(text) for p in (_AUTHOR_BIO, _BEAT, _CAREER, _OUTLET_BLURB, _OUTLET_PITCH)
    )


def flag_author_bios(lines: list[ArticleLine], flags: dict[int, str], prose: list[int]) -> None:
    """A line or two about the writer (or the outlet, or the think tank), after every other
    line of the story; with the writer's name on its own line above it."""
    if len(prose) < 2:
        return
    for i in range(len(lines) - 1, prose[0], -1):
        if i in flags:
            continue
        if lines[i].words <= 80 and _INSTITUTE_BLURB.match(lines[i].text):
            flags[i] = "publisher blurb"  # what the think tank is, closing its page
            continue
        if lines[i].words > 40 or not _is_bio(lines[i].text):
            return
        flags[i] = "author bio"
        above = i - 1
        if above > 0 and above not in flags and _JOB_TITLE.match(lines[above].text):
            flags[above] = "author bio"
            above -= 1
        name = lines[above].text
        if above not in flags and NAME_LINE.match(name.title() if name.isupper() else name):
            flags[above] = "author bio"


# "The Agency coordinates relief in crises and advocates for ...": what the issuer does, in the
# present tense of a mission statement.
_MISSION = re.compile(
    r"^(?!.*\b(?:said|says|told|according to)\b)(?:The )?[A-Z][\w&.'’-]*"
    r"(?: (?:[A-Z&][\w&.'’-]*|of|the|for|and)){0,8} (?:coordinates|"
    r"works|provides|leads|supports|serves|promotes|advocates|represents|delivers|helps|"
    r"protects|champions|empowers|mobili[sz]es|brings together)\b[^\"“”]{10,300}\.$"
)

# "The Agency is a neutral, independent organization with ...": what the issuer is.
_SELF_DESCRIPTION = re.compile(
    r"^(?!.*\b(?:said|says|told|according to)\b)(?:The )?[A-Z][\w&.'’-]*"
    r"(?: (?:[A-Z&][\w&.'’-]*|of|the|for|and)){0,8} is an? [^\"“”]{0,80}\b(?:organi[sz]ation|"
    r"agency|body|charity|institution|movement)\b[^\"“”]{0,200}\.$"
)


def flag_issuer_blurb(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The issuer's mission statement closing a release or bulletin, under its contact block."""
    last = next((i for i in range(len(lines) - 1, 0, -1) if i not in flags), None)
    if (
        last is not None
        and flags.get(last - 1) == "contact"
        and lines[last].words <= 45
        and (_MISSION.match(lines[last].text) or _SELF_DESCRIPTION.match(lines[last].text))
    ):
        flags[last] = "publisher blurb"


_CONTACT_HEADING = re.compile(r"^to contact the \w+\b[^.]{0,60}:$", I)

# "Jo Ames in Erbil at james@example.com;", "Li Wei, Sam Roe": whom to write to, one a line.
_CONTACT_ENTRY = re.compile(
    rf"^{NAME}(?: (?:in|at) [^\s@]+(?: [A-Z][\w.-]*)*)*(?: at [\w.+-]+@[\w.-]+)?[;,.]?$"
    rf"|^{NAME}(?:,? (?:and )?{NAME})+[;.]?$"
)


def flag_contact_lists(lines: list[ArticleLine], flags: dict[int, str]) -> None:
    """The writers' or editors' names and addresses under 'To contact the reporters on this
    story:', one a line, to the next heading."""
    for i, line in enumerate(lines):
        if flags.get(i) != "contact" or not _CONTACT_HEADING.match(line.text):
            continue
        for j in range(i + 1, min(i + 6, len(lines))):
            if lines[j].words > 14 or not _CONTACT_ENTRY.match(lines[j].text):
                break
            flags[j] = "contact"
