"""The release owner's update repository tool (tufup): create the keys once, publish each release.

    python packaging/updates/publish.py init --repo update-repo --keys KEYS_DIR
        creates the signing keys in KEYS_DIR (keep it offline: the root key never goes to CI) and the repository
        metadata in update-repo/metadata; copy update-repo/metadata/root.json to resources/update/root.json
        and commit it: that public file is what every installed Klaros trusts.
    python packaging/updates/publish.py add dist/klaros --version 1.2.0 --notes notes.txt --repo update-repo
        --keys KEYS_DIR
        archives the bundle, signs new targets/snapshot/timestamp metadata (root key not needed); upload
        update-repo/metadata and update-repo/targets to the update server (any static HTTPS host).
    python packaging/updates/publish.py refresh --repo update-repo --keys KEYS_DIR
        re-signs the timestamp (and snapshot/targets) before they expire; a scheduled job runs it.

docs/releasing.md says which key lives where and how to rotate them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

APP_NAME = "klaros"  # archives are named klaros-<platform>-<version>.tar.gz (updater.UpdateConfig.app_name)
# Days each role's signature is valid. The timestamp is short so that a server stuck on old metadata is noticed;
# the release job (and a weekly refresh) re-signs it.
EXPIRATION_DAYS = {"root": 365, "targets": 90, "snapshot": 30, "timestamp": 14}


def repository(repo: Path, keys: Path, platform: str | None = None):
    from tufup.repo import Repository

    name = f"{APP_NAME}-{platform}" if platform else APP_NAME
    return Repository(app_name=name, repo_dir=repo, keys_dir=keys, expiration_days=dict(EXPIRATION_DAYS))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("init", "add", "refresh"):
        command = sub.add_parser(name)
        command.add_argument("--repo", type=Path, required=True)
        command.add_argument("--keys", type=Path, required=True)
        if name == "add":
            command.add_argument("bundle", type=Path, help="dist/klaros (Windows, Linux) or dist/Klaros.app")
            command.add_argument("--platform", required=True, choices=["windows", "macos", "linux"])
            command.add_argument("--version", required=True)
            command.add_argument("--notes", type=Path, help="release notes for the shop owner (plain text)")
    args = parser.parse_args(argv)
    args.repo.mkdir(parents=True, exist_ok=True)
    os.chdir(args.repo.resolve().parent)  # tufup keeps its .tufup-repo-config in the working folder
    repo = repository(args.repo.resolve(), args.keys.resolve(), getattr(args, "platform", None))
    if args.command == "init":
        repo.initialize()
        print(f"update repository in {args.repo}; trusted root: {args.repo / 'metadata' / 'root.json'}")
        return 0
    repo._load_keys_and_roles(create_keys=False)  # tufup's own loader for an existing repository
    if args.command == "add":
        notes = args.notes.read_text(encoding="utf-8").strip() if args.notes else ""
        latest = repo.roles.get_latest_archive()
        # a patch needs the previous archive's file; a release job that only fetched the metadata publishes whole
        skip_patch = latest is None or not (repo.targets_dir / latest.path).is_file()
        repo.add_bundle(new_bundle_dir=args.bundle, new_version=args.version, custom_metadata={"notes": notes},
                        skip_patch=skip_patch)
    else:
        for role in ("targets", "snapshot", "timestamp"):
            repo.refresh_expiration_date(role)
    repo.publish_changes(private_key_dirs=[args.keys.resolve()])
    print(f"published {args.command} in {args.repo}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
