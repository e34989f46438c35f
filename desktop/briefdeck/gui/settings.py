"""Small persistent settings (recent files, last folders) as JSON in the user's config folder,
and where the autosave recovery file lives (the user's state folder)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import platformdirs

APP = "briefdeck"
MAX_RECENT = 8


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def state_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP, appauthor=False))


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.json"
        self.data: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.data = loaded
        except (OSError, ValueError):
            pass  # first run or a damaged file: start afresh

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value
        self.save()

    def recent_files(self) -> list[str]:
        recent = self.data.get("recent", [])
        return [p for p in recent if isinstance(p, str) and Path(p).exists()][:MAX_RECENT]

    def add_recent(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        recent = [p for p in self.data.get("recent", []) if p != text]
        self.set("recent", [text, *recent][:MAX_RECENT])

    def save(self) -> None:
        from briefdeck.files import atomic_write

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, json.dumps(self.data, indent=2).encode("utf-8"))
        except Exception:  # settings are a convenience; losing them must not stop work
            pass
