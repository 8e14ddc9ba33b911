"""Writing exports whole or not at all, with messages a person can act on."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from svbidder.core.storage.records import Bid
from svbidder.export.bid_document import export_bid_document
from svbidder.export.safe_write import ExportError, write_atomically, write_bytes, write_text

OLD = b"the document as it was"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "out" / "Bid response.docx"
    path.parent.mkdir()
    path.write_bytes(OLD)
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "Bid response.docx")


def test_writes_and_replaces(target):
    written = write_bytes(target, b"new")
    assert written == target and target.read_bytes() == b"new"
    assert leftovers(target.parent) == []


def test_new_file_gets_ordinary_permissions(tmp_path):
    path = write_text(tmp_path / "new.txt", "£ é")
    assert path.read_bytes() == "£ é".encode("utf-8-sig")
    if os.name == "posix":
        umask = os.umask(0)
        os.umask(umask)
        assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_failure_while_writing_leaves_the_target_and_no_temporary_file(target):
    def half_then_fail(handle):
        handle.write(b"half a docu")
        raise RuntimeError("crashed half way")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_file_open_in_word(target, monkeypatch):
    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file because it "
                                            "is being used by another process", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as caught:
        write_bytes(target, b"new")
    error = caught.value
    assert error.reason == "locked"
    assert "Close it in Word, or choose another name" in str(error)
    assert "“Bid response.docx”" in str(error)
    assert error.can_choose_another_name and error.path == target
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_read_only_file(target, monkeypatch):
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(
        PermissionError(errno.EACCES, "Access is denied")))
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == target
                        else real_access(path, mode))
    with pytest.raises(ExportError) as caught:
        write_bytes(target, b"new")
    assert caught.value.reason == "read_only_file"
    assert "read-only" in str(caught.value)
    assert target.read_bytes() == OLD


def test_read_only_folder_simulated(target, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError) as caught:
        write_bytes(target, b"new")
    assert caught.value.reason == "read_only_folder"
    assert "Choose another folder" in str(caught.value)
    assert target.read_bytes() == OLD


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs a user that folder permissions apply to (not root)")
def test_read_only_folder_for_real(target):
    target.parent.chmod(0o555)
    try:
        with pytest.raises(ExportError) as caught:
            write_bytes(target, b"new")
        assert caught.value.reason == "read_only_folder"
    finally:
        target.parent.chmod(0o755)
    assert target.read_bytes() == OLD


def test_disk_full(target, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError) as caught:
        write_bytes(target, b"new")
    assert caught.value.reason == "disk_full"
    assert "not enough space" in str(caught.value)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_missing_folder(tmp_path):
    with pytest.raises(ExportError) as caught:
        write_bytes(tmp_path / "gone" / "x.docx", b"new")
    assert caught.value.reason == "no_folder"


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(ExportError) as caught:
        write_bytes(tmp_path, b"new")
    assert caught.value.reason == "is_folder"


def test_other_failures_say_nothing_changed(target, monkeypatch):
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(
        OSError(errno.EIO, "Input/output error")))
    with pytest.raises(ExportError, match="Nothing was changed"):
        write_bytes(target, b"new")
    assert target.read_bytes() == OLD


def test_an_export_to_a_locked_document_keeps_the_old_one(example, target, monkeypatch):
    bid = example.find(Bid)[0]

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "being used by another process")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError, match="Close it in Word"):
        export_bid_document(example, bid.id, target)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []
