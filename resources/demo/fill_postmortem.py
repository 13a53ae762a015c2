#!/usr/bin/env python3
"""Fills a drafted demo post-mortem (Markdown, as `opsdeck export postmortem --format md`
writes it) with what its author would write, for the screenshots: fill_postmortem.py IN OUT."""
import sys

WRITTEN = {
    "Summary": "Checkout deploy 2026.11.21-3 raised the checkout error rate above 5 % for 46 "
               "minutes. Rolling back to 2026.11.21-2 mitigated it; no payments were lost.",
    "Impact": "About 4 % of checkout attempts failed with HTTP 500 and were retried by the "
              "client.",
    "Root causes and contributing factors": "- The new connection pool size was read from a "
              "setting that production does not have, so it fell back to **2**.\n"
              "- The canary ran for 5 minutes, shorter than the pool needed to run dry.",
    "What went well": "- The CheckoutErrorRateHigh alert fired within a minute.\n"
                      "- The rollback took 4 minutes.",
    "What went poorly": "- Nobody could tell from the dashboards which release was live.",
    "Where we got lucky": "- It happened at 10:00 UTC, not during the evening peak.",
    "Action items": "Agreed in the review on 2026-11-24.",
    "Lessons learned": "Configuration defaults belong in the release's tests, not in memory.",
}
ACTION_ROWS = [
    "| Fail the deploy when a required setting is missing | kim | P1 | 2026-11-28 | "
    "https://tickets.example.com/OPS-1501 | in_progress |",
    "| Canary for 30 minutes on checkout | alex | P2 | 2026-11-14 | "
    "https://tickets.example.com/OPS-1502 | open |",
    "| Show the live release on the checkout dashboard | sam | P3 | 2026-12-19 |  | open |",
]

lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
out, section = [], None
for line in lines:
    out.append(line)
    if line.startswith("## "):
        section = line[3:].strip()
    elif section in WRITTEN and line.startswith("<!--") and line.endswith("-->"):
        out.append("")
        out.append(WRITTEN.pop(section))
    elif line == "|---|---|---|---|---|---|":  # the action items' table
        out.extend(ACTION_ROWS)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
