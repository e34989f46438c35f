"""A notebook's code and what the code printed: the analyst's tools, not the reporting.

A Jupyter notebook exported to Markdown (or pasted) keeps its code cells as plain lines
("import pandas as pd", "df = pd.read_csv(LOG)", "nov.groupby("type").size()") with their
outputs under them (a dataframe's aligned columns, "dtype: int64", "<Figure size 640x480 with
1 Axes>"). Column names in the code read as quoted words and the printed counts as figures;
the commentary cells between them are the notebook's reporting and stay.

A block (lines between blank lines) is code when every line is a statement or a comment and
one at least is plainly code (an import, an assignment of a call, a call or subscript chain);
the blocks right after code are its output when every line looks printed, not written.
"""

from __future__ import annotations

import re

from briefdeck.ingest.line_kinds import ArticleLine, is_prose

_IMPORT = re.compile(
    r"^(?:import [\w.]+(?: as \w+)?(?:, [\w.]+(?: as \w+)?)*"
    r"|from [\w.]+ import (?:\*|\(?[\w, ]+\)?))$"
)
# "df = pd.read_csv(LOG)", "cols = ["date", "vessel"]", "n += len(rows)"
_ASSIGN = re.compile(r"^[A-Za-z_][\w.]*(?:\[[^\]\n]{0,80}\])? {0,8}[-+*/]?= ?(?!=)\S")
_CALLEE = re.compile(r"^[A-Za-z_][\w.]*$")
# "for row in rows:", "return df", "plt.show()" is a call; a statement keyword opening a line
_KEYWORD = re.compile(
    r"^(?:(?:for|if|elif|while|def|class|with|try|except|finally|else)\b[^\n]{0,200}:"
    r"|return\b|pass|break|continue|raise\b)"
)
_COMMENT = re.compile(r"^#{1,2} ?\S")
# printed output: an object's repr, a pandas footer, numbers alone, aligned columns
_REPR = re.compile(r"^<[\w.]+:?(?: [^<>\n]{0,200})?>$")
_FOOTER = re.compile(r"^(?:dtype|Name|Length|Freq): \S|^\[\d+ rows x \d+ columns\]$")
_NUMBERS = re.compile(r"^[-\d.,%]+(?: +[-\d.,%]+)*$")
_TOKEN = re.compile(r"^[\w.]{1,40}$")


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _is_expression(text: str) -> bool:
    """A call or subscript chain on a name: print(len(df)), nov[nov.killed > 0][cols]."""
    if text[-1] not in ")]" or text.endswith("[edit]"):  # "Background[edit]": a wiki heading
        return False
    if not any(ch in text for ch in "(.\"'=,"):  # "Notes[1]": a word and its note mark
        return False
    cut = min((k for k in (text.find("("), text.find("[")) if k > 0), default=-1)
    return cut > 0 and bool(_CALLEE.match(text[:cut])) and _balanced(text)


def _is_plain_code(text: str) -> bool:
    if text.startswith(("import ", "from ")):
        return bool(_IMPORT.match(text))
    if "=" in text and _ASSIGN.match(text):
        rhs = text.split("=", 1)[1]
        return any(ch in rhs for ch in "([{\"'") and _balanced(text)
    return _is_expression(text)


def _is_statement(text: str) -> bool:
    return _is_plain_code(text) or bool(_COMMENT.match(text) or _KEYWORD.match(text))


def _is_printed(line: ArticleLine) -> bool:
    t = line.text
    if is_prose(t, line.words) and not _REPR.match(t):
        return False
    return bool(
        _REPR.match(t) or _FOOTER.match(t) or _NUMBERS.match(t) or "  " in t or _TOKEN.match(t)
    )


def _is_output(block: list[ArticleLine]) -> bool:
    """Every line printed; a one-word line alone is a heading, not an output."""
    if not all(_is_printed(ln) for ln in block):
        return False
    return any(
        _REPR.match(ln.text) or _FOOTER.match(ln.text) or _NUMBERS.match(ln.text) or "  " in ln.text
        for ln in block
    )


def _blocks(text: str, lines: list[ArticleLine]) -> list[list[int]]:
    """Line indices grouped by paragraph: a blank line between two lines splits them."""
    out: list[list[int]] = []
    for i, line in enumerate(lines):
        if i and text.count("\n", lines[i - 1].end, line.start) < 2:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def has_code(text: str) -> bool:
    """Cheap test first: a notebook imports something or prints something on its lines."""
    return "\nimport " in text or ("\nfrom " in text and " import " in text) or "print(" in text


def flag_code_cells(text: str, lines: list[ArticleLine], flags: dict[int, str]) -> None:
    plain = [
        i
        for i, ln in enumerate(lines)
        if ln.words <= 40 and ln.text[-1:] in ")]}\"'" or ln.text.startswith(("import ", "from "))
    ]
    if sum(1 for i in plain if _is_plain_code(lines[i].text)) < 2:
        return  # one code-like line is a quirk of the text, not a notebook
    after_code = False
    for block in _blocks(text, lines):
        rows = [lines[i] for i in block]
        if all(_is_statement(ln.text) for ln in rows) and any(
            _is_plain_code(ln.text) for ln in rows
        ):
            kind, after_code = "code cell", True
        elif after_code and _is_output(rows):
            kind = "code output"
        else:
            after_code = False
            continue
        for i in block:
            flags.setdefault(i, kind)
