"""UI translations (Qt .qm files in resources/translations) and the window's layout direction.

The UI language is independent of the map's language: a Persian map renders right-to-left in an
English UI, and an English map left-to-right in a Persian UI.
"""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator

from journeymap.resources import resource_path

RTL_LANGUAGES = ("fa", "ar")
_installed: list[QTranslator] = []


def install_translations(app, language: str) -> bool:
    """Install journeymap's and Qt's own translations for ``language``; mirror the UI for fa/ar."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = False
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        ours = QTranslator(app)  # installed last, so it is asked first: it fills what qtbase leaves in English
        if ours.load(str(resource_path("translations", f"journeymap_{language}.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
            loaded = True
    # Qt's own (non-native) file dialogs speak fa/ar through qtbase_*.qm and our fallbacks; a native
    # dialog would follow the system's language instead of the one chosen here
    app.setAttribute(Qt.AA_DontUseNativeDialogs, language in RTL_LANGUAGES)
    QLocale.setDefault(QLocale(language))
    app.setLayoutDirection(Qt.RightToLeft if language in RTL_LANGUAGES else Qt.LeftToRight)
    return loaded
