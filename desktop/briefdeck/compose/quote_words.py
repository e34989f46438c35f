"""A quote as a slide says it. A fragment of a few words ("no interest", "a long war over
there") read alone can say the opposite of what was meant, so it is shown in the sentence the
report quotes it in; a whole remark is shown as said."""

from __future__ import annotations

import re
from typing import Any

from briefdeck.compose.notes import clean, sentence_bounds
from briefdeck.compose.quote_choice import without_transcript_marks
from briefdeck.model.briefing import Briefing

_CLOSE_AFTER = re.compile("[,.;:!?]?[\u201d\"’']")
# a sentence cut inside a quotation: 'They are not," Smith said, calling ...'
_STARTS_CLOSED = re.compile("[^\u201c\"]*[,.!?][\u201d\"]")
# "JONAH PRUITT: ", "MR. ROE: ", "Q: " at the line's start
_LABEL = re.compile(r"^(?:Q|[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}):\s+(?=\S)")
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=[A-Z(])")
FRAGMENT_WORDS = 5  # at most this many words, opening in lower case
CONTEXT_WORDS = 45  # a longer sentence is no help on a slide: the fragment stays alone


def quote_words(briefing: Briefing, quote: Any) -> str:
    """The quote in quotation marks, or the report's sentence around a fragment."""
    said = f"\u201c{without_transcript_marks(quote.text)}\u201d"
    prov = quote.provenance
    source = briefing.source(prov.source) if prov is not None else None
    if source is None or not source.text or not _fragment(quote.text):
        return said
    # the sentence up to the fragment's closing mark: what comes after it may be another
    # speaker's words ('the ministry called it "X" -- POTUS said, "..."')
    text = source.text
    left, right = _within_turn(text, *sentence_bounds(text, prov.start, prov.end), prov)
    left = _from_speaker(text, left, prov.start, quote.speaker or "")
    close = _CLOSE_AFTER.match(text, prov.end)  # ('"no interest," he said': the mark too)
    end = close.end() if close else prov.end
    if not _balanced(text[left:prov.start]):  # the sentence opens inside another's quote
        return said
    # (a transcript's speaker label opening the line is the transcript's, not the sentence's)
    words = _LABEL.sub("", without_transcript_marks(clean(text[left:end])), count=1)
    words = _PARAGRAPH_NUMBER.sub("", words, count=1)  # an INTSUM's '3.2 Kataib Hezbollah ...'
    if len(words.split()) > CONTEXT_WORDS:
        return said
    # (only the sentence's stop after the closing mark is no words left out)
    return words if not text[end:right].strip(" \t\n.!?") else words + "\u2026"


# A chat's or transcript's next turn starts a new speaker's words, whether or not the last
# message ended on a stop: "10:07:40 From Sam Okafor to Everyone:", "[00:12:31] ", "MR. ROE:"
_TURN = re.compile(r"\n[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]|[A-Z][A-Z.'\u2019 -]{2,40}:)")


def _within_turn(text: str, left: int, right: int, prov: Any) -> tuple[int, int]:
    """The sentence's bounds kept inside the one turn (chat message) holding the quote:
    no earlier message's header and no next message in the quote's sentence."""
    for turn in _TURN.finditer(text, max(0, left - 1), prov.start):
        line_end = text.find("\n", turn.end())
        header = text[turn.start():line_end if line_end >= 0 else len(text)].rstrip()
        # a header alone on its line ("... to Everyone:"): the message is on the next line;
        # a label inline ("MR. ROE: We ..."): the turn starts at the label, which goes later
        left = line_end + 1 if header.endswith(":") and 0 <= line_end < prov.start \
            else turn.start() + 1
    turn = _TURN.search(text, prov.end, right)
    return left, turn.start() if turn else right


def _from_speaker(text: str, left: int, start: int, speaker: str) -> int:
    """Where the speaker is named in the sentence before the fragment, the words shown start
    there: what comes before ('Also,', 'Hours earlier', a post's 'UPDATE, toll revised:', an
    earlier remark of theirs already shown) is the writer's, not the speaker's."""
    name = speaker.strip()
    if len(name) < 3 or name.casefold() in _NOT_NAMES:
        return left
    found = _last_mention(text, left, start, name)
    short = _SHORT_NAME.search(name)  # 'U.S. Central Command (CENTCOM)': 'CENTCOM said ...'
    if found < 0 and short:
        found = _last_mention(text, left, start, short.group(1))
        name = name[:short.start()].strip() or name
        found = found if found >= 0 else _last_mention(text, left, start, name)
        if found > left and _RELATIVE.search(text, max(left, found - 8), found):
            return left  # '..., whom CENTCOM called a "facilitator"': the words need their start
        if found > left and text.startswith("The ", found - 4):
            found -= 4  # 'The SDF said ...', not 'SDF said ...'
    last = name.split()[-1]
    if found < 0 and last[:1].isupper() and len(last) >= 4 and last != name:
        found = _last_mention(text, left, start, last)  # 'Pellegrino said, adding ...'
    return found if found > left else left


# a body's short name in brackets after its full one: "U.S. Central Command (CENTCOM)"
_SHORT_NAME = re.compile(r"\s*\(([A-Z][\w.&-]{1,15})\)$")
_RELATIVE = re.compile(r"\b(?:whom|which|that|who|as)\s+$")


def opens_with_speaker(words: str, speaker: str) -> bool:
    """The words shown already say who speaks: they open with the speaker's name, or with
    the surname alone as the report writes it again ('Pellegrino said, adding ...')."""
    name = speaker.strip()
    if len(name) < 3 or name.casefold() in _NOT_NAMES:
        return False
    last = name.split()[-1]
    names = [name] + ([last] if last != name and last[:1].isupper() and len(last) >= 4 else [])
    return any(words.startswith(n) and not words[len(n):len(n) + 1].isalnum() for n in names)


# a speaker drafted as a bare role names no one: 'an official said' may be another official
_NOT_NAMES = frozenset({"official", "officials", "source", "sources", "spokesperson",
                        "spokesman", "spokeswoman", "unattributed"})


def _last_mention(text: str, left: int, start: int, name: str) -> int:
    """The last place `name` stands as whole words in text[left:start] ('the Front' in
    'The Front claimed ...'), or -1."""
    found = -1
    for m in re.compile(re.escape(name), re.I).finditer(text, left, start):
        end = m.end()
        if (m.start() == 0 or not text[m.start() - 1].isalnum()) and (
                end >= len(text) or not text[end].isalnum()):
            found = m.start()
    return found


def _balanced(words: str) -> bool:
    """Every quotation opened before the fragment is closed (the fragment's own mark aside)."""
    opened = words.count("\u201c") - words.count("\u201d")
    straight = words.count('"') % 2
    return opened in (0, 1) and straight in (0, 1) and not (
        words.lstrip().startswith("\u201d") or _STARTS_CLOSED.match(words))


def _fragment(text: str) -> bool:
    """A few words picked from inside a sentence: they open in lower case."""
    return 0 < len(text.split()) <= FRAGMENT_WORDS and text[:1].islower()
