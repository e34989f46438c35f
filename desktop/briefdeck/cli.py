"""The command line: extract, export, demo, gui. Errors are one line on stderr and a non-zero
exit status, never a traceback."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from briefdeck import __version__
from briefdeck.batch import (
    BatchOptions,
    Look,
    briefing_warnings,
    export_many,
    load_input,
    write_outputs,
)
from briefdeck.errors import BriefdeckError, InputError

EXIT_ERROR, EXIT_USAGE, EXIT_INTERNAL = 1, 2, 70


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are one line too; --help still shows the full usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"briefdeck: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefdeck",
        description="Turn a news report into a briefing: a slide deck and a one-page read-ahead. "
        "With no command, opens the app on the demo briefing.",
    )
    parser.add_argument("--version", action="version", version=f"briefdeck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = sub.add_parser("gui", help="open the app on a briefing or an article")
    gui.add_argument(
        "file", nargs="?",
        help="a .briefing.json or an article (.txt .md .html .pdf .docx .eml .srt)",
    )
    gui.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")

    ext = sub.add_parser("extract", help="draft a briefing from an article")
    ext.add_argument("article", help="the article (.txt .md .html .pdf .docx .eml .srt)")
    ext.add_argument(
        "--published", metavar="YYYY-MM-DD", help="publication date, if the article lacks one"
    )
    _grade_option(ext)
    _classification_option(ext)
    ext.add_argument(
        "-o", "--output", metavar="OUT.briefing.json", help="write here (default: stdout)"
    )

    exp = sub.add_parser(
        "export", help="write a deck and/or a one-pager from a briefing or an article"
    )
    exp.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a .briefing.json, or an article (drafted first); several with --out-dir",
    )
    exp.add_argument("--pptx", metavar="OUT.pptx", help="write the slide deck here")
    exp.add_argument("--pdf", metavar="OUT.pdf", help="write the one-page read-ahead here")
    exp.add_argument(
        "--handout", metavar="OUT.pdf", help="write the deck's slides as a PDF handout"
    )
    exp.add_argument(
        "--out-dir", metavar="DIR", help="batch: write NAME.pptx and NAME.pdf per input here"
    )
    exp.add_argument(
        "--formats", default="pptx,pdf", help="batch: which outputs (default pptx,pdf)"
    )
    exp.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="batch: inputs exported at once"
    )
    exp.add_argument("--theme", default="staff", help="deck theme: staff (light) or ops (dark)")
    exp.add_argument("--template", metavar="FILE.pptx", help="your organisation's .pptx template")
    exp.add_argument(
        "--paper", default="letter", choices=["letter", "a4"], help="one-pager paper size"
    )
    exp.add_argument(
        "--include-drafts", action="store_true", help="show unreviewed facts too (marks DRAFT)"
    )
    exp.add_argument(
        "--published", metavar="YYYY-MM-DD", help="publication date of an article input"
    )
    _grade_option(exp)
    _classification_option(exp)

    demo = sub.add_parser("demo", help="write the demo briefing, its deck and its one-pager")
    demo.add_argument(
        "--out", required=True, metavar="DIR", help="folder to write into (created if needed)"
    )
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
        return _fail(
            f"internal error ({type(exc).__name__}: {exc}); please report it", EXIT_INTERNAL
        )
    parser.error(f"unknown command {args.command}")
    return EXIT_USAGE


def _grade_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--source-grade", choices=list("ABCDEF"), metavar="A-F",
        help="grade the source's reliability (Admiralty A-F), replacing any grade a briefing "
        "file has; a drafted article is otherwise not yet graded",
    )


def _classification_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--classification",
        type=_classification,
        metavar="LEVEL",
        help="the banners' classification: UNCLASSIFIED, CUI, CONFIDENTIAL, SECRET or TOP SECRET "
        "(U, CUI, C, S, TS), even below the source's own marking (you are warned); an article "
        "otherwise starts at its own US marking (FOUO -> CUI), a briefing file keeps its own",
    )


def _classification(value: str) -> str:
    from briefdeck.model.marking import LEVELS, mark_of

    try:
        return LEVELS[mark_of(value)]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


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


def _extract(args: argparse.Namespace) -> int:
    from briefdeck.model import io

    if args.article.lower().endswith(".json"):
        raise InputError(f"{args.article}: extract reads an article, not a briefing")
    briefing = load_input(
        args.article, _published(args.published), args.source_grade, args.classification
    )
    _warn_about(briefing)
    if args.output:
        _check_output(args.output, (".json",), args.article)
        io.save(briefing, args.output)
        _say(f"wrote {args.output} ({sum(1 for _ in briefing.all_facts())} draft facts)")
    else:
        sys.stdout.write(io.to_json(briefing))
    return 0


SUFFIXES = {"pptx": ".pptx", "pdf": ".pdf", "handout": ".pdf"}
UNITS = {"pptx": "slides", "pdf": "page", "handout": "pages"}


def _look(args: argparse.Namespace) -> Look:
    return Look(args.theme, args.template, args.paper, args.include_drafts)


def _export(args: argparse.Namespace) -> int:
    if args.out_dir:
        return _export_batch(args)
    if len(args.inputs) > 1:
        raise InputError("several inputs need --out-dir DIR")
    source = args.inputs[0]
    asked = (("pptx", args.pptx), ("pdf", args.pdf), ("handout", args.handout))
    targets = {fmt: path for fmt, path in asked if path}
    if not targets:
        raise InputError(
            "nothing to write: give --pptx OUT.pptx, --pdf OUT.pdf or --handout OUT.pdf"
        )
    for fmt, path in targets.items():
        _check_output(path, (SUFFIXES[fmt],), source)
    briefing = load_input(
        source, _published(args.published), args.source_grade, args.classification
    )
    _warn_about(briefing)
    for fmt, report in write_outputs(briefing, targets, _look(args)):
        _report(report, UNITS[fmt])
    return 0


def _export_batch(args: argparse.Namespace) -> int:
    if args.pptx or args.pdf or args.handout:
        raise InputError("with --out-dir, outputs are named after the inputs; drop --pptx/--pdf")
    formats = tuple(f.strip().lower() for f in args.formats.split(",") if f.strip())
    if not formats or set(formats) - {"pptx", "pdf"}:
        raise InputError(f"--formats {args.formats!r}: use pptx, pdf or pptx,pdf")
    if args.jobs < 1:
        raise InputError("--jobs must be at least 1")
    options = BatchOptions(
        Path(args.out_dir),
        formats,
        _look(args),
        _published(args.published),
        args.source_grade,
        args.classification,
    )

    def show(result) -> None:  # BatchResult
        for path in result.written:
            _say(f"wrote {path}")
        for warning in result.warnings:
            print(f"briefdeck: warning: {result.input}: {warning}", file=sys.stderr)

    results = export_many(args.inputs, options, jobs=args.jobs, on_result=show)
    failed = [r for r in results if r.error]
    for result in failed:
        print(f"briefdeck: error: {result.input}: {result.error}", file=sys.stderr)
    _say(f"{len(results) - len(failed)} of {len(results)} inputs exported")
    return EXIT_ERROR if failed else 0


def _demo(out: Path) -> int:
    from briefdeck.model import io
    from briefdeck.paths import assets_dir

    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefdeckError(f"cannot create {out}: {exc.strerror or exc}") from None
    briefing = io.load(assets_dir() / "demo.briefing.json")
    io.save(briefing, out / "demo.briefing.json")
    _say(f"wrote {out / 'demo.briefing.json'}")
    targets = {"pptx": out / "demo.pptx", "pdf": out / "demo.pdf"}
    for fmt, report in write_outputs(briefing, targets, Look()):
        _report(report, UNITS[fmt])
    return 0


def _check_output(path: str, suffixes: tuple[str, ...], source: str) -> None:
    target = Path(path)
    if not target.name.lower().endswith(suffixes):
        raise InputError(f"{path}: expected a file name ending in {' or '.join(suffixes)}")
    try:  # a name the file system refuses (too long, say) raises here, not just later
        same = target.exists() and Path(source).exists() and target.samefile(source)
        folder = target.is_dir()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    if same:
        raise InputError(f"{path}: refusing to overwrite the input file")
    if folder:
        raise InputError(f"{path} is a folder; give a file name")


def _report(report, unit: str) -> None:  # report: ExportReport
    count = f"{report.pages} {unit}"
    draft = ", DRAFT" if report.draft else ""
    _say(f"wrote {report.path} ({count}{draft})")
    for warning in report.warnings:
        print(f"briefdeck: warning: {warning}", file=sys.stderr)


def _warn_about(briefing) -> None:  # briefing: Briefing
    for warning in briefing_warnings(briefing):
        print(f"briefdeck: warning: {warning}", file=sys.stderr)


def _say(message: str) -> None:
    print(message, file=sys.stderr)
