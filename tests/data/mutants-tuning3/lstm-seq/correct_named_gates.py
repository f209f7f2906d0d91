import numpy as np

def lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    H = h0.shape[1]
    names = ("i", "f", "g", "o")
    h, c = h0, c0
    outputs = []
    for xt in x:
        pre = xt @ W_ih.T + h @ W_hh.T + (b_ih + b_hh)
        gate = {n: pre[:, k * H:(k + 1) * H] for k, n in enumerate(names)}
        i, f, o = (0.5 * (1 + np.tanh(gate[n] / 2)) for n in "ifo")
        c = f * c + i * np.tanh(gate["g"])
        h = o * np.tanh(c)
        outputs.append(h)
    return np.array(outputs), h, c
