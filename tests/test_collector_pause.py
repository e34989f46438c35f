"""Drafting and loading pause the cycle collector and always put it back as it was."""

from __future__ import annotations

import gc

import pytest

from briefdeck.collector import collector_paused


def test_collector_is_paused_inside_and_restored_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_left_off_after_a_failure_when_the_caller_had_turned_it_off():
    gc.disable()
    try:
        with pytest.raises(ValueError), collector_paused():
            raise ValueError("odd input")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_restored_after_a_failure():
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("odd input")
    assert gc.isenabled()
