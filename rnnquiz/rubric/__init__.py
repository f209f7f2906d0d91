"""Judge open answers by the claims they make: concepts, relations, negation and known misconceptions."""
