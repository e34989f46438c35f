"""Universities as scholars' employers, a country's bodies written bare in lower case ("the
interior ministry said") or by its initials ("UK MoD"), and a few bodies named in regional
reporting (state news agencies, auditors, emergency authorities). Sentences are our own."""

from __future__ import annotations

from .drafting import Drafts

DRAFTS = Drafts("2027-03-10", heading="Regional report")


def _orgs(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in DRAFTS.facts(text).organizations}


def test_a_university_named_before_or_after_its_word_is_an_organization():
    text = ("Mira Okafor, who teaches conflict studies at the University of Leeds, said the "
            "pattern was familiar. Sami Haddad of Birzeit University agreed.")
    orgs = _orgs(text)
    assert "University of Leeds" in orgs and "Birzeit University" in orgs


def test_a_lone_university_word_is_no_organization():
    text = "The University said nothing more about the students hurt in the blast."
    assert "University" not in _orgs(text)


def test_a_bare_lower_case_ministry_that_speaks_is_an_organization():
    text = ("Two shells landed near the border post overnight. The interior ministry said "
            "three guards were hurt.")
    assert "interior ministry" in _orgs(text)


def test_a_bare_presidency_cited_for_a_statement_is_an_organization():
    text = "The leaders urged calm, according to a statement from the presidency."
    assert "presidency" in _orgs(text)


def test_a_bare_ministry_is_not_drafted_again_when_its_owner_is_named():
    text = ("Oman's foreign ministry condemned the raid on Tuesday. Later the foreign ministry "
            "said talks would resume.")
    orgs = _orgs(text)
    assert "Oman's foreign ministry" in orgs and "foreign ministry" not in orgs


def test_the_presidency_as_a_term_of_office_is_no_organization():
    text = "Relations soured during the presidency of his predecessor."
    assert "presidency" not in _orgs(text)


def test_a_country_ministry_by_its_initials_is_an_organization():
    text = "Missile launches fell sharply in March (UAE MoD figures), and the UK MOD agreed."
    orgs = _orgs(text)
    assert "UAE MoD" in orgs and "UK MOD" in orgs


def test_initials_after_a_word_that_is_no_country_are_no_ministry():
    text = "Engineers said the Alpha MoD upgrade kit was late."
    assert not any(name.endswith("MoD") for name in _orgs(text))


def test_state_news_agencies_and_the_auditor_are_known_bodies():
    text = ("An aide told IRNA the talks were over. GAO found gaps in base defences, and "
            "GAO-25-999 lists them.")
    orgs = _orgs(text)
    assert "IRNA" in orgs and "Government Accountability Office" in orgs


def test_the_emergency_authority_by_its_initials_is_the_known_body():
    text = "The interceptions were confirmed by NCEMA in a brief post."
    assert "National Emergency Crisis and Disaster Management Authority" in _orgs(text)


def test_the_anti_isis_coalition_by_its_full_title_is_the_coalition():
    text = "The council appealed to the International Coalition against Daesh for help."
    orgs = _orgs(text)
    assert "Coalition" in orgs and "Islamic State" not in orgs


def test_the_occupation_army_of_a_named_state_folds_into_its_military():
    text = "Villages near the river were shelled by the Turkish occupation army on Sunday."
    assert "Turkish occupation army" in _orgs(text).get("Turkish Armed Forces", [])


def test_north_east_syrias_administration_is_a_known_body():
    text = ("The Autonomous Administration of North and East Syria asked for the airspace to "
            "be closed.")
    assert "Autonomous Administration of North and East Syria" in _orgs(text)


def test_rescue_crews_in_sentence_case_are_the_civil_defence():
    text = "A fire broke out in the market. Civil defence crews put it out within the hour."
    assert "Civil Defence" in _orgs(text)
