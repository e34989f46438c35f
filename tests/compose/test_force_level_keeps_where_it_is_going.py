"""A force level the report says is changing ("will increase from about 300 to about 500
troops") is shown with where it is going, not as a bare figure. Text written for this test."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article


def test_the_force_level_carries_the_stated_rise() -> None:
    text = ("Two rockets struck Camp Lowford on Tuesday night and wounded two mechanics, the "
            "garrison said on Wednesday.\n\n"
            "As units consolidate from the northern outposts, the garrison at Camp Lowford will "
            "increase from about 300 to about 500 troops by the end of March.\n")
    story = draft_briefing(Article(text=text, headline="Rockets hit Camp Lowford"),
                           published="2031-03-05").narrative
    level = [p for p in story.key_points if p.startswith("Force level:")]
    assert level, story.key_points
    assert "to about 500" in level[0], level
