"""Grading a whole class: find the submissions, grade them strictly in parallel, write what instructors' tools read."""
