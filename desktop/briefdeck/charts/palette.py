"""Colours with meaning, shared by every renderer (hex RRGGBB, no '#')."""

ROLE_COLOURS: dict[str, str] = {
    "withdrawal": "D97706",  # amber: forces leaving or handing over
    "reinforcement": "2563EB",  # blue: forces or systems arriving
    "attack target": "DC2626",  # red: attacked
    "mentioned": "6B7280",  # grey: context only
}
EVENT_COLOURS: dict[str, str] = {
    "attack": "DC2626",
    "strike": "7C3AED",
    "withdrawal": "D97706",
    "handover": "D97706",
    "deployment": "2563EB",
    "announcement": "0F766E",
    "other": "6B7280",
}
SERIES_COLOURS: tuple[str, ...] = ("1F4E79", "C0504D", "9BBB59", "8064A2", "4BACC6", "F79646")
KILLED = "B91C1C"
WOUNDED = "F59E0B"
