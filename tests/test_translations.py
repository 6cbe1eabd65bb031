"""Translation completeness: every UI string has a finished Persian and Arabic translation, the
committed .ts files are up to date with the code, and the compiled .qm files match them."""
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from journeymap.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fa", "ar")
sys.path.insert(0, str(ROOT / "tools"))
from translations import SOURCES  # noqa: E402


def ts_path(language: str) -> Path:
    return Path(resource_path("translations", f"journeymap_{language}.ts"))


def messages(path: Path):
    for context in ET.parse(path).getroot().findall("context"):
        for message in context.findall("message"):
            yield context.find("name").text or "", message


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_a_finished_translation(language):
    problems = []
    for context, message in messages(ts_path(language)):
        translation = message.find("translation")
        source = message.find("source").text
        if translation is None or not (translation.text or "").strip():
            problems.append(f"{context}: missing: {source}")
        elif translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {translation.get('type')}: {source}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_use_local_digits(language):
    for context, message in messages(ts_path(language)):
        source, translation = message.find("source").text, message.find("translation").text or ""
        for placeholder in ("%1", "%2", "%3", "%4"):
            assert (placeholder in source) == (placeholder in translation), f"{context}: {source}"
        versions = re.findall(r"\d+(?:\.\d+)+", source)  # "License 1.1" is a name, kept as written
        bare = re.sub("%[1-9]", "", translation)
        for version in versions:
            bare = bare.replace(version, "")
        assert not re.search("[0-9]", bare), \
            f"Latin digits in the {language} translation of {source!r}: {translation!r}"


def test_ts_files_are_up_to_date_with_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
        if lupdate is None:
            if os.environ.get("CI"):
                pytest.fail("pyside6-lupdate is missing")
            pytest.skip("pyside6-lupdate is missing")
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(f.relative_to(ROOT)) for pattern in SOURCES for f in ROOT.glob(pattern))
    subprocess.run([str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True, cwd=ROOT)
    in_code = {(c, m.find("source").text) for c, m in messages(fresh)}
    for language in LANGUAGES:
        committed = {(c, m.find("source").text) for c, m in messages(ts_path(language))}
        missing = sorted(in_code - committed)
        assert not missing, (f"strings not in journeymap_{language}.ts (add them to tools/translations.py "
                             f"and run python tools/translations.py): {missing}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_qm_matches_the_ts(qapp, language):
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", f"journeymap_{language}.qm")))
    for context, message in messages(ts_path(language)):
        source, translation = message.find("source").text, message.find("translation").text
        assert translator.translate(context, source) == translation, f"{context}: {source}"
