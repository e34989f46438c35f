"""A reference block's dates belong to the work it cites; a wiki page is dated by its foot."""

from pathlib import Path

from briefdeck.ingest import article_from_text, read_article


def _block(outlet: str, title: str, day: str) -> str:
    return (
        f"stated in\n\n{outlet}\n\ntitle\n\n{title}\n\npublication date\n\n{day}\n\n"
        f"reference URL\n\nhttps://news.example/{day.replace(' ', '-')}\n\n"
        f"retrieved\n\n{day}\n\n"
    )


ITEM = (
    "Penrock harbour fire (Q4040404)\n\nfire in the fuel store of Penrock harbour\n\n"
    "Statements\n\ninstance of\n\nnormal rank\n\nharbour fire\n\n2 references\n\n"
    + _block("Coast Courier", "Fuel store burns at Penrock", "3 March 2031")
    + _block("Harbour Office", "Statement on the fuel store fire", "2 March 2031")
    + "number of injured\n\npreferred rank\n\n4\n\n1 reference\n\n"
    + _block("Coast Courier", "Four hurt in harbour blaze", "4 March 2031")
)


def test_a_cited_works_publication_date_does_not_date_the_page():
    assert article_from_text(ITEM).published == ""


def test_a_clippings_one_source_block_still_dates_its_story():
    text = (
        "Fuel store burns at Penrock\n\nstated in: Coast Courier\n\n"
        "publication date: 3 March 2031\n\nretrieved: 5 March 2031\n\n"
        "Fire crews fought a blaze in the fuel store of Penrock harbour through the night, "
        "and four dock workers were treated for smoke, the harbour office said."
    )
    assert article_from_text(text).published == "2031-03-03"


def test_a_wiki_page_is_dated_by_its_last_edited_foot(tmp_path: Path):
    # its description dates the fire: the page was edited later
    described = ITEM.replace("Penrock harbour\n", "Penrock harbour on 1 March 2031\n", 1)
    body = "".join(f"<p>{para}</p>" for para in described.split("\n\n"))
    page = (
        "<html><head><title>Penrock harbour fire - Wikidata</title></head><body>"
        "<h1>Penrock harbour fire (Q4040404)</h1>"
        f"<div id='content'>{body}</div>"
        "<ul id='footer-info'><li>This page was last edited on 9 March 2031, at 10:12.</li>"
        "</ul></body></html>"
    )
    path = tmp_path / "item.html"
    path.write_text(page, encoding="utf-8")
    assert read_article(path).published == "2031-03-09"
