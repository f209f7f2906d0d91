"""A seccomp filter for the strict sandbox: threads yes, new processes no.

Learner code has no reason to start processes, and a pid namespace has no process cap of its
own (RLIMIT_NPROC does not bind a process whose real user is root, which is how CI and most
autograder containers run). So the filter refuses fork, vfork and any clone without
CLONE_THREAD with EAGAIN, the error a process cap gives; threads (numpy and torch start a few)
are still allowed, and their number is bounded by the address-space limit. clone3 hides its
flags in memory a filter cannot read, so it answers ENOSYS and the C library falls back to
clone. Classic BPF, assembled here: no libseccomp needed.
"""

from __future__ import annotations

import errno
import os
import platform
import struct

_LD_W_ABS, _JEQ, _JSET, _JGE, _RET = 0x20, 0x15, 0x45, 0x35, 0x06
_ALLOW, _ERRNO, _KILL = 0x7FFF0000, 0x00050000, 0x80000000
_CLONE_THREAD = 0x00010000
_X32_BIT = 0x40000000

# machine -> (AUDIT_ARCH, fork, vfork, clone, clone3); None where the syscall does not exist
_ARCHES = {
    "x86_64": (0xC000003E, 57, 58, 56, 435),
    "aarch64": (0xC00000B7, None, None, 220, 435),
}


def supported() -> bool:
    """Return whether this machine's architecture has a filter."""
    return platform.machine() in _ARCHES


def _insn(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("=HBBI", code, jt, jf, k)


def program() -> bytes:
    """Return the filter as bytes of `struct sock_filter`, for bwrap's --seccomp."""
    arch, fork, vfork, clone, clone3 = _ARCHES[platform.machine()]
    refuse = _ERRNO | errno.EAGAIN
    body = [
        _insn(_LD_W_ABS, 4),  # seccomp_data.arch
        _insn(_JEQ, arch, 1, 0),
        _insn(_RET, _KILL),  # another ABI (e.g. 32-bit calls) could dodge the numbers below
        _insn(_LD_W_ABS, 0),  # seccomp_data.nr
    ]
    if platform.machine() == "x86_64":
        body += [_insn(_JGE, _X32_BIT, 0, 1), _insn(_RET, _ERRNO | errno.ENOSYS)]
    for number in (fork, vfork):
        if number is not None:
            body += [_insn(_JEQ, number, 0, 1), _insn(_RET, refuse)]
    body += [
        _insn(_JEQ, clone3, 0, 1), _insn(_RET, _ERRNO | errno.ENOSYS),
        _insn(_JEQ, clone, 0, 3),
        _insn(_LD_W_ABS, 16),  # the low half of clone's first argument: its flags
        _insn(_JSET, _CLONE_THREAD, 1, 0),
        _insn(_RET, refuse),
        _insn(_RET, _ALLOW),
    ]
    return b"".join(body)


def program_fd() -> int:
    """Return a readable file descriptor holding the filter (bwrap reads and closes it)."""
    fd = os.memfd_create("rnnquiz-seccomp", 0)
    os.write(fd, program())
    os.lseek(fd, 0, os.SEEK_SET)
    return fd
