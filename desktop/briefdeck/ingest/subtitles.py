"""Subtitles (.srt or WebVTT, or either pasted as text): the words of the cues joined back into
sentences, without cue numbers, time lines or sound cues.

A subtitle file breaks each sentence over cues of a few seconds ("the drone hit the" / "north
gate at dawn"), numbers every cue and times it. Read as text, every time line would be a line
of its own and no sentence would be whole. The cues' words are joined, a paragraph ends where a
cue ends a sentence, and a caption in capitals (a name and title shown on screen) stands as a
line of its own.

WebVTT names who speaks in a voice tag ("<v Jane Roe>We heard ...") and shows a speaker's
name and role in a lower-third cue ("<c.lt>JANE ROE\nSHOPKEEPER</c>"). A change of voice ends
the paragraph (two people's words are never one sentence), and the turn of a speaker whom
the caption just above names opens with a dash, as subtitles mark a speaker's turn: the
caption then says whose words follow, as in an SRT file. Nothing else is added: a voice the
captions do not name (the anchor, the reporter) is left as running text.
"""

from __future__ import annotations

import re

# "00:00:12,400 --> 00:00:15,900" (SRT) or "00:12.400 --> 00:15.900 align:start" (WebVTT)
_TIME_LINE = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:"
                        r"\d{2}[,.]\d{1,3}[^\n]*$", re.MULTILINE)
_CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
_SOUND = re.compile(r"^\s*[\[(♪][^\])\n]{0,40}[\])♪]?\s*$")  # "[MUSIC]", "(EXPLOSION)", "♪"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# "<v Jane Roe>", "<v.loud Jane Roe>": a WebVTT voice span's opening tag and its speaker
_VOICE = re.compile(r"<v(?:\.[\w.-]{1,40})?[ \t]+([^<>\n]{1,60})>")
MIN_CUES = 3  # fewer time lines is a report that quotes one, not a subtitle file


def looks_like_subtitles(text: str) -> bool:
    head = text[:20_000]
    return head.lstrip().startswith("WEBVTT") or len(_TIME_LINE.findall(head)) >= MIN_CUES


def subtitles_to_text(text: str) -> str:
    """The cues' words as paragraphs of whole sentences (captions in capitals on their own)."""
    paragraphs: list[str] = []
    words: list[str] = []
    voice = ""  # the speaker of the cue before (WebVTT voice tags)
    captioned = ""  # the name the last lower-third caption showed, upper case

    def close() -> None:
        if words:
            paragraphs.append(" ".join(words))
            words.clear()

    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines or lines[0].startswith(("WEBVTT", "NOTE", "STYLE", "REGION")):
            continue
        if not any(_TIME_LINE.match(ln) for ln in lines):
            close()
            paragraphs.append(" ".join(lines))  # not a cue: kept as written
            continue
        cue = [ln for ln in lines if not _TIME_LINE.match(ln) and not _CUE_NUMBER.match(ln)
               and not _SOUND.match(ln)]
        tag = _VOICE.search(cue[0]) if cue and "<v" in cue[0] else None
        lower_third = bool(cue) and cue[0].startswith("<c.")
        cue = [re.sub(r"</?[a-z][^>]*>", "", ln) for ln in cue]  # <i>, <b>, <c.yellow>
        cue = [ln for ln in cue if ln.strip()]
        if not cue:
            continue
        said = " ".join(cue)
        if said.isupper() and any(ch.isalpha() for ch in said):  # an on-screen caption
            close()
            # a WebVTT lower third ("<c.lt>NAME\nROLE</c>") keeps its lines: name over role
            paragraphs.append(("\n" if tag is None and lower_third else " / ").join(cue))
            captioned, voice = cue[0].upper(), ""
            continue
        if tag:
            speaker = tag.group(1).strip()
            if speaker != voice:  # another voice: another turn
                close()
            name = " ".join(speaker.upper().split())
            if not words and captioned and (captioned == name or captioned.endswith(" " + name)) \
                    and not said.startswith(("-", "–", "—", ">>")):
                said = "- " + said  # a paragraph of the person the caption names
            voice = speaker
        if said.startswith(("- ", "– ", "— ", ">>")):  # a new speaker's turn
            close()
        words.append(said)
        if _SENTENCE_END.search(said):
            close()
    close()
    return "\n\n".join(paragraphs)


# "GNN WORLD TONIGHT": the programme's ident in capitals, shown before anyone speaks
_IDENT = re.compile(r"^[A-Z0-9][A-Z0-9&' -]{4,40}$")


def programme_title(text: str) -> str:
    """The programme's name a subtitle file shows in its first cues, before its first
    sentence ("GNN World Tonight"), else the story its anchor opens with (lead_title), else
    ''. Words of three letters or fewer stay in capitals (a channel's initials)."""
    for line in text.split("\n")[:12]:
        line = line.strip()
        if not line or _SOUND.match(line) or line.lower().endswith((".srt", ".vtt")):
            continue
        if not _IDENT.match(line) or not 2 <= len(line.split()) <= 5:
            return lead_title(line)  # the talk began: the file names no programme
        return " ".join(w if len(w) <= 3 else w.capitalize() for w in line.split())
    return ""


# "NOTE ... Exported 2026-11-13 09:52 UTC by the caption desk": when the captions were made
# for the programme, which aired them that day. Only an ISO date (no day-month guess), only
# in a note the file keeps for its editors.
_EXPORTED = re.compile(r"(?im)^(?:exported|created|generated|captioned|produced)(?: on)?:?[ \t]+"
                       r"((?:19|20)\d\d-[01]\d-[0-3]\d)\b")


def export_day(text: str) -> str:
    """The day a WebVTT file's note says it was exported or made, or ''."""
    if "NOTE" not in text:
        return ""
    for block in re.split(r"\n[ \t]*\n", text[:20_000]):
        if block.lstrip().startswith("NOTE"):
            m = _EXPORTED.search(block)
            if m:
                return m.group(1)
    return ""


# A news video's first sentence is the anchor's introduction: the story as the programme
# names it ("Israeli air strikes hit several villages in south Lebanon overnight, killing at
# least five people, the ministry says."). Its main clause titles the captions; the toll after
# ", killing" and the attribution after it are left to the facts (a toll in a title is never
# checked against the later, revised one). A greeting, a soundbite in the first person or a
# question is no introduction.
_FIRST_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z\"“])")
_TAIL = re.compile(r",\s+(?:killing|wounding|injuring|leaving|according\s+to|officials?\s+say|"
                   r"(?:[\w'’-]+\s+){1,4}(?:says?|said))\b.*$", re.DOTALL)
_NOT_INTRO = re.compile(r"^(?:good\s+(?:morning|afternoon|evening)|hello|hi\b|welcome|thanks?\b)|"
                        r"\b(?:I|I'm|I’m|we|we're|we’re|you|our|my)\b|[?\"“”:]", re.IGNORECASE)


def lead_title(paragraph: str) -> str:
    """The main clause of the anchor's first sentence, or '' (see above)."""
    first = _FIRST_SENTENCE.split(paragraph.strip()[:600], maxsplit=1)[0].strip()
    if not first.endswith(".") or first[:1] in "-–—>" or _NOT_INTRO.search(first):
        return ""
    clause = _TAIL.sub("", first[:-1]).strip().rstrip(",")
    return clause if 4 <= len(clause.split()) <= 16 and clause[:1].isupper() else ""
