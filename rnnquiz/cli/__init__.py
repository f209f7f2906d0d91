"""The command line: the only part of rnnquiz that imports typer."""
