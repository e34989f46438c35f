"""A long call chat whose messages open on a body's name ("Coalition says ...") and a source
column under a rule trailed by blanks: each once read the whole text again per message or per
blank, seconds for a chat of a few thousand lines."""

from __future__ import annotations

import time

from briefdeck.extract.chat_sources import chat_sources, common_noun
from briefdeck.extract.people import PeopleIndex
from briefdeck.extract.sourcing_table_columns import table_sources


def _seconds(fn, *args) -> float:
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def _call_chat(messages: int) -> str:
    lines = []
    for i in range(messages):
        lines.append(f"10:{i // 60 % 60:02d}:{i % 60:02d} From Dana Wirth to Everyone:")
        lines.append(f"Army says convoy {i} reached the depot.")  # never "army" in lower case
    return "\n".join(lines) + "\nLast word: the coalition agrees.\n"


def test_a_chat_of_thousands_of_body_led_messages_is_read_in_one_pass():
    text = _call_chat(4000)
    assert _seconds(chat_sources, text, PeopleIndex([])) < 5.0
    assert common_noun(text, "Coalition")  # written in lower case once, at the end
    assert not common_noun(text, "Army")  # written nowhere in lower case


def test_a_source_column_under_a_rule_trailed_by_blanks_is_read_at_once():
    text = ("| Source | Place |\n|---|---|" + "\u00a0" * 200_000 + "x\n"
            "| Kurdistan24 | Erbil |\n| Kurdistan24 | Duhok |\n")
    assert _seconds(table_sources, text, PeopleIndex([])) < 0.5
    assert [text[s:e] for s, e, _, _ in table_sources(text, PeopleIndex([]))] == ["Kurdistan24"]
