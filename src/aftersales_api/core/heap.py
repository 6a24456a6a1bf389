"""The process's heap once it has started: frozen out of the garbage collector's reach.

What a process builds at start (the app, its routes and models, SQLAlchemy's tables and
compiled statements: some 170,000 objects) lives as long as the process, yet every full
pass of the cyclic collector walks all of it again. A sweep's batches keep thousands of
rows alive at once, which brings such passes on: three during one sweep of 10,000
escalations. Frozen, a pass walks only what was made since.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen() -> Iterator[None]:
    """Freeze what the process holds (`gc.freeze`), after collecting the young
    generations (start-up's fresh garbage; a full pass would cost what freezing saves);
    thawed on the way out, so that a process which builds apps one after another (the
    tests) can still reclaim them."""
    gc.collect(1)
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
