import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    out = []
    cur = start
    h = h0
    for _ in range(steps):
        out.append(cur)                  # record the token we feed in
        a = E[cur] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        h = 1 / (1 + np.exp(-a))
        cur = np.argmax(h @ W_out.T + b_out, axis=1)
    return np.array(out, dtype=np.int64)
