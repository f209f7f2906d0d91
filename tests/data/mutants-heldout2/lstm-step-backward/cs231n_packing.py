import numpy as np


def _s(v):
    return 0.5 * (1 + np.tanh(0.5 * v))


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    i = _s(a[:, :H])
    f = _s(a[:, H:2 * H])
    g = np.tanh(a[:, 2 * H:3 * H])
    o = _s(a[:, 3 * H:])
    next_c = f * c_prev + i * g
    tc = np.tanh(next_c)

    dnext_c = dc + dh * o * (1 - tc ** 2)
    dai = dnext_c * g * i * (1 - i)
    daf = dnext_c * c_prev * f * (1 - f)
    dao = dh * tc * o * (1 - o)
    dag = dnext_c * i * (1 - g ** 2)
    da = np.concatenate((dai, daf, dao, dag), axis=1)

    dx = da @ W_ih
    dprev_h = da @ W_hh
    dprev_c = dnext_c * f
    dWx = da.T @ x
    dWh = da.T @ h_prev
    db = np.sum(da, axis=0)
    return dx, dprev_h, dprev_c, dWx, dWh, db, db
