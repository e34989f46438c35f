"""Systems: a frigate class, a naval gun and its guided round, Aster by its number alone,
frigates and sniper rifles by class, an explosive device in the report's words, a count of
interceptors fired, and a class noun said of what a named system is. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-10-02", "Naval note")


@pytest.mark.parametrize(("text", "name"), [
    ("The Greek Navy FREMM frigate escorted the convoy north.", "FREMM frigate"),
    ("Its 76 mm Super Rapido gun fired at the boat.", "76 mm Super Rapido"),
    ("The gun fired DART guided rounds at the target.", "DART"),
    ("The ship carries Aster 15 and Aster 30 missiles.", "Aster 15"),
    ("The alliance still has two frigates in the gulf.", "frigates"),
    ("Gunmen opened fire with a sniper rifle on the checkpoint.", "sniper rifles"),
    ("A soldier was hurt when an explosive device hit a patrol.", "explosive device"),
    ("The destroyer fired three interceptors at the incoming drones.", "interceptors"),
])
def test_named_and_class_systems_are_drafted(text, name):
    assert name in DRAFTS.systems(text)


def test_a_frigate_named_after_its_class_is_not_also_a_generic_frigate():
    systems = DRAFTS.systems("The frigate HMS Kent sailed from the port at dawn.")
    assert "frigates" not in systems


def test_a_class_noun_said_of_what_a_named_system_is_is_no_system():
    systems = DRAFTS.systems("Iron Dome is the main air defence system of the country.")
    assert "air defence systems" not in systems
    assert "Iron Dome" in systems


def test_dart_alone_as_an_acronym_is_no_system():
    assert "DART" not in DRAFTS.systems("The DART team arrived to assess the damage.")
