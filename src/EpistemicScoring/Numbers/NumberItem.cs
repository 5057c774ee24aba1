using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Numbers;

/// <summary>One mention under construction.</summary>
internal sealed class NumberItem
{
    public int First;
    public int Last;
    public int NumeralFirst;
    public int NumeralLast;
    public double Value;
    public double Step = 1;
    public double ScaleWord = 1;
    public NumberKind Kind = NumberKind.Count;
    public string? Unit;
    public string? Subject;
    public NumberBound Bound;
    public bool Skip;
    public bool Bare = true;
    public bool Approx;
    public bool NotNormalised;
    public int CharStart = -1;
    public int CharEnd = -1;

    public NumberMention ToMention(TextDocument doc)
    {
        int start = CharStart >= 0 ? CharStart : doc[First].Start;
        int end = CharEnd >= 0 ? CharEnd : doc[Last].End;
        return new NumberMention
        {
            Start = start,
            Length = end - start,
            Text = doc.Text[start..end],
            Kind = Kind,
            Value = Math.Round(Value, 6),
            Unit = Unit,
            Approximate = Approx || Bound != NumberBound.None,
            Subject = Subject,
            FirstToken = First,
            LastToken = Last,
            Bound = Bound,
            Step = Step,
            NotNormalised = NotNormalised,
        };
    }
}

/// <summary>A parsed numeral: tokens, value and precision.</summary>
internal readonly record struct Numeral(int First, int Last, double Value, double Step, bool IsWord, double Scale, bool Ordinal);

/// <summary>Token adjacency shared by every part of the number grammar.</summary>
internal static class NumberTokens
{
    /// <summary>True when token <paramref name="index"/> follows the one before it without white space.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="index">Token index; out of range gives false.</param>
    /// <returns>Whether the token is attached.</returns>
    public static bool Attached(TextDocument doc, int index) => index > 0 && index < doc.TokenCount && doc.IsAttachedToPrevious(index);
}
