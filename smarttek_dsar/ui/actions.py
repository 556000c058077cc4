"""Every command of the main window, registered once and keyed by an enum, with its standard
shortcut and icon. Menus, the toolbar and views all use these same QAction objects."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence

from smarttek_dsar.paths import resource_path


class ActionId(Enum):
    NEW_REQUEST = auto()
    IMPORT = auto()
    HELD_MAIL = auto()
    FIND = auto()
    REFRESH = auto()
    OPEN_CASE = auto()
    CLOSE_CASE_TAB = auto()
    SIGN_OUT = auto()
    QUIT = auto()
    ABOUT = auto()
    HELP = auto()


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


class ActionRegistry(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[ActionId, QAction] = {}
        self._add(ActionId.NEW_REQUEST, self.tr("&New request…"), "new",
                  [QKeySequence(QKeySequence.StandardKey.New)],
                  self.tr("Register a request that arrived by letter, e-mail, phone or in person"))
        self._add(ActionId.IMPORT, self.tr("&Import requests…"), "import",
                  [QKeySequence("Ctrl+I")],
                  self.tr("Import e-mail (.eml, .msg) or portal (.json) request files; you can "
                          "also drop them on the window"))
        self._add(ActionId.HELD_MAIL, self.tr("&Held mail…"), "", [],
                  self.tr("Bounces, automatic replies and newsletters not registered as "
                          "cases: dismiss them or import them as requests"))
        self._add(ActionId.FIND, self.tr("&Find"), "find",
                  [QKeySequence(QKeySequence.StandardKey.Find)],
                  self.tr("Search the case list"))
        # F5 everywhere, as the users know it from browsers; the platform key too where different.
        refresh_keys = [QKeySequence(Qt.Key.Key_F5)]
        platform = QKeySequence(QKeySequence.StandardKey.Refresh)
        if not platform.isEmpty() and platform != refresh_keys[0]:
            refresh_keys.append(platform)
        self._add(ActionId.REFRESH, self.tr("&Refresh"), "refresh", refresh_keys,
                  self.tr("Read the cases again from the database"))
        self._add(ActionId.OPEN_CASE, self.tr("&Open case"), "open",
                  [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
                  self.tr("Open the selected case"))
        # Enter must not be taken from dialogs and text fields: it only acts where the action
        # was added (the case tables).
        self._actions[ActionId.OPEN_CASE].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        # Ctrl+W as in every tabbed program, and the platform's own close keys (Ctrl+F4).
        close_keys = [QKeySequence("Ctrl+W")]
        close_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
                       if k not in close_keys]
        self._add(ActionId.CLOSE_CASE_TAB, self.tr("Close case &tab"), "", close_keys,
                  self.tr("Close the tab of the case on screen"))
        self._add(ActionId.SIGN_OUT, self.tr("Sign &out…"), "", [],
                  self.tr("Sign out and let another user sign in"))
        self._add(ActionId.QUIT, self.tr("&Quit"), "quit", [QKeySequence("Ctrl+Q")],
                  self.tr("Close the application"))
        self._actions[ActionId.QUIT].setMenuRole(QAction.MenuRole.QuitRole)
        self._add(ActionId.ABOUT, self.tr("&About Smarttek DSAR Desk"), "about", [],
                  self.tr("Version and licence"))
        self._actions[ActionId.ABOUT].setMenuRole(QAction.MenuRole.AboutRole)
        self._add(ActionId.HELP, self.tr("User &guide"), "", [QKeySequence(Qt.Key.Key_F1)],
                  self.tr("How to work a request, the deadlines, the keys and the roles"))

    def _add(self, key: ActionId, text: str, icon_name: str, shortcuts: list[QKeySequence],
             tip: str) -> None:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self.parent())
        action.setShortcuts(shortcuts)
        native = QKeySequence.SequenceFormat.NativeText
        shortcut = shortcuts[0].toString(native) if shortcuts else ""
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        action.setStatusTip(tip)
        self._actions[key] = action

    def __getitem__(self, key: ActionId) -> QAction:
        return self._actions[key]
