import numpy as np

def rnn_generate(start, E, W_ih, W_hh, b_ih, b_hh, h0, W_out, b_out, steps):
    tokens = np.empty((steps, start.shape[0]), dtype=np.int64)
    word = start
    state = np.zeros_like(h0)
    for k in range(steps):
        state = np.maximum(0.0, E[word] @ W_ih.T + b_ih + state @ W_hh.T + b_hh)
        word = np.argmax(state @ W_out.T + b_out, axis=-1)
        tokens[k] = word
    return tokens
