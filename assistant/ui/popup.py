"""The quick-reply popup: search, pick, fill in, deliver. Keyboard first.

It is created once at start and reused. It knows nothing of pasting: a choice is announced with
``chosen(text, template_id, mode)`` and the tray app delivers it. Where the desktop allows it
(X11), the popup takes the keys with a grab and leaves the focus on the chat window
(``popup_grab``); elsewhere it is a frameless tool window that takes the focus.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.core.salutation import Gender
from assistant.services.rendering import Customer, RenderService

from .article_view import ArticleView
from .popup_grab import FOCUS, PopupGrab
from .results import ResultDelegate, ResultModel, ResultRow
from .screens import fit, screen_under_mouse
from .worker import LatestOnly

if TYPE_CHECKING:  # loaded with the data, after the popup can already show
    from assistant.services.search import SearchHit, SearchService

TEMPLATES_TAB, KB_TAB = 0, 1
MODE_PASTE, MODE_SEND, MODE_COPY = "paste", "send", "copy"
RESULT_LIMIT = 30
HAND_OVER_MS = 40
"""How long the popup stays on screen, without the focus, once it has handed a reply over.
Hiding it takes the UI thread a few milliseconds, and right after the paste keys that is
when the chat window asks this thread for the clipboard's contents while its own processes
wake up to take the focus back: the hide comes after that, as a rule."""
_GENDERS = (Gender.MALE, Gender.FEMALE, Gender.UNKNOWN)


def _one_line(text: str) -> str:
    return " ".join(text.split())



def _match_spans(text: str, query: str):
    """services.reading loads the search analysis (and whoosh): only once results show."""
    if not query.strip():
        return ()
    from assistant.services.reading import match_spans

    return match_spans(text, query)


def _forget_activation() -> None:
    """Make Qt consider none of our windows active (it then activates none on its own)."""
    if QApplication.activeWindow() is None:
        return
    with warnings.catch_warnings():  # deprecated in Qt 6.5 for activating, not for this
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(None)


def _read_article(body: str, query: str):
    from assistant.services.reading import read_article

    return read_article(body, query)

class QuickReplyPopup(QWidget):
    chosen = Signal(str, object, str)  # text, template id (None for an article), mode
    dismissed = Signal()
    open_window = Signal(str)  # "templates", "knowledge", "stats" or "settings"
    painted = Signal(float)  # perf_counter() of the first paint after each show

    def __init__(self, parent: QWidget | None = None, *, keep_focus: bool = False,
                 grab: Callable[[str, bool], bool] | None = None) -> None:
        """``keep_focus``: grab the keys and leave the focus on the chat window (X11 only);
        ``grab`` replaces the real grab in tests (see ``PopupGrab``)."""
        flags = Qt.WindowType.Popup if keep_focus else (
            Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint)
        super().__init__(parent, flags)
        self._grab = PopupGrab(self, self._take_focus, self.dismiss, grab) \
            if keep_focus else None
        self.setObjectName("quickReplyPopup")
        self.setWindowTitle(self.tr("话术助手"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._search: SearchService | None = None
        self._rendering: RenderService | None = None
        self._kb: LatestOnly | None = None
        self._tab = TEMPLATES_TAB
        self._rows: dict[int, list[ResultRow]] = {TEMPLATES_TAB: [], KB_TAB: []}
        self._rebuilding = False
        self._composing = False
        self._pending_mode = MODE_PASTE
        self._fields: dict[str, QLineEdit] = {}
        self._awaiting_paint = False
        self._openings = 0
        self._leaving = QTimer(self)
        self._leaving.setSingleShot(True)
        self._leaving.setInterval(HAND_OVER_MS)
        self._leaving.timeout.connect(self._close)
        self._build()
        if self._grab is not None:
            self._grab.watch(self.results.viewport(), self.preview.viewport())

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        frame = QFrame(self)
        frame.setObjectName("popupFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(6)

        customer = QHBoxLayout()
        label = QLabel(self.tr("客户(&N)"))
        self.customer_name = QLineEdit()
        self.customer_name.setPlaceholderText(self.tr("客户姓名，如 王小明"))
        self.customer_name.setMaxLength(40)
        self.customer_name.setClearButtonEnabled(True)
        label.setBuddy(self.customer_name)
        self.gender = QComboBox()
        self.gender.addItems([self.tr("先生"), self.tr("女士"), self.tr("未知")])
        self.gender.setCurrentIndex(2)
        gender_label = QLabel(self.tr("称谓(&G)"))
        gender_label.setBuddy(self.gender)
        self.clear_customer = QPushButton(self.tr("清除客户"))
        self.clear_customer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_customer.clicked.connect(self.reset_customer)
        customer.addWidget(label)
        customer.addWidget(self.customer_name, 1)
        customer.addWidget(gender_label)
        customer.addWidget(self.gender)
        customer.addWidget(self.clear_customer)
        layout.addLayout(customer)

        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setPlaceholderText(self.tr("输入关键词、拼音首字母或快捷码…"))
        self.query.setClearButtonEnabled(True)
        self.menu = QMenu(self)
        for name, label in (("templates", self.tr("模板管理(&T)")),
                            ("knowledge", self.tr("知识库(&K)")),
                            ("stats", self.tr("使用统计(&U)")),
                            ("settings", self.tr("设置(&S)"))):
            action = self.menu.addAction(label)
            action.triggered.connect(lambda _=False, name=name: self._open_window(name))
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("menuButton")
        self.menu_button.setText("☰")
        self.menu_button.setToolTip(self.tr("菜单：模板管理、知识库、使用统计、设置（Alt+M）"))
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.menu_button.setAutoRaise(True)
        self.menu_button.clicked.connect(self.show_menu)
        query_row = QHBoxLayout()
        query_row.addWidget(self.query, 1)
        query_row.addWidget(self.menu_button)
        layout.addLayout(query_row)

        self.tabs = QTabBar()
        self.tabs.addTab(self.tr("模板"))
        self.tabs.addTab(self.tr("知识库"))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.setDrawBase(False)
        layout.addWidget(self.tabs)

        self.model = ResultModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = ArticleView()
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setPlaceholderText(self.tr("预览"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.results)
        splitter.addWidget(self.preview)
        splitter.setSizes([430, 330])
        layout.addWidget(splitter, 1)

        self.fill_in = QFrame()
        self.fill_in.setObjectName("fillIn")
        self.fill_in_form = QFormLayout(self.fill_in)
        self.fill_in_form.setContentsMargins(0, 0, 0, 0)
        self.fill_in.hide()
        layout.addWidget(self.fill_in)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._show_hints()

        self.query.textChanged.connect(self._query_changed)
        self.query.installEventFilter(self)
        self.customer_name.installEventFilter(self)
        self.gender.installEventFilter(self)
        self.customer_name.textChanged.connect(self._update_preview)
        self.gender.currentIndexChanged.connect(self._update_preview)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.results.selectionModel().currentChanged.connect(self._update_preview)
        self.results.doubleClicked.connect(lambda _: self.choose(MODE_PASTE))
        self.setStyleSheet("""
            #popupFrame { background: palette(window); border: 1px solid palette(mid);
                          border-radius: 6px; }
            #query { font-size: 15px; padding: 5px; }
            #status { color: palette(placeholder-text); }
        """)
        self.resize(780, 460)

    def _show_hints(self) -> None:
        if self._tab == KB_TAB:
            self.status.setText(self.tr("Enter 粘贴右侧高亮的段落（在预览中选中文字则只粘贴所选）· "
                                        "Ctrl+C 复制 · Tab 模板 · Alt+M 菜单 · Esc 关闭"))
        else:
            self.status.setText(self.tr("Enter 粘贴 · Ctrl+Enter 粘贴并发送 · Ctrl+C 复制 · "
                                        "Alt+1…9 选择 · Tab 知识库 · Alt+M 菜单 · Esc 关闭"))

    def show_menu(self) -> None:
        self.menu.popup(self.menu_button.mapToGlobal(self.menu_button.rect().bottomLeft()))

    def _open_window(self, name: str) -> None:
        self.dismiss()
        self.open_window.emit(name)

    # -- wiring ------------------------------------------------------------------------------

    def attach(self, search: SearchService, rendering: RenderService, kb: LatestOnly) -> None:
        """Connect the services once they are loaded (the popup can show before that)."""
        self._search, self._rendering, self._kb = search, rendering, kb
        self._show_hints()
        self.refresh()

    @property
    def ready(self) -> bool:
        return self._search is not None

    def set_notice(self, text: str) -> None:
        self.status.setText(text)

    # -- showing -----------------------------------------------------------------------------

    def open(self, *, from_outside: bool = True) -> None:
        """Show on the screen under the mouse with an empty query and the customer kept.
        ``from_outside``: the focus is in another program's window, not one of ours.

        The window is mapped first and the results filled in while the window manager maps
        it: they are in place before the first paint all the same, which the event loop does
        only after this returns."""
        if self._leaving.isActive():  # opened again while leaving: map it afresh, so that it
            self._leaving.stop()  # grabs the keys, or the window manager hands it the focus
            self._close()
        self._openings += 1
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self._close_fill_in()
        self._show_hints()
        self._place()
        self._awaiting_paint = True
        if self._grab is not None and from_outside and not self.isVisible():
            _forget_activation()  # Qt learns of a focus loss 100 ms late (see _close)
        self.show()
        self.raise_()
        if self._grab is not None:
            self._grab.take()
        else:
            self.activateWindow()
        self.query.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        QGuiApplication.sync()  # send the map request now, not when the event loop next waits
        if self._tab != TEMPLATES_TAB:
            self.tabs.setCurrentIndex(TEMPLATES_TAB)
        else:
            self.refresh()

    def _place(self) -> None:
        screen = screen_under_mouse()
        if screen is not None:
            self.setGeometry(fit(self.width(), self.height(), screen.availableGeometry(), 0.25))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._awaiting_paint:
            self._awaiting_paint = False
            self.painted.emit(time.perf_counter())

    def set_customer(self, name: str, gender: Gender) -> None:
        self.customer_name.setText(name.strip()[:40])
        self.gender.setCurrentIndex(_GENDERS.index(gender))

    def reset_customer(self) -> None:
        self.customer_name.clear()
        self.gender.setCurrentIndex(_GENDERS.index(Gender.UNKNOWN))
        self.query.setFocus()

    def customer(self) -> Customer:
        return Customer(self.customer_name.text().strip(), _GENDERS[self.gender.currentIndex()])

    def closeEvent(self, event) -> None:
        """Qt closes a grabbing popup itself on a click outside or when it believes the
        application lost the focus: nor then may it hand the activation to another of our
        windows (see _close)."""
        if self._grab is not None:
            _forget_activation()
        super().closeEvent(event)

    def _take_focus(self) -> None:
        """The keyboard could not be grabbed: take the focus as an ordinary window does."""
        self.activateWindow()
        self.query.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def keys_by(self) -> str:
        """How the agent's keys reach the open popup: "focus", "grab" (the chat window keeps
        the focus), or "waiting" (for another program to let go of the keyboard)."""
        return self._grab.state if self._grab is not None else FOCUS

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            opening = self._openings
            QTimer.singleShot(0, lambda: self._hide_if_abandoned(opening))

    def _hide_if_abandoned(self, opening: int) -> None:
        """The agent clicked into another application: get out of the way (no focus games).
        Not if the popup has been opened again since it lost the focus."""
        if opening == self._openings and self.is_open() and QApplication.activeWindow() is None \
                and QApplication.activePopupWidget() is None:
            self.hide()

    # -- searching ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._query_changed(self.query.text())

    def content_changed(self) -> None:
        """Templates or articles changed while the popup is open: search again, keeping the
        agent's place in the list."""
        current = self.current_row()
        self.refresh()
        if current is not None and self._tab == TEMPLATES_TAB:
            for number in range(self.model.rowCount()):
                if self.model.row_at(number).id == current.id:
                    self.results.setCurrentIndex(self.model.index(number, 0))
                    break

    def _query_changed(self, text: str) -> None:
        if self._search is None:
            self.status.setText(self.tr("正在加载模板和知识库…"))
            return
        self._set_rows(TEMPLATES_TAB, [self._template_row(h) for h in
                                       self._search.search_templates(text, RESULT_LIMIT)])
        if text.strip() and self._kb is not None:
            search = self._search
            self._kb.ask(lambda: search.search_kb(text, RESULT_LIMIT),
                         lambda hits: self._set_rows(KB_TAB, [self._article_row(h, text)
                                                              for h in hits]))
        else:
            if self._kb is not None:
                self._kb.cancel()
            self._set_rows(KB_TAB, [])

    def _template_row(self, hit: SearchHit) -> ResultRow:
        snippet = self._render(hit.snippet).text if self._rendering else hit.snippet
        preview, query = _one_line(snippet), self.query.text()
        return ResultRow("template", hit.id, hit.title, hit.category or "", hit.shortcut or "",
                         preview, hit.body, _match_spans(hit.title, query),
                         _match_spans(preview, query))

    def _article_row(self, hit: SearchHit, query: str) -> ResultRow:
        preview = _one_line(hit.passage)
        return ResultRow("article", hit.id, hit.title, hit.category or hit.source or "", "",
                         preview, hit.body, _match_spans(hit.title, query),
                         _match_spans(preview, query), hit.passage, hit.source or "")

    def _set_rows(self, tab: int, rows: list[ResultRow]) -> None:
        self._rows[tab] = rows
        count = len(rows)
        label = (self.tr("模板"), self.tr("知识库"))[tab]
        self.tabs.setTabText(tab, f"{label} {count}" if self.query.text().strip() else label)
        if tab == self._tab:
            self._show_rows(rows)

    def _tab_changed(self, tab: int) -> None:
        self._tab = tab
        if not self._fields:
            self._show_hints()
        self._show_rows(self._rows[tab])

    def _show_rows(self, rows: list[ResultRow]) -> None:
        """List ``rows`` with the first current, and preview it once (not at each step of
        the list's rebuild)."""
        self._rebuilding = True
        try:
            self.model.set_rows(rows)
            if rows:
                self.results.setCurrentIndex(self.model.index(0, 0))
        finally:
            self._rebuilding = False
        self._update_preview()

    def current_row(self) -> ResultRow | None:
        return self.model.row_at(self.results.currentIndex().row())

    def _render(self, text: str):
        assert self._rendering is not None
        fields = {name: edit.text() for name, edit in self._fields.items() if edit.text()}
        clipboard = ""
        if "{剪贴板" in text or "{clipboard" in text:
            clipboard = QGuiApplication.clipboard().text()
        return self._rendering.render(text, self.customer(), fields, clipboard)

    def rendered_text(self) -> tuple[str, tuple[str, ...]]:
        """What choosing the current row delivers, and the fill-ins it still needs: text the
        agent selected in the preview, else an article's passage or the rendered template."""
        row = self.current_row()
        if row is None or self._rendering is None:
            return "", ()
        selected = self.preview.selected_text()
        if selected:
            return selected, ()
        if row.kind != "template":
            return row.passage, ()
        rendered = self._render(row.body)
        return rendered.text, rendered.missing

    def _update_preview(self, *_) -> None:
        if self._rebuilding:
            return
        row = self.current_row()
        if row is None or self._rendering is None:
            self.preview.clear()
        elif row.kind == "template":
            self.preview.show_text(self._render(row.body).text)
        else:
            self.preview.show_article(row.title, _read_article(row.body, self.query.text()),
                                      row.source)

    # -- choosing ----------------------------------------------------------------------------

    def choose(self, mode: str, row_number: int | None = None) -> None:
        if self._leaving.isActive():
            return  # a reply was just handed over: a repeated Enter or click must not paste again
        if row_number is not None:
            if row_number >= self.model.rowCount():
                return
            self.results.setCurrentIndex(self.model.index(row_number, 0))
        row = self.current_row()
        if row is None:
            return
        text, missing = self.rendered_text()
        if missing and row.kind == "template":
            self._pending_mode = mode
            self._open_fill_in(missing)
            return
        self._deliver(text, row, mode)

    def is_open(self) -> bool:
        """On screen for the agent: not merely lingering after a reply (HAND_OVER_MS)."""
        return self.isVisible() and not self._leaving.isActive()

    def _deliver(self, text: str, row: ResultRow, mode: str) -> None:
        """Hand the reply over while the popup is still on screen, and hide afterwards. A popup
        with the focus gives it straight to the chat window instead of through the window
        manager's idea of what should have it once the popup is gone (services.paste); one
        that grabs the keys lets go of the keyboard first."""
        self._close_fill_in()
        if self._grab is not None:
            self._grab.release()
        self.chosen.emit(text, row.id if row.kind == "template" else None, mode)
        self._leaving.start()

    def _open_fill_in(self, names: tuple[str, ...]) -> None:
        """Ask for the fill-ins that have no value (those with a default are not asked)."""
        self._close_fill_in()
        for name in names:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("填写 {name}").replace("{name}", name))
            edit.installEventFilter(self)
            edit.textChanged.connect(self._update_preview)
            self.fill_in_form.addRow(QLabel(name), edit)
            self._fields[name] = edit
        self.fill_in.show()
        self.status.setText(self.tr("请填写后按 Enter（Esc 返回）"))
        next(iter(self._fields.values())).setFocus()

    def _close_fill_in(self) -> None:
        if not self._fields:
            return
        self._fields.clear()
        while self.fill_in_form.rowCount():
            self.fill_in_form.removeRow(0)
        self.fill_in.hide()
        self._show_hints()
        self._update_preview()

    def dismiss(self) -> None:
        self._close_fill_in()
        self.dismissed.emit()
        self._close()

    def _close(self) -> None:
        """Hide, after the reply was handed over or the popup dismissed: the focus is where
        that put it. A grabbing popup is Qt's active window, and on hiding it Qt would give
        the activation back to whichever of our windows it believes active before, focusing
        it: Qt hears of a focus loss only 100 ms late, and not at all of the chat window's
        focus moving while the popup grabs."""
        if self._grab is not None:
            self._grab.cancel()
            _forget_activation()
        self.hide()

    # -- keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._grab is not None and kind in (QEvent.Type.KeyPress, QEvent.Type.InputMethod):
            self._grab.activity()
        if kind == QEvent.Type.InputMethod:
            self._composing = bool(event.preeditString())
            return False
        if kind != QEvent.Type.KeyPress:
            return False
        if self._leaving.isActive():
            return True  # keys typed while the reply is handed over are not the popup's
        assert isinstance(event, QKeyEvent)
        if watched is self.query:
            return self._query_key(event)
        if watched in self._fields.values():
            return self._fill_in_key(watched, event)
        if watched in (self.customer_name, self.gender):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape) \
                    and not self._composing:
                self.query.setFocus()
                return True
        return False

    def _query_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if self._composing:
            return False  # the input method owns Enter, Esc and arrows while composing
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.choose(MODE_SEND if ctrl else MODE_PASTE)
            return True
        if key == Qt.Key.Key_Escape:
            self.dismiss()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._move(key)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.tabs.setCurrentIndex(1 - self._tab)
            return True
        if ctrl and key == Qt.Key.Key_C and not self.query.hasSelectedText():
            self.choose(MODE_COPY)
            return True
        if alt and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.choose(MODE_PASTE, key - Qt.Key.Key_1)
            return True
        if alt and key == Qt.Key.Key_M:
            self.show_menu()
            return True
        return False

    def _move(self, key: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5,
                Qt.Key.Key_PageUp: -5}[key]
        row = max(0, min(count - 1, self.results.currentIndex().row() + step))
        self.results.setCurrentIndex(self.model.index(row, 0))

    def _fill_in_key(self, edit: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if self._composing:
            return False
        if key == Qt.Key.Key_Escape:
            self._close_fill_in()
            self.query.setFocus()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            empty = [e for e in self._fields.values() if not e.text().strip()]
            if empty:
                empty[0].setFocus()
                if empty[0] is edit:
                    self.status.setText(self.tr("请先填写这一项（Esc 返回）"))
                return True
            mode = MODE_SEND if event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                else self._pending_mode
            row = self.current_row()
            text, missing = self.rendered_text()
            if row is not None and not missing:
                self._deliver(text, row, mode)
            return True
        return False

