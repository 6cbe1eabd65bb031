"""The model is pure Python; PySide6 6.12.0's refcount bug stays out of our dependency range."""
import subprocess
import sys
from pathlib import Path

import journeymap.model

MODEL_DIR = Path(journeymap.model.__file__).parent


def test_model_modules_do_not_import_qt():
    modules = sorted(f"journeymap.model.{p.stem}" for p in MODEL_DIR.glob("*.py") if p.stem != "__init__")
    code = (
        "import sys, importlib\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'matplotlib')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"model imports {out.stdout}"
    assert len(modules) >= 10


def test_cli_check_imports_no_widgets(sample_paths):
    code = (
        "import sys\nfrom journeymap.cli import main\n"
        f"rc = main(['check', {str(sample_paths[0])!r}])\n"
        "assert rc == 0, rc\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_pyside6_void_calls_do_not_leak_none():
    """PySide6 6.12.0 on Python 3.11 leaks a None reference per void call until it aborts."""
    code = (
        "import os\nos.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from PySide6.QtCore import QObject, QSize\n"
        "o = QObject()\n"
        "for i in range(100_000):\n"
        "    o.setObjectName('x')\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "ok"
