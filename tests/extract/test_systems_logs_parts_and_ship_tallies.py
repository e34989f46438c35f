"""A log's makes in capitals, satellite-navigation parts of a smuggling case, a drone
formation that is no system, a running count of ships hit, and a firm named after its role."""

from briefdeck.extract.figure_amounts import ordinal_tallies
from briefdeck.extract.org_found import Found
from briefdeck.extract.org_named_firms import named_firms
from briefdeck.extract.sentences import build_document
from briefdeck.extract.systems import extract_systems

_LOG = (
    "TIME | FROM | TO | MESSAGE\n"
    "0101 | TOWER | BASE OPS | TWO UAS INBOUND FROM THE NORTH, OVER.\n"
    "0104 | GUARD 2 | BASE OPS | ONE UAS DESTROYED BY COYOTE. NO DAMAGE, OVER.\n"
    "0110 | JAVELIN 6 | BASE OPS | PERIMETER CHECK COMPLETE, NOTHING SEEN, OVER.\n"
    "0115 | BASE OPS | ALL | ALERT LIFTED. ALL STATIONS RESUME NORMAL DUTIES.\n"
)


def _names(text: str) -> list[str]:
    return [s.name for s in extract_systems(build_document(text))]


def test_a_make_in_a_capitals_log_line_is_the_system_and_a_callsign_is_not():
    names = _names(_LOG)
    assert "Coyote" in names
    assert "Javelin" not in names


def test_gnss_receiver_modules_shipped_in_a_case_are_components():
    text = (
        "Prosecutors say the pair shipped 200 GNSS receiver modules and 40 servo actuators "
        "to a buyer abroad without a licence."
    )
    assert "GNSS receiver modules" in _names(text)


def test_a_drone_unit_of_a_militia_is_a_formation_not_a_system():
    text = "He leads the militia's unmanned aerial systems unit, officials said."
    assert _names(text) == []


def test_the_nth_merchant_ship_attacked_since_a_date_counts_the_ships():
    text = "The freighter is the fourth merchant ship attacked in the Gulf of Aden since March 3."
    got = [(f.value, f.unit) for f in ordinal_tallies(text, [])]
    assert (4.0, "merchant ships") in got


def test_the_operator_named_after_its_role_ending_in_company_is_an_organization():
    text = "The plant's operator, Dalan Power Company, said two workers were hurt."
    found: dict[str, Found] = {}
    named_firms(text, found, lambda name: False)
    assert any(f.name == "Dalan Power Company" for f in found.values())
