-- How a werkgroep's minutes list what was said within a step: 'spoken'
-- (in the order it was said, each with its kind) or 'kind' (grouped by
-- kind). Existing werkgroepen get the spoken order, like new ones.
ALTER TABLE werkgroep ADD COLUMN minutes_order TEXT NOT NULL DEFAULT 'spoken';
