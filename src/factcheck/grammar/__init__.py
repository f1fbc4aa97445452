"""The value grammar: numbers, scale words, qualifiers, units, periods and ids as people write them."""
