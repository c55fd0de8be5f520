"""Per-customer volume against the average, rank, timelines, handoffs, cost and patterns.

Every figure is computed in SQL (GROUP BY and window functions that SQLite and PostgreSQL share)
and returned as frozen dataclasses; nothing here loads a table's rows into Python. Customers
merged into another count under the one they were merged into (see :mod:`desk.analytics.merges`).
"""
