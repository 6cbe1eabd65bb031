"""journeymap --install-desktop / --uninstall-desktop: a launcher entry that validates, a MIME type
a file manager recognises, and an uninstall that leaves the user's data folder as it found it."""
import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journeymap import desktop
from journeymap.cli import main
from tests.conftest import ROOT


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing (Debian package desktop-file-utils / shared-mime-info)")
        pytest.skip(f"{name} is not installed")
    return path


def tree(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder`` with a hash of its content."""
    result = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        result[key] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return result


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


def test_generated_entry_passes_desktop_file_validate(home):
    validate = need_tool("desktop-file-validate")
    assert main(["--install-desktop"]) == 0
    entry = desktop.desktop_path(home)
    result = subprocess.run([validate, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_entry_names_the_app_in_three_languages_and_opens_files(home):
    desktop.install(home)
    lines = desktop.desktop_path(home).read_text("utf-8").splitlines()
    keys = dict(line.split("=", 1) for line in lines[1:])
    for key in ("Name", "Comment"):
        assert keys[key] and keys[f"{key}[fa]"] and keys[f"{key}[ar]"]
    assert "سفر مشتری" in keys["Name[fa]"] and "رحلة العميل" in keys["Name[ar]"]
    program, field = keys["Exec"].rsplit(" ", 1)
    assert field == "%F"
    assert Path(program.strip('"')).name == "journeymap"
    assert keys["Categories"] == "Office;Graphics;"
    assert keys["MimeType"] == "application/x-journeymap+json;"
    assert keys["Icon"] == "journeymap"
    for size in desktop.APP_ICON_SIZES:
        assert (home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "journeymap.png").stat().st_size > 100


def test_install_then_uninstall_leaves_an_empty_folder_empty(home):
    before = tree(home)
    assert main(["--install-desktop"]) == 0
    assert len(tree(home)) > 20  # the entry, the MIME package, 10 icons and their folders
    assert main(["--uninstall-desktop"]) == 0
    assert tree(home) == before == {}


def test_folders_that_were_there_before_stay_and_a_reinstall_is_undone_too(home, tmp_path, monkeypatch):
    (home / "applications").mkdir()  # an empty folder of the user's own
    before = tree(home)
    desktop.install(home)
    desktop.install(home)  # installing twice still remembers which folders the first install made
    desktop.uninstall(home)
    assert tree(home) == before == {"applications": "dir"}
    fresh = tmp_path / "new-user" / "share"  # a data folder that does not exist yet
    fresh.parent.mkdir()
    desktop.install(fresh)
    desktop.uninstall(fresh)
    assert not fresh.exists()


def test_uninstall_keeps_other_applications_and_their_mime_types(home):
    update_mime = need_tool("update-mime-database")
    update_desktop = need_tool("update-desktop-database")
    other_xml = """<?xml version="1.0"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-other"><comment>Other</comment><glob pattern="*.other"/></mime-type>
</mime-info>
"""
    (home / "mime" / "packages").mkdir(parents=True)
    (home / "mime" / "packages" / "other.xml").write_text(other_xml)
    (home / "applications").mkdir()
    (home / "applications" / "other.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Other\nExec=other %f\nMimeType=application/x-other;\n")
    subprocess.run([update_mime, str(home / "mime")], check=True)
    subprocess.run([update_desktop, str(home / "applications")], check=True)
    before = tree(home)
    desktop.install(home)
    assert "application/x-journeymap+json" in (home / "mime" / "globs2").read_text()
    desktop.uninstall(home)
    assert tree(home) == before


def test_a_map_file_is_recognised_as_a_journey_map(home, tmp_path):
    need_tool("update-mime-database")
    desktop.install(home)
    sample = (ROOT / "sample_maps" / "hotel_stay_en.json").read_bytes()
    (tmp_path / "stay.journeymap.json").write_bytes(sample)
    (tmp_path / "stay-without-suffix").write_bytes(sample)
    (tmp_path / "settings.json").write_text('{"format": "other", "a": 1}')
    script = textwrap.dedent(f"""
        from PySide6.QtCore import QMimeDatabase
        db = QMimeDatabase()
        for name in ("stay.journeymap.json", "stay-without-suffix", "settings.json"):
            print(db.mimeTypeForFile({str(tmp_path)!r} + "/" + name).name())
    """)
    env = dict(os.environ, XDG_DATA_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["application/x-journeymap+json", "application/x-journeymap+json",
                                  "application/json"]  # other JSON files keep their own type


def test_unwritable_data_folder_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker / "share"))
    assert main(["--install-desktop"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("journeymap: error: cannot write the launcher entry") and err.count("\n") == 1
    assert "Traceback" not in err


def test_exec_arguments_are_quoted_as_the_spec_asks():
    assert desktop.quote_exec_argument("/usr/local/bin/journeymap") == "/usr/local/bin/journeymap"
    # spec quoting ("..." with \$), then the string-value escaping doubles the backslash
    assert desktop.quote_exec_argument("/home/a b/$x/journeymap") == '"/home/a b/\\\\$x/journeymap"'


def test_bundled_app_icon_sizes_exist_and_have_their_size():
    from PySide6.QtGui import QImage

    for size in desktop.APP_ICON_SIZES:
        image = QImage(str(desktop.app_icon_png(size)))
        assert (image.width(), image.height()) == (size, size)
    assert desktop.app_icon_svg().read_text().startswith("<svg")
