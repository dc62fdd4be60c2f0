"""Knowledge-base search over the whoosh index.

Queries are built from parsed terms, never by whoosh's query parser, so quotes, AND/OR/NOT,
wildcards and field syntax in what the agent types are plain text. Latency is bounded by design:

- a prefix (the word still being typed) expands to at most ``MAX_PREFIX_TERMS`` index terms,
  the most frequent ones, instead of every term with that prefix (a one-letter prefix has
  thousands);
- one character or one letter searches the small head field (title, tags, category): a single
  Han character in the body would match most passages and say little;
- full-text matches are scored for at most ``MAX_SCORED`` documents (early termination), after
  the head-field matches, which rank first anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

from whoosh import collectors
from whoosh.query import And, FuzzyTerm, NullQuery, Or, Query, Term
from whoosh.searching import Searcher

from .analysis import QueryTerm, parse_query

MAX_PREFIX_TERMS = 24
MAX_PREFIX_SCAN = 4000
MAX_SCORED = 6000
HEAD_BOOST = 4.0
FUZZY_MIN_LENGTH = 4


@dataclass(frozen=True, slots=True)
class KBHit:
    id: str
    score: float


class _Budget(collectors.WrappingCollector):
    """Stops collecting once ``limit`` documents were scored, across all segments."""

    def __init__(self, child: collectors.Collector, limit: int) -> None:
        super().__init__(child)
        self.limit = limit
        self.seen = 0

    @property
    def exhausted(self) -> bool:
        return self.seen >= self.limit

    def collect_matches(self):
        child = self.child
        for sub_docnum in child.matches():
            if self.seen >= self.limit:
                return
            child.collect(sub_docnum)
            self.seen += 1


def _expand_prefix(searcher: Searcher, field: str, prefix: str) -> list[str]:
    """The most frequent terms starting with ``prefix`` (bounded scan of the term list)."""
    reader = searcher.reader()
    candidates: list[tuple[int, str]] = []
    bprefix = prefix.encode("utf-8")
    for i, (term, info) in enumerate(reader.iter_prefix(field, bprefix)):
        if i >= MAX_PREFIX_SCAN:
            break
        text = term.decode("utf-8") if isinstance(term, bytes) else term
        candidates.append((info.doc_frequency(), text))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    return [text for _, text in candidates[:MAX_PREFIX_TERMS]]


def _term_query(searcher: Searcher, field: str, term: QueryTerm) -> Query:
    parts: list[Query] = []
    for i, gram in enumerate(term.grams):
        single_han = term.kind == "han" and len(gram) == 1 and field == "text"
        last = i == len(term.grams) - 1
        if (term.prefix and last) or single_han:
            expanded = _expand_prefix(searcher, field, gram)
            if not expanded:
                return NullQuery
            parts.append(Or([Term(field, t) for t in expanded]) if len(expanded) > 1
                         else Term(field, expanded[0]))
        elif term.kind == "word" and len(gram) >= FUZZY_MIN_LENGTH and \
                searcher.doc_frequency(field, gram) == 0:
            parts.append(FuzzyTerm(field, gram, maxdist=1, prefixlength=1))
        else:
            parts.append(Term(field, gram))
    return And(parts) if len(parts) > 1 else parts[0]


def build_query(searcher: Searcher, field: str, terms: list[QueryTerm]) -> Query:
    queries = [_term_query(searcher, field, t) for t in terms]
    if any(q is NullQuery for q in queries) or not queries:
        return NullQuery
    return And(queries) if len(queries) > 1 else queries[0]


def is_broad(terms: list[QueryTerm]) -> bool:
    """One Han character or one letter/digit: too unspecific for the full text."""
    return len(terms) == 1 and len(terms[0].text) == 1


def _run(searcher: Searcher, query: Query, limit: int, budget: int) -> dict[int, float]:
    if query is NullQuery:
        return {}
    top = collectors.TopCollector(limit=limit)
    searcher.search_with_collector(query, _Budget(top, budget))
    return {docnum: score for score, docnum in top.results().top_n}


def search(searcher: Searcher, raw: str, limit: int = 20) -> list[KBHit]:
    terms = parse_query(raw)
    if not terms:
        return []
    scores: dict[int, float] = {}
    head = _run(searcher, build_query(searcher, "head", terms), limit, MAX_SCORED)
    for docnum, score in head.items():
        scores[docnum] = score * HEAD_BOOST
    if not is_broad(terms):
        for docnum, score in _run(searcher, build_query(searcher, "text", terms), limit,
                                  MAX_SCORED).items():
            scores[docnum] = scores.get(docnum, 0.0) + score
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [KBHit(searcher.stored_fields(docnum)["id"], score) for docnum, score in ranked]
