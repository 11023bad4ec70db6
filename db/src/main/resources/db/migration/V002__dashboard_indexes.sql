-- The dashboard sums the discount quoted since midnight and over the last 24 hours, per currency.
-- This index covers that query (range on priced_at, reading currency and discount_total from the
-- index), so it never touches the quote rows with their JSON documents, however many there are.
CREATE INDEX ix_quote_priced_discount ON quote (priced_at, currency, discount_total);
