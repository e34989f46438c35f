"""A sentencing transcript's BLUF is the sentence the court pronounced, and what the bench
says it will do in the courtroom is no outlook."""

from briefdeck.extract import draft_briefing
from briefdeck.ingest.article import Article

HEARING = (
    "United States v. Jane Roe — Sentencing Hearing\n\n"
    "THE COURT: Ms. Roe pleaded guilty in May to one count of smuggling drone parts. "
    "Counsel.\n\n"
    "MR. KENT: The defendant shipped forty engines to a broker who supplied a militia that "
    "later attacked a base in Syria; nobody was hurt in the strike we cite. We ask for 90 "
    "months.\n\n"
    "THE COURT: I will give that exhibit little weight, and we will take a short recess "
    "after this.\n\n"
    "MS. LANE: She has accepted responsibility and we ask for 36 months of imprisonment.\n\n"
    "THE COURT: The parts she sold were flown at soldiers. I sentence the defendant to 70 "
    "months of imprisonment, followed by two years of supervised release, and order "
    "forfeiture of $1.5 million.\n"
)


def _narrative(text: str):
    article = Article(text=text, headline="United States v. Jane Roe — Sentencing Hearing",
                      path="t.txt", format="txt")
    return draft_briefing(article, published="2026-11-24").narrative


def test_the_bluf_opens_on_the_sentence_the_court_pronounced():
    bluf = _narrative(HEARING).bluf
    assert bluf.startswith("The court sentenced Jane Roe to 70 months of imprisonment, "
                           "followed by two years of supervised release, and ordered "
                           "forfeiture of $1.5 million.")


def test_counsels_ask_is_no_sentence():
    text = HEARING[:HEARING.index("THE COURT: The parts")]
    assert "sentenced" not in _narrative(text).bluf


def test_the_bench_saying_what_it_will_do_is_no_outlook():
    assert "weight" not in _narrative(HEARING).outlook
    assert "recess" not in _narrative(HEARING).outlook
