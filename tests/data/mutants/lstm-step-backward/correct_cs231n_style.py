import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    a = x @ W_ih.T + h_prev @ W_hh.T + b_ih + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    i, f, o = 1 / (1 + np.exp(-ai)), 1 / (1 + np.exp(-af)), 1 / (1 + np.exp(-ao))
    g = np.tanh(ag)
    next_c = f * c_prev + i * g
    dnext_c = dc + dh * o * (1 - np.tanh(next_c) ** 2)
    dai = dnext_c * g * i * (1 - i)
    daf = dnext_c * c_prev * f * (1 - f)
    dag = dnext_c * i * (1 - g ** 2)
    dao = dh * np.tanh(next_c) * o * (1 - o)
    da = np.hstack((dai, daf, dag, dao))
    return da @ W_ih, da @ W_hh, dnext_c * f, da.T @ x, da.T @ h_prev, np.sum(da, 0), np.sum(da, 0)
