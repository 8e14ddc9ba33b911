"""svbidder never touches the network: no socket is opened by the self-test, a full
GUI session, or any command, and no networking module is even loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NETWORK_MODULES = ("ssl", "http.client", "urllib.request", "ftplib", "smtplib",
                   "PySide6.QtNetwork", "requests", "httpx")

# Run svbidder's command line with every way of opening a socket replaced by a
# tripwire that records the attempt and fails; at the end, report what was tried
# and which networking modules got loaded.
GUARD = """
import socket, sys, json, atexit
attempts = []
class Tripwire(socket.socket):
    def __init__(self, *args, **kwargs):
        attempts.append(repr(args))
        raise OSError("network use is not allowed in svbidder")
socket.socket = Tripwire
socket.create_connection = lambda *a, **k: attempts.append(repr(a)) or (_ for _ in ()).throw(
    OSError("network use is not allowed"))
def report():
    loaded = [m for m in NETWORK_MODULES if m in sys.modules]
    sys.stderr.write("\\nNETWORK-REPORT " + json.dumps({"attempts": attempts, "loaded": loaded}))
atexit.register(report)
import os
_exit = os._exit
def reporting_exit(code):  # --exit-after-paint leaves with os._exit, skipping atexit
    report()
    _exit(code)
os._exit = reporting_exit
from svbidder.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
raise SystemExit(code)
""".replace("NETWORK_MODULES", repr(NETWORK_MODULES))


def run_guarded(*args: str, home: Path, stdin: str | None = None) -> dict:
    import json

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SVBIDDER_HOME": str(home)}
    result = subprocess.run([sys.executable, "-c", GUARD, *args], capture_output=True,
                            text=True, env=env, timeout=180, cwd=ROOT, input=stdin)
    marker = result.stderr.rsplit("NETWORK-REPORT ", 1)
    assert len(marker) == 2, result.stderr
    report = json.loads(marker[1])
    report["returncode"] = result.returncode
    return report


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("net")
    path = folder / "example.svbid"
    from svbidder.core.content.example import write_example

    write_example(path).close()
    return path


COMMANDS = [
    ["self-test"],
    ["--exit-after-paint"],
    ["info", "{example}", "--json"],
    ["count", "-"],
    ["check", "-", "--words", "500"],
    ["spell", "-", "--json"],
    ["frameworks", "list", "--json"],
    ["questions", "split", "{tender}", "--json"],
    ["suggest", "--framework", "uk-social-value-model-2025", "--activities", "{activities}"],
    ["pack", "export", "{example}", "1", "-o", "{out}/pack.svpack"],
    ["export", "{example}", "--bid", "ABC/2026/017", "-o", "{out}/answers.docx"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_commands_open_no_socket(command, example, tmp_path):
    tender = tmp_path / "tender.txt"
    tender.write_text("SV1 How will you help? (Maximum 500 words)\n", encoding="utf-8")
    activities = tmp_path / "activities.jsonl"
    activities.write_text('{"title": "Lunch club", "description": "Weekly lunch for older '
                          'people living alone"}\n', encoding="utf-8")
    args = [part.format(example=example, tender=tender, activities=activities, out=tmp_path)
            for part in command]
    report = run_guarded(*args, home=tmp_path / "home",
                         stdin="We will help 40 older people by March 2027.\n")
    assert report["returncode"] in (0, 1), report  # 1 only where a feature says why
    assert report["attempts"] == []
    assert report["loaded"] == []
