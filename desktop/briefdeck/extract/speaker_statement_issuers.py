"""A statement speaks for its issuer, and so do 'it', 'its' and 'they' standing for the issuer."""

from __future__ import annotations

import re

from briefdeck.extract.known_organizations import known_organization
from briefdeck.extract.named_before import Speakers, tidy_speaker

# A statement opening a clause with a verb of its own, which "said" shares after "but".
_STATEMENT_OPENS = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+){0,2}?"
                              r"(?:statement|release|communiqu[eé]|post|message|announcement)"
                              r"(?=\s+(?:also\s+)?(?:did|does|has|had|was|is|[a-z]+ed)\s)")
# A body's own notice by its possessive, maybe with whom it was for: "Its first warning to
# shipping", "its latest statement" (no capital after: "Its Telegram channel" is named apart).
_OWN_DOCUMENT = re.compile(r"[Ii]ts\s+(?:[a-z]+\s+){0,2}?(?:statement|warning|notice|advisory|"
                           r"alert|message|release|update|bulletin|communiqu[eé]|announcement)"
                           r"(?:\s+to\s+[a-z]+(?:\s+[a-z]+)?)?$")

# A body's own statement speaks for it: "the army's latest statement", "Hamas's first post".
_STATEMENT_OWNER = re.compile(r"^(?P<owner>(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,4}[\w.-]+)"
                              r"(?:'s|’s)\s+(?:[a-z]+\s+){0,2}(?:statement|post|release|communiqu[eé]|"
                              r"announcement|update)$")

# "a statement from the office of X, no name on it. It says ...": "it" is the statement just
# named, which speaks for the one that issued it.
_ISSUED_BY = re.compile(r"\b(?:statement|communiqu[eé]|release|announcement)\s+(?:from|by|"
                        r"issued\s+by)\s+(?P<who>(?:the\s+)?(?:[\w'’-]+\s+){0,5}[\w'’-]+)"
                        r"[,.;]\s[^.!?]{0,60}[.!?]?\s*$")
_ISSUED_REACH = 160

# A plural body by its capitalised role opening a sentence, its verb right after: "The Managers
# reject this.", "The Owners have said" (a shipping document's or a contract's parties).
_PLURAL_SUBJECT = re.compile(r"(?:[Tt]he\s+)(?P<who>[A-Z][a-z]+s)\s+(?:have\s+|had\s+|also\s+)?"
                             r"[a-z]+(?:ed|s)?\b")


def _plural_subject_before(pos: int, speakers: Speakers) -> str:
    """'they' at pos: the plural body opening one of the two sentences before, or ''."""
    i = speakers.doc.sentence_index(pos)
    for sent in reversed(speakers.doc.sentences[max(0, i - 2):max(0, i)]):
        m = _PLURAL_SUBJECT.match(speakers.text, sent.start, sent.end)
        if m and not known_organization(m.group("who")):
            return tidy_speaker(speakers.text[m.start():m.end("who")])
    return ""
