"""Organizations: a body's deployment named after its possessive owner, a post's department
read as the body that holds it, aviation authorities and UK departments named in airspace
notices, Pakistan's military media wing, the Commons, "SNA" read by the country reported on,
and a country's bare "ministry" that names no body. Every sentence is written for these tests."""

from __future__ import annotations

from tests.extract.drafting import article_facts


def _orgs(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in article_facts(text, "2026-11-30").organizations}


def test_a_navys_patrol_is_named_without_its_owner_and_keeps_its_last_word():
    orgs = _orgs("The frigate, sailing under the Pakistan Navy's Regional Maritime Security "
                 "Patrol, reached the tanker within hours.")
    assert "Regional Maritime Security Patrol" in orgs
    assert not any("Navy's" in name for name in orgs)


def test_a_department_in_an_officials_title_is_read_as_the_ministry_holding_it():
    orgs = _orgs("Ivan Petrov, deputy director of the Russian Foreign Ministry's Department "
                 "of Asian Affairs, told reporters the talks had stalled.")
    assert "Foreign Ministry" in orgs
    assert not any(name.startswith("Department") for name in orgs)


def test_aviation_authorities_and_a_uk_department_in_airspace_notices():
    orgs = _orgs("Iraq: the FAA bars US operators below FL300. The Department for Transport "
                 "advises UK airlines to stay above FL250, and France's DGAC recommends the same.")
    assert orgs["Federal Aviation Administration"] == ["FAA"]
    assert "Department for Transport" in orgs
    assert "DGAC" in orgs


def test_pakistans_military_media_wing_and_the_commons():
    orgs = _orgs("The Inter-Services Public Relations (ISPR) said the crew was safe. In London "
                 "the minister told the House of Commons that escorts would continue.")
    assert orgs["Inter-Services Public Relations"] == ["ISPR"]
    assert "House of Commons" in orgs


def test_sna_is_syrias_or_somalias_army_by_the_country_the_report_names():
    syria = _orgs("In northern Syria, SNA factions shelled a village near Manbij, Syria.")
    somalia = _orgs("In Somalia, SNA troops retook a town north of Mogadishu, Somalia.")
    assert "Syrian National Army" in syria
    assert "Somali National Army" in somalia


def test_a_countrys_bare_ministry_is_no_organization_but_its_portfolio_is():
    orgs = _orgs("Kuwait's ministry called the attack a hostile act. Jordan's foreign ministry "
                 "said it was consulting its partners.")
    assert "Kuwait's ministry" not in orgs
    assert "Jordan's foreign ministry" in orgs
