"""The differential fuzzer: random deterministic Go programs, each with its goexit Python twin.

Go is the judge.  A seeded generator (`fuzz.gen`) builds programs over a small grammar
(`fuzz.grammar`: nested calls with defers, panics of many value kinds, recover at several
depths, re-panics, Goexit, os.Exit, fmt/log/bufio printing, channel hand-offs in a fixed
order, deadlocks), and emits each as a Go program and as the Python twin a reader of
docs/python.md would write.  `fuzz.run` compiles a whole batch into one Go binary (one
function per program, chosen by a command-line argument), runs the twins in forked children
of a server that imported goexit once (`fuzz.forkserver`), and compares the transcripts after
`harness.normalise`.  `fuzz.minimise` shrinks a failing program by delta debugging over its
statements before it is written to tests/twins/fuzz/ as a regression twin.

Entry points: ``tests/test_fuzz.py`` (the fixed-seed batch of ``make test``) and
``python -m fuzz`` (``make fuzz N=... SEED=...``).
"""
