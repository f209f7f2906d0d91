import numpy as np

def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    out = np.zeros((steps, len(start)), dtype=np.int64)
    tok, h = start, h0
    for s in range(steps):
        logits = h @ W_out.T + b_out
        h = np.tanh(E[tok] @ W_ih.T + b_ih + h @ W_hh.T + b_hh)
        tok = np.argmax(logits, axis=1)
        out[s] = tok
    return out
