"""The popup's keyboard flow, offscreen, with real services and no desktop."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from assistant.core.salutation import Gender
from assistant.ui.popup import HAND_OVER_MS, KB_TAB, TEMPLATES_TAB, QuickReplyPopup
from assistant.ui.worker import LatestOnly, Worker


@pytest.fixture
def popup(qtbot, app):
    app.templates.add(title="测试问候", body="{称呼}您好，这里是测试回复。", shortcut="zzcs",
                      category="测试")
    app.templates.add(title="测试查单", body="{称呼}，订单{订单号}已发出，快递{快递}，{提醒|请留意查收}。",
                      shortcut="zzcd", category="测试")
    app.knowledge.add(title="七天无理由退货规则", body="签收后七天内，商品完好可申请无理由退货。",
                      category="售后")
    widget = QuickReplyPopup()
    qtbot.addWidget(widget)
    worker = Worker("kb-test")
    widget.attach(app.search, app.rendering, LatestOnly(worker))
    widget.open()
    qtbot.waitExposed(widget)
    yield widget
    worker.shutdown()


def type_query(qtbot, popup, text):
    """Latin letters as key presses; Chinese as an input method would commit it."""
    popup.query.setFocus()
    popup.query.clear()
    enter_text(qtbot, popup.query, text)


def enter_text(qtbot, widget, text):
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    commit = QInputMethodEvent("", [])
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)


def test_typing_a_shortcut_puts_its_template_first_with_a_rendered_preview(qtbot, popup):
    type_query(qtbot, popup, "zzcs")
    row = popup.current_row()
    assert row.title == "测试问候" and row.category == "测试" and row.shortcut == "zzcs"
    assert popup.preview.toPlainText() == "亲您好，这里是测试回复。"


def test_enter_delivers_the_text_addressed_to_the_customer_in_the_bar(qtbot, popup):
    popup.set_customer("王小明", Gender.MALE)
    type_query(qtbot, popup, "zzcs")
    with qtbot.waitSignal(popup.chosen) as chosen:
        qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    text, template_id, mode = chosen.args
    assert text == "王先生您好，这里是测试回复。"
    assert mode == "paste" and template_id
    assert not popup.is_open()
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=1000)


def _visible_when(signal, popup) -> list[bool]:
    seen: list[bool] = []
    signal.connect(lambda *args: seen.append(popup.isVisible()))
    return seen


def test_the_popup_hides_only_once_the_reply_is_handed_over(qtbot, popup):
    """It gives the focus away itself, so the window manager has none to tidy up after it,
    and leaves the screen once the chat window has had time to read the clipboard."""
    seen = _visible_when(popup.chosen, popup)
    type_query(qtbot, popup, "zzcs")
    qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    assert seen == [True] and popup.isVisible() and not popup.is_open()
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=1000)


def test_a_repeated_enter_while_the_popup_leaves_does_not_deliver_twice(qtbot, popup):
    chosen = []
    popup.chosen.connect(lambda *args: chosen.append(args))
    type_query(qtbot, popup, "zzcs")
    qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    qtbot.keyClick(popup.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    popup.choose("paste", 0)
    assert len(chosen) == 1


def test_opening_again_while_the_popup_leaves_keeps_it_open(qtbot, popup):
    type_query(qtbot, popup, "zzcs")
    qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    popup.open()
    assert popup.is_open()
    qtbot.wait(HAND_OVER_MS * 3)
    assert popup.is_open()


def test_the_popup_hides_only_once_the_focus_is_given_back(qtbot, popup):
    seen = _visible_when(popup.dismissed, popup)
    qtbot.keyClick(popup.query, Qt.Key.Key_Escape)
    assert seen == [True] and not popup.isVisible()


def test_the_customer_bar_is_kept_until_cleared(qtbot, popup):
    popup.set_customer("欧阳娜娜", Gender.FEMALE)
    popup.hide()
    popup.open()
    type_query(qtbot, popup, "zzcs")
    assert popup.preview.toPlainText().startswith("欧阳女士您好")
    popup.reset_customer()
    assert popup.preview.toPlainText().startswith("亲您好")


def test_ctrl_enter_sends_and_ctrl_c_copies(qtbot, popup):
    type_query(qtbot, popup, "zzcs")
    with qtbot.waitSignal(popup.chosen) as chosen:
        qtbot.keyClick(popup.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert chosen.args[2] == "send"
    popup.open()
    type_query(qtbot, popup, "zzcs")
    with qtbot.waitSignal(popup.chosen) as chosen:
        qtbot.keyClick(popup.query, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert chosen.args[2] == "copy"


def test_ctrl_c_with_selected_query_text_copies_the_selection_instead(qtbot, popup):
    type_query(qtbot, popup, "zzcs")
    popup.query.selectAll()
    with qtbot.assertNotEmitted(popup.chosen):
        qtbot.keyClick(popup.query, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert popup.isVisible()


def test_arrows_and_alt_number_pick_other_rows(qtbot, popup):
    type_query(qtbot, popup, "测试")
    assert popup.model.rowCount() >= 2
    first = popup.current_row()
    qtbot.keyClick(popup.query, Qt.Key.Key_Down)
    second = popup.current_row()
    assert second != first
    qtbot.keyClick(popup.query, Qt.Key.Key_Up)
    assert popup.current_row() == first
    titles = [popup.model.row_at(i).title for i in range(popup.model.rowCount())]
    n = titles.index("测试问候")  # the one without fill-in fields
    with qtbot.waitSignal(popup.chosen) as chosen:
        qtbot.keyClick(popup.query, Qt.Key(Qt.Key.Key_1 + n), Qt.KeyboardModifier.AltModifier)
    assert chosen.args[1] == popup.model.row_at(n).id


def test_fill_in_fields_are_asked_before_delivering(qtbot, popup):
    popup.set_customer("李雷", Gender.MALE)
    type_query(qtbot, popup, "zzcd")
    with qtbot.assertNotEmitted(popup.chosen):
        qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    assert popup.fill_in.isVisible()
    order, courier = popup._fields["订单号"], popup._fields["快递"]
    assert QApplication.focusWidget() is order
    qtbot.keyClicks(order, "20261122")
    with qtbot.assertNotEmitted(popup.chosen):
        qtbot.keyClick(order, Qt.Key.Key_Return)  # moves on to the next empty field
    assert QApplication.focusWidget() is courier
    enter_text(qtbot, courier, "顺丰")
    assert "20261122" in popup.preview.toPlainText()
    with qtbot.waitSignal(popup.chosen) as chosen:
        qtbot.keyClick(courier, Qt.Key.Key_Return)
    assert chosen.args[0] == "李先生，订单20261122已发出，快递顺丰，请留意查收。"


def test_escape_in_fill_in_goes_back_to_the_search(qtbot, popup):
    type_query(qtbot, popup, "zzcd")
    qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    field = popup._fields["订单号"]
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not popup.fill_in.isVisible() and popup.isVisible()
    assert QApplication.focusWidget() is popup.query


def test_escape_dismisses(qtbot, popup):
    with qtbot.waitSignal(popup.dismissed), qtbot.assertNotEmitted(popup.chosen):
        qtbot.keyClick(popup.query, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_tab_switches_to_knowledge_base_results_found_off_the_ui_thread(qtbot, popup):
    type_query(qtbot, popup, "无理由退货")
    qtbot.waitUntil(lambda: bool(popup._rows[KB_TAB]), timeout=5000)
    qtbot.keyClick(popup.query, Qt.Key.Key_Tab)
    assert popup.tabs.currentIndex() == KB_TAB
    assert popup.current_row().title == "七天无理由退货规则"
    assert "七天内" in popup.preview.toPlainText()
    with qtbot.waitSignal(popup.chosen) as chosen:
        qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    assert chosen.args[1] is None and "无理由退货" in chosen.args[0]
    popup.open()
    assert popup.tabs.currentIndex() == TEMPLATES_TAB


def test_stale_knowledge_base_answers_are_dropped(qtbot, popup):
    for partial in ("七", "七天", "七天无", "xyzzy"):
        type_query(qtbot, popup, partial)
    qtbot.wait(300)
    assert popup._rows[KB_TAB] == []


def test_enter_while_an_input_method_composes_does_not_deliver(qtbot, popup):
    popup.query.setFocus()
    QApplication.sendEvent(popup.query, QInputMethodEvent("ceshi", []))
    with qtbot.assertNotEmitted(popup.chosen):
        qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    commit = QInputMethodEvent("", [])
    commit.setCommitString("测试")
    QApplication.sendEvent(popup.query, commit)
    assert popup.query.text() == "测试"
    with qtbot.waitSignal(popup.chosen):
        qtbot.keyClick(popup.query, Qt.Key.Key_Return)


def test_an_empty_query_offers_templates(qtbot, popup):
    assert popup.model.rowCount() > 0


def test_before_loading_the_popup_says_so(qtbot):
    widget = QuickReplyPopup()
    qtbot.addWidget(widget)
    widget.open()
    assert "加载" in widget.status.text()
    with qtbot.assertNotEmitted(widget.chosen):
        qtbot.keyClick(widget.query, Qt.Key.Key_Return)


def test_the_popup_gets_out_of_the_way_when_another_application_takes_the_focus(qtbot, popup):
    from PySide6.QtGui import QWindow

    qtbot.waitUntil(popup.isActiveWindow, timeout=3000)
    other_app = QWindow()  # stands in for a window Qt does not count as ours: not a widget
    other_app.show()
    other_app.requestActivate()
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=3000)
    other_app.destroy()


def test_a_dialog_of_our_own_does_not_hide_the_popup(qtbot, popup):
    from PySide6.QtWidgets import QWidget

    qtbot.waitUntil(popup.isActiveWindow, timeout=3000)
    ours = QWidget()
    qtbot.addWidget(ours)
    ours.show()
    ours.activateWindow()
    qtbot.waitUntil(ours.isActiveWindow, timeout=3000)
    qtbot.wait(50)
    assert popup.isVisible()


GUIDED_ARTICLE = """## 到账时间

押金原路退回，一般 1–7 个工作日到账。

## 客服要点

超过时效仍未到账的，客服同步提交核查。
"""


def open_kb(qtbot, popup, query):
    type_query(qtbot, popup, query)
    qtbot.waitUntil(lambda: bool(popup._rows[KB_TAB]), timeout=5000)
    qtbot.keyClick(popup.query, Qt.Key.Key_Tab)


def test_enter_on_a_kb_result_pastes_its_passage_shown_in_the_rendered_article(qtbot, app,
                                                                                popup):
    app.knowledge.add(title="测试押金到账规则", body=GUIDED_ARTICLE, category="测试")
    open_kb(qtbot, popup, "押金到账")
    assert popup.current_row().title == "测试押金到账规则"
    shown = popup.preview.toPlainText()
    assert "到账时间" in shown and "客服同步提交核查" in shown  # the whole article to read
    assert "##" not in shown
    html = popup.preview.toHtml()
    assert "background-color:#ffe27a" in html  # the matches are marked
    with qtbot.waitSignal(popup.chosen) as chosen:
        qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    assert chosen.args[0] == "押金原路退回，一般 1–7 个工作日到账。"
    assert chosen.args[1] is None


def test_text_selected_in_the_preview_is_what_gets_pasted(qtbot, app, popup):
    app.knowledge.add(title="测试押金到账规则", body=GUIDED_ARTICLE, category="测试")
    open_kb(qtbot, popup, "押金到账")
    cursor = popup.preview.document().find("1–7 个工作日")
    assert not cursor.isNull()
    popup.preview.setTextCursor(cursor)
    with qtbot.waitSignal(popup.chosen) as chosen:
        qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    assert chosen.args[0] == "1–7 个工作日"


def test_result_rows_mark_where_the_query_matches(qtbot, popup):
    type_query(qtbot, popup, "测试")
    row = popup.current_row()
    assert [row.title[s:e] for s, e in row.title_marks] == ["测试"]
    assert all(row.preview[s:e] == "测试" for s, e in row.preview_marks)


def test_the_menu_opens_the_management_windows(qtbot, popup):
    with qtbot.waitSignal(popup.open_window) as opened:
        popup.menu.actions()[1].trigger()
    assert opened.args == ["knowledge"]
    assert not popup.isVisible()
    popup.open()
    qtbot.keyClick(popup.query, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(popup.menu.isVisible, timeout=3000)
    popup.menu.hide()


def test_a_new_result_list_is_previewed_once_not_once_per_row(qtbot, popup, monkeypatch):
    shown = []
    monkeypatch.setattr(popup.preview, "show_text", lambda text: shown.append(text))
    popup.refresh()
    assert popup.model.rowCount() > 5
    assert shown == [popup.rendered_text()[0]]
    changes = []
    popup.results.selectionModel().currentChanged.connect(lambda *a: changes.append(a))
    popup.refresh()
    assert len(changes) <= 2  # the old rows go in one step, not one row at a time
