from fieldapp import settings as keys


def test_defaults_until_set_then_typed_values(settings):
    assert settings.get(keys.LANGUAGE) == "zh_CN"
    assert settings.get(keys.LAST_PAGE) == 0
    settings.set(keys.LANGUAGE, "en")
    settings.set(keys.LAST_PAGE, 3)
    settings.set(keys.WINDOW_GEOMETRY, b"\x01\x02")
    settings.sync()
    assert settings.get(keys.LANGUAGE) == "en"
    assert settings.get(keys.LAST_PAGE) == 3
    assert settings.get(keys.WINDOW_GEOMETRY) == b"\x01\x02"


def test_every_setting_declared_once_with_unique_key():
    assert len({s.key for s in keys.ALL}) == len(keys.ALL)


def test_a_corrupted_value_falls_back_to_the_default(settings, tmp_path):
    settings._store.setValue(keys.LAST_PAGE.key, "lots")
    assert settings.get(keys.LAST_PAGE) == 0
