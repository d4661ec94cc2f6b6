-- "Repeats carried forward" kept in the supervision read model (ADR 0008, "Repeats kept with the row"): whether the
-- action repeats the staff member and category of an action of the 90 days before whose deadline had passed without
-- an on-time closure. SupervisionActionFactTable keeps it in step (the action's own row and its neighbours) and
-- rebuilds it; this fills it for the rows already there. Days are the provider's (placeholder from
-- tracker.calendar.zone), as SupervisionFigures.day() computes them: on H2 from the text of the local time.
ALTER TABLE supervision_action_fact ADD COLUMN repeat_carried_forward BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE supervision_action_fact a SET repeat_carried_forward = EXISTS (
    SELECT 1 FROM supervision_action_fact p
    WHERE p.staff_id = a.staff_id AND p.category = a.category AND p.business_key <> a.business_key
      AND p.registered_at >= a.registered_at - INTERVAL '92' DAY AND p.registered_at < a.registered_at + INTERVAL '2' DAY
      AND CAST(SUBSTRING(CAST((p.registered_at AT TIME ZONE '${zone}') AS VARCHAR) FROM 1 FOR 10) AS DATE) <= CAST(SUBSTRING(CAST((a.registered_at AT TIME ZONE '${zone}') AS VARCHAR) FROM 1 FOR 10) AS DATE)
      AND CAST(SUBSTRING(CAST((p.registered_at AT TIME ZONE '${zone}') AS VARCHAR) FROM 1 FOR 10) AS DATE) >= CAST(SUBSTRING(CAST((a.registered_at AT TIME ZONE '${zone}') AS VARCHAR) FROM 1 FOR 10) AS DATE) - 90
      AND p.deadline < CAST(SUBSTRING(CAST((a.registered_at AT TIME ZONE '${zone}') AS VARCHAR) FROM 1 FOR 10) AS DATE)
      AND NOT COALESCE(CAST(SUBSTRING(CAST((p.closed_at AT TIME ZONE '${zone}') AS VARCHAR) FROM 1 FOR 10) AS DATE) <= p.deadline, FALSE));
