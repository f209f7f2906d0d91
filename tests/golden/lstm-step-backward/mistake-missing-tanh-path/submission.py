import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    i = sigmoid(a[:, :H])
    f = sigmoid(a[:, H:2 * H])
    g = np.tanh(a[:, 2 * H:3 * H])
    o = sigmoid(a[:, 3 * H:])
    c = f * c_prev + i * g

    # h = o * tanh(c): gradient for the output gate
    do = dh * np.tanh(c)
    # c = f * c_prev + i * g: gradients for the other gates
    di = dc * g
    df = dc * c_prev
    dg = dc * i
    dc_prev = dc * f

    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g ** 2), do * o * (1 - o)], axis=1)
    db = da.sum(axis=0)
    return da @ W_ih, da @ W_hh, dc_prev, da.T @ x, da.T @ h_prev, db, db
