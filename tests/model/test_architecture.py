"""Layer rules (import-linter contracts); PySide6 6.12.0's refcount bug stays out of our dependency range."""
import subprocess
import sys
from pathlib import Path

def test_layer_contracts_hold():
    """import-linter contracts in pyproject.toml: model without Qt/matplotlib, canvas without ui/editor,
    exports and report without ui, document and commands without canvas (direct or indirect)."""
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
                         capture_output=True, text=True, cwd=root)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-1000:]
    assert "0 broken" in out.stdout and "Contracts: 4 kept" in out.stdout


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
