using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Analysis;

/// <summary>Cross-checks figures against each other and against reference facts.</summary>
internal static class NumericChecker
{
    public static List<NumericCheck> Check(TextDocument doc, IReadOnlyList<NumberMention> numbers, IReadOnlyList<ReferenceFact> facts)
    {
        var result = new List<NumericCheck>();
        if (facts.Count == 0 || numbers.Count == 0)
        {
            return result;
        }

        foreach (NumberMention number in numbers)
        {
            if (number.Kind is NumberKind.Year or NumberKind.Date or NumberKind.Time or NumberKind.Other or NumberKind.Ordinal)
            {
                continue;
            }

            int token = doc.TokenAtOrAfter(number.Start);
            if (token >= doc.TokenCount)
            {
                continue;
            }

            Sentence sentence = doc.Sentences[doc.SentenceOf(token)];
            ReadOnlySpan<char> sentenceText = sentence.Span.Slice(doc.Folded);
            ReferenceFact? match = null;
            foreach (ReferenceFact fact in facts)
            {
                if (!string.Equals(fact.Unit, number.Unit, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (MentionsAny(sentenceText, fact))
                {
                    match = fact;
                    break;
                }
            }

            var spans = new[] { new SpanRef(number.Start, number.Length) };
            if (match is null)
            {
                result.Add(new NumericCheck
                {
                    Kind = NumericCheckKind.Reference,
                    Status = NumericCheckStatus.Unverifiable,
                    Message = $"No reference fact covers {number.Text}.",
                    Spans = spans,
                });
                continue;
            }

            double tolerance = Math.Max(match.Tolerance, 1e-9) * Math.Abs(match.Value);
            bool agrees = Math.Abs(number.Value - match.Value) <= tolerance;
            string source = match.Source is null ? string.Empty : $" ({match.Source}{(match.AsOf is null ? string.Empty : ", " + match.AsOf)})";
            result.Add(new NumericCheck
            {
                Kind = NumericCheckKind.Reference,
                Status = agrees ? NumericCheckStatus.Confirmed : NumericCheckStatus.Contradicted,
                Message = agrees
                    ? $"{number.Text} matches the reference value for {match.Key}{source}."
                    : $"{number.Text} differs from the reference value {match.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} for {match.Key}{source}.",
                Spans = spans,
            });
        }

        return result;
    }

    private static bool MentionsAny(ReadOnlySpan<char> sentence, ReferenceFact fact)
    {
        if (Mentions(sentence, fact.Key))
        {
            return true;
        }

        foreach (string alias in fact.Aliases)
        {
            if (Mentions(sentence, alias))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Mentions(ReadOnlySpan<char> sentence, string phrase) =>
        phrase.Length > 0 && sentence.Contains(phrase.AsSpan(), StringComparison.OrdinalIgnoreCase);
}
