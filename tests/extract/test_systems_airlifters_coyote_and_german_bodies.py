"""Europe's airlifter, the Coyote interceptor when named as one, and Germany's army and
parliament as organizations."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2027-02-10", "Posture update")


def test_the_a400m_is_a_system():
    assert "A400M" in DRAFTS.systems("A Spanish A400M landed at Erbil with spare parts.")


def test_a_coyote_named_as_an_interceptor_is_a_system():
    found = DRAFTS.systems("Soldiers fired Coyote interceptors at two drones over the base; a "
                           "Coyote Block 2 costs far less than a Patriot.")
    assert "Coyote" in found


def test_a_bare_coyote_is_not_a_system():
    assert "Coyote" not in DRAFTS.systems("A coyote crossed the runway at dawn; Coyote, the "
                                          "convoy's call sign, radioed in.")


def test_german_army_and_parliament_are_organizations():
    orgs = DRAFTS.organizations("The Bundeswehr keeps 250 soldiers in Iraq under a mandate the "
                                "Bundestag renewed on Thursday.")
    assert "Bundeswehr" in orgs and "Bundestag" in orgs
