"""A throwaway PostgreSQL server for the hub's tests and benchmarks: a cluster made
with initdb in a private temporary folder, reached on a private socket (and, for TLS,
on a loopback port), stopped and removed at the end.

It runs Debian's ``postgresql`` package (``.ci/run`` installs it when missing), or any
PostgreSQL whose ``initdb`` is on the PATH. Run as root, as CI does, the server runs as
the ``postgres`` user (PostgreSQL refuses to run as root). The superuser logs in with a
password (SCRAM), read from a password file as a station would, so the tests go
through the same authentication as a real hub.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


class NoServer(Exception):
    """No PostgreSQL can be started here; the message says why."""


@dataclass(frozen=True, slots=True)
class Server:
    folder: Path
    socket_dir: Path
    port: int
    passfile: Path  # the superuser's password, in pgpass format

    def url(self, dbname: str = "postgres", user: str = "postgres", **params: str) -> str:
        """A libpq URL over the private socket (no password in it)."""
        query = "&".join(
            f"{k}={v}"
            for k, v in {"host": str(self.socket_dir), "port": str(self.port), **params}.items()
        )
        return f"postgresql://{user}@/{dbname}?passfile={self.passfile}&{query}"

    def tls_url(self, dbname: str = "postgres", user: str = "postgres") -> str:
        """A libpq URL over TCP on loopback that demands TLS."""
        return (
            f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"
            f"?passfile={self.passfile}&sslmode=require"
        )


def _bin_dir() -> Path:
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    if debian:
        return debian[-1]
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise NoServer("no PostgreSQL server here (Debian's package postgresql, or initdb on PATH)")


def _as_server_user(argv: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *argv]
    return argv


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _certificate(folder: Path) -> None:
    """A self-signed certificate for TLS on loopback."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    (folder / "server.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file = folder / "server.key"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_file.chmod(0o600)


def start(durable: bool = False) -> Server:
    """Start a new cluster; ``durable`` keeps the server's crash-safe settings (for
    benchmarks), otherwise fsync is off (for tests).

    Raises:
        NoServer: no PostgreSQL here, or it would not start (its log is in the message).
    """
    bin_dir = _bin_dir()
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        raise NoServer("running as root without runuser to start PostgreSQL as postgres")
    folder = Path(tempfile.mkdtemp(prefix="smugdesk-pg-"))
    password = secrets.token_urlsafe(24)
    (folder / "pw").write_text(password + "\n")
    _certificate(folder)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        for f in folder.iterdir():
            shutil.chown(f, "postgres", "postgres")
    port = _free_port()
    passfile = Path(tempfile.mkdtemp(prefix="smugdesk-pgpass-")) / "pgpass"
    passfile.write_text(f"*:*:*:postgres:{password}\n")
    passfile.chmod(0o600)
    settings = [
        f"-p {port}",
        f"-k {folder}",
        "-c listen_addresses=127.0.0.1",
        "-c ssl=on",
        f"-c ssl_cert_file={folder}/server.crt",
        f"-c ssl_key_file={folder}/server.key",
        "-c max_connections=60",
    ]
    if not durable:
        settings += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
    steps = [
        [
            str(bin_dir / "initdb"),
            "-D",
            str(folder / "data"),
            "-U",
            "postgres",
            "--auth=scram-sha-256",
            f"--pwfile={folder / 'pw'}",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "-N",
        ],
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(folder / "data"),
            "-l",
            str(folder / "server.log"),
            "-w",
            "-t",
            "60",
            "-o",
            " ".join(settings),
            "start",
        ],
    ]
    for argv in steps:
        done = subprocess.run(_as_server_user(argv), capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = folder / "server.log"
            detail = done.stderr + (log.read_text() if log.exists() else "")
            shutil.rmtree(folder, ignore_errors=True)
            raise NoServer(f"PostgreSQL would not start: {detail.strip()[-2000:]}")
    (folder / "pw").unlink()
    return Server(folder, folder, port, passfile)


def stop(server: Server) -> None:
    """Stop the server and remove its folder."""
    argv = [str(_bin_dir() / "pg_ctl"), "-D", str(server.folder / "data"), "-m", "fast", "-w"]
    done = subprocess.run(_as_server_user([*argv, "stop"]), capture_output=True, check=False)
    if done.returncode != 0:
        pid_file = server.folder / "data" / "postmaster.pid"
        if pid_file.exists():
            os.kill(int(pid_file.read_text().split()[0]), 15)
    shutil.rmtree(server.folder, ignore_errors=True)
    shutil.rmtree(server.passfile.parent, ignore_errors=True)
