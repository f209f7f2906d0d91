import numpy as np

def gru_cell(x, h_prev, W_ih, W_hh, b_ih, b_hh):
    H = h_prev.shape[1]
    Wr, Wz, Wn = W_ih[:H], W_ih[H:2*H], W_ih[2*H:]
    Ur, Uz, Un = W_hh[:H], W_hh[H:2*H], W_hh[2*H:]
    r = 1 / (1 + np.exp(-(x @ Wr.T + b_ih[:H] + h_prev @ Ur.T + b_hh[:H])))
    z = x @ Wz.T + b_ih[H:2*H] + h_prev @ Uz.T + b_hh[H:2*H]
    n = np.tanh(x @ Wn.T + b_ih[2*H:] + r * (h_prev @ Un.T + b_hh[2*H:]))
    return (1 - z) * n + z * h_prev
