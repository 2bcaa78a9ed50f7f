"""``klaros-relay``: run the server, migrate the database, manage tenants and devices.

Secrets never travel as arguments (they would end up in shell history and ``ps``): the Meta app secret
comes from ``KLAROS_RELAY_APP_SECRET`` or a hidden prompt.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import UTC, datetime

from relay import crypto, db, media_rows, store
from relay.blobs import open_blobs
from relay.config import LOG_LEVELS, ConfigError, Settings


class CliError(Exception):
    pass


def _app_secret(prompt: str) -> str:
    secret = os.environ.get("KLAROS_RELAY_APP_SECRET")
    if secret:
        return secret
    if not sys.stdin.isatty():
        raise CliError("set KLAROS_RELAY_APP_SECRET or run interactively to type the Meta app secret")
    secret = getpass.getpass(prompt)
    if not secret.strip():
        raise CliError("the app secret must not be empty")
    return secret


def _media_token() -> str:
    """The Meta media token: one line from stdin when it is not a terminal (``... | klaros-relay tenant
    media-token ID``), else a hidden prompt. Never an argument, never echoed, never logged."""
    if sys.stdin.isatty():
        token = getpass.getpass("Meta token for downloading this shop's media (input hidden): ")
    else:
        token = sys.stdin.readline()
    token = token.strip()
    if not token:
        raise CliError("no media token given (type it at the prompt, or pipe it on stdin)")
    return token


def _when(us: int | None) -> str:
    return "-" if us is None else datetime.fromtimestamp(us / 1e6, UTC).strftime("%Y-%m-%d %H:%M:%SZ")


def _open(settings: Settings) -> tuple[db.Engines, crypto.MasterKey]:
    engines = db.make_engines(settings.database_url)
    if db.current_revision(engines.read) != db.head_revision():
        engines.dispose()
        raise CliError("the database is not migrated to this version: run `klaros-relay migrate` first")
    return engines, crypto.MasterKey.load(settings.master_key_file)


def prepare(settings: Settings) -> bool:
    """Create the master key file if missing (mode 0600) and migrate the database; True if a key was made."""
    created = crypto.MasterKey.create_file(settings.master_key_file)
    crypto.MasterKey.load(settings.master_key_file)
    engines = db.make_engines(settings.database_url)
    try:
        db.migrate(engines.write)
    finally:
        engines.dispose()
    return created


def cmd_migrate(args, settings: Settings) -> int:
    created = prepare(settings)
    if created:
        print(f"created master key {settings.master_key_file} (mode 0600): back it up, it opens tenant secrets")
    print(f"database migrated to {db.head_revision()}")
    return 0


def shares_writer(workers: int, settings: Settings) -> bool:
    """Whether ``serve`` runs one writer process for all its serving processes (``relay.shared_writer``):
    several of them, on PostgreSQL, with writer processes at all. One process keeps its own child."""
    from relay.writer_process import writer_in_process

    return workers > 1 and not settings.is_sqlite and not writer_in_process()


def cmd_serve(args, settings: Settings) -> int:
    import uvicorn

    if args.workers > 1 and settings.is_sqlite:
        raise CliError("several workers need PostgreSQL (KLAROS_RELAY_DATABASE_URL); SQLite runs one process")
    if args.log_level is not None:
        settings = settings.with_(log_level=args.log_level)
    engines, _ = _open(settings)
    try:
        warning = db.connection_budget_warning(engines.read, settings, workers=args.workers,
                                               shared_writer=shares_writer(args.workers, settings))
    finally:
        engines.dispose()
    if warning:
        print(f"klaros-relay: warning: {warning}", file=sys.stderr)
    os.environ.update(settings.to_env())  # worker processes (and the in-process app factory) read these
    from relay import logs
    from relay.serving import H11_MAX_INCOMPLETE_EVENT_SIZE, HTTP_PROTOCOL
    from relay.shared_writer import SOCKET_ENV, SharedWriter

    logs.configure(settings.log_level)
    shared = None
    os.environ.pop(SOCKET_ENV, None)
    if shares_writer(args.workers, settings):
        try:
            shared = SharedWriter(settings)
        except OSError as exc:
            raise CliError(f"no directory for the writer's socket ({exc}): give the unit PrivateTmp=true or "
                           "RuntimeDirectory=, or set TMPDIR") from exc
        try:
            shared.start()
        except RuntimeError as exc:
            raise CliError(str(exc)) from exc
        os.environ[SOCKET_ENV] = shared.path  # each serving process connects to it (relay.app)
    try:
        uvicorn.run("relay.app:create_app_from_env", factory=True, host=args.host, port=args.port,
                    workers=args.workers, http=HTTP_PROTOCOL, log_config=None, access_log=False,
                    h11_max_incomplete_event_size=H11_MAX_INCOMPLETE_EVENT_SIZE,
                    timeout_graceful_shutdown=5, proxy_headers=True, server_header=False)
    finally:
        if shared is not None:
            shared.stop()
    return 0


def cmd_tenant(args, settings: Settings) -> int:
    engines, master = _open(settings)
    try:
        if args.action == "create":
            secret = _app_secret("Meta app secret (input hidden): ")
            made = store.create_tenant(engines, master, name=args.name, waba_id=args.waba_id,
                                       phone_number_id=args.phone_number_id, app_secret=secret,
                                       verify_token=os.environ.get("KLAROS_RELAY_VERIFY_TOKEN") or None)
            out = {"tenant_id": made.tenant.id, "webhook_path": f"/webhooks/meta/{made.tenant.id}",
                   "verify_token": made.verify_token}
            if args.json:
                print(json.dumps(out))
            else:
                print(f"tenant id:     {out['tenant_id']}\nwebhook path:  {out['webhook_path']}\n"
                      f"verify token:  {out['verify_token']}")
        elif args.action == "list":
            rows = store.list_tenants(engines)
            if args.json:
                print(json.dumps([{"tenant_id": t.id, "name": t.name, "waba_id": t.waba_id,
                                   "phone_number_id": t.phone_number_id, "email": t.email, "state": t.state}
                                  for t in rows]))
            else:
                for t in rows:
                    print(f"{t.id}  {t.state:9}  {t.name}  waba={t.waba_id}  phone={t.phone_number_id}  "
                          f"email={t.email or '-'}  created {_when(t.created_us)}")
        elif args.action == "show":
            found = store.tenant_secrets(engines, master, tenant_id=args.tenant_id)
            if found is None:
                raise CliError(f"no tenant {args.tenant_id}")
            t = found.tenant
            devs = store.list_devices(engines, t.id)
            out = {"tenant_id": t.id, "name": t.name, "waba_id": t.waba_id, "phone_number_id": t.phone_number_id,
                   "webhook_path": f"/webhooks/meta/{t.id}", "verify_token": found.verify_token,
                   "media_keeping": found.media_token is not None,
                   "devices": [{"device_id": d.id, "name": d.name, "state": d.state} for d in devs]}
            print(json.dumps(out, indent=None if args.json else 2))
        elif args.action == "rotate-secret":
            store.get_tenant(engines, args.tenant_id)
            store.rotate_app_secret(engines, master, args.tenant_id, _app_secret("New Meta app secret: "))
            print(f"app secret of tenant {args.tenant_id} replaced")
        elif args.action in ("suspend", "resume"):
            store.suspend_tenant(engines, args.tenant_id, args.action == "suspend")
            done = "suspended: its webhooks and devices are refused" if args.action == "suspend" else "active again"
            print(f"tenant {args.tenant_id} {done}")
        elif args.action == "media-token":
            store.get_tenant(engines, args.tenant_id)
            if args.remove:
                store.set_media_token(engines, master, args.tenant_id, None)
                print(f"media token of tenant {args.tenant_id} removed: its media are no longer kept")
            else:
                store.set_media_token(engines, master, args.tenant_id, _media_token())
                print(f"media token of tenant {args.tenant_id} stored (encrypted): its inbound media are kept "
                      "until its devices have them")
        elif args.action == "delete":
            if not args.yes:
                raise CliError("deleting a tenant erases its devices, queued events and kept media; repeat with --yes")
            store.get_tenant(engines, args.tenant_id)
            blobs = open_blobs(settings.media_url)
            for name in media_rows.tenant_media(engines, args.tenant_id):
                blobs.delete(name)
            store.delete_tenant(engines, args.tenant_id)
            print(f"tenant {args.tenant_id} deleted with its devices, events and kept media")
    finally:
        engines.dispose()
    return 0


def cmd_device(args, settings: Settings) -> int:
    engines, _ = _open(settings)
    try:
        if args.action == "add":
            code = store.add_device(engines, args.tenant_id, args.name,
                                    ttl_seconds=settings.pairing_ttl_hours * 3600)
            if args.json:
                print(json.dumps({"device_id": code.device_id, "code": code.code}))
            else:
                print(f"device id:     {code.device_id}\npairing code:  {code.code}\n"
                      f"valid until:   {_when(code.expires_us)} (single use)")
        elif args.action == "list":
            rows = store.list_devices(engines, args.tenant_id)
            if args.json:
                print(json.dumps([{"device_id": d.id, "tenant_id": d.tenant_id, "name": d.name, "state": d.state,
                                   "acked_cursor": str(d.acked_cursor)} for d in rows]))
            else:
                for d in rows:
                    print(f"{d.id}  tenant={d.tenant_id}  {d.state:8}  {d.name}  paired {_when(d.paired_us)}")
        elif args.action == "revoke":
            more = store.revoke_device(engines, args.device_id)
            print(f"device {args.device_id} revoked" + (
                " (its remaining keys and the events it held back are released by the servers' retention sweep)"
                if more else ""))
    finally:
        engines.dispose()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="klaros-relay", description="Klaros webhook relay")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1, behind a TLS proxy)")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=1, help="processes (more than 1 needs PostgreSQL)")
    serve.add_argument("--log-level", choices=LOG_LEVELS, type=str.lower, default=None,
                       help="default: $KLAROS_RELAY_LOG_LEVEL or info")
    serve.set_defaults(func=cmd_serve)

    migrate = sub.add_parser("migrate", help="create the master key if missing and migrate the database")
    migrate.set_defaults(func=cmd_migrate)

    tenant = sub.add_parser("tenant", help="manage tenants (shops)")
    tsub = tenant.add_subparsers(dest="action", required=True)
    create = tsub.add_parser("create", help="add a shop; app secret from KLAROS_RELAY_APP_SECRET or a prompt")
    create.add_argument("name")
    create.add_argument("--waba-id", required=True)
    create.add_argument("--phone-number-id", required=True)
    create.add_argument("--json", action="store_true")
    tlist = tsub.add_parser("list")
    tlist.add_argument("--json", action="store_true")
    show = tsub.add_parser("show")
    show.add_argument("tenant_id")
    show.add_argument("--json", action="store_true")
    rotate = tsub.add_parser("rotate-secret", help="replace the Meta app secret (env or prompt)")
    rotate.add_argument("tenant_id")
    for action, text in (("suspend", "refuse the shop's webhooks and devices until resumed (nothing is deleted)"),
                         ("resume", "undo suspend")):
        tsub.add_parser(action, help=text).add_argument("tenant_id")
    mtoken = tsub.add_parser("media-token", help="give the relay a Meta token to keep the shop's media (stdin or "
                                                  "hidden prompt), or --remove it")
    mtoken.add_argument("tenant_id")
    mtoken.add_argument("--remove", action="store_true", help="forget the token: media are no longer kept")
    tdelete = tsub.add_parser("delete", help="erase the shop with its devices, events and kept media")
    tdelete.add_argument("tenant_id")
    tdelete.add_argument("--yes", action="store_true", help="confirm")
    tenant.set_defaults(func=cmd_tenant)

    device = sub.add_parser("device", help="manage a tenant's desktops")
    dsub = device.add_subparsers(dest="action", required=True)
    add = dsub.add_parser("add", help="issue a one-time pairing code")
    add.add_argument("tenant_id")
    add.add_argument("--name", required=True)
    add.add_argument("--json", action="store_true")
    dlist = dsub.add_parser("list")
    dlist.add_argument("tenant_id", nargs="?")
    dlist.add_argument("--json", action="store_true")
    revoke = dsub.add_parser("revoke")
    revoke.add_argument("device_id")
    device.set_defaults(func=cmd_device)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args, Settings.from_env())
    except (CliError, ConfigError, store.NotFound, store.Conflict, ValueError, FileNotFoundError) as exc:
        print(f"klaros-relay: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
