"""Icons: the app icon and the toolbar icons.

Standard actions take the desktop theme's icon (``QIcon.fromTheme``) and fall back to the bundled
SVGs in resources/icons (drawn for journeymap, MIT, see LICENSE.txt there); journeymap's own actions
(touchpoint, key moment, connect, workshop) always use the bundled ones. Icons whose meaning has a
direction (undo/redo, next/previous, add the next step) are mirrored in a right-to-left UI: the
theme's ``-rtl`` variant when it has one, else the left-to-right icon flipped.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from journeymap.desktop import APP_ICON_SIZES, app_icon_png
from journeymap.resources import resource_path

# action name -> (freedesktop theme name or None, bundled file stem, has a direction)
ACTION_ICONS = {
    "new": ("document-new", "action-new", False),
    "open": ("document-open", "action-open", False),
    "save": ("document-save", "action-save", False),
    "undo": ("edit-undo", "action-undo", True),
    "redo": ("edit-redo", "action-redo", True),
    "add_touchpoint": (None, "action-add-touchpoint", False),
    "add_key_moment": (None, "action-add-key-moment", False),
    "add_next": (None, "action-add-next", True),
    "connect_tool": (None, "action-connect", False),
    "delete": ("edit-delete", "action-delete", False),
    "fit": ("zoom-fit-best", "action-fit", False),
    "workshop": (None, "action-workshop", False),
    "exit_workshop": ("application-exit", "action-exit", True),
    "previous": ("go-previous", "action-previous", True),
    "next": ("go-next", "action-next", True),
}
MIRROR_SIZES = (16, 20, 22, 24, 32, 40, 48, 64)
_app_icon: QIcon | None = None


def app_icon() -> QIcon:
    """journeymap's icon at every bundled size (rendered from resources/icons/journeymap.svg)."""
    global _app_icon
    if _app_icon is None:
        _app_icon = QIcon()
        for size in APP_ICON_SIZES:
            _app_icon.addFile(str(app_icon_png(size)), QSize(size, size))
    return _app_icon


def bundled_icon(stem: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{stem}.svg")))


def mirrored(icon: QIcon) -> QIcon:
    """The icon flipped left to right, at the sizes toolbars and menus use (and their 2x)."""
    result = QIcon()
    for size in MIRROR_SIZES:
        for scale in (1, 2):
            pixmap = icon.pixmap(QSize(size * scale, size * scale))
            if not pixmap.isNull():
                result.addPixmap(QPixmap.fromImage(pixmap.toImage().flipped(Qt.Horizontal)))
    return result


def action_icon(name: str, rtl: bool | None = None) -> QIcon:
    """The icon of toolbar action ``name``; ``rtl`` defaults to the application's layout direction."""
    theme, stem, directional = ACTION_ICONS[name]
    if rtl is None:
        rtl = QGuiApplication.layoutDirection() == Qt.RightToLeft
    if directional and rtl and theme and QIcon.hasThemeIcon(theme + "-rtl"):
        return QIcon.fromTheme(theme + "-rtl")
    icon = QIcon.fromTheme(theme, bundled_icon(stem)) if theme else bundled_icon(stem)
    return mirrored(icon) if directional and rtl else icon
