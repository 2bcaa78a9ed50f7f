"""``klaros-sim``: serve the simulator, or act as a customer against a running one.

    klaros-sim serve --port 8765 --callback-url http://127.0.0.1:8000/webhooks/meta/<tenant>
    klaros-sim say +4915112345678 "Hallo"               # talks to --sim URL (default $KLAROS_SIM_URL),
                                                        # given before or after the verb
    klaros-sim media +4915112345678 image --file foto.jpg --caption "So eins"
    klaros-sim location +4915112345678 52.52 13.40 --name "Laden"
    klaros-sim press +4915112345678 "Interessiert"      # template quick-reply button
    klaros-sim stop +4915112345678                      # STOP text + "Stop promotions"
    klaros-sim not-on-whatsapp +4915900000000
    klaros-sim advance 25h                              # closes every 24-hour window
    klaros-sim clock --freeze                           # time moves only by `advance` from now on
    klaros-sim hold ... klaros-sim release              # everything in between goes out in one webhook POST
    klaros-sim set delivery_delay=2 read_delay=none failure_rate=0.1
    klaros-sim scenario shop_day --speed 10             # bundled name or a .yaml/.json path
    klaros-sim verify-callback VERIFY_TOKEN             # Meta's hub.challenge check of the callback
    klaros-sim webhooks | outbound                      # what was posted / sent, as JSON
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import fields
from pathlib import Path
from typing import Any

from klaros_sim import scenario as scenarios
from klaros_sim.config import FAST, ConfigError, SimConfig, _parse
from klaros_sim.control import SimControl, SimControlError


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from klaros_sim.server import create_app

    config = SimConfig.from_env(
        defaults=FAST if args.fast else None,
        host=args.host, port=args.port, callback_url=args.callback_url, app_secret=args.app_secret,
        access_token=args.access_token, phone_number_id=args.phone_number_id, waba_id=args.waba_id,
    )
    print(f"klaros-sim: Graph API at {config.base_url}/v23.0/{config.phone_number_id} "
          f"(WABA {config.waba_id}); webhooks to {config.callback_url or '(none yet)'}", flush=True)
    uvicorn.run(create_app(config), host=config.host, port=config.port, log_level=args.log_level)
    return 0


def _settings(pairs: list[str]) -> dict[str, Any]:
    types = {f.name: f.type for f in fields(SimConfig)}
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or key not in types:
            raise ConfigError(f"expected NAME=VALUE with NAME one of {', '.join(types)}; got {pair!r}")
        out[key] = _parse(key, types[key], raw)
    return out


def _scenario(control: SimControl, args: argparse.Namespace) -> Any:
    path = Path(args.file)
    if not path.exists():
        for suffix in (".yaml", ".yml", ".json"):
            candidate = scenarios.BUNDLED / f"{args.file}{suffix}"
            if candidate.exists():
                path = candidate
                break
    if not path.exists():
        raise scenarios.ScenarioError(f"no scenario file {args.file!r} (and no bundled scenario of that name)")
    played = scenarios.play(control, scenarios.load(path), speed=args.speed,
                            echo=lambda line: print(line, file=sys.stderr))
    return {"steps": len(played)}


_SIM_HELP = "URL of a running simulator (default: $KLAROS_SIM_URL or http://127.0.0.1:8765)"


class _VerbAdder:
    """``add_parser`` for the verbs: every verb that talks to a running simulator also takes ``--sim``."""

    def __init__(self, subparsers, target: argparse.ArgumentParser) -> None:
        self._subparsers = subparsers
        self._target = target

    def add_parser(self, name: str, **kwargs) -> argparse.ArgumentParser:
        parents = [] if name == "serve" else [self._target]
        return self._subparsers.add_parser(name, parents=parents, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="klaros-sim", description="Local stand-in for Meta's WhatsApp Cloud API.")
    parser.add_argument("--sim", help=_SIM_HELP)
    # The verbs accept --sim too (``klaros-sim say --sim URL ...``). SUPPRESS keeps a verb that was not given
    # --sim from writing its own default over the one given before the verb.
    target = argparse.ArgumentParser(add_help=False)
    target.add_argument("--sim", default=argparse.SUPPRESS, help=_SIM_HELP)
    sub = _VerbAdder(parser.add_subparsers(dest="command", required=True), target)

    serve = sub.add_parser("serve", help="run the simulator (settings also from KLAROS_SIM_* variables)")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--callback-url")
    serve.add_argument("--app-secret")
    serve.add_argument("--access-token")
    serve.add_argument("--phone-number-id")
    serve.add_argument("--waba-id")
    serve.add_argument("--fast", action="store_true", help="near-instant statuses and review (for tests)")
    serve.add_argument("--log-level", default="info")

    say = sub.add_parser("say", help="a customer sends a text")
    say.add_argument("number")
    say.add_argument("text")
    say.add_argument("--name", help="the customer's WhatsApp profile name")
    say.add_argument("--reply-to", help="wamid the customer replies to")
    say.add_argument("--forwarded", action="store_true")
    say.add_argument("--referral", action="store_true", help="arrives from a click-to-WhatsApp ad")

    media = sub.add_parser("media", help="a customer sends image/video/document/audio/voice/sticker")
    media.add_argument("number")
    media.add_argument("kind", choices=["image", "video", "document", "audio", "voice", "sticker"])
    media.add_argument("--file", type=Path)
    media.add_argument("--mime-type")
    media.add_argument("--caption")
    media.add_argument("--filename")

    loc = sub.add_parser("location", help="a customer shares a location")
    loc.add_argument("number")
    loc.add_argument("latitude", type=float)
    loc.add_argument("longitude", type=float)
    loc.add_argument("--name")
    loc.add_argument("--address")

    press = sub.add_parser("press", help="a customer taps a template quick-reply button")
    press.add_argument("number")
    press.add_argument("text")
    press.add_argument("--payload")
    press.add_argument("--reply-to")

    choose = sub.add_parser("choose", help="a customer taps an interactive reply button or list row")
    choose.add_argument("number")
    choose.add_argument("id")
    choose.add_argument("title")
    choose.add_argument("--list", action="store_true")

    react = sub.add_parser("react", help="a customer reacts to a message (empty emoji removes it)")
    react.add_argument("number")
    react.add_argument("message_id")
    react.add_argument("emoji", nargs="?", default="")

    for name, text in (("stop", "a customer replies STOP and stops marketing messages"),
                       ("resume", "a customer resumes marketing messages"),
                       ("not-on-whatsapp", "make a number not on WhatsApp")):
        one = sub.add_parser(name, help=text)
        one.add_argument("number")

    adv = sub.add_parser("advance", help="move the simulated clock (90s, 30m, 25h, 2d)")
    adv.add_argument("duration")

    clock = sub.add_parser("clock", help="show the simulated clock; --freeze stops it, --unfreeze restarts it")
    frozen = clock.add_mutually_exclusive_group()
    frozen.add_argument("--freeze", action="store_true")
    frozen.add_argument("--unfreeze", action="store_true")

    sub.add_parser("hold", help="collect every webhook change until `release`")
    sub.add_parser("release", help="post every change collected since `hold` in one webhook body")

    setp = sub.add_parser("set", help="change settings live, e.g. delivery_delay=2 read_delay=none failure_rate=0.1")
    setp.add_argument("pairs", nargs="+")

    scen = sub.add_parser("scenario", help="replay a scenario file (JSON/YAML) or a bundled one (shop_day)")
    scen.add_argument("file")
    scen.add_argument("--speed", type=float, default=1.0, help="divide every wait by this")

    ver = sub.add_parser("verify-callback", help="Meta's GET subscription check against the callback URL")
    ver.add_argument("verify_token")

    sub.add_parser("webhooks", help="print every webhook body and its delivery attempts")
    sub.add_parser("outbound", help="print every message the business sent")
    sub.add_parser("recipients", help="print every wamid the business sent, per recipient")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "serve":
        try:
            return _serve(args)
        except ConfigError as exc:
            print(f"klaros-sim: {exc}", file=sys.stderr)
            return 2
    actions = {
        "say": lambda c: c.say(args.number, args.text, name=args.name, reply_to=args.reply_to,
                               forwarded=args.forwarded, referral=args.referral or None),
        "media": lambda c: c.send_media(
            args.number, args.kind, args.file.read_bytes() if args.file else None, mime_type=args.mime_type,
            caption=args.caption, filename=args.filename or (args.file.name if args.file else None)),
        "location": lambda c: c.send_location(args.number, args.latitude, args.longitude, name=args.name,
                                              address=args.address),
        "press": lambda c: c.press_button(args.number, args.text, payload=args.payload, reply_to=args.reply_to),
        "choose": lambda c: c.choose(args.number, args.id, args.title, list_row=args.list),
        "react": lambda c: c.react(args.number, args.message_id, args.emoji),
        "stop": lambda c: c.reply_stop(args.number),
        "resume": lambda c: c.set_marketing(args.number, "resume"),
        "not-on-whatsapp": lambda c: c.not_on_whatsapp(args.number),
        "advance": lambda c: c.advance(scenarios.parse_duration(args.duration)),
        "clock": lambda c: c.freeze_clock(True) if args.freeze else c.freeze_clock(False) if args.unfreeze
        else c.clock(),
        "hold": lambda c: c.hold_webhooks(),
        "release": lambda c: c.release_webhooks(),
        "set": lambda c: c.configure(**_settings(args.pairs)),
        "scenario": lambda c: _scenario(c, args),
        "verify-callback": lambda c: c.verify_callback(args.verify_token),
        "webhooks": lambda c: c.deliveries(),
        "outbound": lambda c: c.outbound(),
        "recipients": lambda c: c.recipients(),
    }
    try:
        with SimControl(args.sim) as control:
            result = actions[args.command](control)
    except (SimControlError, ConfigError, scenarios.ScenarioError, OSError) as exc:
        print(f"klaros-sim: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
