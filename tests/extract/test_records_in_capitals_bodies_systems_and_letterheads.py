"""Bodies, systems and places of records in capitals, letterheads and notes: a wing's numbered
units, a host nation's services, call signs and map codes, a letterhead's body named by its
initials, a note's addressee, a hospital its officials speak for, an office's owner."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

_RECORD = (
    "FOR OFFICIAL USE ONLY\n"
    "517 ECES FIRE EMERGENCY SERVICES - ALI AL SALEM AB, KUWAIT\n"
    "INCIDENT DETAIL REPORT\n"
    "Location: HANGAR 9, WEST APRON, ZONE C-2\n"
    "UNITS           DISP      ENRT      ONSC\n"
    "E-31            01:10:05  01:11:10  01:14:40\n"
    "R-32            01:10:05  01:11:40  01:15:02\n"
    "NARRATIVE\n"
    "01:09:12  BDOC RPTS GIANT VOICE ALARM RED, INCOMING ROCKETS FROM EAST. SHELTER IN PLACE\n"
    "01:14:40  E-31 ON SCENE: HANGAR ROOF DAMAGED, SMALL FIRE ON WEST SIDE OF THE HANGAR\n"
    "01:30:00  KUWAIT FIRE FORCE ENGINE REQUESTED VIA KUWAITI AIR FORCE OPS FOR MUTUAL AID\n"
    "01:55:00  PER 517 EMDG 2 PTS TREATED AND RELEASED TO THEIR UNITS. PT1 AND PT2 MINOR\n"
    "02:20:00  PER 517 AEW/PA KUWAITI MOD STATEMENT SAYS TWO ROCKETS FELL IN OPEN DESERT\n"
    "02:40:00  PT2 TAKEN TO JABER AL-AHMAD ARMED FORCES HOSPITAL FOR A SCAN, STABLE\n"
    "03:00:00  E-31 FIRE OUT. SCENE TURNED OVER TO SECURITY FORCES AND THE WING\n"
)


def _draft(text: str):
    return draft_briefing(Article(text=text), published="2026-12-01").facts


def test_a_record_in_capitals_names_its_wing_units_and_the_host_nations_services() -> None:
    names = {o.name for o in _draft(_RECORD).organizations}
    assert {"517 EMDG", "517 AEW", "Kuwaiti MoD", "Kuwait Fire Force"} <= names
    assert "Base Defense Operations Center" in names


def test_call_signs_and_map_codes_are_no_aircraft() -> None:
    systems = {s.name for s in _draft(_RECORD).systems}
    assert "Giant Voice" in systems
    assert not systems & {"E-31", "R-32", "C-2"}


def test_a_record_in_capitals_gives_its_base_and_the_hospital_it_names() -> None:
    places = {p.name for p in _draft(_RECORD).places}
    assert {"Ali Al Salem Air Base", "Jaber Al-Ahmad Armed Forces Hospital"} <= places


def test_a_letterhead_body_the_memo_names_by_its_initials() -> None:
    orgs = _draft(
        "Harbor Light Foundation | Jordan Field Office\n\nMEMO\n\n"
        "Two HLF drivers were hurt when a drone hit the depot in Mafraq on Monday."
    ).organizations
    assert any(o.name == "Harbor Light Foundation" and "HLF" in o.aliases for o in orgs)


def test_the_embassy_a_note_is_addressed_to_is_a_body() -> None:
    orgs = _draft(
        "The Ministry of Foreign Affairs of the Republic of Iraq presents its compliments to "
        "the Embassy of the Republic of Korea in Baghdad and has the honour to convey the "
        "following."
    ).organizations
    assert any(o.name == "Embassy of the Republic of Korea in Baghdad" for o in orgs)


def test_a_hospital_whose_officials_speak_is_a_body() -> None:
    orgs = _draft(
        "Ziv Regional Medical Center received four wounded soldiers overnight, "
        "hospital officials said."
    ).organizations
    assert any(o.name == "Ziv Regional Medical Center" for o in orgs)


def test_the_owner_of_an_office_named_after_it_is_no_body() -> None:
    names = {
        o.name
        for o in _draft(
            "A French navy office called MICA Center, which tracks piracy, said the crew was safe."
        ).organizations
    }
    assert "French navy" not in names


def test_a_body_named_for_air_defence_keeps_its_first_word() -> None:
    names = {
        o.name
        for o in _draft(
            "The display was paid for by the Air Defense Veterans Association."
        ).organizations
    }
    assert "Air Defense Veterans Association" in names


def test_a_record_line_of_fields_names_its_contractor() -> None:
    names = {
        o.name
        for o in _draft(
            "Assigned group: Network Ops (Harlow Systems) | Assignee: Dan Ruiz\n"
            "Opened: 2026-11-29 23:52 | Status: New\n"
        ).organizations
    }
    assert "Harlow Systems" in names


def test_what_a_defence_was_built_to_stop_is_no_weapon_of_the_report() -> None:
    systems = {
        s.name
        for s in _draft(
            "The gun was built to stop rockets and mortars. It guarded the airfield."
        ).systems
    }
    assert "mortars" not in systems


def test_a_counter_drone_mission_is_no_system() -> None:
    systems = {
        s.name
        for s in _draft(
            "The firm supports the Army's counter-small unmanned aircraft systems mission at "
            "three bases."
        ).systems
    }
    assert not any(name.startswith("counter") for name in systems)
