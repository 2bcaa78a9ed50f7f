"""The device token and key never travel in clear: a relay address is https://, or http:// on this computer."""

from __future__ import annotations

import pytest

from klaros_desktop.services.setup import pairing


@pytest.mark.parametrize("url", ["https://relay.example.com", "https://relay.example.com:8443/base",
                                 "http://127.0.0.1:8080", "http://127.5.5.5", "http://[::1]:9000", "http://localhost:1"])
def test_safe_relay_addresses_are_accepted(url):
    assert pairing.check_relay_url(f"  {url} ") == url


@pytest.mark.parametrize("url", ["http://relay.example.com", "http://10.0.0.5:8080", "http://192.168.1.2",
                                 "http://localhost.example.com"])
def test_plain_http_to_another_machine_is_refused(url):
    with pytest.raises(pairing.InsecureRelayAddress, match="must start with https://"):
        pairing.check_relay_url(url)


@pytest.mark.parametrize("url", ["relay.example.com", "ftp://relay.example.com", "https://", ""])
def test_something_that_is_no_web_address_is_refused(url):
    with pytest.raises(pairing.InsecureRelayAddress, match="starts with https://"):
        pairing.check_relay_url(url)


async def test_pairing_over_plain_http_spends_no_code_and_stores_nothing(sessions):
    class Store:
        touched = False

        def check(self):
            self.touched = True

        def set(self, *_args):
            self.touched = True

    store = Store()
    with pytest.raises(pairing.InsecureRelayAddress):
        await pairing.pair(sessions, store, "http://relay.example.com", "CODE-1234", "Till", actor="user")
    assert not store.touched
