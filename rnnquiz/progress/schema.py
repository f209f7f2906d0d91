"""The progress database schema as numbered migrations; `PRAGMA user_version` says which have run.

Migration N takes a database at version N-1 to version N. Never edit a migration that has shipped:
add the next one. `store.ProgressStore.open` runs the missing ones in one transaction, after
copying the old file aside, and refuses a database whose version is newer than `LATEST`.

Version 1: answers (one row per answer given) and cards (one FSRS card per item, as JSON).
Version 2: the learner's calendar day on each answer, per-card counters, a per-day table and
mock-interview sessions, so that `rnnquiz stats` reads small tables instead of every answer.
Version 3: drill state (hints used, solution viewed, status per track, recorded-attempt marks),
imported once from the older `workspace/state.json` (see `migrate.py`).
"""

from __future__ import annotations

# 'rnnq' in ASCII: marks the file as an rnnquiz progress database (PRAGMA application_id).
APPLICATION_ID = 0x726E6E71

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: answers and cards
    (
        """CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,             -- random id: import merges on it
            item_type TEXT NOT NULL,              -- 'question' | 'drill'
            item_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            mode TEXT NOT NULL,                   -- 'ask' | 'review' | 'mock' | 'drill'
            session_id TEXT NOT NULL DEFAULT '',
            topic TEXT NOT NULL DEFAULT '',
            answered_at TEXT NOT NULL,            -- UTC ISO 8601, fixed width: sorts as time
            correct INTEGER CHECK (correct IN (0, 1)),
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            duration_s REAL NOT NULL,
            hints_used INTEGER NOT NULL DEFAULT 0,
            detail TEXT                           -- JSON object or NULL
        )""",
        "CREATE INDEX answers_by_item ON answers (item_type, item_id, answered_at)",
        """CREATE TABLE cards (
            item_type TEXT NOT NULL,
            item_id TEXT NOT NULL,
            topic TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            due TEXT NOT NULL,                    -- UTC ISO 8601, copied from the card
            state INTEGER NOT NULL,
            stability REAL,
            difficulty REAL,
            last_review TEXT,
            card_json TEXT NOT NULL,              -- fsrs Card.to_json()
            PRIMARY KEY (item_type, item_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX cards_by_due ON cards (item_type, due)",
    ),
    # 2: calendar days, counters, mock sessions
    (
        "ALTER TABLE answers ADD COLUMN day TEXT NOT NULL DEFAULT ''",
        # Version 1 kept no time zone; the machine's local one is the best guess for old answers.
        "UPDATE answers SET day = date(answered_at, 'localtime')",
        "CREATE INDEX answers_by_time ON answers (answered_at)",
        "CREATE INDEX answers_by_topic ON answers (topic)",
        "ALTER TABLE cards ADD COLUMN reps INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE cards ADD COLUMN recalled INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE cards ADD COLUMN lapses INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE cards ADD COLUMN last_rating INTEGER",
        """UPDATE cards SET
            reps = (SELECT COUNT(*) FROM answers a WHERE a.item_type = cards.item_type AND a.item_id = cards.item_id),
            recalled = (SELECT COUNT(*) FROM answers a WHERE a.item_type = cards.item_type AND a.item_id = cards.item_id AND a.rating > 1),
            lapses = (SELECT COUNT(*) FROM answers a WHERE a.item_type = cards.item_type AND a.item_id = cards.item_id AND a.rating = 1),
            last_rating = (SELECT a.rating FROM answers a WHERE a.item_type = cards.item_type AND a.item_id = cards.item_id
                           ORDER BY a.answered_at DESC, a.id DESC LIMIT 1)""",
        """CREATE TABLE days (
            day TEXT PRIMARY KEY,                 -- the learner's calendar date, YYYY-MM-DD
            answers INTEGER NOT NULL,
            recalled INTEGER NOT NULL,            -- answers not graded Again
            seconds REAL NOT NULL
        ) WITHOUT ROWID""",
        """INSERT INTO days (day, answers, recalled, seconds)
            SELECT day, COUNT(*), SUM(rating > 1), SUM(duration_s) FROM answers GROUP BY day""",
        """CREATE TABLE mock_sessions (
            session_id TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,             -- UTC ISO 8601
            duration_s REAL NOT NULL,
            score REAL NOT NULL,
            max_score REAL NOT NULL,
            per_topic TEXT NOT NULL               -- JSON object
        )""",
        "CREATE INDEX mock_sessions_by_time ON mock_sessions (started_at)",
    ),
    # 3: drill state (was workspace/state.json, rewritten whole by each run: concurrent runs lost updates)
    (
        """CREATE TABLE drill_state (
            drill_id TEXT PRIMARY KEY,
            hints_used INTEGER NOT NULL DEFAULT 0,
            solution_viewed INTEGER NOT NULL DEFAULT 0 CHECK (solution_viewed IN (0, 1)),
            started_at REAL                       -- Unix time the current attempt started, or NULL
        ) WITHOUT ROWID""",
        """CREATE TABLE drill_status (
            drill_id TEXT NOT NULL,
            track TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('failed', 'passed')),
            PRIMARY KEY (drill_id, track)
        ) WITHOUT ROWID""",
        """CREATE TABLE drill_marks (
            drill_id TEXT NOT NULL,
            mark TEXT NOT NULL,                   -- 'pass:<file digest>' or 'fail:<UTC day>': already recorded
            PRIMARY KEY (drill_id, mark)
        ) WITHOUT ROWID""",
    ),
)

LATEST = len(MIGRATIONS)
