"""Chinese word segmentation (jieba), loaded lazily, with the banks' own terms in its dictionary.

jieba costs about a second the first time it builds its dictionary, so nothing imports it until
an answer contains Chinese; `preload()` starts that work on a thread while the learner types.
Terms from the rubrics (遗忘门, 梯度消失 …) are added as words so a Chinese synonym is always
matched as whole words: 门 then never matches inside 遗忘门 or 部门.
"""

from __future__ import annotations

import logging
import threading

_lock = threading.Lock()
_tokenizer = None
_pending_terms: set[str] = set()
_added_terms: set[str] = set()

# Domain terms every answer is segmented with, besides the terms of the loaded rubrics.
BASE_TERMS = (
    "遗忘门 输入门 输出门 更新门 重置门 门控 门控单元 候选值 候选状态 细胞状态 单元状态 记忆单元 隐藏状态 隐状态 "
    "梯度消失 梯度爆炸 梯度裁剪 反向传播 时间反向传播 截断 词向量 词嵌入 独热 独热编码 注意力 注意力机制 自注意力 "
    "编码器 解码器 上下文向量 双向 循环神经网络 长短期记忆 权重共享 参数共享 教师强制 暴露偏差 束搜索 贪心搜索 "
    "多对一 一对多 多对多 序列到序列 语言模型 激活函数 饱和 时间步 上一时刻 下一时刻 当前时刻"
).split()


def add_terms(terms) -> None:  # noqa: ANN001
    """Make these Chinese terms single words for the segmenter (now, or when it loads)."""
    with _lock:
        fresh = {t for t in terms if t and t not in _added_terms}
        if _tokenizer is None:
            _pending_terms.update(fresh)
            return
        _add(_tokenizer, fresh)


def _add(tokenizer, terms) -> None:  # noqa: ANN001
    for term in sorted(terms):
        if " " in term or len(term) < 2:
            continue
        tokenizer.add_word(term)
        tokenizer.suggest_freq(term, tune=True)  # raise its frequency until jieba keeps it whole
        _added_terms.add(term)


def _load():  # noqa: ANN202
    global _tokenizer
    with _lock:
        if _tokenizer is not None:
            return _tokenizer
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        _add(tokenizer, set(BASE_TERMS) | _pending_terms)
        _pending_terms.clear()
        _tokenizer = tokenizer
        return tokenizer


def preload() -> threading.Thread:
    """Load the segmenter on a background thread (idempotent); return the thread."""
    thread = threading.Thread(target=_load, name="rnnquiz-jieba", daemon=True)
    thread.start()
    return thread


def segment(run: str) -> list[str]:
    """Cut a run of Chinese characters into words."""
    return [w for w in _load().lcut(run, HMM=True) if w.strip()]
