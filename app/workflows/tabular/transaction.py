"""The one transaction an import target (engine.Target) writes in: `begin_transaction`
opens the unit of work, `finish` lets the target do its last writes (`wrap_up`, not on a
dry run) and commits, `abort` (a cancel or a failure) rolls back. Either way `release`
runs first (e.g. a lock held on the transaction's connection), then the unit of work ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.repositories.uow import UnitOfWork
    from app.workflows.tabular.engine import ImportReport


class OneTransaction:
    uow: UnitOfWork
    dry_run = True
    open = False

    def begin_transaction(self, dry_run: bool) -> None:
        self.dry_run = dry_run
        self.uow.__enter__()
        self.open = True

    def wrap_up(self, report: ImportReport) -> None:
        """The target's last writes before the commit (not on a dry run)."""

    def release(self) -> None:
        """What the target holds until the transaction ends (also on abort)."""

    def finish(self, report: ImportReport) -> None:
        if not self.dry_run:
            self.wrap_up(report)
            self.uow.commit()
        self._close()

    def abort(self) -> None:
        self._close()

    def _close(self) -> None:
        if self.open:
            self.open = False
            try:
                self.release()
            finally:
                self.uow.__exit__(None, None, None)  # rolls back what was not committed
