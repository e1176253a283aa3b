# A legal rule explained: where its words come from, and that coprod checks the record, not the law.
set(ARGS explain legal-gunning-conscientious)
