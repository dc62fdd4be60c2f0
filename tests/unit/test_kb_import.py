import shutil
from pathlib import Path

import pytest

from assistant.core.errors import InvalidInput
from assistant.core.sections import blocks_from_plain_text, remove_pinyin_notes, sections_from_blocks
from assistant.services.kb_import import import_files

HANDBOOKS = Path(__file__).resolve().parents[1] / "fixtures" / "handbooks"


def test_pinyin_notes_are_removed_but_not_numbers():
    assert remove_pinyin_notes("電商平臺(tái)客服手冊(cè)(1)说明(PDF)") == "電商平臺客服手冊(1)说明(PDF)"


@pytest.mark.parametrize(
    "text, paths",
    [
        ("第1章 总则\n退货须知。\n第2章 物流\n快递说明。", [("第1章 总则",), ("第2章 物流",)]),
        ("一、制度\n准时上班。\n二、职责\n1.客服规范\n礼貌用语。\n2.售后规范\n耐心解答。",
         [("一 制度",), ("二 职责", "1 客服规范"), ("二 职责", "2 售后规范")]),
        ("5.1商品查询\n看详情页。5.2订单查询\n看订单页。重量2.5kg不算标题。",
         [("5.1 商品查询",), ("5.2 订单查询",)]),
        ("(1)准时上班。\n(2)不得争吵。", [("(1) 准时上班",), ("(2) 不得争吵",)]),
        ("".join(f"{n}. 第{n}条规定\n内容{n}。\n" for n in range(1, 121)),
         [(f"{n} 第{n}条规定",) for n in range(1, 121)]),
    ],
)
def test_numbered_sections(text, paths):
    got = [s.path for s in sections_from_blocks(blocks_from_plain_text(text))]
    assert got == paths


def test_seed_handbooks_split_sensibly():
    flat = (HANDBOOKS / "flattened-handbook.txt").read_text(encoding="utf-8")
    sections = sections_from_blocks(blocks_from_plain_text(flat))
    titles = [s.title for s in sections]
    assert len(sections) >= 60
    assert "4.2 投訴處理流程" in titles and "1.1.1 良好的溝通能力" in titles
    assert not any("(tái)" in s.body or "(cè)" in s.body for s in sections)
    assert not any("TOC" in s.body for s in sections)
    # the run-together contents list (headings followed by page numbers) is not an article
    assert not any("466291.1" in s.body for s in sections)
    duplicated = (HANDBOOKS / "duplicated-page.txt").read_text(encoding="utf-8")
    paths = [s.path for s in sections_from_blocks(blocks_from_plain_text(duplicated))]
    assert paths.count(("一 制度",)) == 1  # the page repeats the handbook: kept once


def write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("售后手册", level=1)
    document.add_paragraph("本手册说明售后规则。")
    document.add_heading("退货运费", level=2)
    document.add_paragraph("质量问题的退货运费由店铺承担。")
    document.save(str(path))


def write_pdf(path: Path) -> None:
    """A minimal one-page PDF with a text layer (standard Helvetica, ASCII text)."""
    lines = ["1. Returns", "Returns are accepted within seven days.", "2. Shipping",
             "Parcels ship within two days."]
    stream = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({t}) '" for t in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    path.write_bytes(out.encode("latin-1"))


@pytest.fixture
def handbooks(tmp_path):
    (tmp_path / "policy.md").write_text("# 退换货\n\n七天无理由退货。\n\n## 运费险\n\n理赔自动到账。\n",
                                        encoding="utf-8")
    (tmp_path / "faq.html").write_text(
        "<html><body><nav>菜单</nav><h1>常见问题</h1><p>如何查询物流？</p>"
        "<h2>发票</h2><p>确认收货后开具电子发票。</p><script>x()</script></body></html>",
        encoding="utf-8")
    (tmp_path / "rules.txt").write_text("一、制度\n准时上班。\n二、职责\n耐心解答客户问题。",
                                        encoding="gb18030")
    write_docx(tmp_path / "manual.docx")
    write_pdf(tmp_path / "guide.pdf")
    return tmp_path


def test_import_every_format_and_search(app, handbooks):
    app.search.ensure_ready()
    files = sorted(handbooks.iterdir())
    report = import_files(app.db, app.knowledge, files)
    assert report.files == 5 and report.added >= 10
    by_source = {}
    for a in app.knowledge.list():
        by_source.setdefault(a.source_file, []).append(a)
    assert {a.section_path for a in by_source["policy.md"]} == {"退换货", "退换货 / 运费险"}
    assert {a.title for a in by_source["manual.docx"]} == {"售后手册", "退货运费"}
    assert "菜单" not in " ".join(a.body for a in by_source["faq.html"])
    assert {a.title for a in by_source["guide.pdf"]} == {"1 Returns", "2 Shipping"}
    assert [h.title for h in app.search.search("运费险", "kb", 3)][0] == "运费险"
    assert "退货运费" in [h.title for h in app.search.search("退货运费", "kb", 3)]
    assert "2 Shipping" in [h.title for h in app.search.search("parcels", "kb", 3)]


def test_reimport_updates_instead_of_duplicating(app, handbooks):
    md = handbooks / "policy.md"
    first = import_files(app.db, app.knowledge, [md])
    assert (first.added, first.updated) == (2, 0)
    again = import_files(app.db, app.knowledge, [md])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    md.write_text("# 退换货\n\n十五天无理由退货。\n\n## 新章节\n\n新的内容。\n", encoding="utf-8")
    changed = import_files(app.db, app.knowledge, [md])
    assert (changed.added, changed.updated, changed.removed) == (1, 1, 1)
    bodies = {a.title: a.body for a in app.knowledge.list() if a.source_file == "policy.md"}
    assert bodies == {"退换货": "十五天无理由退货。", "新章节": "新的内容。"}
    assert [h.title for h in app.search.search("十五天", "kb", 3)] == ["退换货"]


@pytest.mark.parametrize("text", [
    "# 常见问题\n\n第一个回答。\n\n# 常见问题 (2)\n\n第二个回答。\n\n# 常见问题\n\n第三个回答。\n",
    "# 退货\n\n## 运费\n\n甲。\n\n# 退货 / 运费\n\n乙。\n",
])
def test_sections_with_the_same_heading_path_are_found_again(app, tmp_path, text):
    """Re-importing a file whose headings repeat a path adds nothing (it used to add one
    article per import)."""
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    first = import_files(app.db, app.knowledge, [path])
    bodies = sorted(a.body for a in app.knowledge.list() if a.source_file == "d.md")
    for _ in range(4):
        again = import_files(app.db, app.knowledge, [path])
        assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, first.added)
    assert sorted(a.body for a in app.knowledge.list() if a.source_file == "d.md") == bodies


def test_duplicates_left_by_older_imports_are_removed(app, tmp_path):
    from assistant.core.content import make_article_draft
    from assistant.store import articles

    path = tmp_path / "d.md"
    path.write_text("# 常见问题\n\n第一个回答。\n\n# 常见问题\n\n第二个回答。\n", encoding="utf-8")
    with app.db.transaction() as conn:
        for body in ("第一个回答。", "第二个回答。", "第三个回答。"):
            articles.add_article(conn, make_article_draft(
                title="常见问题", body=body, category="导入/d", source_file="d.md",
                section_path="常见问题"))
    report = import_files(app.db, app.knowledge, [path])
    kept = sorted(a.body for a in app.knowledge.list() if a.source_file == "d.md")
    assert kept == ["第一个回答。", "第二个回答。"] and report.removed == 2


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("notes.xlsx", b"PK\x03\x04", "unsupported file type"),
        ("broken.docx", b"not a zip", "this Word file cannot be read"),
        ("broken.pdf", b"%PDF-1.4 garbage", "this PDF cannot be read"),
        ("empty.txt", b"   \n", "no text found"),
    ],
)
def test_bad_file_imports_nothing(app, handbooks, name, content, message):
    bad = handbooks / name
    bad.write_bytes(content)
    before = len(app.knowledge.list())
    with pytest.raises(InvalidInput, match=message):
        import_files(app.db, app.knowledge, [handbooks / "policy.md", bad])
    assert len(app.knowledge.list()) == before


def test_missing_file_is_a_clear_error(app, tmp_path):
    with pytest.raises(InvalidInput, match="cannot read"):
        import_files(app.db, app.knowledge, [tmp_path / "nope.md"])


def test_cli_import_search_and_reindex(capsys, handbooks):
    import json

    from assistant.cli import main

    assert main(["import", str(handbooks / "policy.md"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 2
    assert main(["search", "运费险", "--kb", "--json"]) == 0
    [hit, *_] = json.loads(capsys.readouterr().out)
    assert {"id", "kind", "title", "snippet", "score"} <= set(hit) and hit["kind"] == "article"
    assert main(["search", "tkyf", "--all", "--limit", "3", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["kind"] == "template" and hits[0]["title"] == "退款运费补偿说明"
    assert main(["reindex"]) == 0
    assert "rebuilt" in capsys.readouterr().out
    assert main(["import", str(handbooks / "nope.docx")]) == 1
    assert "cannot read" in capsys.readouterr().err
    assert main(["search", "x", "--limit", "0"]) == 2


def test_seed_files_import(app, tmp_path):
    for handbook in HANDBOOKS.glob("*.txt"):
        shutil.copy(handbook, tmp_path / handbook.name)
    report = import_files(app.db, app.knowledge, sorted(tmp_path.glob("*.txt")))
    assert report.added >= 60
    assert any("投訴處理流程" in h.title for h in app.search.search("投訴處理", "kb", 5))


def test_cancelling_while_saving_rolls_everything_back(app, tmp_path):
    from assistant.services.kb_import import SAVING, ImportCancelled

    before = {a.id: a.content_hash for a in app.knowledge.list()}
    path = tmp_path / "大手册.md"
    path.write_text("".join(f"# 第{n}节\n\n第{n}节的内容。\n\n" for n in range(200)),
                    encoding="utf-8")
    steps = []

    def cancelled() -> bool:
        return any(s.stage == SAVING and s.done >= 100 for s in steps)

    with pytest.raises(ImportCancelled):
        import_files(app.db, app.knowledge, [path], progress=steps.append, cancelled=cancelled)
    assert {a.id: a.content_hash for a in app.knowledge.list()} == before
    assert app.search.search("第150节", "kb") == []
    assert [s.file for s in steps if s.file] == ["大手册.md"]


def cause_code(error: InvalidInput) -> str:
    while error.code == "file_problem":
        error = error.params["cause"]
    return error.code


@pytest.mark.parametrize("kind", ["folder", "fifo", "device"])
def test_only_ordinary_files_are_read(app, tmp_path, kind):
    """A FIFO used to hang the import and /dev/zero behind a symlink to fill the memory; a
    folder was 'unsupported file type (none)'."""
    import os

    path = tmp_path / "手册.md"
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    before = len(app.knowledge.list())
    with pytest.raises(InvalidInput) as refused:
        import_files(app.db, app.knowledge, [path])
    assert cause_code(refused.value) == ("import_folder" if kind == "folder" else "file_not_regular")
    assert "手册.md" in str(refused.value) and len(app.knowledge.list()) == before


def test_the_size_limit_is_a_setting(app, tmp_path):
    from assistant.services.snippets import read_snippet_file
    from assistant.services.template_import import import_template_files

    big = tmp_path / "big.md"
    big.write_text("".join(f"# 第{n}节\n\n" + "内容。" * 2000 + "\n\n" for n in range(200)),
                   encoding="utf-8")  # about 3.6 MB in 200 sections
    app.settings.set("import_limit_mb", "2")
    with pytest.raises(InvalidInput) as refused:
        import_files(app.db, app.knowledge, [big])
    assert cause_code(refused.value) == "file_too_large" and "2 MB" in str(refused.value)
    sheet = tmp_path / "big.csv"
    sheet.write_text("标题,内容\n" + "好,好的\n" * 400_000, encoding="utf-8")
    with pytest.raises(InvalidInput):
        import_template_files(app.db, app.templates, [sheet])
    app.settings.set("import_limit_mb", "10")
    assert import_files(app.db, app.knowledge, [big]).added == 200
    with pytest.raises(InvalidInput):
        app.settings.set("import_limit_mb", "0")
    with pytest.raises(InvalidInput):
        read_snippet_file(tmp_path)
