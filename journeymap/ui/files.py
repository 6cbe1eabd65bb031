"""File state of one window: path, disk fingerprint, recent files, autosave and crash recovery.

Autosave writes unsaved work every 60 s to the user's data folder (never next to the user's file);
after a crash the next start offers to recover it. Recovery files are removed after a normal save,
a clean close, or an explicit discard.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QSettings, QStandardPaths

from journeymap.model.io import dumps_map, load_map, loads_map, write_atomic
from journeymap.model.schema import JourneyMap

MAX_RECENT = 10
AUTOSAVE_MS = int(os.environ.get("JOURNEYMAP_AUTOSAVE_MS", "60000"))


def data_dir() -> Path:
    override = os.environ.get("JOURNEYMAP_DATA_DIR")
    folder = Path(override) if override else Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settings() -> QSettings:
    """The user's settings; JOURNEYMAP_SETTINGS_FILE points them elsewhere (tests, portable use)."""
    override = os.environ.get("JOURNEYMAP_SETTINGS_FILE")
    if override:
        return QSettings(override, QSettings.IniFormat)
    return QSettings("journeymap", "journeymap")


def fingerprint(path: Optional[str]) -> Optional[tuple[int, int]]:
    """(mtime_ns, size) of a file, to notice another program changing it while it is open."""
    if not path:
        return None
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size)


def recent_files() -> list[str]:
    value = settings().value("recent_files", [])
    items = [value] if isinstance(value, str) else list(value or [])
    return [p for p in items if isinstance(p, str)]


def add_recent(path: str) -> None:
    path = str(Path(path).resolve())
    items = [p for p in recent_files() if p != path]
    settings().setValue("recent_files", [path, *items][:MAX_RECENT])


@dataclass
class Recovery:
    data_path: Path
    meta_path: Path
    original: Optional[str]
    title: str
    saved_at: float

    def load(self) -> JourneyMap:
        return loads_map(self.data_path.read_bytes())

    def discard(self) -> None:
        for path in (self.data_path, self.meta_path):
            try:
                path.unlink()
            except OSError:
                pass


class Autosaver:
    """Writes the document to a recovery file in the data folder; one file per window."""

    def __init__(self):
        self.token = f"{os.getpid()}-{id(self):x}-{int(time.time() * 1000)}"
        folder = data_dir() / "recovery"
        folder.mkdir(parents=True, exist_ok=True)
        self.data_path = folder / f"{self.token}.json"
        self.meta_path = folder / f"{self.token}.meta.json"

    def save(self, jmap: JourneyMap, original: Optional[str]) -> None:
        write_atomic(self.data_path, dumps_map(jmap), keep_backup=False)
        meta = {"original": original, "title": jmap.title, "saved_at": time.time(), "pid": os.getpid()}
        write_atomic(self.meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"), keep_backup=False)

    def clear(self) -> None:
        Recovery(self.data_path, self.meta_path, None, "", 0).discard()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def pending_recoveries() -> list[Recovery]:
    """Recovery files left by windows whose process is gone (a crash or a kill)."""
    found = []
    for meta_path in sorted((data_dir() / "recovery").glob("*.meta.json")):
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        pid = int(meta.get("pid", 0) or 0)
        if pid == os.getpid() or _pid_alive(pid):
            continue  # this window's own file, or another running window's
        data_path = meta_path.with_name(meta_path.name.replace(".meta.json", ".json"))
        if data_path.exists():
            found.append(Recovery(data_path, meta_path, meta.get("original"), meta.get("title", ""),
                                  float(meta.get("saved_at", 0))))
    return found


def open_file(path: str) -> JourneyMap:
    """Load a map for the editor (raises MapFileError with a user message)."""
    return load_map(path)
