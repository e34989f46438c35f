"""Bullets that say one thing once: a figure's line inside a fuller line of the same
sentence, and quote fragments of one sentence (the deck's Key facts and quotes slides)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from briefdeck.compose.figure_words import bare_words
from briefdeck.model.marking import highest

if TYPE_CHECKING:
    from briefdeck.compose.deck import Bullet


def within_fuller(bullets: list[Bullet], leads: dict[str, str]) -> list[Bullet]:
    """A figure's line whose counted phrase another line of the same sentence says in full
    ('more than 600 companies, December' beside '...opens on 10 December with more than 600
    companies from 22 countries') takes that line's words, so the two make one bullet."""
    out = []
    for b in bullets:
        lead = bare_words(leads.get(b.fact_ids[0], "")) if b.fact_ids else ""
        fuller = next((o.text for o in bullets if o is not b and o.note == b.note and lead.strip()
                       and lead in bare_words(o.text) and len(o.text) > len(b.text)), None)
        out.append(replace(b, text=fuller) if fuller else b)
    return out


def fragments_merged(bullets: list[Bullet]) -> list[Bullet]:
    """Fragments of one sentence, each shown with the sentence up to its end, make one bullet:
    the one that runs furthest (the others' words are all at its start)."""
    kept: list[Bullet] = []
    keys: list[tuple[str, str]] = []  # each kept bullet's words and speaker
    for b in bullets:
        mine, who = _words_and_speaker(b.text)
        at = next((i for i, (words, speaker) in enumerate(keys)
                   if kept[i].note == b.note and speaker == who  # one speaker's, never two
                   and (words.startswith(mine) or mine.startswith(words))), None)
        if at is None:
            kept.append(b)
            keys.append((mine, who))
            continue
        seen = kept[at]
        text = max(seen.text, b.text, key=len)
        kept[at] = replace(seen, text=text, mark=highest([seen.mark, b.mark]),
                           fact_ids=seen.fact_ids + b.fact_ids)
        keys[at] = _words_and_speaker(text)
    return kept


def _words_and_speaker(text: str) -> tuple[str, str]:
    words, _, who = text.rpartition(" (") if text.endswith(")") else (text, "", "")
    return words.rstrip("\u2026"), who
