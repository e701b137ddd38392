"""The search table: what readers type, and the page that must come first, in each language.

A page is named by the id of its title (its h1), so the table survives a page's move; a query
whose right answer is honestly one of a few pages names them all (the first result must be
one of them). tests/test_search.py checks the table in the browser; tools/search_compare.py
measured Material's search and Pagefind on it.
"""

from __future__ import annotations

QUERIES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "en": [
        ("Goexit", ("goexit",)),
        ("runtime.Goexit", ("goexit",)),
        ("WithCancel", ("context", "waiting")),
        ("WithTimeout", ("waiting",)),
        ("SIGTERM", ("beyond", "recipes", "contract")),
        ("NotifyContext", ("beyond",)),
        ("fatal error", ("goexit",)),
        ("deadlock", ("goexit",)),
        ("os.Exit", ("os-exit",)),
        ("log.Fatal", ("os-exit",)),
        ("exit code", ("os-exit",)),
        ("recover", ("goexit",)),
        ("close of closed channel", ("channels",)),
        ("send on closed channel", ("channels",)),
        ("nil channel", ("channels",)),
        ("errgroup", ("recipes",)),
        ("worker pool", ("recipes",)),
        ("graceful shutdown", ("recipes", "contract")),
        ("AfterFunc", ("blocking",)),
        ("SetReadDeadline", ("blocking",)),
        ("context.Background", ("context",)),
        ("WithValue", ("beyond",)),
        ("WithoutCancel", ("beyond",)),
        ("busy wait", ("waiting",)),
        ("FatalError", ("api",)),
        ("twin", ("python",)),
        ("leak check", ("recipes",)),
        ("source article", ("corrections",)),
    ],
    "zh": [
        ("通道", ("channels",)),
        ("关闭通道", ("channels",)),
        ("延迟调用", ("goexit",)),
        ("死锁", ("goexit", "corrections")),
        ("上下文", ("context",)),
        ("取消", ("context",)),
        ("超时", ("waiting", "recipes")),
        ("退出码", ("os-exit",)),
        ("优雅关闭", ("recipes", "contract")),
        ("工作池", ("recipes",)),
        ("流水线", ("recipes",)),
        ("信号", ("beyond", "context")),
        ("SIGTERM", ("beyond", "recipes", "contract")),
        ("WithCancel", ("context", "waiting")),
        ("Goexit", ("goexit",)),
        ("os.Exit", ("os-exit",)),
        ("recover", ("goexit",)),
        ("协程泄漏", ("recipes",)),
        ("术语", ("glossary",)),
        ("原文", ("corrections",)),
        ("性能", ("performance",)),
        ("发送方", ("channels",)),
        ("等待方", ("contract",)),
        ("忙等", ("waiting", "corrections")),
        ("fatal error", ("goexit",)),
        ("退出约定", ("contract",)),
    ],
}
