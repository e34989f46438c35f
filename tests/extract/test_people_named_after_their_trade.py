"""People named straight after their trade ("freelance photographer Jane Roe"), set off after
it by commas ("our shift technician, John Doe, who"), or opening a sentence on what they are
("Retiree Jane Anne Roe, who ..."); a title in one table cell never takes the next cell as a
name."""

from tests.extract.drafting import Drafts

_D = Drafts("2026-12-10", heading="Alert")


def test_a_lower_case_trade_before_a_full_name_makes_a_person():
    people = _D.people("The monitor condemns the killing of freelance photographer Tomas "
                       "Verhoek, who was travelling with reporter Ilse Brandt of a local channel.")
    assert people.get("Tomas Verhoek") == "freelance photographer"
    assert people.get("Ilse Brandt") == "reporter"


def test_a_trade_set_off_by_commas_names_the_worker_between_them():
    people = _D.people("The third is our shift technician, Pavel Orsak, who was checking a pump "
                       "when the sirens sounded.")
    assert people.get("Pavel Orsak") == "shift technician"


def test_a_status_opening_the_sentence_keeps_the_whole_name():
    people = _D.people('Retiree Mara Lynn Osgood, who built motors for years, spoke to us. '
                       '"I was proud," Osgood said.')
    assert "Mara Lynn Osgood" in people


def test_a_title_in_a_table_cell_takes_no_name_from_the_next_cell():
    people = _D.people("R-05\tRoad moves between two towns\tTransport Officer\tConvoy moves only\n"
                       "R-06\tFuel shortage\tSupply Officer\tKeep ten days of fuel\n")
    assert not any(name in people for name in ("Convoy", "Keep"))
