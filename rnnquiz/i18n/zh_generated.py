"""生成题与 Anki 导出的中文消息。"""

MESSAGES = {
    "format.shape": "请输入一个形状，例如 (5, 3, 128)、[5, 3, 128] 或 5 x 3 x 128",
    "kind.shape": "输入一个形状，例如 (5, 3, 128)；括号可省略",
    "gen.none-mixed": "没有符合这些筛选条件的生成题模板，本次不混入生成题。",
    "stats.items-generated": "，另有 {n} 个生成题模板",
    "stats.generated-mark": "（生成题）",
    "anki.written": "已把 {n} 张笔记（{lang}）写入 {path}。在 Anki 中导入（文件 → 导入）；再次导入新的导出文件会更新这些笔记，而不会重复添加。",
    "anki.deck": "rnnquiz：RNN 面试题",
    "anki.options": "选项",
    "anki.answer": "答案",
    "anki.key-points": "要点",
    "anki.model-answer": "参考答案",
    "anki.order": "正确顺序",
    "anki.pairs": "配对",
    "anki.true": "对",
    "anki.false": "错",
    "anki.source": "出处",
}
