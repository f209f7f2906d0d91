import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_step_backward(x, h_prev, c_prev, W_ih, W_hh, b_ih, b_hh, dh, dc):
    H = h_prev.shape[1]
    pre = x @ W_ih.T + h_prev @ W_hh.T + b_ih + b_hh
    a_i, a_f, a_g, a_o = (pre[:, k * H:(k + 1) * H] for k in range(4))
    i, f, g, o = sigmoid(a_i), sigmoid(a_f), np.tanh(a_g), sigmoid(a_o)
    c = f * c_prev + i * g
    tanh_c = np.tanh(c)

    # gradient of the loss w.r.t. c: directly, and through h = o * tanh(c)
    d_c = dc + dh * o * (1 - tanh_c * tanh_c)

    grads = {
        "i": d_c * g * i * (1 - i),
        "f": d_c * c_prev * f * (1 - f),
        "g": d_c * i * (1 - g * g),
        "o": dh * tanh_c * o * (1 - o),
    }
    d_pre = np.hstack([grads[name] for name in "ifgo"])

    dx = np.zeros_like(x)
    dh_prev = np.zeros_like(h_prev)
    for k in range(4):
        block = slice(k * H, (k + 1) * H)
        dx += d_pre[:, block] @ W_ih[block]
        dh_prev += d_pre[:, block] @ W_hh[block]
    dW_ih = np.einsum("bj,bd->jd", d_pre, x)
    dW_hh = np.einsum("bj,bk->jk", d_pre, h_prev)
    db = np.sum(d_pre, axis=0)
    return dx, dh_prev, d_c * f, dW_ih, dW_hh, db, db
