"""PDF text layer (pypdf), re-flowed so that one paragraph is one line."""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field

from briefdeck.errors import InputError
from briefdeck.ingest import limits
from briefdeck.ingest.columns import page_lines, two_column_blocks
from briefdeck.ingest.fax_sheets import is_fax_stamp
from briefdeck.ingest.file_dates import creation_day, undated_text_day
from briefdeck.ingest.hyphens import join_hyphenated, vocabulary
from briefdeck.ingest.line_numbers import drop_margin_numbers
from briefdeck.ingest.name_titles import ends_on_title
from briefdeck.ingest.note_marks import Mark, drop_listed_note_marks, drop_note_marks
from briefdeck.ingest.ocr import repair_numbers
from briefdeck.ingest.pdf_titles import join_title_lines
from briefdeck.ingest.printed_tables import table_page
from briefdeck.ingest.stamps import numeric_date
from briefdeck.ingest.type_changes import break_at_type_changes

logging.getLogger("pypdf").setLevel(logging.CRITICAL)

_SENTENCE_END = re.compile(r"[.!?:][\"'”’)]*$")
# '"... for his friends." John 15:13': a quotation closed by its reference (book chapter:verse)
# ends its line as a sentence would: an epigraph, never run into the line below it.
_CITED_END = re.compile(
    r"[\"”]\s*[-–—]?\s*(?:[1-3] )?[A-Z][a-z]{1,15}\.? \d{1,3}:\d{1,3}(?:[-–]\d{1,3})?$"
)
# "Page 1 of 2", "3 / 12", "- 4 -": a page's number, never part of the paragraph above it.
_PAGE_MARK = re.compile(
    r"^(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])$",
    re.I,
)
# "Quarterly Brief No. 7 | Page 2 of 5": a running footer, never part of a paragraph
_PAGE_TAIL = re.compile(r"[|•·–—]\s*page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
# "Case 1:26-cv-03418   Document 1   Filed 11/24/26   Page 2 of 3": a US court filing's
# running head (the court's docketing stamp), never part of a paragraph
FILING_HEAD = re.compile(r"^Case\s+\d{1,2}:\d{2}-[a-z]{2,5}-\d{3,6}\b.{0,80}\bPage\s+\d{1,4}\s+of"
                         r"\s+\d{1,4}\b", re.I)
_FILED = re.compile(r"^Case\s+\d{1,2}:\d{2}-[a-z]{2,5}-\d{3,6}\b.{0,60}?\bFiled\s+(\d{1,2})/"
                    r"(\d{1,2})/(\d{2}|\d{4})\b", re.I | re.M)
# "TERRE HAUTE | FRIDAY, NOVEMBER 20, 2026 | $2.00", "A1 | FRONT PAGE | FRIDAY ...": an edition
# or folio line, its fields set apart by bars: print furniture on a line of its own, never prose.
_BARRED_LINE = re.compile(r"^[^|]{1,80}\s\|\s[^|]{1,80}(?:\s\|\s[^|]{1,80})*$")
# "By Jane Doe, Courier staff, and wire reports": a byline over the story's first line.
_BYLINE_LINE = re.compile(
    r"^By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:,[^.!?]*)?(?:\s+and\s+[^.!?]*)?$"
)
_NOT_A_TITLE = re.compile(
    r"^\(?(?:untitled|anonymous)\)?$|^microsoft word - |^document\d*$|"
    r"\.\w{2,4}$",
    re.I,
)


@dataclass
class PdfText:
    text: str
    hints: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


# Typesetting ligatures that NFC keeps: "ﬁghter" must read as "fighter".
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)


# A table cell on a line of its own: short, and no sentence.
_CELL = re.compile(r"^[^.!?;:]{1,40}$")
# A date cell: "20/04/2027", "2027-04-20", "20.04.27", "20 Apr 2027", "Apr 20"
_DATE_CELL = re.compile(
    r"^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{2,4})?|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)$"
)
_TOTAL_CELL = re.compile(r"^(?:grand\s+)?totals?\b", re.I)


def _tables(lines: list[str]) -> list[str]:
    """A table whose text layer gives one cell per line (a dated incident list): its rows
    rebuilt, cells joined by tabs, the header row too, so that a row reads as one line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _CELL.match(lines[j]):
            j += 1
        if j - i >= 8:
            out.extend(_rows(lines[i:j]))
            i = j
        else:
            out.extend(lines[i:j + 1])
            i = j + 1
    return out


def _rows(run: list[str]) -> list[str]:
    dated = [k for k, cell in enumerate(run) if _DATE_CELL.match(cell)]
    if len(dated) < 2:
        return run
    width = dated[1] - dated[0]  # the date column recurs once a row
    if width < 3:
        return run
    for col in range(width):  # the date column's place in the row: the header above is words
        start = dated[0] - col
        if start >= width and not any(re.search(r"\d", c) for c in run[start - width:start]):
            break
    else:
        return run
    out = run[:start - width] + ["\t".join(run[start - width:start])]
    k = start
    while k + width <= len(run) and _DATE_CELL.match(run[k + col]):
        out.append("\t".join(run[k:k + width]))
        k += width
    if k < len(run) and _TOTAL_CELL.match(run[k]):  # a totals row, its cells merged
        end = min(len(run), k + width)
        out.append("\t".join(run[k:end]))
        k = end
    return out + run[k:]


def reflow(page: str, vocab: set[str] | None = None) -> str:
    """Join the visual lines of a paragraph; a short line or a blank line ends it. A word
    broken at the line end is made whole again (vocab: the document's words, see hyphens)."""
    lines = [line.strip() for line in page.translate(_LIGATURES).split("\n")]
    if len(lines) >= 8:
        lines = _tables(lines)
    widest = max((len(line) for line in lines), default=0)
    column = _column_width([len(line) for line in lines if line])
    out: list[str] = []
    soft: set[int] = set()  # paragraphs ended only by a short line, not by a gap or a mark
    para = ""
    for line in lines:
        if not line:
            if para:
                out.append(para)
            para = ""
            continue
        if "\t" in line or (len(line) <= 16 and _PAGE_MARK.match(line)) or (
                len(line) <= 100 and _PAGE_TAIL.search(line)) or _BARRED_LINE.match(line) or (
                len(line) <= 140 and FILING_HEAD.match(line)) or (
                not para and len(line) <= 80 and _BYLINE_LINE.match(line)) or (
                line[:1].isalnum() and is_fax_stamp(line)):  # a fax machine's stamp
            if para:
                out.append(para)
            out.append(line)
            para = ""
            continue
        if _ITEM_NUMBER.match(line):  # "4." alone: it opens the item below, not the one above
            if para:
                out.append(para)
            para = line
            continue
        # (the paragraph's tail alone: a long paragraph is never searched line after line)
        if para and _is_short_heading(line, widest) and _HEADING_AFTER_STOP.search(para[-24:]):
            out.append(para)  # "... Quds Force." then "Yemen": a section heading, not prose
            para = ""
        if not para:
            para = line
        elif para.endswith(("-", "\xad")):
            para = join_hyphenated(para, line, vocab)
        else:
            para = f"{para} {line}"
        # A line well short of the column width ends its paragraph (or is a heading); so does
        # a sentence on a line wider than the column: small print (a disclaimer, a footer).
        # ("... Those two, Sgt." over "Jo Ames of ...": a title's full stop ends no sentence)
        ends = (_SENTENCE_END.search(line) is not None and not ends_on_title(line)) or (
            line[-1:].isdigit() and ":" in line and _CITED_END.search(line) is not None
        )
        if len(line) < 0.7 * widest or (ends and not 0.85 * widest <= len(line) <= 1.1 * column):
            soft.add(len(out))
            out.append(para)
            para = ""
    if para:
        out.append(para)
    return "\n\n".join(_rejoin(out, soft, vocab))


def _rejoin(paras: list[str], soft: set[int], vocab: set[str] | None) -> list[str]:
    """Paragraphs that a short line cut in the middle of a sentence, made whole again."""
    out: list[str] = []
    for k, para in enumerate(paras):
        if out and k - 1 in soft and continues(out[-1], para):
            out[-1] = (join_hyphenated(out[-1], para, vocab) if out[-1].endswith(("-", "\xad"))
                       else f"{out[-1]} {para}")
        else:
            out.append(para)
    return out


_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*[,;]?(?:\s|$)")  # a word, not "www.site.org"
# Words that never end a sentence: a paragraph stopping on one was cut ("the Department of")
_CUT_WORDS = frozenset("of the a an and or to by in on at for from with".split())
# Words that open a sentence of their own, never the rest of a name cut at a line end.
_OPENERS = frozenset(
    "The A An In On At It He She They We I This That These Those But And Or So Yet As If "
    "When While After Before Since Meanwhile However Also There Its His Her Their Our".split()
)


_TAIL = 400  # how much of a paragraph's end tells whether its sentence goes on


def continues(prev: str, nxt: str) -> bool:
    """Whether paragraph nxt is the rest of prev's sentence, cut by a column or line break:
    prev (more than a heading's words) stops mid-sentence and nxt goes on in lower case
    ("... said the" / "drones were ..."), or with the rest of a name ("Commander Jane" /
    "Doe said ..."); or prev opens a quotation that nxt closes without opening its own."""
    words = prev[-_TAIL:].split()  # its last words tell (a long run is never split whole)
    if ("\t" in prev[-_TAIL:] or "\t" in nxt or len(words) <= 8 or not nxt
            or sum(w[:1].islower() for w in words) < 3):  # a masthead or a title: no prose
        return False
    if ends_on_title(prev):  # "... Those two, Sgt." / "Jo Ames of Petal ...": the name
        head = nxt.split(None, 1)[0] if nxt.strip() else ""
        return head[:1].isupper() and head.rstrip(",").isalpha() and head not in _OPENERS
    if _SENTENCE_END.search(prev) is None:
        if _LOWER_WORD.match(nxt) or (words[-1] in _CUT_WORDS and nxt[:1].isalnum()):
            return True
        tail, head = words[-2:], nxt.split(None, 2)
        return (len(head) >= 2 and all(w[:1].isupper() and w.isalpha() for w in tail)
                and head[0].isalpha() and head[0][0].isupper() and head[0] not in _OPENERS
                and head[1][:1].islower())
    return _open_quote(prev) and nxt[0] not in "\"“‘'" and _open_quote(nxt, closing=True)


def _open_quote(text: str, closing: bool = False) -> bool:
    """An odd number of straight double quotes, or more curly openers than closers (more
    closers, when closing): a quotation cut in two."""
    if "“" in text or "”" in text:
        more = text.count("”") - text.count("“") if closing else text.count("“") - text.count("”")
        return more > 0
    return text.count('"') % 2 == 1


# A list item's number (or letter) on a line of its own: "4.", "12)", "(b)".
_ITEM_NUMBER = re.compile(r"^(?:\(?\d{1,2}[.)]|\([a-z]\)|[a-z]\))$")
_HEADING_AFTER_STOP = re.compile(r"[.!?][\"”’)\]]*$|\[\d+\]$")  # "... Force.[13]" too


def _is_short_heading(line: str, widest: int) -> bool:
    """A line of one to four capitalised words, well short of the column: a section heading
    ("Yemen", "Northern Syria") that the extraction read into the paragraph above it."""
    words = line.split()
    return (0 < len(words) <= 4 and len(line) < 0.4 * widest and not _SENTENCE_END.search(line)
            and all(w[:1].isupper() or w in ("and", "of", "the", "&") for w in words))


def _column_width(lengths: list[int]) -> int:
    """The length of a full line of body text: most lines of a page are no longer."""
    if len(lengths) < 5:
        return max(lengths, default=0)
    return sorted(lengths)[int(0.8 * (len(lengths) - 1))]


def pdf_to_text(data: bytes, name: str) -> PdfText:
    from pypdf import PdfReader  # imported late: only PDF users pay for it

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: the PDF is password-protected")
        pages = reader.pages
        if len(pages) > limits.MAX_PDF_PAGES:
            raise InputError(
                f"{name}: too many pages ({len(pages)}; the limit is {limits.MAX_PDF_PAGES})"
            )
        marks: list[Mark] = []
        pages_read = _page_texts(pages, name, marks)
        texts = [text for text, _ in pages_read]
        title = str(reader.metadata.get("/Title") or "").strip() if reader.metadata else ""
        created = creation_day(reader.metadata)
    except InputError:
        raise
    except Exception as err:  # noqa: BLE001 - pypdf raises many kinds on broken files
        raise InputError(f"{name}: unreadable PDF ({type(err).__name__}: {err})"[:300]) from None
    empty = sum(1 for t in texts if not t.strip())
    if empty == len(texts):
        raise InputError(f"{name}: the PDF has no text layer (scanned?); run OCR on it first")
    warnings = [f"{empty} of {len(texts)} pages have no text layer (scanned?)"] if empty else []
    # The /Title entry is often junk: the text's own headline comes first.
    hints = {"headline_fallback": title} if title and not _NOT_A_TITLE.search(title) else {}
    vocab = vocabulary(texts)
    flowed = [
        reflow(text, vocab) if blocks is None
        else _join_blocks([(col, reflow(b, vocab)) for col, b in blocks], vocab)
        for text, blocks in pages_read
        if text.strip()
    ]
    # OCR noise inside numbers is mended here, before any span indexes the text.
    text = drop_listed_note_marks(drop_note_marks(join_pages(flowed), marks))
    filed = _FILED.search(text)
    if filed:  # a court filing is published the day the clerk stamped it filed
        month, day, year = filed.groups()
        iso = numeric_date(day=day, month=month, year=year)
        if iso:
            hints["published_fallback"] = iso
    text = repair_numbers(text)
    # a text that dates nothing of its own (an annual report's excerpt): the file's stamp
    if "published_fallback" not in hints and (made := undated_text_day(text, created)):
        hints["published_fallback"] = made
    return PdfText(text, hints, warnings)


def _page_texts(pages, name: str, marks: list[Mark]) -> list[tuple[str, list[str] | None]]:
    """The text of each page, and its blocks in reading order when it is set in two
    columns (None otherwise); stops as soon as the text is sure to pass the article limit,
    so a long report is refused after the pages that prove it, not after all of them."""
    texts: list[tuple[str, list[str] | None]] = []
    letters = 0  # characters other than spaces: reflowing cannot make them fewer
    for page in pages:
        text, lines = page_lines(page, marks)
        numbered = drop_margin_numbers(text)  # a transcript's margin line numbers
        blocks = two_column_blocks(lines, float(page.mediabox.width))
        # a table's wrapped cells, a row to a line (never a transcript's numbered lines)
        rebuilt = table_page(lines, blocks is not None) if numbered == text else None
        text, blocks = (numbered, blocks) if rebuilt is None else (rebuilt, None)
        if not texts:  # the title block, wrapped over lines in large type
            text = join_title_lines(text, lines)
        if blocks is None and rebuilt is None:  # a title over its authors' line stays apart
            text = break_at_type_changes(text, lines)
        texts.append((text, blocks))
        letters += len(text) - sum(text.count(c) for c in " \n\t")
        if letters > limits.MAX_ARTICLE_CHARS:
            raise InputError(
                limits.too_long(
                    name, letters, f"{len(texts)} of {len(pages)} pages already hold over "
                )
            )
    return texts


def _join_blocks(blocks: list[tuple[bool, str]], vocab: set[str]) -> str:
    """A page's blocks in reading order; a paragraph that runs on from the foot of one
    column to the head of the next (no sentence end, more than a heading's words) is whole."""
    text, in_column = "", False
    for column, block in blocks:
        if not block:
            continue
        last = text.rsplit("\n\n", 1)[-1]
        runs_on = (
            text and in_column and column and not _SENTENCE_END.search(text)
            and "\t" not in last and "\t" not in block.split("\n\n", 1)[0]
            and len(last.split()) > 8 and block[:1].isalnum()
        ) or (text and in_column and column and continues(last, block.split("\n\n", 1)[0]))
        if runs_on:
            text = (join_hyphenated(text, block, vocab) if text.endswith(("-", "\xad"))
                    else f"{text} {block}")
        else:
            text += ("\n\n" if text else "") + block
        in_column = column
    return text


def join_pages(pages: list[str]) -> str:
    """Pages one after another; a paragraph cut by a page break is made whole again, with the
    next page's running head and number (set between the two halves) lifted out of it."""
    text = ""
    for page in pages:
        head, rest = _running_head(page)
        if text and not _SENTENCE_END.search(text) and page[:1].islower():
            text += " " + page
        elif (head and text and not _SENTENCE_END.search(text) and _LOWER_WORD.match(rest)
              and len(text.rsplit("\n\n", 1)[-1].split()) > 8):  # prose cut, not a footer
            cut, _, after = rest.partition("\n\n")
            text += " " + cut + "".join("\n\n" + part for part in (head, after) if part)
        else:
            body, cut, foot = text.rpartition("\n\n")
            first, _, after = page.partition("\n\n")
            if cut and (FILING_HEAD.match(foot) or _PAGE_MARK.match(foot)) and continues(
                    body.rsplit("\n\n", 1)[-1], first):  # a paragraph cut by a page's footer
                text = f"{body} {first}\n\n{foot}" + (f"\n\n{after}" if after else "")
            else:
                text += ("\n\n" if text else "") + page
    return text


def _running_head(page: str) -> tuple[str, str]:
    """(the page's head furniture, the rest): up to three short lines over the text, none a
    sentence ("S/PV.10312   The situation in the Middle East   03/12/2026", "26-41237", "2/2")."""
    parts = page.split("\n\n", 4)
    k = 0
    while (k < min(3, len(parts) - 1) and len(parts[k]) <= 90 and "\n" not in parts[k]
           and not _SENTENCE_END.search(parts[k]) and not parts[k][:1].islower()):
        k += 1
    return "\n\n".join(parts[:k]), "\n\n".join(parts[k:])
