import numpy as np

def lstm_cell(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    pre = np.einsum("bd,gd->bg", x, W_ih) + np.einsum("bh,gh->bg", h_prev, W_hh) + b_ih + b_hh
    blocks = [pre[:, k * H:(k + 1) * H] for k in range(4)]
    i, f, o = (0.5 * (1 + np.tanh(0.5 * blocks[k])) for k in (0, 1, 3))
    g = np.tanh(blocks[2])
    c = f * c_prev + i * g
    return o * np.tanh(c), c
