"""Long lists of people (an attendees table, a table whose header row repeats) are read in time
that grows with their length, and a name still finds the person named before in a fuller form."""

from __future__ import annotations

import time

from tests.extract.drafting import Drafts

D = Drafts("2026-12-03", "Minutes")
BODY = "A drone struck a depot near Erbil on Dec. 2, officials said."


def test_many_attendees_are_all_people_and_read_quickly():
    rows = "".join(f"Jo Ames{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}\tChair\tForum\n"
                   for i in range(600))
    start = time.process_time()
    people = D.people(f"{BODY}\n\nName\tRole\tOrganisation\n{rows}")
    assert time.process_time() - start < 5
    assert len([n for n in people if n.startswith("Jo Ames")]) == 600


def test_a_table_of_repeated_header_rows_is_read_once():
    start = time.process_time()
    D.people(f"{BODY}\n\n" + "Name | Role\n" * 3000)
    assert time.process_time() - start < 3


def test_surnames_and_hyphenated_forms_still_find_the_full_name():
    people = D.people("Minister Abdul-Karim Mahdi visited Erbil on Dec. 2. Karim Mahdi said "
                      "the depot was hit. Prime Minister Mohammed al-Sudani spoke later. Sudani "
                      "said the strike was an outrage.")
    assert "Abdul-Karim Mahdi" in people and "Karim Mahdi" not in people
    assert not any(n == "Sudani" for n in people)
