#!/usr/bin/env python3
"""SocioLabKit beside DuckDB on the same records.

Runs `sociolab-bench` (or reads the JSON lines of an earlier run), loads the CSV files it exported into
DuckDB, runs SQL that computes the report's figures (OUT-01 ... OUT-13 with their quarterly series and the
breakdowns of OUT-04, OUT-05 and OUT-06; the ESF participants, CO01-CO19 and CO23 by gender; the finance
section's absorption, when the export has finance tables: planned, spent, claimed, approved and paid with
their EU / national split, in total, by partner, by cost category and by year), CHECKS that
DuckDB's numbers equal the SocioLabKit report's, and prints each SocioLabKit figure beside DuckDB's with their
ratio and the target it is held to. Ratios, not absolute times, count: the machines are shared and noisy.

DuckDB is pip-installed into a virtual environment the script makes (under --out, never in the repository);
where that is impossible the comparison is skipped with a message and the script exits 0.

    python3 Benchmarks/compare.py --quick                 # 10,000 persons
    python3 Benchmarks/compare.py --persons 1000000       # the issue's scale (minutes)
    python3 Benchmarks/compare.py --out DIR --no-bench    # reuse DIR/bench.jsonl and DIR/csv

See Documentation/Performance.md.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPERATION_START = "2018-04-01"
OPERATION_END = "2021-12-31"
STAFF_ROLES = ("trainer", "mentor", "speaker", "organiser")
TABLES = (
    "organisations", "persons", "info_points", "activities", "participations", "jobs", "products",
    "development_plans", "support_programmes", "milestones",
)
# Typed columns; every other column stays text (codes such as municipality "018" keep their zeros).
CASTS = {
    "organisations": {},
    "persons": {"birth_date": "DATE", "isced": "INTEGER", "consent_date": "DATE", "consent_withdrawn": "DATE",
                "entry_date": "DATE"},
    "info_points": {"opened_on": "DATE", "closed_on": "DATE"},
    "activities": {"pillar": "INTEGER", "start_date": "DATE", "end_date": "DATE"},
    "participations": {"hours": "DOUBLE"},
    "jobs": {"start_date": "DATE", "fte": "DECIMAL(12,2)"},
    "products": {"supported_on": "DATE"},
    "development_plans": {"diagnosed_on": "DATE", "plan_adopted_on": "DATE"},
    "support_programmes": {"approved_on": "DATE"},
    "milestones": {"achieved_on": "DATE"},
    "budget_lines": {"year": "INTEGER", "planned": "DECIMAL(18,2)"},
    "cost_items": {"amount": "DECIMAL(18,2)", "ineligible": "DECIMAL(18,2)", "incurred_on": "DATE",
                   "paid_on": "DATE"},
    "payment_claims": {"period_start": "DATE", "period_end": "DATE", "submitted_on": "DATE",
                       "approved_amount": "DECIMAL(18,2)", "approved_on": "DATE", "paid_on": "DATE"},
    "payment_claim_items": {},
}
# The finance tables, loaded when the export has them (an older export has none).
FINANCE_TABLES = ("budget_lines", "cost_items", "payment_claims", "payment_claim_items")
# The SocioLab Podravje preset's flat rates (ESFOperation.socioLabFlatRates): remaining costs at 40 % of
# direct staff costs for six partners, indirect costs at 15 % for the other five; the rate in hundredths
# of a per cent. The EU co-financing rate is 80 %.
FLAT_RATES = (
    [(p, "remaining", "staff", 4000) for p in ("prizma", "citilab", "prj-halo", "ra-slovenske-gorice",
                                               "ric-slovenska-bistrica", "stajerska-gz")]
    + [(p, "indirect", "staff", 1500) for p in ("tkalka", "zavod-pip", "caap", "zses", "bistra-ptuj")])
EU_RATE_PERCENT = 80


# ----------------------------------------------------------------------------------------------------------
# The DuckDB worker: a separate process that loads the CSV files and runs the SQL (timed as a whole).
# ----------------------------------------------------------------------------------------------------------

def load_tables(con, csv):
    """Loads the ten CSV files, and the finance files when all are there, into tables of `con`: dates and
    numbers typed, codes kept as text. Returns whether the finance tables were loaded."""
    finance = all(os.path.exists(os.path.join(csv, t + ".csv")) for t in FINANCE_TABLES)
    for table in TABLES + (FINANCE_TABLES if finance else ()):
        path = os.path.join(csv, table + ".csv")
        header = con.execute(
            "SELECT * FROM read_csv(?, header=true, all_varchar=true) LIMIT 0", [path]).description
        columns = [c[0] for c in header]
        select = ", ".join(
            f"TRY_CAST({c} AS {CASTS[table][c]}) AS {c}" if c in CASTS[table] else c for c in columns)
        con.execute(
            f"CREATE TABLE {table} AS SELECT {select} FROM read_csv('{path}', header=true, all_varchar=true)")
    return finance


def worker(args):
    import duckdb

    con = duckdb.connect(":memory:")
    start = time.perf_counter()
    finance = load_tables(con, args.csv)
    load_s = time.perf_counter() - start

    as_of = min(args.as_of, OPERATION_END)
    sql_runs = []
    results = None
    for _ in range(args.repeats):
        start = time.perf_counter()
        results = compute(con, OPERATION_START, as_of)
        if finance:
            results["finance"] = finance_figures(con, as_of)
        sql_runs.append(time.perf_counter() - start)
    out = {
        "load_s": load_s,
        "sql_s": sorted(sql_runs)[len(sql_runs) // 2],
        "sql_runs": sql_runs,
        "duckdb_version": duckdb.__version__,
        "threads": con.execute("SELECT current_setting('threads')").fetchone()[0],
        "results": results,
    }
    with open(args.result, "w") as f:
        json.dump(out, f)


def compute(con, start, end):
    """Every figure the comparison checks, computed in SQL; returns plain Python values."""
    q = lambda sql: con.execute(sql).fetchall()
    window = f"BETWEEN DATE '{start}' AND DATE '{end}'"
    staff = ", ".join(f"'{r}'" for r in STAFF_ROLES)

    # Activities: held, qualification by kind and details (what the standard plugins decide), and the
    # tie-breaking key of the SDK's first-event rule: (day since 1970) << 32 | rank of the id.
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE act AS
        WITH ranked AS (
            SELECT *, (row_number() OVER (ORDER BY id) - 1) AS rank,
                   list_distinct(list_filter(
                       CAST(json_extract(details, '$.countries') AS VARCHAR[]),
                       lambda c: regexp_full_match(c, '[A-Z]{{2}}'))) AS countries
            FROM activities)
        SELECT id, kind, pillar, partners, info_point, municipality, start_date, status = 'held' AS held,
               rank,
               (date_diff('day', DATE '1970-01-01', start_date)::BIGINT << 32) | rank AS key,
               status = 'held' AND kind = 'training' AS q_training,
               status = 'held' AND kind = 'mentoring'
                   AND json_extract_string(details, '$.mentee_organisation') IS NOT NULL AS q_mentoring,
               status = 'held' AND kind = 'fair'
                   AND coalesce(json_array_length(details, '$.open_day_hosts'), 0) > 0 AS q_fair,
               status = 'held' AND kind = 'conference'
                   AND coalesce(json_extract(details, '$.international')::VARCHAR, '') <> 'false'
                   AND len(countries) >= 2 AND len(list_filter(countries, lambda c: c <> 'SI')) > 0 AS q_conference,
               status = 'held' AND kind = 'competition'
                   AND json_extract_string(details, '$.category') = 'social_innovation' AS q_innovation,
               status = 'held' AND kind = 'competition'
                   AND json_extract_string(details, '$.category') = 'ethical_investor' AS q_ethical,
               status = 'held' AND kind = 'campaign' AS q_campaign,
               json_extract_string(details, '$.mentee_organisation') AS mentee
        FROM ranked""")
    # Organisations entered twice (one registration number's 7-digit base or one tax number, directly or
    # through one another) stand as the lowest id of their group (Indicators.md, "Records entered twice").
    organisation_groups(con)
    # Attended participations in held activities (the only ones that ever count), organisations replaced by
    # the one standing for them, and of a person's repeated attendance of one activity (neither in a staff
    # role) only the record that counts: completed yes, then no answer, then no; more hours; the lowest id.
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE att AS
        WITH held AS (
            SELECT p.id, p.activity_id, p.person_id, r.rep AS organisation_id, p.completed, p.hours,
                   CASE WHEN p.role = 'mentee' THEN 'mentee'
                        WHEN p.role IN ({staff}) THEN 'staff' ELSE 'participant' END AS role_class,
                   a.start_date, a.key, a.q_training, a.q_mentoring
            FROM participations p JOIN act a ON a.id = p.activity_id
            LEFT JOIN orep r ON r.id = p.organisation_id
            WHERE p.status = 'attended' AND a.held),
        ranked AS (
            SELECT *, CASE WHEN person_id IS NULL OR role_class = 'staff' THEN 1 ELSE row_number() OVER (
                       PARTITION BY activity_id, person_id, person_id IS NULL OR role_class = 'staff'
                       ORDER BY CASE completed WHEN 'yes' THEN 2 WHEN 'no' THEN 0 ELSE 1 END DESC,
                                coalesce(hours, -1) DESC, id) END AS rn
            FROM held)
        SELECT person_id, organisation_id, role_class, start_date, key, q_training, q_mentoring
        FROM ranked WHERE rn = 1""")
    # Persons at entry: entry day (recorded, else the first attended held activity in any role), age group.
    con.execute("""
        CREATE OR REPLACE TEMP TABLE pers AS
        WITH first_attended AS (
            SELECT person_id, min(start_date) AS day FROM att WHERE person_id IS NOT NULL GROUP BY 1),
        entry AS (
            SELECT p.*, coalesce(p.entry_date, f.day) AS entry
            FROM persons p LEFT JOIN first_attended f ON f.person_id = p.id)
        SELECT *,
               CASE WHEN birth_date IS NULL OR entry IS NULL THEN NULL
                    ELSE year(entry) - year(birth_date)
                         - CASE WHEN month(entry) * 100 + day(entry) < month(birth_date) * 100 + day(birth_date)
                                THEN 1 ELSE 0 END END AS age
        FROM entry""")

    results = {"outputs": {}, "series": {}, "breakdowns": {}}

    # Units and their first counting event, per output.
    firsts = {
        "OUT-01": f"SELECT id AS unit, date_diff('day', DATE '1970-01-01', achieved_on)::BIGINT << 32 AS key "
                  f"FROM milestones WHERE output = 'OUT-01' AND achieved_on {window}",
        "OUT-02": f"SELECT id AS unit, date_diff('day', DATE '1970-01-01', opened_on)::BIGINT << 32 AS key "
                  f"FROM info_points WHERE opened_on {window}",
        "OUT-03": f"SELECT id AS unit, date_diff('day', DATE '1970-01-01', plan_adopted_on)::BIGINT << 32 AS key "
                  f"FROM development_plans WHERE plan_adopted_on {window}",
        "OUT-04": f"""
            SELECT unit, min(key) AS key FROM (
                SELECT coalesce(a.organisation_id,
                                CASE WHEN a.person_id IS NOT NULL AND (a.q_training OR a.role_class = 'mentee')
                                     THEN r.rep END) AS unit, a.key
                FROM att a LEFT JOIN persons p ON p.id = a.person_id LEFT JOIN orep r ON r.id = p.organisation_id
                WHERE (a.q_training OR a.q_mentoring) AND a.role_class <> 'staff' AND a.start_date {window}
                UNION ALL
                -- (d) the mentee organisation of every held mentoring, on its first day.
                SELECT r.rep AS unit, act.key FROM act JOIN orep r ON r.id = act.mentee
                WHERE act.q_mentoring AND act.start_date {window})
            JOIN organisations o ON o.id = unit
            WHERE o.social_enterprise = 'yes' OR o.legal_form IN ('zadruga', 'sce', 'initiative')
            GROUP BY unit""",
        "OUT-05": f"SELECT person_id AS unit, min(key) AS key FROM att WHERE q_training AND role_class <> 'staff' "
                  f"AND person_id IS NOT NULL AND start_date {window} GROUP BY 1",
        "OUT-06": f"""
            SELECT j.id AS unit, date_diff('day', DATE '1970-01-01', j.start_date)::BIGINT << 32 AS key,
                   j.fte, j.person_id, o.municipality
            FROM (SELECT *, CASE WHEN person_id IS NULL THEN 1 ELSE row_number() OVER (
                                PARTITION BY organisation_id, person_id, start_date ORDER BY id) END AS rn
                  FROM jobs) j
            JOIN orep r ON r.id = j.organisation_id JOIN organisations o ON o.id = r.rep
            WHERE j.rn = 1 AND (o.social_enterprise = 'yes' OR o.legal_form IN ('zadruga', 'sce', 'initiative'))
              AND j.start_date {window}""",
        "OUT-07": f"SELECT id AS unit, date_diff('day', DATE '1970-01-01', approved_on)::BIGINT << 32 AS key "
                  f"FROM support_programmes WHERE approved_on {window} AND coalesce(materials, '') <> ''",
        "OUT-08": f"SELECT id AS unit, date_diff('day', DATE '1970-01-01', supported_on)::BIGINT << 32 AS key "
                  f"FROM products WHERE supported_on {window}",
    }
    for output, flag in (("OUT-09", "q_innovation"), ("OUT-10", "q_ethical"), ("OUT-11", "q_campaign"),
                         ("OUT-12", "q_fair"), ("OUT-13", "q_conference")):
        firsts[output] = f"SELECT id AS unit, key FROM act WHERE {flag} AND start_date {window}"

    start_year, start_quarter = int(start[:4]), (int(start[5:7]) - 1) // 3 + 1
    for output, sql in firsts.items():
        con.execute(f"CREATE OR REPLACE TEMP TABLE f AS {sql}")
        results["outputs"][output] = q("SELECT count(*) FROM f")[0][0]
        rows = q(f"""
            SELECT (year(d) - {start_year}) * 4 + quarter(d) - {start_quarter} AS i, count(*)
            FROM (SELECT DATE '1970-01-01' + CAST(key >> 32 AS INTEGER) AS d FROM f) GROUP BY 1 ORDER BY 1""")
        results["series"][output] = {int(i): n for i, n in rows}
        if output == "OUT-06":
            results["fte"] = float(q("SELECT coalesce(sum(fte), 0) FROM f")[0][0])
        if output in ("OUT-04", "OUT-05"):
            con.execute("""
                CREATE OR REPLACE TEMP TABLE fa AS
                SELECT f.unit, act.partners, act.info_point, act.municipality, act.pillar
                FROM f JOIN act ON act.rank = f.key & 4294967295""")
            dims = activity_breakdowns(q)
            if output == "OUT-05":
                con.execute("CREATE OR REPLACE TEMP TABLE fp AS SELECT f.unit AS person FROM f")
                dims.update(person_breakdowns(q))
            results["breakdowns"][output] = dims
        if output == "OUT-06":
            con.execute("CREATE OR REPLACE TEMP TABLE fp AS SELECT f.person_id AS person FROM f")
            dims = person_breakdowns(q, with_target_group=False)
            dims["municipality"] = dict(q(
                "SELECT coalesce(municipality, 'unspecified'), count(*) FROM f GROUP BY 1"))
            results["breakdowns"][output] = dims

    results["esf"] = esf(con, q, window)
    return results


def organisation_groups(con):
    """Table `orep(id, rep)`: each organisation and the one standing for the organisations sharing its
    registration number (7-digit base) or tax number, directly or through one another: one of the social
    economy if any is, then the lowest id."""
    rows = con.execute("""
        SELECT id, registration_number, tax_number,
               coalesce(social_enterprise = 'yes' OR legal_form IN ('zadruga', 'sce', 'initiative'), false)
        FROM organisations""").fetchall()
    social = {row[0]: row[3] for row in rows}
    parent = {row[0]: row[0] for row in rows}

    def better(a, b):
        return (not social[a], a) < (not social[b], b)

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first = {}
    for oid, registration, tax, _ in rows:
        for key in (("r", registration[:7]) if registration else None, ("t", tax) if tax else None):
            if key is None:
                continue
            if key in first:
                a, b = root(first[key]), root(oid)
                if a != b:
                    keep, drop = (a, b) if better(a, b) else (b, a)
                    parent[drop] = keep
            else:
                first[key] = oid
    ids = [row[0] for row in rows]
    con.execute("CREATE OR REPLACE TEMP TABLE orep AS SELECT unnest(?::VARCHAR[]) AS id, unnest(?::VARCHAR[]) AS rep",
                [ids, [root(oid) for oid in ids]])


def activity_breakdowns(q):
    """Partner, info point, municipality and pillar of each unit's first activity (table `fa`)."""
    return {
        "partner": dict(q("""
            SELECT coalesce(partner, 'unspecified'), count(*) FROM (
                SELECT unit, unnest(CASE WHEN coalesce(partners, '') = '' THEN [NULL]
                                         ELSE string_split(partners, ';') END) AS partner FROM fa)
            GROUP BY 1""")),
        "info_point": dict(q("SELECT coalesce(info_point, 'unspecified'), count(*) FROM fa GROUP BY 1")),
        "municipality": dict(q("SELECT coalesce(municipality, 'unspecified'), count(*) FROM fa GROUP BY 1")),
        "pillar": dict(q("SELECT coalesce(CAST(pillar AS VARCHAR), 'unspecified'), count(*) FROM fa GROUP BY 1")),
    }


def person_breakdowns(q, with_target_group=True):
    """Gender, age group at entry, employment status at entry and target group of the units' persons (`fp`)."""
    joined = "FROM fp LEFT JOIN pers ON pers.id = fp.person"
    dims = {
        "gender": dict(q(f"""
            SELECT CASE gender WHEN 'f' THEN 'female' WHEN 'm' THEN 'male' WHEN 'x' THEN 'non_binary'
                               WHEN 'u' THEN 'undisclosed' ELSE 'unspecified' END, count(*) {joined} GROUP BY 1""")),
        "age_group": dict(q(f"""
            SELECT CASE WHEN age IS NULL THEN 'unspecified' WHEN age < 25 THEN 'below_25'
                        WHEN age <= 54 THEN '25_54' ELSE 'above_54' END, count(*) {joined} GROUP BY 1""")),
        "employment_status": dict(q(
            f"SELECT coalesce(employment_status, 'unspecified'), count(*) {joined} GROUP BY 1")),
    }
    if with_target_group:
        dims["target_group"] = dict(q(f"""
            SELECT coalesce(g, 'unspecified'), count(*) FROM (
                SELECT DISTINCT fp.person, unnest(CASE WHEN coalesce(target_groups, '') = '' THEN [NULL]
                                                      ELSE string_split(target_groups, ';') END) AS g {joined})
            GROUP BY 1"""))
    return dims


def esf(con, q, window):
    """The ESF participants (grand total, by gender, incomplete records) and CO01-CO19, CO23 by gender."""
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE participants AS
        SELECT p.*, CASE p.gender WHEN 'f' THEN 'female' WHEN 'm' THEN 'male' WHEN 'x' THEN 'non_binary' END AS g,
               p.gender IN ('f', 'm', 'x') AND p.birth_date IS NOT NULL AND p.employment_status IS NOT NULL
                   AND p.isced IS NOT NULL AS complete
        FROM pers p
        WHERE p.id IN (SELECT person_id FROM att
                       WHERE role_class <> 'staff' AND person_id IS NOT NULL AND start_date {window})""")
    total = q("SELECT count(*) FROM participants")[0][0]
    by_gender = dict(q("SELECT g, count(*) FROM participants WHERE g IS NOT NULL GROUP BY 1"))
    incomplete = q("SELECT count(*) FROM participants WHERE NOT complete")[0][0]
    unemployed = "employment_status IN ('unemployed', 'long_term_unemployed')"
    conditions = {
        "CO01": unemployed,
        "CO02": "employment_status = 'long_term_unemployed'",
        "CO03": "employment_status IN ('inactive', 'inactive_in_education')",
        "CO04": "employment_status = 'inactive'",
        "CO05": "employment_status IN ('employed', 'self_employed')",
        "CO06": "age < 25",
        "CO07": "age >= 55",
        "CO08": f"age >= 55 AND ({unemployed} OR employment_status = 'inactive')",
        "CO09": "isced BETWEEN 1 AND 2",
        "CO10": "isced BETWEEN 3 AND 4",
        "CO11": "isced BETWEEN 5 AND 8",
        "CO15": "migrant_minority = 'yes'",
        "CO16": "disability = 'yes'",
        "CO17": "other_disadvantaged = 'yes'",
        "CO18": "homeless = 'yes'",
        "CO19": "rural = 'yes'",
    }
    columns = ", ".join(
        f"count(*) FILTER (WHERE {cond}) AS \"{code}\"" for code, cond in conditions.items())
    rows = q(f"SELECT g, {columns} FROM participants WHERE complete GROUP BY g")
    codes = {code: {"value": 0, "byGender": {}} for code in conditions}
    for row in rows:
        for i, code in enumerate(conditions):
            codes[code]["value"] += row[i + 1]
            codes[code]["byGender"][row[0]] = row[i + 1]
    enterprises = q(f"""
        SELECT count(DISTINCT o.id) FROM (
            SELECT coalesce(a.organisation_id,
                            CASE WHEN a.role_class = 'mentee' THEN r.rep END) AS unit
            FROM att a LEFT JOIN persons p ON p.id = a.person_id LEFT JOIN orep r ON r.id = p.organisation_id
            WHERE a.role_class <> 'staff' AND a.start_date {window})
        JOIN organisations o ON o.id = unit
        WHERE o.legal_form NOT IN ('obcina', 'javni_zavod', 'initiative')""")[0][0]
    codes["CO23"] = {"value": enterprises}
    return {"participants": total, "byGender": by_gender, "incompleteRecords": incomplete, "codes": codes}


def finance_figures(con, as_of):
    """The finance section's absorption, written from the rules of Documentation/Finance.md ("Figures and
    reports"): every amount in integer cents attributed to a partner, a category and a day; flat rates on
    each paid base cost (spent) or on a claim's whole base per partner (claims), half up; a claim's approved
    amount shared by the largest remainder; EU share half up."""
    q = lambda sql: con.execute(sql).fetchall()
    day = f"DATE '{as_of}'"
    rates = ", ".join(f"('{p}', '{c}', '{b}', {h})" for p, c, b, h in FLAT_RATES)
    con.execute(f"CREATE OR REPLACE TEMP TABLE rates AS SELECT * FROM (VALUES {rates}) t(partner, category, base, h)")
    # Each cost item's amounts: its own, and the flat-rate amount of each rate whose base holds its category.
    con.execute("""
        CREATE OR REPLACE TEMP TABLE item_amounts AS
        WITH ci AS (SELECT id, partner_id AS partner, category,
                           CAST(round((amount - coalesce(ineligible, 0)) * 100) AS BIGINT) AS cents, paid_on
                    FROM cost_items)
        SELECT id AS item, partner, category, cents, paid_on FROM ci
        UNION ALL
        SELECT ci.id, ci.partner, r.category, (ci.cents * r.h + 5000) // 10000, ci.paid_on
        FROM ci JOIN rates r ON r.partner = ci.partner AND r.base = ci.category""")
    # Claims as of the report day, with their days and their parts by partner and category.
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE claim_parts AS
        WITH c AS (
            SELECT id, status, coalesce(submitted_on, period_end) AS submitted,
                   CAST(round(approved_amount * 100) AS BIGINT) AS approved_cents, approved_on, paid_on
            FROM payment_claims WHERE status <> 'draft'),
        own AS (
            SELECT c.id AS claim, i.partner_id AS partner, i.category,
                   sum(CAST(round((i.amount - coalesce(i.ineligible, 0)) * 100) AS BIGINT)) AS cents
            FROM c JOIN payment_claim_items m ON m.claim_id = c.id JOIN cost_items i ON i.id = m.cost_item_id
            GROUP BY 1, 2, 3),
        -- A claim's flat-rate amounts: per partner and rate, the rate on the claim's whole base, half up.
        flat AS (
            SELECT o.claim, o.partner, r.category, (sum(o.cents) * r.h + 5000) // 10000 AS cents
            FROM own o JOIN rates r ON r.partner = o.partner AND r.base = o.category
            GROUP BY o.claim, o.partner, r.category, r.h),
        parts AS (SELECT * FROM own UNION ALL SELECT * FROM flat)
        SELECT p.*, c.status, c.submitted, coalesce(c.approved_on, c.submitted) AS approved_day,
               coalesce(c.paid_on, c.approved_on, c.submitted) AS paid_day,
               coalesce(c.approved_cents, sum(p.cents) OVER (PARTITION BY p.claim)) AS approved_total,
               sum(p.cents) OVER (PARTITION BY p.claim) AS claim_total
        FROM parts p JOIN c ON c.id = p.claim
        WHERE c.submitted <= {day}""")
    # Largest remainder: each part's floor, then one cent to each of the largest remainders (ties: partner,
    # then category) until the shares add up to the approved amount.
    con.execute("""
        CREATE OR REPLACE TEMP TABLE approved_parts AS
        WITH f AS (
            SELECT *, approved_total * cents // claim_total AS floor_cents,
                      approved_total * cents % claim_total AS remainder
            FROM claim_parts WHERE status IN ('approved', 'paid') AND claim_total > 0),
        r AS (
            SELECT *, row_number() OVER (PARTITION BY claim ORDER BY remainder DESC, partner, category) AS rk,
                      approved_total - sum(floor_cents) OVER (PARTITION BY claim) AS left_over
            FROM f)
        SELECT claim, partner, category, status, approved_day, paid_day,
               floor_cents + CASE WHEN rk <= left_over THEN 1 ELSE 0 END AS cents
        FROM r""")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE ledger AS
        SELECT 'spent' AS amount, partner, category, paid_on AS day, cents FROM item_amounts
            WHERE paid_on <= {day}
        UNION ALL SELECT 'claimed', partner, category, submitted, cents FROM claim_parts
        UNION ALL SELECT 'approved', partner, category, approved_day, cents FROM approved_parts
            WHERE approved_day <= {day}
        UNION ALL SELECT 'paid', partner, category, paid_day, cents FROM approved_parts
            WHERE status = 'paid' AND approved_day <= {day} AND paid_day <= {day}
        UNION ALL SELECT 'planned', partner_id, category, make_date(coalesce(year, 1), 1, 1),
                         CAST(round(planned * 100) AS BIGINT) FROM budget_lines""")
    result = {"total": {}, "partner": {}, "category": {}, "year": {}}
    for amount, cents in q("SELECT amount, sum(cents) FROM ledger GROUP BY 1"):
        result["total"][amount] = int(cents)
    for dimension, column in (("partner", "partner"), ("category", "category")):
        for key, amount, cents in q(f"SELECT {column}, amount, sum(cents) FROM ledger GROUP BY 1, 2"):
            result[dimension].setdefault(key, {})[amount] = int(cents)
    # A year's plan is its budget lines of that year (year 1 stands for the whole period: no year).
    for year, amount, cents in q("SELECT year(day), amount, sum(cents) FROM ledger WHERE year(day) > 1 GROUP BY 1, 2"):
        result["year"].setdefault(str(year), {})[amount] = int(cents)
    return result


def check_finance(report, duck, same, problems):
    """The report's finance section against DuckDB's: every amount of every line, and the EU split."""
    finance = report.get("finance")
    if finance is None:
        problems.append("finance: the export has finance tables but the report has no finance section")
        return
    amounts = ("planned", "spent", "claimed", "approved", "paid")

    def line(what, entry, figures):
        for amount in amounts:
            same(f"finance {what} {amount}", entry[amount]["cents"], figures.get(amount, 0))
            eu = (figures.get(amount, 0) * EU_RATE_PERCENT + 50) // 100
            same(f"finance {what} {amount} EU share", entry[amount]["eu"], eu)

    line("total", finance["total"], duck["total"])
    for dimension, key in (("partner", "byPartner"), ("category", "byCategory"), ("year", "byYear")):
        entries = {e["key"]: e for e in finance[key]}
        for name, figures in duck[dimension].items():
            if name not in entries:
                if any(figures.values()):
                    problems.append(f"finance {dimension} {name}: not in the report")
                continue
            line(f"{dimension} {name}", entries[name], figures)


# ----------------------------------------------------------------------------------------------------------
# The driver.
# ----------------------------------------------------------------------------------------------------------

def log(text):
    print(f"compare: {text}", file=sys.stderr, flush=True)


def ensure_duckdb(venv):
    """A Python interpreter that can import duckdb, or None (with the reason logged)."""
    try:
        import duckdb  # noqa: F401
        return sys.executable
    except ImportError:
        pass
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        log(f"making a virtual environment at {venv} …")
        try:
            subprocess.run([sys.executable, "-m", "venv", venv], check=True, stdout=subprocess.DEVNULL)
        except (subprocess.CalledProcessError, OSError) as error:
            log(f"SKIPPED: cannot make a virtual environment ({error}); install python3-venv")
            return None
    if subprocess.run([python, "-c", "import duckdb"], stderr=subprocess.DEVNULL).returncode != 0:
        log("pip-installing duckdb …")
        installed = subprocess.run([python, "-m", "pip", "install", "--quiet", "duckdb"])
        if installed.returncode != 0:
            log("SKIPPED: cannot pip-install duckdb (no network or no PyPI?); the DuckDB comparison needs it")
            return None
    return python


def load_worker(args):
    """The DuckDB side of issue 18's import figures: a process that loads the CSV files into a new
    database file (the counterpart of `sociolab import` into a new store) and checkpoints it."""
    import duckdb

    start = time.perf_counter()
    con = duckdb.connect(args.database)
    load_tables(con, args.csv)
    con.execute("CHECKPOINT")
    con.close()
    with open(args.result, "w") as f:
        json.dump({"load_db_s": time.perf_counter() - start}, f)


def run_load_db(python, args, out):
    """DuckDB's load into a database file, `repeats` times as whole processes: the median time (process
    and load alone), the largest peak memory and the database's bytes on disk."""
    database = os.path.join(out, "duckdb-load.db")
    result = os.path.join(out, "duckdb-load.json")
    processes, loads, peak, size = [], [], 0, 0
    for _ in range(args.repeats):
        for leftover in (database, database + ".wal"):
            if os.path.exists(leftover):
                os.remove(leftover)
        command = [python, os.path.abspath(__file__), "--load-worker", "--csv", os.path.join(out, "csv"),
                   "--database", database, "--result", result]
        start = time.perf_counter()
        child = subprocess.Popen(command)
        _, status, usage = os.wait4(child.pid, 0)
        processes.append(time.perf_counter() - start)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit("compare: the DuckDB load worker failed")
        with open(result) as f:
            loads.append(json.load(f)["load_db_s"])
        peak = max(peak, usage.ru_maxrss * 1024)
        size = sum(os.path.getsize(p) for p in (database, database + ".wal") if os.path.exists(p))
    for leftover in (database, database + ".wal"):
        if os.path.exists(leftover):
            os.remove(leftover)
    return {"load_db_process_s": sorted(processes)[len(processes) // 2], "load_db_s": sorted(loads)[len(loads) // 2],
            "load_db_peak_rss_bytes": peak, "load_db_bytes": size, "load_db_runs": processes}


def run_bench(args, out):
    bench = args.bench or os.path.join(REPO, ".build", "release", "sociolab-bench")
    if not os.path.exists(bench):
        log(f"no {bench}: building in release mode (swift build -c release) …")
        subprocess.run(["swift", "build", "-c", "release"], cwd=REPO, check=True)
    command = [bench, "--out", out, "--seed", str(args.seed), "--as-of", args.as_of]
    if args.smoke:
        command.append("--smoke")
    else:
        command += ["--persons", str(args.persons), "--repeats", str(args.repeats)]
    if args.import_path:
        command += ["--import", args.import_path]
    log(" ".join(command))
    with open(os.path.join(out, "bench.jsonl"), "w") as lines:
        subprocess.run(command, stdout=lines, check=True)


def run_worker(python, args, out, repeats):
    """Runs the DuckDB worker as a whole process: wall time and peak memory of that one child."""
    result = os.path.join(out, "duckdb.json")
    command = [python, os.path.abspath(__file__), "--worker", "--csv", os.path.join(out, "csv"),
               "--result", result, "--as-of", args.as_of, "--repeats", str(repeats)]
    start = time.perf_counter()
    child = subprocess.Popen(command)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"compare: the DuckDB worker failed with exit code {code}")
    with open(result) as f:
        data = json.load(f)
    data["process_s"] = seconds
    data["peak_rss_bytes"] = usage.ru_maxrss * 1024
    return data


def run_duckdb(python, args, out):
    """DuckDB's figures: load and SQL times (SQL repeated, median) from one worker; the whole process
    (load + SQL once) timed `repeats` times, median, with the largest peak memory."""
    timed = run_worker(python, args, out, args.repeats)
    processes = [run_worker(python, args, out, 1) for _ in range(args.repeats)]
    timed["process_runs"] = [p["process_s"] for p in processes]
    timed["process_s"] = sorted(timed["process_runs"])[len(processes) // 2]
    timed["peak_rss_bytes"] = max(p["peak_rss_bytes"] for p in processes)
    return timed


def read_figures(out):
    figures = {}
    with open(os.path.join(out, "bench.jsonl")) as f:
        for line in f:
            line = line.strip()
            if line:
                record = json.loads(line)
                figures[record["figure"]] = record
    return figures


def sdk_report(out):
    for name in ("sociolab-report.json", "report-inprocess.json"):
        path = os.path.join(out, name)
        if os.path.exists(path) and os.path.getsize(path) > 0:
            with open(path) as f:
                return name, json.load(f)
    raise SystemExit(f"compare: no report in {out} (sociolab-report.json or report-inprocess.json)")


def check(report, duck):
    """Every DuckDB figure against the report's; returns the list of differences."""
    problems = []
    checked = 0

    def same(what, sdk, sql):
        nonlocal checked
        checked += 1
        if sdk != sql:
            problems.append(f"{what}: SocioLabKit {sdk} != DuckDB {sql}")

    def cells(items):
        return {c["key"]: c["value"] for c in items if c.get("value")}

    def nonzero(d):
        return {str(k): v for k, v in d.items() if v}

    indicators = {i["id"]: i for i in report["indicators"]}
    for output, value in duck["outputs"].items():
        indicator = indicators.get(output)
        if indicator is None:
            problems.append(f"{output}: not in the report")
            continue
        same(f"{output} value", indicator["value"], value)
        series = [p["value"] for p in indicator["series"]]
        sql_series = [duck["series"][output].get(i, duck["series"][output].get(str(i), 0))
                      for i in range(len(series))]
        same(f"{output} quarterly series", series, sql_series)
        for dimension, counts in duck["breakdowns"].get(output, {}).items():
            breakdown = next((b for b in indicator["breakdowns"] if b["dimension"] == dimension), None)
            if breakdown is None:
                problems.append(f"{output} breakdown {dimension}: not in the report")
                continue
            same(f"{output} by {dimension}", cells(breakdown["cells"]), nonzero(counts))
    fte = indicators["OUT-06"].get("measure")
    if fte is not None:
        same("OUT-06 FTE", round(float(fte), 2), round(duck["fte"], 2))

    esf = duck["esf"]
    same("ESF participants", report["participants"], esf["participants"])
    same("ESF participants by gender", cells(report["participantsByGender"]), nonzero(esf["byGender"]))
    same("ESF incomplete records", report["incompleteRecords"], esf["incompleteRecords"])
    entries = {e["code"]: e for e in report["esf"]}
    for code, figure in esf["codes"].items():
        entry = entries.get(code)
        if entry is None:
            problems.append(f"{code}: not in the report")
            continue
        same(f"{code}", entry["value"], figure["value"])
        if "byGender" in figure:
            same(f"{code} by gender", cells(entry["byGender"]), nonzero(figure["byGender"]))
    if "finance" in duck:
        check_finance(report, duck["finance"], same, problems)
    return checked, problems


def value(figures, name):
    record = figures.get(name)
    return None if record is None else record.get("value")


def comparison_rows(figures, duck):
    """(figure, SocioLabKit, DuckDB, ratio, target, met) rows; None where a side is missing."""
    def ratio(a, b):
        return None if a is None or b in (None, 0) else a / b

    rows = []
    report_s = value(figures, "report_s")
    rows.append(("full report (outputs, breakdowns, series, ESF), open workspace (s) vs SQL over loaded "
                 "tables", report_s, duck["sql_s"], ratio(report_s, duck["sql_s"]), "≤ 0.5×",
                 lambda r: r <= 0.5))
    first_s = value(figures, "report_first_s")
    rows.append(("first report of a revision, with its fingerprint (s) vs SQL over loaded tables", first_s,
                 duck["sql_s"], ratio(first_s, duck["sql_s"]), "—", None))
    open_s = value(figures, "store_open_cold_s")
    rows.append(("store open, cold process (s) vs CSV load", open_s, duck["load_s"],
                 ratio(open_s, duck["load_s"]), "≤ 2×", lambda r: r <= 2))
    cli_s = value(figures, "cli_report_s")
    rows.append(("`sociolab report --format json` process (s) vs load + SQL process", cli_s,
                 duck["process_s"], ratio(cli_s, duck["process_s"]), "≤ 1×", lambda r: r <= 1))
    cli_rss = value(figures, "cli_report_peak_rss_bytes")
    rows.append(("peak memory, report process (MiB) vs load + SQL process",
                 None if cli_rss is None else cli_rss / 2**20, duck["peak_rss_bytes"] / 2**20,
                 ratio(cli_rss, duck["peak_rss_bytes"]), "≤ 1.5×", lambda r: r <= 1.5))
    open_rss = value(figures, "store_open_peak_rss_bytes")
    rows.append(("peak memory, store-open process (MiB) vs load + SQL process",
                 None if open_rss is None else open_rss / 2**20, duck["peak_rss_bytes"] / 2**20,
                 ratio(open_rss, duck["peak_rss_bytes"]), "—", None))
    rows.append(("CSV import (rows/s)", value(figures, "csv_import_rows_per_s"), None, None,
                 "≥ 1,000,000", lambda v: v >= 1_000_000))
    # Issue 18: `sociolab import` into a new store as a whole process vs DuckDB's load into a database file.
    import_s = value(figures, "cli_import_s")
    rows.append(("`sociolab import` into a new store, process (s) vs load into a database file, process",
                 import_s, duck.get("load_db_process_s"), ratio(import_s, duck.get("load_db_process_s")),
                 "≤ 2×", lambda r: r <= 2))
    import_rss = value(figures, "cli_import_peak_rss_bytes")
    duck_rss = duck.get("load_db_peak_rss_bytes")
    rows.append(("peak memory, import process (MiB) vs load into a database file",
                 None if import_rss is None else import_rss / 2**20, None if duck_rss is None else duck_rss / 2**20,
                 ratio(import_rss, duck_rss), "≤ 3×", lambda r: r <= 3))
    store = figures.get("cli_import_store_bytes") or {}
    csv_bytes = store.get("csv_bytes")
    store_bytes = store.get("value")
    duck_bytes = duck.get("load_db_bytes")
    rows.append(("store on disk after the import (MB) vs the CSV files (MB)",
                 None if store_bytes is None else store_bytes / 1e6, None if csv_bytes is None else csv_bytes / 1e6,
                 ratio(store_bytes, csv_bytes), "≤ 2×", lambda r: r <= 2))
    rows.append(("store on disk after the import (MB) vs DuckDB's database file (MB)",
                 None if store_bytes is None else store_bytes / 1e6, None if duck_bytes is None else duck_bytes / 1e6,
                 ratio(store_bytes, duck_bytes), "—", None))
    a1 = value(figures, "append_1000_median_ms")
    an = value(figures, "append_n_median_ms")
    rows.append(("append latency median, N vs 1,000 persons (ms)", an, a1, ratio(an, a1), "≤ 1.5×",
                 lambda r: r <= 1.5))
    rows.append(("append latency p99 at N (ms)", value(figures, "append_n_p99_ms"),
                 value(figures, "append_1000_p99_ms"),
                 ratio(value(figures, "append_n_p99_ms"), value(figures, "append_1000_p99_ms")), "—", None))
    return rows


def fmt(v):
    if v is None:
        return "—"
    if isinstance(v, float):
        if abs(v) >= 1000:
            return f"{v:,.0f}"
        return f"{v:.3g}" if abs(v) < 10 else f"{v:.1f}"
    return f"{v:,}" if isinstance(v, int) else str(v)


def render(rows, figures, duck, persons, checked, problems, report_name):
    lines = ["| figure | SocioLabKit | DuckDB | ratio | target | met |", "|---|---:|---:|---:|---|---|"]
    for name, sdk, sql, r, target, test in rows:
        subject = r if r is not None else sdk
        met = "—" if test is None or subject is None else ("yes" if test(subject) else "**no**")
        lines.append(f"| {name} | {fmt(sdk)} | {fmt(sql)} | {f'{r:.2f}×' if r is not None else '—'} "
                     f"| {target} | {met} |")
    lines.append("")
    lines.append("Other SocioLabKit figures (one line each in `bench.jsonl`):")
    lines.append("")
    lines.append("| figure | value | unit |")
    lines.append("|---|---:|---|")
    for name, record in figures.items():
        lines.append(f"| {name} | {fmt(record.get('value'))} | {record.get('unit')} |")
    lines.append("")
    lines.append(f"DuckDB {duck['duckdb_version']} ({duck['threads']} threads): load {fmt(duck['load_s'])} s, "
                 f"SQL {fmt(duck['sql_s'])} s (median of {len(duck['sql_runs'])}), whole process "
                 f"{fmt(duck['process_s'])} s (median of {len(duck['process_runs'])}, SQL once), peak {fmt(duck['peak_rss_bytes'] / 2**20)} MiB.")
    if "load_db_process_s" in duck:
        lines.append(f"DuckDB load into a database file: process {fmt(duck['load_db_process_s'])} s (load and "
                     f"checkpoint {fmt(duck['load_db_s'])} s, median of {len(duck['load_db_runs'])}), peak "
                     f"{fmt(duck['load_db_peak_rss_bytes'] / 2**20)} MiB, file {fmt(duck['load_db_bytes'] / 1e6)} MB.")
    verdict = "all equal" if not problems else f"{len(problems)} DIFFERENCES"
    lines.append(f"Same numbers: {checked} figures checked against `{report_name}`: {verdict}.")
    return "\n".join(lines)


def machine():
    def sh(cmd):
        try:
            return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
        except OSError:
            return "?"
    return {"nproc": sh("nproc"), "free -g": sh("free -g"), "uname -a": sh("uname -a"),
            "cpu": sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="10,000 persons")
    parser.add_argument("--smoke", action="store_true", help="a tiny run that checks the script works")
    parser.add_argument("--seed", type=int, default=2018)
    parser.add_argument("--out", help="the bench's output directory (default: a temporary one)")
    parser.add_argument("--bench", help="the sociolab-bench binary (default: .build/release/sociolab-bench)")
    parser.add_argument("--no-bench", action="store_true", help="reuse OUT/bench.jsonl and OUT/csv")
    parser.add_argument("--venv", help="the virtual environment for duckdb (default: OUT/.venv)")
    parser.add_argument("--as-of", default=OPERATION_END)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--import", dest="import_path", choices=("workspace", "snapshot"),
                        help="how sociolab-bench imports the CSV files (its --import)")
    parser.add_argument("--markdown", help="also write the table, with the machine, to this file")
    # The worker's own arguments.
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--csv", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    parser.add_argument("--load-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--database", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args)
    if args.load_worker:
        return load_worker(args)
    if args.quick:
        args.persons = 10_000

    out = os.path.abspath(args.out or tempfile.mkdtemp(prefix="sociolab-compare-"))
    os.makedirs(out, exist_ok=True)
    if not args.no_bench:
        run_bench(args, out)
    figures = read_figures(out)
    persons = next(iter(figures.values()))["persons"] if figures else args.persons

    python = ensure_duckdb(args.venv or os.path.join(out, ".venv"))
    if python is None:
        for name, record in figures.items():
            print(f"{name:40} {fmt(record.get('value')):>16} {record.get('unit')}")
        return 0
    log(f"loading {os.path.join(out, 'csv')} into DuckDB and running the SQL ({args.repeats}×) …")
    duck = run_duckdb(python, args, out)
    log(f"loading {os.path.join(out, 'csv')} into a DuckDB database file ({args.repeats}×) …")
    duck.update(run_load_db(python, args, out))
    report_name, report = sdk_report(out)
    checked, problems = check(report, duck["results"])
    rows = comparison_rows(figures, duck)
    table = render(rows, figures, duck, persons, checked, problems, report_name)
    print(f"SocioLabKit vs DuckDB at {persons:,} persons\n")
    print(table)
    for problem in problems:
        print(f"DIFFERENT: {problem}")
    if args.markdown:
        m = machine()
        with open(args.markdown, "w") as f:
            f.write(f"Run at {persons:,} persons, {time.strftime('%Y-%m-%d')}, Python {platform.python_version()}.\n\n")
            f.write(table + "\n\nMachine:\n\n```\n")
            f.write(f"$ nproc\n{m['nproc']}\n$ free -g\n{m['free -g']}\n$ uname -a\n{m['uname -a']}\n")
            f.write(f"cpu: {m['cpu']}\n```\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
