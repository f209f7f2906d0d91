import numpy as np

def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, B, _ = x.shape
    H = h0.shape[1]
    outputs = np.zeros((T, B, H))
    cells = np.zeros((T, B, H))
    h, c = h0, c0
    for t in range(T):
        gates = x[t] @ W_ih.T + h @ W_hh.T + b_ih + b_hh
        i, f, g, o = np.split(gates, 4, axis=-1)
        i, f, o = [1 / (1 + np.exp(-v)) for v in (i, f, o)]
        c = f * c + i * np.tanh(g)
        h = o * np.tanh(c)
        outputs[t], cells[t] = h, c
    return outputs, outputs[0], cells[0]
