"""Media benchmark: thumbnails for 1,000 photos made off the UI thread, and the worst frame while scrolling a
chat full of photos (target: no frame over 50 ms).

    .venv/bin/python bench/media.py             # 1,000 photos
    .venv/bin/python bench/media.py --photos 200

1. A profile gets one conversation of ``--photos`` received photos (1600x1200 JPEGs drawn with Qt, kept as
   downloaded files, each under its own name).
2. Thumbnails: ``ui.media_view.MediaLibrary`` makes every thumbnail on its own thread pool while the UI thread
   runs a 10 ms timer; printed: photos per second, and the longest gap between two timer ticks against the
   same timer with nothing in the background (the UI thread stays free).
3. Scrolling: the chat opened in the main window with no thumbnail made yet, scrolled from the newest photo
   to the oldest a page at a time and back (each step: scroll, load a page at an end, paint), frame by frame
   (median / p95 / worst, target < 50 ms): cold (thumbnails made meanwhile) and warm (all cached); the
   baseline is a chat of as many plain texts scrolled the same way in the same run.

4. Memory (``--rss``): a chat of 10,000 messages where one in five is a phone-camera photo (3000x4000 JPEGs of
   about 3 MB, made once and kept in the temp folder), and the same chat with texts only; each opened in a
   fresh process of the app, scrolled to the oldest message and back to the newest; printed: peak RSS after
   the scroll, then peak and current RSS once the thumbnails asked for are made (target: peak < 200 MB).
   ``--rss --old-tree DIR`` measures another checkout's app (e.g. ``main``) in the same run; ``--visit N``
   then asks for the newest N photos a screenful at a time, each made before the next (a shop owner who looked
   at every photo), and prints peak and current RSS again; and the thumbnails kept on disk (files, size).

Not run by pytest. Prints the CPU model; figures from a shared machine vary, the ratios less.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
if os.environ.get("KLAROS_BENCH_TREE"):  # --rss --old-tree: the app of that checkout, the bench of this one
    sys.path.insert(0, os.environ["KLAROS_BENCH_TREE"])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build(profile_root: Path, photos: int) -> tuple[int, int]:
    """The photo chat, and a chat of as many plain texts (the same-run baseline); their conversation ids."""
    from klaros_desktop.db import open_database
    from klaros_desktop.demo import media_samples
    from klaros_desktop.demo.media_demo import _keep
    from klaros_desktop.demo.seed import _envelope
    from klaros_desktop.models import Conversation, Message, utcnow
    from klaros_desktop.paths import Profile
    from klaros_desktop.services.inbound.apply import WebhookApplier

    profile = Profile(profile_root).ensure()
    engine, sessions = open_database(profile)
    distinct = [media_samples.photo(1600, 1200, hue=i * 37, label=f"Foto {i + 1}") for i in range(20)]
    now = utcnow()
    with sessions.begin() as session:
        applier = WebhookApplier(session)
        for i in range(photos):
            msg = {"from": "4915112345678", "id": f"wamid.BENCH.{i}", "timestamp": str(int((now - timedelta(
                minutes=photos - i)).timestamp())), "type": "image",
                "image": {"id": f"bench-{i}", "mime_type": "image/jpeg", "caption": f"Foto {i + 1}" if i % 3 else ""}}
            applier.apply(_envelope({"contacts": [{"profile": {"name": "Bench"}, "wa_id": "4915112345678"}],
                                     "messages": [msg]}), correlation_id="bench")
        session.flush()
        for i, message in enumerate(session.query(Message).order_by(Message.id)):
            _keep(session, profile.media, message, distinct[i % len(distinct)], "image/jpeg", None, "in")
        conversation_id = session.query(Conversation.id).scalar()
        for i in range(photos):
            msg = {"from": "4915199999999", "id": f"wamid.BENCH.T.{i}", "timestamp": str(int((now - timedelta(
                minutes=photos - i)).timestamp())), "type": "text",
                "text": {"body": f"Nachricht {i + 1}: haben Sie morgen noch rote Rosen und weiße Tulpen?"}}
            applier.apply(_envelope({"contacts": [{"profile": {"name": "Text"}, "wa_id": "4915199999999"}],
                                     "messages": [msg]}), correlation_id="bench")
        session.flush()
        texts_id = session.query(Conversation.id).filter(Conversation.id != conversation_id).scalar()
    engine.dispose()
    return conversation_id, texts_id


def phone_photos(count: int = 6) -> list[Path]:
    """``count`` phone-camera photos (3000x4000 JPEG, about 3 MB: a drawn picture with sensor-like noise over
    it), made once into the temp folder and reused by later runs."""
    folder = Path(tempfile.gettempdir()) / "klaros-bench-phone-photos"
    paths = [folder / f"photo-{i}.jpg" for i in range(count)]
    if all(p.is_file() for p in paths):
        return paths
    from PySide6.QtGui import QImage, QPainter, QPixmap

    from klaros_desktop.demo import media_samples

    folder.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(paths):
        image = QImage.fromData(media_samples.photo(3000, 4000, hue=i * 53, label=f"IMG_{4711 + i}"))
        noise = QImage(os.urandom(256 * 256 * 4), 256, 256, QImage.Format.Format_RGB32).copy()
        painter = QPainter(image)
        painter.setOpacity(0.08)
        painter.drawTiledPixmap(image.rect(), QPixmap.fromImage(noise))
        painter.end()
        partial = path.with_suffix(".part.jpg")
        image.save(str(partial), "JPG", 88)
        partial.replace(path)
    return paths


def build_rss_chats(profile_root: Path, messages: int, every: int) -> tuple[int, int]:
    """Two chats of ``messages`` messages in one profile: one with a photo in every ``every``-th message (each
    its own downloaded file, hard links to the phone photos), one with texts only; their conversation ids."""
    import sqlite3

    from klaros_desktop.db import open_database
    from klaros_desktop.demo.seed import _envelope
    from klaros_desktop.models import utcnow
    from klaros_desktop.paths import Profile
    from klaros_desktop.services.inbound.apply import WebhookApplier

    photos = phone_photos()
    profile = Profile(profile_root).ensure()
    engine, sessions = open_database(profile)
    stamp = str(int(utcnow().timestamp()) - messages * 60)
    with sessions.begin() as session:
        applier = WebhookApplier(session)
        for wa_id, msg in (("4915112345678", {"type": "image", "image": {"id": "rss-0", "mime_type": "image/jpeg"}}),
                           ("4915112345678", {"type": "text", "text": {"body": "Haben Sie morgen noch Rosen?"}}),
                           ("4915199999999", {"type": "text", "text": {"body": "Haben Sie morgen noch Rosen?"}})):
            msg = {"from": wa_id, "id": f"wamid.RSS.{wa_id}.{msg['type']}", "timestamp": stamp, **msg}
            applier.apply(_envelope({"contacts": [{"profile": {"name": "Bench"}, "wa_id": wa_id}],
                                     "messages": [msg]}), correlation_id="bench")
    engine.dispose()
    con = sqlite3.connect(profile.database)
    con.row_factory = sqlite3.Row
    try:
        image, text, other = con.execute("SELECT * FROM messages ORDER BY id").fetchall()
        columns = list(image.keys())
        insert = f"INSERT INTO messages ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        next_id = other["id"] + 1
        media_id = (con.execute("SELECT coalesce(max(id), 0) FROM media_files").fetchone()[0]) + 1
        rows, files, states = [], [], []
        start = utcnow().replace(tzinfo=None) - timedelta(minutes=2 * messages)
        for chat, template_text in ((image["conversation_id"], text), (other["conversation_id"], other)):
            for i in range(messages):
                photo = chat == image["conversation_id"] and i % every == 0
                row = dict(image if photo else template_text)
                when = (start + timedelta(minutes=2 * i)).strftime("%Y-%m-%d %H:%M:%S.%f")
                row.update(id=next_id, wamid=f"wamid.RSS.{next_id}", timestamp=when, created_at=when,
                           status_at=when, text=f"Nachricht {i + 1}: haben Sie morgen noch rote Rosen und Tulpen?")
                if photo:
                    relative = f"bench/{media_id}.jpg"
                    target = profile.media / relative
                    target.parent.mkdir(parents=True, exist_ok=True)
                    source = photos[i % len(photos)]
                    try:
                        os.link(source, target)
                    except OSError:
                        shutil.copyfile(source, target)
                    files.append((media_id, f"rss-{media_id}", "image/jpeg", source.stat().st_size, relative, "in",
                                  when, when))
                    states.append((next_id, "ready", 1, "meta", when))
                    row.update(media_id=f"rss-{media_id}", media_file_id=media_id, text="")
                    media_id += 1
                rows.append(tuple(row[c] for c in columns))
                next_id += 1
        with con:
            con.execute("DELETE FROM messages WHERE id IN (?, ?, ?)", (image["id"], text["id"], other["id"]))
            con.executemany("INSERT INTO media_files (id, meta_media_id, mime_type, size, local_path, direction, "
                            "created_at, downloaded_at) VALUES (?,?,?,?,?,?,?,?)", files)
            con.executemany(insert, rows)
            con.executemany("INSERT INTO media_states (message_id, state, attempts, source, updated_at) "
                            "VALUES (?,?,?,?,?)", states)
            last = rows[-1][columns.index("timestamp")]
            con.execute("UPDATE conversations SET last_message_at = ?, last_inbound_at = ?", (last, last))
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return image["conversation_id"], other["conversation_id"]
    finally:
        con.close()


def rss_child(profile_root: Path, conversation_id: int) -> dict:
    """One app process: open the chat, scroll to the oldest message and back, then let the thumbnails finish."""
    from desktop_ui import _peak_rss_mb, scroll_to_end
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from klaros_desktop.app import open_backend
    from klaros_desktop.paths import Profile
    from klaros_desktop.ui import theme
    from klaros_desktop.ui.main_window import MainWindow

    theme.apply(app, theme.LIGHT)
    backend = open_backend(Profile(profile_root))
    window = MainWindow(backend)
    window.resize(1280, 800)
    window.show()
    for _ in range(20):
        app.processEvents()
    window.open_conversation(conversation_id)
    for _ in range(20):
        app.processEvents()
    thread, model = window.inbox.thread, window.inbox.messages
    started = time.perf_counter()
    steps = scroll_to_end(app, thread, model, -1) + scroll_to_end(app, thread, model, 1)
    result = {"steps": len(steps), "scroll_s": time.perf_counter() - started, "peak_scrolled": _peak_rss_mb()}
    library = window.inbox.media.library
    deadline = time.monotonic() + 120
    while not library.pool.waitForDone(50) and time.monotonic() < deadline:
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    result["peak_settled"] = _peak_rss_mb()
    result["rss_now"] = _current_rss_mb()
    result["thumbs_held"] = len(getattr(library, "_thumbs", ()))
    visit = int(os.environ.get("KLAROS_BENCH_VISIT", "0"))
    if visit:  # as if every photo had been looked at: all asked, a screenful at a time, each made before the next
        import sqlite3

        con = sqlite3.connect(profile_root / "klaros.sqlite3")
        files = con.execute(
            "SELECT f.id, f.local_path FROM messages m JOIN media_files f ON f.id = m.media_file_id "
            "WHERE m.conversation_id = ? ORDER BY m.id DESC LIMIT ?", (conversation_id, visit)).fetchall()
        con.close()
        for start in range(0, len(files), 6):
            for file_id, path in files[start:start + 6]:
                library.thumbnail(file_id, path)
            while not library.pool.waitForDone(20):
                app.processEvents()
            app.processEvents()
        result["visited"] = len(files)
        result["peak_visited"] = _peak_rss_mb()
        result["rss_visited"] = _current_rss_mb()
        result["thumbs_held_visited"] = len(getattr(library, "_thumbs", ()))
    result["app_from"] = str(Path(sys.modules["klaros_desktop"].__file__).parent.parent)
    window.close()
    for close in backend.closers:
        close()
    return result


def _current_rss_mb() -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:  # Linux; this benchmark only
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def rss_section(args) -> None:
    """Builds the two chats once into the temp folder (kept for the next run: the build takes minutes on a busy
    machine), then one app process per chat and checkout."""
    import json
    import subprocess

    from bench.machine import cpu_model

    print(f"CPU: {cpu_model()} ({os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; shared machine)")
    work = Path(tempfile.gettempdir()) / f"klaros-bench-rss-{args.messages}-{args.every}"
    built = work / "built.json"  # written last: an interrupted build is made again
    if built.is_file():
        photos_id, texts_id = json.loads(built.read_text(encoding="utf-8"))
        print(f"reusing the chats built before in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
        t = time.perf_counter()
        photos_id, texts_id = build_rss_chats(work / "profile", args.messages, args.every)
        built.write_text(json.dumps([photos_id, texts_id]), encoding="utf-8")
        print(f"built two chats of {args.messages:,} messages in {time.perf_counter() - t:.1f} s")
    sizes = [p.stat().st_size / 1e6 for p in phone_photos()]
    print(f"one in {args.every} of the photo chat's {args.messages:,} messages is a 3000x4000 JPEG of "
          f"{min(sizes):.1f}-{max(sizes):.1f} MB (each its own file)")
    trees = [("this checkout", REPO)] + ([("--old-tree", args.old_tree)] if args.old_tree else [])
    print(f"{'app':15} {'chat':7} {'peak after scroll':>18} {'peak settled':>13} {'RSS now':>8} "
          f"{'thumbs held':>11} {'scroll':>8}")
    for name, tree in trees:
        for chat, conversation_id in (("texts", texts_id), ("photos", photos_id)):
            if args.chat not in (chat, "both"):
                continue
            shutil.rmtree(work / "profile" / "media" / "thumbs", ignore_errors=True)  # every run makes them
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KLAROS_BENCH_TREE=str(tree),
                       KLAROS_BENCH_VISIT=str(args.visit if chat == "photos" else 0))
            out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--rss-child",
                                  str(work / "profile"), str(conversation_id)], env=env, capture_output=True,
                                 text=True, encoding="utf-8", check=False)
            if out.returncode != 0:
                raise RuntimeError(out.stderr[-4000:])
            r = json.loads(out.stdout.strip().splitlines()[-1])
            assert Path(r["app_from"]).resolve() == Path(tree).resolve(), r["app_from"]
            verdict = "ok" if r["peak_settled"] < 200 else "MISSED"
            print(f"{name:15} {chat:7} {r['peak_scrolled']:>15.0f} MB {r['peak_settled']:>10.0f} MB "
                  f"{r['rss_now']:>5.0f} MB {r['thumbs_held']:>11} {r['scroll_s']:>6.0f} s"
                  f"{'  (target < 200 MB: ' + verdict + ')' if chat == 'photos' else ''}", flush=True)
            if "visited" in r:
                print(f"{name:15} {chat:7} then the newest {r['visited']} photos looked at: peak "
                      f"{r['peak_visited']:.0f} MB, RSS now {r['rss_visited']:.0f} MB, "
                      f"{r['thumbs_held_visited']} thumbnails held", flush=True)
            kept = [p for p in (work / "profile" / "media" / "thumbs").glob("*") if p.is_file()]
            if chat == "photos" and kept:
                size = sum(p.stat().st_size for p in kept)
                print(f"{name:15} {chat:7} thumbnails on disk: {len(kept)} files, {size / 1e6:.1f} MB, "
                      f"{size / len(kept) / 1e3:.0f} kB each", flush=True)
    print(f"load average at the end {os.getloadavg()[0]:.2f}")


def tick_gaps(app, seconds: float | None, until=None) -> list[float]:
    """Gaps (ms) between the ticks of a 10 ms timer on the UI thread, for ``seconds`` or until ``until()``."""
    from PySide6.QtCore import QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    end = time.monotonic() + (seconds or 3600)
    while time.monotonic() < end and not (until and until()):
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return gaps


def frames(app, thread, model) -> list[float]:
    from desktop_ui import scroll_to_end

    thread.scroll_to_newest()
    app.processEvents()
    return scroll_to_end(app, thread, model, -1) + scroll_to_end(app, thread, model, 1)


def describe(steps: list[float]) -> str:
    ordered = sorted(steps)
    p95 = ordered[int(len(ordered) * 0.95) - 1] if len(ordered) > 1 else ordered[0]
    return (f"{len(steps)} frames: median {statistics.median(steps):.1f} ms, p95 {p95:.1f} ms, worst "
            f"{max(steps):.1f} ms (target < 50 ms: {'ok' if max(steps) < 50 else 'MISSED'})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=1000)
    parser.add_argument("--rss", action="store_true", help="only the memory part (4.)")
    parser.add_argument("--messages", type=int, default=10_000, help="--rss: messages per chat")
    parser.add_argument("--every", type=int, default=5, help="--rss: one photo in this many messages")
    parser.add_argument("--old-tree", type=Path, help="--rss: also measure the app of this checkout")
    parser.add_argument("--visit", type=int, default=0, help="--rss: then look at this many photos, newest first")
    parser.add_argument("--chat", choices=("photos", "texts", "both"), default="both", help="--rss: which chats")
    parser.add_argument("--rss-child", nargs=2, metavar=("PROFILE", "CONVERSATION"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rss_child:
        import json

        print(json.dumps(rss_child(Path(args.rss_child[0]), int(args.rss_child[1]))))
        return 0
    if args.rss:
        from PySide6.QtGui import QGuiApplication

        _app = QGuiApplication([sys.argv[0]])
        rss_section(args)
        return 0

    from PySide6.QtWidgets import QApplication

    from bench.machine import cpu_model

    app = QApplication([sys.argv[0]])
    print(f"CPU: {cpu_model()} ({os.cpu_count()} cores; the machine was shared with other work)")
    work = Path(tempfile.mkdtemp(prefix="klaros-bench-media-"))
    try:
        t = time.perf_counter()
        conversation_id, texts_id = build(work / "profile", args.photos)
        print(f"built {args.photos} photos in {time.perf_counter() - t:.1f} s")

        from sqlalchemy import select

        from klaros_desktop.app import open_backend
        from klaros_desktop.models import MediaFile
        from klaros_desktop.paths import Profile
        from klaros_desktop.ui import theme
        from klaros_desktop.ui.main_window import MainWindow
        from klaros_desktop.ui.media_view import MediaLibrary

        theme.apply(app, theme.LIGHT)
        profile = Profile(work / "profile")
        backend = open_backend(profile)
        with backend.sessions() as s:
            files = [(m.id, m.local_path) for m in s.scalars(select(MediaFile))]

        idle = tick_gaps(app, 2.0)
        library = MediaLibrary(profile.media)
        library.max_queued = len(files)  # all of them, not only what a screen shows
        done: set[int] = set()
        library.updated.connect(done.add)  # one per thumbnail made (the memory cache keeps only the recent ones)
        t = time.perf_counter()
        for file_id, path in files:
            library.thumbnail(file_id, path)
        busy = tick_gaps(app, None, until=lambda: len(done) >= len(files))
        took = time.perf_counter() - t
        print(f"thumbnails: {len(files)} in {took:.1f} s ({len(files) / took:.0f} per second, one worker thread); "
              f"UI thread meanwhile: longest gap between 10 ms ticks {max(busy):.1f} ms against {max(idle):.1f} ms "
              f"idle (ratio {max(busy) / max(idle):.2f})")
        shutil.rmtree(profile.media / "thumbs")

        window = MainWindow(backend)
        window.resize(1280, 800)
        window.show()
        for _ in range(20):
            app.processEvents()
        thread, model = window.inbox.thread, window.inbox.messages
        window.open_conversation(texts_id)
        for _ in range(20):
            app.processEvents()
        texts = frames(app, thread, model)
        print(f"baseline, scrolling {args.photos} texts: {describe(texts)}")
        window.open_conversation(conversation_id)
        for _ in range(20):
            app.processEvents()
        cold = frames(app, thread, model)
        print(f"scrolling {args.photos} photos, thumbnails not made yet: {describe(cold)}; worst / baseline's "
              f"worst {max(cold) / max(texts):.2f}")
        window.inbox.media.library.wait()
        app.processEvents()
        warm = frames(app, thread, model)
        print(f"scrolling again, thumbnails cached: {describe(warm)}; worst / baseline's worst "
              f"{max(warm) / max(texts):.2f}")
        window.close()
        for close in backend.closers:
            close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
