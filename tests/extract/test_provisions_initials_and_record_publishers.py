"""A numbered provision ("rule 37", "article 51", "resolution 2254") is a reference, no count;
initials in a figure's label keep their stop and, paired with another describing word ("U.S.
and allied bases"), describe the thing rather than place it; a UN verbatim record's publisher
is its issuer and body, printed on its cover in place of a masthead."""

from __future__ import annotations

from tests.extract.drafting import Drafts

from briefdeck.ingest.metadata import metadata_from_text

DRAFTS = Drafts("2026-05-04", "Provisions and labels")


def _figures(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in DRAFTS.facts(text).figures]


def test_a_numbered_rule_article_or_resolution_counts_nothing():
    got = _figures("Under rule 39 of the rules of procedure and article 51 of the charter, the "
                   "envoy cited resolution 2254 and said gunmen had killed 14 farmers.")
    assert (14.0, "farmers") in got
    assert not [v for v, _ in got if v in (39.0, 51.0, 2254.0)]


def test_initials_before_and_a_describing_word_do_not_place_the_count():
    labels = [f.label for f in DRAFTS.facts(
        "The group launched about 30 rockets at U.S. and allied bases in Kuwait on Monday, "
        "the ministry said.").figures]
    label = next(lb for lb in labels if lb.startswith("about 30"))
    assert "in Kuwait" in label and "at U.S" not in label


def test_initials_that_place_a_count_keep_their_stop():
    labels = [f.label for f in DRAFTS.facts(
        "The navy flew 40 wounded sailors to the U.K. for treatment, officials said.").figures]
    label = next(lb for lb in labels if lb.startswith("40"))
    assert not label.endswith("U.K") and (label.endswith("U.K.") or "U.K" not in label)


RECORD = ("United Nations S/PV.9876\n\nSecurity Council\n\nEightieth year\n\n9876th meeting\n\n"
          "Monday, 4 May 2026, 3 p.m.\n\nNew York\n\n"
          "The President: I welcome the briefer. The floor is hers.\n")


def test_a_verbatim_record_is_published_by_its_issuer_and_body():
    meta = metadata_from_text(RECORD, [])
    assert meta.outlet == "United Nations Security Council"
    assert meta.headline.startswith("Security Council, 9876th meeting")

