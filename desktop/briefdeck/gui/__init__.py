"""The desktop app: PySide6 + pyqtgraph live only in this package.

Entry point: `briefdeck.gui.app.run(path=None, screenshot=None) -> int`.

  app.py              QApplication, pyqtgraph options, screenshot mode, recovery offer
  main_window.py      assembles the panels around one Document and wires them
  document.py         the open Briefing, its path, QUndoStack and ModelBridge; load_any()
  bridge.py           model Change -> Qt signal (views subscribe; commands never poke views)
  commands.py         QUndoCommands that only call Briefing edit methods
  fact_table_model.py / columns.py / values.py   table adapter, columns per kind, parsing
  facts_panel.py      tabs per kind, keyboard review (A/R/U/J/K), status filter, counts
  fact_form.py        all fields of the selected fact, refused values shown inline
  narrative_panel.py  title, classification, prepared by, as-of, BLUF, key points, outlook
  source_panel.py     the article with highlights; click selects, selection makes facts
  charts_panel.py / chart_views.py   map, timeline and figures from briefdeck.charts specs
  file_actions.py / export_dialog.py / export_worker.py / article_loader.py   files, threads
  theme.py            colours (light/dark, following the system or BRIEFDECK_THEME), icons
  settings.py / autosave.py / dialogs.py / new_fact.py
"""
