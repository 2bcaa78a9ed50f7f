"""The access token goes only to Meta's hosts or the configured Graph address, never to a host an answer names.

Meta hands out absolute URLs (a media file's download URL, a list's ``paging.next``); the client follows
them. A compromised or spoofed answer could point anywhere, so the bearer token is attached only to
``https://graph.facebook.com``, ``https://lookaside.fbsbx.com`` (Meta's media download host) or the
configured base URL (the simulator's loopback address in tests and the demo); any other target is refused
before a request is made. These tests run the client against an in-memory transport that records every
request, so nothing leaves the machine.
"""

from __future__ import annotations

import httpx
import pytest

from klaros_desktop.graph import GraphClient, GraphError
from klaros_desktop.graph.client import UntrustedHostError

TOKEN = "EAAG-the-shops-token"


class Meta:
    """A fake Graph API: answers by host and path, and records every request with its headers."""

    def __init__(self, media_url: str = "", next_page: str | None = None):
        self.media_url = media_url
        self.next_page = next_page
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path.endswith("/message_templates") and request.url.host == "graph.facebook.com" and \
                "after" not in request.url.params:
            paging = {"next": self.next_page} if self.next_page else {}
            return httpx.Response(200, json={"data": [{"name": "first"}], "paging": paging})
        if path.endswith("/message_templates"):
            return httpx.Response(200, json={"data": [{"name": "second"}]})
        if path.endswith("/4711"):
            return httpx.Response(200, json={"url": self.media_url, "mime_type": "image/jpeg", "id": "4711"})
        return httpx.Response(200, content=b"\xff\xd8\xffphoto", headers={"content-type": "image/jpeg"})

    def hosts_given_the_token(self) -> set[str]:
        return {r.url.host for r in self.requests if r.headers.get("authorization") == f"Bearer {TOKEN}"}


def client(meta: Meta, base_url: str = "https://graph.facebook.com") -> tuple[GraphClient, httpx.AsyncClient]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(meta))
    return GraphClient(http, phone_number_id="1001", waba_id="2002", token=TOKEN, base_url=base_url,
                       max_retries=0), http


async def test_media_from_metas_download_host_gets_the_token():
    meta = Meta(media_url="https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=4711&ext=1&hash=x")
    graph, http = client(meta)
    async with http:
        content, mime = await graph.download_media("4711")
    assert content == b"\xff\xd8\xffphoto" and mime == "image/jpeg"
    assert meta.hosts_given_the_token() == {"graph.facebook.com", "lookaside.fbsbx.com"}


@pytest.mark.parametrize("media_url", [
    "https://attacker.example/steal?mid=4711",
    "https://lookaside.fbsbx.com.attacker.example/whatsapp_business/attachments/?mid=4711",
    "https://graph.facebook.com@attacker.example/v23.0/4711",
    "https://attacker.example:443/lookaside.fbsbx.com/",
    "http://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=4711",  # the token in the clear
    "https://lookaside.fbsbx.com:8443/whatsapp_business/attachments/?mid=4711",
    "ftp://lookaside.fbsbx.com/attachments",
])
async def test_a_media_url_on_another_host_is_refused_and_gets_no_request(media_url):
    meta = Meta(media_url=media_url)
    graph, http = client(meta)
    async with http:
        with pytest.raises(UntrustedHostError) as caught:
            await graph.download_media("4711")
    error = caught.value
    assert isinstance(error, GraphError) and not error.retryable
    assert "access token" in str(error) and httpx.URL(media_url).host in str(error)
    assert httpx.URL(media_url).host in error.explanation  # the shop owner's words name the host too
    assert [r.url.path for r in meta.requests] == ["/v23.0/4711"]  # only the media info, nothing sent on
    assert meta.hosts_given_the_token() == {"graph.facebook.com"}


async def test_a_paging_link_to_another_host_is_refused():
    meta = Meta(next_page="https://attacker.example/v23.0/2002/message_templates?after=abc&access_token=x")
    graph, http = client(meta)
    async with http:
        with pytest.raises(UntrustedHostError, match=r"attacker\.example"):
            await graph.list_templates()
    assert {r.url.host for r in meta.requests} == {"graph.facebook.com"}


async def test_metas_own_paging_links_are_followed():
    meta = Meta(next_page="https://graph.facebook.com/v23.0/2002/message_templates?after=abc")
    graph, http = client(meta)
    async with http:
        templates = await graph.list_templates()
    assert [t["name"] for t in templates] == ["first", "second"]
    assert meta.hosts_given_the_token() == {"graph.facebook.com"}


async def test_the_configured_graph_address_is_trusted_on_its_own_port_only():
    """The simulator (demo, tests) serves its media URLs from the configured base URL; another port is refused."""
    sim = "http://127.0.0.1:8765"
    meta = Meta(media_url=f"{sim}/_media/download?mid=4711")
    graph, http = client(meta, base_url=sim)
    async with http:
        assert (await graph.download_media("4711"))[0] == b"\xff\xd8\xffphoto"
        meta.media_url = "http://127.0.0.1:9999/_media/download?mid=4711"
        with pytest.raises(UntrustedHostError, match=r"127\.0\.0\.1:9999"):
            await graph.download_media("4711")
    assert meta.hosts_given_the_token() == {"127.0.0.1"}
    assert all(r.url.port == 8765 for r in meta.requests)


class Uploads(Meta):
    """Meta's ``GET /app`` and Resumable Upload API, and a template example on Meta's public file host."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path.endswith("/app"):
            return httpx.Response(200, json={"id": "5005"})
        if path.endswith("/5005/uploads"):
            return httpx.Response(200, json={"id": "upload:MTphdHRhY2htZW50?sig=ARb"})
        if "upload:" in path:
            return httpx.Response(200, json={"h": "4::aW1hZ2UvcG5n:ARZ"})
        return httpx.Response(200, content=b"\x89PNG example", headers={"content-type": "image/png"})


async def test_a_template_example_is_uploaded_to_the_app_and_fetched_without_the_token():
    meta = Uploads()
    graph, http = client(meta)
    async with http:
        handle = await graph.upload_handle(b"\x89PNG new", "image/png", "laden.png")
        data, mime = await graph.fetch_example("https://scontent.whatsapp.net/v/t61.29466-34/x.png?oh=1")
    assert handle == "4::aW1hZ2UvcG5n:ARZ" and data == b"\x89PNG example" and mime == "image/png"
    app, session, upload, example = meta.requests
    assert app.url.path == "/v23.0/app"
    assert session.url.path == "/v23.0/5005/uploads" and session.url.params["file_length"] == "8"
    assert session.url.params["file_type"] == "image/png" and session.url.params["file_name"] == "laden.png"
    assert upload.url.host == "graph.facebook.com" and upload.url.raw_path.startswith(b"/v23.0/upload:")
    assert upload.headers["authorization"] == f"OAuth {TOKEN}" and upload.headers["file_offset"] == "0"
    assert upload.content == b"\x89PNG new"
    assert example.url.host == "scontent.whatsapp.net" and "authorization" not in example.headers
    assert meta.hosts_given_the_token() == {"graph.facebook.com"}


async def test_an_upload_session_that_is_not_one_is_not_followed():
    class Odd(Uploads):
        def __call__(self, request):
            if request.url.path.endswith("/uploads"):
                self.requests.append(request)
                return httpx.Response(200, json={"id": "https://attacker.example/steal"})
            return super().__call__(request)

    meta = Odd()
    graph, http = client(meta)
    async with http:
        with pytest.raises(GraphError, match="Unexpected answer"):
            await graph.upload_handle(b"x", "image/png", "a.png")
    assert {r.url.host for r in meta.requests} == {"graph.facebook.com"}
