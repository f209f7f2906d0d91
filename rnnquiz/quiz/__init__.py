"""A quiz session: outcomes, scoring, time budgets and the mock-interview report."""
