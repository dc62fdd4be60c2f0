from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.placeholders import (
    BUILTINS,
    RenderContext,
    fill_in_names,
    lint,
    render,
)
from assistant.core.salutation import Gender

NOW = datetime(2026, 11, 22, 9, 5)
CTX = RenderContext(
    customer_name="王小明",
    gender=Gender.MALE,
    agent="小美",
    shop="花间小铺",
    clipboard="SF123456",
    now=NOW,
    fields={"订单号": "A1001"},
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("{称呼}您好", "王先生您好"),
        ("{salutation}您好", "王先生您好"),
        ("{客户}/{name}", "王小明/王小明"),
        ("{姓}/{surname}", "王/王"),
        ("{客服}@{店铺}", "小美@花间小铺"),
        ("{agent}@{shop}", "小美@花间小铺"),
        ("{日期} {时间}", "2026-11-22 09:05"),
        ("{date} {time}", "2026-11-22 09:05"),
        ("单号{剪贴板}", "单号SF123456"),
        ("单号{clipboard}", "单号SF123456"),
        ("订单{订单号}已发货", "订单A1001已发货"),
        ("{ 订单号 }", "A1001"),
        ("{Name}", "王小明"),
        ("{天数|3}天", "3天"),
        ("{称呼|亲}", "王先生"),
        ("{{称呼}}", "{称呼}"),
        ("{{{称呼}}}", "{王先生}"),
        ("a}}b{{c", "a}b{c"),
        ("", ""),
        ("纯文本", "纯文本"),
    ],
)
def test_render(text, expected):
    assert render(text, CTX).text == expected


def test_default_used_when_value_empty():
    ctx = RenderContext(agent="", fields={"x": ""})
    assert render("{客服|客服小助手}", ctx).text == "客服小助手"
    assert render("{x|备用}", ctx).text == "备用"
    assert render("[{x}]", ctx).text == "[]"


def test_missing_fill_ins_are_listed_and_kept():
    result = render("{称呼}，订单{订单号}的{商品}和{商品}", RenderContext(now=NOW))
    assert result.missing == ("订单号", "商品")
    assert not result.complete
    assert result.text == "亲，订单{订单号}的{商品}和{商品}"


def test_fields_override_builtins_by_either_name():
    ctx = RenderContext(customer_name="王小明", gender=Gender.MALE, fields={"称呼": "老板"})
    assert render("{salutation}好", ctx).text == "老板好"


@pytest.mark.parametrize(
    "text",
    ["{", "}", "{称呼", "a{}b", "{a{b}c}", "{|默认}", "{订单 号!}", "{{{", "}}}", "{\"a\": 1}", "{^_^}"],
)
def test_malformed_text_is_literal(text):
    ctx = RenderContext(customer_name="王小明", gender=Gender.MALE)
    out = render(text, ctx).text
    assert "王先生" not in out
    assert lint(text), f"lint found nothing in {text!r}"


@pytest.mark.parametrize(
    "text, code, start, end",
    [
        ("你好{称呼", "unclosed", 2, 3),
        ("a{}b", "empty", 1, 3),
        ("x{a{b}c}", "nested", 1, 8),
        ("价格}", "unmatched_close", 2, 3),
        ("{a:b}", "bad_name", 0, 5),
    ],
)
def test_lint_positions(text, code, start, end):
    problems = lint(text)
    assert [(p.code, p.start, p.end) for p in problems] == [(code, start, end)]


@pytest.mark.parametrize("name, meant", [
    ("nmae", "name"), ("salutaton", "salutation"), ("shpo", "shop"), ("ｎａｍｅ", "name"),
    ("稱呼", "称呼"), ("客戶", "客户"), ("剪贴版", "剪贴板"), ("clipbaord", "clipboard"),
])
def test_fill_ins_that_look_like_a_misspelt_builtin(name, meant):
    [problem] = lint(f"您好{{{name}}}")
    assert (problem.code, problem.start) == ("misspelt_builtin", 2)
    assert problem.params["builtin"] == meant
    assert problem.message.startswith(f"'{{{name}}}' looks like a misspelling of the built-in "
                                      f"placeholder '{{{meant}}}'")
    assert problem.text("zh_CN").startswith(f"“{{{name}}}”像是内置占位符“{{{meant}}}”的笔误")


@pytest.mark.parametrize("name", ["时长", "客人", "订单号", "order_no", "status", "天数", "日期范围"])
def test_ordinary_fill_ins_are_not_taken_for_misspellings(name):
    assert lint(f"{{{name}}}") == []


def test_lint_messages_in_both_languages():
    [problem] = lint("价格}")
    assert problem.message == "'}' without a matching '{' (write '}}' for a brace)"
    assert problem.text("zh_CN") == "“}”前面没有对应的“{”（要显示花括号本身，请写成“}}”）"
    assert {problem} == set(lint("价格}"))  # problems stay hashable


def test_valid_templates_lint_clean():
    assert lint("{称呼}您好，{{提示}}：订单{订单号|（未填）}已发货") == []


def test_unclosed_brace_keeps_later_placeholders():
    ctx = RenderContext(customer_name="王小明", gender=Gender.MALE)
    assert render("5折{ 起 {称呼}", ctx).text == "5折{ 起 王先生"


def test_fill_in_names_excludes_builtins():
    assert fill_in_names("{称呼}{订单号}{salutation}{快递单号|无}{订单号}") == ["订单号", "快递单号"]


def test_every_builtin_has_english_and_chinese_name():
    for english, chinese in BUILTINS.values():
        assert english.isascii() and not chinese.isascii()


def test_pathological_input_is_fast_enough():
    text = "{" * 20000 + "}" + "{a" * 20000
    result = render(text, RenderContext())
    assert result.text.startswith("{{{")
    assert len(lint(text)) > 0


brace_heavy = st.text(alphabet=st.sampled_from(list("{}|称呼订单号a 客服\\x")), max_size=60)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200), brace_heavy))
def test_render_and_lint_never_raise(text):
    result = render(text, CTX)
    assert isinstance(result.text, str)
    for problem in lint(text):
        assert 0 <= problem.start < problem.end <= len(text)
        assert problem.message and problem.text("zh_CN")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=100))
def test_text_without_braces_is_unchanged(text):
    assert render(text, CTX).text == text
    assert lint(text) == []


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=40),
    st.sampled_from(list(Gender)),
    st.text(max_size=30),
)
def test_any_customer_name_renders(name, gender, body):
    ctx = RenderContext(customer_name=name, gender=gender)
    render("{称呼}{姓}{客户}" + body, ctx)


def test_a_built_in_value_typed_in_stays_when_its_neighbours_are_worked_out():
    context = RenderContext(customer_name="王小明", gender=Gender.MALE,
                            now=datetime(2026, 3, 1, 9, 5),
                            fields={"日期": "明天", "姓": "李"})
    assert render("{日期} {时间} {姓} {称呼}", context).text == "明天 09:05 李 王先生"
    assert render("{时间} {日期} {称呼} {姓}", context).text == "09:05 明天 王先生 李"
