"""A count the teller gives of "our people" (our staff, our drivers) counts the teller's own
people only: a member of another force "also" hurt is one more, kept beside that count and
never read as one of them, whether told before or after it.

Every text here is written for the test, not taken from an article.
"""

from __future__ import annotations

from briefdeck.extract.casualties import Casualty
from briefdeck.extract.toll_updates import merge_tolls

from .drafting import day_tolls, drafted_events


def _wounded(text: str) -> list[int]:
    return [w for _, _, w in day_tolls(drafted_events(f"Test report\n\n{text}", "2025-03-13"))]


def test_another_forces_member_also_hurt_is_one_more_not_one_of_ours():
    assert _wounded("A mortar round hit the depot on Tuesday. Two of our workers were wounded "
                    "by shrapnel. One member of the Iraqi port police was also wounded, the "
                    "port authority said.") == [3]


def test_our_new_count_keeps_another_forces_member_told_before_it():
    assert _wounded("A rocket hit the depot on Tuesday, wounding two of our drivers. One "
                    "member of the Iraqi border guard was also hurt.\n\n"
                    "Update: the number of our staff injured is now three, not two.") == [4]


def test_our_new_count_keeps_another_forces_member_told_after_it():
    assert _wounded("A rocket hit the depot on Tuesday.\n\nThe number of our staff injured "
                    "is now three, not two. One member of the Iraqi border guard was also "
                    "hurt in the attack.") == [4]


def test_our_new_count_replaces_the_whole_kind_when_every_count_named_a_party():
    known = [Casualty(0, 5, "wounded", 2, "contractor", "two"),
             Casualty(20, 25, "wounded", 1, "Iraq", "one")]
    ours = [Casualty(60, 65, "wounded", 3, "unspecified", "three", total=True,
                     party_total=True)]
    assert [(c.count, c.party) for c in merge_tolls(known, ours)] == [(3, "unspecified")]
