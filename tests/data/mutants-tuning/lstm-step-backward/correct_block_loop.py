import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    blocks = [a[:, k * H:(k + 1) * H] for k in range(4)]
    i, f, o = (1 / (1 + np.exp(-blocks[k])) for k in (0, 1, 3))
    g = np.tanh(blocks[2])
    c = f * c_prev + i * g
    tc = np.tanh(c)
    dct = dc + dh * o * (1 - tc * tc)
    grads = [dct * g * i * (1 - i), dct * c_prev * f * (1 - f), dct * i * (1 - g * g), dh * tc * o * (1 - o)]
    da = np.concatenate(grads, axis=1)
    return (da @ W_ih, da @ W_hh, dct * f, np.einsum("bg,bd->gd", da, x), np.einsum("bg,bh->gh", da, h_prev),
            da.sum(axis=0), da.sum(axis=0))
