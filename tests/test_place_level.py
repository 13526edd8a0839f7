"""TC105: a prefecture-level city named as a county, from the gazetteer data (tools/build_places.py)."""
from termcheck.engine import Engine
from termcheck.kinds.place_level import cities_without_county_namesake
from termcheck.model import Document

ENGINE = Engine.from_config()


def findings(text):
    eng = ENGINE
    return [f for f in eng.check(Document.from_text(text, path="t.txt")) if f.rule == "TC105"]


def test_gazetteer_keeps_only_cities_without_a_county_namesake():
    cities = cities_without_county_namesake()
    assert len(cities) > 150
    assert "Guangyuan" in cities and "Chengdu" in cities
    assert "Yibin" not in cities  # Yibin County exists beside Yibin City
    assert cities["Guangyuan"][0] == "广元市"


def test_city_written_as_county_both_ways():
    bad = findings("Relief teams left Zigong County at dawn and reached Luzhou County by noon.")
    assert [f.text for f in bad] == ["Zigong County", "Luzhou County"]
    assert bad[0].suggestions[0] == "Zigong City"
    assert findings("Relief teams left Zigong City at dawn and reached Luzhou City by noon.") == []
    assert findings("Relief teams left Yibin County at dawn and reached Jiange County by noon.") == []
