"""A whole GUI session with sockets forbidden: nothing tries to use the network."""

from __future__ import annotations

import sys

NETWORK_MODULES = ("http.client", "urllib.request", "ftplib", "smtplib", "PySide6.QtNetwork")


def test_a_full_gui_session_opens_no_socket(make_window, monkeypatch, tmp_path):
    """Every screen shown, the example edited, exported and closed, with sockets forbidden."""
    import socket

    attempts = []

    class Tripwire(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append(args)
            raise OSError("network use is not allowed")

    monkeypatch.setattr(socket, "socket", Tripwire)
    window = make_window()
    window.open_example()
    for _label, attribute, _needs in window._screens:
        window.show_page(getattr(window, attribute))
    window.map_page.suggest()
    from svbidder.core.storage.records import Bid
    from svbidder.export import export

    workspace = window.session.workspace
    export(workspace, workspace.find(Bid)[0].id, "answers", tmp_path / "out.docx")
    window.close()
    assert attempts == []
    assert [m for m in NETWORK_MODULES if m in sys.modules] == []
