from starapp.store import Store
from starapp.store.settings import ServiceSettings, load_settings, save_settings


def test_settings_default_when_never_saved(tmp_path):
    with Store.open(tmp_path / "a.db", create=True) as store:
        assert load_settings(store) == ServiceSettings()


def test_settings_round_trip_through_the_file(tmp_path):
    path = tmp_path / "a.db"
    chosen = ServiceSettings(
        organisation="Bridge Housing Trust",
        worker_name="Sam",
        require_consent=True,
        archive_after_months=18,
        erase_after_months=72,
        template_keys=("life-areas", "young-person"),
        setup_done=True,
    )
    with Store.open(path, create=True) as store:
        save_settings(store, chosen)
    with Store.open(path) as store:
        assert load_settings(store) == chosen
        audit = store.db.execute(
            "SELECT action, entity, detail FROM audit WHERE entity = 'settings'"
        ).fetchall()
        assert audit == [("change", "settings", "")]
