"""Progress: the answer history (SQLite), FSRS scheduling, stats, export/import and repair.

Nothing is imported here, so `from rnnquiz.progress.scheduler import Rating` stays cheap;
`store` is the one module that imports sqlite3, `scheduler` the one that imports fsrs.
"""
