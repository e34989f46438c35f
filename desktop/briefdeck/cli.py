"""The command line: extract, export, demo, gui. Errors are one line on stderr and a non-zero
exit status, never a traceback."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from briefdeck import __version__
from briefdeck.errors import BriefdeckError, InputError

EXIT_ERROR, EXIT_USAGE, EXIT_INTERNAL = 1, 2, 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefdeck",
        description="Turn a news report into a briefing: a slide deck and a one-page read-ahead. "
        "With no command, opens the app on the demo briefing.",
    )
    parser.add_argument("--version", action="version", version=f"briefdeck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the app on a briefing or an article")
    gui.add_argument("file", nargs="?", help="a .briefing.json or an article (.txt .md .html .pdf .docx)")
    gui.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")

    ext = sub.add_parser("extract", help="draft a briefing from an article")
    ext.add_argument("article", help="the article (.txt .md .html .pdf .docx)")
    ext.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, if the article lacks one")
    ext.add_argument("-o", "--output", metavar="OUT.briefing.json", help="write here (default: stdout)")

    exp = sub.add_parser("export", help="write a deck and/or a one-pager from a briefing or an article")
    exp.add_argument("input", help="a .briefing.json, or an article (drafted first)")
    exp.add_argument("--pptx", metavar="OUT.pptx", help="write the slide deck here")
    exp.add_argument("--pdf", metavar="OUT.pdf", help="write the one-page read-ahead here")
    exp.add_argument("--theme", default="staff", help="deck theme: staff (light) or ops (dark)")
    exp.add_argument("--template", metavar="FILE.pptx", help="your organisation's .pptx template")
    exp.add_argument("--paper", default="letter", choices=["letter", "a4"], help="one-pager paper size")
    exp.add_argument("--include-drafts", action="store_true", help="show unreviewed facts too (marks DRAFT)")
    exp.add_argument("--published", metavar="YYYY-MM-DD", help="publication date of an article input")

    demo = sub.add_parser("demo", help="write the demo briefing, its deck and its one-pager")
    demo.add_argument("--out", required=True, metavar="DIR", help="folder to write into (created if needed)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _gui(None, None)
        if args.command == "gui":
            return _gui(args.file, args.screenshot)
        if args.command == "extract":
            return _extract(args)
        if args.command == "export":
            return _export(args)
        if args.command == "demo":
            return _demo(Path(args.out))
    except BriefdeckError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except Exception as exc:  # a bug of ours: still one line, and a hint to report it
        return _fail(f"internal error ({type(exc).__name__}: {exc}); please report it", EXIT_INTERNAL)
    parser.error(f"unknown command {args.command}")
    return EXIT_USAGE


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    first_line = message.strip().splitlines()[0] if message.strip() else "failed"
    print(f"briefdeck: error: {first_line}", file=sys.stderr)
    return code


def _gui(file: str | None, screenshot: str | None) -> int:
    from briefdeck.gui.app import run

    return run(file, screenshot=screenshot)


def _published(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"--published {value!r} is not a date (YYYY-MM-DD)") from None


def _draft_from_article(path: str, published: str | None):  # -> Briefing
    from briefdeck.extract import draft_briefing
    from briefdeck.ingest import read_article

    return draft_briefing(read_article(path), published=_published(published))


def _is_briefing(path: str) -> bool:
    return path.lower().endswith(".json")


def _extract(args: argparse.Namespace) -> int:
    from briefdeck.model import io

    briefing = _draft_from_article(args.article, args.published)
    if args.output:
        _check_output(args.output, (".json",), args.article)
        io.save(briefing, args.output)
        _say(f"wrote {args.output} ({sum(1 for _ in briefing.all_facts())} draft facts)")
    else:
        sys.stdout.write(io.to_json(briefing))
    return 0


def _export(args: argparse.Namespace) -> int:
    from briefdeck.export import write_pdf, write_pptx
    from briefdeck.model import io

    if not (args.pptx or args.pdf):
        raise InputError("nothing to write: give --pptx OUT.pptx and/or --pdf OUT.pdf")
    if args.pptx:
        _check_output(args.pptx, (".pptx",), args.input)
    if args.pdf:
        _check_output(args.pdf, (".pdf",), args.input)
    if _is_briefing(args.input):
        briefing = io.load(args.input)
    else:
        briefing = _draft_from_article(args.input, args.published)
    if args.pptx:
        report = write_pptx(briefing, args.pptx, theme=args.theme, template=args.template,
                            include_drafts=args.include_drafts)
        _report(report, "slides")
    if args.pdf:
        report = write_pdf(briefing, args.pdf, paper=args.paper, include_drafts=args.include_drafts)
        _report(report, "page")
    return 0


def _demo(out: Path) -> int:
    from briefdeck.export import write_pdf, write_pptx
    from briefdeck.model import io
    from briefdeck.paths import assets_dir

    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefdeckError(f"cannot create {out}: {exc.strerror or exc}") from None
    briefing = io.load(assets_dir() / "demo.briefing.json")
    io.save(briefing, out / "demo.briefing.json")
    _say(f"wrote {out / 'demo.briefing.json'}")
    _report(write_pptx(briefing, out / "demo.pptx"), "slides")
    _report(write_pdf(briefing, out / "demo.pdf"), "page")
    return 0


def _check_output(path: str, suffixes: tuple[str, ...], source: str) -> None:
    target = Path(path)
    if not target.name.lower().endswith(suffixes):
        raise InputError(f"{path}: expected a file name ending in {' or '.join(suffixes)}")
    if target.exists() and Path(source).exists() and target.resolve() == Path(source).resolve():
        raise InputError(f"{path}: refusing to overwrite the input file")
    if target.is_dir():
        raise InputError(f"{path} is a folder; give a file name")


def _report(report, unit: str) -> None:  # report: ExportReport
    count = f"{report.pages} {unit}" if unit != "page" else f"{report.pages} page(s)"
    draft = ", DRAFT" if report.draft else ""
    _say(f"wrote {report.path} ({count}{draft})")
    for warning in report.warnings:
        print(f"briefdeck: warning: {warning}", file=sys.stderr)


def _say(message: str) -> None:
    print(message, file=sys.stderr)
