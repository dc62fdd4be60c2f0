"""Pinyin readings of titles and bodies, and matching of typed pinyin against them.

An agent may type a title's full pinyin (``wuliu`` -> 物流), its initials (``tkyf`` ->
退款运费), or a mix with a partly typed last syllable (``tkyunf``, ``tuik``). Polyphonic
characters (重, 长, 行 ...) accept each of their readings: pypinyin's reading in context first,
then the character's other readings.

A body is read once, in context (重新 -> chong xin), as a string of syllables (see
:func:`body_syllables`); full pinyin of at least two syllables (``chongxin``, ``tuik``) is
looked up there with ``str.find`` (see :func:`syllable_needles`). Initials alone would match
almost any body, so they search titles only.

pypinyin takes about 0.2 s to import and 40 µs per title, so readings are computed when a
template is indexed and stored with the index; a running app does not import it until an
agent adds or edits a template. Its dictionaries then hold about 50 MB: a batch of indexing
work runs inside ``dictionaries_held()``, which lets them go again when it ends.
"""

from __future__ import annotations

import gc
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from .analysis import has_han, normalize_width

MAX_READINGS_PER_CHAR = 4
MAX_NEEDLES = 8
_DOUBLE_INITIALS = ("zh", "ch", "sh")
BREAK = "|"
# what pypinyin reads as Han (but for the rare characters beyond the BMP)
_HAN_RUN = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

# Every toneless syllable pypinyin reads a character as (ü written v), less the interjections
# m, n, ng, hm, hng and ê: nobody types them, and they would let initials such as ``nh``
# (你好) pass for two syllables.
SYLLABLES = frozenset("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu ca
cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu
chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de
dei den deng di dia dian diao die din ding diu dong dou du duan dui dun duo e ei en eng er fa
fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai
guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui
hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke
kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei len leng
li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao
me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni
nia nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou pa pai pan pang pao
pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu
qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang
sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan
shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian
tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wong wu xi xia xian
xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you
yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen
zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun
zuo
""".split())
_SYLLABLE_PREFIXES = frozenset(s[:n] for s in SYLLABLES for n in range(1, len(s) + 1))
_LONGEST = max(map(len, SYLLABLES))

Readings = tuple[tuple[str, ...], ...]


_batches = 0
_batches_lock = threading.Lock()


@contextmanager
def dictionaries_held() -> Iterator[None]:
    """Keep pypinyin loaded for a batch of ``readings()`` calls. When the outermost batch ends
    and pypinyin was not loaded before it began, drop its modules so that their dictionaries
    are freed: a long-running app needs them only for the moments it indexes titles."""
    global _batches
    with _batches_lock:
        release = _batches == 0 and "pypinyin" not in sys.modules
        _batches += 1
    try:
        yield
    finally:
        with _batches_lock:
            _batches -= 1
            if release and _batches == 0:
                for name in [m for m in sys.modules if m == "pypinyin" or
                             m.startswith("pypinyin.")]:
                    del sys.modules[name]
                gc.collect()


@lru_cache(maxsize=8192)
def _char_heteronyms(ch: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin

    return tuple(pinyin(ch, style=Style.NORMAL, heteronym=True)[0])


def readings(text: str) -> Readings:
    """Per searchable character of ``text``: its possible readings (Latin letters and digits
    read as themselves; punctuation and spaces are left out). A title without Han characters
    has no pinyin: its words are matched as words."""
    text = normalize_width(text)
    if not has_han(text):
        return ()
    out: list[tuple[str, ...]] = []
    last = 0
    for run in _HAN_RUN.finditer(text):
        out += [(ch,) for ch in text[last:run.start()] if ch.isascii() and ch.isalnum()]
        out += _run_readings(run.group())
        last = run.end()
    out += [(ch,) for ch in text[last:] if ch.isascii() and ch.isalnum()]
    return tuple(out)


@lru_cache(maxsize=8192)
def _run_readings(run: str) -> Readings:
    """A run of Han characters read in context, each character with its other readings
    after; runs recur across titles, so each is read once."""
    from pypinyin import Style, pinyin

    out: list[tuple[str, ...]] = []
    for ch, in_context in zip(run, pinyin(run, style=Style.NORMAL, heteronym=True,
                                          errors="ignore"), strict=False):
        merged: dict[str, None] = dict.fromkeys(r for r in in_context if r.isascii())
        for r in _char_heteronyms(ch):
            if r.isascii():
                merged.setdefault(r)
        if merged:
            out.append(tuple(merged)[:MAX_READINGS_PER_CHAR])
    return tuple(out)


def body_syllables(text: str) -> str:
    """The in-context reading of each Han character of ``text``, separated by spaces, with
    ``|`` where anything else comes between: "{称呼}，已为您重新发货" -> "cheng hu | yi wei nin
    chong xin fa huo". Empty when ``text`` has no Han characters."""
    tokens: list[str] = []
    for run in _HAN_RUN.findall(text):
        tokens.append(BREAK)
        tokens += _run_syllables(run)
    out: list[str] = []
    for token in tokens:
        if token != BREAK or (out and out[-1] != BREAK):
            out.append(token)
    if out and out[-1] == BREAK:
        out.pop()
    return " ".join(out)


@lru_cache(maxsize=4096)
def _run_syllables(run: str) -> tuple[str, ...]:
    """pypinyin reads a run of Han characters in context; runs recur across templates (称呼,
    您好 ...), so each is read once. pypinyin's toneless style would strip the tones of every
    syllable anew: here each distinct syllable is stripped once."""
    from pypinyin import Style, lazy_pinyin

    return tuple(_toneless(s) for s in lazy_pinyin(run, style=Style.TONE, errors=lambda _: BREAK))


@lru_cache(maxsize=4096)
def _toneless(syllable: str) -> str:
    from pypinyin.contrib.tone_convert import to_normal

    plain = to_normal(syllable, v_to_u=False)
    return plain if plain.isascii() and plain.isalpha() else BREAK


def syllable_needles(query: str) -> list[str]:
    """What to find in " " + :func:`body_syllables` for typed full pinyin: one needle per
    reading of ``query`` as the fewest syllables (the last may be partly typed), provided
    that is two or more: ``fangan`` -> [" fan gan", " fang an"]. A query that could still be
    one syllable (``xian``), or that is not pinyin at all (``cx``), gives none."""
    if not (query.isascii() and query.isalpha()) or query in _SYLLABLE_PREFIXES:
        return []
    fewest = _fewest_syllables(query)
    if fewest[0] is None:
        return []
    needles: list[str] = []
    _spell(query, 0, fewest, [], needles)
    return needles


def _fewest_syllables(query: str) -> list[int | None]:
    """For each position j: the fewest pieces query[j:] splits into (None: it cannot)."""
    n = len(query)
    fewest: list[int | None] = [None] * n + [0]
    for j in range(n - 1, -1, -1):
        if query[j:] in _SYLLABLE_PREFIXES:
            fewest[j] = 1
            continue
        for k in range(j + 1, min(n, j + _LONGEST) + 1):
            rest = fewest[k]
            if rest and query[j:k] in SYLLABLES and (fewest[j] is None or rest + 1 < fewest[j]):
                fewest[j] = rest + 1
    return fewest


def _spell(query: str, j: int, fewest: list[int | None], pieces: list[str],
           needles: list[str]) -> None:
    if len(needles) >= MAX_NEEDLES:
        return
    if query[j:] in _SYLLABLE_PREFIXES:
        needles.append(" " + " ".join([*pieces, query[j:]]))
        return
    for k in range(j + 1, min(len(query), j + _LONGEST) + 1):
        rest = fewest[k]
        if rest and rest + 1 == fewest[j] and query[j:k] in SYLLABLES:
            _spell(query, k, fewest, [*pieces, query[j:k]], needles)


def encode_readings(title_readings: Readings) -> str:
    """Readings as one string for the caches: "zhong,chong xin" (characters by spaces)."""
    return " ".join(",".join(rs) for rs in title_readings)


def decode_readings(code: str, shared: dict[str, tuple[str, ...]]) -> Readings:
    """The inverse of :func:`encode_readings`; equal tuples come from (and go into) ``shared``,
    so that thousands of titles hold one tuple per distinct reading."""
    if not code:
        return ()
    out = []
    for part in code.split(" "):
        rs = shared.get(part)
        if rs is None:
            rs = shared[part] = tuple(part.split(","))
        out.append(rs)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class PinyinMatch:
    start: int
    syllables: int
    full: int

    @property
    def at_start(self) -> bool:
        return self.start == 0


class PinyinIndex:
    """Precomputed forms of one title's readings for fast matching."""

    __slots__ = ("readings", "initials", "full", "letters", "starts_by_letter")

    def __init__(self, title_readings: Readings) -> None:
        self.readings = title_readings
        primary = [r[0] for r in title_readings]
        self.initials = "".join(r[0] for r in primary)
        self.full = "".join(primary)
        self.letters = frozenset("".join("".join(rs) for rs in title_readings))
        starts: dict[str, list[int]] = {}
        for i, rs in enumerate(title_readings):
            for first in {r[0] for r in rs}:
                starts.setdefault(first, []).append(i)
        self.starts_by_letter = starts

    def match(self, query: str) -> PinyinMatch | None:
        """Where ``query`` (lower-case letters/digits, no spaces) matches; None if it does not."""
        if not query or not query.isascii() or query[0] not in self.starts_by_letter:
            return None
        if not set(query) <= self.letters:
            return None
        best: PinyinMatch | None = None
        for start in self.starts_by_letter[query[0]]:
            full = _consume(self.readings, start, query, 0, {})
            if full is not None:
                candidate = PinyinMatch(start, len(query), full)
                if best is None or (candidate.full, -candidate.start) > (best.full, -best.start):
                    best = candidate
                if start == 0:
                    break
        return best


def _consume(readings: Readings, i: int, query: str, j: int, memo: dict) -> int | None:
    """Match query[j:] from character i on; returns how many full syllables were used, or None.

    Each character consumes its whole reading, its initial (zh/ch/sh count as one), or, at the
    end of the query, any prefix of a reading.
    """
    if j == len(query):
        return 0
    if i == len(readings):
        return None
    key = (i, j)
    if key in memo:
        return memo[key]
    best: int | None = None
    rest = query[j:]
    for r in readings[i]:
        if r.startswith(rest) and len(rest) < len(r):
            best = max(best or 0, 0)
            continue
        if rest.startswith(r):
            sub = _consume(readings, i + 1, query, j + len(r), memo)
            if sub is not None:
                best = max(best or 0, sub + 1)
        if rest[0] == r[0]:
            sub = _consume(readings, i + 1, query, j + 1, memo)
            if sub is not None:
                best = max(best or 0, sub)
        if r[:2] in _DOUBLE_INITIALS and rest.startswith(r[:2]):
            sub = _consume(readings, i + 1, query, j + 2, memo)
            if sub is not None:
                best = max(best or 0, sub)
    memo[key] = best
    return best
