"""Speaker notes: the source sentences behind a slide's points, for 'where is that from?'."""

from __future__ import annotations

from typing import Any


def set_notes(slide: Any, text: str) -> bool:
    """Write the notes; False when the template's notes master has no body to write into."""
    if not text:
        return True
    frame = slide.notes_slide.notes_text_frame
    if frame is None:
        return False
    frame.text = text
    return True
