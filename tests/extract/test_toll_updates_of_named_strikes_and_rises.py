"""An update's toll goes to the happening it names or can raise: "now says eight were killed
in the Zabid and Bajil strikes" is those strikes' toll; "raising the crew toll to four dead"
after strikes that killed more is the ship's."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

_TEXT = (
    "Ship hit\n\nThree sailors were killed and two wounded when a missile struck the cargo "
    "ship Gull Star in the Red Sea late Monday, the manager said.\n\nEarly on Tuesday, "
    "aircraft struck launch sites near Zabid and at Bajil, the command said. The local health "
    "office said five people were killed and 11 wounded in the strikes.\n\nUPDATE: The health "
    "office now says eight people were killed and 16 wounded in the Zabid and Bajil strikes. "
    "The manager told us the wounded Greek officer died in hospital on Tuesday, raising the "
    "crew toll to four dead.\n"
)


def test_update_tolls_go_to_their_own_happenings():
    b = draft_briefing(Article(text=_TEXT, path="u.txt", format="txt"), published="2026-11-18")
    assert sorted(
        (e.date, e.killed or 0, e.wounded or 0) for e in b.facts.events if e.killed or e.wounded
    ) == [("2026-11-16", 4, 1), ("2026-11-17", 8, 16)]
