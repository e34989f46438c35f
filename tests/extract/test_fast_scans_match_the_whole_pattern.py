"""The faster scans give what their whole pattern gives: a known body's name matched by its
first letter's group, a courtesy-titled job read only on the lines holding ", Mr" or "Ms"."""

from briefdeck.extract.alternatives import Alternatives
from briefdeck.extract.known_organizations import KNOWN_ALTERNATIVES, KNOWN_RE, known_organization
from briefdeck.extract.people_courtesy_roles import _ROLE_COURTESY, courtesy_roles


def test_alternatives_fullmatch_is_the_regex_fullmatch() -> None:
    alts = Alternatives([r"Red\s+Cross", r"Red\s+Crescent", r"Blue\s+Helmets"])
    for text in ("Red Cross", "Red Crescent", "Blue Helmets", "Red", "the Red Cross", ""):
        mine, whole = alts.fullmatch(text), alts.regex.fullmatch(text)
        assert (mine is None) == (whole is None)
        if mine is not None:
            assert alts.which(mine) == alts.which(whole)


def test_known_body_inside_a_longer_text() -> None:
    text = "a statement by CENTCOM on Monday"
    at = text.index("CENTCOM")
    span = (at, at + len("CENTCOM"))
    assert (KNOWN_ALTERNATIVES.fullmatch(text, *span) is None) == (
        KNOWN_RE.fullmatch(text, *span) is None
    )
    assert known_organization("CENTCOM") == known_organization(" CENTCOM ")


def test_courtesy_roles_on_several_lines_as_the_whole_scan() -> None:
    text = (
        "We met the plant's site manager, Ms Dana Vell, on arrival.\n"
        "Nothing else of note.\n"
        "Later the depot foreman, Mr Olu Brandt, showed us round; its chief, Dr Ana Ruiz.\n"
        "The yard's owner,\nMr Karl Penn, was away."
    )
    whole = [
        (m.group("name"), m.group("role"), m.start("name"), m.end("name"))
        for m in _ROLE_COURTESY.finditer(text)
    ]
    assert list(courtesy_roles(text)) == whole
    assert [name for name, *_ in whole] == ["Dana Vell", "Olu Brandt", "Ana Ruiz"]
