"""Run the benchmarks: ``python -m tests.benchmarks [NAME ...]`` (default: all).

Each ``bench_*.py`` module has a ``main()`` that prints its figures beside a reference, as a
ratio. The data sets are generated once into ``$BREAKUP_BENCH_DIR`` (default: a folder in
the system temp directory) and reused.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time

import tests.benchmarks as package


def main(argv: list[str]) -> int:
    names = sorted(
        m.name for m in pkgutil.iter_modules(package.__path__) if m.name.startswith("bench_")
    )
    wanted = [n if n.startswith("bench_") else f"bench_{n}" for n in argv] or names
    unknown = sorted(set(wanted) - set(names))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(names)}")
        return 2
    for name in wanted:
        print(f"\n=== {name}")
        started = time.perf_counter()
        module = importlib.import_module(f"tests.benchmarks.{name}")
        module.main()
        print(f"({name} took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
