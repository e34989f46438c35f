"""A timeline label never outgrows its box (it would spill onto the next lane): a long
claimed toll first sets the label smaller, then names the claimant by initials, and at the
last takes the summary's line, rather than add lines the box does not hold."""

from briefdeck.compose import fit
from briefdeck.compose.fit import TextStyle
from briefdeck.export.pptx.timeline import LABEL_LINES, _label_fit

LONG = "(at least 2 killed, more than 30 wounded; according to Popular Mobilization Forces)"


def _lines_used(toll: str, text_w: float, size: float) -> float:
    """The label's height in lines of the box's own size (date, summary, toll)."""
    label_size, room, said = _label_fit(toll, text_w, size)
    toll_lines = len(fit.wrap(said, text_w, TextStyle(label_size))) if said else 0
    return (1 + room + toll_lines) * label_size / size


def test_a_long_claimed_toll_never_makes_the_label_taller_than_its_box():
    for size in (14.0, 12.0, 11.0):
        for text_w in (180.0, 140.0, 100.0, 60.0):
            assert _lines_used(LONG, text_w, size) <= LABEL_LINES + 1 + 1e-6, (size, text_w)


def test_a_smaller_size_that_gains_a_line_keeps_the_claimant_whole():
    label_size, room, said = _label_fit(LONG, 180.0, 14.0)
    assert said == LONG and room >= 1 and label_size < 12.0


def test_a_claimant_too_long_for_a_narrow_label_is_named_by_initials():
    label_size, room, said = _label_fit(LONG, 140.0, 14.0)
    assert room >= 1 and said.endswith("; according to PMF)")
    assert said.startswith("(at least 2 killed, more than 30 wounded")


def test_a_short_toll_keeps_the_full_size_and_the_summary_its_lines():
    assert _label_fit("(3 killed)", 180.0, 14.0) == (14.0, 2, "(3 killed)")
    assert _label_fit("", 180.0, 14.0) == (14.0, LABEL_LINES, "")
