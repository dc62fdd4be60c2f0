from collections import Counter

from assistant.core.placeholders import lint, placeholders
from assistant.services.starter import install_starter_content, load_starter_content

REQUIRED_TOPICS = ["问候", "确认需求", "商品", "订单", "物流", "售后", "投诉", "安抚", "促成", "结束",
                   "电话", "共享"]


def test_starter_content_size_and_shape():
    content = load_starter_content()
    assert len(content.templates) >= 150
    assert len(content.categories) >= 12
    assert len(content.articles) >= 40
    per_category = Counter(t.category for t in content.templates)
    assert set(per_category) == set(content.categories)
    assert min(per_category.values()) >= 5
    for topic in REQUIRED_TOPICS:
        assert any(topic in name for name in content.categories), topic


def test_every_template_is_well_formed():
    content = load_starter_content()
    shortcuts = [t.shortcut for t in content.templates]
    assert all(shortcuts) and len(set(shortcuts)) == len(shortcuts)
    for t in content.templates:
        assert lint(t.body) == [], t.title
        assert len(t.title) <= (30 if t.language == "en" else 20), t.title
    with_salutation = sum(
        any(p.builtin == "salutation" for p in placeholders(t.body)) for t in content.templates
    )
    assert with_salutation >= 100


def test_no_absolute_promises_in_templates():
    content = load_starter_content()
    banned = ["保证", "绝对", "百分之百", "100%", "肯定能"]
    for t in content.templates:
        for word in banned:
            assert word not in t.body, (t.title, word)


def test_articles_have_a_few_paragraphs():
    for a in load_starter_content().articles:
        assert a.body.count("\n\n") >= 1 or a.body.count("\n- ") >= 2, a.title
        assert len(a.body) >= 120, a.title


def test_installed_once_and_never_over_user_edits(app):
    first = app.templates.list()
    assert len(first) >= 150
    target = first[0]
    app.templates.update(target.id, title="我改过的标题", body="我自己的话术", shortcut=target.shortcut,
                         category=target.category)
    app.templates.delete(first[1].id)
    assert install_starter_content(app.db) is False
    after = app.templates.list()
    assert len(after) == len(first) - 1
    assert app.templates.get(target.id).title == "我改过的标题"


def test_reopening_does_not_reload(huashu_home):
    from assistant.app import open_app

    app = open_app(huashu_home)
    for t in app.templates.list():
        app.templates.delete(t.id)
    app.close()
    app = open_app(huashu_home)
    assert app.templates.list() == []
    assert len(app.knowledge.list()) >= 40
    app.close()
