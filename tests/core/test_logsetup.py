"""The log file is rotated at start-up, keeping three older ones."""

from __future__ import annotations

import logging

from svbidder import logsetup


def test_rotation_keeps_three_older_logs(tmp_path, monkeypatch):
    monkeypatch.setattr(logsetup, "MAX_BYTES", 10)
    log = tmp_path / "svbidder.log"
    for round_ in range(5):
        log.write_text(f"round {round_} " * 5, encoding="utf-8")
        logsetup.rotate(log)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["svbidder.log.1", "svbidder.log.2", "svbidder.log.3"]
    assert (tmp_path / "svbidder.log.1").read_text(encoding="utf-8").startswith("round 4")
    assert (tmp_path / "svbidder.log.3").read_text(encoding="utf-8").startswith("round 2")


def test_small_logs_are_left_alone(tmp_path):
    log = tmp_path / "svbidder.log"
    log.write_text("short", encoding="utf-8")
    logsetup.rotate(log)
    assert log.read_text(encoding="utf-8") == "short"


def test_setup_writes_to_the_file(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        logsetup.setup_logging(tmp_path / "logs" / "svbidder.log")
        logging.getLogger("svbidder.test").warning("hello from the test")
        for handler in root.handlers:
            handler.flush()
        assert "hello from the test" in (tmp_path / "logs" / "svbidder.log").read_text()
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
