"""A magazine page's split drop cap is read back into its word."""

from briefdeck.ingest import article_from_text

_PAGE = """<html><head><title>Night watch at the airfield</title></head><body><article>
<h1>Night watch at the airfield</h1>
<{tag} class="initial" aria-hidden="true">{letter}</{tag}>
<p>{opening} radar crew at the northern airfield logged four drones on the night of
October 3, and all four were brought down before they reached the runway lights.</p>
<p>The crew chief said the launches came from farmland to the east of the fence.</p>
</article></body></html>"""


def _text(tag="div", letter="T", opening="he") -> str:
    html = _PAGE.format(tag=tag, letter=letter, opening=opening)
    return article_from_text(html, "longread.html").text


def test_a_split_drop_cap_rejoins_the_first_word():
    text = _text()
    assert "The radar crew at the northern airfield logged four drones" in text
    assert "\nhe radar" not in text


def test_a_drop_cap_in_a_span_rejoins_too():
    assert "The radar crew" in _text(tag="span")


def test_a_lone_letter_before_a_paragraph_that_opens_a_sentence_stays_apart():
    # a section letter ("A") over a paragraph that starts with a capital is no drop cap
    text = _text(letter="A", opening="The")
    assert "AThe" not in text
    assert "The radar crew" in text
