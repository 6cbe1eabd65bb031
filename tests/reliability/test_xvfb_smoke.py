"""A real window on a virtual X screen (xvfb-run): starts, paints something, exits cleanly."""
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import SAMPLES


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (CI installs it)")
def test_real_window_under_xvfb(tmp_path):
    out = tmp_path / "real.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", sys.executable, "-m", "journeymap",
                             str(SAMPLES[0]), "--screenshot", str(out)], capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert image.width() >= 800
    colors = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colors) > 20  # not blank
