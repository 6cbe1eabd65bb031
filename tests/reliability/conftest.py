from tests.editor.conftest import dialogs  # noqa: F401 - the same autouse recorder of modal message boxes
