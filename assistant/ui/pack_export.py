"""导出为团队包: a team lead builds a pack of their own templates and articles, signed with
their key, ready to put in a shared folder or on a web server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from .messages import error_text
from .worker import Worker

LAST_BUILD = "_last_pack_build"
"""Setting that remembers the last build's choices, to suggest the next version."""


class PackExportDialog(QDialog):
    def __init__(self, huashu, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出为团队包"))
        self._huashu = huashu
        self._worker = worker
        self.pack_id = QLineEdit()
        self.pack_id.setPlaceholderText(self.tr("如 acme-aftersales（每个版本都相同）"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("客服看到的名称，如 售后话术"))
        self.version = QSpinBox()
        self.version.setRange(1, 2**31 - 1)
        self.categories = QListWidget()
        self.categories.setMaximumHeight(150)
        for category in huashu.templates.categories():
            if category.parent_id is None:
                item = QListWidgetItem(category.path)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.categories.addItem(item)
        self.key_file = QLineEdit()
        self.key_file.setPlaceholderText(self.tr("不签名"))
        choose_key = QPushButton(self.tr("选择…"))
        new_key = QPushButton(self.tr("新建密钥…"))
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_file, 1)
        key_row.addWidget(choose_key)
        key_row.addWidget(new_key)
        self.changelog = QPlainTextEdit()
        self.changelog.setPlaceholderText(self.tr("这个版本改了什么（更新后会告诉客服）"))
        self.changelog.setMaximumHeight(80)
        self.output = QLineEdit()
        choose_output = QPushButton(self.tr("选择…"))
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(choose_output)

        form = QFormLayout()
        form.addRow(self.tr("包 ID"), self.pack_id)
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("版本"), self.version)
        form.addRow(self.tr("分类（不选则全部）"), self.categories)
        form.addRow(self.tr("签名密钥"), key_row)
        form.addRow(self.tr("更新说明"), self.changelog)
        form.addRow(self.tr("保存到"), output_row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.build)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        choose_key.clicked.connect(self._choose_key)
        new_key.clicked.connect(self._new_key)
        choose_output.clicked.connect(self._choose_output)
        self.resize(560, 520)
        self._remember_last()

    def _remember_last(self) -> None:
        last = self._huashu.settings.recall(LAST_BUILD) or {}
        self.pack_id.setText(last.get("id", ""))
        self.name.setText(last.get("name", ""))
        self.version.setValue(int(last.get("version", 0)) + 1)
        self.key_file.setText(last.get("key", ""))
        self.output.setText(last.get("output", ""))

    def _choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择签名密钥"), str(Path.home()))
        if path:
            self.key_file.setText(path)

    def _new_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存新的签名密钥"),
                                              str(Path.home() / "huashu-team.key"))
        if not path:
            return
        try:
            public = self._huashu.packs.keygen(Path(path))
        except Exception as exc:  # noqa: BLE001 (shown to the user in their language)
            self.error.setText(error_text(exc))
            return
        self.key_file.setText(path)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("新密钥已保存"), self.tr(
            "请妥善保管密钥文件，拿到它的人可以用你的名义发布团队包。\n\n把下面的公钥发给客服，"
            "订阅时填写："), parent=self)
        box.setInformativeText(public)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def _choose_output(self) -> None:
        default = self.output.text() or str(Path.home() / f"{self.pack_id.text() or 'team'}"
                                                            f"-v{self.version.value()}.huashu")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存团队包"), default,
                                              self.tr("团队包") + " (*.huashu)")
        if path:
            self.output.setText(path)

    def options(self) -> dict:
        checked = [self.categories.item(i).text() for i in range(self.categories.count())
                   if self.categories.item(i).checkState() == Qt.CheckState.Checked]
        return {"pack_id": self.pack_id.text(), "name": self.name.text(),
                "version": self.version.value(), "categories": checked,
                "changelog": self.changelog.toPlainText(),
                "publisher": self._huashu.settings.current().shop_name,
                "key_file": Path(self.key_file.text()) if self.key_file.text().strip() else None}

    def build(self) -> None:
        if not self.output.text().strip():
            self.error.setText(self.tr("请选择保存位置"))
            return
        options = self.options()
        output = Path(self.output.text())
        self.buttons.setEnabled(False)
        self.error.clear()
        packs, settings = self._huashu.packs, self._huashu.settings

        def task():
            built = packs.build(output, **options)
            settings.remember(LAST_BUILD, {
                "id": built.pack_id, "name": options["name"], "version": built.version,
                "key": str(options["key_file"] or ""), "output": str(built.path)})
            return built

        self._worker.submit(task, self._built, self._failed)

    def _built(self, built) -> None:
        self.buttons.setEnabled(True)
        signed = self.tr("已签名（密钥 {key}）").replace("{key}", built.key_id) if built.key_id \
            else self.tr("未签名")
        QMessageBox.information(self, self.tr("团队包已导出"), self.tr(
            "{path}\n第 {version} 版：{t} 个模板、{a} 篇文章，{signed}。\n放到共享文件夹或网站上，"
            "客服用 huashu subscribe 订阅后会自动更新。").replace("{path}", str(built.path))
            .replace("{version}", str(built.version)).replace("{t}", str(built.templates))
            .replace("{a}", str(built.articles)).replace("{signed}", signed))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
