"""rnnquiz: mock interviews and auto-graded coding drills on recurrent neural networks."""

__version__ = "0.2.0"
