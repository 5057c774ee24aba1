using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;
using static EpistemicScoring.NumericChecks.FigureLinks;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// Each checkable figure against the reference facts: confirmed, contradicted, or unverifiable when no fact covers it.
/// </summary>
internal sealed class ReferenceCheck : INumericCheck
{
    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results) => References(ctx.Doc, ctx.Infos, ctx.Facts, results);

    private static void References(TextDocument doc, FigureInfo[] infos, IReadOnlyList<ReferenceFact> facts, List<NumericCheck> result)
    {
        if (facts.Count == 0)
        {
            return;
        }

        foreach (FigureInfo info in infos)
        {
            NumberMention number = info.M;
            if (!info.Checkable)
            {
                continue;
            }

            Sentence sentence = doc.Sentences[info.Sentence];
            ReadOnlySpan<char> sentenceText = sentence.Span.Slice(doc.Folded);
            ReferenceFact? match = null;
            foreach (ReferenceFact fact in facts)
            {
                int at = MentionAt(sentenceText, fact);
                if (at >= 0 && UnitMatches(fact.Unit, number) && IsNearest(infos, info, sentence.Span.Start + at, fact))
                {
                    match = fact;
                    break;
                }
            }

            var spans = new[] { Ref(number) };
            if (match is null)
            {
                result.Add(new NumericCheck
                {
                    Kind = NumericCheckKind.Reference,
                    Status = NumericCheckStatus.Unverifiable,
                    Message = $"Reference facts: none covers {number.Text}.",
                    Spans = spans,
                });
                continue;
            }

            double tolerance = Math.Max(match.Tolerance, 1e-9) * Math.Abs(match.Value);
            bool agrees = match.Value >= info.Lo - tolerance && match.Value <= info.Hi + tolerance;
            string source = match.Source is null ? string.Empty : $" ({match.Source}{(match.AsOf is null ? string.Empty : ", " + match.AsOf)})";
            result.Add(new NumericCheck
            {
                Kind = NumericCheckKind.Reference,
                Status = agrees ? NumericCheckStatus.Confirmed : NumericCheckStatus.Contradicted,
                Message = agrees
                    ? $"Reference fact \"{match.Key}\": {number.Text} matches the reference value {F(match.Value)}{source}."
                    : $"Reference fact \"{match.Key}\": {number.Text} differs from the reference value {F(match.Value)}{source}.",
                Spans = spans,
            });
        }
    }

    private static bool UnitMatches(string? factUnit, NumberMention m)
    {
        string? u = factUnit?.Trim();
        if (string.IsNullOrEmpty(u) || u.Equals("count", StringComparison.OrdinalIgnoreCase))
        {
            return m.Kind == NumberKind.Count;
        }

        if (u is "%" || u.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            return m.Kind == NumberKind.Percent;
        }

        if (u.Equals("pp", StringComparison.OrdinalIgnoreCase))
        {
            return m.Kind == NumberKind.PercentagePoints;
        }

        return string.Equals(u, m.Unit, StringComparison.OrdinalIgnoreCase)
            || (m.Kind == NumberKind.Count && m.Subject is not null && m.Subject.EndsWith(u, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Where the fact's key or an alias occurs in the sentence, or -1.</summary>
    private static int MentionAt(ReadOnlySpan<char> sentence, ReferenceFact fact)
    {
        int at = fact.Key.Length > 0 ? sentence.IndexOf(fact.Key.AsSpan(), StringComparison.OrdinalIgnoreCase) : -1;
        if (at >= 0)
        {
            return at;
        }

        foreach (string alias in fact.Aliases)
        {
            at = alias.Length > 0 ? sentence.IndexOf(alias.AsSpan(), StringComparison.OrdinalIgnoreCase) : -1;
            if (at >= 0)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>True when no other figure of the fact's unit in the sentence stands closer to the fact's name.</summary>
    private static bool IsNearest(FigureInfo[] infos, FigureInfo info, int phraseAt, ReferenceFact fact)
    {
        int distance = Math.Abs(info.M.Start - phraseAt);
        for (int k = Math.Max(0, info.Index - 8); k < Math.Min(infos.Length, info.Index + 9); k++)
        {
            FigureInfo other = infos[k];
            if (k != info.Index && other.Sentence == info.Sentence && UnitMatches(fact.Unit, other.M) && Math.Abs(other.M.Start - phraseAt) < distance)
            {
                return false;
            }
        }

        return true;
    }
}
