"""Refuse, inside the grading child, the APIs a drill asks the learner to write themselves.

The parent also scans the file's syntax (`rnnquiz.drills.policy`); this is the run-time half,
for names reached in ways a scan cannot see (an alias made in a loop, `getattr` with a computed
name). It runs before the learner's file loads: imports of a forbidden module made by the
learner's own code raise `ForbiddenAPI`, and every module attribute that holds a forbidden
function or class (`torch.nn.LSTMCell` is also `torch.nn.modules.rnn.LSTMCell`) is replaced by a
stand-in that raises when used (a forbidden module is only refused at import). `remove()` restores everything, so one child can grade several
drills in turn.

This file is copied into the strict sandbox beside the worker: it imports nothing of rnnquiz.
"""

from __future__ import annotations

import builtins
import sys

LEARNER_MODULE = "submission"


class ForbiddenAPI(Exception):
    """The learner's code used an API the drill forbids; `api` is the forbidden dotted name."""

    def __init__(self, api: str):
        super().__init__(f"{api} is not allowed in this drill")
        self.api = api


class _Refused:
    """Stands where a forbidden function or class was: calling, subclassing or reading it raises."""

    def __init__(self, api: str, guard: "Guard"):
        object.__setattr__(self, "_api", api)
        object.__setattr__(self, "_guard", guard)

    def _refuse(self):
        self._guard.note(self._api)
        raise ForbiddenAPI(self._api)

    def __call__(self, *args, **kwargs):
        self._refuse()

    def __getattr__(self, name):
        self._refuse()

    def __mro_entries__(self, bases):
        self._refuse()

    def __repr__(self) -> str:
        return f"<forbidden {self._api}>"


def _covers(prefix: str, name: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


class Guard:
    """The forbidden APIs of one drill, installed while one submission loads and runs."""

    def __init__(self, forbidden: list[str]):
        self.forbidden = [api for api in forbidden if api]
        self.used: list[str] = []
        self._patched: list[tuple[object, str, object]] = []
        self._import = None
        self._waiting: set[str] = set()  # packages with forbidden objects, not imported yet

    def note(self, api: str) -> None:
        if api not in self.used:
            self.used.append(api)

    def _forbidden_module(self, name: str) -> str | None:
        return next((api for api in self.forbidden if _covers(api, name)), None)

    def _hooked_import(self, name, globals=None, locals=None, fromlist=(), level=0):  # noqa: A002
        learner = level == 0 and globals is not None and globals.get("__name__") == LEARNER_MODULE
        if not learner:
            return self._import(name, globals, locals, fromlist, level)
        for target in [name] + [f"{name}.{item}" for item in (fromlist or ()) if isinstance(item, str)]:
            api = self._forbidden_module(target)
            if api is not None:
                self.note(api)
                raise ForbiddenAPI(api)
        module = self._import(name, globals, locals, fromlist, level)
        root = name.split(".", 1)[0]
        if root in self._waiting:  # e.g. torch, first imported by the learner on the NumPy track
            self._waiting.discard(root)
            for api in self.forbidden:
                if api.split(".", 1)[0] == root:
                    self._replace(api)
        return module

    def install(self) -> None:
        """Hook the learner's imports and replace every reachable forbidden object."""
        if not self.forbidden:
            return
        self._import = builtins.__import__
        builtins.__import__ = self._hooked_import
        for api in self.forbidden:
            root = api.split(".", 1)[0]
            if root in sys.modules:
                self._replace(api)
            else:
                self._waiting.add(root)

    def _replace(self, api: str) -> None:
        owner_name, _, attr = api.rpartition(".")
        owner = sys.modules.get(owner_name)
        if owner is None:
            owner = self._resolve(owner_name)
        if owner is None or not attr:
            return  # a module not imported: only the import hook can meet it
        target = getattr(owner, attr, None)
        if target is None:
            return
        if isinstance(target, type(sys)):
            return  # a module (torch._C): torch itself reads it at run time; the import hook and the scan cover it
        self._set(owner, attr, _Refused(api, self))
        root = api.split(".", 1)[0]
        for mod_name, module in list(sys.modules.items()):
            if module is None or not _covers(root, mod_name) or module is owner:
                continue
            try:
                if vars(module).get(attr) is target:
                    self._set(module, attr, _Refused(api, self))
            except TypeError:
                continue

    @staticmethod
    def _resolve(dotted: str):
        parts = dotted.split(".")
        value = sys.modules.get(parts[0])
        for part in parts[1:]:
            if value is None:
                return None
            value = getattr(value, part, None)
        return value

    def _set(self, owner, attr: str, value) -> None:
        try:
            original = owner.__dict__[attr] if isinstance(owner, type) else getattr(owner, attr)
            setattr(owner, attr, value)
        except (AttributeError, TypeError, KeyError):
            return  # a built-in type's attribute cannot be replaced; the syntax scan covers it
        self._patched.append((owner, attr, original))

    def remove(self) -> None:
        """Put every replaced object and the import function back."""
        for owner, attr, original in reversed(self._patched):
            setattr(owner, attr, original)
        self._patched.clear()
        if self._import is not None:
            builtins.__import__ = self._import
            self._import = None
