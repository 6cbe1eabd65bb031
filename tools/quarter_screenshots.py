"""Screenshots of the quarterly review in the Persian and Arabic UI for docs/images/.

    Xvfb :63 -screen 0 1920x1080x24 &  DISPLAY=:63 python tools/quarter_screenshots.py docs/images

Imports an autumn survey into a copy of the Persian sample (a new period with Jalali dates, some
touchpoints measured again, one not), then grabs the compare dialog, the survey import dialog, the
periods dialog with its Jalali calendar, the weak-points dock and workshop mode at 1920x1080.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUTUMN_CSV = ("node,kpi,score\n" + "".join(f"n-checkout,k-csat,{s}\n" for s in (5, 5, 4, 4, 4, 5, 3, 5)) +
              "".join(f"n-delivery,k-nps,{s}\n" for s in (9, 10, 7, 4, 9, 10, 8)) +
              "".join(f"n-search,k-ces,{s}\n" for s in (2, 3, 4, 4, 5, 4)))

BANK_CSV = "node,kpi,score\n" + "".join(f"b-wait,k-csat,{s}\n" for s in (4, 5, 5, 3, 4, 5))


def autumn_map(folder: Path) -> Path:
    path = folder / "online_store_fa.json"
    shutil.copy(ROOT / "sample_maps" / "online_store_fa.json", path)
    csv = folder / "autumn.csv"
    csv.write_text(AUTUMN_CSV, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "journeymap", "import-survey", str(path), str(csv), "--new-period",
                    "پاییز ۱۴۰۵", "--start", "1405/07/01", "--end", "1405/09/30"], check=True)
    return path


def settle(app, rounds: int = 10) -> None:
    for _ in range(rounds):
        app.processEvents()


def grab(app, widget, out: Path) -> None:
    widget.show()
    settle(app)
    widget.grab().save(str(out))
    print("wrote", out)


def shots(language: str, out: Path, folder: Path) -> None:
    from journeymap.app import create_app
    from journeymap.i18n import install_translations
    from journeymap.model.io import load_map

    app = create_app(language)
    install_translations(app, language)
    from journeymap.ui.compare_view import compare_periods
    from journeymap.ui.main_window import MainWindow
    from journeymap.ui.structure_dialog import StructureDialog
    from journeymap.ui.survey_dialog import import_survey_interactive

    path = autumn_map(folder) if language == "fa" else ROOT / "sample_maps" / "bank_support_ar.json"
    win = MainWindow(load_map(path), str(path))
    win.resize(1440, 900)
    win.show()
    settle(app)
    win.runner.run_now()
    periods = win.doc.map.periods
    dialog = compare_periods(win, periods[-2].id, periods[-1].id)
    dialog.resize(1400, 860)
    grab(app, dialog, out / f"compare_{language}.png")
    dialog.tabs.setCurrentIndex(1)
    grab(app, dialog, out / f"compare_kpis_{language}.png")
    dialog.close()
    grab(app, win, out / f"weakpoints_{language}.png")
    if language == "fa":  # autumn measured checkout's CSAT only: its CES and NPS are summer's, marked older
        win.scene.select_ids(["n-checkout"])
        win.focus_node("n-checkout")
        win.weak_dock.hide()  # room for the whole Inspector, its KPI table at the bottom
        settle(app)
        scroll = win.inspector.currentWidget().verticalScrollBar()
        scroll.setValue(scroll.maximum())
        grab(app, win, out / f"inspector_older_{language}.png")
        win.weak_dock.show()
    from journeymap.ui.shortcuts_dialog import ShortcutsDialog

    shortcuts = ShortcutsDialog(win)
    grab(app, shortcuts, out / f"shortcuts_{language}.png")
    shortcuts.close()
    csv = folder / ("نظرسنجی زمستان.csv" if language == "fa" else "استبيان.csv")
    csv.write_text(AUTUMN_CSV if language == "fa" else BANK_CSV, encoding="utf-8")
    survey = import_survey_interactive(win, str(csv), confirm=False)
    new = ("زمستان ۱۴۰۵", "۱۴۰۵/۱۰/۰۱", "۱۴۰۵/۱۲/۲۹") if language == "fa" else ("الربع الرابع ٢٠٢٦", "٢٠٢٦-١٠-٠١", "٢٠٢٦-١٢-٣١")
    survey.new_label.setText(new[0])
    survey.start.line.setText(new[1])
    survey.end.line.setText(new[2])
    survey.use_new.setChecked(True)
    survey.update_preview()
    grab(app, survey, out / f"survey_import_{language}.png")
    survey.close()
    if language == "fa":
        periods_dialog = StructureDialog(win.controller, "periods", win.tr("Periods"), win)
        periods_dialog.resize(760, 420)
        grab(app, periods_dialog, out / f"periods_jalali_{language}.png")
        from journeymap.ui.date_field import DateField

        picker = DateField("fa")
        picker.set_date(periods[-1].start)
        grab(app, picker.picker, out / f"jalali_picker_{language}.png")
        periods_dialog.close()
    workshop(app, win, out / f"workshop_{language}_1920.png")
    win.stack.setClean()
    win.close()


def workshop(app, win, out: Path) -> None:
    win.move(0, 0)
    win.resize(1920, 1080)  # the projector's screen (Xvfb has no window manager to make it full screen)
    settle(app, 20)
    win.set_workshop(True)
    win.scene.select_ids([win.doc.map.nodes[0].id])
    settle(app, 20)
    subprocess.run(["import", "-window", "root", str(out)], check=True)
    print("wrote", out)
    win.go_to_stage(1)  # scrolled down and along: the stage and lane names stay in sight
    win.view.verticalScrollBar().setValue(win.view.verticalScrollBar().maximum())
    settle(app, 20)
    scrolled = out.with_name(out.stem + "_scrolled.png")
    subprocess.run(["import", "-window", "root", str(scrolled)], check=True)
    print("wrote", scrolled)
    win.set_workshop(False)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "images")
    language = sys.argv[2] if len(sys.argv) > 2 else "fa"
    with tempfile.TemporaryDirectory() as tmp:
        shots(language, target, Path(tmp))
