"""Long-poll wake-ups: a waiting pull resumes the moment its tenant has a new event, without polling.

In one process the group writer calls ``WakeHub.wake_many`` after COMMIT. Across processes (several
``serve`` workers on one PostgreSQL) the writer's ``pg_notify`` (one per commit, naming its tenants separated
by spaces) reaches ``listen_postgres`` in every process, which wakes the local waiters. SQLite deployments
run a single process, so the in-process path is enough.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from sqlalchemy.engine import make_url

from relay.store import NOTIFY_CHANNEL

log = logging.getLogger(__name__)


class WakeHub:
    """One future per tenant with waiters; a wake resolves it and the next waiter gets a fresh one.

    Callers take the future *before* querying, so an event committed between the query and the wait still
    wakes them (the future is already resolved). A caller that queried first (a pull authenticates and looks in
    one worker-thread call, before it knows the tenant) instead reads the tenant's ``generation`` before its
    query and compares it once it holds the future: a wake in between changed it.
    """

    def __init__(self) -> None:
        self._futures: dict[str, asyncio.Future] = {}
        self._woken: dict[str, int] = {}  # tenant -> wakes so far (tenants that got events; plain ints)
        self._all_woken = 0  # wake_all calls so far (a lost PostgreSQL connection, shutdown)
        self.loop: asyncio.AbstractEventLoop | None = None

    def generation(self, tenant_id: str) -> int:
        """A number that grows with every wake of ``tenant_id`` (safe to read from a worker thread)."""
        return self._all_woken + self._woken.get(tenant_id, 0)

    def waiter(self, tenant_id: str) -> asyncio.Future:
        future = self._futures.get(tenant_id)
        if future is None or future.done():
            future = asyncio.get_running_loop().create_future()
            self._futures[tenant_id] = future
        return future

    def wake(self, tenant_id: str) -> None:
        self._woken[tenant_id] = self._woken.get(tenant_id, 0) + 1
        future = self._futures.pop(tenant_id, None)
        if future is not None and not future.done():
            future.set_result(None)

    def wake_all(self) -> None:
        self._all_woken += 1
        for tenant_id in list(self._futures):
            self.wake(tenant_id)

    def wake_many(self, tenant_ids: set[str]) -> None:
        for tenant_id in tenant_ids:
            self.wake(tenant_id)

    def wake_threadsafe(self, tenant_ids: set[str]) -> None:
        if self.loop is None:
            return

        def _wake() -> None:
            for tenant_id in tenant_ids:
                self.wake(tenant_id)

        with contextlib.suppress(RuntimeError):  # loop closed during shutdown
            self.loop.call_soon_threadsafe(_wake)


def psycopg_conninfo(database_url: str) -> str:
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


async def listen_postgres(database_url: str, hub: WakeHub, ready: asyncio.Event) -> None:
    """LISTEN for new-event notifications until cancelled; reconnects after a lost connection.

    After a reconnect every waiter is woken once, since notifications sent while disconnected are lost.
    """
    import psycopg  # only a PostgreSQL deployment loads the driver (the desktop's demo relay runs on SQLite)

    conninfo = psycopg_conninfo(database_url)
    while True:
        try:
            async with await psycopg.AsyncConnection.connect(conninfo, autocommit=True) as conn:
                await conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                ready.set()
                hub.wake_all()
                async for note in conn.notifies():
                    hub.wake_many(note.payload.split())  # the tenants one commit stored events for
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("PostgreSQL LISTEN connection lost (%s); reconnecting", type(exc).__name__)
            await asyncio.sleep(1.0)
