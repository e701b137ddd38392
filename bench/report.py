"""Run every benchmark and write the results into the Performance page, in both languages.

`make bench` runs this. It rewrites the part of docs/performance.md and
docs/performance.zh.md between the ``bench:begin`` and ``bench:end`` markers, and
draws docs/assets/bench/scaling.svg. Each figure is a median over several runs; each
ratio is taken pair by pair within one run."""

from __future__ import annotations

import datetime
import json
import math
import os
import platform
import re
import statistics
import sys
from pathlib import Path
from typing import Any

from bench import chan_bench, context_bench, go_bench, scaling_bench, site_bench, wasm_bench

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"en": ROOT / "docs" / "performance.md", "zh": ROOT / "docs" / "performance.zh.md"}
SVG = ROOT / "docs" / "assets" / "bench" / "scaling.svg"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    go = go_bench.go_version()
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {go}, {platform.system()}"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.2f} µs"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.2f} ms"


TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "measured": "Measured on {date}: {machine}.",
        "floors": "goexit against plain CPython",
        "work": "work",
        "goexit": "goexit",
        "floor": "CPython floor",
        "ratio": "ratio (median, min-max)",
        "target": "target",
        "vs_go": "goexit against real Go (same work)",
        "go": "Go",
        "factor": "goexit / Go",
        "site": "The site and the checks",
        "what": "what",
        "value": "value",
        "scaling": "How cost grows",
        "n": "goroutines / contexts",
        "hop": "token ring, per hop",
        "fan": "cancel fan-out, all woken",
        "short": {
            "rt": "unbuffered round trip",
            "buf": "buffered channel, per value",
            "spawn": "spawn + wait, per goroutine",
            "fan": "cancel 1,000 waiting goroutines",
        },
        "rows": {
            "rt": "unbuffered round trip vs `threading.Condition` rendezvous",
            "buf": "buffered channel, per value vs `queue.Queue`",
            "spawn": "spawn + wait, per goroutine vs `threading.Thread`",
            "fan": "cancel 1,000 waiting goroutines vs 1,000 `threading.Event`s",
            "tree": "cancel a 10,000-node context tree, no waiters, per node",
            "chain": "cancel a 10,000-deep context chain, no waiters, per node",
            "late_p50": "`with_timeout(10ms)` lateness, p50",
            "late_p99": "`with_timeout(10ms)` lateness, p99",
            "build": "`mkdocs build --strict`, both languages",
            "py": "examples, Python side ({n} programs)",
            "gowarm": "examples, Go side, warm build cache",
            "gocold": "examples, Go side, cold build cache",
            "heavy": "heaviest page on first load, uncompressed: `{page}`",
        },
    },
    "zh": {
        "measured": "测量时间:{date};机器:{machine}。",
        "floors": "goexit 与纯 CPython 实现的对比",
        "work": "测试项",
        "goexit": "goexit",
        "floor": "CPython 基线",
        "ratio": "比值(中位数,最小–最大)",
        "target": "目标",
        "vs_go": "goexit 与真实 Go 的对比(同样的工作)",
        "go": "Go",
        "factor": "goexit / Go",
        "site": "网站与检查",
        "what": "项目",
        "value": "数值",
        "scaling": "开销如何随规模增长",
        "n": "协程数 / 上下文数",
        "hop": "令牌环,每跳",
        "fan": "取消扇出,全部唤醒",
        "short": {
            "rt": "无缓冲通道往返",
            "buf": "有缓冲通道,每个值",
            "spawn": "启动并等待,每个协程",
            "fan": "取消 1,000 个等待中的协程",
        },
        "rows": {
            "rt": "无缓冲通道往返,对比 `threading.Condition` 交接",
            "buf": "有缓冲通道,每个值,对比 `queue.Queue`",
            "spawn": "启动并等待,每个协程,对比 `threading.Thread`",
            "fan": "取消 1,000 个等待中的协程,对比 1,000 个 `threading.Event`",
            "tree": "取消一棵 10,000 个节点的上下文树,无等待者,每个节点",
            "chain": "取消一条 10,000 层的上下文链,无等待者,每个节点",
            "late_p50": "`with_timeout(10ms)` 迟到时间,p50",
            "late_p99": "`with_timeout(10ms)` 迟到时间,p99",
            "build": "`mkdocs build --strict`,两种语言",
            "py": "示例校验,Python 端({n} 个程序)",
            "gowarm": "示例校验,Go 端,构建缓存已预热",
            "gocold": "示例校验,Go 端,构建缓存为空",
            "heavy": "首次加载最重的页面(未压缩):`{page}`",
        },
    },
}


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def render(lang: str, r: dict[str, Any]) -> str:
    t = TEXT[lang]
    rows = t["rows"]
    floors = []
    for key, res, target in r["floors"]:
        floors.append(
            [
                rows[key],
                us(res["goexit"]) if key != "fan" else ms(res["goexit"]),
                us(res["floor"]) if key != "fan" else ms(res["floor"]),
                f"{res['ratio']:.2f}× ({res['ratio_min']:.2f}–{res['ratio_max']:.2f})",
                f"≤ {target}×",
            ]
        )
    ctx = r["context"]
    floors.append([rows["tree"], us(ctx["tree_per_node"]), "", "", ""])
    floors.append([rows["chain"], us(ctx["chain_per_node"]), "", "", ""])
    floors.append([rows["late_p50"], ms(ctx["lateness_p50"]), "", "", ""])
    floors.append([rows["late_p99"], ms(ctx["lateness_p99"]), "", "", "≤ 2 ms"])
    go = r["go"]
    ours = {
        "rt": r["floors"][0][1]["goexit"],
        "buf": r["floors"][1][1]["goexit"],
        "spawn": r["floors"][2][1]["goexit"],
        "fan": r["floors"][3][1]["goexit"],
    }
    gokeys = {"rt": "round_trip", "buf": "buffered", "spawn": "spawn", "fan": "cancel_fanout"}
    vs_go = []
    for key, gk in gokeys.items():
        fmt = ms if key == "fan" else us
        vs_go.append(
            [rows[key].split(" vs ")[0].split(",对比")[0], fmt(ours[key]), fmt(go[gk]), f"{ours[key] / go[gk]:,.0f}×"]
        )
    s = r["site"]
    site = [
        [rows["build"], f"{s['build_seconds']:.1f} s"],
        [rows["py"].format(n=int(s["examples"])), f"{s['python_side_seconds']:.1f} s"],
        [rows["gowarm"], f"{s['go_side_warm_seconds']:.1f} s"],
        [rows["gocold"], f"{s['go_side_cold_seconds']:.1f} s"],
        [rows["heavy"].format(page=s["heaviest_page"]), f"{s['heaviest_page_bytes'] / 1024:,.0f} KiB"],
    ]
    sc = r["scaling"]
    scaling = [[f"{n:,}", us(sc["ring"][n]), ms(sc["fanout"][n])] for n in sorted(sc["ring"])]
    parts = [
        t["measured"].format(date=r["date"], machine=r["machine"]),
        f"### {t['floors']} {{ #bench-floors }}",
        table([t["work"], t["goexit"], t["floor"], t["ratio"], t["target"]], floors),
        f"### {t['vs_go']} {{ #bench-go }}",
        table([t["work"], t["goexit"], t["go"], t["factor"]], vs_go),
        f"### {t['site']} {{ #bench-site }}",
        table([t["what"], t["value"]], site),
        *(render_wasm(lang, r["wasm"]) if "wasm" in r else []),
        f"### {t['scaling']} {{ #bench-scaling }}",
        table([t["n"], t["hop"], t["fan"]], scaling),
        f"![{chart_alt(lang, sc)}](assets/bench/scaling.svg){{ .bench-chart }}",
    ]
    return "\n\n".join(parts)


CHART_ALT = {
    "en": (
        "Two charts on log-log axes. Token ring, time per hop: {r0} µs with {n0} goroutines, {r1} µs with {n1}."
        " Cancel fan-out, time until every goroutine woke: {f0} ms with {n0}, {f1} ms with {n1}."
    ),
    "zh": (
        "两张双对数坐标图。令牌环每跳耗时：{n0} 个协程时 {r0} 微秒，{n1} 个时 {r1} 微秒。"
        "取消扇出直到全部唤醒的耗时：{n0} 个协程时 {f0} 毫秒，{n1} 个时 {f1} 毫秒。"
    ),
}


def chart_alt(lang: str, sc: dict[str, dict[int, float]]) -> str:
    """The chart's text alternative: what it shows, with the figures at both ends."""
    ns = sorted(sc["ring"])
    return CHART_ALT[lang].format(
        n0=f"{ns[0]:,}",
        n1=f"{ns[-1]:,}",
        r0=number(sc["ring"][ns[0]] * 1e6),
        r1=number(sc["ring"][ns[-1]] * 1e6),
        f0=number(sc["fanout"][ns[0]] * 1e3),
        f1=number(sc["fanout"][ns[-1]] * 1e3),
    )


def number(v: float) -> str:
    """Three significant digits, never in exponent form: 13.6, 674, 1,700."""
    return f"{float(f'{v:.3g}'):,.0f}" if v >= 100 else f"{v:.3g}"


SVG_TEXT = {
    "en": ("token ring: µs per hop", "cancel fan-out: ms until all woke", "goroutines (log scale)"),
    "zh": (
        "令牌环\uff1a每跳耗时\uff08微秒\uff09",
        "取消扇出\uff1a全部唤醒耗时\uff08毫秒\uff09",
        "协程数\uff08对数刻度\uff09",
    ),
}


def svg(sc: dict[str, dict[int, float]], lang: str = "en") -> str:
    """Two log-log panels, one above the other: µs per hop of the ring, and ms to wake everyone on
    cancel. Stacked, the picture is narrow enough for a phone (340 px: a 390 px screen shows it at
    full size, its text at 12 px); its width and height make that its natural size everywhere."""
    ring_title, fan_title, x_label = SVG_TEXT[lang]
    w, h, pad, gap = 340, 220, 46, 10
    panels = [
        ("ring", ring_title, 1e6),
        ("fanout", fan_title, 1e3),
    ]
    width, height = w, 2 * h + gap
    head = f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
    out = [head + ' font-family="sans-serif" font-size="12">']
    # Its own light background: the picture stays readable on the site's dark scheme too.
    out.append(f'<rect width="{width}" height="{height}" rx="6" fill="#fff"/>')
    for i, (key, title, scale) in enumerate(panels):
        y0 = i * (h + gap)
        pts = sorted(sc[key].items())
        ys = [v * scale for _, v in pts]
        lo, hi = math.log10(min(ys)) - 0.2, math.log10(max(ys)) + 0.2
        nx = [math.log10(n) for n, _ in pts]
        xlo, xhi = min(nx) - 0.2, max(nx) + 0.2

        def px(n: float, xlo: float = xlo, xhi: float = xhi) -> float:
            return pad + (math.log10(n) - xlo) / (xhi - xlo) * (w - pad - 10)

        def py(y: float, lo: float = lo, hi: float = hi, y0: int = y0) -> float:
            return y0 + h - pad + 10 - (math.log10(y) - lo) / (hi - lo) * (h - pad - 20)

        base = y0 + h - pad + 10
        out.append(f'<text x="{pad}" y="{y0 + 14}" font-weight="bold">{title}</text>')
        out.append(f'<line x1="{pad}" y1="{base}" x2="{w - 10}" y2="{base}" stroke="#888"/>')
        out.append(f'<line x1="{pad}" y1="{y0 + 20}" x2="{pad}" y2="{base}" stroke="#888"/>')
        line = " ".join(f"{px(n):.1f},{py(v * scale):.1f}" for n, v in pts)
        out.append(f'<polyline points="{line}" fill="none" stroke="#3f51b5" stroke-width="2"/>')
        for n, v in pts:
            out.append(f'<circle cx="{px(n):.1f}" cy="{py(v * scale):.1f}" r="3" fill="#3f51b5"/>')
            out.append(f'<text x="{px(n):.1f}" y="{base + 14}" text-anchor="middle">{n:,}</text>')
            # The value beside its point, left of it for the last point: it never leaves the panel.
            last = n == pts[-1][0]
            anchor = f'x="{px(n) - 5:.1f}" text-anchor="end"' if last else f'x="{px(n) + 4:.1f}"'
            out.append(f'<text {anchor} y="{py(v * scale) - 6:.1f}">{number(v * scale)}</text>')
        out.append(f'<text x="{w / 2:.0f}" y="{y0 + h - 4}" text-anchor="middle">{x_label}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def replace_section(path: Path, body: str) -> None:
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    if not pattern.search(text):
        raise SystemExit(f"{path} has no {BEGIN} ... {END} section to fill")
    path.write_text(pattern.sub(lambda _: f"{BEGIN}\n\n{body}\n\n{END}", text), encoding="utf-8")


def fix_chinese_punctuation() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import zh_punct

    page = PAGES["zh"]
    page.write_text(zh_punct.fix_page(page.read_text(encoding="utf-8")), encoding="utf-8")


WASM_TEXT = {
    "en": {
        "title": "Running the examples in the browser",
        "measured": "Measured on {date} with `make bench` (load average {l0:.1f} before, {l1:.1f} after: "
        "other work was running, so the times are upper bounds).",
        "site_cold": "site build, cold: empty Go build cache, no wasm binaries yet",
        "site_warm": "site build, warm: the same again, nothing changed",
        "step_cold": "the wasm step alone, cold: compile and link {n} programs for wasip1, gzip them",
        "step_fresh": "the wasm step alone, fresh clone on a warm Go build cache: link and gzip only",
        "step_same": "the wasm step alone, nothing changed",
        "binary": "one example's binary, median",
        "largest": "one example's binary, largest (`{slug}`)",
        "size": "{raw} raw, {gz} gzipped",
        "added": "added to the built site: every binary, gzipped (the rest of the site: {rest}, ×{ratio:,.1f})",
        "first": "added to every page's first load: run.js and example.css, uncompressed",
        "click_js": "loaded on the first click: run-panel.js and run-worker.js, uncompressed",
        "cold_first": "click to first output, cold (script, fetch, decompress, compile, run), median / p90",
        "cold_end": "click to the end of the run, cold, median / p90",
        "warm_first": "click to first output, warm (module kept, new worker), median / p90",
        "warm_end": "click to the end of the run, warm, median / p90",
        "same": "runs that printed their Output",
        "per": "Each example's binary",
        "example": "example",
        "bytes": "raw",
        "gzip": "gzipped",
    },
    "zh": {
        "title": "在浏览器里运行示例",
        "measured": "测量时间:{date},由 `make bench` 测得(开始时负载 {l0:.1f},结束时 {l1:.1f}:"
        "机器上同时还有别的任务,这些时间只是上限)。",
        "site_cold": "整站构建(冷):Go 构建缓存为空,还没有任何 wasm 二进制文件",
        "site_warm": "整站构建(热):紧接着再构建一次,什么都没改",
        "step_cold": "只跑 wasm 这一步(冷):为 wasip1 编译并链接 {n} 个程序,再用 gzip 压缩",
        "step_fresh": "只跑 wasm 这一步,相当于刚克隆仓库、但 Go 构建缓存是热的:只需链接和压缩",
        "step_same": "只跑 wasm 这一步,什么都没改",
        "binary": "单个示例的二进制文件,中位数",
        "largest": "单个示例的二进制文件,最大的一个（`{slug}`）",
        "size": "未压缩 {raw},压缩后 {gz}",
        "added": "构建出的网站因此增加的体积:全部二进制文件压缩后的大小(是网站其余部分 {rest} 的 {ratio:,.1f} 倍)",
        "first": "每个页面首次加载多出的内容:run.js 和 example.css(未压缩)",
        "click_js": "第一次点击时才加载:run-panel.js 和 run-worker.js(未压缩)",
        "cold_first": "从点击到出现第一段输出,冷启动(脚本、下载、解压、编译、运行),中位数 / p90",
        "cold_end": "从点击到运行结束,冷启动,中位数 / p90",
        "warm_first": "从点击到出现第一段输出,热启动(模块已编译好,换一个新的 Worker 运行),中位数 / p90",
        "warm_end": "从点击到运行结束,热启动,中位数 / p90",
        "same": "输出与页面上的“输出”一致的运行次数",
        "per": "每个示例的二进制文件",
        "example": "示例",
        "bytes": "未压缩",
        "gzip": "压缩后",
    },
}


def _mb(n: float) -> str:
    return f"{n / 1e6:,.2f} MB"


def render_wasm(lang: str, w: dict[str, Any]) -> list[str]:
    """The Run buttons' figures (bench/wasm_bench.py): builds, sizes, click to output."""
    t = WASM_TEXT[lang]
    b, z, c = w["builds"], w["sizes"], w["clicks"]
    per = z["per_example"]
    largest = max(per, key=lambda slug: (per[slug]["gzip_bytes"], slug))
    med = statistics.median

    def pair(kind: str, what: str) -> str:
        return f"{c[f'{kind}_{what}_median_ms']:,.0f} ms / {c[f'{kind}_{what}_p90_ms']:,.0f} ms"

    def size(raw: float, gz: float) -> str:
        return t["size"].format(raw=_mb(raw), gz=_mb(gz))

    total, rest = z["binaries_total"], z["site_other_bytes"]
    rows = [
        [t["site_cold"], f"{b['site_cold']:,.1f} s"],
        [t["site_warm"], f"{b['site_warm']:,.1f} s"],
        [t["step_cold"].format(n=len(per)), f"{b['step_cold']:,.1f} s"],
        [t["step_fresh"], f"{b['step_fresh_clone']:,.1f} s"],
        [t["step_same"], f"{b['step_unchanged']:,.2f} s"],
        [t["binary"], size(med(e["bytes"] for e in per.values()), med(e["gzip_bytes"] for e in per.values()))],
        [t["largest"].format(slug=largest), size(per[largest]["bytes"], per[largest]["gzip_bytes"])],
        [t["added"].format(rest=_mb(rest), ratio=total / rest), _mb(total)],
        [t["first"], f"{z['first_load_bytes'] / 1024:,.1f} KiB"],
        [t["click_js"], f"{z['on_click_bytes'] / 1024:,.1f} KiB"],
        [t["cold_first"], pair("cold", "first_output")],
        [t["cold_end"], pair("cold", "ended")],
        [t["warm_first"], pair("warm", "first_output")],
        [t["warm_end"], pair("warm", "ended")],
        [t["same"], f"{2 * c['runs'] - len(c['mismatches'])} / {2 * c['runs']}"],
    ]
    details = table(
        [t["example"], t["bytes"], t["gzip"]],
        [[slug, _mb(e["bytes"]), _mb(e["gzip_bytes"])] for slug, e in sorted(per.items())],
    )
    indented = "\n".join("    " + line for line in details.splitlines())
    return [
        f"### {t['title']} {{ #bench-wasm }}",
        t["measured"].format(date=w["date"], l0=w["load"][0], l1=w["load"][1]),
        table([TEXT[lang]["what"], TEXT[lang]["value"]], rows),
        # Out of the search index: 73 example names would outrank the pages that explain them.
        f'<div data-pagefind-ignore markdown>\n\n??? note "{t["per"]}"\n\n{indented}\n\n</div>',
    ]


def collect() -> dict[str, Any]:
    floors = [(k, res, target) for k, (_, res, target) in zip(("rt", "buf", "spawn"), chan_bench.run(), strict=True)]
    ctx = context_bench.figures()
    floors.append(("fan", ctx["fanout"], 1.2))
    return {
        "date": datetime.date.today().isoformat(),
        "machine": machine(),
        "floors": floors,
        "context": ctx,
        "go": go_bench.run(),
        "site": site_bench.run(),
        "scaling": scaling_bench.run(),
        "wasm": wasm_bench.run(),
    }


RESULTS = ROOT / "docs" / "assets" / "bench" / "results.json"


def main() -> None:
    """Measure (or with ``--render-only``, reuse the last results.json) and write the pages."""
    if "--render-only" in sys.argv or "--only" in sys.argv:
        raw = json.loads(RESULTS.read_text(encoding="utf-8"))
        raw["scaling"] = {k: {int(n): v for n, v in d.items()} for k, d in raw["scaling"].items()}
        results = raw
        if "--only" in sys.argv:  # `--only wasm`: measure that part again, keep the others
            part = sys.argv[sys.argv.index("--only") + 1]
            results[part] = {"wasm": wasm_bench.run}[part]()
            RESULTS.write_text(json.dumps(results, indent=1, default=list) + "\n", encoding="utf-8")
    else:
        results = collect()
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=1, default=list) + "\n", encoding="utf-8")
    SVG.parent.mkdir(parents=True, exist_ok=True)
    # One picture per language: mkdocs-static-i18n serves scaling.zh.svg as scaling.svg under /zh/.
    SVG.write_text(svg(results["scaling"], "en"), encoding="utf-8")
    SVG.with_suffix(".zh.svg").write_text(svg(results["scaling"], "zh"), encoding="utf-8")
    for lang, page in PAGES.items():
        replace_section(page, render(lang, results))
        print(f"wrote {page.relative_to(ROOT)}")
    fix_chinese_punctuation()
    print(f"wrote {SVG.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
