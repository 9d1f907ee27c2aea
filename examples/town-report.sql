-- The village rows of `lane town report`, computed from `lane town export` (or
-- `lane export`) alone: every number of the JSON's `villages`, under the same keys.
-- An independent check of lane's arithmetic (README: the report; FORMAT.md 10.11).
--
-- It reads the views cases, events, patrols, households, alleys, levels and villages
-- (examples/duckdb-check.py makes them over DIR/*.parquet or DIR/*.csv) and three
-- variables: the period's first and last day, and now (what `overdue` is counted at
-- while the period is not over):
--
--   SET VARIABLE period_from = DATE '2026-11-01';
--   SET VARIABLE period_to = DATE '2026-11-30';
--   SET VARIABLE now = TIMESTAMPTZ '2026-11-20 02:00:00+00';
--
-- Times are compared as milliseconds since the epoch; a day begins at midnight at the
-- village's UTC offset (villages.utc_offset_minutes), as in lane.

WITH bounds AS (
    SELECT village,
           epoch_ms(CAST(getvariable('period_from') AS TIMESTAMP))
               - utc_offset_minutes * 60000 AS start_ms,
           epoch_ms(CAST(getvariable('period_to') AS TIMESTAMP) + INTERVAL 1 DAY)
               - utc_offset_minutes * 60000 AS end_ms,
           epoch_ms(CAST(getvariable('now') AS TIMESTAMPTZ)) AS now_ms
    FROM villages
),
-- The town's inbox starts at the level keyed `town`, else at the top level.
town_rank AS (
    SELECT village, coalesce(max(rank) FILTER (WHERE key = 'town'), max(rank)) AS town_rank
    FROM levels GROUP BY village
),
-- Each case's events before the period's end (events are in time order).
ev AS (
    SELECT e.village, e.case_id, e.seq, e.action, e.on_spot, e.result,
           epoch_ms(e."at") AS at_ms, epoch_ms(e.deadline) AS deadline_ms,
           l.rank AS to_rank, b.start_ms, b.end_ms
    FROM events e
    JOIN bounds b USING (village)
    LEFT JOIN levels l ON l.village = e.village AND l.key = e.to_level
    WHERE epoch_ms(e."at") < b.end_ms
),
-- The status each event leaves the case in (a note leaves it as it was), and
-- whether a disposal missed the deadline in force when it was made.
stepped AS (
    SELECT *,
           CASE
               WHEN action IN ('open', 'escalate', 'reopen') THEN 'open'
               WHEN action = 'resolve' THEN 'resolved'
               WHEN action = 'close' THEN 'closed'
               WHEN action = 'visit' AND result = 'unsatisfied' THEN 'open'
               WHEN action = 'visit' THEN 'closed'
           END AS status_after,
           action = 'resolve' AND at_ms > last_value(deadline_ms IGNORE NULLS) OVER (
               PARTITION BY village, case_id ORDER BY seq
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS missed_here,
           at_ms >= start_ms AS inside
    FROM ev
),
-- A disposal is on time when it and every earlier one met their deadlines.
judged AS (
    SELECT *,
           bool_or(coalesce(missed_here, false)) OVER (
               PARTITION BY village, case_id ORDER BY seq
               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS missed_so_far
    FROM stepped
),
-- What each case opened before the period's end contributes to it.
per_case AS (
    SELECT c.village, c.id, c.household,
           any_value(epoch_ms(c.opened) >= b.start_ms AND epoch_ms(c.opened) < b.end_ms) AS opened_in,
           arg_max(e.status_after, e.seq) FILTER (WHERE e.status_after IS NOT NULL) AS status_end,
           arg_max(e.deadline_ms, e.seq) FILTER (WHERE e.deadline_ms IS NOT NULL) AS deadline_end,
           coalesce(max(e.to_rank), 0) AS level_end,
           bool_or(e.inside AND e.action = 'resolve' AND e.on_spot) AS on_spot_in,
           bool_or(e.inside AND e.action = 'resolve') AS resolved_in,
           arg_max(NOT e.missed_so_far, e.seq) FILTER (WHERE e.inside AND e.action = 'resolve') AS on_time,
           bool_or(e.inside AND (e.action = 'close'
               OR (e.action = 'visit' AND e.result <> 'unsatisfied'))) AS closed_in,
           bool_or(e.inside AND e.action = 'escalate') AS escalated_in,
           count(*) FILTER (WHERE e.inside AND e.action = 'visit') AS visits,
           count(*) FILTER (WHERE e.inside AND e.action = 'visit'
               AND e.result <> 'unsatisfied') AS good_visits,
           any_value(least(b.now_ms, b.end_ms)) AS overdue_at
    FROM cases c
    JOIN bounds b USING (village)
    JOIN judged e ON e.village = c.village AND e.case_id = c.id
    WHERE epoch_ms(c.opened) < b.end_ms AND c.status IS NOT NULL
    GROUP BY c.village, c.id, c.household
),
case_counts AS (
    SELECT p.village,
           count(*) FILTER (WHERE opened_in) AS opened,
           count(*) FILTER (WHERE opened_in AND on_spot_in) AS solved_on_spot,
           count(*) FILTER (WHERE resolved_in) AS resolved,
           count(*) FILTER (WHERE closed_in) AS closed,
           count(*) FILTER (WHERE escalated_in) AS escalated,
           count(*) FILTER (WHERE status_end = 'open' AND overdue_at > deadline_end) AS overdue,
           count(*) FILTER (WHERE status_end = 'open') AS open_at_end,
           count(*) FILTER (WHERE resolved_in AND on_time) AS on_time_num,
           count(*) FILTER (WHERE resolved_in) AS on_time_den,
           count(*) FILTER (WHERE opened_in AND status_end <> 'open') AS resolution_num,
           count(*) FILTER (WHERE opened_in) AS resolution_den,
           coalesce(sum(good_visits), 0) AS satisfaction_num,
           coalesce(sum(visits), 0) AS satisfaction_den,
           count(*) FILTER (WHERE status_end = 'open' AND level_end >= t.town_rank) AS town_inbox,
           count(*) FILTER (WHERE status_end = 'open' AND level_end >= t.town_rank
               AND overdue_at > deadline_end) AS town_inbox_overdue
    FROM per_case p JOIN town_rank t USING (village)
    GROUP BY p.village
),
period_patrols AS (
    SELECT * FROM patrols
    WHERE date BETWEEN getvariable('period_from') AND getvariable('period_to')
),
patrol_counts AS (
    SELECT village,
           count(*) FILTER (WHERE kind = 'inspection') AS inspections,
           count(*) FILTER (WHERE kind = 'visit') AS visits,
           count(*) FILTER (WHERE kind = 'feedback') AS feedbacks
    FROM period_patrols GROUP BY village
),
-- Households served: with a case opened in the period, or a visit.
served AS (
    SELECT village, household FROM per_case WHERE opened_in AND household IS NOT NULL
    UNION
    SELECT village, household FROM period_patrols WHERE kind = 'visit' AND household IS NOT NULL
),
served_counts AS (
    SELECT village, count(*) AS households_served FROM served GROUP BY village
),
-- The last person: households of the village's alleys, registered by the period's
-- last day, with no visit and no case.
last_person AS (
    SELECT h.village, count(*) AS last_person
    FROM households h
    JOIN alleys a ON a.village = h.village AND a.id = h.alley
    WHERE (h.registered IS NULL OR h.registered <= getvariable('period_to'))
      AND NOT EXISTS (SELECT 1 FROM served s WHERE s.village = h.village AND s.household = h.id)
    GROUP BY h.village
)
SELECT v.village,
       coalesce(c.opened, 0) AS opened,
       coalesce(c.solved_on_spot, 0) AS solved_on_spot,
       coalesce(c.resolved, 0) AS resolved,
       coalesce(c.closed, 0) AS closed,
       coalesce(c.escalated, 0) AS escalated,
       coalesce(c.overdue, 0) AS overdue,
       coalesce(c.open_at_end, 0) AS open_at_end,
       CASE WHEN coalesce(c.on_time_den, 0) = 0 THEN NULL
            ELSE round(c.on_time_num * 1000.0 / c.on_time_den) / 10 END AS on_time_rate,
       CASE WHEN coalesce(c.resolution_den, 0) = 0 THEN NULL
            ELSE round(c.resolution_num * 1000.0 / c.resolution_den) / 10 END AS resolution_rate,
       CASE WHEN coalesce(c.satisfaction_den, 0) = 0 THEN NULL
            ELSE round(c.satisfaction_num * 1000.0 / c.satisfaction_den) / 10 END AS satisfaction_rate,
       coalesce(p.inspections, 0) AS inspections,
       coalesce(p.visits, 0) AS visits,
       coalesce(p.feedbacks, 0) AS feedbacks,
       coalesce(s.households_served, 0) AS households_served,
       coalesce(c.town_inbox, 0) AS town_inbox,
       coalesce(c.town_inbox_overdue, 0) AS town_inbox_overdue,
       coalesce(l.last_person, 0) AS last_person
FROM villages v
LEFT JOIN case_counts c USING (village)
LEFT JOIN patrol_counts p USING (village)
LEFT JOIN served_counts s USING (village)
LEFT JOIN last_person l USING (village)
ORDER BY v.village;
