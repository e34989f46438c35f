"""The seed article (NBC News, 2020-03-16): its furniture is flagged, its reporting is not."""

from briefdeck.ingest import read_article


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


def _is_furniture(line: str) -> bool:
    return (
        line.startswith("IE 11")
        or line.endswith("AFP via Getty Images")
        or line.startswith("Download the NBC News app")
    )


def test_seed_furniture_lines_are_boilerplate(seed_path):
    article = read_article(seed_path)
    furniture = [(at, line) for at, line in _lines(article.text) if _is_furniture(line)]
    assert len(furniture) == 3
    for at, line in furniture:
        assert article.is_boilerplate(at, at + len(line)), line[:40]


def test_seed_reporting_is_never_boilerplate(seed_path):
    article = read_article(seed_path)
    reporting = [(at, line) for at, line in _lines(article.text) if not _is_furniture(line)]
    assert len(reporting) > 15
    for at, line in reporting:
        assert not any(s < at + len(line) and at < e for s, e in article.boilerplate), line[:40]


def test_seed_headline_and_outlet_are_found(seed_path):
    article = read_article(seed_path)
    assert article.headline == "U.S. planning to move some troops out of Iraq"
    assert article.outlet == "NBC News"
    assert article.format == "txt"
    assert article.warnings == []


def test_seed_prints_no_publication_date_so_none_is_guessed(seed_path):
    # The only full date in the seed is a photo caption's, years before the story.
    article = read_article(seed_path)
    assert article.published == ""
    assert article.byline == ""
