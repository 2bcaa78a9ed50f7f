"""The simulator's HTTP face: Graph API routes under ``/vNN.N/...`` and control routes under ``/_sim/...``.

Graph routes require ``Authorization: Bearer <access token>`` (or ``?access_token=``, which Graph accepts
too) and answer refusals with Meta's error envelope. Control routes are what scripted customers, the
``klaros-sim`` CLI and tests use; they need no token and exist only here, never at Meta.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import json
import logging
import re
from dataclasses import asdict, fields
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from klaros_sim.config import SimConfig
from klaros_sim.engine import Simulator
from klaros_sim.errors import MetaError

log = logging.getLogger(__name__)
VERSION_RE = re.compile(r"^v\d+\.\d+$")
CORRELATION_HEADER = "X-Klaros-Correlation-Id"
AFTER_ACCEPT_FAULTS = ("500", "drop")


class _BrokenAnswer(Response):
    """An answer that breaks off: its headers promise the whole body, half of it is sent, then the app fails, so
    the server closes the connection and the client sees it reset mid-answer (the request had arrived)."""

    def __init__(self, body: bytes):
        super().__init__(body, status_code=200, media_type="application/json")

    async def __call__(self, scope, receive, send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.body[: len(self.body) // 2], "more_body": True})
        raise ConnectionAbortedError("the simulator broke off this answer on purpose (/_sim/faults)")


def meta_error_response(error: MetaError) -> JSONResponse:
    return JSONResponse(error.envelope(), status_code=error.status, headers={"WWW-Authenticate": "OAuth"}
                        if error.code == 190 else None)


def _not_found_object(node: str, verb: str = "post") -> MetaError:
    text = (f"Unsupported {verb} request. Object with ID '{node}' does not exist, cannot be loaded due to missing "
            "permissions, or does not support this operation. Please read the Graph API documentation at "
            "https://developers.facebook.com/docs/graph-api")
    return MetaError(100, text, subcode=33, message=text)


def create_app(config: SimConfig | None = None, simulator: Simulator | None = None) -> Starlette:
    """A Starlette app serving one simulator; ``app.state.sim`` is the ``Simulator``."""
    sim = simulator or Simulator(config or SimConfig())

    def base_url(request: Request) -> str:
        return str(request.base_url).rstrip("/")

    def check_auth(request: Request) -> None:
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        # "OAuth <token>" is what Meta's Resumable Upload API documents for its upload step.
        token = given.strip() if scheme.lower() in ("bearer", "oauth") else request.query_params.get(
            "access_token", "")
        if not token:
            raise MetaError(190, message="An active access token must be used to query information about the "
                                         "current user.")
        if token != sim.config.access_token:
            raise MetaError(190, message="Invalid OAuth access token - Cannot parse access token")
        if sim.token_expired:
            raise MetaError(190, subcode=463, message="Error validating access token: Session has expired.")

    def check_version(version: str) -> None:
        if not VERSION_RE.match(version):
            raise MetaError(2500, message=f"Unknown path components: /{version}", http_status=400)

    async def json_body(request: Request) -> Any:
        try:
            return json.loads(await request.body() or b"{}")
        except ValueError:
            raise MetaError(100, "The request body is not valid JSON.", message="(#100) Invalid parameter") from None

    def graph(handler):
        async def endpoint(request: Request) -> Response:
            correlation_id = request.headers.get(CORRELATION_HEADER)
            status = 200
            try:
                check_version(request.path_params.get("version", "v0.0"))
                check_auth(request)
                if sim.injected:
                    raise MetaError(sim.injected.popleft())
                result = await handler(request, correlation_id)
                response = result if isinstance(result, Response) else JSONResponse(result)
                status = response.status_code
                return response
            except MetaError as error:
                status = error.status
                return meta_error_response(error)
            except Exception:  # a simulator bug still answers the way Meta's generic failure does
                log.exception("unexpected error handling %s %s", request.method, request.url.path)
                error = MetaError(131000)
                status = error.status
                return meta_error_response(error)
            finally:
                sim.requests.append({"method": request.method, "path": request.url.path,
                                     "correlation_id": correlation_id, "status": status})

        return endpoint

    def answered(result: Any) -> Any:
        """A send's answer, or the fault ``/_sim/faults`` queued for it: the message is accepted (and delivered)
        either way, only the answer goes wrong, as when Meta's front end fails after the send was queued."""
        if not sim.after_accept:
            return result
        fault = sim.after_accept.popleft()
        if fault == "500":
            return Response("Internal Server Error", status_code=500, media_type="text/plain")
        return _BrokenAnswer(json.dumps(result).encode())

    @graph
    async def messages(request: Request, correlation_id: str | None) -> Any:
        if request.path_params["node"] != sim.config.phone_number_id:
            raise _not_found_object(request.path_params["node"])
        return answered(sim.send(await json_body(request), correlation_id=correlation_id))

    @graph
    async def marketing_messages(request: Request, correlation_id: str | None) -> Any:
        """Meta's Marketing Messages API: the same body as ``/messages``, marketing templates only, billed as
        ``marketing_lite``."""
        if request.path_params["node"] != sim.config.phone_number_id:
            raise _not_found_object(request.path_params["node"])
        return answered(sim.send(await json_body(request), correlation_id=correlation_id, marketing_lite=True))

    @graph
    async def message_templates(request: Request, correlation_id: str | None) -> Any:
        if request.path_params["node"] != sim.config.waba_id:
            raise _not_found_object(request.path_params["node"], request.method.lower())
        if request.method == "GET":
            return sim.list_templates(dict(request.query_params), base_url(request) + request.url.path)
        return sim.create_template(await json_body(request))

    @graph
    async def media_upload(request: Request, correlation_id: str | None) -> Any:
        if request.path_params["node"] != sim.config.phone_number_id:
            raise _not_found_object(request.path_params["node"])
        form = _parse_multipart(request.headers.get("content-type", ""), await request.body())
        if form.get("messaging_product", (None, b""))[1] != b"whatsapp":
            raise MetaError(100, "The parameter messaging_product is required.",
                            message="(#100) The parameter messaging_product is required.")
        if "file" not in form:
            raise MetaError(100, "The parameter file is required.", message="(#100) The parameter file is required.")
        filename, data = form["file"]
        mime = form.get("type", (None, b""))[1].decode() or ""
        return {"id": sim.upload_media(data, mime, filename)}

    @graph
    async def uploads(request: Request, correlation_id: str | None) -> Any:
        """Meta's Resumable Upload API, step 1: ``POST /{app-id}/uploads?file_name&file_length&file_type``."""
        if request.path_params["node"] != sim.config.app_id:
            raise _not_found_object(request.path_params["node"], "post")
        q = request.query_params
        return sim.start_upload(q.get("file_name", ""), q.get("file_length", ""), q.get("file_type", ""))

    @graph
    async def node(request: Request, correlation_id: str | None) -> Any:
        node_id = request.path_params["node"]
        if request.method == "DELETE":
            return sim.delete_media(node_id)
        if node_id.startswith("upload:"):  # Resumable Upload API, step 2 (POST the bytes) or where it stands (GET)
            if request.method == "POST":
                return sim.upload_part(node_id, request.headers.get("file_offset", ""), await request.body())
            return sim.upload_state(node_id)
        if node_id == "app" and request.method == "GET":  # the app the access token belongs to
            return {"id": sim.config.app_id, "name": "Klaros simulator app", "link": "https://www.facebook.com/"}
        if request.method == "POST":  # Meta's edit of a template; no other node here takes a POST
            template = sim.templates.get(node_id)
            if template is None:
                raise _not_found_object(node_id)
            return sim.edit_template(template, await json_body(request))
        if node_id == sim.config.phone_number_id:
            return sim.phone_number([f.strip() for f in request.query_params.get("fields", "").split(",")
                                     if f.strip()])
        if node_id == sim.config.waba_id:
            from klaros_sim.analytics import waba_fields

            return waba_fields(sim, request.query_params.get("fields", ""))
        if node_id in sim.media:
            return sim.media_info(node_id, base_url(request))
        template = sim.templates.get(node_id)
        if template is not None:
            return template.as_graph([f.strip() for f in request.query_params.get("fields", "").split(",")
                                      if f.strip()])
        raise _not_found_object(node_id, "get")

    async def template_example(request: Request) -> Response:
        """The file behind a template's media example, where Meta's template node points (its CDN, public)."""
        found = sim.template_files.get(request.path_params["handle"])
        if found is None:
            return Response(b"Not found", status_code=404, media_type="text/plain")
        return Response(found[0], media_type=found[1])

    @graph
    async def attachment(request: Request, correlation_id: str | None) -> Any:
        q = request.query_params
        media = sim.download(q.get("mid", ""), q.get("ext", ""), q.get("hash", ""))
        if media is None:
            # Meta's lookaside answers an expired or forged URL with 404 (status unverified; our choice).
            return Response(b"URL signature expired", status_code=404, media_type="text/plain")
        headers = {"Content-Disposition": f'attachment; filename="{media.filename or media.id}"'}
        return Response(media.data, media_type=media.mime_type, headers=headers)

    # ----- control routes (scripted customers, clock, knobs) -----------------------------------------------
    def control(handler):
        async def endpoint(request: Request) -> Response:
            try:
                payload = json.loads(await request.body() or b"{}") if request.method == "POST" else {}
                return JSONResponse(await handler(request, payload))
            except MetaError as error:
                return meta_error_response(error)
            except (KeyError, ValueError, TypeError) as exc:
                return JSONResponse({"error": f"{type(exc).__name__}: {exc}"}, status_code=400)

        return endpoint

    @control
    async def health(request: Request, payload: dict) -> Any:
        return {"ok": True, "phone_number_id": sim.config.phone_number_id, "waba_id": sim.config.waba_id,
                "now": sim.now(), "background_errors": {"count": sim.background_error_count,
                                                         "recent": list(sim.background_errors)}}

    @control
    async def customer_message(request: Request, payload: dict) -> Any:
        return sim.customer_message(payload)

    @control
    async def batch(request: Request, payload: dict) -> Any:
        """Several customer messages (and, optionally, raw status items) posted in one webhook body."""
        sim.dispatcher.hold()
        try:
            sent = [sim.customer_message(spec) for spec in payload.get("messages", [])]
            if payload.get("statuses"):
                sim.emit_statuses(payload["statuses"])
        finally:
            sim.dispatcher.release()
        return {"messages": sent}

    @control
    async def customer_update(request: Request, payload: dict) -> Any:
        customer = sim.customer(request.path_params["number"], payload.get("name"))
        if "on_whatsapp" in payload:
            customer.on_whatsapp = bool(payload["on_whatsapp"])
        if payload.get("marketing") in ("stop", "resume"):
            sim.set_marketing_preference(customer.wa_id, payload["marketing"])
        if payload.get("close_window"):
            customer.last_inbound_at = None
            customer.entry_point_until = None
        return {"wa_id": customer.wa_id, "name": customer.name, "user_id": customer.user_id,
                "on_whatsapp": customer.on_whatsapp, "marketing_opt_out": customer.marketing_opt_out,
                "window_open": sim.window_open(customer)}

    @control
    async def clock(request: Request, payload: dict) -> Any:
        if request.method == "POST":
            if "frozen" in payload:
                sim.freeze(bool(payload["frozen"]))
            sim.advance(float(payload.get("seconds", 0)))
        return {"now": sim.now(), "offset": sim.clock_offset, "frozen": sim.frozen_at is not None}

    @control
    async def settings(request: Request, payload: dict) -> Any:
        known = {f.name for f in fields(SimConfig)}
        unknown = set(payload) - known
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        if payload:
            before, sim.config = sim.config, sim.config.with_(**payload)
            sim.phone_state_changed(before)
        return asdict(sim.config)

    @control
    async def webhooks(request: Request, payload: dict) -> Any:
        if request.method == "POST":
            await sim.dispatcher.flush_retries()
        return {"deliveries": [d.summary() for d in sim.dispatcher.deliveries], "idle": sim.idle}

    @control
    async def hold_webhooks(request: Request, payload: dict) -> Any:
        """``{"hold": true}``: collect every change from now on; ``{"hold": false}``: post them in one body."""
        if payload.get("hold", True):
            sim.dispatcher.hold()
        else:
            sim.dispatcher.release()
        return {"held": sim.dispatcher.held_changes}

    @control
    async def outbound(request: Request, payload: dict) -> Any:
        return {"messages": [
            {"id": m.wamid, "to": m.to, "wa_id": m.wa_id, "type": m.type, "payload": m.payload,
             "correlation_id": m.correlation_id, "statuses": m.statuses, "error_code": m.error_code,
             "marketing_lite": m.marketing_lite}
            for m in sim.outbound.values()
        ]}

    @control
    async def request_log(request: Request, payload: dict) -> Any:
        return {"requests": sim.requests}

    @control
    async def template_decide(request: Request, payload: dict) -> Any:
        template = sim.find_template(request.path_params["name"], payload.get("language"))
        if payload.get("next"):
            template.forced_outcome = str(payload["event"]).upper()
        else:
            sim.decide_template(template, str(payload.get("event", "APPROVED")).upper(),
                                str(payload.get("reason", "NONE")))
        return template.as_graph()

    @control
    async def template_category(request: Request, payload: dict) -> Any:
        template = sim.find_template(request.path_params["name"], payload.get("language"))
        return sim.recategorize_template(template, str(payload.get("category", "")),
                                         impending=bool(payload.get("impending")))

    @control
    async def template_quality(request: Request, payload: dict) -> Any:
        template = sim.find_template(request.path_params["name"], payload.get("language"))
        return sim.set_template_quality(template, str(payload.get("score", "")))

    @control
    async def token(request: Request, payload: dict) -> Any:
        sim.token_expired = bool(payload.get("expired", True))
        return {"expired": sim.token_expired}

    @control
    async def inject(request: Request, payload: dict) -> Any:
        """``{"code", "count", "async"}``: refuse the next Graph requests with ``code``, or (``async``) accept
        the next sends and report them ``failed`` with ``code`` in a status webhook."""
        queue = sim.injected_async if payload.get("async") else sim.injected
        queue.extend([int(payload["code"])] * int(payload.get("count", 1)))
        return {"queued": list(sim.injected), "queued_async": list(sim.injected_async)}

    @control
    async def faults(request: Request, payload: dict) -> Any:
        """``{"after_accept": "500" | "drop", "count"}``: the next sends are accepted and delivered, then their
        answer is an HTTP 500, or the connection breaks after the answer's headers."""
        kind = str(payload["after_accept"])
        if kind not in AFTER_ACCEPT_FAULTS:
            raise ValueError(f"after_accept must be one of {', '.join(AFTER_ACCEPT_FAULTS)}")
        sim.after_accept.extend([kind] * int(payload.get("count", 1)))
        return {"after_accept": list(sim.after_accept)}

    @control
    async def limits(request: Request, payload: dict) -> Any:
        return sim.limits()

    @control
    async def recipients(request: Request, payload: dict) -> Any:
        return {"recipients": sim.recipients()}

    @control
    async def verify(request: Request, payload: dict) -> Any:
        return await sim.dispatcher.verify_callback(str(payload.get("verify_token", "")))

    @control
    async def idle(request: Request, payload: dict) -> Any:
        return {"idle": sim.idle, "background_errors": sim.background_error_count}

    routes = [
        Route("/_sim/health", health),
        Route("/_sim/customers/messages", customer_message, methods=["POST"]),
        Route("/_sim/batch", batch, methods=["POST"]),
        Route("/_sim/customers/{number}", customer_update, methods=["POST"]),
        Route("/_sim/clock", clock, methods=["GET", "POST"]),
        Route("/_sim/settings", settings, methods=["GET", "POST"]),
        Route("/_sim/webhooks", webhooks, methods=["GET", "POST"]),
        Route("/_sim/webhooks/hold", hold_webhooks, methods=["POST"]),
        Route("/_sim/outbound", outbound),
        Route("/_sim/recipients", recipients),
        Route("/_sim/limits", limits),
        Route("/_sim/requests", request_log),
        Route("/_sim/templates/{name}", template_decide, methods=["POST"]),
        Route("/_sim/templates/{name}/category", template_category, methods=["POST"]),
        Route("/_sim/templates/{name}/quality", template_quality, methods=["POST"]),
        Route("/_sim/token", token, methods=["POST"]),
        Route("/_sim/idle", idle),
        Route("/_sim/inject", inject, methods=["POST"]),
        Route("/_sim/faults", faults, methods=["POST"]),
        Route("/_sim/verify", verify, methods=["POST"]),
        Route("/whatsapp_business/attachments/", attachment),
        Route("/{version}/{node}/messages", messages, methods=["POST"]),
        Route("/{version}/{node}/marketing_messages", marketing_messages, methods=["POST"]),
        Route("/{version}/{node}/message_templates", message_templates, methods=["GET", "POST"]),
        Route("/{version}/{node}/media", media_upload, methods=["POST"]),
        Route("/{version}/{node}/uploads", uploads, methods=["POST"]),
        Route("/_sim/template_examples/{handle}", template_example),
        Route("/{version}/{node}", node, methods=["GET", "POST", "DELETE"]),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        await sim.start()
        try:
            yield
        finally:
            await sim.stop()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.sim = sim
    return app


def _parse_multipart(content_type: str, raw: bytes) -> dict[str, tuple[str | None, bytes]]:
    """``name -> (filename, bytes)`` from a multipart/form-data body, using only the standard library."""
    if not content_type.lower().startswith("multipart/form-data"):
        raise MetaError(100, "Media uploads must be multipart/form-data.", message="(#100) Invalid parameter")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + raw
    )
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if name:
            parts[str(name)] = (part.get_filename(), part.get_payload(decode=True) or b"")
    return parts
