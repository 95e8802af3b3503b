import pytest

from starapp.core.people import PersonDraft
from starapp.core.templates import StarTemplate, template_from_data
from starapp.store import Store


def small_template_data(version: int = 1, first_area: str = "Home") -> dict:
    return {
        "format": 1,
        "key": "small",
        "version": version,
        "name": "Small test star",
        "description": "Six areas for store tests.",
        "scale": {
            "min": 1,
            "max": 10,
            "stages": [
                {
                    "key": "low",
                    "name": "Low",
                    "from": 1,
                    "to": 4,
                    "colour": "#cc6677",
                    "description": "Early days.",
                },
                {
                    "key": "mid",
                    "name": "Mid",
                    "from": 5,
                    "to": 7,
                    "colour": "#ddcc77",
                    "description": "Moving.",
                },
                {
                    "key": "high",
                    "name": "High",
                    "from": 8,
                    "to": 10,
                    "colour": "#117733",
                    "description": "Steady.",
                },
            ],
        },
        "areas": [
            {"key": "home", "name": first_area, "description": "Where you live."},
            {"key": "money", "name": "Money", "description": "Income and debts."},
            {"key": "health", "name": "Health", "description": "Body and mind."},
            {
                "key": "drink",
                "name": "Drink and drugs",
                "description": "Use of substances.",
                "allow_not_applicable": True,
            },
            {"key": "people", "name": "People", "description": "Friends and family."},
            {"key": "time", "name": "Time", "description": "Work, learning, hobbies."},
        ],
    }


@pytest.fixture
def make_template():
    """Build the small template, optionally as another version or with other wording."""
    return lambda **kw: template_from_data(small_template_data(**kw))


@pytest.fixture
def template() -> StarTemplate:
    return template_from_data(small_template_data())


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "data.db", create=True, actor="tester")
    yield s
    s.close()


@pytest.fixture
def person(store):
    return store.people.add(PersonDraft(reference="P-001", name="Alex", project="Riverside"))
