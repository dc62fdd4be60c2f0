from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.search.pinyin import readings
from assistant.search.templates import TemplateEntry, TemplateMatcher

# query -> title of the template expected in the top 3, over the starter content
RECALL = [
    ("退款", "退款到账时间"), ("退货", "退货流程"), ("物流", "物流查询方法"), ("发票", "发票开具"),
    ("保修", "保修说明"), ("缺货", "暂时缺货"), ("催发货", "催发货回复"), ("押金", "押金退还说明"),
    ("优惠券", "优惠券无法使用"), ("尺码", "尺码建议"), ("破损", "包裹破损处理"),
    ("验证码", "提醒勿泄露验证码"), ("差评", "客户说要差评时"), ("无声", "无声电话第一次询问"),
    ("噪音", "背景噪音提醒"), ("转接", "需要转接"), ("二选一", "二选一推荐"), ("价保", "价保申请"),
    ("改地址", "修改收货地址"), ("七天无理由", "七天无理由退货"),
    ("惠券", "优惠券无法使用"), ("款", "退款到账时间"), ("噪", "背景噪音提醒"),
    ("tkyf", "退款运费补偿说明"), ("wlcx", "物流查询方法"), ("thlc", "退货流程"),
    ("bxsm", "保修说明"), ("cfh", "催发货回复"), ("fpkj", "发票开具"),
    ("wuliu", "物流查询方法"), ("tuihuo", "退货流程"), ("fapiao", "发票开具"),
    ("baoxiu", "保修说明"), ("yajin", "押金退还说明"), ("cuifahuo", "催发货回复"),
    ("hy", "通用问候"), ("7t", "七天无理由退货"), ("enrefund", "Refund processed"),
    ("jsy", "通用结束语"), ("qxdd", "取消订单"), ("dtjg", "高峰动态调价说明"),
    ("refund", "Refund processed"), ("photo", "Ask for photos"), ("stock", "Out of stock"),
    ("refnud", "Refund processed"), ("complant", "Complaint acknowledgement"),
    ("退款 运费", "退款运费补偿说明"), ("退款yf", "退款运费补偿说明"),
]


@pytest.fixture(scope="module")
def starter_search(tmp_path_factory):
    import os

    from assistant.app import open_app

    home = tmp_path_factory.mktemp("search-home")
    old = os.environ.get("HUASHU_HOME")
    os.environ["HUASHU_HOME"] = str(home)
    app = open_app(home)
    app.search.ensure_ready()
    yield app
    app.close()
    if old is not None:
        os.environ["HUASHU_HOME"] = old


def test_recall_pairs(starter_search):
    assert len(RECALL) >= 40
    misses = []
    for query, title in RECALL:
        top = [hit.title for hit in starter_search.search.search_templates(query, 3)]
        if title not in top:
            misses.append((query, title, top))
    assert misses == []


def test_one_character_finds_every_template_containing_it(starter_search):
    templates = starter_search.templates.list()
    for ch in "款退您运噪":
        expected = {t.id for t in templates if ch in t.title or ch in t.body or ch in "".join(t.tags)
                    or ch in (t.category or "")}
        found = {h.id for h in starter_search.search.search_templates(ch, 10_000)}
        assert expected and found == expected, ch


def entry(i, title, body="正文", shortcut=None, uses=0, last=None, favorite=False):
    return TemplateEntry(str(i), title, body, shortcut, (), "分类", favorite, uses, last,
                         readings(title))


def ids(matcher, query):
    return [m.id for m in matcher.search(query, 10, now=datetime(2026, 11, 22))]


def test_exact_shortcut_beats_prefix_beats_title_beats_body():
    m = TemplateMatcher([
        entry(0, "正文里有退款", body="退款说明"),
        entry(1, "退款说明"),
        entry(2, "别的", shortcut="tk"),
        entry(3, "又一个", shortcut="tkx"),
    ])
    assert ids(m, "tk")[:2] == ["2", "3"]
    assert ids(m, "退款") == ["1", "0"]


def test_frecency_and_favorites_blend_with_matches():
    now = datetime(2026, 11, 22)
    m = TemplateMatcher([
        entry(0, "物流查询"),
        entry(1, "物流延误", uses=40, last=now - timedelta(hours=1)),
        entry(2, "物流破损", favorite=True),
        entry(3, "物流回访", uses=40, last=now - timedelta(days=200)),
    ])
    assert ids(m, "物流")[:2] == ["1", "2"]
    assert set(ids(m, "物流")[2:]) == {"0", "3"}  # 200-day-old usage has decayed to ~nothing


def test_usage_update_changes_order():
    m = TemplateMatcher([entry(0, "物流甲"), entry(1, "物流乙")])
    assert ids(m, "物流") == ["0", "1"]
    m.update_usage("1", 5, datetime(2026, 11, 21))
    assert ids(m, "物流") == ["1", "0"]


def test_ties_are_stable():
    m = TemplateMatcher([entry(i, f"相同标题{i % 2}") for i in range(20)])
    first = ids(m, "相同")
    assert first == sorted(first, key=int)[:10] and first == ids(m, "相同")


NASTY = ['"', "'", "(", ")", "[", "]", "{", "}", "AND", "OR", "NOT", "*", "?", "~", "^", ":",
         "title:退款", "退款~2", "re*", "a" * 5000, "退" * 3000, "\x00\x01\x1b[31m", "😀🙏🏻",
         "\u202e退款", "   ", "\n\t", "%s%n", "<script>", "..", "\\", "OR OR OR", "*:*"]


@pytest.mark.parametrize("query", NASTY)
def test_nasty_queries_are_safe(starter_search, query):
    starter_search.search.search(query, "all", 10)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_query_is_safe(starter_search, query):
    starter_search.search.search(query, "all", 5)


def test_pinyin_sets_and_exact_matcher_agree(starter_search):
    from assistant.search.pinyin import readings as title_readings

    entries = [entry(i, t.title) for i, t in enumerate(starter_search.templates.list())]
    slow = TemplateMatcher(entries)
    slow._pinyin_sets = None
    slow._pinyin_thread.join()
    slow._pinyin_sets = None
    fast = TemplateMatcher(entries)
    assert fast.wait_for_pinyin_sets(10)
    for query in ["sh", "she", "shouh", "tk", "tkyf", "tuik", "wuliu", "wl", "zx", "chongx",
                  "jiej", "cxfh", "yinhang", "dh", "xq", "abc"]:
        assert [(m.id, m.score) for m in fast.search(query, 50, now=datetime(2026, 1, 1))] == \
            [(m.id, m.score) for m in slow.search(query, 50, now=datetime(2026, 1, 1))], query
    assert title_readings("物流")


def test_a_replaced_matcher_is_freed_without_the_cycle_collector():
    """The app replaces its matcher after every content change and freezes the garbage
    collector's view: an old matcher kept alive by a reference cycle would never be freed."""
    import gc
    import weakref

    from assistant.search.templates import TemplateEntry, TemplateMatcher

    entry = TemplateEntry("1", "退货流程", "您好", "thlc", (), "", False, 0, None,
                          ((("tui",), ("huo",), ("liu",), ("cheng",))))
    matcher = TemplateMatcher([entry])
    matcher.wait_for_pinyin_sets(5)
    gone = weakref.ref(matcher)
    gc.disable()
    try:
        del matcher
        assert gone() is None
    finally:
        gc.enable()


def test_a_very_long_word_costs_little_to_index_and_to_search():
    """Typo tolerance makes a variant per letter of each word: a 5,000-letter word once cost
    25 MB to index (40,000 letters: 1.6 GB) and as much per query."""
    import random
    import string
    import tracemalloc

    long_word = "".join(random.Random(1).choices(string.ascii_lowercase, k=5000))
    entries = [entry(1, "长词", body=long_word), entry(2, "退货", "thanks")]
    tracemalloc.start()
    try:
        matcher = TemplateMatcher(entries)
        assert [m.id for m in matcher.search("thanjs")] == ["2"]  # a typo still forgiven
        assert [m.id for m in matcher.search(long_word[:-1] + "#")] in ([], ["1"])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 2**20, f"{peak / 2**20:.1f} MB"
