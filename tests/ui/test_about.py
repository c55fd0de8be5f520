"""The About dialog lists the libraries the app ships with, and their licences."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.dialogs.about import AboutDialog, bundled_libraries


def test_the_libraries_are_the_requirements_followed_through() -> None:
    names = {library.name.lower(): library for library in bundled_libraries()}
    assert {"pyside6_essentials", "sqlalchemy", "reportlab", "pyhanko", "psycopg-binary"} <= set(
        names
    )
    assert names["sqlalchemy"].licence == "MIT"
    assert "Permission is hereby granted" in names["sqlalchemy"].text
    assert "pandas" not in names  # a test dependency, never bundled
    assert "pytest" not in names
    assert "html2text" not in names  # GPL: replaced by the standard library's parser


def test_selecting_a_library_shows_its_licence_text(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    labels = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert "DejaVu (font)" in labels
    dialog.table.selectRow([label.lower() for label in labels].index("sqlalchemy"))
    assert "Permission is hereby granted" in dialog.text.toPlainText()
