"""Hostile and huge text: long runs of blanks, unclosed Org drawers and blocks, lone surrogate
halves. Each is read in linear time, nothing in it is lost, and what cannot be written is
replaced."""

from __future__ import annotations

import time

import pytest

from briefdeck.errors import InputError
from briefdeck.ingest import article_from_text
from briefdeck.ingest.org_notes import org_to_text
from briefdeck.ingest.text import clean

BODY = "A drone struck a depot near Erbil on Dec. 2, 2026, officials said."
ORG = "#+TITLE: Week notes\n#+AUTHOR: Jo Ames\n"


def test_a_long_run_of_blanks_is_cut_and_read_quickly():
    start = time.process_time()
    article = article_from_text("Title\n\n" + BODY + " " * 400_000 + "x\n")
    assert time.process_time() - start < 3
    assert " " * 65 not in article.text and BODY in article.text


def test_trailing_blanks_go_and_short_runs_stay():
    assert clean("a  b \t\nc" + "\t" * 3 + "d") == "a  b\nc\t\t\td"


def test_an_org_heading_with_a_long_run_of_blanks_reads_quickly():
    start = time.process_time()
    text, _ = org_to_text(ORG + "* TODO" + " \t" * 100_000 + "Strike :ops:\n" + BODY + "\n")
    assert time.process_time() - start < 2
    assert "Strike" in text and ":ops:" not in text


def test_many_file_links_on_one_line_read_quickly():
    start = time.process_time()
    org_to_text(ORG + "[[file:x " * 40_000 + "\n")
    assert time.process_time() - start < 2


def test_an_unclosed_org_drawer_or_block_keeps_the_notes_below_it():
    drawer, _ = org_to_text(ORG + "* Erbil\n:PROPERTIES:\n:LOCATION: Erbil\n" + BODY + "\n")
    block, _ = org_to_text(ORG + "#+BEGIN_SRC python\n" + BODY + "\n")
    assert "A drone struck a depot" in drawer and "A drone struck a depot" in block


def test_closed_drawers_and_blocks_are_still_left_out():
    text, _ = org_to_text(ORG + "* Erbil\n:PROPERTIES:\n:ID: 4f2a\n:LOCATION: Erbil\n:END:\n"
                          "#+BEGIN_SRC python\nprint(1)\n#+END_SRC\n" + BODY + "\n")
    assert "4f2a" not in text and "print" not in text
    assert "Location: Erbil" in text and "A drone struck a depot" in text


def test_lone_surrogate_halves_are_replaced_and_pairs_joined():
    article = article_from_text("Title \ud800\n\n" + BODY + " \ud83d\ude00 \udfff")
    article.text.encode("utf-8")  # writable
    assert "\ufffd" in article.text and "\U0001f600" in article.text


def test_an_org_file_of_settings_only_is_a_clear_error():
    with pytest.raises(InputError, match="empty"):
        article_from_text("#+STARTUP: overview\n#+FILETAGS: :x:\n")
