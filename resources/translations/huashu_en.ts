<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="33" />
        <source>如 售后/运费</source>
        <translation>e.g. After-sales/Shipping</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="35" />
        <source>用逗号分隔</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="37" />
        <source>正文（Markdown）：# 标题、- 列表、**加粗**</source>
        <translation>Body (Markdown): # heading, - list, **bold**</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="44" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="45" />
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="46" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="51" />
        <source>正文（左）与预览（右，蓝底为粘贴到聊天的段落）</source>
        <translation>Body (left) and preview (right; the blue passage is what goes into the chat)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="75" />
        <source>来自《{file}》，重新导入该文件会覆盖修改。</source>
        <translation>From “{file}”: importing that file again overwrites your changes.</translation>
    </message>
</context>
<context>
    <name>ArticleTreeModel</name>
    <message>
        <location filename="../../assistant/ui/article_tree.py" line="66" />
        <source>未分类</source>
        <translation>Uncategorized</translation>
    </message>
</context>
<context>
    <name>CategoryPanel</name>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="129" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="129" />
        <source>★ 收藏</source>
        <translation>★ Favorites</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="130" />
        <source>{days} 天未用</source>
        <translation>Unused for {days} days</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="140" />
        <location filename="../../assistant/ui/category_tree.py" line="231" />
        <source>新建分类</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="142" />
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="144" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="208" />
        <source>删除分类…</source>
        <translation>Delete category…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="217" />
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="229" />
        <source>“{parent}”下的新分类名称：</source>
        <translation>Name of the new category under '{parent}':</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="230" />
        <source>新分类名称：</source>
        <translation>Name of the new category:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="243" />
        <source>重命名分类</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="243" />
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="42" />
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="43" />
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="44" />
        <source>备份到文件…</source>
        <translation>Back up to file…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="45" />
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="78" />
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="83" />
        <source>备份到文件</source>
        <translation>Back up to file</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="84" />
        <source>话术助手备份 (*.db)</source>
        <translation>Huashu backups (*.db)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="91" />
        <location filename="../../assistant/ui/data_section.py" line="97" />
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="92" />
        <source>话术助手备份 (*.db);;所有文件 (*)</source>
        <translation>Huashu backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="98" />
        <source>用“{file}”替换现在的全部模板、知识库和设置吗？
现在的数据会先备份到备份文件夹；各窗口里未保存的修改会丢失。</source>
        <translation>Replace all current templates, knowledge base and settings with “{file}”?
The current data is backed up to the backups folder first; unsaved edits in open windows are lost.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="110" />
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="122" />
        <source>已从备份恢复。</source>
        <translation>Restored from the backup.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="124" />
        <source>原来的数据保存在 {path}</source>
        <translation> The previous data is saved in {path}</translation>
    </message>
</context>
<context>
    <name>DeleteCategoryDialog</name>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="278" />
        <source>删除分类</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="281" />
        <source>（不分类）</source>
        <translation>(No category)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="287" />
        <source>把其中的模板和子分类移到：</source>
        <translation>Move its templates and sub-categories to:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="289" />
        <source>连同其中的 {n} 个模板一起删除</source>
        <translation>Delete it with its {n} templates</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="293" />
        <source>分类里的知识库文章会移到上级分类，不会被删除；团队包的模板也会保留。</source>
        <translation>Knowledge-base articles in it move to the parent category and are not deleted; team-pack templates are kept too.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="300" />
        <source>删除分类“{name}”（含 {n} 个模板）：</source>
        <translation>Delete the category '{name}' ({n} templates):</translation>
    </message>
</context>
<context>
    <name>HandbookImport</name>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="49" />
        <source>导入完成：{files} 个文件，新增 {a} 篇，更新 {u} 篇，未变 {s} 篇，移除 {r} 篇。</source>
        <translation>Imported {files} file(s): {a} articles added, {u} updated, {s} unchanged, {r} removed.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="60" />
        <source>已取消导入，数据未改动。</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="62" />
        <source>导入失败，数据未改动：</source>
        <translation>Import failed, nothing was changed: </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="73" />
        <source>准备导入…</source>
        <translation>Preparing the import…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="73" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="75" />
        <source>导入手册</source>
        <translation>Import handbooks</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="91" />
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="101" />
        <source>正在读取 {file}（{n}/{total}）</source>
        <translation>Reading {file} ({n}/{total})</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="103" />
        <source>文件已读取</source>
        <translation>Files read</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="105" />
        <source>正在保存 {total} 篇文章…</source>
        <translation>Saving {total} articles…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="107" />
        <source>正在更新搜索索引…（数据已保存）</source>
        <translation>Updating the search index… (the data is saved)</translation>
    </message>
</context>
<context>
    <name>HotkeyEdit</name>
    <message>
        <location filename="../../assistant/ui/hotkey_edit.py" line="60" />
        <source>按下新的快捷键…</source>
        <translation>Press the new hotkey…</translation>
    </message>
</context>
<context>
    <name>KnowledgeWindow</name>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="92" />
        <source>知识库</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="104" />
        <source>搜索知识库：关键词或拼音</source>
        <translation>Search the knowledge base: words or pinyin</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="107" />
        <source>按分类</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="108" />
        <source>按文档</source>
        <translation>By document</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="109" />
        <source>新建文章</source>
        <translation>New article</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="110" />
        <source>导入文件…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="122" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="137" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="138" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="139" />
        <source>复制 (Ctrl+C)</source>
        <translation>Copy (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="140" />
        <source>复制所选文字；没有选中时复制蓝底的段落</source>
        <translation>Copy the selected text; with nothing selected, the blue passage</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="141" />
        <source>粘贴到聊天 (Enter)</source>
        <translation>Paste into chat (Enter)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="142" />
        <source>把所选文字或蓝底的段落粘贴到原来的聊天窗口</source>
        <translation>Paste the selected text or the blue passage into the chat window you came from</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="159" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="254" />
        <source>团队包：{pack}</source>
        <translation>Team pack: {pack}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="258" />
        <source>入门资料</source>
        <translation>Starter articles</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="258" />
        <source>在应用中编写</source>
        <translation>Written in the app</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="278" />
        <source>找到 {n} 篇</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="278" />
        <source>共 {n} 篇</source>
        <translation>{n} articles</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="307" />
        <source>来自团队包“{pack}”，随团队包自动更新，不能在这里修改。</source>
        <translation>From the team pack “{pack}”: it is updated with the pack and cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="339" />
        <source>已复制 {n} 个字</source>
        <translation>Copied {n} characters</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="347" />
        <source>已复制，请粘贴</source>
        <translation>Copied: please paste</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="383" />
        <source>新文章</source>
        <translation>New article</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="400" />
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="406" />
        <source>已保存“{title}”</source>
        <translation>Saved “{title}”</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="414" />
        <source>删除文章</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="414" />
        <source>删除“{title}”？</source>
        <translation>Delete “{title}”?</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="421" />
        <source>无法删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="436" />
        <source>导入手册</source>
        <translation>Import handbooks</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="437" />
        <source>手册</source>
        <translation>Handbooks</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="158" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../assistant/ui/messages.py" line="37" />
        <source>出现了意外错误，详情已写入日志。</source>
        <translation>Something unexpected went wrong; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/messages.py" line="47" />
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/messages.py" line="48" />
        <source>“{title}”的修改还没有保存。</source>
        <translation>The changes to “{title}” are not saved.</translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="25" />
        <source>导出为团队包</source>
        <translation>Export as a team pack</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="29" />
        <source>如 acme-aftersales（每个版本都相同）</source>
        <translation>e.g. acme-aftersales (the same for every version)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="31" />
        <source>客服看到的名称，如 售后话术</source>
        <translation>Name agents see, e.g. After-sales replies</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="43" />
        <source>不签名</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="44" />
        <location filename="../../assistant/ui/pack_export.py" line="54" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="45" />
        <source>新建密钥…</source>
        <translation>New key…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="51" />
        <source>这个版本改了什么（更新后会告诉客服）</source>
        <translation>What changed in this version (agents are told after the update)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="60" />
        <source>包 ID</source>
        <translation>Pack id</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="61" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="62" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="63" />
        <source>分类（不选则全部）</source>
        <translation>Categories (none: all)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="64" />
        <source>签名密钥</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="65" />
        <source>更新说明</source>
        <translation>Changelog</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="66" />
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="93" />
        <source>选择签名密钥</source>
        <translation>Choose the signing key</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="98" />
        <source>保存新的签名密钥</source>
        <translation>Save the new signing key</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="108" />
        <source>新密钥已保存</source>
        <translation>New key saved</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="109" />
        <source>请妥善保管密钥文件，拿到它的人可以用你的名义发布团队包。

把下面的公钥发给客服，订阅时填写：</source>
        <translation>Keep the key file safe: whoever has it can publish packs in your name.

Give your agents this public key to use when they subscribe:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="118" />
        <source>保存团队包</source>
        <translation>Save the team pack</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="119" />
        <source>团队包</source>
        <translation>Team packs</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="134" />
        <source>请选择保存位置</source>
        <translation>Choose where to save it</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="153" />
        <source>已签名（密钥 {key}）</source>
        <translation>signed (key {key})</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="154" />
        <source>未签名</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="155" />
        <source>团队包已导出</source>
        <translation>Team pack exported</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="156" />
        <source>{path}
第 {version} 版：{t} 个模板、{a} 篇文章，{signed}。
放到共享文件夹或网站上，客服用 huashu subscribe 订阅后会自动更新。</source>
        <translation>{path}
Version {version}: {t} templates, {a} articles, {signed}.
Put it in a shared folder or on a web server; agents who subscribe with huashu subscribe get updates automatically.</translation>
    </message>
</context>
<context>
    <name>QuickReplyPopup</name>
    <message>
        <location filename="../../assistant/ui/popup.py" line="77" />
        <source>话术助手</source>
        <translation>Huashu</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="104" />
        <source>客户(&amp;N)</source>
        <translation>Customer (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="106" />
        <source>客户姓名，如 王小明</source>
        <translation>Customer name, e.g. 王小明</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="111" />
        <source>先生</source>
        <translation>Mr (先生)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="111" />
        <source>女士</source>
        <translation>Ms (女士)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="111" />
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="113" />
        <source>称谓(&amp;G)</source>
        <translation>Title (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="115" />
        <source>清除客户</source>
        <translation>Clear customer</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="127" />
        <source>输入关键词、拼音首字母或快捷码…</source>
        <translation>Type words, pinyin initials or a shortcut…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="130" />
        <source>模板管理(&amp;T)</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="131" />
        <source>知识库(&amp;K)</source>
        <translation>&amp;Knowledge base</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="132" />
        <source>使用统计(&amp;U)</source>
        <translation>&amp;Usage statistics</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="133" />
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="139" />
        <source>菜单：模板管理、知识库、使用统计、设置（Alt+M）</source>
        <translation>Menu: templates, knowledge base, usage statistics, settings (Alt+M)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="149" />
        <location filename="../../assistant/ui/popup.py" line="338" />
        <source>模板</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="150" />
        <location filename="../../assistant/ui/popup.py" line="338" />
        <source>知识库</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="164" />
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="203" />
        <source>Enter 粘贴右侧高亮的段落（在预览中选中文字则只粘贴所选）· Ctrl+C 复制 · Tab 模板 · Alt+M 菜单 · Esc 关闭</source>
        <translation>Enter paste passage (or selection) · Ctrl+C copy · Tab templates · Alt+M menu · Esc close</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="206" />
        <source>Enter 粘贴 · Ctrl+Enter 粘贴并发送 · Ctrl+C 复制 · Alt+1…9 选择 · Tab 知识库 · Alt+M 菜单 · Esc 关闭</source>
        <translation>Enter paste · Ctrl+Enter paste and send · Ctrl+C copy · Alt+1…9 pick · Tab knowledge base · Alt+M menu · Esc close</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="308" />
        <source>正在加载模板和知识库…</source>
        <translation>Loading templates and knowledge base…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="417" />
        <source>填写 {name}</source>
        <translation>Fill in {name}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="423" />
        <source>请填写后按 Enter（Esc 返回）</source>
        <translation>Fill in, then press Enter (Esc to go back)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="513" />
        <source>请先填写这一项（Esc 返回）</source>
        <translation>Fill this in first (Esc to go back)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="68" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="76" />
        <source>点击后按下新的快捷键组合；Esc 取消</source>
        <translation>Click, then press the new key combination; Esc cancels</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="77" />
        <source>恢复默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="79" />
        <source>粘贴到聊天窗口</source>
        <translation>Paste into the chat window</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="80" />
        <source>只复制</source>
        <translation>Copy only</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="81" />
        <source>Shift+Insert（终端）</source>
        <translation>Shift+Insert (terminals)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="90" />
        <source>登录系统后自动启动话术助手</source>
        <translation>Start Huashu when I log in</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="97" />
        <source>客服名（{客服}）</source>
        <translation>Agent name ({客服})</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="98" />
        <source>店铺名（{店铺}）</source>
        <translation>Shop name ({店铺})</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="99" />
        <source>不知道姓名时的称呼</source>
        <translation>Salutation when the name is unknown</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="100" />
        <source>女性客户称谓</source>
        <translation>Title for female customers</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="105" />
        <source>全局热键</source>
        <translation>Global hotkey</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="106" />
        <source>选中回复后</source>
        <translation>When a reply is chosen</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="107" />
        <source>粘贴按键</source>
        <translation>Paste keys</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="108" />
        <source>恢复剪贴板前等待</source>
        <translation>Wait before restoring the clipboard</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="109" />
        <source>Ctrl+Enter 发送前等待</source>
        <translation>Wait before Enter (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="111" />
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="112" />
        <source>界面语言（重启后生效）</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="113" />
        <source>开机启动</source>
        <translation>Start at login</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="116" />
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="130" />
        <source>回复内容</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="130" />
        <source>热键与粘贴</source>
        <translation>Hotkey and pasting</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="131" />
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="193" />
        <source>（当前热键 {hotkey} 仍然有效）</source>
        <translation> (the current hotkey {hotkey} stays in effect)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="194" />
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="217" />
        <source>无法更改开机启动（{where}）：{reason}</source>
        <translation>Cannot change start at login ({where}): {reason}</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="30" />
        <source>使用统计</source>
        <translation>Usage statistics</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="39" />
        <source>最近 {n} 天</source>
        <translation>Last {n} days</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="41" />
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="42" />
        <source>导出两个表格给组长：各模板的使用次数，以及每日使用次数（文件名后加“-每日”）</source>
        <translation>Export two tables for the team lead: the uses of each template, and the uses per day (the file name with “-每日” added)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="47" />
        <source>估算值：为保护隐私，只记录模板、动作和时间，不记录发出的文字。
每用一次，按模板正文的字数计算（占位符按其名称计，如 {称呼} 计 2 字），
减去快捷码的长度（没有快捷码时减 2，即搜索时最少的按键），不低于 0。</source>
        <translation>An estimate: to protect privacy only the template, the action and the time are recorded, never the text sent.
Each use counts the template's length (a placeholder counts as its name: {称呼} as 2)
minus its shortcut code's length (2 without one, the fewest keys to find it by search), never below 0.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="51" />
        <source>时间范围</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="61" />
        <source>每日使用次数</source>
        <translation>Uses per day</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="66" />
        <source>模板</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="66" />
        <source>粘贴</source>
        <translation>Pasted</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="66" />
        <source>发送</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="67" />
        <source>复制</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="67" />
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="73" />
        <source>最常用</source>
        <translation>Most used</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="76" />
        <source>从未使用</source>
        <translation>Never used</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="112" />
        <source>共使用 {total} 次（粘贴 {paste}，发送 {send}，复制 {copy}）</source>
        <translation>{total} uses ({paste} pasted, {send} sent, {copy} copied)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="117" />
        <source>约节省 {n} 字</source>
        <translation>About {n} characters saved</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="135" />
        <source>从未使用（{n}）</source>
        <translation>Never used ({n})</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="137" />
        <source>{first} 至 {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="141" />
        <source>话术统计</source>
        <translation>usage-statistics</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="143" />
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="144" />
        <source>CSV 表格</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="160" />
        <source>已导出到 {file} 和 {daily}</source>
        <translation>Exported to {file} and {daily}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="166" />
        <source>导出失败：</source>
        <translation>Export failed: </translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="66" />
        <source>复制为我的模板</source>
        <translation>Make a local copy</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="75" />
        <source>如 thlc，输入框里打它即可找到</source>
        <translation>e.g. thlc: type it in the popup to find the reply</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="82" />
        <source>如 售后/退换货（新路径保存时创建）</source>
        <translation>e.g. 售后/退换货 (a new path is created on saving)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="84" />
        <source>用逗号分隔</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="86" />
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="89" />
        <source>正文，可用 {称呼} {客服} {店铺} {订单号} 等占位符</source>
        <translation>Text; placeholders such as {称呼} {客服} {店铺} {订单号} are filled in</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="97" />
        <source>插入占位符</source>
        <translation>Insert placeholder</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="104" />
        <source>填空项…</source>
        <translation>Fill-in field…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="107" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="109" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="119" />
        <source>先生</source>
        <translation>Mr (先生)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="119" />
        <source>女士</source>
        <translation>Ms (女士)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="120" />
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="123" />
        <source>示例客户</source>
        <translation>Sample customer</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="132" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="137" />
        <source>快捷码</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="138" />
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="139" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="140" />
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="145" />
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="147" />
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="148" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="149" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="238" />
        <source>插入填空项</source>
        <translation>Insert a fill-in field</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="239" />
        <source>填空项名称（粘贴前由你填写），如 订单号：</source>
        <translation>Name of the field (you fill it in before pasting), e.g. 订单号:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="264" />
        <source>第 {n} 个字符：</source>
        <translation>Character {n}: </translation>
    </message>
</context>
<context>
    <name>TemplateTable</name>
    <message>
        <location filename="../../assistant/ui/template_list.py" line="37" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_list.py" line="37" />
        <source>快捷码</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_list.py" line="37" />
        <source>次数</source>
        <translation>Uses</translation>
    </message>
</context>
<context>
    <name>TemplatesWindow</name>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="66" />
        <source>新建模板</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="87" />
        <source>导出为团队包…</source>
        <translation>Export as team pack…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="50" />
        <location filename="../../assistant/ui/templates_window.py" line="257" />
        <location filename="../../assistant/ui/templates_window.py" line="284" />
        <source>模板管理</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="63" />
        <source>搜索：与弹窗相同，可用拼音、首字母、快捷码</source>
        <translation>Search as in the popup: words, pinyin, initials or a shortcut</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="68" />
        <source>★ 收藏</source>
        <translation>★ Favorites</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="69" />
        <source>收藏或取消收藏所选模板（Ctrl+D）</source>
        <translation>Mark or unmark the selected templates as favorites (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="71" />
        <source>移动到…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="76" />
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="78" />
        <source>导出所选…</source>
        <translation>Export selected…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="201" />
        <source>［团队包：{pack}］</source>
        <translation>[team pack: {pack}]</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="274" />
        <source>（不分类）</source>
        <translation>(No category)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="317" />
        <source>删除所选的 {n} 个模板？删除后不能恢复。</source>
        <translation>Delete the {n} selected templates? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="330" />
        <location filename="../../assistant/ui/templates_window.py" line="340" />
        <source>导出所选模板</source>
        <translation>Export selected templates</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="332" />
        <source>Excel 表格 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel sheet (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="338" />
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="341" />
        <source>已导出 {n} 个模板到 {file}</source>
        <translation>Exported {n} templates to {file}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="349" />
        <source>来自团队包“{pack}”，随团队包自动更新，不能在这里修改。要按自己的需要改，请复制为我的模板（快捷码随之转给你的副本）。</source>
        <translation>From the team pack “{pack}”: it is updated with the pack and cannot be changed here. To adapt it, make a local copy (the shortcut moves to your copy).</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="360" />
        <source>无法复制</source>
        <translation>Cannot copy</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="373" />
        <source>新模板</source>
        <translation>new template</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="400" />
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="316" />
        <location filename="../../assistant/ui/templates_window.py" line="409" />
        <source>删除模板</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="410" />
        <source>删除“{title}”？</source>
        <translation>Delete “{title}”?</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="417" />
        <source>无法删除</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../assistant/ui/tray.py" line="34" />
        <source>快捷回复</source>
        <translation>Quick reply</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="35" />
        <source>模板管理</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="36" />
        <source>知识库</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="37" />
        <source>使用统计</source>
        <translation>Usage statistics</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="38" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="40" />
        <source>暂停热键</source>
        <translation>Pause hotkey</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="46" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="72" />
        <source>话术助手</source>
        <translation>Huashu</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <location filename="../../assistant/ui/live_changes.py" line="41" />
        <location filename="../../assistant/ui/main.py" line="91" />
        <location filename="../../assistant/ui/tray_app.py" line="131" />
        <source>话术助手</source>
        <translation>Huashu</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/live_changes.py" line="92" />
        <source>已从备份恢复</source>
        <translation>Restored from backup</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="190" />
        <source>话术助手已在后台运行</source>
        <translation>Huashu is running in the background</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="191" />
        <source>这个桌面没有系统托盘。按 {hotkey} 打开快捷回复；在弹窗里按 Alt+M（或点 ☰）打开模板管理、知识库和设置；也可以在终端运行 huashu open templates、huashu open knowledge 或 huashu open settings。</source>
        <translation>This desktop has no system tray. Press {hotkey} for quick replies; in the popup, Alt+M (or ☰) opens the templates, the knowledge base and the settings; or run huashu open templates, huashu open knowledge or huashu open settings in a terminal.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="248" />
        <source>话术助手 — {hotkey}</source>
        <translation>Huashu — {hotkey}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="249" />
        <source>无热键</source>
        <translation>no hotkey</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="213" />
        <source>无法打开数据：</source>
        <translation>Cannot open the data: </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="215" />
        <source>话术助手无法打开数据</source>
        <translation>Huashu cannot open its data</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="251" />
        <source>团队包“{name}”已 {days} 天无法更新</source>
        <translation>Team pack “{name}” has not updated for {days} days</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="271" />
        <source>{name} 已更新到第 {version} 版</source>
        <translation>{name} updated to version {version}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="275" />
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="277" />
        <source>团队包已更新</source>
        <translation>Team pack updated</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="304" />
        <source>热键不可用</source>
        <translation>Hotkey unavailable</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="305" />
        <source>{error}
可以用 `huashu show` 或桌面快捷键打开快速回复。</source>
        <translation>{error}
Open quick replies with `huashu show` or a desktop shortcut instead.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="402" />
        <location filename="../../assistant/ui/tray_app.py" line="405" />
        <source>已复制，请粘贴</source>
        <translation>Copied: please paste</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="403" />
        <source>没有找到原来的聊天窗口：回复已在剪贴板上，请在聊天窗口按 Ctrl+V 粘贴。</source>
        <translation>The chat window could not be found: the reply is on the clipboard, press Ctrl+V in the chat window.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="407" />
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="424" />
        <source>正在加载，请稍候…</source>
        <translation>Loading, one moment…</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <location filename="../../assistant/ui/usage_chart.py" line="64" />
        <source>粘贴</source>
        <translation>Pasted</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/usage_chart.py" line="64" />
        <source>发送</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/usage_chart.py" line="64" />
        <source>复制</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/usage_chart.py" line="85" />
        <source>{day}：共 {total} 次
粘贴 {paste}，发送 {send}，复制 {copy}</source>
        <translation>{day}: {total} uses
{paste} pasted, {send} sent, {copy} copied</translation>
    </message>
</context>
</TS>