import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("JOURNEYMAP_NO_RECOVERY_PROMPT", "1")

import pytest
from hypothesis import settings

# mutation testing (README "Development: mutation testing") runs the model tests once per mutant
settings.register_profile("mutation", max_examples=12, deadline=None)
if os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "sample_maps").glob("*.json"))


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Settings, recent files and autosaves go to a temporary folder, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("JOURNEYMAP_DATA_DIR", str(home / "data" / "journeymap"))
    monkeypatch.setenv("JOURNEYMAP_SETTINGS_FILE", str(home / "config" / "journeymap.ini"))
    yield


@pytest.fixture
def sample_paths():
    return SAMPLES


def pytest_report_header(config):
    return f"journeymap samples: {len(SAMPLES)}; python {sys.version.split()[0]}"
