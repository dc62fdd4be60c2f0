"""How to address a customer: surname + 先生/女士 when the name allows it, else a safe fallback.

The rules follow the handbooks: address the customer by surname + title when the name is known,
and never guess wrongly. A nickname such as ``小猪佩奇_88`` gets the fallback (``亲`` by default),
and an unknown gender leaves the name as given rather than risking the wrong title.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

from .errors import InvalidInput
from .surnames import COMPOUND_SURNAMES, SINGLE_SURNAMES

DEFAULT_FALLBACK = "亲"
DEFAULT_FEMALE_TITLE = "女士"
FEMALE_TITLES = ("女士", "小姐")
MALE_TITLE = "先生"

# Longest first, so that 经理 is tried before a shorter title could match.
EXISTING_TITLES = ("先生", "女士", "小姐", "老师", "经理", "总")

_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
_LATIN_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.\-](?=[^\W\d_]))*\.?")


class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"

    @classmethod
    def parse(cls, value: str | None) -> Gender:
        """Accept the English names and the Chinese labels shown in the customer bar."""
        if value is None:
            return cls.UNKNOWN
        key = value.strip().lower()
        aliases = {
            "m": cls.MALE, "male": cls.MALE, "先生": cls.MALE, "男": cls.MALE,
            "f": cls.FEMALE, "female": cls.FEMALE, "女士": cls.FEMALE, "女": cls.FEMALE,
            "": cls.UNKNOWN, "u": cls.UNKNOWN, "unknown": cls.UNKNOWN, "未知": cls.UNKNOWN,
        }
        try:
            return aliases[key]
        except KeyError:
            raise InvalidInput("gender_unknown", value=value) from None


class NameKind(enum.StrEnum):
    EMPTY = "empty"
    TITLED = "titled"
    HAN = "han"
    LATIN = "latin"
    NICKNAME = "nickname"


@dataclass(frozen=True, slots=True)
class Addressee:
    """A customer's name and what follows from it."""

    name: str
    surname: str
    salutation: str
    kind: NameKind


def _is_latin_word(word: str) -> bool:
    return bool(_LATIN_WORD_RE.fullmatch(word)) and all(
        unicodedata.name(ch, "").startswith("LATIN") for ch in word if ch.isalpha()
    )


def han_surname(name: str) -> str:
    """The surname a Han name starts with, or "" when it starts with no known surname."""
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2]
    if name[:1] in SINGLE_SURNAMES:
        return name[:1]
    return ""


def address(
    name: str | None,
    gender: Gender = Gender.UNKNOWN,
    *,
    fallback: str = DEFAULT_FALLBACK,
    female_title: str = DEFAULT_FEMALE_TITLE,
) -> Addressee:
    """Work out surname and salutation for ``name``; never raises for any string."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        return Addressee("", "", fallback, NameKind.EMPTY)

    compact = cleaned.replace(" ", "")
    for title in EXISTING_TITLES:
        if compact.endswith(title):
            return Addressee(cleaned, compact[: -len(title)], compact, NameKind.TITLED)

    if _HAN_RE.fullmatch(compact) and len(compact) <= 4:
        surname = han_surname(compact)
        if surname:
            if gender is Gender.MALE:
                salutation = surname + MALE_TITLE
            elif gender is Gender.FEMALE:
                salutation = surname + female_title
            else:
                salutation = compact
            return Addressee(compact, surname, salutation, NameKind.HAN)

    words = cleaned.split(" ")
    if len(words) >= 2 and all(_is_latin_word(w) for w in words):
        surname = words[-1]
        if gender is Gender.MALE:
            salutation = f"Mr. {surname}"
        elif gender is Gender.FEMALE:
            salutation = f"Ms. {surname}"
        else:
            salutation = cleaned
        return Addressee(cleaned, surname, salutation, NameKind.LATIN)

    return Addressee(cleaned, "", fallback, NameKind.NICKNAME)
