"""The window's language: which one, where its compiled catalogue is, and loading it.

Our strings live in ``resources/i18n/breakup_desk_<lang>.ts`` (Qt Linguist sources, kept
current by ``scripts/translations update``). A wheel carries them compiled (``.qm``, built by
``packaging/hatch_build.py``). A checkout or an editable install has only the ``.ts``: the
first start in a language compiles it with the ``lrelease`` that PySide6 ships into the user's
cache folder, keyed by the source's hash, so an edited ``.ts`` is picked up on the next start.
Should that be impossible (no ``lrelease``, a broken file), the window starts in English and
says why in one log line: a missing translation must never stop a manager from working.

Qt's own catalogue (``qtbase_<lang>.qm``, from ``QLibraryInfo.TranslationsPath``) is loaded
beside ours so that standard dialogs' buttons (Cancel, Save, Yes) speak the same language.
English is the source language; its small catalogue holds only the plural forms ("1 item",
"2 items"), which Qt takes from a catalogue even in the source language.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk.config import APP_NAME, HOME_ENV, data_dir, resource_path

log = logging.getLogger(__name__)

CATALOGUE = "breakup_desk"
SOURCE_LANGUAGE = "en"
# Each language by its code and its own name (what the Settings combo shows).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("es", "Español"),
    ("ru", "Русский"),
    ("zh_CN", "简体中文"),
    ("sv", "Svenska"),
)
CODES = tuple(code for code, _name in LANGUAGES)


def system_language(locale: QLocale | None = None) -> str:
    """The supported language closest to ``locale`` (the system's by default), else English."""
    locale = locale if locale is not None else QLocale.system()
    for name in locale.uiLanguages():
        tag = name.replace("-", "_")
        if tag in CODES:
            return tag
        traditional = locale.script() == QLocale.Script.TraditionalHanScript
        if tag.startswith("zh") and not traditional and ("Hans" in tag or tag in ("zh", "zh_SG")):
            return "zh_CN"
        base = tag.split("_")[0]
        if base in CODES and base != "zh":
            return base
    return SOURCE_LANGUAGE


def resolve_language(choice: str, locale: QLocale | None = None) -> str:
    """The stored choice when it names a supported language; the system's when it is empty."""
    return choice if choice in CODES else system_language(locale)


def window_language() -> str:
    """The language the window speaks now: the one whose locale :func:`install` made the
    default (English under a catalogue installed from a file, like the pseudo-locale)."""
    return system_language(QLocale())


def title_language() -> str:
    """The window's language as the policy and the charts name it ("zh", not "zh_CN")."""
    return window_language().split("_")[0]


def formatting_locale(lang: str, system: QLocale | None = None) -> QLocale:
    """The locale for numbers and dates: the system's own when it speaks ``lang`` (en_GB keeps
    its day-first dates), else the language's main one ("C" is no one's: it gets en_US)."""
    system = system if system is not None else QLocale.system()
    if system.language() != QLocale.Language.C and system_language(system) == lang:
        return system
    return QLocale(lang) if lang != SOURCE_LANGUAGE else QLocale("en_US")


def ts_path(lang: str) -> Path:
    return resource_path("i18n", f"{CATALOGUE}_{lang}.ts")


def lrelease() -> list[str] | None:
    """The command that compiles ``.ts`` to ``.qm``: PySide6's own binary, else one on PATH."""
    bundled = Path(PySide6.__file__).resolve().parent / "lrelease"
    for candidate in (bundled, bundled.with_suffix(".exe")):
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_ts(source: Path, target: Path) -> None:
    """``lrelease source -qm target``; raises ``RuntimeError`` with lrelease's reason."""
    command = lrelease()
    if command is None:
        raise RuntimeError("lrelease was not found (it ships with PySide6)")
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [*command, "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not target.is_file():
        reason = (done.stderr or done.stdout).strip().splitlines()
        raise RuntimeError(reason[-1] if reason else f"lrelease exited with {done.returncode}")


def cache_dir() -> Path:
    """Where compiled catalogues go: under ``BREAKUP_DESK_HOME`` when set (tests, portable
    installs), else the user's cache folder."""
    if os.environ.get(HOME_ENV):
        return data_dir() / "cache" / "i18n"
    return Path(platformdirs.user_cache_dir(APP_NAME, False)) / "i18n"


def qm_path(lang: str, cache: Path | None = None) -> Path:
    """The compiled catalogue for ``lang``: the bundled one, else one compiled from the ``.ts``.

    Raises ``FileNotFoundError`` when neither exists and ``RuntimeError`` when compiling fails.
    """
    bundled = resource_path("i18n", f"{CATALOGUE}_{lang}.qm")
    if bundled.is_file():
        return bundled
    source = ts_path(lang)
    if not source.is_file():
        raise FileNotFoundError(f"{source}: no translation for {lang!r}")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = (cache or cache_dir()) / f"{CATALOGUE}_{lang}.{digest}.qm"
    if not target.is_file():
        compile_ts(source, target)
    return target


@dataclass
class Installed:
    """The translators in force (kept referenced: Qt does not own them)."""

    language: str
    translators: list[QTranslator]

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()


def install(lang: str, *, qm: Path | None = None, cache: Path | None = None) -> Installed:
    """Load ``lang``'s catalogue (or the file ``qm``) and Qt's own, and make ``lang`` the
    default ``QLocale`` so numbers and dates follow it (``ui/formatting.py``)."""
    app = QCoreApplication.instance()
    installed = Installed(SOURCE_LANGUAGE, [])
    if app is None:
        return installed
    try:
        path = qm or qm_path(lang, cache)
    except (OSError, RuntimeError) as exc:
        log.warning("The window stays in English: %s", exc)
        return installed
    if lang != SOURCE_LANGUAGE:  # English plurals under a catalogue still being translated
        installed.translators += _english_plurals(app, cache)
    ours = QTranslator(app)
    if not ours.load(str(path)):
        log.warning("The window stays in English: %s: not a Qt translation file", path)
        installed.remove()
        return installed
    QCoreApplication.installTranslator(ours)
    if qm is None:
        QLocale.setDefault(formatting_locale(lang))
    installed.language = lang
    installed.translators.append(ours)
    qt = QTranslator(app)
    where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", where) or qt.load(f"qtbase_{lang.split('_')[0]}", where):
        QCoreApplication.installTranslator(qt)
        installed.translators.append(qt)
    return installed


def _english_plurals(app: QCoreApplication, cache: Path | None) -> list[QTranslator]:
    """The English catalogue, installed first so that a language's own catalogue wins: a
    string its translators have not reached yet reads "2 items", not "2 item(s)"."""
    try:
        path = qm_path(SOURCE_LANGUAGE, cache)
    except (OSError, RuntimeError):
        return []
    english = QTranslator(app)
    if not english.load(str(path)):
        return []
    QCoreApplication.installTranslator(english)
    return [english]
