"""A source's reliability grade: ungraded until the analyst grades it, and an older file's
default "F" (it could not be graded then) reads as not yet graded."""

import json

import pytest

from briefdeck.model import SCHEMA_VERSION, Briefing, Source, io
from briefdeck.model.grades import grade_mark, reliability_words


def _file(tmp_path, version, reliability):
    b = Briefing()
    b.sources.append(Source(text="Rockets hit a base.", outlet="Wire", reliability=reliability))
    data = io.to_dict(b)
    data["schema_version"] = version
    path = tmp_path / "old.briefing.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_new_source_is_not_yet_graded():
    assert Source().reliability == ""
    assert reliability_words("") == "reliability not yet graded"


def test_an_older_files_default_f_reads_as_not_yet_graded_and_saves_as_the_new_version(tmp_path):
    path = _file(tmp_path, 1, "F")
    briefing = io.load(path)
    assert briefing.sources[0].reliability == ""
    io.save(briefing, path)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize("grade", ["A", "B", "E"])
def test_an_older_files_real_grade_is_kept(tmp_path, grade):
    assert io.load(_file(tmp_path, 1, grade)).sources[0].reliability == grade


def test_a_current_files_f_is_the_analysts_judgement_and_stays(tmp_path):
    assert io.load(_file(tmp_path, SCHEMA_VERSION, "F")).sources[0].reliability == "F"


def test_a_grade_outside_a_to_f_is_refused_with_its_field():
    b = Briefing()
    b.sources.append(Source())
    with pytest.raises(ValueError, match="reliability"):
        b.set_source_field("src-1", "reliability", "G")


def test_grade_words_and_marks():
    assert reliability_words("B") == "reliability B (usually reliable)"
    assert grade_mark("B", 2) == "B2"
    assert grade_mark("", 2) == "?2"
