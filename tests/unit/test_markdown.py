"""Articles are Markdown: blocks with plain text and the inline styles that were removed."""

import pytest

from assistant.core.markdown import (
    CODE,
    HEADING,
    ITEM,
    PARAGRAPH,
    QUOTE,
    Style,
    inline,
    is_agent_guidance,
    parse,
)

ARTICLE = """## 适用范围

签收后 **7 天内**，商品未使用的，
可以申请七天无理由退货。

- 质量问题：运费由店铺承担；
- 非质量原因：运费由*客户*承担
  （换货另计）。
1. 先确认订单
2) 再说明规则

> “这次是商品本身的问题，运费由我们承担。”

```
不是 **标题**
```
---
"""


def test_blocks_kinds_text_and_levels():
    blocks = parse(ARTICLE)
    assert [(b.kind, b.level) for b in blocks] == [
        (HEADING, 2), (PARAGRAPH, 0), (ITEM, 0), (ITEM, 0), (ITEM, 0), (ITEM, 0), (QUOTE, 0),
        (CODE, 0)]
    assert blocks[0].text == "适用范围"
    assert blocks[1].text == "签收后 7 天内，商品未使用的，\n可以申请七天无理由退货。"
    assert blocks[3].text == "非质量原因：运费由客户承担\n（换货另计）。"
    assert [b.marker for b in blocks[4:6]] == ["1.", "2."]
    assert blocks[6].text == "“这次是商品本身的问题，运费由我们承担。”"
    assert blocks[7].text == "不是 **标题**"  # code is kept verbatim


def test_inline_styles_point_at_the_plain_text():
    text, styles = inline("请按 **确认收货**，再点 `申请售后` 或看[规则](https://x.example)。\\*不是强调\\*")
    assert text == "请按 确认收货，再点 申请售后 或看规则。*不是强调*"
    assert [(text[s.start:s.end], s.kind) for s in styles] == [
        ("确认收货", "strong"), ("申请售后", "code"), ("规则", "link")]


def test_nested_styles():
    text, styles = inline("**先 *道歉* 再处理**")
    assert text == "先 道歉 再处理"
    assert set(styles) == {Style(0, 8, "strong"), Style(2, 4, "em")}


@pytest.mark.parametrize("raw", ["", "\n\n", "---\n***", "tb_12345 a_b_c", "* ", "#标签不是标题"])
def test_odd_input_never_raises_and_keeps_words(raw):
    blocks = parse(raw)
    assert "".join(b.text for b in blocks).replace("\n", "") == \
        raw.replace("\n", "").replace("---", "").replace("***", "").replace("* ", "").strip()


@pytest.mark.parametrize("sentence, guidance", [
    ("超过正常时效仍未到账的，客服同步提交核查。", True),
    ("请客户提供问题部位的照片。", True),
    ("不要说“绝对可以退”。", True),
    ("請客戶提供照片。", True),
    ("退款一律原路退回，银行卡一般 1–7 个工作日到账。", False),
    ("这次是商品本身的问题，运费由我们承担。", False),
    ("如有疑问，请您随时联系在线客服。", False),
    ("您不要着急，我们马上为您查询。", False),
    ("請您務必保管好取件碼。", False),
    ("内部备注：不要向您的同事透露。", True),
    ("严禁向您以外的人透露订单信息。", True),
])
def test_agent_guidance(sentence, guidance):
    assert is_agent_guidance(sentence) is guidance
