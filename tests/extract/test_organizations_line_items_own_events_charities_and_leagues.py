"""A contract's line items and the writer's own forum are no bodies; an outlet's language is no
name; a charity named beside its staff or under its head's signature, and a league that speaks,
are bodies. Texts written for these tests."""

from briefdeck.extract.organizations import extract_organizations
from briefdeck.extract.sentences import build_document


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract_organizations(build_document(text))}


def test_contract_line_item_description_is_no_body():
    text = (
        "2. CHANGES.\n\n"
        "a. CLIN 0004, Base Support Services - Camp Alder, is reduced by $210,000.00.\n\n"
        "CLIN\n\nDescription\n\n0004\n\nBase Support Services - Camp Alder\n\n$1,900,000.00\n"
    )
    assert "Base Support Services" not in _orgs(text)


def test_body_named_outside_a_line_item_stays():
    text = (
        "a. CLIN 0004, Base Support Services - Camp Alder, is reduced.\n\n"
        "The Base Support Services office at the camp was told on Monday.\n"
    )
    assert "Base Support Services" in _orgs(text)


def test_writers_own_forum_is_no_body():
    text = 'The finance chief told our Energy Forum on Nov. 4 that output would rise.'
    assert "Energy Forum" not in _orgs(text)


def test_language_of_a_daily_is_no_outlet():
    text = "Source: Al-Fajr (Beirut), Urdu-language daily, page 3, unsigned editorial.\n"
    assert "Urdu-language" not in _orgs(text)


def test_charity_named_beside_its_staff():
    text = "Since Friday, Harbourlight Relief staff and volunteers have handed out 900 blankets."
    assert "Harbourlight Relief" in _orgs(text)


def test_charity_named_in_its_heads_signature():
    text = "Thank you for standing with us.\n\nMara Quint\n\nChief Executive, Tallow Aid\n"
    assert "Tallow Aid" in _orgs(text)


def test_first_aid_staff_are_no_charity():
    text = "First Aid staff at the stadium treated two fans for smoke inhalation."
    assert not any("Aid" in name for name in _orgs(text))


def test_league_that_speaks_is_a_body():
    text = 'The Coastal Handball League said on Sunday that the derby would be replayed.'
    assert "Coastal Handball League" in _orgs(text)


def test_league_as_a_competition_is_no_body():
    text = "The club moved to the top of the Coastal Handball League after a late win."
    assert "Coastal Handball League" not in _orgs(text)


def test_insurer_named_only_in_a_case_caption():
    text = (
        "In the Matter of:\n\nPETRA L. ANSEL,\n\nClaimant,\n\nv.\n\n"
        "NORTHWIND HAULAGE, LLC,\n\nEmployer,\n\nand\n\n"
        "BRASSWORK MUTUAL INSURANCE COMPANY,\n\nCarrier.\n\n"
        "The claimant was hurt at the depot on 3 May.\n"
    )
    names = _orgs(text)
    assert "Brasswork Mutual Insurance Company" in names
    assert not any("Ansel" in name.title() for name in names)


def test_company_named_as_its_chief_executives_owner():
    text = ('"We will bring our people home," said Dana Holt, Quillmark\'s chief executive. '
            "Forty Quillmark employees work at the depot.")
    assert "Quillmark" in _orgs(text)


def test_ministrys_own_armed_forces_stay_a_body():
    text = "Ministry sources said the operations of our Turkish Armed Forces follow the law."
    assert "Turkish Armed Forces" in _orgs(text)
