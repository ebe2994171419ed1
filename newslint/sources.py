"""Reading inputs and writing fixes back without losing a byte.

Text files (``.txt``, ``.md``) are one document; JSONL files hold one document per
record and are streamed line by line, never loaded whole. Either may be gzipped.
Fixed files are written atomically (a temporary file in the same folder, then a
rename) with the original encoding, BOM, newline style and every untouched byte.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from json.decoder import scanstring
from pathlib import Path
from typing import BinaryIO

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


class InputError(Exception):
    """A file or record that cannot be read or written; ``str()`` is the one-line report."""


def kind_of(path: str) -> str | None:
    """``"text"``, ``"jsonl"`` or None (not a file newslint reads) from the file name."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def is_gzip(path: str) -> bool:
    return path.lower().endswith(".gz")


def _open_read(path: str) -> BinaryIO:
    try:
        return gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None


# -- text files ---------------------------------------------------------------------


@dataclass(frozen=True)
class TextEncoding:
    """How a text file's bytes became its text, so a fix can turn the text back."""

    encoding: str
    bom: bytes = b""


def decode_text(data: bytes, path: str, encoding: str = "utf-8") -> tuple[str, TextEncoding]:
    bom = b""
    for marker, bom_encoding in _BOMS:
        if data.startswith(marker):
            bom, encoding = marker, bom_encoding
            break
    body = data[len(bom) :]
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8") and b"\x00" in body:
        raise InputError(f"{path}: binary file (holds NUL bytes); not checked")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: not valid {encoding} at byte {error.start + len(bom)} (pass --encoding to read it as another encoding)"
        ) from None
    except LookupError:
        raise InputError(f"{path}: unknown encoding {encoding!r}") from None
    return text, TextEncoding(encoding, bom)


def read_text_file(path: str, encoding: str = "utf-8") -> tuple[str, TextEncoding]:
    try:
        with _open_read(path) as handle:
            data = handle.read()
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise InputError(f"{path}: cannot read: {getattr(error, 'strerror', None) or error}") from None
    return decode_text(data, path, encoding)


def encode_text(text: str, how: TextEncoding, path: str) -> bytes:
    try:
        return how.bom + text.encode(how.encoding)
    except UnicodeEncodeError as error:
        raise InputError(f"{path}: the fixed text cannot be written as {how.encoding}: {error.reason}") from None


# -- atomic writes ------------------------------------------------------------------


class AtomicFile:
    """A replacement for ``path`` written to a temporary file in the same folder and
    renamed over it on ``commit()``: readers see the old file or the new one, never half.
    Leaving the ``with`` block without committing drops the temporary file."""

    def __init__(self, path: str):
        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        try:
            fd, self.temporary = tempfile.mkstemp(
                dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".newslint-tmp"
            )
        except OSError as error:
            raise InputError(f"{path}: cannot write a temporary file next to it: {error.strerror or error}") from None
        self._raw = os.fdopen(fd, "wb")
        self.handle: BinaryIO = (
            gzip.GzipFile(fileobj=self._raw, mode="wb", filename="", mtime=0) if is_gzip(path) else self._raw
        )
        self._done = False

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, *exc_info) -> None:
        if not self._done:
            self.discard()

    def write(self, data: bytes) -> None:
        try:
            self.handle.write(data)
        except OSError as error:
            self.discard()
            raise InputError(f"{self.path}: cannot write the fixed file: {error.strerror or error}; the original is unchanged") from None

    def discard(self) -> None:
        self._done = True
        try:
            if self.handle is not self._raw:
                self.handle.close()
            self._raw.close()
        except OSError:
            pass
        try:
            os.unlink(self.temporary)
        except OSError:
            pass

    def commit(self) -> None:
        path = self.path
        try:
            if self.handle is not self._raw:
                self.handle.close()
            self._raw.flush()
            os.fsync(self._raw.fileno())
            self._raw.close()
            if os.path.exists(path):
                # Permission bits, not just access(): root may write anywhere, but a file
                # marked read-only is someone's decision that --fix must respect.
                if not os.access(path, os.W_OK) or not os.stat(path).st_mode & 0o222:
                    raise InputError(f"{path}: file is read-only; not fixed")
                os.chmod(self.temporary, stat.S_IMODE(os.stat(path).st_mode))
            os.replace(self.temporary, path)
            self._done = True
        except OSError as error:
            self.discard()
            raise InputError(f"{path}: cannot write the fixed file: {error.strerror or error}; the original is unchanged") from None
        except BaseException:
            self.discard()
            raise


def write_text_file(path: str, text: str, how: TextEncoding) -> None:
    data = encode_text(text, how, path)
    with AtomicFile(path) as target:
        target.write(data)
        target.commit()


# -- JSONL --------------------------------------------------------------------------


@dataclass
class Record:
    """One JSONL line: its 1-based number, raw bytes (terminator included) and, when it
    holds a usable document, its id and text. ``error`` says why it does not."""

    number: int
    raw: bytes
    record_id: str | None = None
    text: str | None = None
    error: str | None = None
    line: str | None = None

    @property
    def is_blank(self) -> bool:
        # (``isspace`` tests the ASCII whitespace ``strip`` would remove, without a copy)
        return not self.raw or self.raw.isspace()


def _field_spans(line: str) -> dict[str, tuple[int, int]]:
    """``{key: (start, end)}`` of each top-level value's raw JSON in ``line`` (last
    duplicate wins, as in ``json.loads``), so one value can be replaced in place."""
    decoder = json.JSONDecoder()
    spans: dict[str, tuple[int, int]] = {}
    position = _skip_space(line, 0)
    if line[position : position + 1] != "{":
        return spans
    position = _skip_space(line, position + 1)
    if line[position : position + 1] == "}":
        return spans
    while True:
        if line[position : position + 1] != '"':
            raise ValueError("expected a key")
        key, position = scanstring(line, position + 1)
        position = _skip_space(line, position)
        if line[position : position + 1] != ":":
            raise ValueError("expected ':'")
        start = _skip_space(line, position + 1)
        _, end = decoder.raw_decode(line, start)
        spans[key] = (start, end)
        position = _skip_space(line, end)
        if line[position : position + 1] == ",":
            position = _skip_space(line, position + 1)
            continue
        return spans


def _skip_space(line: str, position: int) -> int:
    while position < len(line) and line[position] in " \t\r\n":
        position += 1
    return position


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def parse_record(number: int, raw: bytes, path: str, text_field: str, id_field: str) -> Record:
    record = Record(number, raw)
    if record.is_blank:
        return record
    where = f"{path}:{number}"
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        record.error = f"{where}: record is not valid UTF-8 at byte {error.start}"
        return record
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        record.error = f"{where}: record is not valid JSON ({error.msg} at column {error.colno})"
        return record
    if not isinstance(data, dict):
        record.error = f"{where}: record is not a JSON object"
        return record
    if text_field not in data:
        record.error = f"{where}: record has no {text_field!r} field (set --text-field)"
        return record
    text = data[text_field]
    if not isinstance(text, str):
        record.error = f"{where}: field {text_field!r} is {type(text).__name__}, not a string"
        return record
    # The line was valid UTF-8, so a surrogate in the text can only come from a \\u escape.
    if ("\\ud" in line or "\\uD" in line) and _has_lone_surrogate(text):
        record.error = f"{where}: field {text_field!r} holds a lone surrogate (invalid Unicode)"
        return record
    identifier = data.get(id_field)
    record.record_id = str(identifier) if identifier is not None else f"#{number}"
    record.text = text
    record.line = line
    return record


def replace_text(record: Record, new_text: str, text_field: str) -> bytes:
    """The record's raw line with only the text value re-encoded; every other byte stays."""
    line = record.line
    start, end = _field_spans(line)[text_field]
    old_value = line[start:end]
    # Keep the file's own escaping style: \\u escapes if the original used them.
    ascii_only = old_value.isascii() and "\\u" in old_value
    new_value = json.dumps(new_text, ensure_ascii=ascii_only)
    if not ascii_only:
        new_value = new_value.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return (line[:start] + new_value + line[end:]).encode("utf-8")


def open_jsonl(path: str) -> BinaryIO:
    return _open_read(path)


# -- finding files ------------------------------------------------------------------


def iter_files(
    root: str, is_excluded: Callable[[str], bool], on_loop: Callable[[str, str], None] | None = None
) -> Iterator[str]:
    """Files newslint reads below ``root``, sorted, skipping excluded folders and files.
    Symlinked folders are not followed, so a link loop cannot trap the walk; a link that
    leads back to its own folder or one above it is told to ``on_loop(link, target)``,
    since the user may expect the walk to go through it."""
    for folder, subfolders, files in os.walk(root, followlinks=False):
        subfolders[:] = sorted(d for d in subfolders if not is_excluded(os.path.join(folder, d)))
        if on_loop is not None:
            for name in subfolders:
                link = os.path.join(folder, name)
                if os.path.islink(link):
                    target = os.path.realpath(link)
                    if _is_within(os.path.realpath(folder), target):
                        on_loop(link, target)
        for name in sorted(files):
            path = os.path.join(folder, name)
            if kind_of(name) and not is_excluded(path):
                yield path


def _is_within(path: str, folder: str) -> bool:
    """Whether ``path`` is ``folder`` or below it (both resolved)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def display_path(path: str) -> str:
    """A path as the user will read it: relative to the working folder when below it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith("..") else Path(relative).as_posix()
