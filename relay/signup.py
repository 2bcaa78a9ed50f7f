"""Self-service sign-up: a shop creates itself on the relay and pairs its first computer, without the operator.

Off unless the operator sets ``KLAROS_RELAY_SIGNUP=1`` (then both routes answer 404). Two requests:

1. ``POST /v1/signup/code`` with the shop's e-mail address: the relay mails a six-digit code (valid
   ``signup_code_minutes``, five guesses);
2. ``POST /v1/signup`` with that code, the shop's WhatsApp Business account and phone number ids, its Meta app
   secret (kept encrypted under the master key like every tenant secret) and the device's public key: the
   tenant is created and the device paired in one step; the answer carries the webhook address and verify
   token to enter in Meta's App Dashboard, and the device token.

Both are limited per client address (``signup_per_ip_per_hour``), the codes also per e-mail address
(``signup_per_email_per_hour``), so the relay cannot be used to flood a mailbox. Mail goes out through the
operator's SMTP server (``relay.config``), in a worker thread.
"""

from __future__ import annotations

import logging
import re
import smtplib
import ssl
from email.message import EmailMessage

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from relay import crypto, store
from relay.config import Settings
from relay.device_api import is_name, json_object, refused
from relay.shop_api import webhook_url
from relay.web import error, relay_of

log = logging.getLogger("relay.http")

CODE_ATTEMPTS = 5
_NOT_IN_ADDRESS = "@\\s\\u0000-\\u001f\\u007f-\\u009f"
EMAIL_PATTERN = f"^[^{_NOT_IN_ADDRESS}]{{1,64}}@[^{_NOT_IN_ADDRESS}]+\\.[^{_NOT_IN_ADDRESS}]+$"
EMAIL = re.compile(EMAIL_PATTERN)
IDS = re.compile(r"[0-9]{1,32}")
# the OpenAPI document's schemas (``relay.operations``) for what these routes check
SCHEMAS = {
    "Email": {"type": "string", "pattern": EMAIL_PATTERN, "maxLength": 254},
    "ShopName": {"type": "string", "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f]"
                                              "[^\\u0000-\\u001f\\u007f-\\u009f]*$", "maxLength": 200},
}


def normal_email(value: object) -> str | None:
    """The address in the form codes are kept under (trimmed, lower case), or None if it is none."""
    if not isinstance(value, str):
        return None
    email = value.strip()
    if len(email) > 254 or not EMAIL.fullmatch(email):
        return None
    lower = email.lower()
    return lower if len(lower) <= 254 else email


def send_code(settings: Settings, email: str, code: str, minutes: int) -> None:
    """Mail the code through the operator's SMTP server (blocking: run it in a thread)."""
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = email
    message["Subject"] = f"Klaros: your code is {code}"
    message.set_content(
        f"Your code to create your shop on the Klaros relay: {code}\n\n"
        f"Type it into Klaros within {minutes} minutes. If you did not ask for it, ignore this message.\n\n"
        f"Ihr Code, um Ihren Laden beim Klaros-Relay anzulegen: {code}\n"
        f"Geben Sie ihn innerhalb von {minutes} Minuten in Klaros ein. Falls Sie ihn nicht angefordert haben, "
        f"ignorieren Sie diese Nachricht.\n")
    context = ssl.create_default_context()
    if settings.smtp_security == "tls":
        client: smtplib.SMTP = smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port, timeout=20, context=context)
    else:
        client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=20)
    with client:
        if settings.smtp_security == "starttls":
            client.starttls(context=context)
        if settings.smtp_user:
            client.login(settings.smtp_user, settings.smtp_password or "")
        client.send_message(message)


def _limited(kind: str, wait: int) -> JSONResponse:
    log.info("sign-up refused", extra={"reason": f"rate_limited_{kind}", "status": 429})
    return error(429, "too many sign-up attempts, retry later", **{"Retry-After": str(wait)})


async def request_code(request: Request) -> Response:
    """Mail a one-time code that confirms the shop's e-mail address.
    ---
    summary: Start a sign-up (the relay mails a code)
    requestBody:
      required: true
      content:
        application/json:
          schema:
            type: object
            required: [email]
            properties: {email: {$ref: '#/components/schemas/Email'}}
    responses:
      202:
        description: the code was sent
        content:
          application/json:
            schema:
              type: object
              required: [sent, expires_in]
              properties: {sent: {type: boolean, enum: [true]}, expires_in: {type: integer, description: seconds}}
      400: {description: not an e-mail address}
      404: {description: self-service sign-up is not enabled on this relay}
      429:
        description: too many attempts from this address, or codes for this e-mail address
        headers: {Retry-After: {schema: {type: integer}, description: seconds}}
      503: {description: the mail server did not take the message}
    """
    relay = relay_of(request)
    settings = relay.settings
    if not settings.signup_enabled:
        return error(404, "self-service sign-up is not enabled on this relay")
    wait = relay.signup_by_address.attempt(request.client.host if request.client else "")
    if wait:
        return _limited("address", wait)
    data = await json_object(request)
    email = normal_email(data.get("email")) if data is not None else None
    if email is None:
        return refused(400, "bad_email", "expected JSON with an e-mail address in email")
    wait = relay.signup_by_email.attempt(email)
    if wait:
        return _limited("email", wait)
    code = await run_in_threadpool(store.issue_signup_code, relay.engines, relay.master, email,
                                   ttl_seconds=settings.signup_code_minutes * 60, attempts=CODE_ATTEMPTS)
    try:
        await run_in_threadpool(send_code, settings, email, code, int(settings.signup_code_minutes))
    except (OSError, smtplib.SMTPException) as exc:
        log.warning("sign-up code not mailed: %s", type(exc).__name__, extra={"reason": "smtp", "status": 503})
        return error(503, "the code could not be mailed, retry later", **{"Retry-After": "60"})
    log.info("sign-up code mailed")
    return JSONResponse({"sent": True, "expires_in": int(settings.signup_code_minutes * 60)}, status_code=202)


async def sign_up(request: Request) -> Response:
    """Create the shop (tenant) and pair its first computer, confirmed by the mailed code.
    ---
    summary: Create a shop and pair its first device
    requestBody:
      required: true
      content:
        application/json:
          schema:
            type: object
            required: [email, code, name, waba_id, phone_number_id, app_secret, public_key]
            properties:
              email: {$ref: '#/components/schemas/Email'}
              code: {type: string, description: the six digits mailed by POST /v1/signup/code}
              name: {$ref: '#/components/schemas/ShopName'}
              waba_id: {type: string, pattern: '^[0-9]{1,32}$', description: WhatsApp Business account id}
              phone_number_id: {type: string, pattern: '^[0-9]{1,32}$'}
              app_secret: {type: string, pattern: '^\\S+$', maxLength: 200, description: the Meta app's secret}
              public_key:
                type: string
                pattern: '^[A-Za-z0-9+/]{43}=$'
                description: standard base64 of the device's raw 32-byte X25519 public key
              device_name: {type: string, maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f-\\u009f]*$'}
    responses:
      201:
        description: 'the shop exists and the device is paired: enter webhook_url and verify_token in the App
          Dashboard (WhatsApp, Configuration)'
        content:
          application/json:
            schema:
              type: object
              required: [tenant_id, webhook_url, verify_token, device_id, token]
              properties:
                tenant_id: {type: string}
                webhook_url: {type: string}
                verify_token: {type: string}
                device_id: {type: string}
                token: {type: string}
      400: {description: 'malformed request, or a key nothing can be sealed to'}
      401: {description: 'wrong, expired or used-up code'}
      404: {description: self-service sign-up is not enabled on this relay}
      409: {description: 'a shop with this WhatsApp Business account is already on this relay, or the operator
          removed the new device before it was paired (the shop exists: ask the operator for a pairing code)'}
      429:
        description: too many attempts from this address
        headers: {Retry-After: {schema: {type: integer}, description: seconds}}
    """
    relay = relay_of(request)
    if not relay.settings.signup_enabled:
        return error(404, "self-service sign-up is not enabled on this relay")
    wait = relay.signup_by_address.attempt(request.client.host if request.client else "")
    if wait:
        return _limited("address", wait)
    data = await json_object(request) or {}
    email = normal_email(data.get("email"))
    fields = {k: data.get(k) for k in ("code", "name", "waba_id", "phone_number_id", "app_secret", "public_key")}
    device_name = data.get("device_name", "")
    if (email is None or not all(isinstance(v, str) for v in fields.values())
            or not IDS.fullmatch(fields["waba_id"]) or not IDS.fullmatch(fields["phone_number_id"])
            or not is_name(fields["name"]) or not fields["name"].strip() or len(fields["name"]) > 200
            or not re.fullmatch(r"\S{1,200}", fields["app_secret"])
            or not is_name(device_name) or len(device_name) > 200):
        return refused(400, "bad_signup", "expected JSON with email, code, name, waba_id and phone_number_id "
                                          "(digits), app_secret and public_key")
    try:
        public_key = crypto.parse_public_key(fields["public_key"])
        made = await run_in_threadpool(
            store.sign_up, relay.engines, relay.master, email=email, code=fields["code"], name=fields["name"],
            waba_id=fields["waba_id"], phone_number_id=fields["phone_number_id"], app_secret=fields["app_secret"],
            public_key=public_key, device_name=device_name.strip() or None)
    except store.SignupRefused:
        log.info("sign-up refused", extra={"reason": "bad_code", "status": 401})
        return error(401, "wrong, expired or used-up code: ask for a new one")
    except store.Conflict as exc:
        return refused(409, "waba_taken", str(exc))
    except store.PairingRefused:
        # The operator revoked the new device before its pairing finished: the shop exists, the device does not.
        return refused(409, "first_device_refused", "the shop was created, but its first computer could not be "
                                                    "paired (removed by the relay's operator): ask the operator "
                                                    "for a pairing code")
    except ValueError as exc:
        return refused(400, "bad_key", str(exc))
    log.info("shop signed up", extra={"tenant_id": made.tenant.id, "device_id": made.paired.device_id})
    return JSONResponse({"tenant_id": made.tenant.id, "webhook_url": webhook_url(request, made.tenant.id),
                         "verify_token": made.verify_token, "device_id": made.paired.device_id,
                         "token": made.paired.token}, status_code=201)
