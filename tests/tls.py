"""Certificates for a TLS listener on 127.0.0.1, made with the openssl command for one test run.

A throwaway CA signs the broker's certificate (subjectAltName IP:127.0.0.1, as a client
checks the address it dialled); the broker gets its key and certificate as PKCS12, the
clients the CA's certificate. Passwords go to openssl through its environment, never on
its command line.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Certificates:
    ca: Path  # PEM: what a client trusts (NEWSSTREAM_SSL_CAFILE)
    keystore: Path  # PKCS12: the broker's key and certificate
    keystore_password: str = field(repr=False)


def make_certificates(folder: Path, keystore_password: str) -> Certificates:
    folder.mkdir(parents=True, exist_ok=True)

    def openssl(*args: str) -> None:
        env = {**os.environ, "KEYSTORE_PASSWORD": keystore_password}
        subprocess.run(["openssl", *args], cwd=folder, env=env, check=True, capture_output=True)

    openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=newsstream test CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    )  # fmt: skip
    openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "broker.key", "-out", "broker.csr",
        "-subj", "/CN=127.0.0.1",
    )  # fmt: skip
    (folder / "broker.ext").write_text(
        "subjectAltName=IP:127.0.0.1\n"
        "basicConstraints=CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\n"
    )
    openssl(
        "x509", "-req", "-in", "broker.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "2", "-out", "broker.pem", "-extfile", "broker.ext",
    )  # fmt: skip
    openssl(
        "pkcs12", "-export", "-in", "broker.pem", "-inkey", "broker.key", "-certfile", "ca.pem",
        "-name", "broker", "-out", "broker.p12", "-passout", "env:KEYSTORE_PASSWORD",
    )  # fmt: skip
    return Certificates(folder / "ca.pem", folder / "broker.p12", keystore_password)
