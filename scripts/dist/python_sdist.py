"""Trims maturin's sdist of the payintent Python package to the crates the wheel needs.

maturin copies every path dependency reachable in cargo's resolve graph into the
sdist, dev-dependencies included, so the core's test-only dependency on the
sandbox crate (and the core's tests that use it) ride along. This rewrites the
archive in place without them:

- drops sandbox/ and core/tests/ (and any other workspace member not needed),
- removes the dropped members from the workspace's `members`,
- removes the [dev-dependencies] tables of the kept crates (tests only),
- prunes Cargo.lock to the remaining graph (`cargo metadata --offline`), so the
  wheel builds with `--locked` from the sdist alone.

    python3 scripts/dist/python_sdist.py dist/python/payintent-X.tar.gz

It then checks what it promises: no file of a dropped crate is left and no
manifest names it.
"""
import gzip
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from pathlib import Path

NEEDED = ("core", "bindings/python")  # the workspace members the Python wheel is built from
DROP_DIRS = ("sandbox", "core/tests")
DROPPED_CRATE = "payintent-sandbox"


def without_table(text: str, header: str) -> str:
    """`text` with the TOML table `[header]` (up to the next table header) removed."""
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith("["):
            skipping = stripped == f"[{header}]"
        if not skipping:
            out.append(line)
    return "".join(out)


def trim_tree(top: Path) -> None:
    for d in DROP_DIRS:
        shutil.rmtree(top / d, ignore_errors=True)
    ws = top / "Cargo.toml"
    text = ws.read_text()
    members = tomllib.loads(text)["workspace"]["members"]
    kept = [m for m in members if m in NEEDED]
    text = re.sub(r"(?m)^members\s*=\s*\[[^\]]*\]", "members = [" + ", ".join(f'"{m}"' for m in kept) + "]", text)
    ws.write_text(text)
    for m in NEEDED:
        manifest = top / m / "Cargo.toml"
        manifest.write_text(without_table(manifest.read_text(), "dev-dependencies"))
    # Prune the lock file to the remaining graph (no network: every crate it
    # keeps is already locked and downloaded by the build before this).
    env = {k: v for k, v in os.environ.items() if k != "CARGO_TARGET_DIR"}
    subprocess.run(["cargo", "metadata", "--offline", "--format-version", "1", "--manifest-path", str(ws)],
                   check=True, stdout=subprocess.DEVNULL, env=env)


def check_tree(top: Path) -> None:
    for d in DROP_DIRS:
        if (top / d).exists():
            sys.exit(f"python_sdist: {d}/ is still in the sdist")
    for manifest in [top / "Cargo.toml", *(top / m / "Cargo.toml" for m in NEEDED)]:
        if "dev-dependencies" in tomllib.loads(manifest.read_text()):
            sys.exit(f"python_sdist: {manifest.relative_to(top)} still has dev-dependencies")
        if DROPPED_CRATE in manifest.read_text():
            sys.exit(f"python_sdist: {manifest.relative_to(top)} still names {DROPPED_CRATE}")
    lock = tomllib.loads((top / "Cargo.lock").read_text())
    if any(p["name"] == DROPPED_CRATE for p in lock["package"]):
        sys.exit(f"python_sdist: Cargo.lock still locks {DROPPED_CRATE}")


def repack(src: Path, top: Path, dest: Path) -> None:
    """Writes `top` (the unpacked tree) as a gzipped tar like maturin's: sorted, owner 0, the original mtimes."""
    with tarfile.open(src) as old:
        mtime = max((m.mtime for m in old.getmembers()), default=0)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in sorted(p for p in top.rglob("*") if p.is_file()):
            info = tar.gettarinfo(str(path), arcname=f"{top.name}/{path.relative_to(top).as_posix()}")
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mtime = mtime
            info.mode = 0o755 if os.access(path, os.X_OK) else 0o644
            with open(path, "rb") as f:
                tar.addfile(info, f)
    with open(dest, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=mtime, filename="") as gz:
        gz.write(buf.getvalue())


def main() -> None:
    sdist = Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(sdist) as tar:
            names = {n.split("/", 1)[0] for n in tar.getnames()}
            if len(names) != 1:
                sys.exit(f"python_sdist: {sdist.name} has {len(names)} top directories")
            tar.extractall(tmp, filter="data")
        top = Path(tmp) / names.pop()
        trim_tree(top)
        check_tree(top)
        repack(sdist, top, sdist)
    print(f"python_sdist: {sdist.name} trimmed to {', '.join(NEEDED)}")


if __name__ == "__main__":
    main()
