"""Scenario files: a day of a shop's WhatsApp traffic, replayed against a running simulator.

A scenario is JSON or YAML::

    name: Ein Tag in der Bäckerei
    settings: {delivery_delay: 0.5, read_delay: 3}     # optional, as for `klaros-sim set`
    steps:
      - say: {from: "+4915112345678", name: "Anna Becker", body: "Haben Sie heute Dinkelbrot?"}
      - wait: 2                                         # real seconds (divided by --speed)
      - media: {from: "+4915112345678", kind: image, caption: "So eins"}
      - location: {from: "+4917012345678", latitude: 52.52, longitude: 13.40, name: "Zuhause"}
      - press: {from: "+4915112345678", text: "Interessiert", reply_to: "wamid..."}
      - choose: {from: "+4915112345678", id: "pickup", title: "Abholen"}
      - react: {from: "+4915112345678", message_id: "wamid...", emoji: "👍"}
      - message: {from: "+4915112345678", type: contacts}  # any inbound type, fields as SimControl.message
      - batch: [{from: "+4915112345678", body: "eins"}, {from: "+4917012345678", body: "zwei"}]
      - stop: "+4916012345678"                          # STOP text plus the marketing opt-out
      - not_on_whatsapp: "+4915900000000"
      - advance: "25h"                                  # simulated clock: 90s, 30m, 25h, 2d or seconds
      - configure: {failure_rate: 0.1}

Unknown step kinds are refused before anything is sent, so a typo never half-plays a scenario.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from klaros_sim.control import SimControl

BUNDLED = Path(__file__).with_name("scenarios")


class ScenarioError(ValueError):
    """The scenario file cannot be played; the message says which step and why."""


def parse_duration(value: str | float | int) -> float:
    """``90``, ``"90s"``, ``"30m"``, ``"25h"``, ``"2d"`` -> seconds."""
    if isinstance(value, int | float):
        return float(value)
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", str(value))
    if not match:
        raise ScenarioError(f"not a duration: {value!r} (use e.g. 90s, 30m, 25h, 2d)")
    return float(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]


def load(path: Path) -> dict[str, Any]:
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(text) if Path(path).suffix.lower() == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise ScenarioError(f"{path}: not valid JSON/YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
        raise ScenarioError(f"{path}: a scenario is a mapping with a 'steps' list")
    for index, step in enumerate(data["steps"], 1):
        if not isinstance(step, dict) or len(step) != 1 or next(iter(step)) not in STEPS:
            raise ScenarioError(f"{path}: step {index} must be one of {', '.join(sorted(STEPS))}, got {step!r}")
    return data


def _customer(fn: Callable[..., Any], *keys: str) -> Callable[[SimControl, Any], Any]:
    def run(control: SimControl, args: Any) -> Any:
        args = dict(args)
        number = args.pop("from")
        positional = [args.pop(k) for k in keys]
        return fn(control, number, *positional, **args)

    return run


STEPS: dict[str, Callable[[SimControl, Any], Any]] = {
    "say": _customer(SimControl.say, "body"),
    "media": _customer(SimControl.send_media, "kind"),
    "location": _customer(SimControl.send_location, "latitude", "longitude"),
    "press": _customer(SimControl.press_button, "text"),
    "choose": lambda c, a: c.choose(a["from"], a["id"], a["title"], list_row=bool(a.get("list")),
                                    reply_to=a.get("reply_to"), description=a.get("description")),
    "react": lambda c, a: c.react(a["from"], a["message_id"], a.get("emoji")),
    "message": lambda c, a: c.message(**{**{k: v for k, v in a.items() if k != "from"}, "number": a["from"]}),
    "batch": lambda c, a: c.batch([{"type": "text", **m} for m in a]),
    "stop": lambda c, a: c.reply_stop(str(a)),
    "resume": lambda c, a: c.set_marketing(str(a), "resume"),
    "not_on_whatsapp": lambda c, a: c.not_on_whatsapp(str(a)),
    "advance": lambda c, a: c.advance(parse_duration(a)),
    "configure": lambda c, a: c.configure(**a),
    "wait": lambda c, a: None,  # handled by play() so --speed applies
}


def play(control: SimControl, scenario: dict[str, Any], *, speed: float = 1.0,
         echo: Callable[[str], None] | None = None) -> list[Any]:
    """Run every step in order; returns each step's result (e.g. the inbound message with its wamid)."""
    if scenario.get("settings"):
        control.configure(**scenario["settings"])
    results = []
    for index, step in enumerate(scenario["steps"], 1):
        kind, args = next(iter(step.items()))
        if kind == "wait":
            time.sleep(parse_duration(args) / max(speed, 1e-9))
            results.append(None)
            continue
        try:
            results.append(STEPS[kind](control, args))
        except (KeyError, TypeError) as exc:
            raise ScenarioError(f"step {index} ({kind}): missing or wrong field: {exc}") from exc
        if echo:
            echo(f"step {index}: {kind} ok")
    return results
