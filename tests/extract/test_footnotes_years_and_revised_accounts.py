"""Numbers that are not counts of sources or things: a footnote's number before a citation, a
year in the name of a document, a bare total with its breakdown apposed; and an account given
"at first", kept with its sourcing. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2027-03-02", "Briefing note")


def test_a_footnote_number_before_a_citation_is_not_a_count():
    figures = DRAFTS.figures(
        "Militias fired five rockets at the airport.\n\n"
        "7 Army General Command statement, 12 February 2027.\n\n"
        "8 Provincial security law of 2019, article 4.\n"
    )
    assert figures == [(5.0, "rockets")]


def test_a_count_opening_a_line_in_the_plural_is_still_a_count():
    figures = DRAFTS.figures("12 Shahed drones were shot down over the port overnight.")
    assert figures == [(12.0, "drones")]


def test_a_year_naming_a_document_is_never_its_count():
    sources = DRAFTS.sources(
        "The agency employs 4,000 staff, according to the 2025 finance ministry report."
    )
    assert [(kind, count) for kind, count, _ in sources] == [("document", 1)]


def test_a_total_with_its_breakdown_apposed_keeps_no_borrowed_noun():
    figures = DRAFTS.figures(
        "Officials later put the toll at four, three guards and a cook, all lightly hurt."
    )
    assert (4.0, "guards") not in figures
    assert (3.0, "guards") in figures


def test_a_list_of_numbers_still_shares_its_noun():
    figures = DRAFTS.figures("Witnesses counted two, three or four drones over the town.")
    assert (4.0, "drones") in figures


def test_an_account_given_at_first_keeps_at_first_in_its_sourcing():
    sources = DRAFTS.sources(
        "The provincial police said at first that the blast was an accident, but later "
        "blamed a roadside bomb."
    )
    assert any(text.endswith("said at first") for _, _, text in sources)


def test_sourcing_cut_off_after_according_to_the_names_no_source():
    sources = DRAFTS.sources("The base was hit twice, according to the\n\n")
    assert sources == []


def test_an_institution_condemning_and_saying_more_is_a_source_a_bare_stance_is_not():
    sources = DRAFTS.sources(
        "Oman's interior ministry publicly condemned the shelling of the port on Sunday and "
        "said two suspects were held. Muscat condemned the shelling and said it would respond. "
        "The interior ministry of Qatar condemned the shelling as well."
    )
    assert [(kind, text) for kind, _, text in sources] == [
        ("spokesperson", "Oman's interior ministry publicly condemned")]


def test_a_body_putting_the_number_of_wounded_at_a_figure_is_its_source():
    sources = DRAFTS.sources(
        "By Thursday night the Pentagon put the number of wounded at five, all soldiers."
    )
    assert [(kind, count) for kind, count, _ in sources] == [("spokesperson", 1)]


def test_one_of_the_people_points_back_to_unnamed_sources_not_a_crowd():
    sources = DRAFTS.sources(
        "The launches came from the south, according to three people familiar with the "
        "planning. Eight missiles were fired, one of the people said."
    )
    assert ("anonymous official", 1, "one of the people said") in sources
    crowd = DRAFTS.sources("A crowd gathered at the gate. One of the people said he saw smoke.")
    assert crowd == []


def test_a_vague_sum_of_money_is_not_a_figure_but_vague_millions_of_people_are():
    figures = DRAFTS.figures(
        "The navy is burning through millions of dollars a week on interceptors. "
        "The war has displaced millions of people."
    )
    assert figures == [(2000000.0, "people")]


def test_an_order_verb_before_a_count_is_not_a_name_with_a_number():
    figures = DRAFTS.figures(
        "b. Send 24 additional Stinger missiles to the northern sector.\n\n"
        "c. Gate 3 stays closed."
    )
    assert figures == [(24.0, "missiles")]
