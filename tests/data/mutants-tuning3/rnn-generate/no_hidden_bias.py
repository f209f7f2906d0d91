import numpy as np

def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    generated = []
    token, h = start, h0
    for _ in range(steps):
        h = np.tanh(E[token] @ W_ih.T + b_ih + h @ W_hh.T)
        token = (h @ W_out.T + b_out).argmax(-1)
        generated.append(token)
    return np.array(generated, dtype=np.int64)
