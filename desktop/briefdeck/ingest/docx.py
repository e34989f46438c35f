"""Word .docx to text: python-docx paragraphs and table rows, after zip-bomb checks.

A draft with tracked changes is read as Word shows it with the changes accepted: python-docx's
paragraph text leaves out runs inside <w:ins>, so an inserted correction (a revised toll) would
be lost while the deleted wording it replaced is already left out (it is <w:delText>).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from briefdeck.errors import InputError
from briefdeck.ingest import limits
from briefdeck.ingest.check_boxes import ticked_first
from briefdeck.ingest.document_control import cover_date
from briefdeck.ingest.military_orders import order_title
from briefdeck.ingest.transcripts import held_date

_DOCUMENT = "word/document.xml"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADLINE_PARAGRAPHS = 30
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Text parts of a run as Word renders them; deleted and moved-away text is not among them.
_RUN_TEXT = {_W + "t": None, _W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n",
             _W + "noBreakHyphen": "-"}
_REMOVED = {_W + "del", _W + "moveFrom", _W + "txbxContent"}
_TRACKED = ".//w:ins or .//w:moveTo"  # a paragraph with inserted or moved-here runs
# A form's sign-off row: "Reported by | Jane Roe, Field Officer | Signature: J. Roe | date".
# The table's rule stands for the colon a typed form writes ("Reported by: Jane Roe, ..."),
# so the label gets it: the name is then read as the one who reported, with that title.
# (Not before a name led by its honorific, "Dr. Jo Ames": that is read as a person already,
# and "Approved by: ..." is also how a brief's distribution note opens.)
_SIGN_OFF_LABEL = re.compile(r"(?:Reported|Reviewed|Approved|Prepared|Compiled|Checked|"
                             r"Verified|Submitted|Authori[sz]ed|Released|Endorsed)(?: by)?")
_HONORIFIC = re.compile(r"(?:Dr|Prof|Mr|Mrs|Ms|Col|Maj|Capt|Lt|Gen|Sgt|Rev)\.?\s")


@dataclass
class DocxText:
    text: str
    hints: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def check_package(data: bytes, name: str) -> None:
    """Refuse what is not a Word package, or would expand to too much once unzipped.

    zipfile stops reading a member at its declared size (and fails its CRC check when the
    header lies), so the declared sizes bound what python-docx can be made to read.
    """
    if data.startswith(_OLE_MAGIC):
        raise InputError(f"{name}: an old Word 97-2003 document; save it as .docx first")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(f"{name}: not a Word document (a .docx is a zip archive; this is not)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise InputError(f"{name}: damaged Word document ({err})") from None
    if len(members) > limits.MAX_DOCX_MEMBERS:
        raise InputError(f"{name}: not a plausible Word document ({len(members)} parts)")
    sizes = {m.filename: m.file_size for m in members}
    if _DOCUMENT not in sizes:
        raise InputError(f"{name}: not a Word document (no {_DOCUMENT} inside the zip)")
    mb = limits.MB
    if sizes[_DOCUMENT] > limits.MAX_DOCX_XML_BYTES:
        raise InputError(
            f"{name}: the document text would unpack to {sizes[_DOCUMENT] / mb:.0f} MB "
            f"(limit {limits.MAX_DOCX_XML_BYTES / mb:.0f} MB): refused as a possible zip bomb"
        )
    if sum(sizes.values()) > limits.MAX_DOCX_TOTAL_BYTES:
        raise InputError(
            f"{name}: the document would unpack to {sum(sizes.values()) / mb:.0f} MB "
            f"(limit {limits.MAX_DOCX_TOTAL_BYTES / mb:.0f} MB): refused as a possible zip bomb"
        )


def _accepted_text(p) -> str:
    """A paragraph's text with its tracked changes accepted (inserted runs kept)."""
    parts: list[str] = []

    def walk(element) -> None:
        for child in element:
            if child.tag in _REMOVED:
                continue
            if child.tag in _RUN_TEXT:
                parts.append(child.text or "" if _RUN_TEXT[child.tag] is None
                             else _RUN_TEXT[child.tag])
            else:
                walk(child)

    walk(p)
    return "".join(parts)


def _paragraph_text(paragraph, tracked: bool) -> str:
    if tracked and paragraph._p.xpath(_TRACKED):
        return _accepted_text(paragraph._p)
    return paragraph.text


def _cells(row, tracked: bool) -> list[str]:
    out: list[str] = []
    for cell in row.cells:
        raw = "\n".join(_paragraph_text(p, True) for p in cell.paragraphs) if tracked else cell.text
        text = " ".join(raw.split())
        if text and (not out or out[-1] != text):  # merged cells repeat their text
            out.append(text)
    if len(out) > 1 and _SIGN_OFF_LABEL.fullmatch(out[0]) and not _HONORIFIC.match(out[1]):
        out[0] += ":"
    return out


def _box_paragraphs(table, tracked: bool) -> list[str] | None:
    """A one-cell table is a box ("KEY JUDGMENTS" and its items): its paragraphs stay
    paragraphs, not one run-on row. None for any other table."""
    if len(table.rows) != 1 or len(table.columns) != 1:
        return None
    paragraphs = (_paragraph_text(p, tracked) for p in table.rows[0].cells[0].paragraphs)
    return [" ".join(t.split()) for t in paragraphs if t.strip()]


def _check_length(document, name: str) -> None:
    """Refuse a document whose body text alone passes the article limit, counted in the
    parsed XML before any paragraph is read (text boxes, which are not read, left out)."""
    runs = document.element.body.xpath(".//w:t[not(ancestor::w:txbxContent)]/text()")
    chars = sum(len(run) for run in runs)
    if chars > limits.MAX_ARTICLE_CHARS:
        raise InputError(limits.too_long(name, chars))


def docx_to_text(data: bytes, name: str) -> DocxText:
    check_package(data, name)
    import docx  # imported late: only Word users pay for it
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        _check_length(document, name)
        blocks: list[str] = []
        hints: dict[str, str] = {}
        chars = 0
        warnings: list[str] = []
        tracked = bool(document.element.body.xpath(_TRACKED))
        if tracked:
            warnings.append(
                f"{name}: the document has tracked changes; it was read with them accepted "
                "(deleted wording left out)"
            )
        for item in document.iter_inner_content():
            # Stop once the text passes the article limit: reading the rest only costs time.
            if chars > limits.MAX_ARTICLE_CHARS:
                raise InputError(limits.too_long(name, chars, "over "))
            if isinstance(item, Table):
                rows = _box_paragraphs(item, tracked)
                if rows is None:
                    rows = [line for row in item.rows if (c := _cells(row, tracked))
                            for line in ticked_first("\t".join(c))]
                blocks.extend(rows)
                chars += sum(len(r) for r in rows)
                continue
            text = _paragraph_text(item, tracked).strip()
            if not text:
                continue
            chars += len(text)
            # The headline is a Title or Heading 1 near the top; looking up a paragraph's
            # style is slow (a millisecond), so only the first paragraphs are asked.
            if "headline" not in hints and len(blocks) < _HEADLINE_PARAGRAPHS:
                style = (item.style.name if item.style is not None else "") or ""
                if style.lower().startswith(("title", "heading 1")):
                    hints["headline"] = " ".join(text.split())
            blocks.extend(ticked_first(text))
        if day := cover_date(blocks) or held_date(blocks):  # a cover table's "Response
            hints["published_fallback"] = day  # date" row, a transcript's "held <date>" line
        if "headline" not in hints and (title := order_title(blocks)):
            hints["headline"] = title  # an order is titled by its title line, not its copy no.
        core = document.core_properties
        if (core.title or "").strip():
            hints["headline_fallback"] = core.title.strip()
    except InputError:
        raise
    except Exception as err:  # noqa: BLE001 - python-docx/lxml raise many kinds
        raise InputError(
            f"{name}: unreadable Word document ({type(err).__name__}: {err})"[:300]
        ) from None
    return DocxText("\n\n".join(blocks), hints, warnings)
