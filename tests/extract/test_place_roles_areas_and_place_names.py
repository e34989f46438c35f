"""A town named for its governorate is no target of drones downed over it; an attack the
drafter places by a place's own name marks it though the report spells it otherwise."""

from __future__ import annotations

from types import SimpleNamespace

from tests.extract.drafting import Drafts

from briefdeck.extract.place_roles_from_events import attack_targets
from briefdeck.model.facts import Place, Provenance

DRAFTS = Drafts("2026-11-23", "Air defence update")


def _roles(text: str) -> dict[str, str]:
    return {p.name: p.role for p in DRAFTS.facts(text).places}


def test_drones_shot_down_over_a_governorate_do_not_make_its_town_a_target():
    roles = _roles(
        "An officer from Jordan said its jets had shot down nine drones over Mafraq "
        "governorate during the month."
    )
    assert roles.get("Mafraq") != "attack target"


def test_drones_shot_down_over_a_town_still_make_it_a_target():
    roles = _roles(
        "Jordanian air defences shot down two drones over Mafraq on 20 November, the army said."
    )
    assert roles.get("Mafraq") == "attack target"


def test_an_attack_placed_by_the_sites_own_name_marks_it_under_another_spelling():
    # the log spells the site "RUMALYN"; the drafter places the attack by the site's own name
    text = "ETA RUMALYN 2330. UAS ATTACK ON THE LZ 0011: 1X IMPACT, NO CAS."
    mention = SimpleNamespace(
        name="RUMALYN", key="Rmelan Landing Zone", start=4, end=11, locator=False, possibly=False
    )
    attack = SimpleNamespace(
        kind="attack",
        place="Rmelan Landing Zone",
        summary="1X IMPACT",
        date="2026-11-22",
        date_precision="day",
        provenance=Provenance(start=18, end=len(text)),
    )
    doc = SimpleNamespace(
        text=text,
        sentences=[SimpleNamespace(start=0, end=17), SimpleNamespace(start=18, end=len(text))],
    )
    place = Place(
        id="p1",
        name="Rmelan Landing Zone",
        kind="installation",
        provenance=Provenance(start=4, end=11),
    )
    out = attack_targets([place], [attack], [mention], doc)
    assert out[0].role == "attack target"
