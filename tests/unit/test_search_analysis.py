import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.search.analysis import han_grams, index_terms, parse_query, pruned_han_grams
from assistant.search.pinyin import PinyinIndex, readings


def test_grams():
    assert han_grams("退款费") == ["退", "款", "费", "退款", "款费"]
    assert pruned_han_grams("退款费") == ["退款", "款费", "费"]
    assert index_terms("退款 Refund 7天", pruned=True) == ["退款", "款", "refund", "7", "天"]


def test_every_character_starts_a_pruned_term():
    text = "优惠券使用说明"
    terms = pruned_han_grams(text)
    assert all(any(t.startswith(ch) for t in terms) for ch in text)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("退款", [("han", "退款", ("退款",), False)]),
        ("退款运费", [("han", "退款运费", ("退款", "款运", "运费"), False)]),
        ("退", [("han", "退", ("退",), False)]),
        ("re", [("word", "re", ("re",), True)]),
        ("refund ", [("word", "refund", ("refund",), False)]),
        ("ＲＥＦＵＮＤ", [("word", "refund", ("refund",), True)]),
        ('"AND" OR NOT *:~^?', [("word", "and", ("and",), False), ("word", "or", ("or",), False),
                                ("word", "not", ("not",), False)]),
        ("退款 yf", [("han", "退款", ("退款",), False), ("word", "yf", ("yf",), True)]),
        ("", []),
        ("😀\x00\x07", []),
    ],
)
def test_parse_query(raw, expected):
    got = [(t.kind, t.text, t.grams, t.prefix) for t in parse_query(raw)]
    assert got == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_parse_query_never_raises(raw):
    for term in parse_query(raw):
        assert term.grams


@pytest.mark.parametrize(
    "title, query, matches",
    [
        ("退款运费说明", "tkyf", True),
        ("退款运费说明", "tuikuan", True),
        ("退款运费说明", "tuik", True),
        ("退款运费说明", "tkyunf", True),
        ("退款运费说明", "yunfei", True),
        ("退款运费说明", "tkx", False),
        ("物流查询方法", "wuliu", True),
        ("物流查询方法", "wl", True),
        ("重新发货", "chongxin", True),
        ("重新发货", "zhongxin", True),
        ("长时间未发货", "changshijian", True),
        ("长时间未发货", "zsj", True),
        ("银行卡退款", "yinhang", True),
        ("银行卡退款", "yinxing", True),
        ("催发货回复", "cuifahuo", True),
        ("7天无理由", "7tian", True),
        ("English title", "eng", False),
    ],
)
def test_pinyin_matching(title, query, matches):
    assert (PinyinIndex(readings(title)).match(query) is not None) == matches


def test_pinyin_match_prefers_title_start():
    m = PinyinIndex(readings("物流查询方法")).match("wl")
    assert m.start == 0 and m.at_start
