"""The opt-in geocoder, against a local Nominatim-like HTTP server (no outside network)."""
from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from geo_tracker.errors import GeoTrackerError
from geo_tracker.geocode import geocode

HITS = []


class _Nominatim(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server API
        HITS.append(self.path)
        body = json.dumps([{"lat": "35.12", "lon": "40.43", "display_name": "حويجة كاطع، دير الزور، سوريا",
                            "place_id": 1, "boundingbox": ["35.1", "35.2", "40.4", "40.5"]}]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


@pytest.fixture()
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def test_geocode_asks_once_and_caches(server, tmp_path):
    HITS.clear()
    cache = tmp_path / "cache.json"
    a = geocode("حويجة كاطع", domain=server, scheme="http", cache_path=cache, min_delay_seconds=0)
    b = geocode("حويجة كاطع", domain=server, scheme="http", cache_path=cache, min_delay_seconds=0)
    assert len(HITS) == 1 and "countrycodes=sy" in HITS[0]
    assert a == b and a[0].lat == 35.12 and "not curated" in a[0].source
    assert json.loads(cache.read_text(encoding="utf-8"))


def test_unreachable_geocoder_is_one_clear_error(tmp_path):
    with socket.socket() as s:           # a port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(GeoTrackerError, match="unreachable or failed"):
        geocode("تدمر", domain=f"127.0.0.1:{port}", scheme="http", cache_path=tmp_path / "c.json",
                timeout=2, min_delay_seconds=0)


def test_cli_geocodes_only_when_asked(server, console_script, tmp_path):
    import os
    import subprocess

    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    HITS.clear()
    off = subprocess.run([console_script, "gazetteer", "lookup", "حويجة كاطع"], capture_output=True,
                         text=True, env=env, timeout=120)
    assert off.returncode == 0 and json.loads(off.stdout) == [] and HITS == []
    on = subprocess.run([console_script, "gazetteer", "lookup", "حويجة كاطع", "--geocode",
                         "--geocoder-domain", server], capture_output=True, text=True, env=env, timeout=120)
    assert on.returncode == 0, on.stderr
    got = json.loads(on.stdout)
    assert got[0]["curated"] is False and got[0]["lon"] == 40.43 and len(HITS) == 1
