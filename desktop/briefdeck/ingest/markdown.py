"""Markdown to plain text: syntax removed, words kept, paragraphs joined onto one line.

The returned text is what the Article holds, so every offset (boilerplate, facts) refers
to it; nothing points back into the markdown source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefdeck.ingest.file_name_titles import is_file_name

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
# "## The recipe {#recipe}", "# Timeline {#timeline .wide}": a heading's attribute block (an
# anchor or a class for the site, as Pandoc and kramdown write them), no words of the heading.
_HEADING_ATTRIBUTES = re.compile(r"[ \t]*+\{[#.][^{}\n]{0,200}+\}$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_BULLET = re.compile(r"^\s*[-*+]\s+(?:\[[ xX]\]\s+)?")
_ORDERED = re.compile(r"^\s*\d{1,9}[.)]\s+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_REF_DEF = re.compile(r"^\s{0,3}\[(?!\^)[^\]]+\]:\s*\S+")
_FOOTNOTE_DEF = re.compile(r"^\s{0,3}\[\^[^\]]+\]:\s*")
# "**Reference:** JRAC/IB/26/114": a labelled field, kept on its own line like a list item
# (a block of such fields is a form, not one paragraph).
_FIELD = re.compile(r"^\s{0,3}(?:\*\*|__)[A-Z][\w ()/-]{0,40}(?::(?:\*\*|__)|(?:\*\*|__):)\s")
# A line that only goes on with a field's value hard-wrapped ("**Update:** The army said two" /
# "drones were shot down"): the value has not ended a sentence, and the line runs on in lower
# case or the value is already prose (a form's "**Reference:** JRAC/26" is followed by the
# next thing).
_SENTENCE_END = re.compile(r"[.!?:;)\]\"”'’]\s*$")


def _wrapped_on(field_line: str, line: str) -> bool:
    if _SENTENCE_END.search(field_line):
        return False
    first = line.lstrip()[:1]
    value = field_line.split(":", 1)[-1].split()
    return first.islower() or first.isdigit() or len(value) >= 4


# A line that is only a picture (or a linked one): its alt text describes the image, not the
# story, and an HTML page's <img> gives no text either.
_IMAGE_LINE = re.compile(
    r"^\s*(?:\[?!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)(?:\]\([^)\n]{0,2000}\))?\s*)+$"
)
# A line that is only a Hugo shortcode: "{{< figure src=... caption=... >}}", "{{< tweet ...
# >}}", "{{< notice info >}}" ... "{{< /notice >}}". Markup, like an image line: a figure's
# caption is picture furniture, and a paired shortcode's words (between its lines) stay as
# a paragraph of their own.
_SHORTCODE_LINE = re.compile(
    r"^\s*\{\{[<%]\s*/?\s*[\w.-]{1,40}(?:\s[^\n]{0,2000}?)?\s*[>%]\}\}\s*$"
)

# Every repeat is bounded so that unclosed markers cannot make a line quadratic.
_INLINE = (
    (re.compile(r"`([^`\n]{1,500})`"), r"\1"),
    (re.compile(r"!\[([^\]]{0,500})\]\([^)]{0,2000}\)"), r"\1"),  # image: keep the alt text
    (re.compile(r"\[([^\]]{1,500})\]\([^)]{0,2000}\)"), r"\1"),  # link: keep the words
    (re.compile(r"\[([^\]^][^\]]{0,500})\]\[[^\]]{0,200}\]"), r"\1"),  # reference link
    (re.compile(r"\[\^[^\]]{1,100}\]"), ""),  # footnote marker
    (re.compile(r"<((?:https?|mailto):[^>\s]{1,2000})>"), r"\1"),  # autolink
    (re.compile(r"</?[A-Za-z][\w-]{0,30}(?:\s[^<>]{0,500})?/?>"), ""),  # inline HTML tags
    (re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.{1,500}?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.{1,500}?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"~~(?=\S)(.{1,500}?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),  # backslash escapes last
)
_FRONT_KEYS = {
    "title": "headline",
    "headline": "headline",
    "author": "byline",
    "authors": "byline",
    "byline": "byline",
    "owner": "byline",  # a Notion page's owner: who keeps the page, its writer
    "date": "published",
    "published": "published",
    "source": "outlet",
    "outlet": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "url": "url",
    "link": "url",
}


@dataclass
class Markdown:
    text: str
    hints: dict[str, str] = field(default_factory=dict)  # headline, byline, published ...


def inline(line: str) -> str:
    for pattern, repl in _INLINE:
        line = pattern.sub(repl, line)
    return line


def _front_matter(lines: list[str], hints: dict[str, str]) -> list[str]:
    """Drop a YAML front-matter block, keeping title/author/date as hints."""
    if not lines or lines[0].strip() != "---":
        return lines
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in ("---", "..."):
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                target = _FRONT_KEYS.get(key.strip().lower())
                if sep and target and value.strip() and target not in hints:
                    hints[target] = value.strip().strip("'\"[]")
            return lines[end + 1 :]
    return lines


def markdown_to_text(source: str) -> Markdown:
    if "::" in source[:4000]:  # cheap test first: an outliner's export has property lines
        from briefdeck.ingest.outlines import looks_like_outline, outline_to_text

        if looks_like_outline(source):
            return Markdown(*outline_to_text(source))
    hints: dict[str, str] = {}
    lines = _front_matter(source.split("\n"), hints)
    out: list[str] = []
    para: list[str] = []  # lines of the current plain paragraph, joined on one line
    field = [False]  # the paragraph is a labelled field's line so far
    in_code = False

    def flush() -> None:
        field[0] = False
        if para:
            out.append(" ".join(para))
            para.clear()

    def heading(text: str, level: int) -> None:
        flush()
        if text.endswith("}"):
            text = _HEADING_ATTRIBUTES.sub("", text)
        text = inline(text).strip()
        if level == 1 and "headline" not in hints and text and not is_file_name(text):
            hints["headline"] = text
        out.append(text)

    for raw in lines:
        if _FENCE.match(raw):
            flush()
            in_code = not in_code
            continue
        if in_code:
            out.append(raw.rstrip())
            continue
        if not raw.strip():
            flush()
            out.append("")
            continue
        if _SETEXT.match(raw) and para and len(para) == 1 and not field[0]:
            heading(para.pop(), 1 if "=" in raw else 2)
            continue
        if _RULE.match(raw):
            flush()
            out.append("")
            continue
        m = _ATX.match(raw)
        if m:
            heading(m.group(2), len(m.group(1)))
            continue
        if _REF_DEF.match(raw) or _TABLE_RULE.match(raw) and "|" in raw:
            continue
        line = _QUOTE.sub("", raw)
        if _FOOTNOTE_DEF.match(line):  # each footnote is its own line, as the note shows it
            flush()
            line = _FOOTNOTE_DEF.sub("", line)
        if _IMAGE_LINE.match(line) or line.lstrip()[:2] == "{{" and _SHORTCODE_LINE.match(line):
            flush()
            continue
        if "|" in line and line.strip().startswith("|"):  # table row: cells on one line
            flush()
            cells = [inline(c.strip()) for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
            # empty cells kept: a column is read by its place under the header (event_table)
            out.append("\t".join(cells).rstrip("\t") if any(cells) else "")
            continue
        bullet = _BULLET.match(line) or _ORDERED.match(line)
        if bullet:
            flush()
            keep = line[bullet.start() : bullet.end()].strip() if _ORDERED.match(line) else ""
            out.append(f"{keep} {inline(line[bullet.end() :]).strip()}".strip())
            continue
        if _FIELD.match(line):
            flush()
            para.append(inline(line.strip()))
            field[0] = True
            continue
        if field[0]:
            if not _wrapped_on(para[-1], line):
                flush()  # the field stands on its own line; a new paragraph starts
            field[0] = False
        para.append(inline(line.strip()))
    flush()
    return Markdown("\n".join(out), hints)
