-- The DDAS delivery reads the cases matched in a period page by page in the order they were opened (keyset on
-- opened_at, id): without this index every page scanned and sorted all signal cases.
create index signal_case_matched on signal_case (matched_on, opened_at, id);
