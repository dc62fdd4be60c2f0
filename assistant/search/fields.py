"""The whoosh schema. Field classes are module-level because whoosh pickles the schema."""

from __future__ import annotations

from collections import Counter

from whoosh import fields
from whoosh.system import pack_uint

from .analysis import CJKTokenizer, index_terms

# 2: traditional characters folded to simplified, imported articles' headings indexed,
#    template body syllables stored
SCHEMA_VERSION = 3

# Weights of a document's parts inside the full-text field: a title hit counts three times.
TITLE_WEIGHT = 3
TAGS_WEIGHT = 2


class WeightedText(fields.TEXT):
    """A text field indexed from weighted parts: ``[(text, weight), ...]``.

    Indexing bypasses whoosh's token objects (terms are counted with a Counter) and stores no
    positions: search needs term frequencies only. ``pruned`` selects the reduced Han grams.
    """

    def __init__(self, pruned: bool) -> None:
        super().__init__(analyzer=CJKTokenizer(), phrase=False)
        self.pruned = pruned

    def index(self, value, **kwargs):
        counts: Counter[str] = Counter()
        for text, weight in value:
            if not text:
                continue
            for term in index_terms(text, pruned=self.pruned):
                counts[term] += weight
        return [(term.encode("utf-8"), freq, float(freq), pack_uint(freq))
                for term, freq in counts.items()]


def make_schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        kind=fields.ID(stored=True),
        version=fields.STORED(),
        # title, tags and category with every Han character: one-character queries
        head=WeightedText(pruned=False),
        # title (x3), tags (x2), category and body with pruned grams: full-text queries
        text=WeightedText(pruned=True),
    )
