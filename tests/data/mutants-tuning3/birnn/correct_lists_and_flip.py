import numpy as np

def step(x, h, Wi, Wh, bi, bh):
    return np.tanh(x @ Wi.T + bi + h @ Wh.T + bh)

def birnn(x, h0, W_ih, W_hh, b_ih, b_hh, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev, W_y, b_y):
    hf, hb = h0[0], h0[1]
    fw, bw = [], []
    for xt in x:
        hf = step(xt, hf, W_ih, W_hh, b_ih, b_hh)
        fw.append(hf)
    for xt in x[::-1]:
        hb = step(xt, hb, W_ih_rev, W_hh_rev, b_ih_rev, b_hh_rev)
        bw.append(hb)
    outputs = np.concatenate([np.array(fw), np.array(bw[::-1])], axis=-1)
    return outputs, np.stack([hf, hb]), np.einsum("tbk,ok->tbo", outputs, W_y) + b_y
