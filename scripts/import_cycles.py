"""List the import cycles between this project's modules; exit 1 when there is any.

Every import counts: at the top of a module, inside a function, and under
``if TYPE_CHECKING:``, since a cycle hidden in any of those is still a cycle in the design.
import-linter's contracts (pyproject.toml) keep the layers one way between packages; this
script keeps modules from knowing each other in a circle inside a package too.

    python scripts/import_cycles.py [ROOT_PACKAGE ...]     # default: desk ui
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

TOP = Path(__file__).resolve().parents[1]


def _modules(roots: Iterable[str]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for root in roots:
        for path in sorted((TOP / root).rglob("*.py")):
            parts = list(path.relative_to(TOP).with_suffix("").parts)
            if "migrations" in parts:  # Alembic loads these by path, never by import
                continue
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path, known: dict[str, Path]) -> Iterator[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            # A module importing its own package (or a parent) is Python's doing, not a cycle.
            if target and target != name and not name.startswith(f"{target}."):
                yield target
                break


def cycles(roots: Iterable[str]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), sorted."""
    known = _modules(roots)
    graph = {name: sorted(set(_imports(name, path, known))) for name, path in known.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))
    for node in graph:
        if node not in index:
            visit(node)
    return sorted(found)


def main(argv: list[str]) -> int:
    roots = argv or ["desk", "ui"]
    found = cycles(roots)
    for component in found:
        print("cycle: " + " <-> ".join(component))
    print(f"{len(found)} import cycle(s) among the modules of {', '.join(roots)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
