"""Fixtures for widget tests: real windows on the samples, a UI-language switch."""
import pytest

from tests.editor.conftest import dialogs, doc_json, rtl_window, sample, window  # noqa: F401


@pytest.fixture
def ui_language(qapp):
    """Switch the UI language (translations, layout direction, QLocale) for one test."""
    from journeymap.i18n import install_translations

    yield lambda code: install_translations(qapp, code)
    install_translations(qapp, "en")
