"""TLS to PostgreSQL with sslmode=verify-full (issue 15, ASVS 9.2.2): a throwaway server
on its own port with a certificate from a self-made CA. The desk connects only when the
server proves it is the host named in the URL with a certificate of the CA the URL names;
the server refuses connections without TLS.

Needs PostgreSQL's initdb/pg_ctl and openssl: skipped with the reason when they are absent,
except on CI, where a missing tool fails the test instead of hiding it.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db.database import Database
from tests.conftest import IN_CI

pytestmark = pytest.mark.postgres


def _pg_bin() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _unavailable() -> str | None:
    if _pg_bin() is None:
        return "PostgreSQL's initdb is not installed"
    if shutil.which("openssl") is None:
        return "openssl is not installed"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a postgres user to run initdb as"
        if shutil.which("runuser") is None:
            return "running as root without runuser"
    return None


@dataclass(frozen=True)
class Server:
    port: int
    ca: Path
    other_ca: Path

    def url(self, host: str = "localhost", mode: str = "verify-full",
            ca: Path | None = None) -> str:
        return (f"postgresql+psycopg://postgres@{host}:{self.port}/postgres?sslmode={mode}"
                f"&sslrootcert={ca or self.ca}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def _make_ca(folder: Path, name: str) -> None:
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key",
             "-out", f"{name}.crt", "-days", "2", "-subj", f"/CN=HeatDesk test {name}",
             cwd=folder)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    problem = _unavailable()
    if problem:
        if IN_CI:
            pytest.fail(f"TLS test cannot run on CI: {problem}")
        pytest.skip(problem)
    pg_bin = _pg_bin()
    assert pg_bin is not None
    root = tmp_path_factory.mktemp("tls")
    certs = root / "certs"
    certs.mkdir()
    _make_ca(certs, "ca")
    _make_ca(certs, "other")
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out",
             "server.csr", "-subj", "/CN=localhost", cwd=certs)
    (certs / "san.ext").write_text("subjectAltName=DNS:localhost\n", encoding="utf-8")
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
             "-CAcreateserial", "-out", "server.crt", "-days", "2", "-extfile", "san.ext",
             cwd=certs)
    data = root / "data"
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: the server runs as the postgres user
        as_postgres = ["runuser", "-u", "postgres", "--"]
        for path in (root, certs, *certs.iterdir()):
            shutil.chown(path, "postgres", "postgres")
        for parent in root.parents:
            if parent == Path(parent.anchor):
                break
            os.chmod(parent, parent.stat().st_mode | 0o011)  # let postgres pass through
    (certs / "server.key").chmod(0o600)
    subprocess.run([*as_postgres, str(pg_bin / "initdb"), "-D", str(data), "-U", "postgres",
                    "--auth=trust", "--no-sync"], check=True, capture_output=True)
    port = _free_port()
    with (data / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write(f"port = {port}\nlisten_addresses = '127.0.0.1'\n"
                   f"unix_socket_directories = '{root}'\nssl = on\n"
                   f"ssl_cert_file = '{certs / 'server.crt'}'\n"
                   f"ssl_key_file = '{certs / 'server.key'}'\nfsync = off\n")
    (data / "pg_hba.conf").write_text(
        "hostssl all all 127.0.0.1/32 trust\n"
        "hostnossl all all 127.0.0.1/32 reject\n", encoding="utf-8")
    if as_postgres:
        shutil.chown(data / "pg_hba.conf", "postgres", "postgres")
    log = root / "server.log"
    subprocess.run([*as_postgres, str(pg_bin / "pg_ctl"), "-D", str(data), "-l", str(log),
                    "-w", "start"], check=True, capture_output=True)
    try:
        yield Server(port, certs / "ca.crt", certs / "other.crt")
    finally:
        subprocess.run([*as_postgres, str(pg_bin / "pg_ctl"), "-D", str(data), "-m",
                        "immediate", "stop"], capture_output=True)


def _connects(url: str) -> bool:
    db = Database(url)
    try:
        return db.ping()
    finally:
        db.dispose()


def test_verify_full_connects_over_tls_to_the_named_host(server: Server) -> None:
    db = Database(server.url())
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar() is True
    finally:
        db.dispose()


def test_a_certificate_of_another_ca_or_host_is_refused(server: Server) -> None:
    assert not _connects(server.url(ca=server.other_ca))  # not our CA: a stranger's server
    assert not _connects(server.url(host="127.0.0.1"))  # the certificate names localhost


def test_the_server_refuses_a_desk_without_tls(server: Server) -> None:
    assert not _connects(server.url(mode="disable"))
