"""Chunks of demo rows, encoded for the loader, made beside the writer when it pays.

Generating a million customers in Python takes about as long as the database takes to
store them, so a large load runs the generator in a worker process (its own interpreter,
the other core) while this process writes the chunk before. The worker encodes each chunk
for the backend (`bulk_encode`) and queues it as `marshal` bytes, which turn tuples of
strings and numbers (or bytes) into a message several times faster than pickle. Both ways run the same generator
over the same chunk sizes, so a seed gives the same rows whichever way they were made.
"""

from __future__ import annotations

import marshal
import multiprocessing
from collections.abc import Iterator
from dataclasses import replace
from multiprocessing.queues import Queue
from queue import Empty

from app.repositories.bulk_encode import encoders
from app.repositories.customers.search_keys import key_rows
from app.workflows.demo.rows import DemoChunk, DemoGenerator, IdCursor

WORKER_FROM_CUSTOMERS = 50_000  # below this, starting a process costs more than it saves
AHEAD = 3  # chunks the worker may run ahead of the writer (bounded memory)


def _encoded(chunk: DemoChunk, encode: dict) -> dict[str, object]:
    """The chunk's rows encoded, but for the search keys: (id, name, account number) of
    each customer, keyed by `_keyed` in the writing process (the worker is the busier)."""
    return {"customer": encode["customer"](chunk.customers),
            "customer_search_key": [(c[0], c[2], c[1]) for c in chunk.customers],
            "customer_phone": encode["customer_phone"](chunk.phones),
            "contact": encode["contact"](chunk.contacts),
            "ticket": encode["ticket"](chunk.tickets),
            "ticket_callback": encode["ticket_callback"](chunk.callbacks),
            "survey_form": encode["survey_form"](chunk.surveys),
            "event": encode["event"](chunk.events)}


def _sizes(customers: int, chunk: int) -> Iterator[int]:
    done = 0
    while done < customers:
        size = min(chunk, customers - done)
        yield size
        done += size


def chunks_inline(generator: DemoGenerator, ids: IdCursor, customers: int, chunk: int,
                  sqlite: bool) -> Iterator[tuple[int, dict[str, object]]]:
    """(customers in the chunk, encoded rows); `ids` advances as the chunks are made."""
    encode = encoders(sqlite)
    for size in _sizes(customers, chunk):
        yield size, _encoded(generator.chunk(ids, size), encode)


def _work(out: Queue, generator: DemoGenerator, ids: IdCursor, customers: int, chunk: int,
          sqlite: bool) -> None:
    try:
        for size, encoded in chunks_inline(generator, ids, customers, chunk, sqlite):
            out.put(marshal.dumps((size, encoded)))
        out.put(marshal.dumps(("end", (ids.customer, ids.phone, ids.contact, ids.ticket,
                                       ids.callback, ids.survey, ids.event))))
    except BaseException as exc:  # the writer raises it again with the worker's words
        out.put(marshal.dumps(("error", f"{type(exc).__name__}: {exc}")))
        raise


def chunks_from_worker(generator: DemoGenerator, ids: IdCursor, customers: int, chunk: int,
                       sqlite: bool) -> Iterator[tuple[int, dict[str, object]]]:
    """As `chunks_inline`, generated in a worker process; `ids` is set when it ends."""
    context = multiprocessing.get_context("spawn")  # no inherited connections or threads
    queue: Queue = context.Queue(maxsize=AHEAD)
    worker = context.Process(target=_work, name="demo-generator", daemon=True,
                             args=(queue, generator, replace(ids), customers, chunk, sqlite))
    worker.start()
    try:
        while True:
            try:
                message = queue.get(timeout=1)
            except Empty:
                if worker.is_alive():
                    continue
                raise RuntimeError(
                    f"demo generator stopped (exit code {worker.exitcode})") from None
            size, payload = marshal.loads(message)
            if size == "end":
                (ids.customer, ids.phone, ids.contact, ids.ticket, ids.callback,
                 ids.survey, ids.event) = payload
                return
            if size == "error":
                raise RuntimeError(f"demo generator failed: {payload}")
            yield size, payload
    finally:
        if worker.is_alive():
            worker.terminate()
        worker.join()
        queue.close()


def demo_chunks(generator: DemoGenerator, ids: IdCursor, customers: int, chunk: int,
                sqlite: bool) -> Iterator[tuple[int, dict[str, object]]]:
    """The chunks, each with its customers' search keys (issue 14). The keys are made
    here, in the writing process, which waits for the worker half the time: in the worker
    they made a 1,000,000-customer load 15 % slower."""
    make = chunks_from_worker if customers >= WORKER_FROM_CUSTOMERS else chunks_inline
    encode = encoders(sqlite)["customer_search_key"]
    for size, encoded in make(generator, ids, customers, chunk, sqlite):
        keyed = encoded["customer_search_key"]
        assert isinstance(keyed, list)
        encoded["customer_search_key"] = encode(key_rows(keyed))
        yield size, encoded
