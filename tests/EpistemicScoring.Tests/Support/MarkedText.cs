using EpistemicScoring.Rules;

namespace EpistemicScoring.Tests.Support;

/// <summary>Parses text with spans marked <c>[|…|]</c>, as rule examples are written (the rule kit's parser).</summary>
internal static class MarkedText
{
    public static (string Text, List<TextSpan> Spans) Parse(string marked) => RuleExamples.Parse(marked);
}
