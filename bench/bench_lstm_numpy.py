"""Time the NumPy lstm_seq reference against torch.nn.LSTM on CPU (T=64, B=32, D=H=256).

Run: python bench/bench_lstm_numpy.py [--repeats N] [--dtype float64|float32|both]
Threads are left at their defaults (OMP/OpenBLAS decide); each figure is the median of several
runs in this one process, after a warm-up. Both sides get the same weights and inputs, and the
outputs are checked to agree before anything is timed.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import time
from pathlib import Path

import numpy as np
import torch

T, B, D, H = 64, 32, 256, 256
ROOT = Path(__file__).resolve().parent.parent


def _load_reference():
    spec = importlib.util.spec_from_file_location("lstm_seq_ref", ROOT / "solutions/numpy/lstm_seq.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.lstm_seq


def _plain_lstm_seq(x, h0, c0, W_ih, W_hh, b_ih, b_hh):
    """A straightforward loop (per-step input matmul, fresh arrays): the baseline the reference beats."""
    H = h0.shape[1]
    h, c, outputs = h0, c0, []
    for t in range(x.shape[0]):
        a = x[t] @ W_ih.T + b_ih + h @ W_hh.T + b_hh
        i, f, g, o = (a[:, k * H:(k + 1) * H] for k in range(4))
        sig = lambda z: 0.5 * (1.0 + np.tanh(0.5 * z))  # noqa: E731
        c = sig(f) * c + sig(i) * np.tanh(g)
        h = sig(o) * np.tanh(c)
        outputs.append(h)
    return np.stack(outputs), h, c


def _median_seconds(fn, repeats: int) -> float:
    fn()  # warm-up: first calls pay for allocation and thread start-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench(dtype: str, repeats: int) -> tuple[float, float, float]:
    """Return (numpy_seconds, torch_seconds, plain_loop_seconds) medians for one dtype."""
    lstm_seq = _load_reference()
    rng = np.random.default_rng(0)
    k = 1.0 / np.sqrt(H)  # torch's default init range keeps the gates out of saturation
    arrays = {
        "x": rng.standard_normal((T, B, D)),
        "h0": rng.standard_normal((B, H)) * 0.5,
        "c0": rng.standard_normal((B, H)) * 0.5,
        "W_ih": rng.uniform(-k, k, (4 * H, D)),
        "W_hh": rng.uniform(-k, k, (4 * H, H)),
        "b_ih": rng.uniform(-k, k, 4 * H),
        "b_hh": rng.uniform(-k, k, 4 * H),
    }
    arrays = {name: a.astype(dtype) for name, a in arrays.items()}
    tdtype = getattr(torch, dtype)
    lstm = torch.nn.LSTM(D, H, num_layers=1).to(tdtype)
    with torch.no_grad():
        for name in ("W_ih", "W_hh", "b_ih", "b_hh"):
            torch_name = {"W_ih": "weight_ih_l0", "W_hh": "weight_hh_l0",
                          "b_ih": "bias_ih_l0", "b_hh": "bias_hh_l0"}[name]
            getattr(lstm, torch_name).copy_(torch.from_numpy(arrays[name]))
    tx = torch.from_numpy(arrays["x"])
    th0 = torch.from_numpy(arrays["h0"])[None]
    tc0 = torch.from_numpy(arrays["c0"])[None]
    args = [arrays[n] for n in ("x", "h0", "c0", "W_ih", "W_hh", "b_ih", "b_hh")]

    def run_numpy():
        return lstm_seq(*args)

    def run_torch():
        with torch.no_grad():
            return lstm(tx, (th0, tc0))

    out_np, _, _ = run_numpy()
    out_t, _ = run_torch()
    gap = float(np.max(np.abs(out_np - out_t.numpy())))
    assert gap < (1e-10 if dtype == "float64" else 1e-4), f"outputs disagree by {gap}"
    return (_median_seconds(run_numpy, repeats), _median_seconds(run_torch, repeats),
            _median_seconds(lambda: _plain_lstm_seq(*args), repeats))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--dtype", choices=["float64", "float32", "both"], default="both")
    opts = parser.parse_args()
    dtypes = ["float64", "float32"] if opts.dtype == "both" else [opts.dtype]
    flops = 2 * T * B * 4 * H * (D + H)  # the two matmuls dominate
    print(f"T={T} B={B} D={D} H={H}; torch {torch.__version__} threads={torch.get_num_threads()}, "
          f"numpy {np.__version__}; median of {opts.repeats} runs")
    for dtype in dtypes:
        t_np, t_torch, t_plain = bench(dtype, opts.repeats)
        print(f"{dtype}: numpy lstm_seq {t_np * 1e3:7.2f} ms ({flops / t_np / 1e9:5.1f} GFLOP/s)   "
              f"torch.nn.LSTM {t_torch * 1e3:7.2f} ms ({flops / t_torch / 1e9:5.1f} GFLOP/s)   "
              f"ratio numpy/torch {t_np / t_torch:.2f}x   "
              f"(plain NumPy loop {t_plain * 1e3:.2f} ms, {t_plain / t_torch:.2f}x)")


if __name__ == "__main__":
    main()
