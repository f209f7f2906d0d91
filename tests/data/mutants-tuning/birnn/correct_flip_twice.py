import numpy as np


def _run(xs, h, Wx, Wh, bx, bh):
    out = []
    for xt in xs:
        h = np.tanh(xt @ Wx.T + h @ Wh.T + bx + bh)
        out.append(h)
    return np.stack(out), h


def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    fwd, hf = _run(x, h0[0], W_ih, W_hh, b_ih, b_hh)
    bwd_rev, hb = _run(x[::-1], h0[1], W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev)
    outputs = np.concatenate([fwd, bwd_rev[::-1]], axis=-1)
    y = np.einsum("tbk,ok->tbo", outputs, W_y) + b_y
    return outputs, np.stack([hf, hb]), y
