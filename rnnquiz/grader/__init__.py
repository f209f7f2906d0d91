"""The sandbox boundary: run a learner's file in a limited child process and bring its results back.

`sandbox` is the parent side (it never imports learner code), `worker` the child side, and
`protocol` the file format between them (JSON and .npz with a version field, never pickle).
The sandbox protects against accidents (hangs, memory blow-ups, output floods, crashes), not
against malicious code.
"""
