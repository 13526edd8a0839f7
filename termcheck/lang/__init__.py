"""Language data and helpers: the English lexicon (spelling) and pinyin syllable structure."""
