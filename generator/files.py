"""Reading the files a user names: only regular files, never more than a cap; the characters
text may hold; positions as editors count them.

``/dev/zero`` reports a size of 0 and never ends, a FIFO blocks whoever opens it, and a socket
cannot be read at all: so a file is opened without blocking, checked to be a regular file
after it is open (a link swapped in between cannot fool the check), and read up to a cap
whatever its size claims.
"""
from __future__ import annotations

import errno
import os
import re
import stat

from .errors import BriefingError, Problem
from .limits import MAX_TEMPLATE_BYTES, MiB

LINK_LOOP = "is a link in a loop (to itself, or through other links)"  # what a path the system cannot resolve is
_LINE_END = re.compile(r"\r\n|\r|\n")
# Never text: C0 and C1 controls but tab and newline (YAML reads U+0085 as a line break), the line
# and paragraph separators (YAML reads them as line breaks too, so a template would move the
# text around them), the non-characters U+FFFE and U+FFFF, and lone surrogates.
REFUSED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")
FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")  # Hangul fillers and the Braille blank: letters that show nothing
_IN_FILE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")


def link_loop(path) -> Problem:
    """The one error for ``path``, a link the system cannot follow (in a loop, or a chain of more than
    40 links): ``PATH: is a link in a loop (…)``, wherever the path was given."""
    return Problem(LINK_LOOP, str(path))


def is_link_loop(path) -> bool:
    """Whether ``path`` (or a folder on its way) is a link the system cannot follow."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    except ValueError:  # a NUL in the path: said where it is read
        pass
    return False


def refuse_link_loop(path) -> None:
    """Raise ``link_loop(path)`` if ``path`` is a link in a loop: checked before a path is resolved
    (which names it absolute, or raises) or searched (which takes it for nothing)."""
    if is_link_loop(path):
        raise BriefingError(link_loop(path))


def _size(limit: int) -> str:
    return f"{limit // MiB} MiB" if limit % MiB == 0 else f"{limit:,} bytes"


def not_regular(mode: int) -> str:
    """Why a file of ``mode`` cannot be read ("" for a regular file)."""
    if stat.S_ISREG(mode):
        return ""
    kind = ("a folder" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file")
    return f"it is {kind}, not a regular file"


def read_regular(path, limit: int, what: str = "file") -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes.

    Anything else (a device, a FIFO, a socket, a folder, a file past the cap, a file that
    cannot be opened) is a BriefingError naming the file; ``what`` says what it was meant to be.
    """
    name = str(path)
    too_large = Problem(f"{what} is larger than {_size(limit)}", name)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except ValueError:
        raise BriefingError(Problem(f"cannot read {what}: the path holds a NUL character", name.replace("\0", "\\0"))) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # (before Python 3.13, resolving the path had found the loop first)
            raise BriefingError(link_loop(name)) from None
        try:  # a socket cannot be opened at all: say what it is
            reason = not_regular(os.stat(path).st_mode) or exc.strerror
        except OSError:
            reason = exc.strerror
        raise BriefingError(Problem(f"cannot read {what}: {reason or exc}", name)) from None
    try:
        info = os.fstat(fd)
        reason = not_regular(info.st_mode)
        if reason:
            raise BriefingError(Problem(f"cannot read {what}: {reason}", name))
        if info.st_size > limit:  # known to be too large: refused unread (the read below is capped anyway)
            raise BriefingError(too_large)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(limit + 1 - size, MiB))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise BriefingError(Problem(f"cannot read {what}: {exc.strerror or exc}", name)) from None
    finally:
        os.close(fd)
    if size > limit:
        raise BriefingError(too_large)
    return b"".join(chunks)


def utf8_text(raw: bytes, name: str, what: str = "file", encoding: str = "utf-8-sig") -> str:
    """``raw`` (read from ``name``) as text, else a BriefingError at the first byte that is not
    UTF-8 ("``what`` is not UTF-8 text")."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line, col = position(raw.decode("latin-1"), exc.start)
        raise BriefingError(Problem(f"{what} is not UTF-8 text", name, line, col)) from None


def template_loader(paths: list[str]):
    """A Jinja2 loader of the templates under ``paths`` (first wins) that reads them as every
    other input: a template that is a device, FIFO, socket or larger than 1 MiB is an error
    naming it (Jinja's own loader would skip it for the next folder's, or block on a FIFO)."""
    from jinja2 import FileSystemLoader
    from jinja2.loaders import split_template_path

    class RegularFileLoader(FileSystemLoader):
        def get_source(self, environment, template):
            pieces = split_template_path(template)
            for root in self.searchpath:
                filename = os.path.normpath(os.path.join(root, *pieces))
                if os.path.lexists(filename):
                    source = utf8_text(read_regular(filename, MAX_TEMPLATE_BYTES, "template"), filename, "template")
                    mtime = _mtime(filename)
                    return source, filename, lambda filename=filename, mtime=mtime: _mtime(filename) == mtime
            return super().get_source(environment, template)  # not found: Jinja's own error

    return RegularFileLoader(paths)


def _mtime(filename: str) -> float | None:
    try:
        return os.path.getmtime(filename)
    except OSError:
        return None


def split_lines(text: str) -> list[str]:
    """``text`` cut into lines where editors cut it: at ``\\n``, ``\\r\\n`` and ``\\r`` only
    (a form feed, a vertical tab, U+0085 or U+2028 stays inside its line)."""
    return _LINE_END.split(text)


def position(text: str, index: int) -> tuple[int, int]:
    """The 1-based (line, column) of ``text[index]`` as an editor shows it."""
    line, start = 1, 0
    for match in _LINE_END.finditer(text, 0, index):
        line, start = line + 1, match.end()
    return line, index - start + 1


def describe_char(char: str) -> str:
    """What kind of refused character ``char`` is, with its code point."""
    code = ord(char)
    kind = ("line separator" if code == 0x2028 else "paragraph separator" if code == 0x2029
            else "non-character" if code in (0xFFFE, 0xFFFF) else "lone surrogate" if 0xD800 <= code <= 0xDFFF
            else "control character")
    return f"{kind} U+{code:04X}"


def check_file_text(text: str, name: str) -> None:
    """Raise a BriefingError at the LINE:COL of the first character no text may hold
    (carriage returns are allowed here: they end lines)."""
    bad = _IN_FILE.search(text)
    if bad:
        line, col = position(text, bad.start())
        raise BriefingError(Problem(f"{describe_char(bad.group())} is not allowed", name, line, col))
