"""A weapon word naming the site it is kept or made at, one named drone told again in the
singular, a tracker's rows as separate salvos, guided rockets by their kind, and "Armed
Forces" inside a post's title."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-12-04", "Strikes update")


def test_a_drone_storage_site_struck_is_no_drone():
    found = DRAFTS.systems("Navy jets struck militia missile and drone storage facilities near "
                           "the port, and a drone workshop in the hills, officials said.")
    assert "drones" not in found


def test_drones_flown_beside_a_storage_site_are_still_drones():
    found = DRAFTS.systems("Two drones were shot down near the camp hours after jets struck a "
                           "drone storage site.")
    assert "drones" in found


def test_a_singular_drone_beside_one_named_drone_is_that_drone():
    found = DRAFTS.systems("The group said it shot down an American MQ-9 Reaper over the "
                           "desert. A defence official said no drone had been lost.")
    assert found.count("MQ-9 Reaper") == 1 and "drones" not in found


def test_a_drone_that_attacks_beside_our_named_drone_stays_a_class():
    found = DRAFTS.systems("A drone attack on the garrison wounded three soldiers on Sunday. "
                           "The command will fly more MQ-9 Reapers from Jordan.")
    assert "drones" in found and "MQ-9 Reaper" in found


def test_rockets_in_another_tracker_row_are_not_the_named_calibre():
    table = ("| # | Date | Site | Weapons |\n"
             "| 1 | 2026-11-03 | Camp Alpha | 1x 107mm rocket |\n"
             "| 2 | 2026-11-14 | Camp Bravo | 4x rockets |\n")
    found = DRAFTS.systems(table)
    assert "107mm rockets" in found and "rockets" in found


def test_the_rockets_after_a_named_calibre_in_prose_are_those_rockets():
    found = DRAFTS.systems("Three 107mm rockets hit the base overnight. The rockets were fired "
                           "from a truck east of the airport.")
    assert "rockets" not in found


def test_precision_guided_rockets_are_named_by_their_kind():
    found = DRAFTS.systems("Jets struck a site used to store precision-guided rockets in the "
                           "valley, the army said.")
    assert "precision-guided rockets" in found and "rockets" not in found


def test_armed_forces_inside_a_post_is_no_body():
    orgs = DRAFTS.organizations("The spokesman for the Commander-in-Chief of the Armed Forces "
                                "condemned the strike. The Armed Forces Minister said more jets "
                                "would be sent.")
    assert "Armed Forces" not in orgs
