"""Files a tool saved in a shape of its own, read as what their user reads in them: a
reader's Kindle clippings, a mailing list's digest, a map's placemark export, a terminal's
print of a git log with its diffs. Each is told
by a cheap look at its opening; the first that fits gives the text, its format and hints."""

from __future__ import annotations

from briefdeck.ingest import clippings, git_logs, list_digests, placemark_exports


def read_saved_export(text: str) -> tuple[str, str, dict[str, str]] | None:
    """(text, format, hints) of a clippings file, list digest, KML export or git log; else
    None."""
    head = text[:6000]
    found = None
    if "==========" in head and clippings.looks_like_clippings(text):
        found = clippings.clippings_to_text(text), "clippings"
    elif "Topics:" in head and list_digests.looks_like_digest(text):
        found = list_digests.digest_to_text(text), "digest"
    elif "<Placemark" in text and placemark_exports.looks_like_placemarks(text):
        found = placemark_exports.placemarks_to_text(text), "map"
    elif ("commit " in head or "diff --git" in head) and git_logs.looks_like_git_log(text):
        found = git_logs.git_log_to_text(text), "git log"
    if found is None or found[0] is None:
        return None
    (words, hints), fmt = found
    return (words, fmt, hints) if words.strip() else None
