"""Fill resources/translations/huashu_en.ts with the English interface text, then compile it.

    .venv/bin/pyside6-lupdate assistant/ui/*.py -ts resources/translations/huashu_en.ts \
        -source-language zh_CN -target-language en
    .venv/bin/python tools/translate_en.py

The source strings are the Chinese interface (zh_CN first); a string without an entry here
fails this script, so a new string cannot ship untranslated by accident.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "huashu_en.ts"

ENGLISH = {
    "Ctrl+Enter 发送前等待": "Wait before Enter (Ctrl+Enter)",
    "Enter 粘贴 · Ctrl+Enter 粘贴并发送 · Ctrl+C 复制 · Alt+1…9 选择 · Tab 模板/知识库 · Esc 关闭":
        "Enter paste · Ctrl+Enter paste and send · Ctrl+C copy · Alt+1…9 pick · "
        "Tab templates/knowledge · Esc close",
    "Shift+Insert（终端）": "Shift+Insert (terminals)",
    "{error}\n可以用 `huashu show` 或桌面快捷键打开快速回复。":
        "{error}\nOpen quick replies with `huashu show` or a desktop shortcut instead.",
    "{n} 篇": "{n} articles",
    "不知道姓名时的称呼": "Salutation when the name is unknown",
    "保存": "Save",
    "先生": "Mr (先生)",
    "全局热键": "Global hotkey",
    "分类": "Category",
    "删除": "Delete",
    "删除“{title}”？": "Delete “{title}”?",
    "删除模板": "Delete template",
    "只复制": "Copy only",
    "填写 {name}": "Fill in {name}",
    "女士": "Ms (女士)",
    "女性客户称谓": "Title for female customers",
    "如 售后/退换货": "e.g. 售后/退换货",
    "客户(&N)": "Customer (&N)",
    "客户姓名，如 王小明": "Customer name, e.g. 王小明",
    "客服名（{客服}）": "Agent name ({客服})",
    "导入失败，数据未改动：": "Import failed, nothing was changed: ",
    "导入完成：新增 {a}，更新 {u}，未变 {s}，移除 {r}":
        "Imported: {a} added, {u} updated, {s} unchanged, {r} removed",
    "导入手册": "Import handbooks",
    "导入文件…": "Import files…",
    "已复制": "Copied",
    "店铺名（{店铺}）": "Shop name ({店铺})",
    "快捷回复": "Quick reply",
    "快捷码": "Shortcut",
    "恢复剪贴板前等待": "Wait before restoring the clipboard",
    "恢复默认": "Default",
    "找不到原来的聊天窗口，回复已复制到剪贴板，请手动粘贴。":
        "The chat window could not be found; the reply is on the clipboard, paste it yourself.",
    "搜索知识库": "Search the knowledge base",
    "新建模板": "New template",
    "无法保存": "Cannot save",
    "无法删除": "Cannot delete",
    "无法打开数据：": "Cannot open the data: ",
    "无热键": "no hotkey",
    "暂停热键": "Pause hotkey",
    "未知": "Unknown",
    "标签": "Tags",
    "标题": "Title",
    "模板": "Templates",
    "模板管理": "Templates",
    "正在加载模板和知识库…": "Loading templates and knowledge base…",
    "正在加载，请稍候…": "Loading, one moment…",
    "正在导入…": "Importing…",
    "正文": "Text",
    "正文，可用 {称呼} {客服} {店铺} {订单号} 等占位符":
        "Text; placeholders such as {称呼} {客服} {店铺} {订单号} are filled in",
    "清除客户": "Clear customer",
    "热键不可用": "Hotkey unavailable",
    "用逗号分隔": "comma-separated",
    "界面语言（重启后生效）": "Language (after restart)",
    "知识库": "Knowledge base",
    "称谓(&G)": "Title (&G)",
    "筛选：标题、分类或快捷码": "Filter: title, category or shortcut",
    "粘贴到聊天窗口": "Paste into the chat window",
    "粘贴按键": "Paste keys",
    "设置": "Settings",
    "话术助手": "Huashu",
    "话术助手 — {hotkey}": "Huashu — {hotkey}",
    "话术助手 — 模板管理": "Huashu — Templates",
    "话术助手 — 知识库": "Huashu — Knowledge base",
    "话术助手 — 设置": "Huashu — Settings",
    "话术助手无法打开数据": "Huashu cannot open its data",
    "请先填写这一项（Esc 返回）": "Fill this in first (Esc to go back)",
    "请填写后按 Enter（Esc 返回）": "Fill in, then press Enter (Esc to go back)",
    "输入关键词、拼音首字母或快捷码…": "Type words, pinyin initials or a shortcut…",
    "退出": "Quit",
    "选中回复后": "When a reply is chosen",
    "预览": "Preview",
    "预览（王小明 先生）": "Preview (王小明, Mr)",
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source not in ENGLISH:
            missing.append(source)
            continue
        translation.text = ENGLISH[source]
        translation.attrib.pop("type", None)
    if missing:
        print("no English for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
