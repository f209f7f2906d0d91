import torch


def gru_simple_cell(x, a_prev, W_c, b_c, W_u, b_u):

    ax = torch.cat((a_prev, x), dim=-1)
    c_tilde = torch.tanh(torch.addmm(b_c, ax, W_c.T))
    gamma_u = torch.sigmoid(torch.addmm(b_u, ax, W_u.T))
    return torch.lerp(a_prev, c_tilde, gamma_u)
