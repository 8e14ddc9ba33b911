"""Opening a Word file's zip safely: the directory is checked before anything inflates.

A .docx is a zip of XML parts and media. A hostile one (a "decompression
bomb") can be 1.5 MB on disk and unpack to gigabytes. So: the zip directory is
read first and every part's declared size, and their total, must be within
:class:`~.limits.Limits`; then only the parts svbidder needs are unpacked,
in small pieces, counting the bytes that really come out (a zip can lie about
sizes) and watching the clock. Media and other parts are never unpacked.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator

from .limits import Deadline, Limits
from .messages import refuse, show_size

CHUNK = 64 * 1024


class Package:
    """A checked zip: :meth:`chunks` streams one part within the limits."""

    def __init__(self, data: bytes, name: str, limits: Limits, deadline: Deadline) -> None:
        self.name = name
        self.limits = limits
        self.deadline = deadline
        self.unpacked = 0  # bytes that came out so far, all parts together
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
            raise refuse("damaged-zip", name) from exc
        if len(infos) > limits.max_parts:
            raise refuse("bomb", name, size=f"{len(infos):,} parts")
        total = 0
        for info in infos:
            if info.file_size > limits.max_part_bytes:
                raise refuse("bomb", name, size=show_size(info.file_size))
            total += info.file_size
        if total > limits.max_total_bytes:
            raise refuse("bomb", name, size=show_size(total))
        self._infos = {info.filename: info for info in infos}

    def __contains__(self, part: str) -> bool:
        return part in self._infos

    def chunks(self, part: str) -> Iterator[bytes]:
        """The part's bytes in pieces; refuses as soon as it unpacks past a limit."""
        info = self._infos[part]
        if info.flag_bits & 0x1:
            raise refuse("damaged-docx", self.name)  # an encrypted zip entry
        read = 0
        try:
            with self._zip.open(info) as stream:
                while True:
                    if self.deadline.passed():
                        raise refuse("too-slow", self.name, seconds=f"{self.deadline.seconds:g}")
                    chunk = stream.read(CHUNK)
                    if not chunk:
                        return
                    read += len(chunk)
                    self.unpacked += len(chunk)
                    if read > self.limits.max_part_bytes:
                        raise refuse("bomb", self.name, size=f"more than {show_size(read)}")
                    if self.unpacked > self.limits.max_total_bytes:
                        raise refuse("bomb", self.name,
                                     size=f"more than {show_size(self.unpacked)}")
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError,
                ValueError) as exc:
            raise refuse("damaged-docx", self.name) from exc

    def close(self) -> None:
        self._zip.close()
