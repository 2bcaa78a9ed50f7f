"""Media lifetimes in the simulator, on its clock: a webhook's media id lives 7 days and an uploaded one 30
(Meta's "Media" page), each download URL 5 minutes; per-kind upload limits answer Meta's 131053; inbound media
objects carry the ``url`` Meta now includes."""

from __future__ import annotations

import httpx
import pytest

from .test_graph_surface import graph  # noqa: F401  (the fixture)

DAY = 24 * 3600
CUSTOMER = "+4915112345678"


def _info(graph, media_id):  # noqa: F811
    return graph.get(f"/v23.0/{media_id}")


def test_a_webhook_media_id_expires_after_seven_days(sim, graph):  # noqa: F811
    inbound = sim.send_media(CUSTOMER, "image", b"\xff\xd8\xff photo")
    media_id = inbound["image"]["id"]
    assert inbound["image"]["url"].startswith(sim.base_url)  # the url Meta now puts in the webhook
    sim.advance(7 * DAY - 60)
    assert _info(graph, media_id).status_code == 200
    sim.advance(120)
    gone = _info(graph, media_id)
    assert gone.status_code == 400 and gone.json()["error"]["code"] == 100


def test_an_uploaded_media_id_lives_thirty_days_and_cannot_be_sent_after(sim, graph):  # noqa: F811
    media_id = graph.post(f"/v23.0/{sim.config.phone_number_id}/media",
                          files={"file": ("a.pdf", b"%PDF", "application/pdf")},
                          data={"messaging_product": "whatsapp", "type": "application/pdf"}).json()["id"]
    sim.say(CUSTOMER, "Preisliste?")
    sim.advance(29 * DAY)
    assert _info(graph, media_id).status_code == 200
    sim.advance(2 * DAY)
    assert _info(graph, media_id).status_code == 400
    body = {"messaging_product": "whatsapp", "to": CUSTOMER.lstrip("+"), "type": "document",
            "document": {"id": media_id}}
    refused = graph.post(f"/v23.0/{sim.config.phone_number_id}/messages", json=body)
    assert refused.status_code == 400 and refused.json()["error"]["code"] == 131053


def test_a_download_url_lives_five_minutes_of_the_simulated_clock(sim, graph):  # noqa: F811
    inbound = sim.send_media(CUSTOMER, "document", b"%PDF invoice", filename="r.pdf")
    url = inbound["document"]["url"]
    token = {"Authorization": f"Bearer {sim.config.access_token}"}
    with httpx.Client(trust_env=False) as http:
        assert http.get(url, headers=token).content == b"%PDF invoice"
        sim.advance(301)
        assert http.get(url, headers=token).status_code == 404
        fresh = _info(graph, inbound["document"]["id"]).json()["url"]
        assert http.get(fresh, headers=token).content == b"%PDF invoice"


@pytest.mark.parametrize(("mime", "limit"), [("image/png", 5 * 1024 * 1024), ("video/mp4", 16 * 1024 * 1024),
                                             ("audio/mpeg", 16 * 1024 * 1024), ("image/webp", 500 * 1024)])
def test_each_kind_has_its_upload_limit(sim, graph, mime, limit):  # noqa: F811
    def upload(size):
        return graph.post(f"/v23.0/{sim.config.phone_number_id}/media", files={"file": ("f", b"x" * size, mime)},
                          data={"messaging_product": "whatsapp", "type": mime})

    assert upload(limit).status_code == 200
    over = upload(limit + 1)
    assert over.status_code == 400 and over.json()["error"]["code"] == 131053
