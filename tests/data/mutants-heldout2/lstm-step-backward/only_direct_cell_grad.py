import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    sig = lambda v: 1.0 / (1.0 + np.exp(-v))
    pre = x @ W_ih.T + h_prev @ W_hh.T + b_ih + b_hh
    gi, gf, gg, go = [pre[:, k * H:(k + 1) * H] for k in range(4)]
    i, f, g, o = sig(gi), sig(gf), np.tanh(gg), sig(go)
    c = f * c_prev + i * g
    th = np.tanh(c)

    # gradient flowing into the cell state
    dcell = dc
    d_o = dh * th * o * (1 - o)
    d_i = dcell * g * i * (1 - i)
    d_f = dcell * c_prev * f * (1 - f)
    d_g = dcell * i * (1 - g * g)
    dpre = np.hstack([d_i, d_f, d_g, d_o])

    dx = dpre @ W_ih
    dh_prev = dpre @ W_hh
    dc_prev = dcell * f
    dW_ih = dpre.T @ x
    dW_hh = dpre.T @ h_prev
    db = dpre.sum(axis=0)
    return dx, dh_prev, dc_prev, dW_ih, dW_hh, db, db.copy()
