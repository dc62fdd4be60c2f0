"""Traditional and simplified characters find each other, in templates and the knowledge base."""

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from assistant.search import analysis
from assistant.search.analysis import has_han, normalize, parse_query
from assistant.search.fold_table import SIMPLIFIED, TRADITIONAL
from assistant.search.highlight import best_passage
from assistant.search.templates import TemplateEntry, TemplateMatcher

HANDBOOKS = Path(__file__).resolve().parents[1] / "fixtures" / "handbooks"


def test_fold_is_one_character_to_one_and_idempotent():
    assert len(TRADITIONAL) == len(SIMPLIFIED) > 3000
    assert len(set(TRADITIONAL)) == len(TRADITIONAL)
    folded = normalize(TRADITIONAL)
    assert len(folded) == len(TRADITIONAL)
    assert normalize(folded) == folded
    assert all(has_han(s) for t, s in zip(TRADITIONAL, folded, strict=True) if has_han(t))


@pytest.mark.parametrize("traditional, simplified", [
    ("隱私保護", "隐私保护"), ("退換貨", "退换货"), ("電商平臺", "电商平台"), ("裡", "里"),
    ("乾淨", "干净"), ("發貨後", "发货后"), ("ＡＢＣ１２３", "abc123"),
])
def test_normalize_folds_to_simplified(traditional, simplified):
    assert normalize(traditional) == simplified
    assert normalize(simplified) == simplified


def test_simplified_text_is_left_as_it_is():
    text = "亲您好已经为您重新安排发货请注意查收后台里面干净"
    assert normalize(text) == text


def test_queries_are_folded():
    assert [t.text for t in parse_query("隱私保護 退換貨")] == ["隐私保护", "退换货"]


def entry(i, title, body="正文"):
    return TemplateEntry(str(i), title, body, None, (), "分类", False, 0, None)


def found(matcher, query):
    return [m.id for m in matcher.search(query, 10, now=datetime(2026, 11, 22))]


def test_templates_find_each_other_in_both_scripts():
    m = TemplateMatcher([
        entry(0, "隱私保護說明", body="請勿洩露驗證碼"),
        entry(1, "退换货流程", body="请在七天内申请退换货"),
        entry(2, "无关模板", body="感謝您的耐心等待"),
    ])
    assert found(m, "隐私保护") == ["0"]
    assert found(m, "验证码") == ["0"]
    assert found(m, "退換貨") == ["1"]
    assert found(m, "感谢") == ["2"]
    assert found(m, "谢") == ["2"]


def test_highlights_land_on_the_original_traditional_characters():
    text = "客服人員須做好隱私保護，不得洩露客戶信息。隱私保護人人有責。"
    snippet = best_passage(text, parse_query("隐私保护"))
    assert [snippet.text[s:e] for s, e in snippet.highlights] == ["隱私保護", "隱私保護"]
    snippet = best_passage("客服人员须做好隐私保护", parse_query("隱私保護"))
    assert [snippet.text[s:e] for s, e in snippet.highlights] == ["隐私保护"]


def titles(app, query, scope):
    return [h.title for h in app.search.search(query, scope, 20)]


def test_kb_finds_each_other_in_both_scripts(app):
    app.search.ensure_ready()
    app.knowledge.add(title="隱私保護與數據安全", body="客服人員不得洩露客戶的個人信息。")
    app.knowledge.add(title="退换货运费说明", body="质量问题的退换货运费由本店承担。")
    assert titles(app, "隐私保护", "kb")[0] == "隱私保護與數據安全"
    assert "隱私保護與數據安全" in titles(app, "个人信息", "kb")
    assert titles(app, "退換貨運費", "kb")[0] == "退换货运费说明"
    [hit] = [h for h in app.search.search("个人信息", "kb", 20) if h.title.startswith("隱私")]
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["個人信息"]


@pytest.mark.parametrize("handbook, privacy, returns", [
    ("traditional-handbook.txt", "三 隱私保護與數據安全", {"一 退換貨政策", "二 退換貨流程"}),
    # a copy of the seed handbook (traditional, with pinyin readings run into the text): its
    # section 8.3 隱私保護與數據安全 is imported as the articles 8.3.1 to 8.3.4
    ("flattened-handbook.txt", "8.3 隱私保護與數據安全", {"5.3 售后服務與退換貨政策"}),
])
def test_cli_finds_an_imported_traditional_handbook_with_simplified_queries(
        capsys, tmp_path, handbook, privacy, returns):
    from assistant.cli import main

    copy = tmp_path / "手册.txt"
    shutil.copy(HANDBOOKS / handbook, copy)
    assert main(["import", str(copy), "--json"]) == 0
    capsys.readouterr()

    def search(query):
        assert main(["search", query, "--kb", "--limit", "5", "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    [best, *_] = search("隐私保护")
    assert privacy in best["source"] and best["source"].startswith("手册.txt")
    assert returns <= {hit["title"] for hit in search("退换货")}


def test_index_of_the_previous_schema_is_rebuilt_and_folds(huashu_home, monkeypatch):
    """An index written before folding existed holds traditional terms a simplified query
    never meets: it must be rebuilt at the next start."""
    from assistant.app import needs_preparation, open_app
    from assistant.search import index as index_module
    from assistant.search.fields import SCHEMA_VERSION

    with monkeypatch.context() as old:
        old.setattr(analysis, "_FOLD", analysis._HALF_WIDTH)
        old.setattr(index_module, "SCHEMA_VERSION", SCHEMA_VERSION - 1)
        app = open_app(huashu_home)
        app.search.ensure_ready()
        app.knowledge.add(title="隱私保護與數據安全", body="客服人員不得洩露客戶的個人信息。")
        app.templates.add(title="退換貨說明", body="七天內可申請退換貨。")
        assert "隱私保護與數據安全" in titles(app, "隱私保護", "kb")
        app.close()
    meta = json.loads((huashu_home / "index" / "huashu-index.json").read_text())
    assert meta["schema"] == SCHEMA_VERSION - 1
    assert needs_preparation(huashu_home)

    app = open_app(huashu_home)
    assert app.search.ensure_ready() == "rebuilt"
    assert titles(app, "隐私保护", "kb")[0] == "隱私保護與數據安全"
    assert titles(app, "退换货", "templates")[0] == "退換貨說明"
    app.close()
    assert not needs_preparation(huashu_home)
