"""Sourcing: a committee report's officials and findings, a government's condemnation that
carries its account, a member of the public after the verb, an official with a who-clause, an
office in the official style, polls and unnamed early reports, a research director's kind."""

from tests.extract.drafting import Drafts

D = Drafts("2026-12-03", heading="Report")


def _sourcings(text: str) -> list[tuple[str, int | None, str]]:
    return [(k, c, t) for k, c, t in D.sources(text)]


def test_committee_report_cites_officials_informing_it_and_audit_findings() -> None:
    text = (
        "Agency officials have informed the Committee that the radars saw the threat late.\n\n"
        "The Committee notes the findings of the Government Accountability Office that a third "
        "of the launchers were broken.\n"
    )
    found = _sourcings(text)
    assert ("anonymous official", None, "Agency officials have informed the Committee") in found
    assert ("document", 1, "findings of the Government Accountability Office") in found


def test_office_in_the_official_style_speaks_for_its_command() -> None:
    text = (
        "According to testimony by the Commander, United States Africa Command, the units "
        "fired more than 30 interceptors last year.\n"
    )
    assert _sourcings(text) == [
        ("spokesperson", 1, "According to testimony by the Commander, United States Africa Command")
    ]


def test_government_condemning_with_its_account_is_a_source_a_bare_stance_is_not() -> None:
    told = (
        "A militia claimed the raid; the Jordanian government condemned the raid and "
        "denied that it was launched from its soil.\n"
    )
    assert ("spokesperson", 1, "the Jordanian government condemned") in _sourcings(told)
    bare = "A militia claimed the raid. The Jordanian government condemned both raids.\n"
    assert not any("condemned" in t for _, _, t in _sourcings(bare))


def test_unnamed_officials_condemning_are_a_source() -> None:
    text = "Rockets hit the camp on Monday, and Syrian officials condemned it.\n"
    assert ("anonymous official", None, "Syrian officials condemned") in _sourcings(text)


def test_public_after_the_verb_and_official_with_a_who_clause() -> None:
    text = (
        '"We are tired of it," said one respondent, a nurse in Kansas.\n\n'
        '"We moved too early," an officer who ran the convoy told the author, speaking on '
        "condition of anonymity.\n"
    )
    found = _sourcings(text)
    assert ("other", 1, "said one respondent") in found
    assert ("anonymous official", 1, "an officer who ran the convoy told") in found


def test_poll_unnamed_early_reports_and_a_research_director() -> None:
    text = (
        "Most voters back the move, according to a new Harbor Poll released on Monday.\n\n"
        '"Voters want out," said Jane Roe, director of the Center for Opinion Research.\n\n'
        "A shell hit the ship. Earlier reports said four were hurt.\n"
    )
    found = _sourcings(text)
    assert ("document", 1, "according to a new Harbor Poll released on Monday") in found
    assert ("other", 1, "said Jane Roe, director of the Center for Opinion Research") in found
    assert ("other outlet", 1, "Earlier reports said") in found


def test_nobody_official_is_no_source_and_press_agency_by_short_name() -> None:
    text = (
        "Nobody official has said how many were hurt. Valley Press reported that the post "
        "was empty.\n"
    )
    assert _sourcings(text) == [("other outlet", 1, "Valley Press reported")]


def test_governor_named_in_capitals_is_an_official_and_headline_verb_ends_no_name() -> None:
    text = (
        "Governor Roe Orders Flags Lowered\n\n"
        "Flags will fly at half-staff on Saturday for the airman killed last week.\n\n"
        '"He served us all," Roe said.\n\n'
        "/s/ Jane A. Roe, GOVERNOR\n"
    )
    facts = D.facts(text)
    assert ("named official", 1, "Roe said") in [
        (a.kind, a.count, a.text) for a in facts.attributions
    ]
    assert not any("Orders" in p.name for p in facts.people)


def test_body_identifying_the_dead() -> None:
    text = "A rocket killed a soldier at the outpost. The Army identified Roe on Sunday.\n"
    assert ("spokesperson", 1, "The Army identified") in _sourcings(text)


def test_assessed_origin_runs_on_with_the_assessment() -> None:
    text = (
        "The Nineveh Police Directorate assessed that the rockets were fired from the river bank.\n"
    )
    texts = [t for _, _, t in _sourcings(text)]
    assert any(t.endswith("assessed that the rockets were fired from") for t in texts)


def test_an_orders_references_staff_reports_commander_and_signature() -> None:
    text = (
        "HQ, Task Force Kestrel\n\n"
        "1. SITUATION. At 0200C a drone struck the motor pool. Early reporting (ref b) listed "
        "one soldier hurt. The J1 casualty report of 021300CJAN27 confirms two soldiers "
        "wounded.\n\n"
        "a. Commander's intent. Commander's guidance at the 021000C brief: \"Get everyone "
        'under cover faster."\n\n'
        "ROEBUCK\n\nLTC\n\nOFFICIAL:\n\nKESTLER\n\nS3\n"
    )
    facts = D.facts(text)
    found = [(a.kind, a.count, a.text) for a in facts.attributions]
    assert ("document", 1, "Early reporting (ref b) listed") in found
    assert ("document", 1, "The J1 casualty report of 021300CJAN27 confirms") in found
    assert ("spokesperson", 1, "Commander's guidance at the 021000C brief") in found
    names = {p.name: p.title for p in facts.people}
    assert names.get("Roebuck") == "LTC" and names.get("Kestler") == "S3"
    quote = next(q for q in facts.quotes if q.text.startswith("Get everyone"))
    assert quote.speaker == "Task Force Kestrel commander"
