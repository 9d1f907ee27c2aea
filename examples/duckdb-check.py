#!/usr/bin/env python3
"""Runs examples/town-report.sql through DuckDB on an export of lane (`lane export`
or `lane town export`, Parquet or CSV) and prints the village rows as JSON:
{"NJ": {"opened": 12, ..., "on_time_rate": 93.8}, ...}, the keys of
`lane town report --format json`.

    pip install duckdb
    lane town export -o out
    python3 examples/duckdb-check.py out --from 2026-11-01 --to 2026-11-30 \
        --now 2026-11-20T10:00:00+08:00

--now is the time `overdue` is counted at while the period is not over (lane's clock,
LANE_NOW); it defaults to the export's `exported_at`.
"""

import argparse
import csv
import json
import os
import sys

import duckdb

TYPES = {
    "text": "VARCHAR",
    "int64": "BIGINT",
    "bool": "BOOLEAN",
    "date": "DATE",
    "timestamp": "TIMESTAMPTZ",
}


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def views(con, folder):
    """A view per table of the export, over its Parquet or CSV file."""
    tables = {}
    with open(os.path.join(folder, "columns.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            tables.setdefault(row["table"], []).append((row["column"], row["type"]))
    for table, columns in tables.items():
        parquet = os.path.join(folder, table + ".parquet")
        if os.path.exists(parquet):
            source = f"read_parquet({quote(parquet)})"
        else:
            types = ", ".join(f"{quote(c)}: {quote(TYPES[t])}" for c, t in columns)
            path = os.path.join(folder, table + ".csv")
            source = (
                f"read_csv({quote(path)}, header = true, auto_detect = false, "
                f"columns = {{{types}}})"
            )
        con.execute(f'CREATE VIEW "{table}" AS SELECT * FROM {source}')


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("export", help="the folder lane export wrote")
    p.add_argument("--from", dest="start", required=True, help="the period's first day")
    p.add_argument("--to", dest="end", required=True, help="the period's last day")
    p.add_argument("--now", help="what overdue is counted at [default: exported_at]")
    p.add_argument("--sql", default=os.path.join(os.path.dirname(__file__), "town-report.sql"))
    a = p.parse_args()
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    views(con, a.export)
    con.execute(f"SET VARIABLE period_from = DATE {quote(a.start)}")
    con.execute(f"SET VARIABLE period_to = DATE {quote(a.end)}")
    if a.now:
        con.execute(f"SET VARIABLE now = CAST({quote(a.now)} AS TIMESTAMPTZ)")
    else:
        con.execute("SET VARIABLE now = (SELECT max(exported_at) FROM villages)")
    with open(a.sql, encoding="utf-8") as f:
        cur = con.execute(f.read())
    names = [d[0] for d in cur.description]
    out = {}
    for row in cur.fetchall():
        rec = dict(zip(names, row))
        out[rec.pop("village")] = rec
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
