"""Knowledge-base results paste their best passage, never the whole article or its guidance."""

from assistant.core.markdown import parse
from assistant.search.analysis import parse_query
from assistant.search.highlight import PASSAGE_CHARS, best_block_passage
from assistant.services.reading import match_spans, read_article

REFUND = """退款一律原路退回：余额支付退回余额，银行卡支付退回银行卡。

仓库签收退货并检查后，系统一般在 1–2 个工作日内发起退款；余额通常即时到账，银行卡一般 1–7 个工作日。

客户催退款时，先查询退款进度，告诉客户当前所处环节。超过正常时效仍未到账的，提供退款流水号，客服同步提交核查。
"""


def test_a_kb_hit_pastes_a_customer_facing_passage_not_the_article(app):
    app.knowledge.add(title="测试用退款到账说明", body=REFUND, category="售后政策")
    hit = next(h for h in app.search.search("退款到账", "kb") if h.title == "测试用退款到账说明")
    assert hit.passage == ("仓库签收退货并检查后，系统一般在 1–2 个工作日内发起退款；余额通常即时"
                           "到账，银行卡一般 1–7 个工作日。")
    assert "核查" not in hit.passage and "客服" not in hit.passage
    assert hit.snippet == hit.passage
    assert [hit.passage[s:e] for s, e in hit.highlights] == ["退款", "到账"]
    assert hit.as_dict()["passage"] == hit.passage


def test_markdown_markup_never_reaches_the_passage(app):
    app.knowledge.add(title="运费规则", category="售后政策",
                      body="## 谁来承担\n\n- **质量问题**：来回运费由店铺承担；\n- 其他：按店铺规则。")
    hit = next(h for h in app.search.search("运费", "kb", 50) if h.title == "运费规则")
    assert hit.passage == "质量问题：来回运费由店铺承担；"


def test_long_paragraphs_are_cut_at_sentence_ends_around_the_match():
    sentences = [f"第{n}句讲的是一般的售后规则和说明，内容比较长。" for n in range(12)]
    sentences[7] = "押金原路退回，一般七个工作日内到账。"
    blocks = parse("".join(sentences))
    passage = best_block_passage(blocks, parse_query("押金"))
    assert passage.text.startswith(("押金", "第")) and "押金原路退回" in passage.text
    assert len(passage.text) <= PASSAGE_CHARS
    assert passage.text.endswith("。")
    assert blocks[0].text[passage.start:passage.end] == passage.text


def test_an_article_of_guidance_only_still_has_a_passage():
    passage = best_block_passage(parse("客服应先核实订单。\n\n不要承诺到账时间。"),
                                 parse_query("到账"))
    assert passage.text == "不要承诺到账时间。"


def test_a_title_only_match_pastes_the_first_customer_facing_sentences():
    reading = read_article("## 说明\n\n客服先确认订单。您的订单已发出。", "物流")
    assert reading.passage.text == "您的订单已发出。"
    assert reading.highlights == ((), ())


def test_reading_marks_every_block_and_traditional_text_keeps_its_offsets():
    reading = read_article("## 退货运费\n\n退货运费由店铺承担。", "运费")
    assert reading.highlights == (((2, 4),), ((2, 4),))
    assert match_spans("Refund processed", "refu") == ((0, 4),)
    assert match_spans("退款运费", "") == ()


def test_a_quoted_reply_is_pasted_without_its_quotation_marks():
    reading = read_article("## 参考话术\n\n“这次是商品本身的问题，运费由我们承担。”", "运费")
    assert reading.passage.text == "这次是商品本身的问题，运费由我们承担。"
    assert [reading.passage.text[s:e] for s, e in reading.passage.highlights] == ["运费"]
    mixed = read_article("“您好”，运费由我们承担，“谢谢”", "运费")
    assert mixed.passage.text == "“您好”，运费由我们承担，“谢谢”"
