"""Install a Klaros .deb into an empty folder, run its ``self-test``, uninstall it, and check nothing is left.

``python packaging/linux/smoke_test_deb.py dist/klaros_0.1.0_amd64.deb``. "Install" is ``dpkg-deb -x`` into a
temporary root (what ``dpkg -i`` unpacks, without touching the machine); the program is started through the
package's ``/usr/bin/klaros`` link with a scratch profile; "uninstall" deletes exactly the files the package
lists, so the check that the root is empty afterwards proves the program wrote nothing into its own folders.
Exit 0 when all passes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SELF_TEST_ENV = {
    "QT_QPA_PLATFORM": "offscreen",
    "PYTHON_KEYRING_BACKEND": "klaros_desktop.secrets.plaintext_keyring.PlaintextKeyring",
    "KLAROS_ALLOW_INSECURE_KEYRING": "1",
}


def package_files(deb: Path) -> list[str]:
    """The paths the package installs (files and links), relative to /."""
    listing = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True).stdout
    import io
    import tarfile

    with tarfile.open(fileobj=io.BytesIO(listing)) as tar:
        return [m.name.lstrip("./") for m in tar.getmembers() if not m.isdir()]


def smoke(deb: Path, command: list[str] | None = None) -> list[str]:
    """The problems found (empty when the package is good)."""
    problems = []
    fields = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Version", "Architecture"],
                            capture_output=True, text=True, check=True).stdout
    print(fields.strip())
    files = package_files(deb)
    stray = [f for f in files if not f.startswith(("opt/klaros/", "usr/bin/", "usr/share/"))]
    if stray:
        problems.append(f"files outside /opt/klaros and /usr: {stray[:5]}")
    with tempfile.TemporaryDirectory(prefix="klaros-install-") as work:
        root, profile = Path(work) / "root", Path(work) / "profile"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        before = sorted(str(p.relative_to(root)) for p in root.rglob("*"))
        exe = root / "usr" / "bin" / "klaros"
        run = command or [str(exe), "--data-dir", str(profile), "self-test"]
        env = {**os.environ, **SELF_TEST_ENV}
        done = subprocess.run(run, capture_output=True, text=True, env=env, timeout=600)
        print(done.stdout.strip())
        if done.returncode != 0:
            problems.append(f"self-test failed (exit {done.returncode}): {done.stderr.strip()[-500:]}")
        after = sorted(str(p.relative_to(root)) for p in root.rglob("*"))
        if after != before:
            problems.append(f"the program wrote into its installed folders: {sorted(set(after) - set(before))[:5]}")
        for name in files:  # uninstall: what dpkg -r removes
            (root / name).unlink()
        left = [p for p in root.rglob("*") if not p.is_dir()]
        if left:
            problems.append(f"files left after uninstalling: {[str(p.relative_to(root)) for p in left][:5]}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deb", type=Path)
    args = parser.parse_args(argv)
    problems = smoke(args.deb.resolve())
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    print("package smoke test passed" if not problems else "package smoke test FAILED")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
