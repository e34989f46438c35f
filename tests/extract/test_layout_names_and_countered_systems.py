"""Column headers, a Congress's number, the committal formula and a rank are no bodies; the
threat a kit counters and a base's landing zone are no systems."""

from briefdeck.extract.organizations import extract_organizations
from briefdeck.extract.sentences import build_document
from briefdeck.extract.systems import extract_systems


def _orgs(text: str) -> set[str]:
    return {o.name for o in extract_organizations(build_document(text))}


def _systems(text: str) -> set[str]:
    return {s.name for s in extract_systems(build_document(text))}


def test_table_column_headers_are_no_body():
    text = (
        "                 Budget       Committee     Change\n"
        "Item             request      recommended   request\n\n"
        "The Committee on Appropriations backs the request.\n"
    )
    assert not any("  " in name for name in _orgs(text))


def test_numbered_congress_and_committal_formula_are_no_bodies():
    text = (
        "118th Congress                    Report 118-12\n\n"
        "  May 2, 2025.--Committed to the Committee of the Whole House on the State of "
        "the Union and ordered to be printed.\n\nThe Pentagon said the funds are needed.\n"
    )
    names = _orgs(text)
    assert "Congress" not in names
    assert "Committee of the Whole House" not in names


def test_service_before_staff_sergeant_is_no_body():
    text = "The flags honour Air Force Staff Sgt. Dana Reyes, who was killed in Iraq.\n"
    assert "Force Staff" not in _orgs(text)


def test_counter_small_uas_interceptors_are_not_a_uas_make():
    text = "The bill adds $40,000,000 for counter-small UAS interceptors for the Army.\n"
    assert "UAS" not in _systems(text)


def test_helicopter_landing_zone_of_a_base_is_no_helicopter():
    text = (
        "Rockets hit Camp Falcon (CF) overnight. Repairs to the CF helicopter landing zone "
        "start today.\n"
    )
    assert "CF" not in _systems(text)
