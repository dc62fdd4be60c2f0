"""The interface is Chinese first with an English translation that covers every string."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from assistant.locations import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def test_every_interface_string_has_an_english_translation(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.fail("pyside6-lupdate is missing from the environment")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "assistant" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh), "-source-language", "zh_CN",
                    "-target-language", "en"], check=True, capture_output=True)
    wanted = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    shipped = {m.findtext("source"): m.find("translation")
               for m in ET.parse(resources_dir() / "translations" / "huashu_en.ts").iter("message")}
    assert wanted - set(shipped) == set(), "run tools/translate_en.py after lupdate"
    unfinished = [s for s, t in shipped.items() if s in wanted and (t.get("type") or not t.text)]
    assert unfinished == []


def test_the_english_translation_loads_and_translates_the_popup(qapp):
    from assistant.ui.popup import QuickReplyPopup

    translator = QTranslator()
    assert translator.load("huashu_en", str(resources_dir() / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        popup = QuickReplyPopup()
        assert popup.query.placeholderText() == "Type words, pinyin initials or a shortcut…"
        assert popup.tabs.tabText(1) == "Knowledge base"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QuickReplyPopup().tabs.tabText(1) == "知识库"


def test_the_chinese_catalogue_is_complete_and_compiled(qapp):
    """Chinese is the default and ships compiled too, with every string the interface has."""
    chinese = {m.findtext("source"): m.findtext("translation") for m in
               ET.parse(resources_dir() / "translations" / "huashu_zh_CN.ts").iter("message")}
    english = {m.findtext("source") for m in
               ET.parse(resources_dir() / "translations" / "huashu_en.ts").iter("message")}
    assert set(chinese) == english and all(chinese[s] == s for s in chinese)
    translator = QTranslator()
    assert translator.load("huashu_zh_CN", str(resources_dir() / "translations"))
    assert translator.translate("QuickReplyPopup", "知识库") == "知识库"
