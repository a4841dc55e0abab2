"""One unit of work the UI asks for: the call, and what happens with its outcome."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from app.ui.field_errors import FieldErrors

T = TypeVar("T")


@dataclass
class Op(Generic[T]):
    """`call` runs the workflow (on a worker thread when the runner decides so); `done`
    receives its result on the GUI thread.

    - `errors`: the form whose fields show a ValidationError; problems without a field
      (offline, refused, conflict) go to its general line when it has one.
    - `conflict`: reload what is shown after another desk changed it (version conflict).
    - `offline`: extra step when the database is unreachable (flush the typed draft).
    - `failed`: called after any mapped failure, e.g. to re-enable a wizard step.
    - `long`: always off the GUI thread (reports, exports, bulk print, imports, searches).
    - `key`: while an op with this key runs, another with the same key is refused, so
      Ctrl+S pressed twice saves once. Defaults to the `done` callback's name.
    - `latest`: for reads: a new run with the key is not refused but supersedes the one
      running, whose answer is then dropped, so only the newest answer reaches the screen
      (the day or the caller changed while the old read ran).
    - `explain`: this op's own sentence for an error (None: the runner's wording).
    - `disable`: widgets greyed out while the op runs.
    - `label`: the busy hint ("Saving…").
    - `quiet`: work the user did not ask for (a timer's sweep, a live refresh) shows no
      busy hint: a cursor that spins every minute on its own only worries the agent.
    """

    call: Callable[[], T]
    done: Callable[[T], Any] | None = None
    errors: FieldErrors | None = None
    conflict: Callable[[], Any] | None = None
    offline: Callable[[], Any] | None = None
    failed: Callable[[BaseException], Any] | None = None
    long: bool = False
    key: str | None = None
    latest: bool = False
    explain: Callable[[BaseException], str | None] | None = None
    disable: Sequence[QWidget] = field(default_factory=tuple)
    label: str = ""
    quiet: bool = False

    def run_key(self) -> str:
        if self.key:
            return self.key
        target = self.done if self.done is not None else self.call
        return getattr(target, "__qualname__", repr(target))
