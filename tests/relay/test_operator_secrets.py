"""What only the operator may see: /metrics behind an optional bearer token, and the writer process's
environment free of the database URL and the operator app secret."""

from __future__ import annotations

from pathlib import Path

import pytest

from relay.embedded import RelayServer
from relay.writer_process import WriterProcess

from .conftest import post_webhook
from .test_sealing_isolation import ZERO_KEY, plant_device


def test_metrics_need_the_bearer_token_when_one_is_configured(tmp_path, database_url, http):
    with RelayServer(tmp_path / "m", database_url=database_url, metrics_token="scrape-me") as relay:
        shop = relay.create_tenant()
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic scrape-me"}):
            refused = http.get(relay.url + "/metrics", headers=headers)
            assert refused.status_code == 401
            assert refused.headers["www-authenticate"] == "Bearer"
            assert shop.tenant_id not in refused.text
        allowed = http.get(relay.url + "/metrics", headers={"Authorization": "Bearer scrape-me"})
        assert allowed.status_code == 200 and "klaros_relay_queue_depth" in allowed.text

        plant_device(relay.settings, shop.tenant_id, ZERO_KEY)
        assert post_webhook(relay.url, http, shop, text="unsealable").status_code == 503
        # /healthz stays open for load balancers, but names tenants only to the holder of the token
        assert http.get(relay.url + "/healthz").json() == {"status": "degraded", "sealing_failed_count": 1}
        named = http.get(relay.url + "/healthz", headers={"Authorization": "Bearer scrape-me"}).json()
        assert named["sealing_failed"] == [shop.tenant_id]


def test_metrics_stay_open_without_a_token(relay, http):
    assert http.get(relay.url + "/metrics").status_code == 200


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads the child's environment from /proc")
def test_the_writer_process_inherits_neither_the_database_url_nor_the_operator_secret(
        tmp_path, database_url, monkeypatch):
    """``serve`` exports its settings for uvicorn's worker processes; the writer child gets its own over
    the pipe, so a password in the database URL and the operator app secret stay out of its environment."""
    monkeypatch.setenv("KLAROS_RELAY_DATABASE_URL", database_url)
    monkeypatch.setenv("KLAROS_RELAY_OPERATOR_APP_SECRET", "operator-secret-value")
    monkeypatch.setenv("KLAROS_RELAY_METRICS_TOKEN", "metrics-token-value")
    with RelayServer(tmp_path / "env", database_url=database_url, writer_process=True) as relay:
        writer = relay.app.state.relay.writer
        assert isinstance(writer, WriterProcess) and writer.alive
        environ = Path(f"/proc/{writer.pid}/environ").read_bytes().split(b"\0")
    names = {entry.split(b"=", 1)[0] for entry in environ if entry}
    assert not {n for n in names if n.startswith(b"KLAROS_RELAY_")}
    blob = b"\0".join(environ)
    for secret in (database_url.encode(), b"operator-secret-value", b"metrics-token-value"):
        assert secret not in blob
