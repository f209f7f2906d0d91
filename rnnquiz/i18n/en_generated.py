"""English messages of generated questions and the Anki export."""

MESSAGES = {
    "format.shape": "answer with a shape, e.g. (5, 3, 128), [5, 3, 128] or 5 x 3 x 128",
    "kind.shape": "type a shape, e.g. (5, 3, 128); brackets are optional",
    "gen.none-mixed": "No generated template matches these filters; none is mixed in.",
    "stats.items-generated": " and {n} generated templates",
    "stats.generated-mark": " (generated)",
    "anki.written": "Wrote {n} notes ({lang}) to {path}. Import it in Anki (File → Import); importing a newer export updates these notes instead of adding copies.",
    "anki.deck": "rnnquiz: RNN interview questions",
    "anki.options": "Options",
    "anki.answer": "Answer",
    "anki.key-points": "Key points",
    "anki.model-answer": "Model answer",
    "anki.order": "Correct order",
    "anki.pairs": "Pairs",
    "anki.true": "True",
    "anki.false": "False",
    "anki.source": "Source",
}
