import numpy as np

def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    gates = {}
    for k, name in enumerate("rz"):
        s = slice(k * H, (k + 1) * H)
        pre = x @ W_ih[s].T + b_ih[s] + h_prev @ W_hh[s].T + b_hh[s]
        gates[name] = 1.0 / (1.0 + np.exp(-pre))
    s = slice(2 * H, 3 * H)
    n = np.tanh(x @ W_ih[s].T + b_ih[s] + gates["r"] * (h_prev @ W_hh[s].T + b_hh[s]))
    return (1.0 - gates["z"]) * n + gates["z"] * h_prev
