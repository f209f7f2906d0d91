"""Chinese word segmentation (jieba), loaded lazily, cut with the judged question's own terms.

jieba costs about a second the first time it builds its dictionary, so nothing imports it until
an answer contains Chinese; `preload()` starts that work on a thread while the learner types.
An answer is cut with the domain terms below plus the Chinese phrasings of the question being
judged, made whole words for that cut only: 门 then never matches inside 遗忘门 or 部门, and no
other question's (or user bank's) terms change how this answer is cut.
"""

from __future__ import annotations

import logging
import threading

_lock = threading.RLock()
_tokenizer = None

# Domain terms every answer is segmented with, besides the terms of the question judged.
BASE_TERMS = (
    "遗忘门 输入门 输出门 更新门 重置门 门控 门控单元 候选值 候选状态 细胞状态 单元状态 记忆单元 隐藏状态 隐状态 "
    "梯度消失 梯度爆炸 梯度裁剪 反向传播 时间反向传播 词向量 词嵌入 独热 独热编码 注意力 注意力机制 自注意力 "
    "编码器 解码器 上下文向量 双向 循环神经网络 长短期记忆 权重共享 参数共享 教师强制 暴露偏差 束搜索 贪心搜索 "
    "多对一 一对多 多对多 序列到序列 语言模型 激活函数 时间步 上一时刻 下一时刻 当前时刻 "
    "不只 不单 不仅仅 只不过 差不多 不得不 不一定"
).split()


def _make_whole(tokenizer, terms) -> None:  # noqa: ANN001
    for term in terms:
        if len(term) >= 2:
            tokenizer.add_word(term)
            tokenizer.suggest_freq(term, tune=True)  # raise its frequency until jieba keeps it whole


def _load():  # noqa: ANN202
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            _make_whole(tokenizer, BASE_TERMS)
            _tokenizer = tokenizer
        return _tokenizer


def is_word(text: str) -> bool:
    """Whether jieba's own dictionary lists `text` as a word (the domain terms added here aside)."""
    tokenizer = _load()
    return text not in BASE_TERMS and tokenizer.FREQ.get(text, 0) > 0


def preload() -> threading.Thread:
    """Load the segmenter on a background thread; return the thread."""
    thread = threading.Thread(target=_load, name="rnnquiz-jieba", daemon=True)
    thread.start()
    return thread


def segment(run: str, terms=()) -> list[str]:  # noqa: ANN001
    """Cut a run of Chinese characters into words, keeping each of `terms` whole for this cut."""
    tokenizer = _load()
    extra = [t for t in dict.fromkeys(terms) if len(t) >= 2 and t in run]
    with _lock:
        if not extra:
            return [w for w in tokenizer.lcut(run, HMM=True) if w.strip()]
        saved_total = tokenizer.total
        saved = {}
        for term in extra:
            for k in range(1, len(term) + 1):
                saved.setdefault(term[:k], tokenizer.FREQ.get(term[:k]))
        try:
            _make_whole(tokenizer, extra)
            return [w for w in tokenizer.lcut(run, HMM=True) if w.strip()]
        finally:
            for key, freq in saved.items():
                if freq is None:
                    tokenizer.FREQ.pop(key, None)
                else:
                    tokenizer.FREQ[key] = freq
            tokenizer.total = saved_total
