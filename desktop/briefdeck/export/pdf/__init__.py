"""The one-page read-ahead (reportlab): outline -> fitted story -> one PDF page; and the deck's
slides as a PDF handout. No Qt."""

from briefdeck.export.pdf.writer import PAPERS, render_pdf, write_pdf


def write_handout(*args, **kwargs):  # noqa: ANN002, ANN003, ANN201 - see handout.write_handout
    from briefdeck.export.pdf.handout import write_handout as _write

    return _write(*args, **kwargs)


def render_handout(*args, **kwargs):  # noqa: ANN002, ANN003, ANN201 - see handout.render_handout
    from briefdeck.export.pdf.handout import render_handout as _render

    return _render(*args, **kwargs)


__all__ = ["PAPERS", "render_handout", "render_pdf", "write_handout", "write_pdf"]
