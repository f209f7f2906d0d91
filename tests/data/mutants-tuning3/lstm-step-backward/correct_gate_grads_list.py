import numpy as np

def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    i = 1 / (1 + np.exp(-a[:, :H]))
    f = 1 / (1 + np.exp(-a[:, H:2*H]))
    g = np.tanh(a[:, 2*H:3*H])
    o = 1 / (1 + np.exp(-a[:, 3*H:]))
    c = f * c_prev + i * g
    tc = np.tanh(c)

    dct = dc + dh * o * (1.0 - tc * tc)
    grads = [dct * g * i * (1.0 - i), dct * c_prev * f * (1.0 - f), dct * i * (1.0 - g * g), dh * tc * o * (1.0 - o)]
    da = np.concatenate(grads, axis=1)
    dW_ih = np.einsum("bg,bd->gd", da, x)
    dW_hh = np.einsum("bg,bh->gh", da, h_prev)
    db = da.sum(axis=0)
    return da @ W_ih, da @ W_hh, dct * f, dW_ih, dW_hh, db, db.copy()
