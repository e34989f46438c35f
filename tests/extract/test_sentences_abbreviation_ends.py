"""Where the splitter ends a sentence after an abbreviation, a note number or a date."""
from briefdeck.extract.sentences import build_document


def _split(text: str) -> list[str]:
    return [s.text for s in build_document(text).sentences]


def test_abbreviated_month_before_a_day_never_ends_a_sentence():
    assert _split("Rockets hit the depot on Dec. 14 before dawn. Nobody was hurt.") == [
        "Rockets hit the depot on Dec. 14 before dawn.", "Nobody was hurt."]
    assert len(_split("The patrol left on Sept. 2 and came back on Oct. 9.")) == 1


def test_titles_never_end_a_sentence():
    assert len(_split("Lt. Col. Ann Berg and Gen. Tom Vik met Dr. Hale at St. Anne hospital.")) == 1
    assert len(_split("He served with No. 4 Squadron at the time.")) == 1


def test_initialism_or_clock_before_a_sentence_opener_ends_it():
    assert _split("The officers flew back to the U.S. The next day the base closed.") == [
        "The officers flew back to the U.S.", "The next day the base closed."]
    assert _split("Sirens sounded at 11 p.m. They stopped an hour later.") == [
        "Sirens sounded at 11 p.m.", "They stopped an hour later."]
    assert _split("Mortars, rifles etc. It was all seized.") == [
        "Mortars, rifles etc.", "It was all seized."]


def test_initialism_or_clock_inside_a_name_or_a_date_runs_on():
    assert len(_split("The U.S. Navy and the U.N. Security Council were told.")) == 1
    assert len(_split("The shelling began at 4 a.m. Sunday near the river.")) == 1
    assert len(_split("Ms. Ray of the U.K. Foreign Office spoke.")) == 1


def test_note_number_run_into_a_full_stop_ends_the_sentence():
    assert _split("Troops left the outpost in March.4 On May 2, drones struck the airfield.") == [
        "Troops left the outpost in March.4", "On May 2, drones struck the airfield."]


def test_decimal_and_plain_numbers_do_not_split():
    assert len(_split("The figure rose to 2.5 Million people in the region.")) == 1
    assert len(_split("It cost 3.4 billion dollars. 12 Soldiers were hurt.")) == 2
