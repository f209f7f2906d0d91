"""Exit statuses and the exceptions the core raises; the CLI maps them to messages and codes."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """The one exit-code scheme of every rnnquiz command."""

    OK = 0
    FAILED = 1  # a wrong answer, a failing drill, a lint finding
    USAGE = 2  # unknown option, drill or file; bad argument value
    DATA = 3  # a bank, progress database or import file that cannot be read
    BUSY = 4  # the progress database stayed locked by another rnnquiz
    INTERRUPTED = 130  # Ctrl-C


class RnnquizError(Exception):
    """Base of every error meant for the user; the message says what to do next."""

    exit_status: ExitStatus = ExitStatus.DATA


class UsageError(RnnquizError):
    exit_status = ExitStatus.USAGE


class BankError(RnnquizError):
    exit_status = ExitStatus.DATA


class ProgressError(RnnquizError):
    exit_status = ExitStatus.DATA


class DatabaseBusyError(ProgressError):
    exit_status = ExitStatus.BUSY


class DrillError(RnnquizError):
    exit_status = ExitStatus.USAGE
