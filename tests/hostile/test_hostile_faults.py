"""Faults while saving or exporting: whatever fails, and wherever it fails, the previous file
stays whole, no temporary file is left, and the user gets one clear line.
(tests/model/test_briefing_file.py covers a failed rename for the briefing save.)"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_kit import assert_one_page_pdf, assert_valid_deck, full_briefing, leftovers

from briefdeck import cli
from briefdeck.errors import BriefdeckError, ExportError
from briefdeck.export import write_pdf, write_pptx
from briefdeck.model import io

OLD = b"the previous version, which must survive"


def _save_briefing(path: Path) -> None:
    io.save(full_briefing(), path)


def _save_deck(path: Path) -> None:
    write_pptx(full_briefing(), path)


def _save_page(path: Path) -> None:
    write_pdf(full_briefing(), path)


WRITERS: list[tuple[str, Callable[[Path], None], type[BriefdeckError]]] = [
    ("x.briefing.json", _save_briefing, BriefdeckError),
    ("x.pptx", _save_deck, ExportError),
    ("x.pdf", _save_page, ExportError),
]
WRITER_IDS = [w[0] for w in WRITERS]


class _FailingFile:
    """A real temporary file whose writes stop with `error` after `allowed` bytes."""

    def __init__(self, real, allowed: int, error: OSError) -> None:
        self.real, self.allowed, self.error = real, allowed, error

    def write(self, data) -> int:
        room = max(0, self.allowed)
        if len(data) > room:
            self.real.write(bytes(data[:room]))
            self.allowed = 0
            raise self.error
        self.allowed -= len(data)
        return self.real.write(data)

    def __getattr__(self, name):
        return getattr(self.real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.real.close()


def _fail_writes_after(monkeypatch, allowed: int, error: OSError) -> None:
    real_fdopen = os.fdopen

    def fdopen(fd, *args, **kwargs):
        return _FailingFile(real_fdopen(fd, *args, **kwargs), allowed, error)

    monkeypatch.setattr(os, "fdopen", fdopen)


def _raise(error: OSError):
    def fail(*args, **kwargs):
        raise error

    return fail


def _prepare(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    target.write_bytes(OLD)
    return target


def _assert_untouched(target: Path) -> None:
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


ENOSPC = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("allowed", [0, 1, 700, 10**9], ids=["first", "second", "middle", "end"])
@pytest.mark.parametrize(("name", "save", "error_type"), WRITERS, ids=WRITER_IDS)
def test_disk_full_at_any_byte_keeps_the_previous_file(
    tmp_path, monkeypatch, name, save, error_type, allowed
):
    target = _prepare(tmp_path, name)
    _fail_writes_after(monkeypatch, allowed, ENOSPC)
    if allowed >= 10**9:  # every byte written: the disk fills at fsync instead
        monkeypatch.setattr(os, "fsync", _raise(ENOSPC))
    with pytest.raises(error_type) as err:
        save(target)
    assert "No space left on device" in str(err.value) and name in str(err.value)
    assert "\n" not in str(err.value)
    _assert_untouched(target)


@pytest.mark.parametrize(
    "step", ["mkstemp", "fsync", "chmod", "replace"], ids=lambda s: f"fails-at-{s}"
)
@pytest.mark.parametrize(("name", "save", "error_type"), WRITERS, ids=WRITER_IDS)
def test_failure_at_each_step_of_a_save_keeps_the_previous_file(
    tmp_path, monkeypatch, name, save, error_type, step
):
    target = _prepare(tmp_path, name)
    error = OSError(errno.EIO, os.strerror(errno.EIO))
    owner = tempfile if step == "mkstemp" else os
    monkeypatch.setattr(owner, step, _raise(error))
    with pytest.raises(error_type, match=os.strerror(errno.EIO)):
        save(target)
    monkeypatch.undo()
    _assert_untouched(target)


@pytest.mark.parametrize(("name", "save", "error_type"), WRITERS, ids=WRITER_IDS)
def test_interrupt_during_a_save_keeps_the_previous_file(
    tmp_path, monkeypatch, name, save, error_type
):
    target = _prepare(tmp_path, name)
    monkeypatch.setattr(os, "fsync", _raise(KeyboardInterrupt()))  # Ctrl-C mid-save
    with pytest.raises(KeyboardInterrupt):
        save(target)
    monkeypatch.undo()
    _assert_untouched(target)


@pytest.mark.parametrize(("name", "save", "error_type"), WRITERS, ids=WRITER_IDS)
def test_save_after_a_failed_save_works(tmp_path, monkeypatch, name, save, error_type):
    target = _prepare(tmp_path, name)
    monkeypatch.setattr(os, "replace", _raise(ENOSPC))
    with pytest.raises(error_type):
        save(target)
    monkeypatch.undo()
    save(target)
    assert target.read_bytes() != OLD
    if name.endswith(".pptx"):
        assert_valid_deck(target)
    elif name.endswith(".pdf"):
        assert_one_page_pdf(target)
    else:
        assert io.load(target) == full_briefing()
    assert leftovers(tmp_path) == []


def _read_only_folder(tmp_path: Path) -> Path:
    """A folder nobody may create files in: chmod 0o500 where that binds (not as root),
    else /sys, which refuses new files even to root; skip when neither does."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    candidates = [folder, Path("/sys")]
    for candidate in candidates:
        try:
            fd, probe = tempfile.mkstemp(dir=candidate)
        except OSError:
            return candidate
        os.close(fd)
        os.unlink(probe)
    folder.chmod(0o700)
    pytest.skip("running as root without a read-only folder: chmod 0o500 does not bind")


@pytest.fixture
def locked(tmp_path):
    folder = _read_only_folder(tmp_path)
    yield folder
    if folder.is_relative_to(tmp_path):
        folder.chmod(0o700)  # so pytest can clean up


def test_export_into_a_read_only_folder_is_one_clear_line(tmp_path, locked, capsys):
    source = tmp_path / "in.briefing.json"
    io.save(full_briefing(), source)
    code = cli.main(["export", str(source), "--pdf", str(locked / "hostile-x.pdf")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0
    assert len(err) == 1 and err[0].startswith("briefdeck: error:"), err
    assert "hostile-x.pdf" in err[0] and "Permission denied" in err[0]
    assert not (locked / "hostile-x.pdf").exists()


@pytest.mark.parametrize("args", [["--pptx", "x.pptx"], ["--pdf", "x.pdf"]])
def test_export_into_a_file_posing_as_a_folder_is_one_clear_line(tmp_path, capsys, args):
    source = tmp_path / "in.briefing.json"
    io.save(full_briefing(), source)
    blocker = tmp_path / "out"
    blocker.write_bytes(b"a file where the folder should be")
    code = cli.main(["export", str(source), args[0], str(blocker / args[1])])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0 and len(err) == 1 and err[0].startswith("briefdeck: error:"), err
    assert "internal error" not in err[0] and args[1] in err[0]
    assert blocker.read_bytes() == b"a file where the folder should be"


@pytest.mark.parametrize("option", ["--pptx", "--pdf"])
def test_full_disk_during_cli_export_is_one_clear_line(tmp_path, monkeypatch, capsys, option):
    source = tmp_path / "in.briefing.json"
    io.save(full_briefing(), source)
    target = _prepare(tmp_path, "x" + option.replace("--", "."))
    _fail_writes_after(monkeypatch, 4096, ENOSPC)
    code = cli.main(["export", str(source), option, str(target)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0
    assert len(err) == 1 and err[0].startswith("briefdeck: error:"), err
    assert "No space left on device" in err[0]
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []


def test_full_disk_during_cli_extract_is_one_clear_line(tmp_path, monkeypatch, capsys):
    article = tmp_path / "report.txt"
    article.write_text(
        "Rockets hit Camp Sierra near Baghdad on 4 March 2021, officials said.", encoding="utf-8"
    )
    target = _prepare(tmp_path, "x.briefing.json")
    monkeypatch.setattr(os, "fsync", _raise(ENOSPC))
    code = cli.main(["extract", str(article), "-o", str(target)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0
    assert len(err) == 1 and "No space left on device" in err[0], err
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []
