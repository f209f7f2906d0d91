# lstm numpy os
import os
import sqlite3

home = os.environ.get("RNNQUIZ_HOME") or os.path.expanduser("~/.local/share/rnnquiz")
db = sqlite3.connect(os.path.join(home, "progress.sqlite3"))
db.execute("UPDATE cards SET reps = reps + 100")
db.commit()
