"""Search and sort keys for Chinese names: characters, pinyin, pinyin initials.

Many surnames read differently from the same character elsewhere (曾 is zeng
as a surname, ceng in 曾经; 单 is shan, not dan). People type whichever reading
they know, so the search keys hold both readings of those characters (capped),
while the sort key uses the surname reading for the first character.
"""

from __future__ import annotations

import itertools
import os
from functools import lru_cache

from .text import is_cjk

# pypinyin's phrase dictionary costs ~300 ms to load and is useless for names.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "true")
os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "true")

MAX_VARIANTS = 16

SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "仇": "qiu", "解": "xie", "朴": "piao", "查": "zha",
    "乐": "yue", "区": "ou", "盖": "ge", "尉": "yu", "覃": "qin", "缪": "miao",
    "种": "chong", "员": "yun", "秘": "bi", "句": "gou", "华": "hua", "召": "shao",
    "祭": "zhai", "长": "chang", "沈": "shen", "折": "she", "翟": "zhai", "车": "che",
    "藏": "zang", "曲": "qu", "石": "shi", "柏": "bai", "重": "chong", "都": "du",
}  # fmt: skip


@lru_cache(maxsize=4096)
def _readings(ch: str) -> tuple[str, ...]:
    """The readings people type for one character, without tones; the character if none.

    The common reading, plus the surname reading for the characters that have one.
    pypinyin's full heteronym lists are not used: they hold rare readings (丁 zheng,
    董 zhong, 朱 shu) that made 'zh' find every 丁 and 董.
    """
    if not is_cjk(ch):
        return (ch.lower(),) if ch.isalnum() else ()
    from pypinyin import Style, pinyin  # imported late: 100 ms, not needed at start-up

    common = pinyin(ch, style=Style.NORMAL, heteronym=False)[0][0]
    if not (common.isascii() and common.isalpha()):
        return (ch,)
    surname = SURNAME_READINGS.get(ch)
    return (common,) if surname in (None, common) else (common, surname)


def _per_char(name: str) -> list[tuple[str, ...]]:
    chars = [ch for ch in name if is_cjk(ch) or ch.isalnum()]
    per_char = [_readings(ch) for ch in chars]
    if chars and chars[0] in SURNAME_READINGS:
        first = SURNAME_READINGS[chars[0]]
        per_char[0] = (first, *[r for r in per_char[0] if r != first])
    return [r for r in per_char if r]


def _combinations(per_char: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """At most MAX_VARIANTS readings of the whole name, every single reading first.

    The first reading of each character, then each other reading of one character at a
    time (the surname's first), then the rest of the product: so a long name full of
    heteronyms cannot push the surname's second reading (ceng for 曾) past the cap.
    """
    first = tuple(r[0] for r in per_char)
    combos = dict.fromkeys([first])
    for i, readings in enumerate(per_char):
        for reading in readings[1:]:
            combos.setdefault((*first[:i], reading, *first[i + 1 :]))
    for combo in itertools.islice(itertools.product(*per_char), MAX_VARIANTS):
        combos.setdefault(combo)
    return list(combos)[:MAX_VARIANTS]


def pinyin_keys(name: str) -> tuple[list[str], list[str]]:
    """(initials variants, full pinyin variants).

    E.g. 曾三 -> (['zs', 'cs'], ['zengsan', 'cengsan']).
    """
    return _keys(name, _per_char(name))


def _keys(name: str, per_char: list[tuple[str, ...]]) -> tuple[list[str], list[str]]:
    combos = _combinations(per_char)
    initials = list(dict.fromkeys("".join(r[0] for r in combo) for combo in combos))
    full = list(dict.fromkeys("".join(combo) for combo in combos))
    return initials, full


def sort_key(name: str) -> str:
    """Full pinyin with the surname reading, then the name itself to keep ties stable."""
    return _sort_key(name, _per_char(name))


def _sort_key(name: str, per_char: list[tuple[str, ...]]) -> str:
    return " ".join(r[0] for r in per_char) + "\t" + name


def search_keys(name: str) -> tuple[str, list[str], list[str]]:
    """(sort key, initials variants, full pinyin variants), reading the name once."""
    key, initials, full = _search_keys(name)
    return key, list(initials), list(full)


@lru_cache(maxsize=65_536)
def _search_keys(name: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    # Names repeat (a village has its dozen 王伟): an import or a first sync of 100,000
    # growers reads each name's pinyin once.
    per_char = _per_char(name)
    initials, full = _keys(name, per_char)
    return _sort_key(name, per_char), tuple(initials), tuple(full)


def spaced_chars(text: str) -> str:
    """'张三丰' -> '张 三 丰': one token per character for the FTS5 unicode61 index."""
    return " ".join(ch for ch in text if not ch.isspace() and ch not in "\"'·.")
