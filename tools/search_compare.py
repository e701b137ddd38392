"""Measure a site's search on the query table (tests/search_table.py), as a reader sees it.

    python tools/search_compare.py SITE_DIR material|pagefind

SITE_DIR is a built site (mkdocs build); for `pagefind`, its index must be in SITE_DIR/pagefind/
(`python -m pagefind --site SITE_DIR`). Prints, per language, each query's first page and
whether it is right, then the number right. Material's search is driven through its search box;
Pagefind through its JavaScript API (the same one its UI calls).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from playwright.sync_api import Page  # noqa: E402
from search_table import QUERIES  # noqa: E402

import sitekit  # noqa: E402


def title_ids(site: Path) -> dict[tuple[str, str], str]:
    """(language, h1 id) -> page path."""
    found: dict[tuple[str, str], str] = {}
    for file in site.rglob("index.html"):
        if "assets" in file.parts:
            continue
        html = file.read_text(encoding="utf-8")
        h1 = re.search(r'<h1 id="([\w-]+)"', html)
        lang = re.search(r'<html lang="(\w+)"', html)
        if h1 and lang:
            path = file.parent.relative_to(site).as_posix()
            found[(lang.group(1), h1.group(1))] = "" if path == "." else path + "/"
    return found


def material_first(page: Page, query: str) -> str:
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")
    page.wait_for_timeout(150)
    previous = None
    for _ in range(40):
        hrefs: list[str] = page.evaluate(
            "Array.from(document.querySelectorAll('.md-search-result__item > a')).map(a => a.href)"
        )
        if hrefs and hrefs == previous:
            return urlsplit(hrefs[0]).path.lstrip("/")
        previous = hrefs
        page.wait_for_timeout(100)
    return urlsplit(previous[0]).path.lstrip("/") if previous else ""


def pagefind_first(page: Page, query: str) -> str:
    url: str = page.evaluate(
        """async (q) => {
            window.__pf = window.__pf || await import(location.origin + "/pagefind/pagefind.js");
            const found = await window.__pf.search(q);
            if (!found.results.length) return "";
            return (await found.results[0].data()).url;
        }""",
        query,
    )
    return urlsplit(url).path.lstrip("/")


def main() -> int:
    site, engine = Path(sys.argv[1]), sys.argv[2]
    ids = title_ids(site)
    total = 0
    with sitekit.serve(site) as server, sitekit.launch_browser() as browser:
        for lang, queries in QUERIES.items():
            context = sitekit.new_context(browser)
            page = context.new_page()
            page.goto(server.base + ("zh/" if lang == "zh" else ""))
            if engine == "material":
                page.locator("input.md-search__input").click()
            right = 0
            for query, expected in queries:
                first = (material_first if engine == "material" else pagefind_first)(page, query)
                ok = first in {ids.get((lang, e)) for e in expected}
                right += ok
                print(f"{lang} {'ok ' if ok else 'BAD'} {query!r:28} -> /{first}  (want {expected})")
            print(f"{lang}: {right}/{len(queries)} right first\n")
            total += right
            context.close()
    print(f"{engine}: {total}/{sum(len(q) for q in QUERIES.values())} right first")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
