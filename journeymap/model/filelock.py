"""An advisory lock that serialises saves and imports to one file, across processes.

``with file_lock(path):`` holds an exclusive ``fcntl.flock`` on a hidden lock file next to the
(real) target, ``.NAME.lock``, and removes it on release. A second writer waits up to ``timeout``
seconds and is then told, with ``FileLockedError``, that another journeymap is changing the file.
The lock is re-entrant within one process (a locked import can call the locked save). Pure Python;
on systems without ``fcntl`` it only serialises within the process.
"""
from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

NAME_MAX = 255
LOCK_TIMEOUT = 10.0  # seconds a second writer waits before it is told
_held: dict[str, int] = {}
_held_guard = threading.RLock()


class FileLockedError(OSError):
    """Another process is saving or importing into the same file."""


def lock_path(target: str | os.PathLike) -> Path:
    from journeymap.model.text import truncate_utf8

    real = Path(os.path.realpath(target))
    name = "." + truncate_utf8(real.name, NAME_MAX - len(".lock") - 1) + ".lock"
    return real.with_name(name)


def _try_lock(path: Path) -> int | None:
    """An open descriptor holding the lock on ``path``, or None if another process holds it."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if os.fstat(fd).st_ino != os.stat(path).st_ino:  # removed by its last holder meanwhile
            raise BlockingIOError
        return fd
    except (BlockingIOError, FileNotFoundError):
        os.close(fd)
        return None
    except BaseException:
        os.close(fd)
        raise


@contextmanager
def file_lock(target: str | os.PathLike, timeout: float | None = None):
    """Hold the lock for ``target`` (re-entrant); raise FileLockedError after ``timeout`` seconds."""
    path = lock_path(target)
    key = str(path)
    with _held_guard:
        nested = key in _held
        if nested:
            _held[key] += 1
    if nested:
        try:
            yield
        finally:
            with _held_guard:
                _held[key] -= 1
        return
    deadline = time.monotonic() + (LOCK_TIMEOUT if timeout is None else timeout)
    while (fd := _try_lock(path)) is None:
        if time.monotonic() >= deadline:
            raise FileLockedError(f"another journeymap is changing {Path(target).name}; "
                                  "nothing was written, try again when it has finished")
        time.sleep(0.05)
    with _held_guard:
        _held[key] = 1
    try:
        yield
    finally:
        with _held_guard:
            del _held[key]
        try:
            os.unlink(path)
        except OSError:
            pass
        os.close(fd)
