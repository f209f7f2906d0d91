import numpy as np

def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    res = []
    cur, h = np.asarray(start), h0
    while len(res) < steps:
        h = np.tanh(np.take(E, cur, axis=0) @ W_ih.T + h @ W_hh.T + (b_ih + b_hh))
        cur = np.argmax(h @ W_out.T + b_out, axis=1).astype(np.int64)
        res.append(cur)
    return np.stack(res).astype(np.int64)
