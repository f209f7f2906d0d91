"""Coding drills: the drill format, the catalogue, input generation, comparison and diagnosis.

The learner's code never runs in this package's process: `rnnquiz.grader` runs it in a child and
`rnnquiz.drills.grade` decides the verdict here from references computed in this process.
"""
