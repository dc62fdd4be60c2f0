"""Fill resources/translations/huashu_en.ts with the English interface text, write the
Chinese catalogue huashu_zh_CN.ts beside it (the source strings are the Chinese text), and
compile both to .qm.

    .venv/bin/pyside6-lupdate -no-obsolete assistant/ui/*.py -ts resources/translations/huashu_en.ts \
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
TS_ZH = TS.with_name("huashu_zh_CN.ts")

ENGLISH = {
    "按下新的快捷键…": "Press the new hotkey…",
    "搜索知识库：关键词或拼音": "Search the knowledge base: words or pinyin",
    "关闭": "Close",
    "已复制 {n} 个字": "Copied {n} characters",
    "手册": "Handbooks",
    "准备导入…": "Preparing the import…",
    "取消": "Cancel",
    "导入完成：{files} 个文件，新增 {a} 篇，更新 {u} 篇，未变 {s} 篇，移除 {r} 篇。":
        "Imported {files} file(s): {a} articles added, {u} updated, {s} unchanged, "
        "{r} removed.",
    "已取消导入，数据未改动。": "Import cancelled; nothing was changed.",
    "正在取消…": "Cancelling…",
    "正在读取 {file}（{n}/{total}）": "Reading {file} ({n}/{total})",
    "文件已读取": "Files read",
    "正在保存 {total} 篇文章…": "Saving {total} articles…",
    "正在更新搜索索引…（数据已保存）": "Updating the search index… (the data is saved)",
    "出现了意外错误，详情已写入日志。": "Something unexpected went wrong; the details are in the log.",
    "模板管理(&T)": "&Templates",
    "知识库(&K)": "&Knowledge base",
    "设置(&S)": "&Settings",
    "菜单：模板管理、知识库、设置（Alt+M）": "Menu: templates, knowledge base, settings (Alt+M)",
    "Enter 粘贴右侧高亮的段落（在预览中选中文字则只粘贴所选）· Ctrl+C 复制 · Tab 模板 · Alt+M 菜单 · Esc 关闭":
        "Enter paste passage (or selection) · Ctrl+C copy · Tab templates · Alt+M menu · "
        "Esc close",
    "Enter 粘贴 · Ctrl+Enter 粘贴并发送 · Ctrl+C 复制 · Alt+1…9 选择 · Tab 知识库 · Alt+M 菜单 · Esc 关闭":
        "Enter paste · Ctrl+Enter paste and send · Ctrl+C copy · Alt+1…9 pick · "
        "Tab knowledge base · Alt+M menu · Esc close",
    "点击后按下新的快捷键组合；Esc 取消": "Click, then press the new key combination; Esc cancels",
    "未保存的修改": "Unsaved changes",
    "“{title}”的修改还没有保存。": "The changes to “{title}” are not saved.",
    "新模板": "new template",
    "第 {n} 个字符：": "Character {n}: ",
    "话术助手已在后台运行": "Huashu is running in the background",
    "这个桌面没有系统托盘。按 {hotkey} 打开快捷回复；在弹窗里按 Alt+M（或点 ☰）打开模板管理、知识库和设置；也可以在终端运行 huashu open templates、huashu open knowledge 或 huashu open settings。":
        "This desktop has no system tray. Press {hotkey} for quick replies; in the popup, "
        "Alt+M (or ☰) opens the templates, the knowledge base and the settings; or run "
        "huashu open templates, huashu open knowledge or huashu open settings in a terminal.",
    "已复制，请粘贴": "Copied: please paste",
    "没有找到原来的聊天窗口：回复已在剪贴板上，请在聊天窗口按 Ctrl+V 粘贴。":
        "The chat window could not be found: the reply is on the clipboard, press Ctrl+V in "
        "the chat window.",
    "导出为团队包": "Export as a team pack",
    "导出为团队包…": "Export as team pack…",
    "如 acme-aftersales（每个版本都相同）": "e.g. acme-aftersales (the same for every version)",
    "客服看到的名称，如 售后话术": "Name agents see, e.g. After-sales replies",
    "不签名": "not signed",
    "选择…": "Choose…",
    "新建密钥…": "New key…",
    "这个版本改了什么（更新后会告诉客服）": "What changed in this version (agents are told after the update)",
    "包 ID": "Pack id",
    "名称": "Name",
    "版本": "Version",
    "分类（不选则全部）": "Categories (none: all)",
    "签名密钥": "Signing key",
    "更新说明": "Changelog",
    "保存到": "Save to",
    "选择签名密钥": "Choose the signing key",
    "保存新的签名密钥": "Save the new signing key",
    "新密钥已保存": "New key saved",
    "请妥善保管密钥文件，拿到它的人可以用你的名义发布团队包。\n\n把下面的公钥发给客服，订阅时填写：":
        "Keep the key file safe: whoever has it can publish packs in your name.\n\n"
        "Give your agents this public key to use when they subscribe:",
    "保存团队包": "Save the team pack",
    "团队包": "Team packs",
    "请选择保存位置": "Choose where to save it",
    "已签名（密钥 {key}）": "signed (key {key})",
    "未签名": "not signed",
    "团队包已导出": "Team pack exported",
    "{path}\n第 {version} 版：{t} 个模板、{a} 篇文章，{signed}。\n放到共享文件夹或网站上，客服用 huashu subscribe 订阅后会自动更新。":
        "{path}\nVersion {version}: {t} templates, {a} articles, {signed}.\nPut it in a shared "
        "folder or on a web server; agents who subscribe with huashu subscribe get updates "
        "automatically.",
    "复制为我的模板": "Make a local copy",
    "［团队包：{pack}］": "[team pack: {pack}]",
    "来自团队包“{pack}”，随团队包自动更新，不能在这里修改。要按自己的需要改，请复制为我的模板（快捷码随之转给你的副本）。":
        "From the team pack “{pack}”: it is updated with the pack and cannot be changed here. "
        "To adapt it, make a local copy (the shortcut moves to your copy).",
    "无法复制": "Cannot copy",
    "团队包“{name}”已 {days} 天无法更新": "Team pack “{name}” has not updated for {days} days",
    "{name} 已更新到第 {version} 版": "{name} updated to version {version}",
    "：": ": ",
    "团队包已更新": "Team pack updated",
    "Ctrl+Enter 发送前等待": "Wait before Enter (Ctrl+Enter)",
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
    "导入手册": "Import handbooks",
    "导入文件…": "Import files…",
    "已复制": "Copied",
    "店铺名（{店铺}）": "Shop name ({店铺})",
    "快捷回复": "Quick reply",
    "快捷码": "Shortcut",
    "恢复剪贴板前等待": "Wait before restoring the clipboard",
    "恢复默认": "Default",
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
    "话术助手无法打开数据": "Huashu cannot open its data",
    "请先填写这一项（Esc 返回）": "Fill this in first (Esc to go back)",
    "请填写后按 Enter（Esc 返回）": "Fill in, then press Enter (Esc to go back)",
    "输入关键词、拼音首字母或快捷码…": "Type words, pinyin initials or a shortcut…",
    "退出": "Quit",
    "选中回复后": "When a reply is chosen",
    "预览": "Preview",
    "预览（王小明 先生）": "Preview (王小明, Mr)",
    # Usage statistics (统计 window, its chart, the tray and popup menus)
    "使用统计(&U)": "&Usage statistics",
    "菜单：模板管理、知识库、使用统计、设置（Alt+M）":
        "Menu: templates, knowledge base, usage statistics, settings (Alt+M)",
    "使用统计": "Usage statistics",
    "最近 {n} 天": "Last {n} days",
    "导出 CSV…": "Export CSV…",
    "导出两个表格给组长：各模板的使用次数，以及每日使用次数（文件名后加“-每日”）":
        "Export two tables for the team lead: the uses of each template, and the uses per "
        "day (the file name with “-每日” added)",
    "估算值：为保护隐私，只记录模板、动作和时间，不记录发出的文字。\n"
    "每用一次，按模板正文的字数计算（占位符按其名称计，如 {称呼} 计 2 字），\n"
    "减去快捷码的长度（没有快捷码时减 2，即搜索时最少的按键），不低于 0。":
        "An estimate: to protect privacy only the template, the action and the time are "
        "recorded, never the text sent.\nEach use counts the template's length (a placeholder "
        "counts as its name: {称呼} as 2)\nminus its shortcut code's length (2 without one, the "
        "fewest keys to find it by search), never below 0.",
    "时间范围": "Period",
    "每日使用次数": "Uses per day",
    "粘贴": "Pasted",
    "发送": "Sent",
    "复制": "Copied",
    "合计": "Total",
    "最常用": "Most used",
    "从未使用": "Never used",
    "共使用 {total} 次（粘贴 {paste}，发送 {send}，复制 {copy}）":
        "{total} uses ({paste} pasted, {send} sent, {copy} copied)",
    "约节省 {n} 字": "About {n} characters saved",
    "从未使用（{n}）": "Never used ({n})",
    "{first} 至 {last}": "{first} to {last}",
    "导出 CSV": "Export CSV",
    "CSV 表格": "CSV table",
    "话术统计": "usage-statistics",
    "已导出到 {file} 和 {daily}": "Exported to {file} and {daily}",
    "导出失败：": "Export failed: ",
    "{day}：共 {total} 次\n粘贴 {paste}，发送 {send}，复制 {copy}":
        "{day}: {total} uses\n{paste} pasted, {send} sent, {copy} copied",
    # Template window: category tree, list actions and editor (issue 12, items 1, 2 and 5).
    "全部": "All",
    "★ 收藏": "★ Favorites",
    "{days} 天未用": "Unused for {days} days",
    "新建分类": "New category",
    "重命名": "Rename",
    "删除分类…": "Delete category…",
    "“{parent}”下的新分类名称：": "Name of the new category under '{parent}':",
    "新分类名称：": "Name of the new category:",
    "重命名分类": "Rename category",
    "新名称：": "New name:",
    "删除分类": "Delete category",
    "（不分类）": "(No category)",
    "把其中的模板和子分类移到：": "Move its templates and sub-categories to:",
    "连同其中的 {n} 个模板一起删除": "Delete it with its {n} templates",
    "分类里的知识库文章会移到上级分类，不会被删除；团队包的模板也会保留。":
        "Knowledge-base articles in it move to the parent category and are not deleted; "
        "team-pack templates are kept too.",
    "删除分类“{name}”（含 {n} 个模板）：": "Delete the category '{name}' ({n} templates):",
    "如 thlc，输入框里打它即可找到": "e.g. thlc: type it in the popup to find the reply",
    "如 售后/退换货（新路径保存时创建）": "e.g. 售后/退换货 (a new path is created on saving)",
    "中文": "Chinese",
    "插入占位符": "Insert placeholder",
    "填空项…": "Fill-in field…",
    "撤销": "Undo",
    "重做": "Redo",
    "示例客户": "Sample customer",
    "语言": "Language",
    "插入填空项": "Insert a fill-in field",
    "填空项名称（粘贴前由你填写），如 订单号：":
        "Name of the field (you fill it in before pasting), e.g. 订单号:",
    "次数": "Uses",
    "搜索：与弹窗相同，可用拼音、首字母、快捷码":
        "Search as in the popup: words, pinyin, initials or a shortcut",
    "收藏或取消收藏所选模板（Ctrl+D）": "Mark or unmark the selected templates as favorites "
                                   "(Ctrl+D)",
    "移动到…": "Move to…",
    "删除所选": "Delete selected",
    "导出所选…": "Export selected…",
    "删除所选的 {n} 个模板？删除后不能恢复。":
        "Delete the {n} selected templates? This cannot be undone.",
    "导出所选模板": "Export selected templates",
    "Excel 表格 (*.xlsx);;CSV 文件 (*.csv)": "Excel sheet (*.xlsx);;CSV file (*.csv)",
    "无法导出": "Cannot export",
    "已导出 {n} 个模板到 {file}": "Exported {n} templates to {file}",
    # Settings dialog: start at login, data folder, backup and restore.
    "打开文件夹": "Open folder",
    "立即备份": "Back up now",
    "备份到文件…": "Back up to file…",
    "从备份恢复…": "Restore from backup…",
    "已备份到 {path}": "Backed up to {path}",
    "备份到文件": "Back up to file",
    "话术助手备份 (*.db)": "Huashu backups (*.db)",
    "从备份恢复": "Restore from backup",
    "话术助手备份 (*.db);;所有文件 (*)": "Huashu backups (*.db);;All files (*)",
    "用“{file}”替换现在的全部模板、知识库和设置吗？\n现在的数据会先备份到备份文件夹；各窗口里未保存的修改会丢失。":
        "Replace all current templates, knowledge base and settings with “{file}”?\n"
        "The current data is backed up to the backups folder first; unsaved edits in open "
        "windows are lost.",
    "正在恢复…": "Restoring…",
    "已从备份恢复。": "Restored from the backup.",
    "原来的数据保存在 {path}": " The previous data is saved in {path}",
    "登录系统后自动启动话术助手": "Start Huashu when I log in",
    "界面语言": "Interface language",
    "开机启动": "Start at login",
    "数据文件夹": "Data folder",
    "回复内容": "Replies",
    "热键与粘贴": "Hotkey and pasting",
    "常规": "General",
    "（当前热键 {hotkey} 仍然有效）": " (the current hotkey {hotkey} stays in effect)",
    "无": "none",
    "无法更改开机启动（{where}）：{reason}": "Cannot change start at login ({where}): {reason}",
    "已从备份恢复": "Restored from backup",
    # Knowledge window: article tree, editor, passages into the chat (issue 12, item 3)
    "如 售后/运费": "e.g. After-sales/Shipping",
    "正文（Markdown）：# 标题、- 列表、**加粗**": "Body (Markdown): # heading, - list, **bold**",
    "正文（左）与预览（右，蓝底为粘贴到聊天的段落）":
        "Body (left) and preview (right; the blue passage is what goes into the chat)",
    "来自《{file}》，重新导入该文件会覆盖修改。":
        "From “{file}”: importing that file again overwrites your changes.",
    "未分类": "Uncategorized",
    "按分类": "By category",
    "按文档": "By document",
    "新建文章": "New article",
    "编辑": "Edit",
    "复制 (Ctrl+C)": "Copy (Ctrl+C)",
    "复制所选文字；没有选中时复制蓝底的段落":
        "Copy the selected text; with nothing selected, the blue passage",
    "粘贴到聊天 (Enter)": "Paste into chat (Enter)",
    "把所选文字或蓝底的段落粘贴到原来的聊天窗口":
        "Paste the selected text or the blue passage into the chat window you came from",
    "团队包：{pack}": "Team pack: {pack}",
    "入门资料": "Starter articles",
    "在应用中编写": "Written in the app",
    "找到 {n} 篇": "{n} found",
    "共 {n} 篇": "{n} articles",
    "来自团队包“{pack}”，随团队包自动更新，不能在这里修改。":
        "From the team pack “{pack}”: it is updated with the pack and cannot be changed here.",
    "新文章": "New article",
    "已保存“{title}”": "Saved “{title}”",
    "删除文章": "Delete article",
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
    tree.getroot().set("language", "zh_CN")
    for message in tree.iter("message"):
        message.find("translation").text = message.findtext("source")
    tree.write(TS_ZH, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (TS, TS_ZH):
        subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
