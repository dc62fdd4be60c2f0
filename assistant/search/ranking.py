"""How matches are scored and blended with usage (frecency) and favorites.

Tiers: an exact shortcut code beats a shortcut prefix, which beats any text match; among text
matches a title hit beats tags, category and body. Usage moves a template up within and across
the text tiers but never above a shortcut match.
"""

from __future__ import annotations

import math
from datetime import datetime

SHORTCUT_EXACT = 1000.0
SHORTCUT_PREFIX = 500.0

TITLE = 40.0
TITLE_START_BONUS = 8.0
TAG_EXACT = 30.0
TAG = 25.0
CATEGORY = 18.0
BODY = 10.0

TITLE_WORD = 38.0
TITLE_WORD_PREFIX = 32.0
PINYIN = 26.0
PINYIN_PER_SYLLABLE = 2.0
PINYIN_START_BONUS = 6.0
TAG_WORD = 26.0
TAG_WORD_PREFIX = 22.0
BODY_WORD = 12.0
BODY_WORD_PREFIX = 10.0
BODY_PINYIN = 8.0  # below every title tier and below a Han body match
TITLE_FUZZY = 20.0
BODY_FUZZY = 7.0

FRECENCY_WEIGHT = 6.0
FRECENCY_CAP = 5.0
FAVORITE_BONUS = 8.0
HALF_LIFE_DAYS = 14.0


def frecency(use_count: int, last_used_at: datetime | None, now: datetime) -> float:
    """log2(1 + uses), halved every two weeks since the last use, capped."""
    if use_count <= 0 or last_used_at is None:
        return 0.0
    age_days = max((now - last_used_at).total_seconds(), 0.0) / 86400.0
    return min(math.log2(1 + use_count) * 0.5 ** (age_days / HALF_LIFE_DAYS), FRECENCY_CAP)


def usage_bonus(use_count: int, last_used_at: datetime | None, favorite: bool,
                now: datetime) -> float:
    return FRECENCY_WEIGHT * frecency(use_count, last_used_at, now) + (
        FAVORITE_BONUS if favorite else 0.0)
