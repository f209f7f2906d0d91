import numpy as np


def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):

    V = E.shape[0]
    token = start
    h = h0
    generated = []
    for s in range(steps):
        one_hot = np.eye(V)[token]  # (B, V)
        x = one_hot @ E              # same as E[token]
        h = np.tanh(x @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        scores = h @ W_out.T + b_out
        token = np.argmax(scores, axis=1)
        generated.append(token)
    return np.stack(generated).astype(np.int64)
