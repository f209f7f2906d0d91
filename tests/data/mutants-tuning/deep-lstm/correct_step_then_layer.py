import numpy as np


def deep_lstm(x, h0, c0, W_ih_0, W_hh_0, b_ih_0, b_hh_0, W_ih_1, W_hh_1, b_ih_1, b_hh_1):
    params = [(W_ih_0, W_hh_0, b_ih_0 + b_hh_0), (W_ih_1, W_hh_1, b_ih_1 + b_hh_1)]
    h = [h0[0], h0[1]]
    c = [c0[0], c0[1]]
    H = h0.shape[-1]
    outputs = np.zeros((x.shape[0],) + h0.shape[1:])
    for t in range(x.shape[0]):
        inp = x[t]
        for layer, (Wi, Wh, b) in enumerate(params):
            a = inp @ Wi.T + h[layer] @ Wh.T + b
            i, f, o = (0.5 * (1 + np.tanh(0.5 * a[:, k * H:(k + 1) * H])) for k in (0, 1, 3))
            g = np.tanh(a[:, 2 * H:3 * H])
            c[layer] = f * c[layer] + i * g
            h[layer] = o * np.tanh(c[layer])
            inp = h[layer]
        outputs[t] = inp
    return outputs, np.stack(h), np.stack(c)
