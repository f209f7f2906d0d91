"""English messages of forbidden APIs, strict mode and class grading (`rnnquiz class`)."""

MESSAGES = {
    # the allowed-APIs check
    "drill.check.apis": "uses only the APIs the drill allows",
    "drill.check-label.apis": "apis",
    "grader.apis.forbidden": "line {line}: uses {name}, which this drill asks you to write yourself",
    "grader.apis.grader": "line {line}: imports rnnquiz: graded code may not use the grader or its reference solutions",
    "grader.apis.dynamic": "line {line}: uses {name}, which strict grading does not allow (it can reach around the grader)",
    "grader.apis.module": "line {line}: imports {name}; strict grading allows numpy, torch and the arithmetic part of the "
                          "standard library (math, functools, itertools, collections, typing, …)",
    "grader.apis.runtime": "your code reached {name} while it ran, which this drill asks you to write yourself",
    "grader.apis.more": "\n(and {n} more)",
    "grader.skip.apis": "not run: the file uses what it may not use",
    # faults added by the sandbox
    "grader.fault.disk": "your code wrote more than {limit} of files {where}, so it was stopped",
    "grader.limit.disk": "{mb} MiB",
    "grader.detail.disk": "more than {mb} MiB",
}
