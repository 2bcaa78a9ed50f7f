"""``klaros campaign create|start|schedule|resume|pause|cancel|preview|test|release|retry|status|export``.

Thin: arguments, the profile's database and Graph client, output; the work is ``services/campaigns`` with actor
``cli``. A refusal (empty variables, unknown template, a state that does not allow the action) prints the
reason and exits with status 3; usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from klaros_desktop.commands import CommandContext, counted

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_REFUSED = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("campaign", help="send an approved template to many customers")
    actions = parser.add_subparsers(dest="campaign_command", metavar="ACTION", required=True)

    create = actions.add_parser("create", help="a campaign of a template to a segment (by tags) or to a file's "
                                "numbers; prints how many are in and who is left out why")
    create.add_argument("name")
    create.add_argument("--template", required=True, metavar="NAME")
    create.add_argument("--lang", required=True, metavar="CODE")
    create.add_argument("--tag", action="append", default=[], metavar="TAG", help="anyone with one of these tags")
    create.add_argument("--all-tags", action="append", default=[], metavar="TAG", help="only with every one")
    create.add_argument("--not-tag", action="append", default=[], metavar="TAG", help="nobody with this tag")
    create.add_argument("--country", action="append", default=[], metavar="CC", help="numbers of this country")
    create.add_argument("--consent", choices=("opted_in", "not_opted_out"))
    create.add_argument("--inbound-within", type=int, metavar="DAYS", help="wrote to you in the last DAYS days")
    create.add_argument("--window", choices=("open", "closed"), help="their 24-hour window is open or closed")
    create.add_argument("--csv", type=Path, metavar="FILE", help="recipients from a contacts file (imported first)")
    create.add_argument("--region", metavar="CC", help="country of numbers without +CC in --csv")
    create.add_argument("--field", action="append", default=[], metavar="KEY=VALUE",
                        help="only contacts whose custom field KEY is VALUE (without case); KEY= means any value")
    create.add_argument("--var", action="append", default=[], metavar="N=SOURCE",
                        help="fill {{N}} from name, first_name, phone, custom.KEY or text:TEXT; add |FALLBACK "
                        "for an empty value (e.g. 1=first_name|there)")
    create.add_argument("--button-var", action="append", default=[], metavar="INDEX=SOURCE",
                        help="fill the variable in the link of the template's button INDEX (counted from 0, as "
                        "Meta does), from the same sources as --var")
    create.add_argument("--header-media", metavar="FILE_OR_ID",
                        help="the picture, video or document at the top of the template: a file (uploaded to "
                        "WhatsApp once, when sending starts) or the id of one already uploaded")
    create.add_argument("--header-var", metavar="SOURCE",
                        help="fill the variable in the template's title at the top from the same sources as --var "
                        "(e.g. custom.order|your order)")
    create.add_argument("--header-location", metavar="LAT,LON,NAME,ADDRESS",
                        help="the place shown on the map at the top of a location template: decimal degrees, "
                        "then its name and address (the rest of the text, commas included)")
    create.add_argument("--json", action="store_true")
    create.set_defaults(handler=run_create)

    for name, helptext in (("start", "freeze the values and send"), ("resume", "continue where it stopped")):
        sub = actions.add_parser(name, help=helptext)
        sub.add_argument("id", type=int)
        sub.add_argument("--rate", type=float, metavar="N", help="messages a second (default 80)")
        sub.add_argument("--wait", action="store_true", help="also wait out back-offs until every recipient is "
                         "settled (without it, recipients Meta asked to wait for stay queued for resume)")
        if name == "start":
            sub.add_argument("--header-media", metavar="FILE_OR_ID", help="choose the draft's file for the top of "
                             "the message first (see create)")
            sub.add_argument("--header-location", metavar="LAT,LON,NAME,ADDRESS", help="give the draft's place "
                             "for a map at the top first (see create)")
            sub.add_argument("--at", metavar="'YYYY-MM-DD HH:MM'", help="do not send now: start at this time "
                             "in the shop's time zone (the same as `schedule ID --at`)")
        sub.add_argument("--json", action="store_true")
        sub.set_defaults(handler=run_send)

    sched = actions.add_parser("schedule", help="start a draft by itself at a time in the shop's time zone (the "
                               "app sends it then, or at its next start if it was closed)")
    sched.add_argument("id", type=int)
    when = sched.add_mutually_exclusive_group(required=True)
    when.add_argument("--at", metavar="'YYYY-MM-DD HH:MM'")
    when.add_argument("--clear", action="store_true", help="forget the time; the campaign stays a draft")
    sched.add_argument("--rate", type=float, metavar="N", help="messages a second (default 80)")
    sched.add_argument("--json", action="store_true")
    sched.set_defaults(handler=run_schedule)

    for name, helptext in (("pause", "stop sending after the requests under way"),
                           ("cancel", "stop for good; the queued recipients are skipped"),
                           ("retry", "queue again the failed recipients whose failure may pass")):
        sub = actions.add_parser(name, help=helptext)
        sub.add_argument("id", type=int)
        sub.add_argument("--json", action="store_true")
        sub.set_defaults(handler=run_state)

    preview = actions.add_parser("preview", help="the message as one contact would get it")
    preview.add_argument("id", type=int)
    preview.add_argument("--contact", required=True, metavar="NUMBER")
    preview.add_argument("--json", action="store_true")
    preview.set_defaults(handler=run_preview)

    test = actions.add_parser("test", help="send the campaign's message to one number (yours) first")
    test.add_argument("id", type=int)
    test.add_argument("--to", required=True, metavar="NUMBER")
    test.set_defaults(handler=run_test)

    release = actions.add_parser("release", help="decide on a recipient held as 'may have been sent'")
    release.add_argument("id", type=int)
    release.add_argument("--recipient", required=True, metavar="NUMBER")
    choice = release.add_mutually_exclusive_group(required=True)
    choice.add_argument("--send", action="store_true", help="send it again (you checked it did not arrive)")
    choice.add_argument("--drop", action="store_true", help="do not send it again")
    release.set_defaults(handler=run_release)

    status = actions.add_parser("status", help="how many recipients are in each state")
    status.add_argument("id", type=int)
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run_status)

    export = actions.add_parser("export", help="every recipient's outcome as CSV")
    export.add_argument("id", type=int)
    export.add_argument("file", type=Path)
    export.set_defaults(handler=run_export)


def _print(data: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(", ".join(f"{k}: {v}" for k, v in data.items()))


def _refused(exc: Exception) -> int:
    print(f"Refused: {exc}", file=sys.stderr)
    if getattr(exc, "code", None) == "header_missing":
        print("Give it with: klaros campaign start ID --header-media FILE_OR_ID", file=sys.stderr)
    elif getattr(exc, "code", None) == "location_missing":
        print("Give it with: klaros campaign start ID --header-location LAT,LON,NAME,ADDRESS", file=sys.stderr)
    return EXIT_REFUSED


def _number(sessions, raw: str) -> str:
    from klaros_desktop.services.core import settings
    from klaros_desktop.services.people import phones

    with sessions() as s:
        return phones.normalise(raw, settings.get(s, settings.DEFAULT_REGION))


# ---------------------------------------------------------------- create
def run_create(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.services.campaigns import lifecycle
    from klaros_desktop.services.campaigns.audience import Segment
    from klaros_desktop.services.dataio.text_decoding import ImportFileError
    from klaros_desktop.services.pricing.forecast import forecast
    from klaros_desktop.services.pricing.forecast import summary_lines as forecast_lines

    mapping: dict[str, str] = {}
    for spec in args.var:
        key, sep, source = spec.partition("=")
        if not sep or not key.strip():
            print(f"--var {spec!r}: write N=SOURCE, e.g. --var 1=first_name", file=sys.stderr)
            return EXIT_USAGE
        mapping[key.strip()] = source
    buttons: dict[str, str] = {}
    for spec in args.button_var:
        key, sep, source = spec.partition("=")
        if not sep or not key.strip().isdigit():
            print(f"--button-var {spec!r}: write INDEX=SOURCE, e.g. --button-var 0=custom.order", file=sys.stderr)
            return EXIT_USAGE
        buttons[str(int(key))] = source
    fields: list[tuple[str, str]] = []
    for spec in args.field:
        key, sep, value = spec.partition("=")
        if not sep or not key.strip():
            print(f"--field {spec!r}: write KEY=VALUE (KEY= for any value), e.g. --field city=Köln", file=sys.stderr)
            return EXIT_USAGE
        fields.append((key.strip(), value.strip()))
    filters = (args.tag, args.all_tags, args.not_tag, args.country, args.consent, args.inbound_within, args.window,
               args.field)
    if args.csv and any(filters):
        print("Give either --csv or segment filters (--tag, --country, ...), not both.", file=sys.stderr)
        return EXIT_USAGE
    if not args.csv and not (args.tag or args.all_tags):
        print("Choose the recipients: --tag TAG (repeatable) or --csv FILE.", file=sys.stderr)
        return EXIT_USAGE
    with ctx.database() as sessions, correlation.correlated(prefix="cli"):
        if args.csv:
            from klaros_desktop.services.dataio.contacts_import import ContactsImporter, numbers_in_file

            try:
                ContactsImporter(sessions, actor="cli").import_file(args.csv, region=args.region)
                segment = Segment(numbers=tuple(numbers_in_file(sessions, args.csv, region=args.region)))
            except ImportFileError as exc:
                return _refused(exc)
        else:
            segment = Segment(tags_any=tuple(args.tag), tags_all=tuple(args.all_tags),
                              tags_none=tuple(args.not_tag), countries=tuple(args.country), consent=args.consent,
                              inbound_within_days=args.inbound_within,
                              window_open=None if args.window is None else args.window == "open",
                              custom_fields=tuple(fields))
        try:
            created = _create_refreshing(ctx, sessions, args, segment, mapping, buttons)
        except lifecycle.CampaignRefused as exc:
            return _refused(exc)
        cost = forecast(sessions, created.campaign_id)
    if args.json:
        print(json.dumps({**created.to_json(), "forecast": cost.contract_json()}, ensure_ascii=False))
    else:
        print(created_line(created.campaign_id, created.recipients))
        for reason, count in created.excluded:
            print(f"  left out, {reason}: {count}")
        for line in forecast_lines(cost):
            print(f"  {line}")
    return 0


def _create_refreshing(ctx: CommandContext, sessions, args: argparse.Namespace, segment, mapping, buttons):
    """Create; when the template is not known here yet, fetch the templates from Meta once and try again."""
    from klaros_desktop.services.campaigns import lifecycle
    from klaros_desktop.services.messaging import policy

    with sessions() as s:
        known = policy.find_template(s, args.template, args.lang) is not None
    asyncio.run(_refresh_from_meta(ctx, sessions, templates_too=not known))
    return lifecycle.create(sessions, args.name, args.template, args.lang, segment, mapping,
                            header_media=args.header_media, buttons=buttons, header_text=args.header_var,
                            header_location=args.header_location, actor="cli")


async def _refresh_from_meta(ctx: CommandContext, sessions, *, templates_too: bool) -> None:
    """The messaging limit tier for the forecast and, when the template is not known here yet, the templates."""
    from klaros_desktop.secrets import NoSecureKeyring
    from klaros_desktop.services.messaging import templates
    from klaros_desktop.services.pricing import limits
    from klaros_desktop.services.setup.wiring import NotConfigured

    try:
        async with _graph(ctx, sessions) as (graph, _config):
            await limits.refresh_tier(sessions, graph, actor="cli")
            if templates_too:
                await templates.refresh(sessions, graph)
    except (NotConfigured, NoSecureKeyring):
        pass  # not connected: create says the template is unknown, the forecast that the limit is unknown


# ---------------------------------------------------------------- sending
class _graph:
    """The profile's Graph client with its audit writer, for one command (no retries of its own: the campaign
    sender meets Meta's refusals itself and backs off per code)."""

    def __init__(self, ctx: CommandContext, sessions):
        self.ctx, self.sessions = ctx, sessions

    async def __aenter__(self):
        from klaros_desktop.services.core.audit import GraphAuditWriter
        from klaros_desktop.services.setup import wiring

        config = wiring.graph_config(self.sessions, wiring.secret_store(self.ctx.profile))
        self.writer = GraphAuditWriter(self.sessions)
        self.http_cm = wiring.http_client()
        http = await self.http_cm.__aenter__()
        graph = wiring.make_graph(http, config, audit=self.writer)
        graph.max_retries = 0
        return graph, config

    async def __aexit__(self, *exc):
        await self.http_cm.__aexit__(*exc)
        await self.writer.aclose()


def run_schedule(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.services.campaigns import lifecycle, schedule

    with ctx.database() as sessions, correlation.correlated(prefix="cli"):
        try:
            if getattr(args, "clear", False):
                schedule.clear_schedule(sessions, args.id, actor="cli")
                _print({"campaign_id": args.id, "scheduled_at": None}, args.json)
                return 0
            if getattr(args, "header_media", None):
                lifecycle.set_header_media(sessions, args.id, args.header_media, actor="cli")
            if getattr(args, "header_location", None):
                lifecycle.set_header_location(sessions, args.id, args.header_location, actor="cli")
            at = schedule.set_schedule(sessions, args.id, schedule.parse_local(sessions, args.at), rate=args.rate,
                                       actor="cli")
        except lifecycle.CampaignRefused as exc:
            return _refused(exc)
        with sessions() as s:
            local = schedule.to_local(at, schedule.shop_zone(s))
    _print({"campaign_id": args.id, "scheduled_at": at.isoformat(), "local": local.strftime(schedule.TIME_FORMAT),
            "time_zone": schedule.zone_name(local.tzinfo)}, args.json)
    return 0


def run_send(args: argparse.Namespace, ctx: CommandContext) -> int:
    if getattr(args, "at", None):
        if args.wait:
            print("--at and --wait do not go together: a scheduled campaign is sent by the app.", file=sys.stderr)
            return EXIT_USAGE
        return run_schedule(args, ctx)
    from klaros_desktop import correlation
    from klaros_desktop.phrases import QT_TRANSLATE_NOOP
    from klaros_desktop.secrets import NoSecureKeyring
    from klaros_desktop.services.campaigns import lifecycle
    from klaros_desktop.services.campaigns.sender import CampaignSender
    from klaros_desktop.services.setup.wiring import NotConfigured

    async def go(sessions):
        async with _graph(ctx, sessions) as (graph, config):
            sender = CampaignSender(sessions, graph, phone_number_id=config.phone_number_id, actor="cli",
                                    rate=args.rate)
            return await sender.run(args.id, wait=args.wait)

    with ctx.database() as sessions, correlation.correlated(prefix="cli"):
        try:
            if args.campaign_command == "start":
                if args.header_media:
                    lifecycle.set_header_media(sessions, args.id, args.header_media, actor="cli")
                if args.header_location:
                    lifecycle.set_header_location(sessions, args.id, args.header_location, actor="cli")
                lifecycle.launch(sessions, args.id, rate=args.rate, actor="cli")
            else:
                state = lifecycle.status(sessions, args.id)["state"]
                if state in (lifecycle.PAUSED, lifecycle.STOPPED):
                    lifecycle.set_state(sessions, args.id, "resume", actor="cli")
                elif state != lifecycle.RUNNING:
                    raise lifecycle.CampaignRefused(QT_TRANSLATE_NOOP(
                        "Campaigns", "Campaign {id} is {state}; there is nothing to resume.").format(
                        id=args.id, state=state))
            report = asyncio.run(go(sessions))
        except lifecycle.CampaignRefused as exc:
            return _refused(exc)
        except (NotConfigured, NoSecureKeyring) as exc:
            print(f"Not sent: {exc}", file=sys.stderr)
            return EXIT_USAGE
        status = lifecycle.status(sessions, args.id)
    out: dict[str, Any] = report.to_json()
    if not args.wait:
        out = {**out, "state": status["state"], "queued": status["queued"]}
    _print(out, args.json)
    if status.get("reason"):
        print(status["reason"], file=sys.stderr)
    return 0 if status["state"] in (lifecycle.DONE, lifecycle.RUNNING) else EXIT_FAILED


def run_state(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.services.campaigns import lifecycle

    with ctx.database() as sessions, correlation.correlated(prefix="cli"):
        try:
            if args.campaign_command == "retry":
                count = lifecycle.retry_failed(sessions, args.id, actor="cli")
                _print({"queued_again": count}, args.json)
                return 0
            state = lifecycle.set_state(sessions, args.id, args.campaign_command, actor="cli")
        except lifecycle.CampaignRefused as exc:
            return _refused(exc)
    _print({"state": state}, args.json)
    return 0


def run_preview(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop.services.campaigns import header_parts, lifecycle, variables
    from klaros_desktop.services.media import header_media
    from klaros_desktop.services.people.phones import InvalidNumber
    from klaros_desktop.services.pricing.forecast import price_line

    with ctx.database() as sessions:
        try:
            shown = lifecycle.preview(sessions, args.id, _number(sessions, args.contact))
        except (lifecycle.CampaignRefused, InvalidNumber) as exc:
            return _refused(exc)
        cost = None if args.json else price_line(sessions, args.id, shown.phone_e164)
    if args.json:
        header: dict[str, Any] | None = None
        if shown.header == header_parts.LOCATION:
            header = {"type": shown.header, "place": shown.header_name}
        elif shown.header:
            header = {"type": shown.header, "file": shown.header_name}
        elif shown.header_text:
            header = {"type": "text", "text": shown.header_text}
        print(json.dumps({"text": shown.text, "values": shown.values, "empty": shown.empty, "header": header,
                          "buttons": shown.buttons}, ensure_ascii=False))
    else:
        if shown.header == header_parts.LOCATION:
            print(f"[Map: {shown.header_name or 'not given yet'}]")
        elif shown.header:
            print(f"[{header_media.ATTACHED[shown.header]}: {shown.header_name or 'not chosen yet'}]")
        if shown.header_text:
            print(shown.header_text)
        print(shown.text)
        for index, value in shown.buttons.items():
            print(f"[{variables.label(variables.button_key(index), shown.codes)}: {value}]")
        if shown.empty:
            print("empty: " + ", ".join(variables.label(n, shown.codes) for n in shown.empty), file=sys.stderr)
        print(cost, file=sys.stderr)
    return EXIT_REFUSED if shown.empty else 0


def run_test(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.secrets import NoSecureKeyring
    from klaros_desktop.services.campaigns import lifecycle
    from klaros_desktop.services.campaigns.sender import CampaignSender
    from klaros_desktop.services.people.phones import InvalidNumber
    from klaros_desktop.services.setup.wiring import NotConfigured

    async def go(sessions, number):
        async with _graph(ctx, sessions) as (graph, config):
            sender = CampaignSender(sessions, graph, phone_number_id=config.phone_number_id, actor="cli")
            return await sender.send_test(args.id, number)

    with ctx.database() as sessions, correlation.correlated(prefix="cli"):
        try:
            outcome = asyncio.run(go(sessions, _number(sessions, args.to)))
        except (lifecycle.CampaignRefused, InvalidNumber) as exc:
            return _refused(exc)
        except (NotConfigured, NoSecureKeyring) as exc:
            print(f"Not sent: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if outcome.sent:
        print(f"Sent: {outcome.wamid}")
        return 0
    if not outcome.decision.allowed:
        return _refused(outcome.decision.reason)
    print(f"Failed {outcome.error_code or ''}: {outcome.error}", file=sys.stderr)
    return EXIT_FAILED


def run_release(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.services.campaigns import lifecycle
    from klaros_desktop.services.people.phones import InvalidNumber

    with ctx.database() as sessions, correlation.correlated(prefix="cli"):
        try:
            state = lifecycle.release(sessions, args.id, _number(sessions, args.recipient), send=args.send,
                                      actor="cli")
        except (lifecycle.CampaignRefused, InvalidNumber) as exc:
            return _refused(exc)
    print(f"{args.recipient}: {state}")
    return 0


def run_status(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop.services.campaigns import lifecycle
    from klaros_desktop.services.pricing.forecast import forecast, summary_lines

    with ctx.database() as sessions:
        try:
            status = lifecycle.status(sessions, args.id)
        except lifecycle.CampaignRefused as exc:
            return _refused(exc)
        cost = forecast(sessions, args.id) if not args.json and status.get("queued") else None
    _print(status, args.json)
    if cost is not None:
        print(f"Still to send ({status['queued']} queued):")
        for line in summary_lines(cost):
            print(f"  {line}")
    return 0


def run_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.services.campaigns import lifecycle

    with ctx.database() as sessions, correlation.correlated(prefix="cli"):
        try:
            rows = lifecycle.export(sessions, args.id, args.file, actor="cli")
        except lifecycle.CampaignRefused as exc:
            return _refused(exc)
        except OSError as exc:
            print(f"Export failed: {exc}", file=sys.stderr)
            return EXIT_FAILED
    print(exported_line(rows, args.file))
    return 0


def created_line(campaign_id: int, recipients: int) -> str:
    return f"Campaign {campaign_id}: {counted(recipients, 'recipient')}"


def exported_line(rows: int, file: Path) -> str:
    return f"{counted(rows, 'recipient')} written to {file}"
