"""The same briefing gives the same deck, byte for byte.

A .pptx is a zip: python-pptx stamps every entry with the time it was written, and each
chart's embedded workbook carries its own creation time. Both are set to the deck's own time
(the briefing's as-of, already in its core properties), so two exports of one briefing can be
compared, hashed or kept under version control without spurious changes.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

_W3CDTF = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def stable_zip(data: bytes, when: datetime) -> bytes:
    """`data` (a zip) rewritten with every entry stamped `when` and every embedded workbook
    made stable the same way; the entries, their order and their contents are kept."""
    year = min(max(when.year, 1980), 2107)  # what a zip's date field can hold
    stamp = (year, when.month, when.day, when.hour, when.minute, when.second)
    iso = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename.endswith(".xlsx"):
                body = stable_zip(body, when)
            elif info.filename.endswith("docProps/core.xml") and info.filename.startswith(
                    "docProps"):
                body = _W3CDTF.sub(rb"\g<1>" + iso + rb"\g<2>", body)
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = info.compress_type
            entry.external_attr = info.external_attr
            dst.writestr(entry, body)
    return out.getvalue()
