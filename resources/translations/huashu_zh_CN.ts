<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="33" />
        <source>如 售后/运费</source>
        <translation>如 售后/运费</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="35" />
        <source>用逗号分隔</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="37" />
        <source>正文（Markdown）：# 标题、- 列表、**加粗**</source>
        <translation>正文（Markdown）：# 标题、- 列表、**加粗**</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="44" />
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="45" />
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="46" />
        <source>标签</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="51" />
        <source>正文（左）与预览（右，蓝底为粘贴到聊天的段落）</source>
        <translation>正文（左）与预览（右，蓝底为粘贴到聊天的段落）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/article_editor.py" line="75" />
        <source>来自《{file}》，重新导入该文件会覆盖修改。</source>
        <translation>来自《{file}》，重新导入该文件会覆盖修改。</translation>
    </message>
</context>
<context>
    <name>ArticleTreeModel</name>
    <message>
        <location filename="../../assistant/ui/article_tree.py" line="66" />
        <source>未分类</source>
        <translation>未分类</translation>
    </message>
</context>
<context>
    <name>CategoryPanel</name>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="129" />
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="129" />
        <source>★ 收藏</source>
        <translation>★ 收藏</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="130" />
        <source>{days} 天未用</source>
        <translation>{days} 天未用</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="140" />
        <location filename="../../assistant/ui/category_tree.py" line="231" />
        <source>新建分类</source>
        <translation>新建分类</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="142" />
        <source>重命名</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="144" />
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="208" />
        <source>删除分类…</source>
        <translation>删除分类…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="217" />
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="229" />
        <source>“{parent}”下的新分类名称：</source>
        <translation>“{parent}”下的新分类名称：</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="230" />
        <source>新分类名称：</source>
        <translation>新分类名称：</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="243" />
        <source>重命名分类</source>
        <translation>重命名分类</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="243" />
        <source>新名称：</source>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="42" />
        <source>打开文件夹</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="43" />
        <source>立即备份</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="44" />
        <source>备份到文件…</source>
        <translation>备份到文件…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="45" />
        <source>从备份恢复…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="78" />
        <source>已备份到 {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="83" />
        <source>备份到文件</source>
        <translation>备份到文件</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="84" />
        <source>话术助手备份 (*.db)</source>
        <translation>话术助手备份 (*.db)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="91" />
        <location filename="../../assistant/ui/data_section.py" line="97" />
        <source>从备份恢复</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="92" />
        <source>话术助手备份 (*.db);;所有文件 (*)</source>
        <translation>话术助手备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="98" />
        <source>用“{file}”替换现在的全部模板、知识库和设置吗？
现在的数据会先备份到备份文件夹；各窗口里未保存的修改会丢失。</source>
        <translation>用“{file}”替换现在的全部模板、知识库和设置吗？
现在的数据会先备份到备份文件夹；各窗口里未保存的修改会丢失。</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="110" />
        <source>正在恢复…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="122" />
        <source>已从备份恢复。</source>
        <translation>已从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/data_section.py" line="124" />
        <source>原来的数据保存在 {path}</source>
        <translation>原来的数据保存在 {path}</translation>
    </message>
</context>
<context>
    <name>DeleteCategoryDialog</name>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="278" />
        <source>删除分类</source>
        <translation>删除分类</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="281" />
        <source>（不分类）</source>
        <translation>（不分类）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="287" />
        <source>把其中的模板和子分类移到：</source>
        <translation>把其中的模板和子分类移到：</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="289" />
        <source>连同其中的 {n} 个模板一起删除</source>
        <translation>连同其中的 {n} 个模板一起删除</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="293" />
        <source>分类里的知识库文章会移到上级分类，不会被删除；团队包的模板也会保留。</source>
        <translation>分类里的知识库文章会移到上级分类，不会被删除；团队包的模板也会保留。</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/category_tree.py" line="300" />
        <source>删除分类“{name}”（含 {n} 个模板）：</source>
        <translation>删除分类“{name}”（含 {n} 个模板）：</translation>
    </message>
</context>
<context>
    <name>HandbookImport</name>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="49" />
        <source>导入完成：{files} 个文件，新增 {a} 篇，更新 {u} 篇，未变 {s} 篇，移除 {r} 篇。</source>
        <translation>导入完成：{files} 个文件，新增 {a} 篇，更新 {u} 篇，未变 {s} 篇，移除 {r} 篇。</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="60" />
        <source>已取消导入，数据未改动。</source>
        <translation>已取消导入，数据未改动。</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="62" />
        <source>导入失败，数据未改动：</source>
        <translation>导入失败，数据未改动：</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="73" />
        <source>准备导入…</source>
        <translation>准备导入…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="73" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="75" />
        <source>导入手册</source>
        <translation>导入手册</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="91" />
        <source>正在取消…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="101" />
        <source>正在读取 {file}（{n}/{total}）</source>
        <translation>正在读取 {file}（{n}/{total}）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="103" />
        <source>文件已读取</source>
        <translation>文件已读取</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="105" />
        <source>正在保存 {total} 篇文章…</source>
        <translation>正在保存 {total} 篇文章…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/handbook_import.py" line="107" />
        <source>正在更新搜索索引…（数据已保存）</source>
        <translation>正在更新搜索索引…（数据已保存）</translation>
    </message>
</context>
<context>
    <name>HotkeyEdit</name>
    <message>
        <location filename="../../assistant/ui/hotkey_edit.py" line="60" />
        <source>按下新的快捷键…</source>
        <translation>按下新的快捷键…</translation>
    </message>
</context>
<context>
    <name>KnowledgeWindow</name>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="92" />
        <source>知识库</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="104" />
        <source>搜索知识库：关键词或拼音</source>
        <translation>搜索知识库：关键词或拼音</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="107" />
        <source>按分类</source>
        <translation>按分类</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="108" />
        <source>按文档</source>
        <translation>按文档</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="109" />
        <source>新建文章</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="110" />
        <source>导入文件…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="122" />
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="137" />
        <source>编辑</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="138" />
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="139" />
        <source>复制 (Ctrl+C)</source>
        <translation>复制 (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="140" />
        <source>复制所选文字；没有选中时复制蓝底的段落</source>
        <translation>复制所选文字；没有选中时复制蓝底的段落</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="141" />
        <source>粘贴到聊天 (Enter)</source>
        <translation>粘贴到聊天 (Enter)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="142" />
        <source>把所选文字或蓝底的段落粘贴到原来的聊天窗口</source>
        <translation>把所选文字或蓝底的段落粘贴到原来的聊天窗口</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="159" />
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="254" />
        <source>团队包：{pack}</source>
        <translation>团队包：{pack}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="258" />
        <source>入门资料</source>
        <translation>入门资料</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="258" />
        <source>在应用中编写</source>
        <translation>在应用中编写</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="278" />
        <source>找到 {n} 篇</source>
        <translation>找到 {n} 篇</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="278" />
        <source>共 {n} 篇</source>
        <translation>共 {n} 篇</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="307" />
        <source>来自团队包“{pack}”，随团队包自动更新，不能在这里修改。</source>
        <translation>来自团队包“{pack}”，随团队包自动更新，不能在这里修改。</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="339" />
        <source>已复制 {n} 个字</source>
        <translation>已复制 {n} 个字</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="347" />
        <source>已复制，请粘贴</source>
        <translation>已复制，请粘贴</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="383" />
        <source>新文章</source>
        <translation>新文章</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="400" />
        <source>无法保存</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="406" />
        <source>已保存“{title}”</source>
        <translation>已保存“{title}”</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="414" />
        <source>删除文章</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="414" />
        <source>删除“{title}”？</source>
        <translation>删除“{title}”？</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="421" />
        <source>无法删除</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="436" />
        <source>导入手册</source>
        <translation>导入手册</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="437" />
        <source>手册</source>
        <translation>手册</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/knowledge_window.py" line="158" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../assistant/ui/messages.py" line="37" />
        <source>出现了意外错误，详情已写入日志。</source>
        <translation>出现了意外错误，详情已写入日志。</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/messages.py" line="47" />
        <source>未保存的修改</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/messages.py" line="48" />
        <source>“{title}”的修改还没有保存。</source>
        <translation>“{title}”的修改还没有保存。</translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="25" />
        <source>导出为团队包</source>
        <translation>导出为团队包</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="29" />
        <source>如 acme-aftersales（每个版本都相同）</source>
        <translation>如 acme-aftersales（每个版本都相同）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="31" />
        <source>客服看到的名称，如 售后话术</source>
        <translation>客服看到的名称，如 售后话术</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="43" />
        <source>不签名</source>
        <translation>不签名</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="44" />
        <location filename="../../assistant/ui/pack_export.py" line="54" />
        <source>选择…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="45" />
        <source>新建密钥…</source>
        <translation>新建密钥…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="51" />
        <source>这个版本改了什么（更新后会告诉客服）</source>
        <translation>这个版本改了什么（更新后会告诉客服）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="60" />
        <source>包 ID</source>
        <translation>包 ID</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="61" />
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="62" />
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="63" />
        <source>分类（不选则全部）</source>
        <translation>分类（不选则全部）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="64" />
        <source>签名密钥</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="65" />
        <source>更新说明</source>
        <translation>更新说明</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="66" />
        <source>保存到</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="93" />
        <source>选择签名密钥</source>
        <translation>选择签名密钥</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="98" />
        <source>保存新的签名密钥</source>
        <translation>保存新的签名密钥</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="108" />
        <source>新密钥已保存</source>
        <translation>新密钥已保存</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="109" />
        <source>请妥善保管密钥文件，拿到它的人可以用你的名义发布团队包。

把下面的公钥发给客服，订阅时填写：</source>
        <translation>请妥善保管密钥文件，拿到它的人可以用你的名义发布团队包。

把下面的公钥发给客服，订阅时填写：</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="118" />
        <source>保存团队包</source>
        <translation>保存团队包</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="119" />
        <source>团队包</source>
        <translation>团队包</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="134" />
        <source>请选择保存位置</source>
        <translation>请选择保存位置</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="153" />
        <source>已签名（密钥 {key}）</source>
        <translation>已签名（密钥 {key}）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="154" />
        <source>未签名</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="155" />
        <source>团队包已导出</source>
        <translation>团队包已导出</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_export.py" line="156" />
        <source>{path}
第 {version} 版：{t} 个模板、{a} 篇文章，{signed}。
放到共享文件夹或网站上，客服用 huashu subscribe 订阅后会自动更新。</source>
        <translation>{path}
第 {version} 版：{t} 个模板、{a} 篇文章，{signed}。
放到共享文件夹或网站上，客服用 huashu subscribe 订阅后会自动更新。</translation>
    </message>
</context>
<context>
    <name>QuickReplyPopup</name>
    <message>
        <location filename="../../assistant/ui/popup.py" line="77" />
        <source>话术助手</source>
        <translation>话术助手</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="104" />
        <source>客户(&amp;N)</source>
        <translation>客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="106" />
        <source>客户姓名，如 王小明</source>
        <translation>客户姓名，如 王小明</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="111" />
        <source>先生</source>
        <translation>先生</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="111" />
        <source>女士</source>
        <translation>女士</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="111" />
        <source>未知</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="113" />
        <source>称谓(&amp;G)</source>
        <translation>称谓(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="115" />
        <source>清除客户</source>
        <translation>清除客户</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="127" />
        <source>输入关键词、拼音首字母或快捷码…</source>
        <translation>输入关键词、拼音首字母或快捷码…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="130" />
        <source>模板管理(&amp;T)</source>
        <translation>模板管理(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="131" />
        <source>知识库(&amp;K)</source>
        <translation>知识库(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="132" />
        <source>使用统计(&amp;U)</source>
        <translation>使用统计(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="133" />
        <source>设置(&amp;S)</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="139" />
        <source>菜单：模板管理、知识库、使用统计、设置（Alt+M）</source>
        <translation>菜单：模板管理、知识库、使用统计、设置（Alt+M）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="149" />
        <location filename="../../assistant/ui/popup.py" line="338" />
        <source>模板</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="150" />
        <location filename="../../assistant/ui/popup.py" line="338" />
        <source>知识库</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="164" />
        <source>预览</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="203" />
        <source>Enter 粘贴右侧高亮的段落（在预览中选中文字则只粘贴所选）· Ctrl+C 复制 · Tab 模板 · Alt+M 菜单 · Esc 关闭</source>
        <translation>Enter 粘贴右侧高亮的段落（在预览中选中文字则只粘贴所选）· Ctrl+C 复制 · Tab 模板 · Alt+M 菜单 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="206" />
        <source>Enter 粘贴 · Ctrl+Enter 粘贴并发送 · Ctrl+C 复制 · Alt+1…9 选择 · Tab 知识库 · Alt+M 菜单 · Esc 关闭</source>
        <translation>Enter 粘贴 · Ctrl+Enter 粘贴并发送 · Ctrl+C 复制 · Alt+1…9 选择 · Tab 知识库 · Alt+M 菜单 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="308" />
        <source>正在加载模板和知识库…</source>
        <translation>正在加载模板和知识库…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="417" />
        <source>填写 {name}</source>
        <translation>填写 {name}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="423" />
        <source>请填写后按 Enter（Esc 返回）</source>
        <translation>请填写后按 Enter（Esc 返回）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/popup.py" line="513" />
        <source>请先填写这一项（Esc 返回）</source>
        <translation>请先填写这一项（Esc 返回）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="68" />
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="76" />
        <source>点击后按下新的快捷键组合；Esc 取消</source>
        <translation>点击后按下新的快捷键组合；Esc 取消</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="77" />
        <source>恢复默认</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="79" />
        <source>粘贴到聊天窗口</source>
        <translation>粘贴到聊天窗口</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="80" />
        <source>只复制</source>
        <translation>只复制</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="81" />
        <source>Shift+Insert（终端）</source>
        <translation>Shift+Insert（终端）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="90" />
        <source>登录系统后自动启动话术助手</source>
        <translation>登录系统后自动启动话术助手</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="97" />
        <source>客服名（{客服}）</source>
        <translation>客服名（{客服}）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="98" />
        <source>店铺名（{店铺}）</source>
        <translation>店铺名（{店铺}）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="99" />
        <source>不知道姓名时的称呼</source>
        <translation>不知道姓名时的称呼</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="100" />
        <source>女性客户称谓</source>
        <translation>女性客户称谓</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="105" />
        <source>全局热键</source>
        <translation>全局热键</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="106" />
        <source>选中回复后</source>
        <translation>选中回复后</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="107" />
        <source>粘贴按键</source>
        <translation>粘贴按键</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="108" />
        <source>恢复剪贴板前等待</source>
        <translation>恢复剪贴板前等待</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="109" />
        <source>Ctrl+Enter 发送前等待</source>
        <translation>Ctrl+Enter 发送前等待</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="111" />
        <source>界面语言</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="112" />
        <source>界面语言（重启后生效）</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="113" />
        <source>开机启动</source>
        <translation>开机启动</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="116" />
        <source>数据文件夹</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="130" />
        <source>回复内容</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="130" />
        <source>热键与粘贴</source>
        <translation>热键与粘贴</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="131" />
        <source>常规</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="193" />
        <source>（当前热键 {hotkey} 仍然有效）</source>
        <translation>（当前热键 {hotkey} 仍然有效）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="194" />
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="217" />
        <source>无法更改开机启动（{where}）：{reason}</source>
        <translation>无法更改开机启动（{where}）：{reason}</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="30" />
        <source>使用统计</source>
        <translation>使用统计</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="39" />
        <source>最近 {n} 天</source>
        <translation>最近 {n} 天</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="41" />
        <source>导出 CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="42" />
        <source>导出两个表格给组长：各模板的使用次数，以及每日使用次数（文件名后加“-每日”）</source>
        <translation>导出两个表格给组长：各模板的使用次数，以及每日使用次数（文件名后加“-每日”）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="47" />
        <source>估算值：为保护隐私，只记录模板、动作和时间，不记录发出的文字。
每用一次，按模板正文的字数计算（占位符按其名称计，如 {称呼} 计 2 字），
减去快捷码的长度（没有快捷码时减 2，即搜索时最少的按键），不低于 0。</source>
        <translation>估算值：为保护隐私，只记录模板、动作和时间，不记录发出的文字。
每用一次，按模板正文的字数计算（占位符按其名称计，如 {称呼} 计 2 字），
减去快捷码的长度（没有快捷码时减 2，即搜索时最少的按键），不低于 0。</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="51" />
        <source>时间范围</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="61" />
        <source>每日使用次数</source>
        <translation>每日使用次数</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="66" />
        <source>模板</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="66" />
        <source>粘贴</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="66" />
        <source>发送</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="67" />
        <source>复制</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="67" />
        <source>合计</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="73" />
        <source>最常用</source>
        <translation>最常用</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="76" />
        <source>从未使用</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="112" />
        <source>共使用 {total} 次（粘贴 {paste}，发送 {send}，复制 {copy}）</source>
        <translation>共使用 {total} 次（粘贴 {paste}，发送 {send}，复制 {copy}）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="117" />
        <source>约节省 {n} 字</source>
        <translation>约节省 {n} 字</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="135" />
        <source>从未使用（{n}）</source>
        <translation>从未使用（{n}）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="137" />
        <source>{first} 至 {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="141" />
        <source>话术统计</source>
        <translation>话术统计</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="143" />
        <source>导出 CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="144" />
        <source>CSV 表格</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="160" />
        <source>已导出到 {file} 和 {daily}</source>
        <translation>已导出到 {file} 和 {daily}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/stats_window.py" line="166" />
        <source>导出失败：</source>
        <translation>导出失败：</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="66" />
        <source>复制为我的模板</source>
        <translation>复制为我的模板</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="75" />
        <source>如 thlc，输入框里打它即可找到</source>
        <translation>如 thlc，输入框里打它即可找到</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="82" />
        <source>如 售后/退换货（新路径保存时创建）</source>
        <translation>如 售后/退换货（新路径保存时创建）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="84" />
        <source>用逗号分隔</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="86" />
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="89" />
        <source>正文，可用 {称呼} {客服} {店铺} {订单号} 等占位符</source>
        <translation>正文，可用 {称呼} {客服} {店铺} {订单号} 等占位符</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="97" />
        <source>插入占位符</source>
        <translation>插入占位符</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="104" />
        <source>填空项…</source>
        <translation>填空项…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="107" />
        <source>撤销</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="109" />
        <source>重做</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="119" />
        <source>先生</source>
        <translation>先生</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="119" />
        <source>女士</source>
        <translation>女士</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="120" />
        <source>未知</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="123" />
        <source>示例客户</source>
        <translation>示例客户</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="132" />
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="137" />
        <source>快捷码</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="138" />
        <source>分类</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="139" />
        <source>标签</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="140" />
        <source>语言</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="145" />
        <source>正文</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="147" />
        <source>预览</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="148" />
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="149" />
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="238" />
        <source>插入填空项</source>
        <translation>插入填空项</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="239" />
        <source>填空项名称（粘贴前由你填写），如 订单号：</source>
        <translation>填空项名称（粘贴前由你填写），如 订单号：</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_editor.py" line="264" />
        <source>第 {n} 个字符：</source>
        <translation>第 {n} 个字符：</translation>
    </message>
</context>
<context>
    <name>TemplateTable</name>
    <message>
        <location filename="../../assistant/ui/template_list.py" line="37" />
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_list.py" line="37" />
        <source>快捷码</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/template_list.py" line="37" />
        <source>次数</source>
        <translation>次数</translation>
    </message>
</context>
<context>
    <name>TemplatesWindow</name>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="66" />
        <source>新建模板</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="87" />
        <source>导出为团队包…</source>
        <translation>导出为团队包…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="50" />
        <location filename="../../assistant/ui/templates_window.py" line="257" />
        <location filename="../../assistant/ui/templates_window.py" line="284" />
        <source>模板管理</source>
        <translation>模板管理</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="63" />
        <source>搜索：与弹窗相同，可用拼音、首字母、快捷码</source>
        <translation>搜索：与弹窗相同，可用拼音、首字母、快捷码</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="68" />
        <source>★ 收藏</source>
        <translation>★ 收藏</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="69" />
        <source>收藏或取消收藏所选模板（Ctrl+D）</source>
        <translation>收藏或取消收藏所选模板（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="71" />
        <source>移动到…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="76" />
        <source>删除所选</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="78" />
        <source>导出所选…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="201" />
        <source>［团队包：{pack}］</source>
        <translation>［团队包：{pack}］</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="274" />
        <source>（不分类）</source>
        <translation>（不分类）</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="317" />
        <source>删除所选的 {n} 个模板？删除后不能恢复。</source>
        <translation>删除所选的 {n} 个模板？删除后不能恢复。</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="330" />
        <location filename="../../assistant/ui/templates_window.py" line="340" />
        <source>导出所选模板</source>
        <translation>导出所选模板</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="332" />
        <source>Excel 表格 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel 表格 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="338" />
        <source>无法导出</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="341" />
        <source>已导出 {n} 个模板到 {file}</source>
        <translation>已导出 {n} 个模板到 {file}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="349" />
        <source>来自团队包“{pack}”，随团队包自动更新，不能在这里修改。要按自己的需要改，请复制为我的模板（快捷码随之转给你的副本）。</source>
        <translation>来自团队包“{pack}”，随团队包自动更新，不能在这里修改。要按自己的需要改，请复制为我的模板（快捷码随之转给你的副本）。</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="360" />
        <source>无法复制</source>
        <translation>无法复制</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="373" />
        <source>新模板</source>
        <translation>新模板</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="400" />
        <source>无法保存</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="316" />
        <location filename="../../assistant/ui/templates_window.py" line="409" />
        <source>删除模板</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="410" />
        <source>删除“{title}”？</source>
        <translation>删除“{title}”？</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/templates_window.py" line="417" />
        <source>无法删除</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../assistant/ui/tray.py" line="34" />
        <source>快捷回复</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="35" />
        <source>模板管理</source>
        <translation>模板管理</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="36" />
        <source>知识库</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="37" />
        <source>使用统计</source>
        <translation>使用统计</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="38" />
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="40" />
        <source>暂停热键</source>
        <translation>暂停热键</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="46" />
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="72" />
        <source>话术助手</source>
        <translation>话术助手</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <location filename="../../assistant/ui/live_changes.py" line="41" />
        <location filename="../../assistant/ui/main.py" line="91" />
        <location filename="../../assistant/ui/tray_app.py" line="131" />
        <source>话术助手</source>
        <translation>话术助手</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/live_changes.py" line="92" />
        <source>已从备份恢复</source>
        <translation>已从备份恢复</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="190" />
        <source>话术助手已在后台运行</source>
        <translation>话术助手已在后台运行</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="191" />
        <source>这个桌面没有系统托盘。按 {hotkey} 打开快捷回复；在弹窗里按 Alt+M（或点 ☰）打开模板管理、知识库和设置；也可以在终端运行 huashu open templates、huashu open knowledge 或 huashu open settings。</source>
        <translation>这个桌面没有系统托盘。按 {hotkey} 打开快捷回复；在弹窗里按 Alt+M（或点 ☰）打开模板管理、知识库和设置；也可以在终端运行 huashu open templates、huashu open knowledge 或 huashu open settings。</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="248" />
        <source>话术助手 — {hotkey}</source>
        <translation>话术助手 — {hotkey}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="249" />
        <source>无热键</source>
        <translation>无热键</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="213" />
        <source>无法打开数据：</source>
        <translation>无法打开数据：</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="215" />
        <source>话术助手无法打开数据</source>
        <translation>话术助手无法打开数据</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="251" />
        <source>团队包“{name}”已 {days} 天无法更新</source>
        <translation>团队包“{name}”已 {days} 天无法更新</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="271" />
        <source>{name} 已更新到第 {version} 版</source>
        <translation>{name} 已更新到第 {version} 版</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="275" />
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="277" />
        <source>团队包已更新</source>
        <translation>团队包已更新</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="304" />
        <source>热键不可用</source>
        <translation>热键不可用</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="305" />
        <source>{error}
可以用 `huashu show` 或桌面快捷键打开快速回复。</source>
        <translation>{error}
可以用 `huashu show` 或桌面快捷键打开快速回复。</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="402" />
        <location filename="../../assistant/ui/tray_app.py" line="405" />
        <source>已复制，请粘贴</source>
        <translation>已复制，请粘贴</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="403" />
        <source>没有找到原来的聊天窗口：回复已在剪贴板上，请在聊天窗口按 Ctrl+V 粘贴。</source>
        <translation>没有找到原来的聊天窗口：回复已在剪贴板上，请在聊天窗口按 Ctrl+V 粘贴。</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="407" />
        <source>已复制</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray_app.py" line="424" />
        <source>正在加载，请稍候…</source>
        <translation>正在加载，请稍候…</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <location filename="../../assistant/ui/usage_chart.py" line="64" />
        <source>粘贴</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/usage_chart.py" line="64" />
        <source>发送</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/usage_chart.py" line="64" />
        <source>复制</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/usage_chart.py" line="85" />
        <source>{day}：共 {total} 次
粘贴 {paste}，发送 {send}，复制 {copy}</source>
        <translation>{day}：共 {total} 次
粘贴 {paste}，发送 {send}，复制 {copy}</translation>
    </message>
</context>
</TS>