"""Hostile input: the worst time and peak memory of any importer on any case (issue 17).

Each case is a file up to the file-size limit, written here, read in a fresh
process by the tender splitter and the priorities importer (the two that read
Word files), so the peak memory is that process's own. The quality bar: every
case is refused or read in ≤ 2 s and ≤ 300 MB. Run ``benchmarks/hostile.py``
alone to see every case.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
READERS = {
    "questions split": "from svbidder.core.writing.tender import split_questions_file as read",
    "priorities import": "from svbidder.core.priorities.importing import "
                         "parse_priorities_file as read",
}
WORKER = """
import sys, time
{import_line}
start = time.perf_counter()
try:
    read(sys.argv[1]); outcome = "read"
except Exception as error:
    outcome = type(error).__name__
seconds = time.perf_counter() - start
# VmHWM: this process's own peak (ru_maxrss would count the parent's memory at fork)
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(seconds, peak / 1024, outcome)
"""


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("SV1 Describe how you will hire locally. (Maximum 500 words)")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _rezip(parts: dict[str, bytes | Path]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            if info.filename not in parts:
                target.writestr(info, source.read(info))
        for name, payload in parts.items():
            if isinstance(payload, Path):
                target.write(payload, name)
            else:
                target.writestr(name, payload)
    return out.getvalue()


def _lying_sizes(data: bytes, part: str) -> bytes:
    """The central directory says ``part`` unpacks to 1 KB; it does not."""
    patched = bytearray(data)
    entry = patched.rfind(b"PK\x01\x02", 0, patched.rfind(part.encode()))
    patched[entry + 24:entry + 28] = (1024).to_bytes(4, "little")
    return bytes(patched)


def cases(folder: Path) -> dict[str, Path]:
    """Hostile files, each at most the 20 MB file-size limit."""
    zeros = folder / "zeros.bin"
    with open(zeros, "wb") as handle:
        for _ in range(400):
            handle.write(b"\0" * MB)
    paragraph = b"<w:p><w:r><w:t>Describe how (Maximum 500 words)</w:t></w:r></w:p>"
    huge_body = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                 b'2006/main"><w:body>' + paragraph * 500_000 + b"</w:body></w:document>")
    laughs = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
              + b"".join(f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">'.encode()
                         for n in range(9))
              + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                b'2006/main"><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>')
    made = {
        "document.xml inflating to 400 MB": _rezip({"word/document.xml": zeros}),
        "styles.xml inflating to 400 MB": _rezip({"word/styles.xml": zeros}),
        "a picture inflating to 400 MB": _rezip({"word/media/image1.png": zeros}),
        "styles.xml lying about its size": _lying_sizes(
            _rezip({"word/styles.xml": b"<a>" + b" " * (30 * MB) + b"</a>"}), "word/styles.xml"),
        "30 MB of paragraphs in document.xml": _rezip({"word/document.xml": huge_body}),
        "billion laughs": _rezip({"word/document.xml": laughs}),
        "20 MB of spaces": b"SV1 " + b" " * (20 * MB - 10) + b"words",
        "20 MB of '2 A4 '": b"2 A4 " * (4 * MB),
        "20 MB of numbered lines": b"1. Local jobs - more work\n" * (20 * MB // 27),
        "20 MB of headings naming the list": b"Our priorities\n" * (20 * MB // 16),
        "20 MB of one-item lists between sentences":
            b"- Local jobs\nWe will do more of this.\n" * (20 * MB // 40),
        "20 MB of 'We will:' lists under one labelled theme":
            b"Priority 1: Jobs\n" + b"We will:\n- Open a jobs hub\n" * (20 * MB // 27),
        "20 MB of blank lines": b"\n" * (20 * MB),
        # (the importer reads the first 10,000 lines: this is the most prose it weighs)
        "10,000 lines of ordinary sentences":
            b"The council will continue to work with partners across the borough to improve "
            b"services for residents.\n"
            * 10_000,
    }
    zeros.unlink()
    paths = {}
    for number, (name, data) in enumerate(made.items()):
        suffix = ".docx" if data.startswith(b"PK") else ".txt"
        path = folder / f"case{number}{suffix}"
        path.write_bytes(data)
        assert path.stat().st_size <= 20 * MB, name
        paths[name] = path
    return paths


def measure() -> list[tuple[str, str, float, float, str]]:
    """(case, reader, seconds, peak MiB, outcome) for every case and reader."""
    results = []
    with tempfile.TemporaryDirectory(prefix="svbidder-hostile-") as folder:
        for name, path in cases(Path(folder)).items():
            for reader, import_line in READERS.items():
                run = subprocess.run(
                    [sys.executable, "-c", WORKER.format(import_line=import_line), str(path)],
                    capture_output=True, text=True, cwd=ROOT, timeout=600, check=True)
                seconds, mib, outcome = run.stdout.split()
                results.append((name, reader, float(seconds), float(mib), outcome))
    return results


def rows() -> list[tuple[str, str, str, bool]]:
    results = measure()
    slowest = max(results, key=lambda r: r[2])
    biggest = max(results, key=lambda r: r[3])
    return [
        (f"Hostile input: worst time ({slowest[1]}, {slowest[0]})", f"{slowest[2]:.2f} s",
         "≤ 2 s", slowest[2] <= 2),
        (f"Hostile input: peak memory ({biggest[1]}, {biggest[0]})", f"{biggest[3]:.0f} MiB",
         "≤ 300 MB", biggest[3] * 1.048576 <= 300),
    ]


if __name__ == "__main__":
    for case, reader, seconds, mib, outcome in measure():
        print(f"{reader:18} {case:40} {seconds:6.2f} s {mib:6.0f} MiB  {outcome}")
