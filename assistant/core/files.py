"""Reading and writing the user's files safely.

Writes go to a temporary file beside the target and are renamed into place, so a crash, Ctrl-C
or a full disk never leaves half a file (or an empty one). Where a file will go is checked before
any work starts, and every failure names the user's path, never the temporary file. Reads are
bounded by bytes actually read (a symlink to /dev/zero has no size to trust) and by the unpacked
size of a zip (a .docx or .xlsx can unpack a thousandfold).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError

TEMP_PREFIX = ".zongjie-"
_REASONS = {
    errno.EACCES: "沒有權限",
    errno.EPERM: "沒有權限",
    errno.EROFS: "文件系統是只讀的",
    errno.ENOSPC: "磁盤已滿",
    getattr(errno, "EDQUOT", -1): "超出磁盤配額",
    errno.ENOENT: "路徑不存在",
    errno.ENOTDIR: "路徑中有一段不是文件夾",
    errno.EISDIR: "是文件夾",
    errno.ENAMETOOLONG: "文件名太長",
    errno.EEXIST: "已存在",
    errno.EIO: "讀寫設備出錯",
}


def reason(exc: OSError) -> str:
    """Why a file operation failed, in Chinese (the system's words are often English), with what
    to do for the common cases; a rare one names its error number rather than an English word."""
    known = _REASONS.get(exc.errno or 0)
    if known is None:
        return f"系統錯誤 {exc.errno}" if exc.errno else "系統無法讀寫這個文件"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"{known}：請檢查文件權限，或把它複製到自己的文件夾再試"
    return known


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "文件夾"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "設備文件"
    if stat.S_ISFIFO(mode):
        return "管道"
    if stat.S_ISSOCK(mode):
        return "套接字"
    return "特殊文件"


def read_limited(path: Path, limit: int, what: str = "文件") -> bytes:
    """The bytes of a regular file, refusing more than ``limit`` of them."""
    name = str(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError as exc:
        raise InputError(f"{name}：{what}不存在") from exc
    except OSError as exc:
        raise InputError(f"{name}：無法讀取（{reason(exc)}）") from exc
    if not stat.S_ISREG(mode):
        raise InputError(f"{name}：是{_kind(mode)}，不是普通文件")
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{name}：無法讀取（{reason(exc)}）") from exc
    if len(data) > limit:
        raise InputError(f"{name}：文件過大（超過 {_size(limit)}），不像是{what}")
    return data


def check_zip(path: Path, limit: int, what: str) -> dict[str, int]:
    """Refuse a zip (.docx, .xlsx) whose parts unpack to more than ``limit`` bytes in all.

    Returns how many XML elements each part holds, counted as it unpacks (a ``<`` that opens an
    element): a reader refuses a part its parser would need many times the part's size to hold,
    such as a few kilobytes zipped that unpack to millions of empty elements."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise InputError(f"{path}：不是有效的{what}（文件已損壞，或不是這種格式）") from exc
    except OSError as exc:
        raise InputError(f"{path}：無法讀取{what}（{reason(exc)}）") from exc
    if len(infos) > 10_000:
        raise InputError(f"{path}：包含 {len(infos):,} 個部件，不像是{what}（可能是壓縮炸彈）")
    unpacked = sum(info.file_size for info in infos)
    if unpacked > limit:
        raise InputError(f"{path}：解壓後達 {_size(unpacked)}，不像是{what}（可能是壓縮炸彈）")
    # the sizes above are what the file declares; a crafted one declares less than it holds, so
    # the parts are unpacked once, counting, and refused as soon as they pass the limit
    total = 0
    elements: dict[str, int] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for info in infos:
                count, last = 0, b""
                with archive.open(info) as part:
                    while chunk := part.read(1 << 20):
                        total += len(chunk)
                        if total > limit:
                            raise InputError(
                                f"{path}：解壓後超過 {_size(limit)}，不像是{what}（可能是壓縮炸彈）",
                                hint="請確認文件來源；正常的月報、台賬遠小於這個大小",
                            )
                        count += _opened_elements(last + chunk) - _opened_elements(last)
                        last = chunk[-1:]
                elements[info.filename] = elements.get(info.filename, 0) + count
    except InputError:
        raise
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError) as exc:  # a damaged part
        raise InputError(f"{path}：不是有效的{what}（文件已損壞，或不是這種格式）") from exc
    except OSError as exc:
        raise InputError(f"{path}：無法讀取{what}（{reason(exc)}）") from exc
    except Exception as exc:  # zlib.error and the like from a damaged stream
        raise InputError(f"{path}：不是有效的{what}（壓縮數據已損壞）") from exc
    return elements


def _opened_elements(data: bytes) -> int:
    """The elements that ``data`` opens: each ``<`` but those of end tags, ``<?`` and ``<!``."""
    return data.count(b"<") - data.count(b"</") - data.count(b"<?") - data.count(b"<!")


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def _probe(folder: Path, target: Path | None = None) -> None:
    """Can we create a file in ``folder``? (Permission bits do not say so for root or a read-only disk.)"""
    try:
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)
    except OSError as exc:
        what = f"無法寫入 {target}：" if target else ""
        raise InputError(f"{what}無法在 {folder} 中寫入文件（{reason(exc)}）") from exc
    os.close(fd)
    os.unlink(name)


def target_of(path: Path) -> Path:
    """Where writing ``path`` lands: through a symlink to the file it points at."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def check_output(path: Path, force: bool) -> Path:
    """Check, before any work, that ``path`` can be written; the file the write will replace.

    An existing file needs ``force``; a symlink is written through to its regular file; a device,
    pipe or folder is never replaced.
    """
    exists = path.exists() or path.is_symlink()
    if exists and not force:
        raise InputError(f"{path} 已存在，未覆蓋", hint="加 --force 覆蓋，或換一個文件名")
    target = target_of(path)
    if target.exists():
        mode = target.stat().st_mode
        if not stat.S_ISREG(mode):
            raise InputError(f"{path} 是{_kind(mode)}，不能寫成稿子或事實文件", hint="請換一個普通文件的路徑")
    folder = target.parent
    if not folder.exists():
        raise InputError(f"{path}：目錄 {folder} 不存在", hint="請先創建這個目錄，或換一個路徑")
    if not folder.is_dir():
        raise InputError(f"{path}：{folder} 不是文件夾")
    _probe(folder, path)
    return target


def check_out_dir(path: Path) -> None:
    """Check, before any work, that a folder for many outputs exists or can be created."""
    if path.exists():
        if not path.is_dir():
            raise InputError(f"--out-dir {path} 不是文件夾", hint="請給一個文件夾的路徑（不存在時會創建）")
        _probe(path)
        return
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise InputError(f"--out-dir {path}：{ancestor} 不是文件夾")
    _probe(ancestor)


def atomic_write(path: Path, save: Callable[[Path], object]) -> None:
    """Let ``save`` write a temporary file beside the target, then rename it into place."""
    target = target_of(path)
    if target.exists() and not target.is_file():
        raise InputError(f"{path} 不是普通文件，未寫入")
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=target.suffix, dir=target.parent)
        os.close(fd)
        tmp = Path(name)
        save(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; the result should not be
        os.replace(tmp, target)
    except OSError as exc:
        raise InputError(f"無法寫入 {path}（{reason(exc)}）") from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


class TomlError(ValueError):
    """A TOML text that cannot be read; ``line`` is where, when the parser says."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def parse_toml(text: str) -> dict[str, Any]:
    """The one TOML reader (config, phrase banks, facts files): a deeply nested or malformed text
    is a :class:`TomlError`, never a crash."""
    import re
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise TomlError(str(exc), int(m.group(1)) if m else None) from exc
    except RecursionError as exc:
        raise TomlError("嵌套過深", None) from exc


# ---------------------------------------------------------------- rewriting a file the user owns
class FileState(tuple[int, int, int, int]):
    """What identifies a file's contents cheaply: (device, inode, size, mtime in ns)."""

    @classmethod
    def of(cls, path: Path) -> FileState:
        st = os.stat(path)
        return cls((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))


def writers_of(path: Path) -> list[int]:
    """Other processes that hold ``path`` open for writing (Linux /proc; elsewhere none known):
    a rename would leave their later writes in the old, unlinked file."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    try:
        want = os.stat(path)
    except OSError:
        return []
    found: list[int] = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            for fd in (entry / "fd").iterdir():
                try:
                    st = os.stat(fd)
                except OSError:
                    continue
                if (st.st_dev, st.st_ino) != (want.st_dev, want.st_ino):
                    continue
                flags = next(
                    (
                        int(ln.split()[1], 8)
                        for ln in (entry / "fdinfo" / fd.name).read_text().splitlines()
                        if ln.startswith("flags:")
                    ),
                    0,
                )
                if flags & (os.O_WRONLY | os.O_RDWR):
                    found.append(int(entry.name))
                    break
        except OSError:  # a process that ended, or one we may not look into
            continue
    return found


def check_writable(path: Path) -> None:
    """A read-only file is the user's choice: refused, though the folder would let a rename
    replace it."""
    # the mode bits too: an administrator may write anything, but a 0444 file says "leave it"
    if not os.access(path, os.W_OK) or not os.stat(path).st_mode & 0o222:
        raise InputError(f"{path}：文件是只讀的，未改動", hint="確實要改的話，先去掉只讀屬性（chmod u+w）再運行")


def rewrite(path: Path, data: bytes, before: FileState) -> str:
    """Replace the contents of ``path``, read as ``before``, with ``data``, losing nothing: refused
    when the file is read-only, open for writing elsewhere, or changed since it was read; a file
    with hard links is rewritten in place so that every name sees the new text; bytes appended
    in the instant of the rename are carried over. Returns a note for the user, or ""."""
    check_writable(path)
    pids = writers_of(path)
    if pids:
        raise InputError(
            f"{path}：另一個程序（進程 {pids[0]}）正打開此文件寫入，未改動", hint="等它寫完並關閉文件後再運行"
        )
    if FileState.of(path) != before:
        raise InputError(f"{path}：讀取之後文件又被改動了，未寫入", hint="等寫入結束後再運行")
    st = os.stat(path)
    if st.st_nlink > 1:  # a rename would leave the other names with the old text
        with open(path, "r+b") as handle:
            handle.write(data)
            handle.truncate()
        return f"此文件有 {st.st_nlink} 個硬鏈接，已原地改寫，各個名稱看到的都是新內容"
    old = os.open(path, os.O_RDONLY)
    try:
        tmp_fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=path.suffix, dir=path.parent)
        tmp = Path(name)
        try:
            with os.fdopen(tmp_fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, stat.S_IMODE(st.st_mode))  # a private file stays private
            if FileState.of(path) != before:
                raise InputError(f"{path}：寫入前文件又被改動了，未寫入", hint="等寫入結束後再運行")
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        grown = os.fstat(old).st_size - before[2]
        if grown > 0:  # appended between the last look and the rename: carried over, not lost
            os.lseek(old, before[2], os.SEEK_SET)
            extra = os.read(old, grown)
            with open(path, "ab") as handle:
                handle.write(extra)
            return f"改寫時另有程序追加了 {grown} 字節，已原樣接在文件末尾"
        return ""
    finally:
        os.close(old)
