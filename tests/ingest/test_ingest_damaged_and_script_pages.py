"""Damaged or script-only documents read as the story they hold: pages saved before their
JavaScript ran, mojibake, a bill's printed line numbers, Markdown tables with empty cells,
UTF-16 without a byte-order mark."""

import json

import pytest

from briefdeck.ingest import article_from_text, read_article

STORY = (
    "TUNIS -- Two patrol boats collided off the northern coast on Monday night, injuring four "
    "sailors, the navy said in a statement on Tuesday.\n\n"
    "The boats were returning to Bizerte after an exercise when one lost steering in heavy "
    "seas, a navy spokesman said. All four sailors were taken to a military hospital.\n\n"
    "An inquiry has been opened, the ministry said, and the exercise was suspended for a week "
    "while both hulls are inspected in dry dock."
)


def _page(scripts: str, visible: str) -> str:
    return (
        "<!doctype html><html><head><title>Patrol boats collide | Coast Daily</title>"
        f"{scripts}</head><body><nav><a href='/'>Home</a></nav>"
        f"<main>{visible}</main><footer>Coast Daily</footer></body></html>"
    )


SKELETON = (
    "<noscript>Enable JavaScript to read this story.</noscript>"
    "<div class='skeleton'></div><div class='skeleton'></div><p>Loading story...</p>"
    "<div class='consent'><p>We and our partners store and access information on a device, "
    "such as cookies, and process personal data for personalised advertising and content, "
    "measurement, audience research and services development.</p></div>"
)


def _ld(data) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _read_html(tmp_path, markup: str):
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    return read_article(path)


NEWS = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Patrol boats collide off Bizerte",
    "datePublished": "2026-03-04T09:30:00Z",
    "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Omar Ali"}],
    "articleBody": STORY,
}


def test_skeleton_page_reads_its_story_from_json_ld(tmp_path):
    article = _read_html(tmp_path, _page(_ld(NEWS), SKELETON))
    assert article.text.startswith("TUNIS -- Two patrol boats collided")
    assert "dry dock" in article.text
    assert "cookies" not in article.text
    assert article.headline == "Patrol boats collide off Bizerte"
    assert article.byline == "Ana Ruiz and Omar Ali"
    assert article.published == "2026-03-04"
    assert any("JavaScript" in w for w in article.warnings)


def test_json_ld_graph_list_and_type_list_are_read(tmp_path):
    graph = {"@graph": [{"@type": "WebPage", "name": "x"},
                        {**NEWS, "@type": ["ReportageNewsArticle", "Thing"]}]}
    article = _read_html(tmp_path, _page(_ld(graph), SKELETON))
    assert "two patrol boats collided" in article.text.lower()


def test_next_data_blob_is_read_when_there_is_no_json_ld(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    blob = {"props": {"pageProps": {"article": {"headline": "Patrol boats collide",
                                                "byline": "Ana Ruiz", "body": body}}}}
    scripts = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(blob)}</script>'
    article = _read_html(tmp_path, _page(scripts, SKELETON))
    assert "injuring four sailors" in article.text
    assert "<p>" not in article.text
    assert article.text.count("\n\n") >= 2  # its paragraphs kept apart


def test_malformed_script_json_never_crashes_and_keeps_the_visible_text(tmp_path):
    scripts = ('<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": '
               '"unterminated</script><script id="__NEXT_DATA__" type="application/json">'
               "{[}</script>")
    article = _read_html(tmp_path, _page(scripts, SKELETON))
    assert "partners" in article.text


def test_page_showing_its_story_is_read_from_the_page_as_before(tmp_path):
    visible = "<article><h1>Patrol boats collide</h1>" + "".join(
        f"<p>{p}</p>" for p in STORY.split("\n\n")) + "</article>"
    teaser = {**NEWS, "articleBody": STORY + "\n\nA paragraph only the feed holds, " * 3}
    article = _read_html(tmp_path, _page(_ld(teaser), visible))
    assert "only the feed holds" not in article.text
    assert not any("JavaScript" in w for w in article.warnings)


MOJIBAKE = ("The ship\u2019s manager named the sailor as Jos\u00e9 Pe\u00f1a. \u201cHe was "
            "careful,\u201d she said \u2014 and left.")


def test_mojibake_is_repaired_and_the_user_told(tmp_path):
    import ftfy.bad_codecs  # noqa: F401 - registers cp1252 that keeps its five unused bytes

    damaged = MOJIBAKE.encode("utf-8").decode("sloppy-windows-1252")
    assert "\u00e2\u20ac\u2122" in damaged  # "â€™"
    path = tmp_path / "farm.txt"
    path.write_text(damaged, encoding="utf-8")
    article = read_article(path)
    assert "ship\u2019s" in article.text and "Jos\u00e9 Pe\u00f1a" in article.text
    assert "\u201cHe was careful,\u201d" in article.text
    assert any("mojibake" in w for w in article.warnings)


def test_clean_accents_and_curly_quotes_are_left_alone():
    text = ("Le caf\u00e9 \u00e0 Tunis: \u00abnon\u00bb, dit-il \u2014 "
            "\u00c9mile\u2019s \u201cyes\u201d.")
    article = article_from_text(text)
    assert article.text == text
    assert not any("mojibake" in w for w in article.warnings)


BILL = (
    "A BILL\nTo require a report on coastal patrols.\n\n"
    + "\n".join(f"{n} {line}" for n, line in enumerate([
        "Be it enacted by the Senate and House of Representatives of",
        "the United States of America in Congress assembled,",
        "SECTION 1. REPORT ON COASTAL PATROLS.",
        "(a) FINDINGS.--Congress finds the following:",
        "(1) On March 3, 2031, two patrol boats collided",
        "off Bizerte, injuring four sailors of the navy of",
        "Tunisia, according to the Department of Defense.",
        "(2) Approximately 300 members of the Armed Forces",
        "are deployed in the region on a rotational basis.",
        "(b) REPORT.--Not later than 90 days after the date of",
        "the enactment of this Act, the Secretary shall submit",
        "a report on the patrols and on the cost of their",
    ], start=1))
    + "\n\u2022HR 1 IH\n2\n"
    + "\n".join(f"{n} {line}" for n, line in enumerate([
        "replacement to the appropriate committees of",
        "Congress, together with any recommendation for",
        "legislative or administrative action that the",
        "Secretary considers appropriate, including a plan",
        "for the inspection of the remaining hulls in dock.",
        "(c) FORM.--The report shall be in unclassified form,",
        "but may include a classified annex as appropriate.",
        "(d) DEFINITION.--In this section, the term patrol",
        "boat means a vessel of fewer than 60 metres in",
        "length assigned to coastal duties by the navy.",
    ], start=1))
)


def test_bill_line_numbers_are_left_out_and_sentences_rejoined():
    article = article_from_text(BILL)
    text = article.text
    assert "\n2 the United States" not in text and "5 (1)" not in text
    assert "two patrol boats collided off Bizerte, injuring four sailors" in text
    assert "(2) Approximately 300 members" in text
    # a sentence running over the page break reads whole; the page's marker stays
    assert "the cost of their replacement to the appropriate committees" in text
    assert "\u2022HR 1 IH" in text
    assert any("line numbers" in w for w in article.warnings)


def test_short_numbered_list_keeps_its_numbers():
    text = "Steps taken\n\n1 Close the port\n2 Warn ships\n3 Inform the navy\n\nThat was all."
    assert article_from_text(text).text == text


def test_a_log_numbered_by_day_of_the_month_keeps_its_days_and_lines():
    # entries without a closing full stop: the days alone tell a chronology from a bill
    text = "Port closures, March\n\n" + "\n".join(
        f"{day} March - harbour at {town} closed to shipping for the day after a mine alert"
        for day, town in enumerate(["Sfax", "Gabes", "Sousse", "Bizerte", "Monastir", "Zarzis",
                                    "Mahdia", "Nabeul", "Tabarka", "Kelibia", "Hergla"], start=1))
    article = article_from_text(text)
    assert article.text == text
    assert not any("line numbers" in w for w in article.warnings)


def test_a_numbered_list_of_whole_sentences_keeps_its_numbers():
    text = "Ten incidents this year\n\n" + "\n".join(
        f"{n} A patrol boat of the coastal squadron reported incident number {n} at sea."
        for n in range(1, 13))
    assert article_from_text(text).text == text


def test_markdown_table_keeps_an_empty_cell_in_its_column(tmp_path):
    md = ("# Incident log\n\nRows below.\n\n| date | location | killed | wounded | source |\n"
          "| --- | --- | --- | --- | --- |\n| 2031-03-03 | Bizerte |  | 4 | navy |\n\n"
          "The table is **updated** weekly, see [the data](https://example.org/data).\n")
    path = tmp_path / "log.md"
    path.write_text(md, encoding="utf-8")
    article = read_article(path)
    assert "2031-03-03\tBizerte\t\t4\tnavy" in article.text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("story", [
    STORY,
    "\u0628\u064a\u0627\u0646 \u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u062f\u0641\u0627\u0639"
    " \u0631\u0642\u0645 118: \u0627\u0639\u062a\u0631\u0636\u062a \u0627\u0644\u062f\u0641\u0627"
    "\u0639\u0627\u062a \u0637\u0627\u0626\u0631\u0627\u062a \u0645\u0633\u064a\u0631\u0629.\n" * 8,
])
def test_utf16_without_a_byte_order_mark_is_detected(tmp_path, encoding, story):
    path = tmp_path / "statement.txt"
    path.write_bytes(story.encode(encoding))
    assert read_article(path).text == story.strip()
