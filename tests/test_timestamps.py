import pytest

from generator.timestamps import format_timestamp, parse_timestamp


@pytest.mark.parametrize("text, seconds", [("0:00", 0), ("3:33", 213), ("13:28", 808), ("1:08:52", 4132),
                                           ("5:04:24", 18264), ("59:59", 3599)])
def test_parses_and_formats_back(text, seconds):
    assert parse_timestamp(text) == seconds
    assert format_timestamp(seconds) == text


@pytest.mark.parametrize("text", ["1:75:00", "13:60", "60:00:99", "1:8:52", "13:5", "13", "abc", "", "1:08:52:00"])
def test_rejects_bad_timestamps(text):
    with pytest.raises(ValueError):
        parse_timestamp(text)


def test_rejects_the_integer_a_yaml_11_reader_makes():
    with pytest.raises(ValueError, match="number"):
        parse_timestamp(808)


@pytest.mark.parametrize("text", ["13:28.5", "00:18:00.123456", "1:08:52,5000000"])
def test_a_content_time_with_a_fraction_is_refused_whatever_its_length(text):
    """Content times are whole seconds: a fraction of one digit or of seven is refused alike (the
    importer is what drops fractions from notes, with a warning)."""
    with pytest.raises(ValueError, match="whole seconds, without a fraction"):
        parse_timestamp(text)
