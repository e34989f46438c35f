"""A record's header line holds several fields ('Wounded: 3   Missing: 0'): a count in one field
is said without the next fields' words. A count inside a bracketed breakdown ('Hurt: 5 (three
guards, two cooks)') is said with its whole sentence, never cut at the bracket's opening."""

from __future__ import annotations

from briefdeck.compose.figure_words import figure_words
from briefdeck.model import Figure, Provenance


def _words(text: str, label: str, written: str, unit: str, value: float, at: int = 0):
    start = text.index(written, at)
    fig = Figure(id="f-1", status="accepted", value=value, unit=unit, text=written,
                 label=label, provenance=Provenance(source="src-1", start=start,
                                                    end=start + len(written)))
    return figure_words(fig, text)


RECORD = ("CALL LOG - DEPOT 9\nCall No: 55-0142      Type: FIRE\n"
          "Wounded: 3   Missing: 0   Status: CLOSED - HANDED TO POLICE\n"
          "Units went to the depot at once.")


def test_a_field_count_is_not_followed_by_the_next_fields():
    said = _words(RECORD, "3 wounded", "3", "wounded", 3, RECORD.index("Wounded:"))
    assert "Missing" not in said.bullet and "CLOSED" not in said.bullet
    assert "Missing" not in said.context and "Status" not in said.context


def test_a_sentence_count_still_reads_its_clause():
    text = "Three guards were wounded at the gate, the police said."
    said = _words(text, "Three guards", "Three", "guards", 3)
    assert said.bullet.startswith("Three guards were wounded at the gate")


BREAKDOWN = ("The depot was hit twice overnight. Hurt in all: 5 (three guards, two cooks). "
             "The police are looking for the launchers.")


def test_a_count_inside_a_bracketed_breakdown_reads_its_whole_sentence():
    said = _words(BREAKDOWN, "three guards", "three", "guards", 3)
    assert said.bullet == "Hurt in all: 5 (three guards, two cooks)."
    assert said.bullet.count("(") == said.bullet.count(")")


def test_a_present_tense_clause_replaces_a_time_word_tail():
    text = ("The harbour was shelled on Friday. The port authority currently allows crews of "
            "up to 40 people on the quay, and the rest wait offshore.")
    said = _words(text, "up to 40 people, currently", "up to 40", "people", 40)
    assert said.context.startswith("The port authority currently allows crews")
