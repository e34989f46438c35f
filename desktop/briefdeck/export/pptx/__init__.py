"""The deck writer: briefing -> 16:9 PowerPoint deck with native charts, vector map shapes,
classification banners and speaker notes. See writer.write_pptx."""

from briefdeck.export.pptx.themes import theme_names
from briefdeck.export.pptx.writer import render_pptx, write_pptx

__all__ = ["render_pptx", "theme_names", "write_pptx"]
