"""The Inspector's KPI table: values in any digits through the one parser, shown in the UI's digits,
refusals said in words."""
def kpi_table(win, node_id):
    from journeymap.ui.kpi_table import KpiTable

    win.scene.select_ids([node_id])
    table = win.inspector.findChild(KpiTable)
    table.show_node(node_id)
    return table


def test_persian_digits_and_decimal_separator(rtl_window):
    table = kpi_table(rtl_window, "n-checkout")
    kpis = [k.id for k in rtl_window.doc.map.kpis]
    row = kpis.index("k-ces")
    table.item(row, 0).setText("۳٫۲")
    value = next(m.value for m in rtl_window.doc.map.measurements
                 if (m.node_id, m.kpi_id, m.period_id) == ("n-checkout", "k-ces", rtl_window.doc.map.periods[0].id))
    assert value == 3.2


def test_values_shown_in_the_ui_digits(rtl_window, ui_language):
    ui_language("fa")
    table = kpi_table(rtl_window, "n-checkout")
    texts = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]
    assert any(texts) and not any(ch.isascii() and ch.isdigit() for text in texts for ch in text)


def test_not_a_number_is_refused_in_words(rtl_window):
    table = kpi_table(rtl_window, "n-checkout")
    before = rtl_window.doc.map.measurements
    table.item(0, 0).setText("۱_۰")
    assert rtl_window.doc.map.measurements == before
    assert "is not a number" in table.refusal
    table.item(0, 0).setText("250")
    assert rtl_window.doc.map.measurements == before and "outside" in table.refusal


def test_older_value_is_marked_with_its_period(rtl_window):
    """In "Latest data", autumn measured only the CES of checkout: its CSAT and NPS are summer's."""
    from journeymap import commands
    from journeymap.model.schema import Measurement, Period

    doc = rtl_window.doc
    rtl_window.controller.push(commands.SetStructureCommand(
        doc, "periods", [*doc.map.periods, Period(id="q-autumn", label="پاییز ۱۴۰۵")], "x"))
    autumn = Measurement(node_id="n-checkout", kpi_id="k-ces", period_id="q-autumn", value=3.0)
    rtl_window.controller.push(commands.SetMeasurementsCommand(doc, [*doc.map.measurements, autumn], "x"))
    table = kpi_table(rtl_window, "n-checkout")
    kpis = [k.id for k in doc.map.kpis]
    autumn_column = len(doc.map.periods) - 1
    ces = table.item(kpis.index("k-ces"), autumn_column)
    assert ces.font().bold() and not ces.font().italic()
    csat_row = kpis.index("k-csat")
    csat = next(table.item(csat_row, c) for c in range(table.columnCount()) if table.item(csat_row, c).font().bold())
    assert csat.font().italic() and "تابستان ۱۴۰۵" in csat.toolTip() and "پاییز ۱۴۰۵" in csat.toolTip()
    assert table.verticalHeaderItem(csat_row).text().endswith("(older)")
    assert table.horizontalHeaderItem(table.column(csat)).text() == "تابستان ۱۴۰۵"  # the column names the period
    assert "older" not in table.verticalHeaderItem(kpis.index("k-ces")).text()
    rtl_window.set_period("q-1405-2")  # summer chosen: summer's values are current there
    rtl_window.runner.run_now()
    assert not any(table.item(r, c).font().italic() for r in range(table.rowCount())
                   for c in range(table.columnCount()))
