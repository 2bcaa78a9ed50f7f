"""In-app updates end to end on loopback, with a TUF repository this test creates and signs with a dev key.

What is proven: version N (a stand-in program folder whose ``klaros`` answers ``self-test`` like the real one)
finds N+1 on a local update server over HTTP, downloads it with progress, verifies it against the signed
metadata, and ``klaros update-apply`` installs it in N's folder, runs N+1's self-test and keeps it; a failing
self-test puts N back; a tampered archive and expired metadata are refused with the sentences the shop owner
sees. The stand-in folders replace two PyInstaller builds (minutes each); the frozen bundle's own self-test runs
in CI (.ci/run).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from klaros_desktop import updater
from klaros_desktop.commands import CommandContext, update_apply

tufup_repo = pytest.importorskip("tufup.repo")

NOTES = "Bulk messages can be paused. Contacts import faster."


def _standin(folder: Path, version: str, *, self_test_passes: bool = True) -> Path:
    """A program folder like PyInstaller's: ``klaros`` (a Python script here) and ``_internal/``."""
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "version.txt").write_text(version, encoding="utf-8")
    exe = folder / "klaros"
    code = 0 if self_test_passes else 1
    last = "self-test passed" if self_test_passes else "self-test FAILED (1 of 5 checks)"
    exe.write_text(
        f"#!{sys.executable}\n"
        "import sys\n"
        "if 'self-test' in sys.argv:\n"
        f"    print('ok   database: version {version}')\n"
        f"    print({last!r})\n"
        f"    sys.exit({code})\n"
        f"print('klaros {version}')\n",
        encoding="utf-8")
    exe.chmod(0o755)
    return folder


def _run(exe: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=60)


class Server:
    """The update server: a folder served over HTTP on 127.0.0.1, one thread."""

    def __init__(self, root: Path):
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture
def published(tmp_path, monkeypatch):
    """A TUF repository with versions 1.0.0 and 1.1.0 (1.1.0 passes or fails its self-test as asked)."""
    monkeypatch.chdir(tmp_path)  # tufup writes its repository config to the working folder

    def make(new_self_test_passes: bool = True):
        repo = tufup_repo.Repository(app_name="klaros", repo_dir=tmp_path / "repo", keys_dir=tmp_path / "keys")
        repo.initialize()
        old = _standin(tmp_path / "build-1.0.0", "1.0.0")
        new = _standin(tmp_path / "build-1.1.0", "1.1.0", self_test_passes=new_self_test_passes)
        repo.add_bundle(old, new_version="1.0.0")
        repo.publish_changes(private_key_dirs=[tmp_path / "keys"])
        repo.add_bundle(new, new_version="1.1.0", custom_metadata={"notes": NOTES})
        repo.publish_changes(private_key_dirs=[tmp_path / "keys"])
        server = Server(tmp_path / "repo")
        install = tmp_path / "Programs" / "Klaros"
        shutil.copytree(old, install)
        config = updater.UpdateConfig(
            url=server.url, trusted_root=tmp_path / "repo" / "metadata" / "root.json", install_dir=install,
            cache_dir=tmp_path / "cache", current_version="1.0.0", app_name="klaros", exe_name="klaros")
        servers.append(server)
        return repo, config

    servers: list[Server] = []
    yield make
    for server in servers:
        server.close()


def _apply_with_the_command(config: updater.UpdateConfig, staged: updater.Staged, profile) -> int:
    """What the staged program runs after the old one quit (``--wait-pid`` of a process that has ended)."""
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    args = argparse.Namespace(install_dir=config.install_dir, cache_dir=config.cache_dir, previous_version="1.0.0",
                              wait_pid=ended.pid, staged_dir=staged.folder, exe_name="klaros", restart=False)
    return update_apply.run(args, CommandContext(profile=profile))


@pytest.mark.skipif(os.name == "nt", reason="the stand-in program is a script with a #! line")
def test_version_n_updates_itself_to_n_plus_1(published, profile):
    _repo, config = published()
    assert _run(config.install_dir / "klaros").stdout.strip() == "klaros 1.0.0"

    release, client = updater.check(config)
    assert release is not None and release.version == "1.1.0" and release.notes == NOTES
    seen: list[tuple[int, int]] = []
    staged = updater.download(config, client, release, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] == release.size
    assert (staged.folder / "klaros").is_file()

    assert _apply_with_the_command(config, staged, profile) == 0
    assert _run(config.install_dir / "klaros").stdout.strip() == "klaros 1.1.0"
    assert not config.install_dir.with_name("Klaros.previous").exists()
    result = updater.take_last_result(config.cache_dir)
    assert result is not None and result.ok and result.version == "1.1.0"
    assert updater.take_last_result(config.cache_dir) is None  # reported once

    # N+1 is the newest: nothing more to fetch
    newer = updater.UpdateConfig(**{**config.__dict__, "current_version": "1.1.0"})
    assert updater.check(newer)[0] is None


@pytest.mark.skipif(os.name == "nt", reason="the stand-in program is a script with a #! line")
def test_a_new_version_that_fails_its_self_test_is_rolled_back(published, profile):
    _repo, config = published(new_self_test_passes=False)
    release, client = updater.check(config)
    staged = updater.download(config, client, release)
    assert _apply_with_the_command(config, staged, profile) == 1
    assert _run(config.install_dir / "klaros").stdout.strip() == "klaros 1.0.0"
    result = updater.take_last_result(config.cache_dir)
    assert not result.ok and result.version == "1.0.0" and result.tried == "1.1.0"
    assert "FAILED" in result.detail


def test_a_tampered_archive_is_refused(published):
    _repo, config = published()
    archive = Path.cwd() / "repo" / "targets" / "klaros-1.1.0.tar.gz"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, one byte changed: only the signed hash can tell
    archive.write_bytes(bytes(data))
    release, client = updater.check(config)
    with pytest.raises(updater.UpdateError) as refused:
        updater.download(config, client, release)
    assert str(refused.value) == updater.TAMPERED
    assert "thrown away" in str(refused.value)
    assert not (config.staged_root / "1.1.0").exists()


def test_expired_metadata_is_refused(published):
    repo, config = published()
    repo.refresh_expiration_date("timestamp", days=-1)
    repo.publish_changes(private_key_dirs=[Path.cwd() / "keys"])
    with pytest.raises(updater.UpdateError) as refused:
        updater.check(config)
    assert str(refused.value) == updater.EXPIRED
    assert "expired" in str(refused.value)


def test_metadata_signed_by_another_key_is_refused(published, tmp_path):
    _repo, config = published()
    other = tufup_repo.Repository(app_name="klaros", repo_dir=tmp_path / "other", keys_dir=tmp_path / "other-keys")
    other.initialize()
    foreign = updater.UpdateConfig(**{**config.__dict__, "trusted_root": tmp_path / "other" / "metadata" / "root.json",
                                      "cache_dir": tmp_path / "cache-foreign"})
    with pytest.raises(updater.UpdateError) as refused:
        updater.check(foreign)
    assert str(refused.value) == updater.UNTRUSTED


def test_an_unreachable_server_says_so(tmp_path, published):
    _repo, config = published()
    gone = updater.UpdateConfig(**{**config.__dict__, "url": "http://127.0.0.1:9", "cache_dir": tmp_path / "c2"})
    with pytest.raises(updater.UpdateError) as refused:
        updater.check(gone)
    assert str(refused.value) == updater.UNREACHABLE


def test_updates_are_off_in_a_source_checkout_and_without_a_shipped_root(tmp_path, monkeypatch):
    assert updater.configured() is None  # not frozen
    monkeypatch.setenv(updater.UPDATE_URL_ENV, "http://127.0.0.1:1")
    assert updater.configured(bundle_root=tmp_path) is None  # no resources/update/root.json
    (tmp_path / "resources" / "update").mkdir(parents=True)
    (tmp_path / "resources" / "update" / "root.json").write_text(json.dumps({}), encoding="utf-8")
    config = updater.configured(bundle_root=tmp_path, cache_dir=tmp_path / "cache")
    assert config is not None and config.url == "http://127.0.0.1:1"


def test_the_release_owners_tool_publishes_what_the_app_accepts(tmp_path, monkeypatch):
    """packaging/updates/publish.py: init (keys + root), add a release with notes, refresh expiry."""
    monkeypatch.chdir(tmp_path)
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "packaging" / "updates"))
    try:
        import publish
    finally:
        sys.path.pop(0)
    repo, keys = tmp_path / "update-repo", tmp_path / "offline-keys"
    assert publish.main(["init", "--repo", str(repo), "--keys", str(keys)]) == 0
    (tmp_path / "notes.txt").write_text(NOTES, encoding="utf-8")
    bundle = _standin(tmp_path / "build", "2.0.0")
    assert publish.main(["add", str(bundle), "--platform", "linux", "--version", "2.0.0",
                         "--notes", str(tmp_path / "notes.txt"), "--repo", str(repo), "--keys", str(keys)]) == 0
    assert publish.main(["refresh", "--repo", str(repo), "--keys", str(keys)]) == 0
    server = Server(repo)
    try:
        config = updater.UpdateConfig(url=server.url, trusted_root=repo / "metadata" / "root.json",
                                      install_dir=tmp_path / "install", cache_dir=tmp_path / "cache",
                                      current_version="1.0.0", app_name="klaros-linux", exe_name="klaros")
        release, _client = updater.check(config)
    finally:
        server.close()
    assert release.version == "2.0.0" and release.notes == NOTES


def test_the_apply_command_line_is_one_update_apply_understands(tmp_path, monkeypatch):
    from klaros_desktop import cli

    started = []
    monkeypatch.setattr(subprocess, "Popen", lambda command, **kwargs: started.append(command))
    config = updater.UpdateConfig(url="http://127.0.0.1:1", trusted_root=tmp_path / "root.json",
                                  install_dir=tmp_path / "Klaros.app", cache_dir=tmp_path / "cache",
                                  current_version="1.0.0", exe_name="Contents/MacOS/klaros")
    staged = updater.Staged(version="1.1.0", folder=tmp_path / "cache" / "staged" / "1.1.0", notes="")
    updater.launch_apply(config, staged)
    (command,) = started
    assert command[0] == str(staged.folder / "Contents" / "MacOS" / "klaros")
    args = cli.build_parser().parse_args(command[1:])
    assert args.handler is update_apply.run
    assert (args.install_dir, args.staged_dir, args.exe_name, args.previous_version, args.wait_pid) == (
        config.install_dir, staged.folder, "Contents/MacOS/klaros", "1.0.0", os.getpid())


def test_a_program_folder_in_use_is_left_as_it_was(tmp_path, monkeypatch):
    install = _standin(tmp_path / "Klaros", "1.0.0")
    staged = _standin(tmp_path / "staged", "1.1.0")
    (staged / ".klaros-release.json").write_text(json.dumps({"version": "1.1.0", "notes": ""}), encoding="utf-8")

    def locked(self, target):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(Path, "rename", locked)
    result = updater.apply(staged, install, "klaros", "1.0.0")
    assert not result.ok and result.version == "1.0.0" and "in use" in result.detail
    assert (install / "_internal" / "version.txt").read_text(encoding="utf-8") == "1.0.0"


def test_the_self_test_can_leave_out_the_keyring(tmp_path, capsys):
    from klaros_desktop import cli

    assert cli.main(["--data-dir", str(tmp_path / "shop"), "self-test", "--skip", "keyring"]) == 0
    out = capsys.readouterr().out
    assert "ok   database" in out and "keyring" not in out and "ok   updates" in out


@pytest.mark.skipif(os.name == "nt", reason="the stand-in program is a script with a #! line")
def test_what_an_update_left_in_the_cache_is_cleaned_up_by_the_next_start(published, profile):
    """The downloaded archive, the unpacked copy and a half-finished unpacking of an interrupted download are
    removed once the version they brought is installed; the installed version's own archive is kept (tufup
    applies the next patch to it)."""
    _repo, config = published()
    release, client = updater.check(config)
    staged = updater.download(config, client, release)
    assert _apply_with_the_command(config, staged, profile) == 0
    (config.targets_dir / "klaros-0.9.0.tar.gz").write_bytes(b"an archive of a version long gone")
    (config.targets_dir / "klaros-1.0.0.patch").write_bytes(b"a patch already applied")
    interrupted = config.cache_dir / "klaros-update-interrupted"
    (interrupted / "_internal").mkdir(parents=True)
    before = sorted(p.name for p in config.targets_dir.iterdir())
    assert "klaros-1.1.0.tar.gz" in before and staged.folder.is_dir()

    newer = updater.UpdateConfig(**{**config.__dict__, "current_version": "1.1.0"})
    assert updater.check(newer)[0] is None

    assert sorted(p.name for p in newer.targets_dir.iterdir()) == ["klaros-1.1.0.tar.gz"]
    assert not staged.folder.exists() and not interrupted.exists()
    assert list(newer.staged_root.iterdir()) == []


@pytest.mark.skipif(os.name == "nt", reason="the stand-in program is a script with a #! line")
def test_a_staged_version_not_yet_installed_is_kept(published):
    _repo, config = published()
    release, client = updater.check(config)
    staged = updater.download(config, client, release)
    updater.check(config)  # the app started again before the update was applied
    assert (staged.folder / "klaros").is_file()
    assert (config.targets_dir / "klaros-1.1.0.tar.gz").is_file()
