-- The organisation list's name search finds names with words starting with the words typed ("harbour care" finds
-- "Harbourside Care Homes") from this index, instead of reading every name.
alter table organisation add fulltext index organisation_name_words (name);
