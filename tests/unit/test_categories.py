"""Categories and bulk template changes: nothing lost silently, the popup's search follows."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import update

from assistant.core.errors import InvalidInput
from assistant.store.tables import templates as template_table


def category_id(app, path):
    return next(c.id for c in app.templates.categories() if c.path == path)


def test_saving_an_edit_keeps_language_and_favorite(app):
    template = app.templates.add(title="English reply", body="Hello {name}.", language="en")
    app.templates.set_favorite([template.id], True)
    saved = app.templates.update(template.id, title="English reply", body="Hi {name}.")
    assert saved.language == "en" and saved.favorite


def test_add_rename_and_sibling_names_are_unique(app):
    parent = app.categories.add("测试分类")
    child = app.categories.add("子分类", parent)
    assert "测试分类/子分类" in [c.path for c in app.templates.categories()]
    with pytest.raises(InvalidInput) as taken:
        app.categories.add("子分类", parent)
    assert taken.value.code == "category_name_taken"
    with pytest.raises(InvalidInput):
        app.categories.rename(child, "坏/名字")
    app.categories.rename(child, "改名后")
    assert "测试分类/改名后" in [c.path for c in app.templates.categories()]


def test_a_renamed_category_reaches_the_popup_search(app):
    app.search.ensure_ready()
    template = app.templates.add(title="改名测试", body="内容", shortcut="gmcs", category="旧名字")
    app.categories.rename(category_id(app, "旧名字"), "新名字")
    assert app.search.search_templates("gmcs")[0].category == "新名字"
    assert app.templates.get(template.id).category == "新名字"


def test_deleting_a_category_moves_its_templates_and_subcategories(app):
    kept = app.templates.add(title="留下的模板", body="内容", category="要删/里面")
    direct = app.templates.add(title="直接的模板", body="内容", category="要删")
    article = app.knowledge.add(title="文章", body="正文", category="要删")
    app.categories.delete(category_id(app, "要删"), move_to=category_id(app, "售后退换"))
    assert app.templates.get(direct.id).category == "售后退换"
    assert app.templates.get(kept.id).category == "售后退换/里面"
    assert app.knowledge.get(article.id).category is None
    assert "要删" not in [c.path for c in app.templates.categories()]


def test_deleting_a_category_with_its_templates_keeps_its_articles(app):
    doomed = [app.templates.add(title=f"删{i}", body="内容", category="上级/要删/下层")
              for i in range(2)]
    article = app.knowledge.add(title="文章", body="正文", category="上级/要删/下层")
    app.categories.delete(category_id(app, "上级/要删"), delete_templates=True)
    remaining = {t.id for t in app.templates.list()}
    assert not remaining & {t.id for t in doomed}
    assert app.knowledge.get(article.id).category == "上级"


def test_reordering_and_moving_categories_persist(app):
    names = [c.name for c in app.templates.categories() if c.parent_id is None]
    last = category_id(app, names[-1])
    app.categories.place(last, None, 0)
    assert [c.name for c in app.templates.categories() if c.parent_id is None][0] == names[-1]
    parent = category_id(app, names[0])
    app.categories.place(category_id(app, names[1]), parent)
    assert f"{names[0]}/{names[1]}" in [c.path for c in app.templates.categories()]
    with pytest.raises(InvalidInput) as loop:
        app.categories.place(parent, category_id(app, f"{names[0]}/{names[1]}"))
    assert loop.value.code == "category_into_itself"


def test_bulk_move_delete_and_favorite(app):
    chosen = [t.id for t in app.templates.list()[:3]]
    target = category_id(app, "结束致谢")
    app.templates.move_to_category(chosen, target)
    assert {app.templates.get(i).category for i in chosen} == {"结束致谢"}
    app.templates.set_favorite(chosen[:2], True)
    assert [app.templates.get(i).favorite for i in chosen] == [True, True, False]
    app.templates.delete_many(chosen)
    assert not {t.id for t in app.templates.list()} & set(chosen)


def test_stale_templates_are_unused_for_ninety_days(app):
    old = app.templates.add(title="很久没用", body="内容")
    used = app.templates.add(title="最近用过", body="内容")
    fresh = app.templates.add(title="新建的", body="内容")
    long_ago = datetime.now() - timedelta(days=200)
    with app.db.transaction() as conn:
        conn.execute(update(template_table).where(template_table.c.id.in_([old.id, used.id]))
                     .values(created_at=long_ago))
    app.templates.record_use(used.id)
    stale = {t.id for t in app.templates.stale()}
    assert old.id in stale and used.id not in stale and fresh.id not in stale


def test_the_shortcut_check_names_the_holder(app):
    holder = app.templates.list()[0]
    with pytest.raises(InvalidInput) as taken:
        app.templates.check_shortcut(holder.shortcut.upper())
    assert taken.value.code == "shortcut_taken"
    app.templates.check_shortcut(holder.shortcut, holder.id)
    app.templates.check_shortcut("")
