"""A chat export's page title ("Exported Data") is no headline: the chat's name is."""

from briefdeck.ingest import article_from_text

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"/><title>{title}</title></head>
<body><div class="page_wrap"><div class="page_header"><div class="content">
<div class="text bold">{name}</div></div></div>
<div class="page_body chat_page"><div class="history">
<div class="message default clearfix" id="message7"><div class="body">
<div class="from_name">{name}</div>
<div class="text">Two loud blasts were heard near the river crossing at Port Vella late on
Monday, residents told the channel. Police closed the bridge road until the morning.</div>
</div></div>
<div class="message default clearfix" id="message8"><div class="body">
<div class="from_name">{name}</div>
<div class="text">UPDATE: The harbour authority said nobody was hurt and the crossing
reopened at dawn on Tuesday after engineers inspected it.</div>
</div></div></div></div></div></body></html>"""


def test_exported_chat_takes_the_channel_name_as_headline():
    page = _PAGE.format(title="Exported Data", name="Harbour Watch Channel")
    assert article_from_text(page).headline == "Harbour Watch Channel"


def test_an_ordinary_page_title_is_kept():
    page = _PAGE.format(title="Blasts near the Port Vella crossing", name="Harbour Watch")
    assert article_from_text(page).headline == "Blasts near the Port Vella crossing"
