"""Full pinyin reaches template bodies, below every title match."""

from datetime import datetime

import pytest

from assistant.search import ranking as R
from assistant.search.pinyin import SYLLABLES, body_syllables, readings, syllable_needles
from assistant.search.templates import TemplateEntry, TemplateMatcher


def test_body_syllables_read_in_context_and_mark_breaks():
    assert body_syllables("{称呼}您好，已为您重新发货。") == \
        "cheng hu | nin hao | yi wei nin chong xin fa huo"
    assert body_syllables("著名品牌 ABC 女装") == "zhu ming pin pai | nv zhuang"
    assert body_syllables("Refund processed") == ""


@pytest.mark.parametrize("query, needles", [
    ("chongxin", [" chong xin"]),
    ("chongx", [" chong x"]),
    ("tuik", [" tui k"]),
    ("fangan", [" fan gan", " fang an"]),
    ("xianxian", [" xian xian"]),
    ("xian", []),  # still one syllable
    ("cx", []),  # initials: titles only
    ("nh", []),  # not n (嗯) + h
    ("zhuangshuang", [" zhuang shuang"]),
    ("tkyf", []),
    ("chongxin7", []),
    ("", []),
])
def test_syllable_needles(query, needles):
    assert sorted(syllable_needles(query)) == needles


def test_every_syllable_pypinyin_reads_is_known():
    from pypinyin.constants import PINYIN_DICT
    from pypinyin.contrib.tone_convert import to_normal

    read = {to_normal(r) for value in PINYIN_DICT.values() for r in value.split(",")}
    interjections = {"m", "n", "ng", "hm", "hng", "ê"}
    assert read - interjections == set(SYLLABLES)


def test_body_pinyin_ranks_below_every_title_tier_and_a_han_body_match():
    title_tiers = [R.TITLE, R.TITLE_WORD, R.TITLE_WORD_PREFIX, R.PINYIN, R.TITLE_FUZZY]
    assert R.BODY_PINYIN < min(title_tiers) and R.BODY_PINYIN < R.BODY


def entry(i, title, body):
    return TemplateEntry(str(i), title, body, None, (), "分类", False, 0, None,
                         readings(title), body_syllables(body))


def found(matcher, query):
    return [m.id for m in matcher.search(query, 10, now=datetime(2026, 11, 22))]


def test_full_pinyin_finds_a_body_below_title_matches():
    m = TemplateMatcher([
        entry(0, "发货通知", "已经为您重新安排发货，请注意查收。"),
        entry(1, "重新发货说明", "包裹丢失后我们会补发。"),
        entry(2, "无关模板", "感谢您的耐心等待。"),
        entry(3, "中心仓库", "本仓发货。"),
    ])
    assert found(m, "chongxin") == ["1", "0"]
    assert found(m, "chongx") == ["1", "0"]
    assert found(m, "anpai") == ["0"]
    assert found(m, "naixin") == ["2"]
    assert "0" not in found(m, "cx")  # initials do not reach bodies
    assert found(m, "huoqing") == []  # 货，请: not across punctuation


def test_typing_on_finds_what_a_fresh_search_finds(monkeypatch):
    """Each keystroke rechecks what the previous one found (when that is few) instead of
    scanning every body again: it must find exactly what a full scan finds."""
    from assistant.search.templates import _SyllableSearch

    bodies = ["已为您重新安排发货", "重新发货", "中心仓库发货", "重新，新安排", "方案已发", "反感",
              "xin an 重洗", "请耐心等待"] * 3
    typed = ["chongx", "chongxi", "chongxin", "chongxina", "chongxinan", "fangan", "fanga",
             "chongxi", "naix", "naixin"]
    for limit in (500, 2):  # rechecking the few found before, and scanning when they are many
        monkeypatch.setattr(_SyllableSearch, "RECHECK_AT_MOST", limit)
        typing = TemplateMatcher([entry(i, f"标题{i}", b) for i, b in enumerate(bodies)])
        for query in typed:
            fresh = TemplateMatcher([entry(i, f"标题{i}", b) for i, b in enumerate(bodies)])
            assert found(typing, query) == found(fresh, query), query
    assert found(fresh, "chongxin") and found(fresh, "fangan")


def test_han_body_match_beats_pinyin_body_match():
    m = TemplateMatcher([
        entry(0, "甲", "请耐心等待。"),
        entry(1, "乙", "已为您重新发货。"),
    ])
    han = m.search("重新", 10)
    pinyin = m.search("chongxin", 10)
    assert [x.id for x in han] == ["1"] and [x.id for x in pinyin] == ["1"]
    assert pinyin[0].score < han[0].score and pinyin[0].where == "body"


def titles(app, query):
    return [h.title for h in app.search.search(query, "templates", 50)]


def test_body_change_invalidates_body_readings(huashu_home):
    from assistant.app import open_app

    app = open_app(huashu_home)
    app.search.ensure_ready()
    t = app.templates.add(title="补发说明", body="已为您重新安排发货。")
    assert "补发说明" in titles(app, "chongxin")
    app.templates.update(t.id, title="补发说明", body="已为您补寄包裹。")
    assert "补发说明" not in titles(app, "chongxin")
    assert "补发说明" in titles(app, "bujibao")
    app.close()

    again = open_app(huashu_home)  # from the readings cache
    assert again.search.ensure_ready() == "opened"
    assert "补发说明" in titles(again, "bujibao")
    assert "补发说明" not in titles(again, "chongxin")
    again.close()


def test_body_changed_while_the_index_was_closed_is_read_again(huashu_home):
    from assistant.app import open_app

    app = open_app(huashu_home)
    app.search.ensure_ready()
    t = app.templates.add(title="补发说明", body="已为您重新安排发货。")
    app.close()
    cli_like = open_app(huashu_home)  # like `huashu templates edit` while the index is closed
    cli_like.templates._change_listeners.clear()
    cli_like.templates.update(t.id, title="补发说明", body="已为您补寄包裹。")
    cli_like.close()
    app = open_app(huashu_home)
    assert app.search.ensure_ready() == "reconciled"
    assert "补发说明" in titles(app, "bujibao")
    assert "补发说明" not in titles(app, "chongxin")
    app.close()
