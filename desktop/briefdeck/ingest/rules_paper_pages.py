"""Boilerplate rules for a paper's landing page (a preprint server's, a repository's) and a
user-edited record's page (an occurrence database's entry).

A landing page prints around the abstract the server's "not peer reviewed" banner, its
licence line ("License: CC BY 4.0"), a "How to cite" box with the paper's reference
(authors, year, title, DOI link: a citation, not the paper's findings) and its comment
counter. A user-edited database prints on every record that users added it and nobody
checked it, that it has no images yet, and a "Revision history" heading over its table of
edits.
"""

from __future__ import annotations

from briefdeck.ingest.rules import Rule, _rule

# fmt: off
RULES: tuple[Rule, ...] = (
    _rule("licence", r"^(?:licen[cs]e|rights|copyright)\s*:\s*(?:CC[ -]?(?:BY|0)\b|Creative "
          r"Commons\b|all rights reserved\b)", 14, hints=("cc", "creative", "rights")),
    _rule("citation block", r"^(?:how to cite(?: this (?:article|paper|preprint|report|work))?|"
          r"cite (?:this|as)|suggested citation|recommended citation)\s*:?$", 6,
          hints=("cite", "citation")),
    # "Ramanathan, P., and Okonjo, D. (2026). Title. Server. https://doi.org/10.55021/x.v2":
    # a reference ending in its DOI link.
    _rule("citation block", r"^[A-Z][\w'’-]+, [A-Z]\.[^()]{0,200}\((?:19|20)\d{2}[a-z]?\)\."
          r"[^\n]{0,300}?\bdoi\.org/10\.\d{4,9}/\S+$", 80, flags=0, hints=("doi.org",)),
    # "This is a preprint; it has not been peer reviewed by a journal.", "X is a preprint
    # server for ...": the server's banner over every paper (a story's "the study, which has
    # not been peer reviewed, ..." does not open its line so).
    _rule("preprint banner", r"^this (?:is an? |)(?:preprint|paper|article|manuscript)\b[^.]{0,40}"
          r"\b(?:has not|is not|was not|not yet|have not)(?: yet)?(?: been)? peer[- ]reviewed\b|"
          r"^(?:[\w&'’.-]+ ){1,4}is an? (?:preprint|working paper) (?:server|repository|archive)\b",
          40, hints=("peer", "preprint", "working paper")),
    # "0 comments · Log in to comment"
    _rule("page feedback", r"^\d{1,5} comments?\s*[·•|]\s*(?:log ?in|sign ?in|register) to "
          r"(?:comment|reply)\b", 10, hints=("comment",)),
    # "This information is added by users of X. It is not checked by X staff."
    _rule("disclaimer", r"^(?:this|the) (?:information|content|data|entry|record)(?: (?:on|in) "
          r"this (?:page|record|entry))? (?:is|was|has been) (?:added|contributed|submitted|"
          r"entered|edited) by (?:its |the |our )?(?:users|community|members|visitors|"
          r"contributors)\b", 40, hints=("by ",)),
    # "The X Wikibase is a user-edited database. Information may be incomplete or incorrect."
    _rule("disclaimer", r"^(?:the )?(?:[\w&'’.-]+ ){0,4}(?:is|are) (?:a |an )?(?:user|"
          r"community|volunteer|crowd)[- ](?:edited|maintained|sourced|contributed|generated) "
          r"(?:database|resource|site|wiki|encyclopa?edia|reference|record)\b", 40,
          hints=("edited", "maintained", "sourced", "contributed", "generated")),
    # "No images yet. Add your photo of this occurrence."
    _rule("page chrome", r"^no (?:images|photos|pictures|videos|comments|reviews) (?:yet|"
          r"available)\b", 14, hints=("no ",)),
    _rule("revision history", r"^(?:revision|edit|change) (?:history|log)\s*:?$", 3,
          hints=("history", "log")),
)
# fmt: on
