"""The test server serves a built site where its site_url puts it (tests/sitekit.py).

GitHub Pages publishes a repository's site under a path (https://OWNER.github.io/REPO/); the
browser tests serve the build at that same path, so the absolute links a build computes from
site_url are followed as on the host. These tests check the server on a small site of files.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from sitekit import Site, serve

pytestmark = pytest.mark.timeout(30)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_open = urllib.request.build_opener(_NoRedirect).open


def _get(url: str) -> tuple[int, str, str]:
    """(status, Location header, body) of a GET, redirects not followed."""
    try:
        with _open(url, timeout=10) as response:
            return response.status, response.headers.get("Location", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location", ""), error.read().decode()


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "zh").mkdir()
    (tmp_path / "index.html").write_text("home", encoding="utf-8")
    (tmp_path / "zh" / "index.html").write_text("zh home", encoding="utf-8")
    (tmp_path / "404.html").write_text("not found page", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("path", ["/goexit/", "/"])
def test_the_site_is_served_at_the_path_of_its_site_url(files: Path, path: str) -> None:
    site = Site(files, "", f"https://owner.github.io{path}", ("", "zh/"), {})
    assert site.path == path
    with serve(files, site.path) as server:
        assert server.base.endswith(":" + str(server.server_port) + path)
        site = Site(files, server.base, site.site_url, site.pages, {})
        origin = server.base.removesuffix(path)
        assert _get(site.url("")) == (200, "", "home")
        assert _get(site.url("zh/")) == (200, "", "zh home")
        assert _get(site.url("zh")) == (301, path + "zh/", "")
        # An address with no file: the site's 404.html, with status 404, as GitHub Pages does.
        assert _get(site.url("no/such/page/")) == (404, "", "not found page")
        if path != "/":
            assert _get(origin + path.rstrip("/")) == (301, path, "")
            # Outside the site's path is another site of the host: nothing of ours is there.
            status, _, body = _get(origin + "/zh/")
            assert status == 404 and "zh home" not in body and "not found page" not in body
        assert site.path_of(site.url("zh/") + "#top") == "zh/"
        assert site.path_of(path + "zh/") == "zh/"
        assert site.published_path_of(site.site_url + "zh/") == "zh/"


def test_the_browser_tests_site_is_served_under_its_site_url_path(site: Site) -> None:
    # The session's site (conftest.py): what every browser test loads is at the published path.
    status, _, body = _get(site.url(""))
    assert status == 200 and "<html" in body
    assert site.base.endswith(site.path) and site.path_of(site.base) == ""
    assert _get(site.url("no/such/page/"))[0] == 404
