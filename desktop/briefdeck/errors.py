"""The errors briefdeck reports to the user: one clear line each, never a traceback."""


class BriefdeckError(Exception):
    """Base of every error meant for the user; its str() is the whole message."""


class InputError(BriefdeckError):
    """An article or other input file cannot be read (missing, empty, wrong format)."""


class BriefingFormatError(BriefdeckError):
    """A briefing file is malformed; names the field and the reason."""

    def __init__(self, field: str, reason: str, path: str | None = None) -> None:
        self.field, self.reason, self.path = field, reason, path
        where = f"{path}: " if path else ""
        super().__init__(f"{where}{field}: {reason}" if field else f"{where}{reason}")


class ExportError(BriefdeckError):
    """A deck or one-pager cannot be written (bad template, unwritable folder ...)."""
