"""Typing and stepping in the Inspector can never store a value journeymap would refuse to open."""
from PySide6.QtCore import Qt

from journeymap.model.io import dumps_map, loads_map


def _select_first_card(window, qtbot):
    node = window.doc.map.nodes[0]
    window.inspector.show_selection([node.id], [])
    return node


def test_stepping_the_emotion_down_stops_at_not_set(window, qtbot):
    node = _select_first_card(window, qtbot)
    spin = window.inspector.node_form.score
    scale = window.doc.map.emotion_scale
    spin.setFocus()
    for _ in range(scale.max - scale.min + 4):
        qtbot.keyClick(spin, Qt.Key_Down)
    assert spin.value() == scale.min - 1 and spin.specialValueText() == spin.text()
    assert window.doc.node(node.id).expected_emotion is None
    qtbot.keyClick(spin, Qt.Key_Up)
    assert window.doc.node(node.id).expected_emotion.score == scale.min
    loads_map(dumps_map(window.doc.map))


def test_a_typed_map_language_that_is_not_a_code_is_not_stored(window, qtbot):
    window.inspector.show_selection([], [])
    combo = window.inspector.map_form.language
    before = window.doc.map.language
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "x")
    qtbot.keyClick(combo.lineEdit(), Qt.Key_Return)
    assert window.doc.map.language == before
    loads_map(dumps_map(window.doc.map))
