"""A quote mark with no partner, caught at a label's edge ('a few dozen" inquiries'): dropped
wherever the label is shown, so no surface prints half a quotation."""

from __future__ import annotations


def balanced_quotes(text: str) -> str:
    """Drop a quote mark that has no partner (straight or curly); paired ones stay."""
    if text.count('"') % 2:
        text = text.replace('"', "")
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    return text
