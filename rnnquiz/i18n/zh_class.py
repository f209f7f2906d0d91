"""中文消息：禁用的 API、严格模式与全班评分（`rnnquiz class`）。"""

MESSAGES = {
    "drill.check.apis": "只用了本练习允许的 API",
    "drill.check-label.apis": "API",
    "grader.apis.forbidden": "第 {line} 行：用了 {name}，而本练习要你自己实现它",
    "grader.apis.grader": "第 {line} 行：导入了 rnnquiz：被评分的代码不能使用评分器或它的参考答案",
    "grader.apis.dynamic": "第 {line} 行：用了 {name}，严格评分不允许（它可能绕过评分器）",
    "grader.apis.module": "第 {line} 行：导入了 {name}；严格评分只允许 numpy、torch 和标准库中做运算的模块"
                          "（math、functools、itertools、collections、typing 等）",
    "grader.apis.runtime": "你的代码在运行时用到了 {name}，而本练习要你自己实现它",
    "grader.apis.more": "\n（另有 {n} 处）",
    "grader.skip.apis": "未运行：文件用了不允许使用的东西",
    "grader.fault.disk": "你的代码{where}写入的文件超过 {limit}，已被停止",
    "grader.limit.disk": "{mb} MiB",
    "grader.detail.disk": "超过 {mb} MiB",
}
