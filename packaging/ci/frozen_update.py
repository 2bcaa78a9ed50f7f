"""Update a real frozen bundle end to end, as an installed Klaros would be updated (CI, after PyInstaller).

``python packaging/ci/frozen_update.py dist/ci/klaros``

1. Publishes the bundle as the next version (with a marker file) in a TUF repository signed with throw-away
   keys, served over HTTP on loopback.
2. Installs the bundle as the current version in a scratch "Programs" folder.
3. ``updater.check`` and ``updater.download`` (the code the app runs) find, fetch, verify and stage it.
4. The *staged frozen program* runs ``update-apply``: it moves the installed folder aside, copies itself in, runs
   its own frozen ``self-test`` and keeps the result.
5. Then a broken next version (its database migrations missing, so its self-test fails) is published, fetched
   and applied the same way, and must be rolled back to the working one.

Exit 0 when both went as they should. The loopback tests (``tests/desktop/packaging/test_updates.py``) prove the
same with stand-in program folders; this proves it with PyInstaller's real folder layout and frozen self-test.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from klaros_desktop import __version__, updater  # noqa: E402

APP = "klaros-linux"
MARKER = Path("_internal") / "ci-update-marker.txt"
ENV = {
    "QT_QPA_PLATFORM": "offscreen",
    "PYTHON_KEYRING_BACKEND": "klaros_desktop.secrets.plaintext_keyring.PlaintextKeyring",
    "KLAROS_ALLOW_INSECURE_KEYRING": "1",
}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def fast_archives() -> None:
    """tufup writes archives at gzip's slowest level (what a release wants); CI only needs them valid."""
    import tarfile

    import tufup.repo

    class _Tarfile:
        def __getattr__(self, name):
            return getattr(tarfile, name)

        @staticmethod
        def open(*args, **kwargs):
            if kwargs.get("mode", args[1] if len(args) > 1 else "") == "w:gz":
                kwargs.setdefault("compresslevel", 1)
            return tarfile.open(*args, **kwargs)

    tufup.repo.tarfile = _Tarfile()


def publish(repo, bundle: Path, work: Path, version: str, *, broken: bool = False) -> None:
    """The bundle as ``version``: a copy with a marker file, and without its migrations when ``broken``."""
    build = work / f"build-{version}"
    shutil.copytree(bundle, build, symlinks=True)
    (build / MARKER).write_text(version, encoding="utf-8")
    if broken:
        shutil.rmtree(build / "_internal" / "klaros_desktop" / "migrations")
    started = time.monotonic()
    repo.add_bundle(build, new_version=version, skip_patch=True, custom_metadata={"notes": f"CI build {version}"})
    repo.publish_changes(private_key_dirs=[work / "keys"])
    shutil.rmtree(build)
    print(f"published {version}{' (broken)' if broken else ''} in {time.monotonic() - started:.1f} s")


def update_once(config: updater.UpdateConfig, work: Path) -> tuple[int, str]:
    """Check, download, stage, then let the staged frozen program apply itself; its exit code and output."""
    release, client = updater.check(config)
    if release is None:
        raise SystemExit(f"no release above {config.current_version} was found")
    started = time.monotonic()
    staged = updater.download(config, client, release)
    print(f"downloaded, verified and staged {release.version} in {time.monotonic() - started:.1f} s")
    ended = subprocess.Popen([sys.executable, "-c", "pass"])  # the old app, already quit
    ended.wait()
    done = subprocess.run(
        [str(staged.folder / config.exe_name), "--data-dir", str(work / "profile"), "update-apply",
         "--install-dir", str(config.install_dir), "--cache-dir", str(config.cache_dir),
         "--previous-version", config.current_version, "--wait-pid", str(ended.pid),
         "--staged-dir", str(staged.folder), "--exe-name", config.exe_name],
        capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=600, env={**os.environ, **ENV})
    print(f"update-apply {release.version}: exit {done.returncode}: {done.stdout.strip()}")
    if done.stderr.strip():
        print(done.stderr.strip()[-2000:], file=sys.stderr)
    return done.returncode, release.version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the PyInstaller folder (dist/ci/klaros)")
    args = parser.parse_args(argv)
    args.bundle = args.bundle.resolve()
    from packaging.version import Version
    from tufup.repo import Repository

    fast_archives()
    current = Version(__version__)
    good, bad = f"{current.base_version}.post1", f"{current.base_version}.post2"
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="klaros-frozen-update-") as scratch:
        work = Path(scratch)
        previous_cwd = Path.cwd()
        os.chdir(work)  # tufup keeps its repository config in the working folder
        try:
            repo = Repository(app_name=APP, repo_dir=work / "repo", keys_dir=work / "keys")
            repo.initialize()
            publish(repo, args.bundle, work, good)
            httpd, url = serve(work / "repo")
            install = work / "Programs" / "Klaros"
            shutil.copytree(args.bundle, install, symlinks=True)
            config = updater.UpdateConfig(url=url, trusted_root=work / "repo" / "metadata" / "root.json",
                                          install_dir=install, cache_dir=work / "cache", current_version=__version__,
                                          app_name=APP, exe_name="klaros")

            code, _version = update_once(config, work)
            result = updater.take_last_result(config.cache_dir)
            if code != 0 or not (install / MARKER).is_file() or (install / MARKER).read_text("utf-8") != good:
                problems.append(f"{good} was not installed (exit {code})")
            if result is None or not result.ok or result.version != good:
                problems.append(f"the recorded result for {good} is wrong: {result}")
            if install.with_name("Klaros.previous").exists():
                problems.append("the previous program folder was left behind")

            publish(repo, args.bundle, work, bad, broken=True)
            newer = updater.UpdateConfig(**{**config.__dict__, "current_version": good})
            code, _version = update_once(newer, work)
            result = updater.take_last_result(config.cache_dir)
            if code == 0:
                problems.append(f"the broken {bad} was kept")
            if (install / MARKER).read_text("utf-8") != good or not (install / "_internal" / "klaros_desktop"
                                                                       / "migrations").is_dir():
                problems.append(f"{good} was not put back after {bad} failed its self-test")
            if result is None or result.ok or result.version != good or result.tried != bad:
                problems.append(f"the recorded result for {bad} is wrong: {result}")
            self_test = subprocess.run([str(install / "klaros"), "--data-dir", str(work / "after"), "self-test"],
                                       capture_output=True, text=True, encoding="utf-8", errors="replace",
                                       timeout=300, env={**os.environ, **ENV})
            if self_test.returncode != 0:
                problems.append(f"the rolled-back installation fails its self-test: {self_test.stdout[-500:]}")
            httpd.shutdown()
        finally:
            os.chdir(previous_cwd)
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    if not problems:
        print(f"frozen update {__version__} -> {good} applied; broken {bad} rolled back to {good}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
