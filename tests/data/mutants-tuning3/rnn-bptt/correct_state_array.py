import numpy as np

def rnn_bptt(x, h0, W_ih, W_hh, b_ih, b_hh, dout):
    T = x.shape[0]
    H = np.empty((T + 1,) + h0.shape)
    H[0] = h0
    for t in range(T):
        H[t + 1] = np.tanh(x[t] @ W_ih.T + H[t] @ W_hh.T + b_ih + b_hh)
    dz_all = np.zeros_like(H[1:])
    g = np.zeros_like(h0)
    for t in range(T - 1, -1, -1):
        dz_all[t] = (dout[t] + g) * (1.0 - H[t + 1] ** 2)
        g = dz_all[t] @ W_hh
    dx = np.einsum("tbh,hd->tbd", dz_all, W_ih)
    dW_ih = np.einsum("tbh,tbd->hd", dz_all, x)
    dW_hh = np.einsum("tbh,tbk->hk", dz_all, H[:-1])
    db = dz_all.sum(axis=(0, 1))
    return dx, g, dW_ih, dW_hh, db, db.copy()
