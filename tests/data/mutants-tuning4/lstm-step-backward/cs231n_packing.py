import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    # unpack as in the CS231n assignment: i, f, o, g
    ai, af, ao, ag = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]
    i, f, o = (1 / (1 + np.exp(-q)) for q in (ai, af, ao))
    g = np.tanh(ag)
    c = f * c_prev + i * g
    tc = np.tanh(c)
    dnext_c = dc + dh * o * (1 - tc ** 2)
    dai = dnext_c * g * i * (1 - i)
    daf = dnext_c * c_prev * f * (1 - f)
    dao = dh * tc * o * (1 - o)
    dag = dnext_c * i * (1 - g ** 2)
    da = np.hstack((dai, daf, dao, dag))
    return da @ W_ih, da @ W_hh, dnext_c * f, da.T @ x, da.T @ h_prev, da.sum(0), da.sum(0)
