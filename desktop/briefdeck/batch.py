"""Exporting: one briefing to the outputs asked for, and many inputs into one folder in
parallel, past bad files.

Each batch input is exported in its own worker process (export is CPU-bound); a bad input is
reported at the end instead of stopping the run."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from briefdeck.errors import BriefdeckError


@dataclass(frozen=True)
class Look:
    """How the outputs look, whoever asks for them (the CLI, a batch, the demo)."""

    theme: str = "staff"
    template: str | None = None
    paper: str = "letter"
    include_drafts: bool = False


@dataclass(frozen=True)
class BatchOptions:
    out_dir: Path
    formats: tuple[str, ...] = ("pptx", "pdf")
    look: Look = Look()
    published: str | None = None
    grade: str | None = None  # the analyst's grade of each input's source (A-F)
    classification: str | None = None  # the analyst's banner for every input, as asked


def write_outputs(briefing, targets: Mapping[str, str | Path], look: Look) -> Iterator:
    """Write each output asked for ('pptx', 'pdf' or 'handout' -> path), in order, yielding
    (format, ExportReport) as each is written so that callers report progress as it comes."""
    from briefdeck.export import write_pdf, write_pptx
    from briefdeck.export.pdf import write_handout

    drafts = look.include_drafts
    for fmt, path in targets.items():
        if fmt == "pptx":
            report = write_pptx(
                briefing, path, theme=look.theme, template=look.template, include_drafts=drafts
            )
        elif fmt == "pdf":
            report = write_pdf(briefing, path, paper=look.paper, include_drafts=drafts)
        elif fmt == "handout":
            report = write_handout(briefing, path, paper=look.paper, include_drafts=drafts)
        else:
            raise ValueError(f"unknown output format {fmt!r}")
        yield fmt, report


@dataclass
class BatchResult:
    input: str
    written: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""


def load_input(
    path: str,
    published: str | None = None,
    grade: str | None = None,
    classification: str | None = None,
):
    """A briefing file as it is, or an article drafted into a briefing (its banner starting
    at the source's own US marking); `grade` (A-F) grades its source and `classification`
    sets its banner as the analyst would in the app, lower than the source's if they say so."""
    from briefdeck.model import io

    if path.lower().endswith(".json"):
        briefing = io.load(path)
    else:
        from briefdeck.extract import draft_briefing
        from briefdeck.ingest import read_article

        briefing = draft_briefing(read_article(path), published=published)
    for source in briefing.sources if grade else ():
        briefing.set_source_field(source.id, "reliability", grade)
    if classification:  # the analyst's call, honoured (the marking warning still says so)
        from briefdeck.model.marking import LEVELS, mark_of

        briefing.set_meta("classification", LEVELS[mark_of(classification)])
    return briefing


def undated_warning(briefing, how: str = "pass --published YYYY-MM-DD") -> str | None:
    """The warning to give when an article's relative dates could not be resolved, ending
    with `how` the reader sets the date (the CLI's flag; the app names its menu item)."""
    source = briefing.sources[0] if briefing.sources else None
    if source is None or source.published or not source.text:
        return None
    unresolved = sum(1 for e in briefing.facts.events if e.date is None and e.date_text)
    if not unresolved:
        return None
    return (
        f"publication date unknown: {unresolved} event date(s) left unresolved; {how}"
    )


def marking_warning(briefing, drafted: bool = True) -> str | None:  # briefing: Briefing
    """The warning to give when the source is marked higher than (or apart from) the
    briefing's own classification, which the banners will show; with `drafted`, also what
    the draft did ("Source marked FOR OFFICIAL USE ONLY: banners set to CUI")."""
    from briefdeck.model.marking import marking_warning as check

    source = briefing.sources[0] if briefing.sources else None
    if source is None:
        return None
    raised = drafted and briefing.classification_from_source
    return check(source.text, briefing.meta.classification, raised=raised)


def briefing_warnings(briefing) -> list[str]:  # briefing: Briefing
    """Everything the analyst should hear about a briefing before it is shared."""
    return [*briefing.drafting_problems,
            *(w for w in (undated_warning(briefing), marking_warning(briefing)) if w)]


def output_stem(path: str) -> str:
    name = Path(path).name
    for suffix in (".briefing.json", ".json", ".txt", ".md", ".html", ".htm", ".pdf", ".docx",
                   ".eml", ".srt", ".vtt"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or "briefing"
    return Path(name).stem or "briefing"


def export_one(path: str, options: BatchOptions) -> BatchResult:
    result = BatchResult(path)
    try:
        briefing = load_input(path, options.published, options.grade, options.classification)
        result.warnings += briefing_warnings(briefing)
        stem = options.out_dir / output_stem(path)
        targets = {fmt: stem.with_suffix(f".{fmt}") for fmt in options.formats}
        for _fmt, report in write_outputs(briefing, targets, options.look):
            result.written.append(str(report.path))
            result.warnings += report.warnings
    except BriefdeckError as exc:
        result.error = str(exc)
    except Exception as exc:  # one bad input must not end the run
        result.error = f"internal error ({type(exc).__name__}: {exc})"
    return result


def export_many(
    paths: Sequence[str],
    options: BatchOptions,
    jobs: int = 1,
    on_result: Callable[[BatchResult], None] | None = None,
) -> list[BatchResult]:
    stems = [output_stem(p) for p in paths]
    clashes = {s for s in stems if stems.count(s) > 1}
    if clashes:
        raise BriefdeckError(
            f"several inputs would write the same output name: {', '.join(sorted(clashes))}"
        )
    try:
        options.out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file of that name, a read-only parent ...
        raise BriefdeckError(f"cannot create {options.out_dir}: {exc.strerror or exc}") from None
    results: list[BatchResult] = []
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            results.append(export_one(path, options))
            if on_result:
                on_result(results[-1])
        return results
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for result in pool.map(export_one, paths, [options] * len(paths)):
            results.append(result)
            if on_result:
                on_result(result)
    return results
