"""Whether a process of this computer still runs: the outbox asks it about the process that claimed an item
(``services.messaging.outbox``), so an item whose ``klaros send`` was killed mid-send is not left ``sending``.

Plain Python, no third-party module: ``os.kill(pid, 0)`` on macOS and Linux (signal 0 only checks), and on
Windows ``OpenProcess`` + ``GetExitCodeProcess`` through ctypes, because there ``os.kill`` with any signal but
the console ones terminates the process.
"""

from __future__ import annotations

import os
import socket
import sys

_STILL_ACTIVE = 259  # GetExitCodeProcess's answer for a running process
_ERROR_ACCESS_DENIED = 5


def me() -> str:
    """This process as a claim names it: ``<computer>/<process id>``."""
    return f"{socket.gethostname()}/{os.getpid()}"


def gone(owner: str | None) -> bool:
    """True only when ``owner`` (from ``me``) is a process of this computer that no longer runs. An owner on
    another computer (a profile on a network drive), or one that cannot be read, is never said to be gone."""
    if not owner or "/" not in owner:
        return False
    host, _, pid_text = owner.rpartition("/")
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    return not running(pid)


def running(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _running_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    except OSError:
        return True  # cannot tell: not gone
    return True


def _running_windows(pid: int) -> bool:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == _ERROR_ACCESS_DENIED  # exists, but not ours to look at
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
