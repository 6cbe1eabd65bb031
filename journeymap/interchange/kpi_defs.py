"""KPI definitions for a spreadsheet import: from the KPIs sheet, else inferred from the name.

A name containing NPS / CSAT / CES (or their Persian/Arabic names) gets the standard definition
(NPS −100..100; CSAT top-2-box %; CES mean on 1..5, lower is better), without a target. Any other
name becomes a custom mean KPI whose scale covers the imported values.
"""
from __future__ import annotations

from typing import Optional

from journeymap.interchange.columns import KPI_COLUMNS, key_in, normalize
from journeymap.interchange.table_read import Sheet
from journeymap.interchange.table_rows import RowError, Step, parse_number, text_of
from journeymap.model.schema import KpiDef
from journeymap.templates import COMMON_KPIS

KIND_WORDS = {
    "nps": ("nps", "ترویج", "الترويج"),
    "csat": ("csat", "رضایت", "رضا"),
    "ces": ("ces", "تلاش", "جهد"),
}
CHOICES = {"kind": ("nps", "csat", "ces", "custom"), "method": ("nps", "top2box", "mean", "percent"),
           "direction": ("higher_better", "lower_better")}


def infer_kpi(name: str) -> dict:
    """A KPI definition (without id) for a column name such as "CSAT" or "رضایت مشتری (CSAT)"."""
    text = normalize(name)
    for key, _names, kind, low, high, method, _target, direction in COMMON_KPIS:
        if any(word in text for word in KIND_WORDS[key]):
            return {"name": name, "kind": kind, "scale_min": low, "scale_max": high, "method": method,
                    "direction": direction, "target": None}
    return {"name": name, "kind": "custom", "method": "mean", "scale_min": 0.0, "scale_max": 1.0,
            "direction": "higher_better", "target": None, "inferred_scale": True}


def _cell(cells: list, index) -> object:
    return cells[index] if index is not None and index < len(cells) else ""


class KpiSheet:
    """The KPI definitions a table uses; ``errors`` lists the KPIs sheet's bad rows."""

    def __init__(self, sheet: Optional[Sheet]):
        self.defs: dict[str, dict] = {}  # normalised name -> definition fields
        self.errors: list[RowError] = []
        self.sheet_order: list[str] = []  # normalised names in the KPIs sheet's order
        if sheet is not None:
            self._read(sheet)

    def _read(self, sheet: Sheet) -> None:
        index = {key_in(KPI_COLUMNS, h): i for i, h in enumerate(sheet.header) if key_in(KPI_COLUMNS, h)}
        for row, cells in sheet.rows:
            fields, reasons = self._fields(lambda key, cells=cells: _cell(cells, index.get(key)))
            if normalize(fields.get("name")) in self.defs:
                reasons.append(f"duplicate KPI '{fields['name']}'")
            if reasons:
                self.errors.append(RowError(sheet.name, row, reasons))
            else:
                self.defs[normalize(fields["name"])] = fields
                self.sheet_order.append(normalize(fields["name"]))

    @staticmethod
    def _fields(cell) -> tuple[dict, list[str]]:
        name = text_of(cell("name"))
        if not name:
            return {}, ["the KPI name is empty"]
        fields, reasons = infer_kpi(name), []
        fields.pop("inferred_scale", None)
        for key, allowed in CHOICES.items():
            value = text_of(cell(key)).lower()
            if value and value not in allowed:
                reasons.append(f"{key} '{value}' is not one of {', '.join(allowed)}")
            elif value:
                fields[key] = value
        for key in ("scale_min", "scale_max", "target"):
            if text_of(cell(key)):
                try:
                    fields[key] = parse_number(cell(key))
                except ValueError:
                    reasons.append(f"{key.replace('_', ' ')} '{text_of(cell(key))}' is not a number")
        fields["unit"] = text_of(cell("unit"))
        if not reasons and fields["scale_min"] >= fields["scale_max"]:
            reasons.append("scale min must be below scale max")
        return fields, reasons

    def definition(self, name: str) -> dict:
        return self.defs.setdefault(normalize(name), infer_kpi(name))

    def check_values(self, step: Step) -> list[str]:
        """Values outside their KPI's range, and n without a value."""
        reasons = []
        for (name, period), value in step.values.items():
            fields = self.definition(name)
            if fields.get("inferred_scale"):
                continue
            low, high = KpiDef(id="check", **fields).value_range()
            if not low <= value <= high:
                reasons.append(f"{name} [{period}] {value:g} is outside {low:g}..{high:g}")
        for key in step.sizes:
            if key not in step.values:
                reasons.append(f"n for {key[0]} [{key[1]}] without a value")
        return reasons

    def measurements(self, steps: list[Step], ids: dict[int, str], order: list[tuple[str, str]]):
        """(period dicts, measurement dicts, KPI dicts) with ids in column order."""
        periods = {label: f"p{i + 1}" for i, label in enumerate(dict.fromkeys(p for _, p in order))}
        used = list(dict.fromkeys(normalize(self.definition(name)["name"]) for name, _ in order))
        kpi_ids = {key: f"k{i + 1}" for i, key in enumerate(list(dict.fromkeys([*self.sheet_order, *used])))}
        measurements = []
        for step in steps:
            for (name, period), value in step.values.items():
                measurements.append({"node_id": ids[step.row], "kpi_id": kpi_ids[normalize(name)],
                                     "period_id": periods[period], "value": value,
                                     "sample_size": step.sizes.get((name, period))})
                self._widen(normalize(name), value)
        kpis = [{"id": kpi_ids[key], **{k: v for k, v in self.defs[key].items() if k != "inferred_scale"}}
                for key in kpi_ids]
        return [{"id": pid, "label": label} for label, pid in periods.items()], measurements, kpis

    def _widen(self, key: str, value: float) -> None:
        fields = self.defs[key]
        if fields.get("inferred_scale"):
            fields["scale_min"] = min(fields["scale_min"], value)
            fields["scale_max"] = max(fields["scale_max"], value, fields["scale_min"] + 1)
