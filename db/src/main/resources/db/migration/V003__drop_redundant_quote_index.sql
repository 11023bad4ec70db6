-- ix_quote_priced_discount (V002) leads with priced_at, so it serves every search by time that
-- ix_quote_priced_at served. Keeping both made each stored quote maintain one more index for nothing:
-- under load (samples/bench/load.sh) that was a measurable share of the database's write work.
DROP INDEX ix_quote_priced_at ON quote;
