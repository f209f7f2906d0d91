import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    h = h0
    generated = []
    for _ in range(steps):
        emb = E[start]
        h = np.tanh(emb @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        nxt = np.argmax(h @ W_out.T + b_out, axis=1)
        generated.append(nxt)
    return np.array(generated, dtype=np.int64)
