"""The main window: the customer list beside the selected customer's page."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desk.analytics.cache import ReferenceCache
from desk.config import data_dir
from desk.connect.store import ConnectionInfo
from desk.db.handle import Engine
from desk.demo.generator import write_demo_export
from desk.errors import DeskError
from ui import settings as opt
from ui.data_watch import DataWatcher
from ui.dialogs.about import show_about
from ui.dialogs.connect_dialog import ConnectDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.formatting import iso_date_time
from ui.settings import Settings
from ui.views.calibration_page import CalibrationPage
from ui.views.customer_list import CustomerListView
from ui.views.customer_page import CustomerPage
from ui.views.pick_customer import PickCustomerHint
from ui.views.welcome import WelcomePage
from ui.views.writer_wait import WriterWaitBar
from ui.workers import TaskRunner

DEFAULT_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    """Breakup Desk's main window.

    Signals:
        database_requested(str): the manager chose another database (a URL or a file path).
    """

    database_requested = Signal(str)

    def __init__(
        self,
        engine: Engine,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._settings = settings or Settings()
        self.runner = TaskRunner(self)
        self.runner.error.connect(self._on_runner_error)
        self.setWindowTitle(self.tr("Breakup Desk"))
        self.setAcceptDrops(True)

        self.welcome = WelcomePage(self)
        self.welcome.import_requested.connect(self.open_import_dialog)
        self.welcome.demo_requested.connect(self.import_demo)
        self.welcome.load_reminders(self.runner, engine)  # reviews that are due
        self.customers = CustomerListView(engine, self.runner, self)
        self.customers.loaded.connect(self._on_customers_loaded)
        self.customers.customer_selected.connect(self._on_customer_selected)
        actor = self._settings.get(opt.MANAGER_NAME) or getpass.getuser()
        self.cache = ReferenceCache()
        self.customer_page = CustomerPage(engine, self.runner, actor, self.cache, self)
        self.customer_page.flags_changed.connect(self.customers.model.mark_stale)
        self.customer_page.case_changed.connect(self.customers.model.mark_stale)
        # Until a customer is picked the right pane says what to do, rather than showing an
        # empty page. The page also takes over when something shows a customer on it directly.
        self.pick_hint = PickCustomerHint(self)
        self.customer_page.basket.case_loaded.connect(self._show_customer_page)
        self.detail = QStackedWidget(self)
        self.detail.addWidget(self.pick_hint)
        self.detail.addWidget(self.customer_page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.customers)
        self.splitter.addWidget(self.detail)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([620, 660])
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.db_label = QLabel(self)
        self.totals_label = QLabel(self)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.totals_label)
        self.statusBar().addPermanentWidget(WriterWaitBar(self.runner, self))
        self.db_label.setText(self.tr("Database: {url}").format(url=engine.url.render_as_string()))
        self._build_menus()
        self._restore_state()
        self.customers.reload()
        # Another manager's import on the same database shows here too (polled off-thread).
        self.watcher = DataWatcher(engine, self.runner, self)
        self.watcher.changed.connect(self._on_data_changed)
        self.watcher.start()

    # -- menus ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import exports…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.open_import_dialog)
        file_menu.addAction(self.import_action)
        demo_action = QAction(self.tr("Import the &demo data"), self)
        demo_action.triggered.connect(self.import_demo)
        file_menu.addAction(demo_action)
        self.connect_action = QAction(self.tr("&Connect a helpdesk…"), self)
        self.connect_action.triggered.connect(self.open_connect_dialog)
        file_menu.addAction(self.connect_action)
        file_menu.addSeparator()
        open_db = QAction(self.tr("Open &database…"), self)
        open_db.setShortcut(QKeySequence.StandardKey.Open)
        open_db.triggered.connect(self._on_open_database_triggered)
        file_menu.addAction(open_db)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent databases"))
        self._fill_recent_menu(
            self._settings.add_recent_database(
                self._engine.url.render_as_string(hide_password=False)
            )
        )
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.open_settings)
        file_menu.insertAction(quit_action, settings_action)
        self._build_edit_menu()
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        find = QAction(self.tr("&Find customer"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.customers.search.setFocus)
        view_menu.addAction(find)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.customers.reload)
        view_menu.addAction(refresh)
        self.calibration_action = QAction(self.tr("&Calibration session…"), self)
        self.calibration_action.triggered.connect(self.open_calibration)
        view_menu.addAction(self.calibration_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Breakup Desk"), self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def _build_edit_menu(self) -> None:
        """Undo and redo of the evidence basket's edits, for the case shown."""
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        group = self.customer_page.basket.undo_group
        self.undo_action = group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = group.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

    def _fill_recent_menu(self, urls: list[str]) -> None:
        self.recent_menu.clear()
        for url in urls:
            action = self.recent_menu.addAction(url)
            action.triggered.connect(lambda _checked=False, u=url: self.database_requested.emit(u))
        self.recent_menu.setEnabled(bool(urls))

    # -- geometry -------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.get(opt.MAIN_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry) or not self._on_screen():
            self.resize(*DEFAULT_SIZE)
        splitter = self._settings.get(opt.MAIN_SPLITTER)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.customers.restore_header(self._settings.get(opt.CUSTOMER_HEADER))

    def _on_screen(self) -> bool:
        frame: QRect = self.frameGeometry()
        return any(
            screen.availableGeometry().intersects(frame) for screen in QGuiApplication.screens()
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set(opt.MAIN_GEOMETRY, QByteArray(self.saveGeometry()))
        self._settings.set(opt.MAIN_SPLITTER, QByteArray(self.splitter.saveState()))
        self._settings.set(
            opt.CUSTOMER_HEADER, QByteArray(self.customers.table.horizontalHeader().saveState())
        )
        self._settings.sync()
        self.watcher.stop()
        self.runner.wait()
        super().closeEvent(event)

    # -- actions --------------------------------------------------------------------------

    @Slot()
    def open_import_dialog(self, paths: list[Path] | None = None) -> ImportDialog:
        dialog = ImportDialog(self._engine, self.runner, paths or [], self)
        dialog.imported.connect(self._on_imported)
        dialog.open()
        return dialog

    @Slot()
    def open_connect_dialog(self) -> ConnectDialog:
        dialog = ConnectDialog(self._engine, self.runner, self)
        dialog.synced.connect(self._on_synced)
        dialog.open()
        return dialog

    def _on_synced(self, info: object) -> None:
        if isinstance(info, ConnectionInfo) and info.last_sync_at is not None:
            text = self.tr("Last sync of {name}: {time} UTC")
            when = iso_date_time(info.last_sync_at)
            self.statusBar().showMessage(text.format(name=info.name, time=when))
        self._on_imported(None)

    @Slot()
    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self._engine, self._settings, self, runner=self.runner)
        dialog.open()
        return dialog

    @Slot()
    def import_demo(self) -> None:
        out = data_dir() / "demo" / "lumen-ledger-zendesk-3000.ndjson"
        out.parent.mkdir(parents=True, exist_ok=True)
        self.statusBar().showMessage(self.tr("Writing the demo export…"))
        self.runner.run(
            lambda: write_demo_export(out).path,
            lambda path: self._on_demo_written(Path(str(path))),
            write=True,
        )

    def _on_demo_written(self, path: Path) -> None:
        self.statusBar().clearMessage()
        dialog = self.open_import_dialog([path])
        dialog.start_import()

    def _on_imported(self, _summaries: object) -> None:
        self.customers.reload()

    @Slot()
    def _on_data_changed(self) -> None:
        """Someone (this window or another) changed the data: show the list as it is now."""
        self.customers.reload()
        self.welcome.load_reminders(self.runner, self._engine)

    @Slot(int, int, int)
    def _on_customers_loaded(self, shown: int, customers: int, messages: int) -> None:
        self.stack.setCurrentWidget(self.splitter if customers else self.welcome)
        self.totals_label.setText(
            self.tr("%Ln customer(s)", "", customers)
            + " · "
            + self.tr("%Ln message(s)", "", messages)
        )

    @Slot(int)
    def _on_customer_selected(self, customer_id: int) -> None:
        self._show_customer_page()
        self.customer_page.show_customer(customer_id)

    @Slot()
    def _show_customer_page(self) -> None:
        self.detail.setCurrentWidget(self.customer_page)

    @Slot()
    def _on_open_database_triggered(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Open or create a database"),
            str(data_dir()),
            self.tr("Breakup Desk database (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.database_requested.emit(f"sqlite:///{name}")

    def _on_runner_error(self, exc: object) -> None:
        text = str(exc) if isinstance(exc, DeskError) else f"{type(exc).__name__}: {exc}"
        QMessageBox.warning(self, self.tr("Breakup Desk"), text)

    @Slot()
    def open_calibration(self) -> CalibrationPage:
        """The calibration page in a window of its own (the team labels beside the desk)."""
        actor = self._settings.get(opt.MANAGER_NAME) or getpass.getuser()
        page = CalibrationPage(self._engine, self.runner, actor, self)
        page.setWindowFlag(Qt.WindowType.Window)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.resize(900, 560)
        page.show()
        page.reload()
        return page

    @Slot()
    def _on_about_triggered(self) -> None:
        show_about(self)

    # -- drag and drop --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.open_import_dialog(paths)
            event.acceptProposedAction()
