"""Systems: kinds of counter-drone kit listed together, an interceptor named as what is fired,
a model named by its type after its class, a named example after "such as", a hypersonic
missile, the report's own spelling of counter-drone systems, and air defences named as the
subject of a shoot-down. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.drafting import Drafts

DRAFTS = Drafts("2026-10-02", "Base defence note")


def test_kinds_of_kit_listed_together_are_each_a_system():
    systems = DRAFTS.systems("The garrison relies on radars, electronic jammers, guns and "
                             "lasers to stop small drones.")
    assert {"radars", "jammers", "guns"} <= set(systems)


def test_a_kit_word_alone_or_after_its_make_is_no_class():
    assert "guns" not in DRAFTS.systems("The sailors cleaned their guns after the patrol.")
    systems = DRAFTS.systems("The battery fired Coyote interceptors, guns and jammers.")
    assert "interceptors" not in systems
    assert "Coyote" in systems


def test_a_range_tier_of_interceptors_in_a_policy_list_is_no_kit():
    systems = DRAFTS.systems("Planners want more guns and medium-range interceptors.")
    assert "interceptors" not in systems


def test_an_interceptor_named_as_what_is_fired_is_a_system():
    systems = DRAFTS.systems("A drone costs little; each interceptor fired at one costs a "
                             "fortune.")
    assert "interceptors" in systems


def test_a_model_named_by_its_type_after_its_class_is_the_system():
    systems = DRAFTS.systems('The force struck the port with two missiles of the "Qaher 3" '
                             'type and four drones of the "Sammad" type.')
    assert "Qaher 3" in systems
    assert "Sammad" in systems


def test_a_named_example_after_such_as_is_the_system():
    systems = DRAFTS.systems("The army fielded launchers such as the Hawkeye, according to the "
                             "audit.")
    assert "Hawkeye" in systems


def test_a_nation_after_such_as_is_no_system():
    systems = DRAFTS.systems("Drones such as Iran supplies are cheap.")
    assert "Iran" not in systems


def test_a_hypersonic_missile_is_its_own_class():
    systems = DRAFTS.systems("The north said it launched a new intermediate-range hypersonic "
                             "missile on Friday.")
    assert "hypersonic missile" in systems


def test_counter_drone_systems_keep_the_reports_own_words():
    systems = DRAFTS.systems("Auditors found the C-sUAS fleet uneven. The counter-small "
                             "unmanned aircraft systems at smaller sites lacked spares.")
    assert "counter-small unmanned aircraft systems" in systems
    assert "counter-UAS systems" not in systems


def test_air_defences_as_the_subject_of_a_shoot_down_stay_beside_a_named_system():
    systems = DRAFTS.systems("Qatar's air defences downed two drones over the capital. A "
                             "Patriot battery was also on alert.")
    assert "air defences" in systems
    assert "Patriot" in systems
