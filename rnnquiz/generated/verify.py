"""Check every template's formula against torch for many random draws (`rnnquiz dev check`).

What torch says, per quantity:
- parameters: `sum(p.numel() for p in module.parameters())` of the module built from the draw;
- param_shape: the shape of the named parameter;
- output_shape: the shape of the selected result of a real forward pass (packed when `lengths`);
- macs: multiply-accumulates counted in a hooked forward pass (see `count_macs`);
- activation_bytes: the bytes autograd saves for backward while a cell is unrolled (see `saved_bytes`);
- onehot_ratio: the size of `F.one_hot(tokens)` over the size of the embedded batch;
- gate: which gate the named slice feeds, found by probing the module (see `rnnquiz.generated.probe`).
"""

from __future__ import annotations

import random
import warnings
from dataclasses import dataclass, field

import torch

from rnnquiz.generated.draw import GenerationError, answer_of, composite_of, draw_env, expr, instantiate, module_of, ref_or_literal
from rnnquiz.generated.loader import GenTemplate

MAX_REPORTED = 3  # disagreements reported per template; one is enough to act on


@dataclass
class TemplateCheck:
    """What checking one template found."""

    template: GenTemplate
    draws: int = 0
    problems: list[str] = field(default_factory=list)


def build(t: GenTemplate, env: dict, *, meta: bool = False) -> torch.nn.Module:
    """Instantiate the torch.nn module (or the composite) a draw describes; on the meta device when only shapes matter."""
    spec = module_of(t, env)
    if spec is None:
        from rnnquiz.generated.composites import build_composite

        spec = composite_of(t, env)
        return build_composite(spec["type"], spec["kwargs"])
    kwargs = dict(spec["kwargs"])
    if meta:
        kwargs["device"] = "meta"
    return getattr(torch.nn, spec["type"])(**kwargs)


def _inputs(t: GenTemplate, env: dict, module: torch.nn.Module) -> dict:
    fwd = t.data["forward"]
    args = {}
    for name, source in fwd["inputs"].items():
        shape = [int(v) for v in expr(source).value(env)]
        if isinstance(module, torch.nn.Embedding):
            args[name] = torch.randint(0, module.num_embeddings, shape)
        else:
            args[name] = torch.randn(*shape)
    if fwd.get("lengths"):
        from torch.nn.utils.rnn import pack_padded_sequence

        lengths = expr(fwd["lengths"]).value(env)
        batch_first = bool(getattr(module, "batch_first", False))
        args["input"] = pack_padded_sequence(args["input"], torch.tensor(lengths), batch_first=batch_first, enforce_sorted=False)
    return args


def _select(result, which: str, module: torch.nn.Module):  # noqa: ANN001, ANN202
    from torch.nn.utils.rnn import PackedSequence, pad_packed_sequence

    if isinstance(module, (torch.nn.RNN, torch.nn.GRU, torch.nn.LSTM)):
        output, state = result
        if which in ("output", "data", "padded"):
            if isinstance(output, PackedSequence):
                return output.data if which == "data" else pad_packed_sequence(output, batch_first=module.batch_first)[0]
            return output
        return {"h_n": state[0], "c_n": state[1]}[which] if isinstance(state, tuple) else state
    if isinstance(module, torch.nn.LSTMCell):
        return result[0] if which == "h" else result[1]
    if isinstance(module, torch.nn.MultiheadAttention):
        return result[0] if which == "attn_output" else result[1]
    return result


def count_macs(module: torch.nn.Module, inputs: dict) -> int:
    """Return the multiply-accumulates of the matrix products in one forward pass.

    A MAC is one multiplication plus one addition inside a matrix product: x·W_ihᵀ for a batch of
    B inputs of D dims into G·H gate rows costs B·G·H·D of them. Bias additions and the
    elementwise gate arithmetic (sigmoid, tanh, the products with c) are O(B·H) and left out, as
    interviewers do. torch's FLOP counter counts 2 FLOPs per MAC of mm/addmm/bmm; the oneDNN
    fused LSTM hides its matmuls from the counter, so it is switched off here.
    """
    from torch.utils.flop_counter import FlopCounterMode

    counter = FlopCounterMode(display=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with torch.backends.mkldnn.flags(enabled=False), torch.no_grad(), counter:
            module(**inputs)
    return counter.get_total_flops() // 2


def saved_bytes(module: torch.nn.Module, inputs: dict, steps: int) -> int:
    """Return the bytes of the tensors autograd keeps for backward while `module` (a cell) runs `steps` steps.

    Only what the forward pass creates counts: the parameters, the input sequence and the
    initial state are the learner's anyway and are left out. Tensors are counted once per storage
    (a tensor saved by two operations is one tensor in memory).
    """
    (x,) = inputs.values()
    xs = torch.randn(steps, *x.shape)
    h = torch.zeros(x.shape[0], module.hidden_size)
    state = (h, torch.zeros_like(h)) if isinstance(module, torch.nn.LSTMCell) else h
    own = {p.untyped_storage().data_ptr() for p in module.parameters()}
    own |= {t.untyped_storage().data_ptr() for t in (xs, *(state if isinstance(state, tuple) else (state,)))}
    kept: dict[int, int] = {}

    def pack(tensor: torch.Tensor) -> torch.Tensor:
        storage = tensor.untyped_storage()
        if storage.data_ptr() not in own:
            kept[storage.data_ptr()] = storage.nbytes()
        return tensor

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda tensor: tensor):
        for step in range(steps):
            state = module(xs[step], state)
    return sum(kept.values())


def onehot_ratio(module: torch.nn.Embedding, inputs: dict) -> float:
    """Return how many times more float32 numbers the one-hot batch holds than the embedded one."""
    (tokens,) = inputs.values()
    with torch.no_grad():
        onehot = torch.nn.functional.one_hot(tokens, module.num_embeddings).float()
        embedded = module(tokens)
    return onehot.numel() * onehot.element_size() / (embedded.numel() * embedded.element_size())


def measure(t: GenTemplate, env: dict):  # noqa: ANN201
    """Return what torch says the answer of this draw is (in the answer's own form)."""
    q = t.quantity
    if q in ("parameters", "param_shape"):
        module = build(t, env, meta=True)
        if q == "parameters":
            return sum(p.numel() for p in module.parameters())
        return list(dict(module.named_parameters())[expr(t.data["probe"]).value(env)].shape)
    if q == "gate":
        from rnnquiz.generated.probe import identify_gate

        name, lo, hi = expr(t.data["probe"]).value(env)
        code = identify_gate(build(t, env), name, int(lo), int(hi))
        codes = [o["code"] for o in t.data["options"]]
        return codes.index(code) if code in codes else f"gate {code!r}, which no option names"
    module = build(t, env)
    inputs = _inputs(t, env, module)
    if q == "macs":
        return count_macs(module, inputs)
    if q == "activation_bytes":
        return saved_bytes(module, inputs, int(expr(t.data["forward"]["steps"]).value(env)))
    if q == "onehot_ratio":
        return onehot_ratio(module, inputs)
    with torch.no_grad():
        result = module(**inputs)
    return list(_select(result, ref_or_literal(t.data["forward"].get("select", "output"), env), module).shape)


def _agrees(t: GenTemplate, formula, torch_says) -> bool:  # noqa: ANN001
    if isinstance(torch_says, str):
        return False
    if t.answer_kind == "number":
        # exact: a template's `tolerance` lets a learner's rounder answer pass, never the formula
        return abs(formula - torch_says) <= 1e-9 * max(1.0, abs(torch_says))
    return formula == torch_says


def verify_template(t: GenTemplate, draws: int, seed: int = 0) -> TemplateCheck:
    """Draw `draws` instances of `t` and compare each formula's answer with what torch measures."""
    check = TemplateCheck(t)
    rng = random.Random(f"verify:{t.id}:{seed}")
    torch.manual_seed(seed)
    for n in range(draws):
        try:
            env = draw_env(t, rng)
            instantiate(t, random.Random(n))  # the prompt and explanation fill in
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # torch's notes on oneDNN fallbacks say nothing about the formula
                formula, torch_says = answer_of(t, env), measure(t, env)
        except (GenerationError, ValueError, KeyError, TypeError, RuntimeError) as exc:
            check.problems.append(f"draw {n} failed: {type(exc).__name__}: {exc}")
            break
        check.draws += 1
        if not _agrees(t, formula, torch_says):
            drawn = ", ".join(f"{k}={env[k]}" for k in t.data["params"])
            check.problems.append(f"draw {n} ({drawn}): the formula gives {formula}, torch says {torch_says}")
            if len(check.problems) >= MAX_REPORTED:
                break
    return check


def verify_all(templates: list[GenTemplate], draws: int, seed: int = 0) -> list[TemplateCheck]:
    """Verify every template (one BLAS thread: the sizes are small and the machine is shared)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return [verify_template(t, draws, seed) for t in templates]
    finally:
        torch.set_num_threads(threads)
