"""The topic and kind ids, importable without pydantic (the quiz path stays light)."""

TOPICS = (
    "history",
    "nlp-challenges",
    "applications",
    "rnn-cell",
    "training",
    "gru",
    "lstm",
    "gru-vs-lstm",
    "bidirectional",
    "deep-rnn",
    "embeddings",
    "rnn-types",
    "attention",
    "seq2seq",
)
KINDS = ("open", "choice", "truefalse", "order", "match", "numeric")
