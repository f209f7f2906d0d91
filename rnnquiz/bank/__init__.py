"""Question banks: schema, loading, selection and grading of answers."""
