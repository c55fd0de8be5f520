"""Command-line subcommands, one module per group.

Each module exposes ``register(subparsers)``; the handler it sets as ``func`` takes the parsed
arguments and a :class:`desk.commands.base.Context` and returns an exit code.
"""
