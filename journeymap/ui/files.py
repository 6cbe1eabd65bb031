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

from journeymap.model.io import FileAccessError, MapFileError, dumps_map, load_map, loads_map, read_bytes, write_atomic
from journeymap.model.schema import JourneyMap

MAX_RECENT = 10
AUTOSAVE_MS = int(os.environ.get("JOURNEYMAP_AUTOSAVE_MS", "60000"))


def data_dir() -> Path:
    """The user's data folder (created if possible; callers handle an unwritable one)."""
    override = os.environ.get("JOURNEYMAP_DATA_DIR")
    folder = Path(override) if override else Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
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
        return loads_map(read_bytes(self.data_path))  # a folder or device here is a MapFileError

    def discard(self) -> None:
        for path in (self.data_path, self.meta_path, _lock_path(self.meta_path)):
            try:
                path.unlink()
            except OSError:
                pass


class Autosaver:
    """Writes the document to a recovery file in the data folder; one file per window.

    The window holds an exclusive lock on ``locks/TOKEN.lock`` while it lives: the kernel releases it when
    the process ends, however it ends, so recovery never trusts a pid that may have been reused.
    An unwritable data folder disables autosave (``problem`` says why) instead of stopping the app.
    """

    def __init__(self):
        self.token = f"{os.getpid()}-{id(self):x}-{int(time.time() * 1000)}"
        folder = data_dir() / "recovery"
        self.data_path = folder / f"{self.token}.json"
        self.meta_path = folder / f"{self.token}.meta.json"
        self.problem: Optional[str] = None
        self._lock_fd: Optional[int] = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _lock_path(self.meta_path).parent.mkdir(exist_ok=True)
            self._lock_fd = _hold_lock(_lock_path(self.meta_path))
        except OSError as exc:
            self.problem = f"{folder}: {exc.strerror or exc}"

    def save(self, jmap: JourneyMap, original: Optional[str]) -> None:
        if self.problem:
            raise FileAccessError(f"autosave is off ({self.problem})")
        write_atomic(self.data_path, dumps_map(jmap), keep_backup=False)
        meta = {"original": original, "title": jmap.title, "saved_at": time.time(), "pid": os.getpid()}
        write_atomic(self.meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"), keep_backup=False)

    def clear(self) -> None:
        for path in (self.data_path, self.meta_path):
            try:
                path.unlink()
            except OSError:
                pass

    def release(self) -> None:
        """The window closes: give up the liveness lock and remove its file."""
        if self._lock_fd is not None:
            try:
                _lock_path(self.meta_path).unlink()
            except OSError:
                pass
            os.close(self._lock_fd)
            self._lock_fd = None


def _lock_path(meta_path: Path) -> Path:
    """``DATA/locks/TOKEN.lock`` for ``DATA/recovery/TOKEN.meta.json`` (the recovery folder holds only work)."""
    return meta_path.parent.parent / "locks" / meta_path.name.replace(".meta.json", ".lock")


def _hold_lock(path: Path) -> Optional[int]:
    """An open descriptor holding an exclusive lock on ``path`` (None where there is no fcntl)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: every entry is then offered
        return None
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise
    return fd


def _owner_alive(meta_path: Path) -> bool:
    """True while the window that wrote ``meta_path`` still runs (it holds the lock)."""
    lock = _lock_path(meta_path)
    if not lock.exists():
        return False
    try:
        fd = _hold_lock(lock)
    except BlockingIOError:
        return True
    except OSError:
        return False
    if fd is not None:
        os.close(fd)
    return False


def _read_entry(meta_path: Path) -> Recovery:
    """One recovery entry, checked field by field; ValueError says what is wrong with it."""
    try:
        meta = json.loads(read_bytes(meta_path, limit=1024 * 1024, kind="a recovery note"))
    except (MapFileError, ValueError, RecursionError) as exc:
        raise ValueError(f"unreadable ({exc})") from None
    if not isinstance(meta, dict):
        raise ValueError("not a recovery note")
    original, title, saved_at = meta.get("original"), meta.get("title", ""), meta.get("saved_at", 0)
    if original is not None and not isinstance(original, str) or not isinstance(title, str):
        raise ValueError("bad file name or title")
    if isinstance(saved_at, bool) or not isinstance(saved_at, (int, float)) or not 0 <= saved_at < 1e11:
        raise ValueError("bad date")
    data_path = meta_path.with_name(meta_path.name.replace(".meta.json", ".json"))
    if not data_path.is_file():
        raise ValueError("its map is missing")
    return Recovery(data_path, meta_path, original, title, float(saved_at))


def pending_recoveries(notes: Optional[list] = None) -> list[Recovery]:
    """Recovery files left by windows that are gone (a crash or a kill). Each entry is read on its
    own: a bad one is skipped (and described in ``notes``), the others are still offered."""
    found = []
    for meta_path in sorted((data_dir() / "recovery").glob("*.meta.json")):
        if _owner_alive(meta_path):
            continue  # a running window's own file (this process's windows hold their locks too)
        try:
            found.append(_read_entry(meta_path))
        except ValueError as exc:
            if notes is not None:
                notes.append(f"{meta_path.name}: {exc}")
    return found


def open_file(path: str) -> JourneyMap:
    """Load a map for the editor (raises MapFileError with a user message)."""
    return load_map(path)
