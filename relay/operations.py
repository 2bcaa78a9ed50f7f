"""Operations routes: health check, Prometheus metrics, the OpenAPI document."""

from __future__ import annotations

import hmac
import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.schemas import SchemaGenerator

from relay import db, store
from relay.web import error, relay_of
from relay.writer_process import WriterProcess

log = logging.getLogger("relay.http")


def operator(request: Request) -> bool:
    """The request may see tenant ids: no metrics token is configured, or it carries that bearer token."""
    expected = relay_of(request).settings.metrics_token
    if expected is None:
        return True
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), expected.encode())


async def healthz(request: Request) -> Response:
    """Liveness and database check; ``degraded`` names the tenants whose webhooks cannot be sealed.
    ---
    summary: Health check (queries the database)
    responses:
      200: {description: 'ok, or degraded: some tenants cannot be sealed to (their webhooks answer 503)'}
      503: {description: 'database unreachable, or the writer process is restarting'}
    """
    relay = relay_of(request)
    try:
        await run_in_threadpool(db.check, relay.engines.read)
    except Exception as exc:
        log.warning("health check failed: %s", type(exc).__name__)
        return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
    if isinstance(relay.writer, WriterProcess) and not relay.writer.alive:
        return JSONResponse({"status": "error", "writer": "restarting"}, status_code=503)
    failing = sorted(relay.writer.failing_tenants)
    if failing:  # the relay serves every other tenant: degraded, not down (200, so no balancer drops it)
        answer: dict = {"status": "degraded", "sealing_failed_count": len(failing)}
        if operator(request):
            answer["sealing_failed"] = failing
        return JSONResponse(answer)
    return JSONResponse({"status": "ok"})


async def metrics(request: Request) -> Response:
    """Prometheus metrics of this server process (they name tenants: behind a token if one is configured).
    ---
    summary: Prometheus text format
    responses:
      200: {description: metrics}
      401: {description: 'KLAROS_RELAY_METRICS_TOKEN is set and the bearer token is missing or wrong'}
    """
    relay = relay_of(request)
    if not operator(request):
        log.info("metrics refused", extra={"reason": "bad_metrics_token", "status": 401})
        return error(401, "metrics need the operator's bearer token", **{"WWW-Authenticate": "Bearer"})
    depths = await run_in_threadpool(store.queue_depths, relay.engines)
    restarts = relay.writer.restarts if isinstance(relay.writer, WriterProcess) else 0
    text = relay.metrics.render(depths, relay.writer.batches, relay.writer.rows, restarts,
                                relay.writer.sealing_failures)
    return PlainTextResponse(text, media_type="text/plain; version=0.0.4")


SCHEMAS = SchemaGenerator({"openapi": "3.0.0", "info": {"title": "Klaros relay", "version": "1"}})


async def openapi(request: Request) -> Response:
    return JSONResponse(SCHEMAS.get_schema(routes=request.app.routes))
