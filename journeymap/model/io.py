"""Loading and saving map files.

Load: bytes -> size/encoding check -> fast path (one ``model_validate_json`` pass) -> on failure a
careful path that explains what is wrong (not JSON, foreign format, newer version, old version to
migrate, invalid content). Save: stable, byte-identical JSON written atomically, previous version
kept as ``FILE.bak``.
"""
from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path

from pydantic import ValidationError

from journeymap.model.migrations import MigrationError, migrate
from journeymap.model.schema import FORMAT_NAME, SCHEMA_VERSION, JourneyMap, MapFile

MAX_FILE_BYTES = 200 * 1024 * 1024
UTF8_BOM = b"\xef\xbb\xbf"


class MapFileError(Exception):
    """A map file that cannot be read or written; ``str()`` is a message for the user."""


class NotJsonError(MapFileError):
    pass


class WrongFormatError(MapFileError):
    pass


class NewerVersionError(MapFileError):
    pass


class InvalidMapError(MapFileError):
    """The file is JSON of our format but its content is invalid. The message quotes file content
    (ids, values), so control characters in it are shown escaped: it is always one line."""

    def __init__(self, message: str):
        from journeymap.model.text import terminal_safe

        super().__init__(terminal_safe(message))


class FileAccessError(MapFileError):
    pass


def format_location(loc: tuple) -> str:
    """("map", "nodes", 3, "title") -> "map.nodes[3].title"."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "file"


def _describe_validation(err: ValidationError) -> str:
    errors = err.errors(include_url=False)
    first = errors[0]
    loc = tuple(p for p in first["loc"] if p not in ("function-after[_check_references()]",))
    msg = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        msg = f"unknown key '{loc[-1]}'"
    where = format_location(loc)
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{where}: {msg}{more}"


def _decode(data: bytes) -> str:
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM):]
    if not data.strip():
        raise NotJsonError("the file is empty")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotJsonError(
            f"not UTF-8 text (byte {exc.start}): is it a binary or UTF-16 file?"
        ) from None


def _parse_json(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotJsonError(f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except (RecursionError, ValueError) as exc:
        raise NotJsonError(f"not readable JSON: {str(exc)[:120]}") from None


def _check_envelope(raw: object) -> dict:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise WrongFormatError('not a journeymap file (no "format": "journeymap" at the top)')
    version = raw.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise WrongFormatError("the file has no valid schema_version")
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            f"made by a newer journeymap (schema_version {version}; this version reads up to "
            f"{SCHEMA_VERSION}): update journeymap to open it"
        )
    if version < 1:
        raise WrongFormatError(f"schema_version {version} is not a journeymap version")
    return raw


def _validate_dict(raw: dict) -> JourneyMap:
    try:
        raw = migrate(raw, raw["schema_version"])
        return MapFile.model_validate(raw).map
    except MigrationError as exc:
        raise WrongFormatError(str(exc)) from None
    except ValidationError as exc:
        raise InvalidMapError(_describe_validation(exc)) from None
    except (RecursionError, ValueError, TypeError) as exc:
        raise InvalidMapError(f"invalid content: {str(exc)[:200]}") from None


def loads_map(data: bytes) -> JourneyMap:
    """Parse and validate the bytes of a map file; raise a MapFileError subclass if they are bad."""
    if len(data) > MAX_FILE_BYTES:
        raise MapFileError(f"the file is too large ({len(data) // (1024 * 1024)} MB) for a journey map")
    body = data[len(UTF8_BOM):] if data.startswith(UTF8_BOM) else data
    try:
        return MapFile.model_validate_json(body).map  # one pass over the bytes (pydantic checks UTF-8)
    except (ValidationError, ValueError, RecursionError):
        pass  # fall through to the careful path, which says what is wrong
    raw = _check_envelope(_parse_json(_decode(data)))
    return _validate_dict(raw)


def read_bytes(path: str | os.PathLike, limit: int = MAX_FILE_BYTES, kind: str = "a journey map") -> bytes:
    """The bytes of a regular file, reading at most ``limit`` + 1 bytes.

    Devices (/dev/zero), FIFOs and sockets are refused at once (opened non-blocking, checked with
    fstat); a file that is, or grows while read, past ``limit`` is refused without reading further.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise FileAccessError(f"{path} is a folder, not {kind} file") from None
    except FileNotFoundError:
        raise FileAccessError(f"{path} does not exist") from None
    except OSError as exc:
        raise FileAccessError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return _read_regular(fd, path, limit, kind)
    except OSError as exc:
        raise FileAccessError(f"cannot read {path}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def _read_regular(fd: int, path, limit: int, kind: str) -> bytes:
    mode = os.fstat(fd).st_mode
    if stat.S_ISDIR(mode):
        raise FileAccessError(f"{path} is a folder, not {kind} file")
    if not stat.S_ISREG(mode):
        raise FileAccessError(f"{path} is not a regular file (a device, pipe or socket), not {kind} file")
    chunks, total = [], 0
    while total <= limit:
        chunk = os.read(fd, min(1 << 20, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise MapFileError(f"the file is too large (over {limit // (1024 * 1024)} MB) for {kind} file")


def load_map(path: str | os.PathLike) -> JourneyMap:
    """Read a map file. Raises MapFileError (with a user-facing message) for any bad file."""
    return loads_map(read_bytes(path))


def dumps_map(jmap: JourneyMap) -> bytes:
    """Stable UTF-8 JSON: fixed key order, 2-space indent, non-ASCII kept, trailing newline."""
    envelope = MapFile.model_construct(format=FORMAT_NAME, schema_version=SCHEMA_VERSION, map=jmap)
    return envelope.model_dump_json(indent=2).encode("utf-8") + b"\n"


NAME_MAX = 255  # bytes in one file name on the common file systems
PENDING_TEMP_FILES: set[str] = set()  # temp files being written; removed if the process is terminated


def remove_pending_temp_files() -> None:
    """Remove the temp files of writes in progress (called from a SIGTERM handler)."""
    for name in list(PENDING_TEMP_FILES):
        _remove_quietly(name)


def write_atomic(path: str | os.PathLike, data: bytes, keep_backup: bool = True,
                 limit: int | None = None) -> None:
    """Write ``data`` to ``path`` so that the file is always the whole old or the whole new one.

    A symlink is followed: its target is replaced (in the target's folder) and the link stays.
    The file keeps its permission bits; a read-only file is refused, as is ``data`` over ``limit``.
    """
    if limit is not None and len(data) > limit:
        raise FileAccessError(f"cannot save {Path(path).name}: {len(data) // (1024 * 1024)} MB is over the "
                              f"{limit // (1024 * 1024)} MB a journey map may have (it could not be opened again)")
    target = Path(os.path.realpath(path))
    folder = target.parent
    mode = _mode_for(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=_hidden_name(target.name, ".", 8 + len(".tmp")),
                                        suffix=".tmp", dir=folder)
    except OSError as exc:
        raise FileAccessError(f"cannot save in {folder}: {exc.strerror or exc}") from None
    PENDING_TEMP_FILES.add(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and target.is_file():
            _replace_backup(target)
        os.replace(tmp_name, target)
        _fsync_folder(folder)
    except OSError as exc:
        _remove_quietly(tmp_name)
        raise FileAccessError(f"cannot save {target.name}: {exc.strerror or exc}") from None
    except BaseException:
        _remove_quietly(tmp_name)
        raise
    finally:
        PENDING_TEMP_FILES.discard(tmp_name)


def _mode_for(target: Path) -> int:
    """The permission bits the saved file gets: the existing file's, else what umask allows."""
    try:
        st = os.stat(target)
    except FileNotFoundError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
    except OSError as exc:
        raise FileAccessError(f"cannot save {target.name}: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise FileAccessError(f"cannot save {target.name}: it is not a regular file")
    if not os.access(target, os.W_OK) or not st.st_mode & 0o222:  # root may write, but it is marked read-only
        raise FileAccessError(f"{target.name} is read-only: nothing was saved; save it under another name "
                              "or make it writable first")
    return stat.S_IMODE(st.st_mode)


def _hidden_name(name: str, tail: str, reserve: int) -> str:
    """``.NAME`` + ``tail``, NAME shortened so that the whole stays within NAME_MAX bytes with ``reserve`` more."""
    from journeymap.model.text import truncate_utf8

    room = NAME_MAX - reserve - 1 - len(tail.encode("utf-8"))
    return "." + truncate_utf8(name, room) + tail


def hidden_sibling(target: Path, tail: str) -> Path:
    """``.NAME<tail>`` next to ``target``, NAME shortened so the name fits the file system (255 bytes)."""
    return target.with_name(_hidden_name(target.name, tail, 0))


def _replace_backup(target: Path) -> None:
    """Keep the previous version as FILE.bak (hard link, else a copy), replaced atomically."""
    from journeymap.model.text import truncate_utf8

    backup = target.with_name(truncate_utf8(target.name, NAME_MAX - len(".bak")) + ".bak")
    tmp_backup = target.with_name(_hidden_name(target.name, ".bak.tmp", 0))
    _remove_quietly(str(tmp_backup))  # left over from a killed save
    try:
        try:
            os.link(target, tmp_backup)
        except OSError:
            import shutil

            shutil.copy2(target, tmp_backup)
        os.replace(tmp_backup, backup)
    finally:
        _remove_quietly(str(tmp_backup))


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


def save_map(jmap: JourneyMap, path: str | os.PathLike, keep_backup: bool = True) -> None:
    """Save atomically; the previous file is kept as ``FILE.bak``."""
    from journeymap.model.filelock import file_lock

    data = dumps_map(jmap)
    try:
        if len(data) <= MAX_FILE_BYTES:  # larger: write_atomic refuses it, saying so
            loads_map(data)  # never write a file that load_map would refuse
    except MapFileError as exc:
        raise InvalidMapError(f"not saved, the map is invalid: {exc}") from None
    try:
        with file_lock(path):
            write_atomic(path, data, keep_backup=keep_backup, limit=MAX_FILE_BYTES)
    except FileAccessError:
        raise
    except OSError as exc:  # the lock: another journeymap is saving, or the folder is not writable
        raise FileAccessError(f"cannot save {Path(path).name}: {exc.strerror or exc}") from None
