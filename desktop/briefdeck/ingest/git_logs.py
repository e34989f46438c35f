"""A terminal's print of `git log -p` / `git show` / `git diff`, read as the files' new text.

A dataset kept in git is often shared as the log of its last commits: each commit's hash,
author, date and message, a diffstat, then per file a unified diff, its hunks' lines marked
"+" (added), "-" (removed) or " " (unchanged). The reader wants what the files say now: the
markers come off the added and unchanged lines; a removed line is an earlier version (a
superseded toll), so it is set under the minus sign a wiki diff uses (wiki_diffs), which
the furniture rules flag: it stays in sight and is never drafted. A log lists the newest
commit first, so a line an older commit added and a newer one removed is marked as removed
too. A hunk header carrying a table's column names (git prints the file's first line there
when a CSV hunk has no better context) gives those names their own line over the rows, as
the first line of a CSV file would read. The newest commit gives the date, its author the
byline and its subject the headline. The git furniture itself (command, hashes, diffstat,
diff/index/---/+++ and @@ lines, trailers) is flagged by the rules at the end of this module.
"""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime

from dateutil import parser as dateparser

from briefdeck.ingest.rules import Rule, _rule
from briefdeck.ingest.wiki_diffs import REMOVED_MARK

_COMMIT = re.compile(r"^commit [0-9a-f]{7,40}\b")
_DIFF = re.compile(r"^diff --git (?:a/)?(\S{1,400}) (?:b/)?(\S{1,400})$")
_HUNK = re.compile(r"^@@ -\d{1,9}(?:,(\d{1,9}))? \+\d{1,9}(?:,(\d{1,9}))? @@ ?(.*)$")
_AUTHOR = re.compile(r"^Author:\s+([^<>\n]{1,120}?)\s*(?:<[^<>\n]{0,200}>)?$")
_DATE = re.compile(r"^(?:Author)?Date:\s+(.{6,60})$")
# column names: words, never a bare number or a date (a data row in the header's place)
_COLUMN = re.compile(r"[A-Za-z_][\w .()/%#-]{0,40}")
_MAX_LINES = 20000  # a log longer than that is read as it was printed


def looks_like_git_log(text: str) -> bool:
    """A commit's head (hash and author) or a diff's `diff --git` line near the top."""
    head = text[:4000]
    if "commit " in head and "\nAuthor:" in head:
        return any(_COMMIT.match(line) for line in head.split("\n"))
    return "diff --git " in head and any(_DIFF.match(line) for line in head.split("\n"))


def _when(value: str):
    try:
        return parsedate_to_datetime(value)  # "Mon, 30 Nov 2026 21:47:12 +0300"
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dateparser.parse(value)  # git's default "Mon Nov 30 21:47:12 2026 +0300"
    except (ValueError, OverflowError, TypeError):
        return None


def _is_header(tail: str, row: str) -> bool:
    """Is a hunk header's context the column names of the table whose rows follow?"""
    cells = tail.split(",")
    return (
        len(cells) >= 3
        and len(cells) == row.count(",") + 1
        and all(_COLUMN.fullmatch(c.strip()) for c in cells)
        and any(ch.isdigit() for ch in row)
    )


def _commits(lines: list[str]) -> list[tuple[int, dict[str, str]]]:
    """Each commit's first line and its author, date and subject."""
    out: list[tuple[int, dict[str, str]]] = []
    for i, line in enumerate(lines):
        if _COMMIT.match(line):
            out.append((i, {}))
        elif out and len(out[-1][1]) < 3:
            info = out[-1][1]
            author, date = _AUTHOR.match(line), _DATE.match(line)
            if author and "byline" not in info:
                info["byline"] = author.group(1)
            elif date and "published" not in info:
                info["published"] = date.group(1).strip()
            elif line.startswith("    ") and line.strip() and "headline" not in info:
                info["headline"] = line.strip()
    return out


def _newest_first(commits: list[tuple[int, dict[str, str]]]) -> bool:
    """git log prints the newest commit first, unless asked for --reverse."""
    if len(commits) < 2:
        return True
    first, last = (_when(c[1].get("published", "")) for c in (commits[0], commits[-1]))
    try:
        return not (first and last and first < last)
    except TypeError:  # one stamp with a zone, one without
        return True


def git_log_to_text(text: str) -> tuple[str, dict[str, str]] | None:
    """The log with its hunks read as the files' text, and the newest commit's hints."""
    lines = text.split("\n")
    if len(lines) > _MAX_LINES:
        return None
    commits = _commits(lines)
    newest_first = _newest_first(commits)
    # the hunks, in the order the log prints them: (index of the @@ line, path)
    hunks: list[tuple[int, str]] = []
    path = ""
    for i, line in enumerate(lines):
        diff = _DIFF.match(line) if line.startswith("diff --git ") else None
        if diff:
            path = diff.group(2)
        elif line.startswith("@@ ") and _HUNK.match(line):
            hunks.append((i, path))
    if not hunks:
        return None
    out = list(lines)
    inserted: dict[int, str] = {}  # a header's column names, set after its @@ line
    gone: dict[str, set[str]] = {}  # what newer commits removed, by file
    order = hunks if newest_first else hunks[::-1]
    for at, path in order:
        m = _HUNK.match(lines[at])
        old = int(m.group(1)) if m.group(1) is not None else 1
        new = int(m.group(2)) if m.group(2) is not None else 1
        removed_here: set[str] = set()
        i = at + 1
        while i < len(lines) and (old > 0 or new > 0):
            line = lines[i]
            mark, body = line[:1], line[1:]
            if mark == "-":
                old -= 1
                out[i] = REMOVED_MARK + body if body.strip() else ""
                removed_here.add(body)
            elif mark == "+" or mark == " " or not line:
                new -= 1
                old -= mark != "+"
                superseded = body.strip() and body in gone.get(path, ())
                out[i] = REMOVED_MARK + body if superseded else body
            elif mark == "\\":  # "\ No newline at end of file": git's note, no line of the file
                out[i] = ""
            else:
                break
            i += 1
        gone.setdefault(path, set()).update(removed_here)
        tail = m.group(3).strip()
        first_row = next((lines[j][1:] for j in range(at + 1, i) if lines[j][1:].strip()), "")
        if tail and _is_header(tail, first_row):
            out[at] = lines[at][: m.start(3)].rstrip()
            inserted[at] = tail
    if inserted:
        out = [
            x
            for j, line in enumerate(out)
            for x in ((line, inserted[j]) if j in inserted else (line,))
        ]
    hints: dict[str, str] = {}
    if commits:
        newest = commits[0][1] if newest_first else commits[-1][1]
        hints = {k: v for k, v in newest.items() if v}
    return "\n".join(out), hints


# fmt: off
RULES: tuple[Rule, ...] = (
    # "$ git log -p -2 --stat data/x.csv": the command that printed the log.
    _rule("command line", r"^[$#%>] git [a-z-]{2,20}\b", 30, flags=0, hints=("git ",)),
    # "commit 9f3c2e7... (HEAD -> main, origin/main)": a commit's hash, its refs.
    _rule("commit hash", r"^commit [0-9a-f]{7,40}(?: \([^()]{0,200}\))?$", 12, flags=0,
          hints=("commit ",)),
    # "Reviewed-by: @jo", "Signed-off-by: Jo Ames <jo@x.org>": a commit message's trailers.
    _rule("commit trailer", r"^(?:[-*]\s+)?(?:Signed-off|Reviewed|Acked|Tested|Reported|"
          r"Suggested|Co-authored|Helped|Approved)-by:\s*\S.{0,120}$", 14,
          hints=("-by:",)),
    # " data/incidents.csv |  4 +++-", " 2 files changed, 12 insertions(+), 1 deletion(-)":
    # the diffstat (its counts are no figures of the story).
    _rule("diffstat", r"^\S{1,200} *\| +(?:\d{1,7} ?[+-]{0,80}|Bin \d+ -> \d+ bytes)$", 6,
          flags=0, hints=("|",)),
    _rule("diffstat", r"^\d{1,7} files? changed(?:, \d{1,9} insertions?\(\+\))?"
          r"(?:, \d{1,9} deletions?\(-\))?$", 8, flags=0, hints=("changed",)),
    # "diff --git a/x b/x", "index 3b1d0a4..c7e52f9 100644", "--- a/x", "+++ b/x", "new file
    # mode 100644", "@@ -1,5 +1,14 @@": a unified diff's file and hunk heads.
    _rule("diff header", r"^diff --git \S{1,400} \S{1,400}$|^index [0-9a-f]{7,40}\.\.[0-9a-f]"
          r"{7,40}(?: \d{6})?$|^(?:---|\+\+\+) (?:[ab]/\S{1,400}|/dev/null)$|^(?:new|deleted) "
          r"file mode \d{6}$|^similarity index \d{1,3}%$|^rename (?:from|to) \S{1,400}$", 8,
          flags=0, hints=("diff --git", "index ", "--- ", "+++ ", "file mode", "rename ")),
    _rule("diff header", r"^@@ -\d{1,9}(?:,\d{1,9})? \+\d{1,9}(?:,\d{1,9})? @@", 40, flags=0,
          hints=("@@ ",)),
    # "# Changelog": a changelog file's own title over its dated entries.
    _rule("section label", r"^#{1,3} ?(?:change ?log|release notes)$", 3, hints=("change",
                                                                                 "release")),
)
# fmt: on
