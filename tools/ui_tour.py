"""Screenshots of every screen, in Chinese and English, on a virtual X display (Xvfb with
openbox), to look at before calling a UI change done.

    .venv/bin/python tools/ui_tour.py /tmp/tour        # writes /tmp/tour/{zh_CN,en}-*.png
    .venv/bin/python tools/ui_tour.py /tmp/tour --docs # also the README's docs/screenshots/

Each language runs in its own process with a fresh temporary data directory. With ``--docs``
the shots named in DOC_SHOTS are also written, each cropped to its window (or to the widget
shown) and reduced to 256 colours, under docs/screenshots/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DOCS = ROOT / "docs" / "screenshots"
DOC_SHOTS = {
    ("zh_CN", "templates"): "templates.png",
    ("zh_CN", "templates-wording"): "template-editor.png",
    ("zh_CN", "knowledge"): "knowledge.png",
    ("zh_CN", "settings"): "settings.png",
    ("zh_CN", "stats"): "statistics.png",
    ("en", "settings"): "settings-en.png",
}
"""(language, tour shot): the file under docs/screenshots/ it is also written to with --docs."""

HANDBOOK = """# 退换货说明

## 七天无理由

签收后 7 天内，商品未使用、吊牌完好的，可以申请**七天无理由退货**。

## 运费

- 质量问题：来回运费由店铺承担；
- 非质量原因：退回运费由您承担。

## 客服要点

客服先确认订单和签收时间，不要承诺“一定能退”。
"""


def record_sample_uses(huashu) -> None:
    """A month of uses, spread over the days and actions, for the statistics window."""
    from datetime import timedelta

    from sqlalchemy import insert

    from assistant.store.tables import usage_events, utcnow

    used = huashu.templates.list()[:12]
    now = utcnow()
    rows = [{"template_id": t.id, "action": ("paste", "send", "copy")[(i + day) % 3 % 2 * (i % 3)],
             "used_at": now - timedelta(days=day, minutes=i)}
            for day in range(30) for i, t in enumerate(used) if (i * 7 + day * 3) % 5 < 2 + i % 3]
    with huashu.db.transaction() as conn:
        conn.execute(insert(usage_events), rows)
    for t in used:
        huashu.templates.record_use(t.id, "paste")


def save_for_docs(image, path: Path) -> None:
    """Screenshots are flat colours and anti-aliased text: a 256-colour palette without
    dithering keeps the text sharp at a quarter of the size."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.PreferDither
    image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path), "PNG", 0)


def tour(out: Path, language: str, docs: bool = False) -> None:
    from PySide6.QtCore import QEventLoop, QPoint, QRect, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication([])
    from assistant.app import open_app
    from assistant.ui.knowledge_window import KnowledgeWindow
    from assistant.ui.popup import KB_TAB, QuickReplyPopup
    from assistant.ui.screens import place_on_mouse_screen
    from assistant.ui.settings_dialog import SettingsDialog
    from assistant.ui.templates_window import TemplatesWindow
    from assistant.ui.toast import Toast
    from assistant.ui.translations import install_translations
    from assistant.ui.worker import LatestOnly, Worker

    install_translations(app, language)
    huashu = open_app()
    huashu.settings.set_many({"agent_name": "小美", "shop_name": "花间小铺", "language": language})
    huashu.search.ensure_ready()
    handbook = Path(tempfile.mkdtemp()) / "退换货手册.md"
    handbook.write_text(HANDBOOK, encoding="utf-8")
    worker = Worker("tour")

    def spin(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(name: str, shown=None) -> None:
        """The whole screen; with --docs, the docs' shots cropped to ``shown`` too."""
        spin()
        path = out / f"{language}-{name}.png"
        screen = app.primaryScreen().grabWindow(0)
        screen.save(str(path))
        print(path)
        if docs and (language, name) in DOC_SHOTS:
            area = shown.frameGeometry() if shown.isWindow() else \
                QRect(shown.mapToGlobal(QPoint(0, 0)), shown.size()).adjusted(-4, -4, 4, 4)
            save_for_docs(screen.copy(area).toImage(), DOCS / DOC_SHOTS[language, name])
            print(DOCS / DOC_SHOTS[language, name])

    popup = QuickReplyPopup(keep_focus=app.platformName() == "xcb")  # as on an X11 desk
    popup.attach(huashu.search, huashu.rendering, LatestOnly(worker))
    popup.set_customer("王小明", popup.customer().gender.MALE)
    popup.open()
    popup.query.setText("退货")
    shot("popup-templates")
    popup.tabs.setCurrentIndex(KB_TAB)
    shot("popup-knowledge")
    popup.show_menu()
    shot("popup-menu")
    popup.menu.hide()
    popup.hide()

    toast = Toast()
    toast.show_notice(app.translate("TrayApp", "已复制，请粘贴"), app.translate(
        "TrayApp", "没有找到原来的聊天窗口：回复已在剪贴板上，请在聊天窗口按 Ctrl+V 粘贴。"))
    shot("toast")
    toast.hide()

    team = Path(tempfile.mkdtemp())
    huashu.templates.add(title="团队统一开场白", body="{称呼}您好，欢迎光临{店铺}，我是{客服}。",
                         shortcut="tdkc", category="团队话术")
    huashu.packs.build(team / "team.huashu", pack_id="acme", name="售后团队话术", version=1,
                       categories=["团队话术"])
    huashu.templates.delete(next(t.id for t in huashu.templates.list("团队话术")))
    huashu.packs.subscribe(str(team / "team.huashu"))
    manager = TemplatesWindow(huashu.templates, huashu.rendering, huashu.packs.names,
                              categories=huashu.categories, search=huashu.search, worker=worker)
    place_on_mouse_screen(manager)
    manager.show()
    shot("templates", manager)
    from assistant.ui.category_tree import CATEGORY, DeleteCategoryDialog

    after_sales = next(c for c in huashu.templates.categories() if c.path == "售后退换")
    manager.tree.select(CATEGORY, after_sales.id)
    manager.list.selectAll()
    manager.toggle_favorite()
    manager.body.setPlainText("{称呼}您好，订单{订单号}已退款，{坏的占位符")
    shot("templates-category")
    manager._load(manager._current)
    asking = DeleteCategoryDialog(after_sales, huashu.templates.categories(),
                                  len(huashu.templates.list("售后退换")), manager)
    asking.show()
    shot("templates-delete-category")
    asking.close()
    manager.reload(select=next(t.id for t in huashu.templates.list("团队话术")))
    shot("templates-pack-item")
    manager.reload(select=huashu.templates.list()[0].id)
    manager.body.setPlainText(manager.body.toPlainText() + "{订单号")
    shot("templates-lint")
    manager.body.setPlainText("{称呼}您好，我是{客服}。您的订单 {订单号} 今天发出，"
                              "我们保证全网最低价，第一时间为您发货。")
    manager.shortcut.setText(huashu.templates.list()[1].shortcut + "x")
    shot("templates-wording", manager.editor)
    QTimer.singleShot(600, lambda: shot("templates-unsaved") or
                      next(w for w in app.topLevelWidgets()
                           if isinstance(w, QMessageBox) and w.isVisible()).reject())
    manager.new()
    manager._load(manager._current)
    manager.close()

    from assistant.ui.pack_export import PackExportDialog

    export = PackExportDialog(huashu, worker)
    place_on_mouse_screen(export)
    export.show()
    shot("pack-export")
    export.close()

    knowledge = KnowledgeWindow(huashu, worker)
    place_on_mouse_screen(knowledge)
    knowledge.show()
    knowledge.import_paths([handbook])
    spin(1500)
    knowledge.report.hide()
    imported = next(a for a in huashu.knowledge.list() if a.source_file == handbook.name)
    knowledge.tree.setCurrentIndex(knowledge.tree_model.find(imported.id))
    shot("knowledge-browse")
    knowledge.view.setCurrentIndex(1)
    spin(200)
    shot("knowledge-documents")
    knowledge.view.setCurrentIndex(0)
    knowledge.query.setText("运费")
    shot("knowledge", knowledge)
    shipping = next(a for a in huashu.knowledge.list()
                    if a.source_file == handbook.name and a.title == "运费")
    knowledge.tree.setCurrentIndex(knowledge.tree_model.find(shipping.id))
    knowledge.edit()
    knowledge.editor.body.setPlainText(knowledge.editor.body.toPlainText() + "\n- 换货：")
    shot("knowledge-editor")
    knowledge.editor.load(knowledge.editor.article, [])
    knowledge.cancel_edit()
    from assistant.services.kb_import import READING, ImportProgress

    knowledge.importer.open_dialog(3)
    knowledge.importer._show_progress(ImportProgress(READING, 1, 3, "员工手册2024版.docx"))
    shot("knowledge-import")
    knowledge.importer._close()
    knowledge.close()

    from assistant.ui.stats_window import StatsWindow

    record_sample_uses(huashu)
    stats = StatsWindow(huashu, worker)
    place_on_mouse_screen(stats)
    stats.show()
    spin(800)
    shot("stats", stats)
    stats.close()

    from assistant.platform.autostart import XdgAutostart
    from assistant.services.backup import Backups
    from assistant.services.start_at_login import StartAtLogin
    from assistant.ui.settings_dialog import SettingsHooks

    login = StartAtLogin(XdgAutostart(Path(tempfile.mkdtemp())), ["huashu", "start"])
    hooks = SettingsHooks(try_hotkey=lambda _hotkey: None, start_at_login=login,
                          backups=Backups(huashu.home), restore=lambda _path, _done: None,
                          language_live=True)
    dialog = SettingsDialog(huashu.settings, hooks)
    place_on_mouse_screen(dialog)
    dialog.show()
    shot("settings", dialog)
    dialog.hotkey.setFocus()
    shot("settings-recording")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(dialog.hotkey, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    shot("settings-reserved-hotkey")
    dialog.data.back_up_to(None)
    shot("settings-backed-up")
    dialog.close()
    worker.shutdown()
    huashu.close()


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--docs"]
    docs = "--docs" in sys.argv
    out = Path(args[0] if args else "/tmp/huashu-tour").resolve()
    out.mkdir(parents=True, exist_ok=True)
    if docs:
        DOCS.mkdir(parents=True, exist_ok=True)
    if len(args) > 1:  # the child: one language on the display it was given
        tour(out, args[1], docs)
        return 0
    from tests.e2e.desktop import VirtualDesktop

    with VirtualDesktop("openbox", "1280x800x24") as desktop:
        for language in ("zh_CN", "en"):
            with tempfile.TemporaryDirectory() as home:
                env = desktop.env(HUASHU_HOME=str(Path(home) / "huashu"))
                subprocess.run([sys.executable, __file__, str(out), language,
                                *(["--docs"] if docs else [])], env=env, check=True)
    return 0


if __name__ == "__main__":
    os.environ.pop("QT_QPA_PLATFORM", None)
    sys.exit(main())
