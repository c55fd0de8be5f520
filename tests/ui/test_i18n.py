"""The window's translations: the .ts files match the code and are complete, the catalogue a
language needs is found or compiled, plurals and numbers follow the language, and the
language chosen in Settings is stored for the next start."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import shutil
import subprocess
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from tests.conftest import demo_copy
from tests.ui.pseudo_locale import pseudo
from ui import formatting, i18n
from ui import settings as opt
from ui.main_window import MainWindow
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TRANSLATED = ("es", "ru", "zh_CN", "sv")


def load_script() -> ModuleType:
    """scripts/translations (a script without .py) as a module: its lupdate command line."""
    path = ROOT / "scripts" / "translations"
    loader = importlib.machinery.SourceFileLoader("translations_script", str(path))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    """(context, source) → the <message> element."""
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def unfinished(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    return not all(f.text for f in forms) if forms else not translation.text


@pytest.mark.parametrize("lang", ["en", *TRANSLATED])
@pytest.mark.slow
def test_the_ts_files_match_the_code(lang: str, tmp_path: Path) -> None:
    """`scripts/translations update` would change nothing: run its lupdate into a copy."""
    script = load_script()
    committed = I18N / f"breakup_desk_{lang}.ts"
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    subprocess.run(
        [*script.lupdate_command(copy, lang), "-silent"], cwd=ROOT, check=True
    )  # fmt: skip
    assert sorted(messages(copy)) == sorted(messages(committed)), (
        "the .ts files are out of date: run scripts/translations update"
    )


@pytest.mark.parametrize("lang", ["en", *TRANSLATED])
def test_no_obsolete_entries(lang: str) -> None:
    stale = [
        source
        for (_context, source), message in messages(I18N / f"breakup_desk_{lang}.ts").items()
        if (message.find("translation") or ElementTree.Element("x")).get("type")
        in ("vanished", "obsolete")
    ]
    assert stale == []


def test_the_english_plural_forms_are_complete() -> None:
    """English holds only plurals; each needs both forms ("1 item", "2 items")."""
    english = messages(I18N / "breakup_desk_en.ts")
    assert english, "no plural strings: the English file is empty"
    assert [source for (_c, source), m in english.items() if unfinished(m)] == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_string_is_translated(lang: str) -> None:
    """No entry is unfinished: a string new in the code fails here until it is translated."""
    todo = [s for (_c, s), m in messages(I18N / f"breakup_desk_{lang}.ts").items() if unfinished(m)]
    assert todo == [], f"{len(todo)} unfinished in breakup_desk_{lang}.ts"


def test_every_language_has_a_ts_file() -> None:
    assert sorted(p.name for p in I18N.glob("*.ts")) == sorted(
        f"breakup_desk_{code}.ts" for code in i18n.CODES
    )


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("sv_FI", "sv"),
        ("es_MX", "es"),
        ("ru_UA", "ru"),
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "en"),  # traditional script: English rather than the simplified catalogue
        ("de_DE", "en"),
        ("en_GB", "en"),
    ],
)
def test_the_system_language_picks_the_closest_catalogue(locale: str, expected: str) -> None:
    assert i18n.system_language(QLocale(locale)) == expected
    assert i18n.resolve_language("", QLocale(locale)) == expected
    assert i18n.resolve_language("ru", QLocale(locale)) == "ru"  # the stored choice wins
    assert i18n.resolve_language("klingon", QLocale(locale)) == expected


def test_a_checkout_compiles_the_ts_on_first_use_into_the_cache(tmp_path: Path) -> None:
    """No .qm is committed: the first start compiles one, the next reuses it."""
    assert not list(I18N.glob("*.qm"))
    qm = i18n.qm_path("sv", tmp_path)
    assert qm.parent == tmp_path and qm.suffix == ".qm"
    assert QTranslator().load(str(qm))
    stamp = qm.stat().st_mtime_ns
    assert i18n.qm_path("sv", tmp_path) == qm and qm.stat().st_mtime_ns == stamp
    with pytest.raises(FileNotFoundError, match="no translation for 'tlh'"):
        i18n.qm_path("tlh", tmp_path)


def test_a_broken_ts_fails_with_lrelease_reason(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context><name>X</name><message>", encoding="utf-8")
    with pytest.raises(RuntimeError):
        i18n.compile_ts(broken, tmp_path / "broken.qm")


def test_english_plurals_come_from_the_english_catalogue(qapp: object) -> None:
    """The session fixture installed English: Qt picks the form by the count."""
    say = QCoreApplication.translate
    assert say("EvidenceBasket", "%Ln item(s)", None, 1) == "1 item"
    assert say("EvidenceBasket", "%Ln item(s)", None, 1234) == "1,234 items"


def test_a_translation_reaches_a_window(
    qtbot: QtBot, tmp_path: Path, sqlite_engine: Engine
) -> None:
    """A catalogue installed before the window is built translates its menus and labels."""
    ts = tmp_path / "xx.ts"
    shutil.copy(I18N / "breakup_desk_sv.ts", ts)
    tree = ElementTree.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = pseudo(message.findtext("source") or "")
        if not forms:
            translation.text = pseudo(message.findtext("source") or "")
    tree.write(ts, encoding="utf-8")
    qm = tmp_path / "xx.qm"
    i18n.compile_ts(ts, qm)
    installed = i18n.install("xx", qm=qm)
    try:
        window = MainWindow(sqlite_engine, Settings(tmp_path / "settings.ini"))
        qtbot.addWidget(window)
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles and all(t.startswith("[") for t in titles), titles
        qtbot.waitUntil(lambda: not window.runner.busy)
    finally:
        installed.remove()


def test_numbers_and_dates_follow_the_language() -> None:
    import datetime as dt

    try:
        QLocale.setDefault(QLocale("sv_SE"))
        assert formatting.number(12345) == "12\u00a0345"
        assert formatting.number(1494, 2) == "1\u00a0494,00"
        assert formatting.percent(0.125) == "12,5%"
        assert formatting.long_date(dt.date(2025, 11, 3)) == "3 november 2025"
        assert formatting.iso_date(dt.date(2025, 11, 3)) == "2025-11-03"
        QLocale.setDefault(QLocale("ru_RU"))
        assert formatting.long_date(dt.date(2025, 11, 3)) == "3 ноября 2025\u202fг."
    finally:
        QLocale.setDefault(QLocale("en_US"))
    assert formatting.number(12345) == "12,345"


def test_the_language_chosen_in_settings_is_stored_for_the_next_start(
    qtbot: QtBot, sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "settings.ini"
    window = MainWindow(sqlite_engine, Settings(path))
    qtbot.addWidget(window)
    dialog = window.open_settings()
    qtbot.waitUntil(dialog.save_button.isEnabled)
    combo = dialog.language.combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[1:] == ["English", "Español", "Русский", "简体中文", "Svenska"]
    assert combo.currentData() == ""  # follows the system until chosen
    assert "next time" in dialog.language.note.text()
    combo.setCurrentIndex(combo.findData("sv"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert Settings(path).get(opt.LANGUAGE) == "sv"
    assert i18n.resolve_language(Settings(path).get(opt.LANGUAGE), QLocale("en_US")) == "sv"
    qtbot.waitUntil(lambda: not window.runner.busy)


def test_the_start_up_installs_the_stored_language(qapp: object, tmp_path: Path) -> None:
    """ui/app.py's launch: the stored choice wins over the system; numbers follow it."""
    from ui.app import install_language

    settings = Settings(tmp_path / "settings.ini")
    settings.set(opt.LANGUAGE, "sv")
    installed = install_language(settings)
    try:
        assert installed.language == "sv"
        assert len(installed.translators) == 3  # English plurals, ours, Qt's own qtbase_sv
        assert QLocale().language() == QLocale.Language.Swedish
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        assert formatting.number(12345) == "12\u00a0345"
    finally:
        installed.remove()
        QLocale.setDefault(QLocale("en_US"))
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> str:
    return demo_copy(demo_template, tmp_path_factory.mktemp("i18n-demo"))


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", *TRANSLATED])
def test_the_window_opens_at_its_default_size_in_every_language(
    qtbot: QtBot, tmp_path: Path, demo_url: str, lang: str
) -> None:
    """Long labels (the chart's choices and the list's filter row in Russian) must not push
    the window past its default width: it opened 1,347 px wide in Russian, e-mails cut."""
    from desk.db.engine import open_database
    from ui.main_window import DEFAULT_SIZE

    engine = open_database(demo_url)
    installed = i18n.install(lang)
    try:
        window = MainWindow(engine, Settings(tmp_path / "settings.ini"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.customers.model.rowCount() > 0 and not window.runner.busy)
        qtbot.wait(50)  # the layout requests posted when the list arrived
        assert window.width() == DEFAULT_SIZE[0], f"{lang}: {window.width()} px wide"
        needed = window.minimumSizeHint().width()
        assert needed <= DEFAULT_SIZE[0], f"{lang}: the window needs {needed} px"
        window.close()
    finally:
        installed.remove()
        QLocale.setDefault(QLocale("en_US"))
        engine.dispose()
