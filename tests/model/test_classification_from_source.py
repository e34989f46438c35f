"""A briefing drafted from a marked source starts at the source's own US level: its banners
are never lower than the source's marking unless the analyst lowers them on purpose."""

from __future__ import annotations

import pytest

from briefdeck.batch import load_input, marking_warning
from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article
from briefdeck.model import io
from briefdeck.model.marking import drafted_classification, source_level, us_level

BODY = "Patrol summary\n\nA patrol found a roadside device near Baiji on Monday, officials said.\n"


def _drafted(marking: str):
    return draft_briefing(Article(text=f"{marking}\n{BODY}{marking}\n"), published="2024-05-08")


@pytest.mark.parametrize(
    "marking, level",
    [
        ("FOR OFFICIAL USE ONLY", "CUI"),
        ("FOUO", "CUI"),
        ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "CUI"),
        ("CUI", "CUI"),
        ("CONTROLLED UNCLASSIFIED INFORMATION", "CUI"),
        ("LIMITED DISTRIBUTION", "CUI"),
        ("CONFIDENTIAL", "C"),
        ("SECRET//NOFORN", "S"),
        ("TOP SECRET//SCI", "TS"),
        ("UNCLASSIFIED", "U"),
        # another scheme's marks have no US level: ranked by no one here
        ("OFFICIAL-SENSITIVE", None),
        ("TLP:AMBER", None),
        ("COMMERCIAL IN CONFIDENCE", None),
        ("NATO SECRET", None),
        ("EU RESTRICTED", None),
    ],
)
def test_each_marking_gives_its_us_level_or_none(marking, level):
    assert us_level(marking) == level


def test_the_most_restrictive_us_level_of_the_source_wins():
    text = f"FOR OFFICIAL USE ONLY\n{BODY}CONFIDENTIAL\nTLP:AMBER\n"
    assert source_level(text) == "C"
    assert drafted_classification(text) == "CONFIDENTIAL"
    assert drafted_classification(BODY) == "UNCLASSIFIED"  # an unmarked source
    assert drafted_classification("TLP:AMBER\n" + BODY) == "UNCLASSIFIED"


def test_a_fouo_source_is_drafted_at_cui_and_the_analyst_is_told_so():
    briefing = _drafted("FOR OFFICIAL USE ONLY")
    assert briefing.meta.classification == "CUI"
    assert marking_warning(briefing) == ("Source marked FOR OFFICIAL USE ONLY: banners set to CUI")
    # at export the banner covers the source: nothing left to warn of
    assert marking_warning(briefing, drafted=False) is None


def test_a_secret_source_is_drafted_at_secret_naming_the_control_no_banner_shows():
    briefing = _drafted("SECRET//NOFORN")
    assert briefing.meta.classification == "SECRET"
    warning = marking_warning(briefing) or ""
    assert warning.startswith("Source marked SECRET//NOFORN: banners set to SECRET")
    assert "do not show NOFORN" in warning


@pytest.mark.parametrize(
    "marking", ["OFFICIAL-SENSITIVE", "TLP:AMBER", "COMMERCIAL IN CONFIDENCE", "NATO SECRET"]
)
def test_a_mark_with_no_us_level_keeps_the_banner_and_todays_warning(marking):
    briefing = _drafted(marking)
    assert briefing.meta.classification == "UNCLASSIFIED"
    warning = marking_warning(briefing) or ""
    assert warning.startswith(
        f"the source is marked {marking}; the briefing is marked "
        "UNCLASSIFIED: check the classification"
    )


def test_a_us_mark_beside_another_schemes_raises_and_still_warns_of_the_other():
    briefing = draft_briefing(Article(text=f"FOUO\nTLP:AMBER\n{BODY}"), published="2024-05-08")
    assert briefing.meta.classification == "CUI"
    warning = marking_warning(briefing) or ""
    assert warning.startswith("Source marked FOUO: banners set to CUI")
    assert "do not show TLP:AMBER" in warning and "check the classification" in warning


def test_an_unmarked_source_stays_unclassified_and_unwarned():
    briefing = draft_briefing(Article(text=BODY), published="2024-05-08")
    assert briefing.meta.classification == "UNCLASSIFIED"
    assert marking_warning(briefing) is None


def test_the_analyst_lowering_the_banner_is_honoured_and_still_warned():
    briefing = _drafted("FOR OFFICIAL USE ONLY")
    briefing.set_meta("classification", "UNCLASSIFIED")  # the app's control does this
    assert briefing.meta.classification == "UNCLASSIFIED"
    warning = marking_warning(briefing) or ""
    assert "source is marked FOR OFFICIAL USE ONLY; the briefing is marked UNCLASSIFIED" in warning
    assert "banners set" not in warning


def test_the_analyst_raising_the_banner_further_is_kept_without_a_word():
    briefing = _drafted("FOR OFFICIAL USE ONLY")
    briefing.set_meta("classification", "SECRET")
    assert marking_warning(briefing) is None


def test_a_saved_briefing_reopened_keeps_its_own_classification(tmp_path):
    briefing = _drafted("SECRET//NOFORN")
    briefing.set_meta("classification", "CONFIDENTIAL")  # lowered on purpose, then saved
    path = tmp_path / "b.briefing.json"
    io.save(briefing, path)
    reopened = load_input(str(path))
    assert reopened.meta.classification == "CONFIDENTIAL"  # not raised again on load
    assert "source is marked SECRET//NOFORN" in (marking_warning(reopened) or "")
    # saved at the raised level: reopened as it is, with nothing new to tell of the draft
    raised = _drafted("FOR OFFICIAL USE ONLY")
    io.save(raised, path)
    again = load_input(str(path))
    assert again.meta.classification == "CUI" and marking_warning(again) is None


def test_an_asked_classification_is_honoured_above_or_below_the_source(tmp_path):
    article = tmp_path / "summary.txt"
    article.write_text(f"FOR OFFICIAL USE ONLY\n{BODY}", encoding="utf-8")
    assert load_input(str(article), "2024-05-08").meta.classification == "CUI"
    lower = load_input(str(article), "2024-05-08", classification="U")
    assert lower.meta.classification == "UNCLASSIFIED"
    assert "check the classification" in (marking_warning(lower) or "")
    higher = load_input(str(article), "2024-05-08", classification="secret")
    assert higher.meta.classification == "SECRET" and marking_warning(higher) is None


def test_a_hostile_marking_line_never_crashes():
    text = "SECRET//" + "/-" * 40 + "\n" + "FOUO // " * 11 + "\n\x00\x1bCUI\n" + "A" * 100_000
    assert drafted_classification(text) in {"UNCLASSIFIED", "CUI", "SECRET"}
