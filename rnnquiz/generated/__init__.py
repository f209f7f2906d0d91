"""Generated numeric questions: templates as data, drawn with fresh sizes, verified against torch.

`loader` reads and validates `questions/generated/*.yaml`; `draw` turns a template and a random
generator into a `Question` the quiz engine asks like any other; `verify` (the only module here
that imports torch) checks every formula against the torch.nn module it describes.
"""
