"""Every user-facing message: code -> (English, Chinese), as :meth:`str.format` templates.

Both texts of a code take the same ``{named}`` parameters (a test checks it). Literal braces
are doubled. Chinese is written for agents and team leads, with full-width punctuation;
English is what the command line prints. Codes with a dot are not errors but words used inside
other messages (``field.title``) or lint findings (``lint.unclosed``).
"""

from __future__ import annotations

_INPUT = {
    "shortcut_invalid": (
        "shortcut '{shortcut}' must be 1-{limit} characters without spaces, braces or '|'",
        "快捷码“{shortcut}”不可用：应为 1–{limit} 个字符，不能含空格、花括号或“|”"),
    "shortcut_taken": (
        "shortcut '{shortcut}' is already used by '{title}'",
        "快捷码“{shortcut}”已被“{title}”使用"),
    "tag_too_long": (
        "tag '{tag}…' is longer than {limit} characters",
        "标签“{tag}…”太长了，最多 {limit} 个字符"),
    "category_empty_level": (
        "category '{category}' has an empty level",
        "分类“{category}”中有一级名称是空的"),
    "category_too_deep": ("a category path has at most {limit} levels",
                          "分类最多 {limit} 级"),
    "category_name_too_long": (
        "category name '{name}…' is longer than {limit} characters",
        "分类名“{name}…”太长了，最多 {limit} 个字符"),
    "field_empty": ("{field} must not be empty", "{field}不能为空"),
    "field_too_long": (
        "{field} is longer than {limit:,} characters",
        "{field}太长了，最多 {limit:,} 个字符"),
    "field.title": ("title", "标题"),
    "field.body": ("body", "正文"),
    "template_language_invalid": (
        "language must be one of {choices}",
        "模板语言只能是 {choices} 之一"),
    "gender_unknown": (
        "unknown gender '{value}': use male, female or unknown",
        "无法识别性别“{value}”，请填写 先生、女士 或 未知（也可以写 male、female、unknown）"),
    "var_syntax": (
        "--var expects KEY=VALUE, got '{value}'",
        "--var 的格式应为 名称=值，而不是“{value}”"),
    "search_scope_invalid": (
        "scope must be one of {choices}",
        "搜索范围只能是 {choices} 之一"),
}

_NOT_FOUND = {
    "template_not_found": ("no template with id {id}", "找不到 ID 为 {id} 的模板"),
    "template_ref_not_found": (
        "no template with id or shortcut '{ref}'",
        "没有 ID 或快捷码为“{ref}”的模板"),
    "category_not_found": ("no category '{category}'", "没有“{category}”这个分类"),
    "article_not_found": ("no article with id {id}", "找不到 ID 为 {id} 的知识库文章"),
}

_HOTKEY = {
    "hotkey_empty": ("the hotkey is empty", "热键不能为空"),
    "hotkey_too_long": ("the hotkey is too long", "热键太长了"),
    "hotkey_empty_part": (
        "'{hotkey}' has an empty part (write keys joined by '+')",
        "“{hotkey}”中有空的部分，各个键之间用“+”连接"),
    "hotkey_modifier_twice": (
        "'{hotkey}' names {modifier} twice",
        "“{hotkey}”中 {modifier} 写了两次"),
    "hotkey_unknown_key": (
        "'{key}' in '{hotkey}' is not a key this hotkey can use",
        "“{hotkey}”中的“{key}”不能用作热键的按键"),
    "hotkey_no_key": (
        "'{hotkey}' has only modifiers; add a key such as Space or H",
        "“{hotkey}”只有修饰键，请再加一个键，例如 Space 或 H"),
    "hotkey_several_keys": (
        "'{hotkey}' has more than one key ({keys}); use one key with modifiers",
        "“{hotkey}”包含多个普通键（{keys}），热键只能是修饰键加一个键"),
    "hotkey_needs_modifier": (
        "'{hotkey}' needs a modifier (Ctrl, Alt, Shift or Super) so that typing never triggers it",
        "热键“{hotkey}”需要至少一个修饰键（Ctrl、Alt、Shift 或 Super），否则打字时会误触发"),
    "hotkey_alt_space": (
        "Alt+Space opens the window menu on Windows; choose another hotkey",
        "Alt+Space 在 Windows 上会打开窗口菜单，请换一个热键"),
    "hotkey_shift_character": (
        "'{hotkey}' is how a capital or symbol is typed; add Ctrl or Alt",
        "“{hotkey}”是平时输入大写字母或符号的按法，请再加上 Ctrl 或 Alt"),
}

_SETTINGS = {
    "setting_unknown": (
        "unknown setting '{key}' (known: {known})",
        "没有“{key}”这个设置项（可用的有：{known}）"),
    "setting_invalid": ("invalid value for {setting}: {cause}", "{setting}设置无效：{cause}"),
    "value_empty": ("must not be empty", "不能为空"),
    "value_too_long": ("must be at most {limit} characters", "最多只能有 {limit} 个字符"),
    "value_braces_or_line_breaks": (
        "must not contain braces or line breaks",
        "不能包含花括号或换行"),
    "value_not_a_choice": ("must be one of: {choices}", "只能是 {choices} 之一"),
    "value_not_milliseconds": (
        "must be a whole number of milliseconds, not '{value}'",
        "必须是整数毫秒数，不能是“{value}”"),
    "value_out_of_range": (
        "must be between {low} and {high} ms",
        "必须在 {low}–{high} 毫秒之间"),
    "setting.agent_name": ("agent_name", "客服名"),
    "setting.shop_name": ("shop_name", "店铺名"),
    "setting.fallback_salutation": ("fallback_salutation", "默认称呼"),
    "setting.female_title": ("female_title", "女性客户称谓"),
    "setting.hotkey": ("hotkey", "全局热键"),
    "setting.paste_mode": ("paste_mode", "粘贴方式"),
    "setting.paste_keys": ("paste_keys", "粘贴按键"),
    "setting.restore_delay_ms": ("restore_delay_ms", "恢复剪贴板前的等待时间"),
    "setting.send_delay_ms": ("send_delay_ms", "发送前的等待时间"),
    "setting.language": ("language", "界面语言"),
    "setting.sync_interval_minutes": ("sync_interval_minutes", "团队包检查间隔"),
    "setting.import_limit_mb": ("import_limit_mb", "导入文件大小上限（MB）"),
    "value_not_minutes": ("must be a whole number of minutes, not '{value}'",
                          "必须是整数分钟，不能是“{value}”"),
    "minutes_out_of_range": ("must be between {low} and {high} minutes",
                             "必须在 {low}–{high} 分钟之间"),
}

_IMPORT = {
    "import_no_files": ("no files given", "没有选择要导入的文件"),
    "import_cancelled": ("the import was cancelled; nothing was changed", "已取消导入，数据未改动"),
    "import_duplicate_names": (
        "two files are named {file}; sections are identified by file name, so rename one",
        "有两个文件都叫 {file}。导入时按文件名区分内容，请先给其中一个改名"),
    "file_problem": ("{file}: {cause}", "{file}：{cause}"),
    "file_type_unsupported": (
        "unsupported file type '{suffix}' (supported: {supported})",
        "不支持“{suffix}”类型的文件（支持：{supported}）"),
    "file_type_missing": (
        "the file name has no extension, so its type is unknown (supported: {supported})",
        "文件名没有扩展名，无法判断文件类型（支持：{supported}）"),
    "file_missing": ("cannot read: no such file", "找不到这个文件"),
    "file_permission_denied": ("cannot read: permission denied", "没有权限读取这个文件"),
    "file_unreadable": ("cannot read ({reason})", "无法读取这个文件（{reason}）"),
    "file_too_large_unpacked": (
        "it would unpack to more than {limit_mb} MB (a damaged or malicious file); refused",
        "解压后会超过 {limit_mb} MB（文件损坏或被恶意构造），已拒绝"),
    "file_too_large": (
        "the file is larger than {limit} MB; split it and import the parts (or raise "
        "the import_limit_mb setting)",
        "文件超过 {limit} MB，太大了，请拆分后再分别导入（或调高 import_limit_mb 设置）"),
    "file_no_text": ("no text found", "文件里没有找到文字"),
    "import_folder": ("this is a folder; choose the files inside it",
                      "这是一个文件夹，请选择其中的文件"),
    "file_not_regular": (
        "not an ordinary file (a device, pipe or socket); only files can be imported",
        "这不是普通文件（是设备、管道或套接字），只能导入文件"),
    "value_not_megabytes": ("'{value}' is not a size in MB (e.g. 50)",
                            "“{value}”不是以 MB 为单位的大小（例如 50）"),
    "file_not_text": (
        "not a text file: it holds binary data (perhaps another kind of file was renamed); "
        "open it in its own program and save it as text",
        "这不是文本文件：里面是二进制数据（可能是别的文件改了扩展名）。"
        "请用原来的程序打开，另存为文本后再导入"),
    "file_unknown_encoding": (
        "the text is in an unknown encoding (save it as UTF-8)",
        "无法识别文件的文字编码，请另存为 UTF-8 格式后再导入"),
    "file_damaged": (
        "this file cannot be read as {format}; it may be damaged: open it and save it again",
        "无法按 {format} 格式读取这个文件，它可能已损坏。请打开后重新保存一份再导入"),
    "pdf_damaged": (
        "this PDF cannot be read; it may be damaged or password-protected: open it and save it "
        "again, or export it as .docx or .txt",
        "无法读取这个 PDF，文件可能已损坏或设有密码。请打开后重新保存一份，"
        "或导出为 .docx 或 .txt 再导入"),
    "pdf_password": (
        "this PDF is password-protected: open it with its password and save a copy without one, "
        "or export it as .docx or .txt",
        "这个 PDF 设有打开密码。请输入密码打开后另存一份不带密码的副本，"
        "或导出为 .docx 或 .txt 再导入"),
    "pdf_no_text": (
        "the PDF has no text layer (scanned pages cannot be read): run text recognition (OCR) "
        "on it first, or export it as .docx or .txt",
        "这个 PDF 没有文字层（扫描出来的页面无法读取）。请先用文字识别（OCR）转成文字，"
        "或导出为 .docx 或 .txt 再导入"),
    "docx_damaged": (
        "this Word file cannot be read; it may be damaged, password-protected or an old .doc "
        "renamed to .docx: open it in Word or WPS and save it again as .docx",
        "无法读取这个 Word 文件，它可能已损坏、设有密码，或是改了扩展名的旧版 .doc 文件。"
        "请用 Word 或 WPS 打开，重新另存为 .docx 后再导入"),
}

_SNIPPETS = {
    "where.row": ("row {number}", "第 {number} 行"),
    "where.line": ("line {number}", "第 {number} 行"),
    "where.entry": ("entry {number}", "第 {number} 条"),
    "import_place": ("{file}, {where}", "{file} 中{where}"),
    "import_row_issue": ("{place}: {reason}", "{place}：{reason}"),
    "import_mixed_files": (
        "handbooks and quick-reply files cannot be imported together ({handbook} is a "
        "handbook, {sheet} holds quick replies): import each kind with its own command",
        "手册和话术文件不能一起导入（{handbook} 是手册，{sheet} 是话术文件），请分两次导入"),
    "import_too_many_rows": (
        "more than {limit:,} rows; split the file and import the parts",
        "超过 {limit:,} 行，太多了，请拆分后再分别导入"),
    "sheet_no_header": (
        "no header row in the first {rows} rows: name the columns {columns} (at least 内容 "
        "and one other)",
        "前 {rows} 行里没有找到表头，请用 {columns} 作列名（至少要有“内容”和另一列）"),
    "xlsx_damaged": (
        "this file cannot be read as an Excel workbook; it may be damaged or an old .xls "
        "renamed to .xlsx: open it in Excel or WPS and save it again as .xlsx",
        "无法按 Excel 工作簿读取这个文件，它可能已损坏，或是改了扩展名的旧版 .xls 文件。"
        "请用 Excel 或 WPS 打开，重新另存为 .xlsx 后再导入"),
    "xlsx_too_large_unpacked": (
        "unpacked, this workbook would take more than {limit} MB, far more than a sheet of "
        "replies needs; it was not opened",
        "这个工作簿解压后会超过 {limit} MB，远超一份话术表格应有的大小，已拒绝打开"),
    "yaml_invalid": (
        "this YAML cannot be read (line {line}: {reason})",
        "无法读取这个 YAML 文件（第 {line} 行：{reason}）"),
    "espanso_no_matches": (
        "no 'matches:' list: this is not an Espanso match file",
        "文件里没有 matches 列表，这不是 Espanso 的短语文件"),
    "json_invalid": (
        "this JSON cannot be read (line {line}: {reason})",
        "无法读取这个 JSON 文件（第 {line} 行：{reason}）"),
    "beeftext_no_combos": (
        "no 'combos' list: this is not a Beeftext combo file",
        "文件里没有 combos 列表，这不是 Beeftext 的词条文件"),
    "textexpander_invalid": (
        "this is not a TextExpander group file (no snippet list)",
        "这不是 TextExpander 的分组文件（里面没有短语列表）"),
    "row_not_a_snippet": ("not a snippet entry", "这一条不是短语"),
    "row_field_not_text": ("a field holds a list or a table where text belongs",
                           "某个字段是列表或表格，不是文字"),
    "row_no_text": ("nothing to paste: the entry has no text", "这一条没有可粘贴的文字"),
    "row_picture_only": (
        "a picture phrase: Huashu pastes text, so pictures are not imported",
        "这是图片短语。话术助手只粘贴文字，图片不会导入"),
    "row_picture_dropped": (
        "its picture '{image}' was not imported (Huashu pastes text)",
        "图片“{image}”没有导入（话术助手只粘贴文字）"),
    "row_regex_trigger": (
        "a regex trigger cannot become a shortcut code",
        "正则表达式触发词无法转成快捷码"),
    "row_script": (
        "a {kind} snippet runs a script and cannot be imported",
        "{kind} 短语会运行脚本，无法导入"),
    "row_extra_triggers": (
        "only '{kept}' became its shortcut code; {others} left out",
        "只有“{kept}”成为快捷码，{others} 没有保留"),
    "row_variable_fill_in": (
        "the {kind} variable '{name}' became a fill-in field, asked for before pasting",
        "{kind} 变量“{name}”改成了待填字段，粘贴前需要填写"),
    "row_macro_kept": (
        "{macro} has no Huashu equivalent and was kept as text",
        "{macro} 在话术助手中没有对应功能，已按原文保留"),
    "row_formatting_dropped": (
        "its {format} formatting was dropped; the text was kept",
        "{format} 格式已去掉，文字保留"),
    "row_repeats": (
        "the same template as {first} (same shortcut code or title); only the first was "
        "imported",
        "与 {first} 是同一个模板（快捷码或标题相同），只导入了前一条"),
    "row_managed": (
        "managed by pack {pack}: it changes only with the pack (make a local copy to change "
        "it)",
        "这个模板由团队包“{pack}”管理，只随团队包更新（要修改请先复制为我的模板）"),
    "row_title_ambiguous": (
        "several templates in {category} are titled '{title}'; give the row a shortcut code",
        "分类“{category}”中有多个标题为“{title}”的模板，请给这一行填写快捷码"),
    "export_format_unknown": (
        "cannot tell which format to write {file} in: use --format with one of {formats}",
        "无法判断 {file} 要用什么格式，请用 --format 指定 {formats} 之一"),
    "export_suffix_mismatch": (
        "{file} does not end in .{format}: rename it or choose the format its name says",
        "{file} 的扩展名不是 .{format}，请改名，或选择与扩展名相符的格式"),
    "export_unwritable": ("cannot write {file}: {reason}", "无法写入 {file}：{reason}"),
}

_DATA = {
    "database_unopenable": (
        "cannot open database {path}: {reason}",
        "无法打开数据库 {path}：{reason}"),
    "database_unusable": (
        "{path} is not a usable Huashu database ({reason}); it was left untouched — "
        "move it away or restore a backup",
        "{path} 不是可用的话术助手数据库（{reason}）。文件没有被改动，请把它移到别处，或恢复一份备份"),
    "database_too_new": (
        "{path} was created by a newer version of Huashu (schema {revision}, this version knows "
        "up to {head}); it was left untouched — please upgrade Huashu",
        "{path} 是由更新版本的话术助手创建的（数据结构版本 {revision}，本版本最高支持 {head}）。"
        "文件没有被改动，请升级话术助手"),
    "database_unversioned": (
        "{path} holds tables but no Huashu schema version; it was left untouched — "
        "move it away or restore a backup",
        "{path} 中有数据表，但没有话术助手的数据结构版本。文件没有被改动，请把它移到别处，或恢复一份备份"),
    "database_migration_failed": (
        "could not migrate {path}: {cause}",
        "无法升级数据库 {path}：{cause}"),
    "database_migration_failed_backup": (
        "could not migrate {path}: {cause}; the backup {backup} holds the data as it was",
        "无法升级数据库 {path}：{cause}。备份文件 {backup} 保存着升级前的数据"),
    "starter_unreadable": (
        "starter content {file} is unreadable: {reason}",
        "内置初始内容 {file} 无法读取：{reason}"),
    "starter_template_invalid": (
        "starter template '{title}': {cause}",
        "内置模板“{title}”有误：{cause}"),
    "starter_article_invalid": (
        "starter article '{title}': {cause}",
        "内置知识库文章“{title}”有误：{cause}"),
}

_DESKTOP = {
    "no_x11_display": (
        "no X11 display (on Wayland, replies are copied for you to paste)",
        "没有 X11 显示环境（在 Wayland 下，回复会复制到剪贴板，需要你手动粘贴）"),
    "user32_unavailable": (
        "user32 is not available ({reason})",
        "无法使用 Windows 的 user32 接口（{reason}）"),
    "xlib_missing": ("python-xlib is missing ({reason})", "缺少 python-xlib 组件（{reason}）"),
    "x11_unreachable": (
        "cannot connect to the X display: {reason}",
        "无法连接 X 显示服务：{reason}"),
    "x11_no_xtest": (
        "the X server lacks the XTEST extension needed to paste",
        "X 服务器缺少粘贴所需的 XTEST 扩展"),
    "x11_missing_key": ("the keyboard map has no key {key}", "当前键盘布局里没有 {key} 键"),
    "applescript_failed": ("AppleScript failed: {reason}", "AppleScript 执行失败：{reason}"),
    "keys_unavailable": ("cannot send keys: {reason}", "无法模拟按键：{reason}"),
    "hotkeys_unavailable": (
        "global hotkeys are not available on this desktop ({reason}); bind a desktop shortcut "
        "to `huashu toggle` instead",
        "这个桌面不支持全局热键（{reason}）。请在系统设置里为 `huashu toggle` 绑定一个快捷键来代替"),
    "hotkey_rejected": (
        "the hotkey {hotkey} is not valid: {reason}",
        "热键 {hotkey} 无效：{reason}"),
    "hotkey_registration_failed": (
        "the hotkey {hotkey} could not be registered: {reason}",
        "热键 {hotkey} 注册失败：{reason}"),
    "hotkey_not_registered": (
        "the hotkey {hotkey} could not be registered",
        "热键 {hotkey} 注册失败"),
    "hotkey_in_use": (
        "{hotkey} is already used by another program; choose another hotkey in Settings",
        "{hotkey} 已被其他程序占用，请在“设置”里换一个热键"),
    "hotkey_key_unavailable": (
        "the key '{key}' of {hotkey} cannot be used for a global hotkey on this system; "
        "choose another hotkey in Settings",
        "在这个系统上，{hotkey} 中的“{key}”键不能用作全局热键，请在“设置”里换一个热键"),
    "paste_target_elevated": (
        "the chat window runs as administrator, and Windows does not let a normal program "
        "paste into it: the reply is copied, press Ctrl+V; or run Huashu as administrator",
        "聊天窗口以管理员身份运行，Windows 不允许普通程序向它粘贴：回复已复制，请按 Ctrl+V；"
        "或以管理员身份运行话术助手"),
    "keys_blocked": (
        "Windows did not let Huashu press the paste keys (a security program or an "
        "administrator window may be blocking them): the reply is copied, press Ctrl+V",
        "Windows 没有让话术助手按下粘贴键（可能被安全软件或以管理员身份运行的窗口拦截）："
        "回复已复制，请按 Ctrl+V"),
    "mac_accessibility_needed": (
        "Huashu may not press keys for you yet: allow it in System Settings › Privacy & "
        "Security › Accessibility. Until then replies are copied: press Cmd+V",
        "话术助手还没有辅助功能权限，不能替你按粘贴键：请在 系统设置 › 隐私与安全性 › 辅助功能 "
        "中允许话术助手。在此之前回复会复制到剪贴板，请按 Cmd+V 粘贴"),
}

_LINT = {
    "lint.unmatched_close": (
        "'}}' without a matching '{{' (write '}}}}' for a brace)",
        "“}}”前面没有对应的“{{”（要显示花括号本身，请写成“}}}}”）"),
    "lint.unclosed": (
        "'{{' is never closed (write '{{{{' for a brace)",
        "“{{”没有闭合（要显示花括号本身，请写成“{{{{”）"),
    "lint.nested": ("placeholders cannot be nested", "占位符不能嵌套"),
    "lint.empty": ("placeholder has no name", "占位符里没有名称"),
    "lint.bad_name": (
        "'{name}' is not a valid placeholder name",
        "“{name}”不是有效的占位符名称"),
    "lint.misspelt_builtin": (
        "'{{{name}}}' looks like a misspelling of the built-in placeholder '{{{builtin}}}'; as "
        "written it is a fill-in field, asked for before pasting",
        "“{{{name}}}”像是内置占位符“{{{builtin}}}”的笔误；照现在这样写，它是待填字段，粘贴前会要求填写"),
}

_PACKS = {
    "pack_id_invalid": (
        "'{pack_id}' is not a pack id: use 1-64 lower-case letters, digits, '.', '_' or '-', "
        "starting with a letter or digit (e.g. acme-aftersales)",
        "“{pack_id}”不能作为团队包 ID：请用 1–64 个小写字母、数字、“.”“_”或“-”，以字母或数字开头"
        "（如 acme-aftersales）"),
    "pack_version_invalid": (
        "pack version '{version}' must be a whole number from 1 up",
        "团队包版本“{version}”必须是从 1 开始的整数"),
    "pack_name_empty": ("the pack needs a name", "团队包需要一个名称"),
    "pack_category_unknown": ("there is no category '{category}'", "没有“{category}”这个分类"),
    "pack_nothing_to_build": (
        "there are no templates or articles of your own to put in the pack",
        "没有可以放进团队包的自有模板或文章"),
    "pack_unwritable": ("cannot write {file}: {reason}", "无法写入 {file}：{reason}"),
    "pack_key_exists": (
        "{file} already exists; a key file is never overwritten (choose another name)",
        "{file} 已存在；密钥文件不会被覆盖（请换一个文件名）"),
    "pack_key_unwritable": ("cannot write the key file {file}: {reason}",
                            "无法写入密钥文件 {file}：{reason}"),
    "pack_key_unreadable_file": ("cannot read the key file {file}: {reason}",
                                 "无法读取密钥文件 {file}：{reason}"),
    "pack_key_not_private": (
        "{file} is not a Huashu signing key (make one with huashu pack keygen)",
        "{file} 不是话术助手的签名密钥（请用 huashu pack keygen 生成）"),
    "pack_key_unreadable": (
        "that is not a Huashu public key (it looks like huashu-ed25519:… followed by 44 "
        "characters)",
        "这不是话术助手的公钥（公钥以“huashu-ed25519”开头，后跟 44 个字符）"),
    "pack_unreadable_file": ("cannot read {file}: {reason}", "无法读取 {file}：{reason}"),
    "pack_not_a_pack": (
        "this is not a Huashu pack (a .huashu file is a zip archive)",
        "这不是话术助手团队包（.huashu 文件是 zip 压缩包）"),
    "pack_damaged": ("the pack file is damaged; ask for it again",
                     "团队包文件已损坏，请重新获取"),
    "pack_too_many_entries": (
        "the pack has {count} files inside, more than the {limit} allowed",
        "团队包里有 {count} 个文件，超过了上限 {limit} 个"),
    "pack_too_large": ("the pack is larger than {limit_mb} MB", "团队包超过了 {limit_mb} MB"),
    "pack_bad_entry_name": (
        "the pack holds a file named '{name}', which points outside the pack; refused",
        "团队包里有名为“{name}”的文件，指向包外的位置，已拒绝"),
    "pack_missing_entry": ("the pack has no {entry}", "团队包里缺少 {entry}"),
    "pack_not_utf8": ("{entry} in the pack is not UTF-8 text", "团队包里的 {entry} 不是 UTF-8 文本"),
    "pack_bad_json": ("{entry} in the pack is not valid JSON", "团队包里的 {entry} 不是有效的 JSON"),
    "pack_schema_violation": (
        "{entry} in the pack is not in the pack format (at {where}: {reason})",
        "团队包里的 {entry} 不符合团队包格式（位置 {where}：{reason}）"),
    "pack_duplicate_id": ("the pack lists the {kind} '{item}' twice",
                          "团队包里 {kind}“{item}”出现了两次"),
    "pack_bad_item": ("{kind} '{item}' in the pack: {cause}", "团队包里的 {kind}“{item}”：{cause}"),
    "pack_needs_newer_app": (
        "this pack needs Huashu {needed} or newer (this is {current}); please update Huashu",
        "这个团队包需要话术助手 {needed} 或更新的版本（当前是 {current}），请先升级"),
    "pack_content_tampered": (
        "the pack's content does not match its manifest (changed after it was built); refused",
        "团队包的内容和清单不一致（打包后被改动过），已拒绝"),
    "pack_bad_signature": (
        "the pack's signature (key {key_id}) is not valid: the pack was changed after signing; "
        "refused",
        "团队包的签名（密钥 {key_id}）无效：签名后内容被改动过，已拒绝"),
    "pack_unsigned_but_pinned": (
        "pack '{pack_id}' is not signed, but your subscription expects key {expected}; refused "
        "(subscribe again if the team lead stopped signing)",
        "团队包“{pack_id}”没有签名，但你的订阅要求密钥 {expected} 的签名，已拒绝（如果组长不再签名，"
        "请重新订阅）"),
    "pack_other_key": (
        "pack '{pack_id}' is signed with key {got}, but your subscription expects key "
        "{expected}; refused (if the team lead changed keys, subscribe again)",
        "团队包“{pack_id}”用密钥 {got} 签名，但你的订阅要求密钥 {expected}，已拒绝（如果组长换了"
        "密钥，请重新订阅）"),
    "pack_id_mismatch": (
        "the source now holds pack '{got}', not the subscribed '{expected}'; refused",
        "来源里现在是团队包“{got}”，不是订阅的“{expected}”，已拒绝"),
    "database_read_only": (
        "the data folder is read-only ({path}); Huashu cannot save there: check its "
        "permissions or set HUASHU_HOME to a folder you can write",
        "数据文件夹是只读的（{path}），无法保存：请检查它的权限，或用 HUASHU_HOME 指定一个可写的文件夹"),
    "folder_not_writable": (
        "cannot write {path}: the folder is read-only or not yours; check its permissions "
        "(or set HUASHU_HOME to a folder you can write)",
        "无法写入 {path}：文件夹是只读的或不属于你，请检查权限（或用 HUASHU_HOME 指定一个可写的文件夹）"),
    "disk_full": (
        "the disk is full; nothing was saved. Free some space and try again",
        "磁盘已满，没有保存任何内容。请腾出一些空间后重试"),
    "database_damaged": (
        "the database is damaged ({path}); nothing was saved. Restore a backup: huashu "
        "restore FILE (backups are in the backups folder beside it), or run huashu doctor",
        "数据库已损坏（{path}），没有保存任何内容。请恢复备份：huashu restore 文件（备份在它旁边的 "
        "backups 文件夹里），或运行 huashu doctor 查看"),
    "index_busy": (
        "the search index is busy (another Huashu command is writing to it); try again in a "
        "moment",
        "搜索索引正忙（另一个话术助手命令正在写入），请稍后再试"),
    "database_busy": (
        "the database is busy (another Huashu window or command is writing); try again in a "
        "moment",
        "数据库正忙（另一个话术助手窗口或命令正在写入），请稍后再试"),
    "pack_not_subscribed": ("there is no subscription '{pack_id}'", "没有订阅“{pack_id}”"),
    "pack_source_scheme": (
        "'{source}' is neither a file, a folder nor an http(s) address",
        "“{source}”既不是文件或文件夹，也不是 http 或 https 地址"),
    "pack_source_missing": ("'{source}' does not exist", "“{source}”不存在"),
    "pack_source_unreadable": ("cannot read {source}: {reason}", "无法读取 {source}：{reason}"),
    "pack_folder_empty": ("there is no pack in the folder {source}",
                          "文件夹 {source} 里没有团队包"),
    "pack_folder_ambiguous": (
        "the folder {source} holds several packs ({ids}): name one with --id",
        "文件夹 {source} 里有多个团队包（{ids}）：请用 --id 指定一个"),
    "pack_source_http_error": ("{source} answered {status} {reason}",
                               "{source} 返回了 {status} {reason}"),
    "pack_source_unreachable": ("cannot reach {source} ({reason}); will try again later",
                                "无法连接 {source}（{reason}），稍后会再试"),
    "template_managed": (
        "'{title}' belongs to the team pack '{pack}' and changes only with it; make a local "
        "copy to change it",
        "“{title}”属于团队包“{pack}”，只随团队包更新；要修改请先复制为我的模板"),
    "article_managed": (
        "'{title}' belongs to the team pack '{pack}' and changes only with it",
        "“{title}”属于团队包“{pack}”，只随团队包更新"),
}

# Usage statistics
_STATISTICS = {
    "stats_days_invalid": (
        "the number of days must be from {low} to {high}, not {days}",
        "统计天数应为 {low} 到 {high} 之间的整数，而不是 {days}"),
}

# The template window's category tree.
_CATEGORY_TREE = {
    "category_id_not_found": ("the category no longer exists (id {id})",
                              "这个分类已不存在（ID {id}）"),
    "category_name_taken": ("there is already a category '{name}' at this level",
                            "同一级已有名为“{name}”的分类"),
    "category_name_invalid": (
        "'{name}' is not a category name: it must not be empty or contain '/'",
        "“{name}”不能作分类名：分类名不能为空，也不能含有“/”"),
    "category_into_itself": ("'{name}' cannot go into itself or one of its sub-categories",
                             "“{name}”不能移到它自己或它的子分类里"),
}

# Settings dialog: reserved hotkeys, start at login, backup and restore.
_SETTINGS_DIALOG = {
    "hotkey_reserved": (
        "{hotkey} means {meaning} in every program; choose another hotkey",
        "{hotkey} 在所有程序里都用于{meaning}，请换一个热键"),
    "hotkey.copy": ("copy", "复制"),
    "hotkey.paste": ("paste", "粘贴"),
    "hotkey.cut": ("cut", "剪切"),
    "hotkey.undo": ("undo", "撤销"),
    "hotkey.redo": ("redo", "重做"),
    "hotkey.select_all": ("select all", "全选"),
    "hotkey.save": ("save", "保存"),
    "hotkey.close_window": ("close the window", "关闭窗口"),
    "hotkey.switch_window": ("switch windows", "切换窗口"),
    "hotkey.security": ("the system's security screen", "系统安全界面"),
    "hotkey.task_manager": ("task manager", "任务管理器"),
    "backup_nothing": (
        "there is no database to back up yet ({path})",
        "还没有可以备份的数据库（{path}）"),
    "backup_onto_database": (
        "{path} is the database itself; choose another file for the backup",
        "{path} 就是数据库本身，请为备份选择另一个文件"),
    "backup_unwritable": ("cannot write the backup {path}: {reason}",
                          "无法写入备份 {path}：{reason}"),
    "backup_not_database": ("{path} is not a database file", "{path} 不是数据库文件"),
    "backup_not_huashu": ("{path} is not a Huashu backup", "{path} 不是话术助手的备份"),
    "backup_damaged": (
        "{path} is damaged ({reason}); nothing was changed",
        "{path} 已损坏（{reason}），没有做任何更改"),
    "restore_failed": (
        "the backup {path} could not be opened ({cause}); your data is back as it was",
        "无法打开备份 {path}（{cause}），数据已恢复到还原之前的状态"),
    "restore_app_running": (
        "Huashu is running: restore from its Settings window, or quit it first (huashu quit)",
        "话术助手正在运行：请在它的“设置”窗口里恢复备份，或先退出（huashu quit）"),
}

_WORDING = {
    "lint.wording_absolute": (
        "'{word}' is an absolute promise: say what you will actually do",
        "“{word}”是绝对化承诺，请改为能做到的具体说法"),
    "lint.wording_extreme": (
        "'{word}' is an extreme claim the advertising law forbids",
        "“{word}”是广告法禁止的极限用语"),
    "lint.wording_off_platform": (
        "'{word}' takes the customer off the platform, which platforms forbid",
        "“{word}”会把顾客引到平台之外，平台规则禁止"),
    "lint.wording_custom": (
        "'{word}' is on the team's list of forbidden words",
        "“{word}”在团队的禁用词列表中"),
    "lint.shortcut_duplicate": (
        "shortcut '{shortcut}' is also the shortcut of '{other}'",
        "快捷码“{shortcut}”与“{other}”的快捷码重复"),
    "lint.shortcut_prefix_of": (
        "shortcut '{shortcut}' is the beginning of '{code}' ('{other}'): typing it is ambiguous",
        "快捷码“{shortcut}”是“{other}”的快捷码“{code}”的开头，输入时会混淆"),
    "lint.shortcut_starts_with": (
        ("shortcut '{shortcut}' begins with '{code}', the shortcut of '{other}': typing it is "
         "ambiguous"),
        "快捷码“{shortcut}”以“{other}”的快捷码“{code}”开头，输入时会混淆"),
    "lint.greeting_without_salutation": (
        "a greeting in '{category}' without {{称呼}}: address the customer",
        "“{category}”里的问候没有 {{称呼}}，请称呼顾客"),
    "setting.forbidden_words": ("forbidden_words", "禁用词"),
    "setting.allowed_words": ("allowed_words", "允许的说法"),
    "word_too_long": ("'{word}…' is longer than {limit} characters",
                      "“{word}…”太长了，每个词最多 {limit} 个字符"),
    "word_braces": ("'{word}' contains a brace", "“{word}”里不能有花括号"),
    "words_too_many": ("at most {limit} words", "最多 {limit} 个词"),
    "pack_bad_wording": ("the pack's word list is unusable: {cause}",
                         "团队包的用词列表不可用：{cause}"),
}

CATALOG: dict[str, tuple[str, str]] = {
    **_INPUT, **_NOT_FOUND, **_HOTKEY, **_SETTINGS, **_IMPORT, **_SNIPPETS, **_DATA, **_DESKTOP,
    **_LINT, **_PACKS, **_STATISTICS, **_CATEGORY_TREE, **_SETTINGS_DIALOG, **_WORDING,
}
