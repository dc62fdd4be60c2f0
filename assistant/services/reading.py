"""Reading search results: where the query matches, and the passage of an article to paste.

Knowledge-base articles are written for agents (policies, guidance such as “客服同步提交核查”)
and in Markdown. What goes into a customer chat is never the whole article but its best
passage as plain text; the full article is for reading, rendered, with the matches marked.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.core.markdown import TextBlock, parse
from assistant.search.analysis import parse_query
from assistant.search.highlight import Passage, best_passage_of, block_matches, merged, term_spans

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class ArticleReading:
    blocks: tuple[TextBlock, ...]
    highlights: tuple[Spans, ...]
    """Per block, where the query matches its text."""
    passage: Passage | None


def match_spans(text: str, query: str) -> Spans:
    """Where the words of ``query`` occur in ``text`` (for highlighting a title or a line)."""
    terms = parse_query(query)
    return tuple(term_spans(text, terms)) if terms and text else ()


def read_article(body: str, query: str = "") -> ArticleReading:
    blocks = parse(body)
    terms = parse_query(query)
    matches = block_matches(blocks, terms) if terms else [[] for _ in blocks]
    spans = tuple(tuple(merged(found)) for found in matches)
    return ArticleReading(tuple(blocks), spans, best_passage_of(blocks, matches))
