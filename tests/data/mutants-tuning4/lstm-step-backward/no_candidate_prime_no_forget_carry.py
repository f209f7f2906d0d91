import numpy as np


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    a = x @ W_ih.T + b_ih + h_prev @ W_hh.T + b_hh
    ai, af, ag, ao = np.split(a, 4, axis=1)
    i = 1 / (1 + np.exp(-ai))
    f = 1 / (1 + np.exp(-af))
    g = np.tanh(ag)
    o = 1 / (1 + np.exp(-ao))
    c = f * c_prev + i * g
    t = np.tanh(c)
    dct = dc + dh * o * (1 - t * t)
    dai = dct * g * i * (1 - i)
    daf = dct * c_prev * f * (1 - f)
    dag = dct * i                        # candidate gradient
    dao = dh * t * o * (1 - o)
    da = np.concatenate([dai, daf, dag, dao], axis=1)
    return (da @ W_ih, da @ W_hh, dct, da.T @ x, da.T @ h_prev, da.sum(0), da.sum(0))
