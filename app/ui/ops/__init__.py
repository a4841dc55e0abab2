"""How every screen runs work: ask the runner for a workflow call and say what to do next.

    self.ops = OpRunner(self, desk)
    self.ops.run(Op(lambda: save_thing(desk.uow(), values), done=self._saved,
                    errors=self.errors, key="save"))

The runner picks the thread, shows a busy hint after a short delay, refuses a second
submission of the same key while one runs, and maps every domain error in one place
(`app/ui/ops/failure.py`). Modelled on Anki's CollectionOp/QueryOp.
"""

from app.ui.ops.op import Op
from app.ui.ops.runner import OpRunner, active_operations

__all__ = ["Op", "OpRunner", "active_operations"]
