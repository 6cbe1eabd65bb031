"""Launcher entry: ``journeymap --install-desktop`` / ``--uninstall-desktop``.

Install writes, under the user's XDG data folder (``$XDG_DATA_HOME``, from platformdirs):

- ``applications/journeymap.desktop``  name and comment in en/fa/ar, ``Exec=journeymap %F``, the
  icon, ``Categories=Office;Graphics;`` and the journey-map MIME type;
- ``mime/packages/journeymap.xml``     ``application/x-journeymap+json``: files named
  ``*.journeymap.json``, and any file that starts with journeymap's header (``"format": "journeymap"``
  in its first bytes) when its name does not already say another type;
- ``icons/hicolor/NxN/apps/journeymap.png`` and ``icons/hicolor/scalable/apps/journeymap.svg``,

then refreshes the desktop and MIME caches with ``update-desktop-database`` /
``update-mime-database`` when they are installed (silently skipped otherwise). Uninstall removes
exactly those files, refreshes (or, when nothing else is left in them, removes) the caches the tools
made, and the folders install created (recorded in the entry's X-Journeymap-Created-Folders key,
so a folder that was there before stays). Headless: no Qt needed.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

from journeymap.resources import resource_path

APP_ID = "journeymap"
MIME_TYPE = "application/x-journeymap+json"
MIME_GLOB = "*.journeymap.json"
MIME_MAGIC = '"format": "journeymap"'
APP_ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SYSTEM_BIN_FOLDERS = ("/usr/bin", "/usr/local/bin", "/bin")

NAMES = {"en": "journeymap", "fa": "نقشه سفر مشتری", "ar": "خريطة رحلة العميل"}
GENERIC_NAMES = {"en": "Customer journey map editor", "fa": "ویرایشگر نقشه سفر مشتری",
                 "ar": "محرر خرائط رحلة العميل"}
COMMENTS = {"en": "Draw customer-journey maps and find their weak points, offline",
            "fa": "نقشه سفر مشتری بکشید و نقاط ضعف آن را بیابید، بدون نیاز به اینترنت",
            "ar": "ارسم خرائط رحلة العميل واكتشف نقاط ضعفها، دون اتصال بالإنترنت"}
KEYWORDS = {"en": "journey;customer;CX;touchpoint;service design;journeymap;",
            "fa": "سفر مشتری;تجربه مشتری;نقطه تماس;journeymap;",
            "ar": "رحلة العميل;تجربة العميل;نقطة اتصال;journeymap;"}
CREATED_KEY = "X-Journeymap-Created-Folders"
MIME_COMMENTS = {"en": "Customer journey map", "fa": "نقشه سفر مشتری", "ar": "خريطة رحلة العميل"}


class DesktopError(Exception):
    """A launcher entry that cannot be written or removed; ``str()`` is one line."""


# ---- bundled icons ----
def app_icon_svg() -> Path:
    return resource_path("icons", f"{APP_ID}.svg")


def app_icon_png(size: int) -> Path:
    return resource_path("icons", f"{APP_ID}-{size}.png")


# ---- what install writes ----
def data_home() -> Path:
    """The user's XDG data folder ($XDG_DATA_HOME or ~/.local/share)."""
    import platformdirs

    return platformdirs.user_data_path(appname=None, ensure_exists=False)


def desktop_path(home: Path) -> Path:
    return home / "applications" / f"{APP_ID}.desktop"


def mime_package_path(home: Path) -> Path:
    return home / "mime" / "packages" / f"{APP_ID}.xml"


def icon_targets(home: Path) -> dict[Path, Path]:
    """Installed icon -> bundled source."""
    hicolor = home / "icons" / "hicolor"
    targets = {hicolor / f"{s}x{s}" / "apps" / f"{APP_ID}.png": app_icon_png(s) for s in APP_ICON_SIZES}
    targets[hicolor / "scalable" / "apps" / f"{APP_ID}.svg"] = app_icon_svg()
    return targets


def installed_files(home: Path) -> list[Path]:
    return [desktop_path(home), mime_package_path(home), *icon_targets(home)]


def exec_program() -> str:
    """``journeymap`` when the launcher can find it on the usual PATH, else the absolute path of the
    installed script (a virtual environment's bin folder is not on a launcher's PATH)."""
    found = shutil.which(APP_ID) or str(Path(sys.executable).with_name(APP_ID))
    if not Path(found).exists() or str(Path(found).parent) in SYSTEM_BIN_FOLDERS:
        return APP_ID
    return quote_exec_argument(str(Path(found).absolute()))


def quote_exec_argument(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks (then escape for a string value)."""
    if all(c.isalnum() or c in "/._+-" for c in arg):
        return arg
    quoted = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return quoted.replace("\\", "\\\\")


def _localized(key: str, table: dict[str, str]) -> list[str]:
    return [f"{key}={table['en']}"] + [f"{key}[{lang}]={table[lang]}" for lang in ("fa", "ar")]


def desktop_entry(created_folders: list[str] = ()) -> str:
    """The launcher entry; ``created_folders`` (relative to the data folder) are the folders install made,
    kept in the entry itself so that uninstall removes those and no folder that was there before."""
    lines = ["[Desktop Entry]", "Type=Application", "Version=1.4",
             *_localized("Name", NAMES), *_localized("GenericName", GENERIC_NAMES),
             *_localized("Comment", COMMENTS), *_localized("Keywords", KEYWORDS),
             f"Exec={exec_program()} %F", f"Icon={APP_ID}", "Terminal=false",
             "Categories=Office;Graphics;", f"MimeType={MIME_TYPE};", f"StartupWMClass={APP_ID}"]
    if created_folders:
        lines.append(f"{CREATED_KEY}={';'.join(created_folders)};")
    return "\n".join(lines) + "\n"


def mime_package() -> str:
    langs = {lang: "" if lang == "en" else f' xml:lang="{lang}"' for lang in MIME_COMMENTS}
    comments = "\n".join(f"    <comment{langs[lang]}>{text}</comment>" for lang, text in MIME_COMMENTS.items())
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
{comments}
    <sub-class-of type="application/json"/>
    <icon name="{APP_ID}"/>
    <glob pattern="{MIME_GLOB}" weight="60"/>
    <magic priority="80">
      <match type="string" offset="0:64" value='{MIME_MAGIC}'/>
    </magic>
  </mime-type>
</mime-info>
"""


# ---- install / uninstall ----
def _refresh(tool: str, folder: Path) -> None:
    """Run a cache tool when it is installed; a missing or failing tool is not an error."""
    program = shutil.which(tool)
    if program and folder.is_dir():
        subprocess.run([program, str(folder)], capture_output=True, check=False, timeout=120)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def created_folders(home: Path) -> list[str]:
    """Folders (relative to ``home``, "." for itself) that an install made: recorded in our entry."""
    try:
        lines = desktop_path(home).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    values = [line.split("=", 1)[1] for line in lines if line.startswith(CREATED_KEY + "=")]
    return [v for v in values[0].split(";") if v] if values else []


def _missing_folders(home: Path) -> list[str]:
    folders = {f.parent for f in installed_files(home)}
    folders |= {p for f in folders for p in f.parents if home in p.parents}
    return sorted(str(p.relative_to(home)) for p in folders | {home} if not p.exists())


def install(home: Path | None = None) -> list[Path]:
    """Write the launcher entry, MIME type and icons; returns the files written."""
    home = home or data_home()
    created = sorted(set(_missing_folders(home)) | set(created_folders(home)))  # a reinstall keeps the list
    try:
        _write(desktop_path(home), desktop_entry(created).encode("utf-8"))
        _write(mime_package_path(home), mime_package().encode("utf-8"))
        for target, source in icon_targets(home).items():
            _write(target, source.read_bytes())
    except OSError as exc:
        raise DesktopError(f"cannot write the launcher entry in {home}: {exc.strerror or exc}") from None
    _refresh("update-mime-database", home / "mime")
    _refresh("update-desktop-database", home / "applications")
    return installed_files(home)


def _others(folder: Path, pattern: str, ours: Path) -> bool:
    return any(p != ours for p in folder.glob(pattern)) if folder.is_dir() else False


def _remove_mime_caches(mime: Path) -> None:
    """With no package left, everything update-mime-database generated from packages/ is stale."""
    if not mime.is_dir():
        return
    for entry in mime.iterdir():
        if entry.name == "packages":
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def _prune(home: Path, created: list[str]) -> None:
    """Remove the folders install made, when they are empty again (deepest first). Without the record
    (an entry from an older version), the now-empty folders that held our files, ``home`` excluded."""
    if created:
        folders = [home / name for name in created]  # home / "." is home
    else:
        folders = [p for f in installed_files(home) for p in f.parents if home in p.parents]
    for folder in sorted(set(folders), key=lambda p: -len(p.parts)):
        try:
            folder.rmdir()
        except OSError:
            pass  # not empty (or already gone): it holds someone else's files


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what ``install`` wrote; returns the files removed."""
    home = home or data_home()
    removed, created = [], created_folders(home)
    try:
        for path in installed_files(home):
            if path.is_file() or path.is_symlink():
                path.unlink()
                removed.append(path)
        if _others(home / "mime" / "packages", "*.xml", mime_package_path(home)):
            _refresh("update-mime-database", home / "mime")
        else:
            _remove_mime_caches(home / "mime")
        applications = home / "applications"
        if _others(applications, "*.desktop", desktop_path(home)):
            _refresh("update-desktop-database", applications)
        elif (applications / "mimeinfo.cache").exists():
            (applications / "mimeinfo.cache").unlink()
        _prune(home, created)
    except OSError as exc:
        raise DesktopError(f"cannot remove the launcher entry from {home}: {exc.strerror or exc}") from None
    return removed


def run_desktop(args, say: Callable[[str], None] = print) -> int:
    """CLI handler for --install-desktop / --uninstall-desktop (errors: one line, exit 2)."""
    try:
        if args.install_desktop:
            files = install()
            say(f"installed the launcher entry {desktop_path(data_home())} ({len(files)} files)")
        else:
            files = uninstall()
            say(f"removed the launcher entry ({len(files)} files) from {data_home()}")
    except DesktopError as exc:
        print(f"journeymap: error: {exc}", file=sys.stderr)
        return 2
    return 0

