<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>KnowledgeWindow</name>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="24" />
        <source>话术助手 — 知识库</source>
        <translation>Huashu — Knowledge base</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="31" />
        <source>搜索知识库</source>
        <translation>Search the knowledge base</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="33" />
        <source>导入文件…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="71" />
        <source>{n} 篇</source>
        <translation>{n} articles</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="81" />
        <source>导入手册</source>
        <translation>Import handbooks</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="89" />
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="93" />
        <source>导入完成：新增 {a}，更新 {u}，未变 {s}，移除 {r}</source>
        <translation>Imported: {a} added, {u} updated, {s} unchanged, {r} removed</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="103" />
        <source>导入失败，数据未改动：</source>
        <translation>Import failed, nothing was changed: </translation>
    </message>
</context>
<context>
    <name>QuickReplyPopup</name>
    <message>
        <location filename="../../assistant/ui/popup.py" line="44" />
        <source>话术助手</source>
        <translation>Huashu</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="71" />
        <source>客户(&amp;N)</source>
        <translation>Customer (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="73" />
        <source>客户姓名，如 王小明</source>
        <translation>Customer name, e.g. 王小明</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="78" />
        <source>先生</source>
        <translation>Mr (先生)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="78" />
        <source>女士</source>
        <translation>Ms (女士)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="78" />
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="80" />
        <source>称谓(&amp;G)</source>
        <translation>Title (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="82" />
        <source>清除客户</source>
        <translation>Clear customer</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="94" />
        <source>输入关键词、拼音首字母或快捷码…</source>
        <translation>Type words, pinyin initials or a shortcut…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="99" />
        <location filename="../../assistant/ui/popup.py" line="263" />
        <source>模板</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="100" />
        <location filename="../../assistant/ui/popup.py" line="263" />
        <source>知识库</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="115" />
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="153" />
        <source>Enter 粘贴 · Ctrl+Enter 粘贴并发送 · Ctrl+C 复制 · Alt+1…9 选择 · Tab 模板/知识库 · Esc 关闭</source>
        <translation>Enter paste · Ctrl+Enter paste and send · Ctrl+C copy · Alt+1…9 pick · Tab templates/knowledge · Esc close</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="237" />
        <source>正在加载模板和知识库…</source>
        <translation>Loading templates and knowledge base…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="329" />
        <source>填写 {name}</source>
        <translation>Fill in {name}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="335" />
        <source>请填写后按 Enter（Esc 返回）</source>
        <translation>Fill in, then press Enter (Esc to go back)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="422" />
        <source>请先填写这一项（Esc 返回）</source>
        <translation>Fill this in first (Esc to go back)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="28" />
        <source>话术助手 — 设置</source>
        <translation>Huashu — Settings</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="37" />
        <source>恢复默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="39" />
        <source>粘贴到聊天窗口</source>
        <translation>Paste into the chat window</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="40" />
        <source>只复制</source>
        <translation>Copy only</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="41" />
        <source>Shift+Insert（终端）</source>
        <translation>Shift+Insert (terminals)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="52" />
        <source>客服名（{客服}）</source>
        <translation>Agent name ({客服})</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="53" />
        <source>店铺名（{店铺}）</source>
        <translation>Shop name ({店铺})</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="54" />
        <source>不知道姓名时的称呼</source>
        <translation>Salutation when the name is unknown</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="55" />
        <source>女性客户称谓</source>
        <translation>Title for female customers</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="59" />
        <source>全局热键</source>
        <translation>Global hotkey</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="61" />
        <source>选中回复后</source>
        <translation>When a reply is chosen</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="62" />
        <source>粘贴按键</source>
        <translation>Paste keys</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="63" />
        <source>恢复剪贴板前等待</source>
        <translation>Wait before restoring the clipboard</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="64" />
        <source>Ctrl+Enter 发送前等待</source>
        <translation>Wait before Enter (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="65" />
        <source>界面语言（重启后生效）</source>
        <translation>Language (after restart)</translation>
    </message>
</context>
<context>
    <name>TemplatesWindow</name>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="25" />
        <source>话术助手 — 模板管理</source>
        <translation>Huashu — Templates</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="32" />
        <source>筛选：标题、分类或快捷码</source>
        <translation>Filter: title, category or shortcut</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="38" />
        <source>新建模板</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="43" />
        <source>如 售后/退换货</source>
        <translation>e.g. 售后/退换货</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="46" />
        <source>用逗号分隔</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="48" />
        <source>正文，可用 {称呼} {客服} {店铺} {订单号} 等占位符</source>
        <translation>Text; placeholders such as {称呼} {客服} {店铺} {订单号} are filled in</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="55" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="56" />
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="57" />
        <source>快捷码</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="58" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="59" />
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="61" />
        <source>预览（王小明 先生）</source>
        <translation>Preview (王小明, Mr)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="62" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="63" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="113" />
        <source>模板管理</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="151" />
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="158" />
        <source>删除模板</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="159" />
        <source>删除“{title}”？</source>
        <translation>Delete “{title}”?</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="166" />
        <source>无法删除</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../assistant/ui/tray.py" line="28" />
        <source>快捷回复</source>
        <translation>Quick reply</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="29" />
        <source>模板管理</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="30" />
        <source>知识库</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="31" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="33" />
        <source>暂停热键</source>
        <translation>Pause hotkey</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="38" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="57" />
        <source>话术助手</source>
        <translation>Huashu</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <location filename="../../assistant/ui/main.py" line="71" />
        <location filename="../../assistant/ui/tray_app.py" line="255" />
        <source>话术助手</source>
        <translation>Huashu</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="145" />
        <source>话术助手 — {hotkey}</source>
        <translation>Huashu — {hotkey}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="146" />
        <source>无热键</source>
        <translation>no hotkey</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="151" />
        <source>无法打开数据：</source>
        <translation>Cannot open the data: </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="152" />
        <source>话术助手无法打开数据</source>
        <translation>Huashu cannot open its data</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="177" />
        <source>热键不可用</source>
        <translation>Hotkey unavailable</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="178" />
        <source>{error}
可以用 `huashu show` 或桌面快捷键打开快速回复。</source>
        <translation>{error}
Open quick replies with `huashu show` or a desktop shortcut instead.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="244" />
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="245" />
        <source>找不到原来的聊天窗口，回复已复制到剪贴板，请手动粘贴。</source>
        <translation>The chat window could not be found; the reply is on the clipboard, paste it yourself.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="255" />
        <source>正在加载，请稍候…</source>
        <translation>Loading, one moment…</translation>
    </message>
</context>
</TS>