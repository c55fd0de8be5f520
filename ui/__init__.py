"""Breakup Desk's desktop interface (PySide6). Imports ``desk``; ``desk`` never imports it."""
