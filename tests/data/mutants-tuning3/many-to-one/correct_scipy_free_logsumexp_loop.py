import numpy as np

def many_to_one(x, h0, W_ih, W_hh, b_ih, b_hh, W_out, b_out):
    probs = []
    for b in range(x.shape[1]):
        h = h0[b]
        for t in range(x.shape[0]):
            h = np.tanh(W_ih @ x[t, b] + b_ih + W_hh @ h + b_hh)
        z = W_out @ h + b_out
        m = z.max()
        probs.append(np.exp(z - m - np.log(np.exp(z - m).sum())))
    return np.array(probs)
