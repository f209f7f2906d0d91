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

    dct = dh * o * (1 - tc * tc)
    dc_prev = f * dct
    di, df, dg, do = dct * g, dct * c_prev, dct * i, dh * tc
    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g * g), do * o * (1 - o)], axis=1)

    dx = da @ W_ih
    dh_prev = da @ W_hh
    return dx, dh_prev, dc_prev, da.T @ x, da.T @ h_prev, da.sum(0), da.sum(0)
