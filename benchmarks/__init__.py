"""Benchmarks and the long fault-injection run: `python -m benchmarks`, `python -m benchmarks.faults`."""
