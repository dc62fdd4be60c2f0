import pytest

from assistant.core.errors import InvalidInput
from assistant.core.settings import SPECS, Settings, parse_setting


def test_defaults():
    s = Settings()
    assert (s.fallback_salutation, s.female_title, s.agent_name, s.shop_name) == ("亲", "女士", "", "")


@pytest.mark.parametrize(
    "key, raw, message",
    [
        ("nope", "x", "unknown setting"),
        ("female_title", "太太", "must be one of"),
        ("fallback_salutation", "  ", "must not be empty"),
        ("agent_name", "x" * 21, "at most 20"),
        ("shop_name", "a{b}", "braces"),
    ],
)
def test_bad_values_are_rejected(key, raw, message):
    with pytest.raises(InvalidInput, match=message):
        parse_setting(key, raw)


def test_values_are_trimmed():
    assert parse_setting("agent_name", "  小美 ") == "小美"
    assert parse_setting("female_title", "小姐") == "小姐"


def test_from_stored_ignores_broken_values():
    s = Settings.from_stored({"female_title": "太太", "agent_name": "阿强", "unknown": 1})
    assert s.female_title == "女士" and s.agent_name == "阿强"


def test_every_spec_has_a_field():
    assert set(SPECS) == set(Settings().as_dict())
