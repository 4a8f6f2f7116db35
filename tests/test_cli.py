"""The `fieldapp` command: demo data into a data folder, refused twice."""

from fieldapp.cli import main
from fieldapp.services.purchases import PurchaseService
from fieldapp.services.setup import open_database
from fieldapp.storage import grower_list


def test_demo_data_fills_a_new_database_and_refuses_a_second_time(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "demo-data", "--growers", "30"]) == 0
    db = open_database(tmp_path / "fieldapp.db")
    try:
        assert grower_list.count(db) == 30
        rules = PurchaseService(db).rules()
        assert rules.find(rules.prices[0].crop_id, "一等") is not None  # the station works at once
        assert {c.name for c in rules.containers} == {"塑料筐", "竹筐", "编织袋"}
    finally:
        db.close()
    assert main(["--data-dir", str(tmp_path), "demo-data", "--growers", "30"]) == 1
    assert "already has growers" in capsys.readouterr().err
