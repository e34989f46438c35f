"""Shared helpers for the hostile-input tests: run the real CLI, judge its outcome, check
that outputs are whole, and a briefing with every kind of fact (own invented wording)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pypdf import PdfReader

from briefdeck.model import (
    Attribution,
    Briefing,
    Casualties,
    Event,
    Figure,
    Organization,
    Person,
    Place,
    Provenance,
    Quote,
    Source,
    System,
)
from briefdeck.model.briefing import Meta, Narrative

CLI_TIMEOUT = 60  # seconds; a hostile input must never hang the CLI
ERROR_PREFIX = "briefdeck: error:"

# Own words, not any real article's: a fictional garrison on a fictional river.
SOURCE_TEXT = (
    "Engineers began to close the outpost at Kilo Crossing on Monday. "
    "About 900 soldiers will move to Harbor Point by the end of April, a spokesperson said. "
    "Two drones struck the fuel depot at Harbor Point on 12 March, wounding five contractors. "
    '"We will hold the crossing until the bridge is rebuilt," Colonel Dana Reyes said. '
    "The Northern Brigade said a radar battery had arrived."
)


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def error_lines(self) -> list[str]:
        return [x for x in self.stderr.splitlines() if x.startswith(ERROR_PREFIX)]


def run_cli(*args: str, cwd: Path | None = None, timeout: float = CLI_TIMEOUT) -> Outcome:
    """`python -m briefdeck ARGS` as a user runs it; a hang fails the test via TimeoutExpired."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "briefdeck", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        cwd=cwd,
        timeout=timeout,
        env=env,
    )
    return Outcome(done.returncode, done.stdout, done.stderr, time.monotonic() - start)


def assert_clean_failure(outcome: Outcome, *words: str) -> str:
    """Exactly one 'briefdeck: error:' line, a non-zero exit and no traceback."""
    assert outcome.code != 0, outcome.stderr
    assert "Traceback" not in outcome.stderr, outcome.stderr
    assert len(outcome.error_lines) == 1, outcome.stderr
    line = outcome.error_lines[0]
    assert "internal error" not in line, line  # a bug of ours, not a clear message
    for word in words:
        assert word.lower() in line.lower(), line
    return line


def assert_success(outcome: Outcome) -> None:
    assert outcome.code == 0, outcome.stderr
    assert "Traceback" not in outcome.stderr, outcome.stderr
    assert outcome.error_lines == [], outcome.stderr


def leftovers(folder: Path) -> list[str]:
    """Temporary files an atomic write would leave behind if it went wrong."""
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".part"))


def assert_valid_deck(path: Path) -> int:
    """Opens with python-pptx and has slides; returns the slide count."""
    prs = Presentation(str(path))
    assert len(prs.slides) >= 1
    return len(prs.slides)


def assert_one_page_pdf(path: Path) -> None:
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1


def deck_text(path: Path) -> str:
    parts = []
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
    return "\n".join(parts)


def _span(words: str) -> Provenance:
    start = SOURCE_TEXT.index(words)
    return Provenance(source="src-1", start=start, end=start + len(words))


def full_briefing(status: str = "accepted") -> Briefing:
    """A briefing with facts of every kind, all `status`, every one tied to the source."""
    b = Briefing(
        meta=Meta(
            title="Garrison leaves Kilo Crossing for Harbor Point",
            classification="UNCLASSIFIED",
            prepared_by="Hostile-input test cell",
            as_of="2021-03-15T08:00:00+00:00",
        ),
        sources=[
            Source(
                id="src-1",
                outlet="Example Wire",
                headline="Outpost closes as troops move",
                published="2021-03-14",
                url="https://example.invalid/story",
                text=SOURCE_TEXT,
                reliability="C",
            )
        ],
        narrative=Narrative(
            bluf="Troops leave Kilo Crossing for Harbor Point while drones keep striking.",
            key_points=["Kilo Crossing closes this spring.", "Harbor Point gains a radar."],
            outlook="Expect more strikes on the consolidated base.",
        ),
    )
    facts = [
        (
            "places",
            Place(
                id="pl-1",
                name="Kilo Crossing",
                kind="installation",
                country="Iraq",
                lat=34.1,
                lon=42.9,
                role="withdrawal",
                provenance=_span("Kilo Crossing"),
            ),
        ),
        (
            "places",
            Place(
                id="pl-2",
                name="Harbor Point",
                kind="installation",
                country="Iraq",
                lat=30.5,
                lon=47.8,
                role="attack target",
                provenance=_span("Harbor Point"),
            ),
        ),
        (
            "figures",
            Figure(
                id="fg-1",
                value=900,
                unit="soldiers",
                qualifier="about",
                text="About 900 soldiers",
                label="Soldiers moving",
                provenance=_span("About 900 soldiers"),
            ),
        ),
        (
            "events",
            Event(
                id="ev-1",
                date="2021-03-12",
                date_precision="day",
                date_text="on 12 March",
                kind="attack",
                summary="Drones strike the fuel depot at Harbor Point",
                place="Harbor Point",
                weapons=["drone"],
                wounded=5,
                casualties=[Casualties(party="contractors", wounded=5)],
                provenance=_span("Two drones struck the fuel depot"),
            ),
        ),
        (
            "events",
            Event(
                id="ev-2",
                date="2021-03-08",
                date_precision="day",
                date_text="on Monday",
                kind="withdrawal",
                summary="Engineers begin closing Kilo Crossing",
                place="Kilo Crossing",
                provenance=_span("Engineers began to close the outpost"),
            ),
        ),
        (
            "systems",
            System(
                id="sy-1",
                name="radar battery",
                category="air defence",
                posture="arriving",
                provenance=_span("a radar battery"),
            ),
        ),
        (
            "organizations",
            Organization(
                id="or-1", name="Northern Brigade", provenance=_span("The Northern Brigade")
            ),
        ),
        (
            "people",
            Person(
                id="pe-1",
                name="Dana Reyes",
                title="Colonel",
                provenance=_span("Colonel Dana Reyes"),
            ),
        ),
        (
            "quotes",
            Quote(
                id="qu-1",
                speaker="Dana Reyes",
                text="We will hold the crossing until the bridge is rebuilt",
                provenance=_span("We will hold the crossing"),
            ),
        ),
        (
            "attributions",
            Attribution(
                id="at-1",
                text="a spokesperson said",
                kind="spokesperson",
                count=1,
                provenance=_span("a spokesperson said"),
            ),
        ),
    ]
    for kind, fact in facts:
        fact.status = status
        b.insert_fact(kind, fact)
    return b
