# lstm numpy rnnquiz
from rnnquiz.drills.references import load_function
from rnnquiz.paths import solutions_dir

lstm_cell = load_function(solutions_dir() / "numpy" / "lstm.py", "lstm_cell")
