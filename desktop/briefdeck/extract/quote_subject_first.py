"""A quote the sentence gives to the set it came through ("The TV said the embassy put out a
statement, Hamid read it off his phone: the embassy "condemns this attack""): the set passed
the words on; the body right before the marks, whose own verb opens the quote (a
present-tense verb in -s), speaks them. Only a bare medium is replaced: a speaker the
sentence names otherwise stands ('the bloc "condemns ..."' after a named spokesperson said).
"""

from __future__ import annotations

import re

from briefdeck.extract.named_before import Speakers
from briefdeck.extract.speaker_resolution import resolve_speaker

# the body, after a clause break, right before the opening mark
_SUBJECT = re.compile(
    r"(?:^|[:;,]\s+|\s(?=[Tt]he\s))(?P<who>[Tt]he\s+(?:[A-Z][\w.'’-]*\s+){0,3}"
    r"[a-z]{3,}|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+$"
)
# the quote's first word: a verb in the present tense ("condemns", "regrets", "denies")
_VERB_OPENS = re.compile(
    r"[\"“](?!(?:news|series|species|this|his|its|is|was|has|as|us)\b)"
    r"[a-z]{2,}(?:s|es)\b"
)


def subject_before(text: str, line_start: int, quote_start: int) -> tuple[int, int] | None:
    """The span of the body whose own verb opens the quote at quote_start, or None."""
    if not _VERB_OPENS.match(text, quote_start):
        return None
    m = _SUBJECT.search(text, max(line_start, quote_start - 60), quote_start)
    return (m.start("who"), m.end("who")) if m else None


_MEDIUM = frozenset(("TV", "tv", "television", "radio", "telly", "the TV", "the radio"))


def medium_passed_on(text: str, speaker: str, quote_start: int, speakers: Speakers) -> str:
    """The body whose verb opens the quote when speaker is only the set it came through."""
    if speaker not in _MEDIUM:
        return speaker
    line = text.rfind("\n", 0, quote_start) + 1
    span = subject_before(text, line, quote_start)
    if span is None:
        return speaker
    return resolve_speaker(text[span[0] : span[1]], span[0], span[1], speakers) or speaker
