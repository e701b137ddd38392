"""Benchmarks, run on demand (`make bench`), never as part of the checks.

Each figure is a median over several runs; each ratio is taken pair by pair inside one
run (goexit and its plain-CPython floor measured back to back), so a noisy machine does
not decide the result."""
