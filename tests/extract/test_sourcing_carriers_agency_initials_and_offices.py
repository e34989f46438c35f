"""Sourcing in these shapes: an outlet that carried a body's statement is its own source
(beside the body, even where the body's sourcing runs on through the carriage); a news
agency named with its initials is an outlet wherever the initials alone come back; an office
named by its holder's post and name speaks; an unnamed spokesperson who "called" something
in quoted words; officials placed "at one base"; a business that speaks ("the airline said");
and no source in a question asked ("the extent to which X has assessed") or in the object of
a denial ("denied Western claims"). Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-02-03", heading="Regional report")
_sources = DRAFTS.sources


def _kinds(text: str) -> dict[str, tuple[str, int | None]]:
    return {words: (kind, count) for kind, count, words in _sources(text)}


def test_a_news_agency_carrying_a_statement_is_an_outlet_beside_the_body():
    text = ("In a statement carried by the official news agency ZNA, the interior ministry said "
            "three launchers had been seized near the border.")
    kinds = _kinds(text)
    assert kinds["carried by the official news agency ZNA"] == ("other outlet", 1)
    assert any(kind == "spokesperson" for kind, _ in kinds.values())


def test_remarks_taken_from_an_agency_report_name_the_outlet():
    text = ("The Harbour News Agency (HNA) spoke to the governor on Monday. His remarks, taken "
            "from the HNA report, were short.")
    assert ("other outlet", 1) in [_kinds(text).get("taken from the HNA report")]


def test_a_body_whose_sourcing_runs_through_the_carriage_names_the_outlet_beside_it():
    # (the corpus asks the carrying agency as an outlet beside the body: "carried by Petra")
    text = ("Two soldiers were hurt, the coastal command said in a statement carried by the "
            "state news agency ZNA.")
    kinds = _kinds(text)
    assert [kind for kind, _ in kinds.values()].count("other outlet") == 1
    assert any(kind == "spokesperson" for kind, _ in kinds.values())


def test_a_carrier_that_is_no_outlet_is_not_counted():
    text = "The claim was carried by a website close to the faction, the monitor said."
    assert not any(kind == "other outlet" for kind, _ in _kinds(text).values())
    text = "Supplies were taken from the depot overnight, the ministry said."
    assert "taken from the depot" not in " ".join(_kinds(text))


def test_a_news_agency_with_its_initials_is_an_outlet_and_so_are_the_initials_later():
    text = ("A shell hit a farm near the river, the Coastal News Agency (CNAX) reported. "
            "Two houses burned later, according to CNAX.")
    kinds = _kinds(text)
    assert kinds["the Coastal News Agency (CNAX) reported"] == ("other outlet", 1)
    assert kinds["according to CNAX"] == ("other outlet", 1)


def test_an_office_named_by_its_holders_post_and_name_speaks():
    text = "President Rana al-Hadi's office called it a breach of the truce."
    assert _kinds(text) == {"President Rana al-Hadi's office called": ("spokesperson", 1)}
    assert _kinds("President Rana al-Hadi's office called for calm.") == {}


def test_an_unnamed_spokesperson_calling_something_in_quoted_words_is_a_source():
    text = ('The spokesman for the Joint Staff called the raid "a reckless act" on Tuesday.')
    assert [k for k, _ in _kinds(text).values()] == ["spokesperson"]
    assert _kinds("A spokesman for the Joint Staff called for restraint.") == {}


def test_officials_at_one_base_are_unnamed_officials():
    text = "Officials at one base told auditors that the radars were often offline."
    assert [v for v in _kinds(text).values()] == [("anonymous official", None)]


def test_a_business_speaking_is_a_spokesperson_source():
    text = "Morning departures ran late on Friday, the airline said."
    assert _kinds(text) == {"the airline said": ("spokesperson", 1)}


def test_no_source_in_a_question_asked_or_in_the_object_of_a_denial():
    text = "The review asks the extent to which the Navy has assessed its jammers."
    assert _kinds(text) == {}
    text = "The envoy denied Western claims that his government arms the militias."
    assert not any(w.startswith("Western") for w in _kinds(text))
