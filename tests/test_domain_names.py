"""Pinyin search and sort keys for names, with the surname readings people actually use."""

from __future__ import annotations

import pytest

from fieldapp.domain.names import MAX_VARIANTS, pinyin_keys, sort_key, spaced_chars


def test_plain_name():
    assert pinyin_keys("张三") == (["zs"], ["zhangsan"])
    assert sort_key("张三") == "zhang san\t张三"


@pytest.mark.parametrize(
    ("name", "surname", "other", "rest"),
    [("曾三", "zeng", "ceng", "san"), ("单田芳", "shan", "dan", "tianfang"),
     ("解放", "xie", "jie", "fang"), ("仇英", "qiu", "chou", "ying")],
)  # fmt: skip
def test_heteronym_surnames_index_both_readings(name, surname, other, rest):
    initials, full = pinyin_keys(name)
    assert full[0].startswith(surname)
    assert initials[0][0] == surname[0]
    assert any(f.startswith(surname) and f.endswith(rest) for f in full)
    assert any(f.startswith(other) and f.endswith(rest) for f in full)
    assert other[0] + "" in {i[0] for i in initials}
    assert sort_key(name).startswith(surname + " ")


def test_zeng_exactly():
    assert pinyin_keys("曾三") == (["zs", "cs"], ["zengsan", "cengsan"])


def test_qiu_is_the_surname_reading():
    initials, full = pinyin_keys("仇英")
    assert full[0] == "qiuying"
    assert initials[0] == "qy"
    assert sort_key("仇英").split("\t")[0] == "qiu ying"


def test_surname_reading_only_applies_to_the_first_character():
    # 曾 inside a given name is not a surname; no reading is moved first.
    _, full = pinyin_keys("王曾")
    assert "wangzeng" in full and "wangceng" in full
    assert full[0] == "wangceng"  # the dictionary's first reading, not the surname one
    assert sort_key("王单").split("\t")[0] == "wang dan"


def test_second_surname_reading_survives_the_cap():
    # 和, 行 and 乐 all have several readings: the whole product is far over the cap,
    # and the surname's other reading must still be searchable.
    initials, full = pinyin_keys("曾和行乐")
    assert len(full) <= MAX_VARIANTS
    assert len(initials) <= MAX_VARIANTS
    assert full[0] == "zenghexingle"
    assert any(f.startswith("ceng") for f in full)
    assert any(i.startswith("c") for i in initials)


def test_keys_have_no_duplicates():
    initials, full = pinyin_keys("曾长乐朝")
    assert len(set(initials)) == len(initials)
    assert len(set(full)) == len(full)


def test_minority_name_with_middle_dot():
    name = "阿依古丽·买买提"
    initials, full = pinyin_keys(name)
    assert "ayigulimaimaiti" in full
    assert "ayglmmt" in initials
    assert all("·" not in k for k in initials + full)
    assert sort_key(name).startswith("a yi gu li mai mai ti\t")
    assert "·" not in spaced_chars(name)
    assert spaced_chars(name).split() == list("阿依古丽买买提")


@pytest.mark.parametrize("name", ["John Smith", "Anna-Maria", "mary"])
def test_non_cjk_names(name):
    _, full = pinyin_keys(name)
    letters = "".join(ch.lower() for ch in name if ch.isalnum())
    assert full == [letters]
    assert sort_key(name).endswith("\t" + name)


def test_mixed_name():
    _, full = pinyin_keys("李A")
    assert full == ["lia"]


def test_empty_name():
    assert sort_key("") == "\t"
    assert pinyin_keys("") == ([""], [""])


def test_sort_key_orders_by_pinyin_not_code_point():
    names = ["张三", "安娜", "曾三", "李四", "王五", "单田芳"]
    ordered = sorted(names, key=sort_key)
    # zeng < zhang: 曾 sorts as zeng (its surname reading), not as ceng before 单 (shan).
    assert ordered == ["安娜", "李四", "单田芳", "王五", "曾三", "张三"]


def test_sort_key_ties_keep_the_names_apart():
    # Same pinyin, different characters: keys differ, so the order is stable.
    assert sort_key("张三") != sort_key("章三")
    assert sort_key("张三").split("\t")[0] == sort_key("章三").split("\t")[0]


def test_spaced_chars():
    assert spaced_chars("张三丰") == "张 三 丰"
    assert spaced_chars(" 龙泉镇 石桥村 ") == "龙 泉 镇 石 桥 村"


def test_rare_readings_are_not_indexed():
    """pypinyin lists 丁 as zheng and 董 as zhong too; nobody types those for these names,
    and indexing them made 'zh' find every 丁 and 董."""
    for name in ("丁德成", "董成良", "朱英梅"):
        initials, full = pinyin_keys(name)
        assert len(initials) == 1 and len(full) == 1, (name, initials, full)
        assert not full[0].startswith("zh") or name.startswith("朱")
